// Issues dictionary: "phrase [CODE]" lines with n: (noun plurals), v: (verb
// forms) and + (blank or hyphen) expansions, '~' ignore phrases, <ISSUE ...>
// category tags. Matching adds ' ' at both ends of phrase and text.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/status.h"

namespace parley {

struct IssueEntry {
  std::string phrase;   // uppercase, fully expanded
  std::string code;     // "" for ignore phrases
  bool ignore = false;  // '~' lines: their presence cancels issue coding
  std::string file;
  int line = 0;
};

struct IssueDictionary {
  std::vector<IssueEntry> entries;

  // (code, count) pairs for `text` in first-seen order; empty when an ignore
  // phrase occurs.
  std::vector<std::pair<std::string, int>> match(std::string_view text) const;
};

void parse_issues(std::string_view content, const std::string& name, IssueDictionary* dict,
                  Diagnostics* diags);
Status read_issues(const std::string& path, IssueDictionary* dict, Diagnostics* diags);

}  // namespace parley
