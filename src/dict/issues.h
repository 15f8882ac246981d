// Issues dictionary: "phrase [CODE]" lines with n: (noun plurals), v: (verb
// forms) and + (blank or hyphen) expansions, '~' ignore phrases, <ISSUE ...>
// category tags. Matching adds ' ' at both ends of phrase and text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "parley/status.h"

namespace parley {

struct IssueEntry {
  std::string phrase;         // uppercase, fully expanded
  std::string code;           // "" for ignore phrases
  bool ignore = false;        // '~' lines: their presence cancels issue coding
  bool story_ignore = false;  // '~~' lines (story level in the doc; matched like '~' today)
  std::string category;       // CATEGORY of the enclosing <ISSUE ...> tag, "" outside one
  std::string file;
  int line = 0;
};

struct IssueDictionary {
  std::vector<IssueEntry> entries;

  // (code, count) pairs for `text` in first-seen order; empty when an ignore
  // phrase occurs. Each occurrence of an entry counts once. A phrase matches case-insensitively
  // where ' '-padding would: it starts the text or follows a blank or an opening
  // quote/bracket, and ends the text or is followed by a blank or punctuation (see
  // docs/dictionaries.md). Blanks in a phrase match runs of whitespace.
  std::vector<std::pair<std::string, int>> match(std::string_view text) const;

  // Rebuilds the lookup match() uses; parse_issues calls it. Call it again after
  // changing `entries` by hand (match() scans linearly while the count differs).
  void build_index();

 private:
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> index_;  // first 2 chars -> entries
  std::size_t indexed_count_ = 0;  // entries.size() when index_ was built
};

void parse_issues(std::string_view content, const std::string& name, IssueDictionary* dict,
                  Diagnostics* diags);
Status read_issues(const std::string& path, IssueDictionary* dict, Diagnostics* diags);

}  // namespace parley
