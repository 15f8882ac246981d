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

  // The code of a match of phrases[form] on `date`: code_on(date), except that a
  // short form codes nothing on a date before the entry's first dated office when
  // the default code is an ELI code (a person's "former office holder" code). A
  // short form leaves out the primary phrase's first word, the given name
  // (+STOLTENBERG, +DE_CROO for JENS_STOLTENBERG, ALEXANDER_DE_CROO): before the
  // office it most likely names someone else, while the full name still gets the
  // default. An unknown date (0) gets the default, as in code_on().
  std::string code_on(int date, std::size_t form) const;
  // phrases[form] leaves out the first word of phrases[0].
  bool is_short_form(std::size_t form) const;
  // The first day of the earliest restriction; 0 when one has no lower bound or
  // there is none.
  int first_dated() const;
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
