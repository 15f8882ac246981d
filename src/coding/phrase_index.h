// A lookup of word sequences (dictionary phrases) in token sequences: for a
// position, the longest phrase that starts there. Keyed by the first word, so a
// look-up costs one hash probe plus the candidates that share that word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley {

class PhraseIndex {
 public:
  struct Match {
    int id = -1;     // the value given to add()
    int length = 0;  // words matched
    int form = 0;    // the `form` given to add() (which of the entry's phrases matched)
  };

  void add(const std::vector<std::string>& words, int id, int form = 0);

  // Longest phrase matching words[pos...] (uppercase words); id -1 when none.
  Match longest_at(const std::vector<std::string>& words, std::size_t pos) const;
  // The same with the first word's hash_word() given (callers that hash their
  // words once).
  Match longest_at(const std::vector<std::string>& words, std::size_t pos,
                   std::uint64_t first_hash) const;

  std::size_t size() const { return count_; }

 private:
  struct Entry {
    std::string first;              // checked too: hashes can collide
    std::vector<std::string> rest;  // words after the first
    int id;
    int form;
  };
  std::unordered_map<std::uint64_t, std::vector<Entry>> by_first_;  // hash_word(first word)
  std::size_t count_ = 0;
};

}  // namespace parley
