// Discard list: phrases that stop a sentence ("FOOTBALL") or, with a leading
// '+', a whole story ("+ACADEMY AWARD") from being coded. A trailing '_' asks
// for a whole-word end; otherwise the phrase matches as a stem. Case-insensitive.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

struct DiscardEntry {
  std::string phrase;      // uppercase, words separated by single spaces, no '+' or '_'
  bool whole_story = false;
  bool word_end = false;   // the match must end at a blank or punctuation
  std::string file;
  int line = 0;
};

struct DiscardList {
  std::vector<DiscardEntry> entries;

  // The first entry (in file order) found in `text`, matched at a word start,
  // case-insensitive; nullptr when none.
  const DiscardEntry* find(std::string_view text) const;

  // Groups entries by their first two characters so find() tries only the entries
  // that can start at a word. parse_discards calls it; after editing `entries`
  // by hand call it again (find() scans everything while the index is stale).
  void build_index();

 private:
  // (uppercase first byte << 8 | second byte) -> entries; a one-byte phrase is
  // keyed with second byte 0.
  std::vector<std::vector<std::uint32_t>> by_first_;
  std::size_t indexed_ = 0;                           // entries.size() when indexed
};

void parse_discards(std::string_view content, const std::string& name, DiscardList* list,
                    Diagnostics* diags);
Status read_discards(const std::string& path, DiscardList* list, Diagnostics* diags);

}  // namespace parley
