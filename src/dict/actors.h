// Actor dictionaries (PETRARCH format): a primary phrase, '+' synonym lines and
// tab-indented date restrictions, e.g.
//   HAMID_KARZAI_  [AFGMIL]
//   +KARZAI_
//   	[AFGGOV 011222-141001]
// The reader expands nothing; ActorIndex (coding/) builds the phrase lookup.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

// A code that holds on dates in [from, to] (YYYYMMDD, inclusive).
struct DateRestriction {
  std::string code;
  int from = 0;         // 0: no lower bound
  int to = 99999999;    // 99999999: no upper bound
};

struct ActorEntry {
  std::vector<std::vector<std::string>> phrases;  // uppercase words; phrases[0] is the primary
  std::string default_code;                       // "" when none
  std::vector<DateRestriction> restrictions;      // in file order
  std::string file;
  int line = 0;  // line of the primary phrase

  // The code on `date` (YYYYMMDD; 0 = unknown): the first restriction whose range
  // holds it, else the default code. Unknown date: the default code.
  std::string code_on(int date) const;
};

struct ActorDictionary {
  std::vector<ActorEntry> entries;
};

// Parses one actor file's content, appending to `dict`. Malformed lines produce
// a Diagnostic (file:line: problem) and are skipped.
void parse_actors(std::string_view content, const std::string& name, ActorDictionary* dict,
                  Diagnostics* diags);
Status read_actors(const std::string& path, ActorDictionary* dict, Diagnostics* diags);

// Dates are YYYYMMDD or YYMMDD (YY < 30 means 20YY, as PETRARCH reads them). 0 on error.
int parse_dictionary_date(std::string_view text);

}  // namespace parley
