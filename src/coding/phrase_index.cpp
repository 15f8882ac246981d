#include "coding/phrase_index.h"

#include <algorithm>

#include "util/strings.h"

namespace parley {

void PhraseIndex::add(const std::vector<std::string>& words, int id, int form) {
  if (words.empty()) return;
  auto& bucket = by_first_[hash_word(words[0])];
  Entry entry{words[0], std::vector<std::string>(words.begin() + 1, words.end()), id, form};
  // Keep each bucket longest-first so the first full match is the longest;
  // among equal lengths the earliest dictionary entry wins.
  auto at = std::find_if(bucket.begin(), bucket.end(),
                         [&](const Entry& e) { return e.rest.size() < entry.rest.size(); });
  bucket.insert(at, std::move(entry));
  ++count_;
}

PhraseIndex::Match PhraseIndex::longest_at(const std::vector<std::string>& words,
                                           std::size_t pos) const {
  if (pos >= words.size()) return {};
  return longest_at(words, pos, hash_word(words[pos]));
}

PhraseIndex::Match PhraseIndex::longest_at(const std::vector<std::string>& words, std::size_t pos,
                                           std::uint64_t first_hash) const {
  if (pos >= words.size()) return {};
  auto it = by_first_.find(first_hash);
  if (it == by_first_.end()) return {};
  for (const Entry& e : it->second) {
    if (pos + 1 + e.rest.size() > words.size() || e.first != words[pos]) continue;
    if (std::equal(e.rest.begin(), e.rest.end(), words.begin() + pos + 1)) {
      return {e.id, static_cast<int>(e.rest.size()) + 1, e.form};
    }
  }
  return {};
}

}  // namespace parley
