// The tagger's tag dictionary: for each word form seen often enough in
// training, the tag classes it took. It gives the tagger an "ambiguity class"
// feature (the set of tags a word can have, also for the words to the right,
// whose tags are not predicted yet), a closed set of classes to choose from for
// frequent words, and a fixed class for frequent words that never vary.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "nlp/model_io.h"
#include "util/flat_map64.h"

namespace parley {

struct LexiconOptions {
  int min_count = 1;           // words seen fewer times get no entry
  int restrict_count = 20;     // from this count on, only seen classes are allowed
  int fixed_count = 20;        // from this count on, a dominant class is fixed ...
  double fixed_share = 0.995;  // ... when it has this share of the word's tokens
};

class TaggerLexicon {
 public:
  struct Entry {
    std::uint64_t ambiguity = 0;      // hash of the sorted seen classes
    std::int32_t fixed = -1;          // the class to assign without scoring, or -1
    std::uint32_t allowed_begin = 0;  // the classes seen, most frequent first, in allowed_
    std::uint16_t allowed_size = 0;
    std::uint8_t restricted = 0;  // 1: only the allowed classes may be predicted
  };

  // One (form hash, class) per training token; forms are hashed with
  // hash_string. `classes` bounds the class ids.
  void build(const std::vector<std::pair<std::uint64_t, int>>& tokens, int classes,
             const LexiconOptions& options);

  // The entry of a form (exact hash, else its lowercase hash), or nullptr;
  // *exact says which matched.
  const Entry* find(std::uint64_t form_hash, std::uint64_t lower_hash, bool* exact) const;
  const std::int32_t* allowed(const Entry& e) const { return allowed_.data() + e.allowed_begin; }
  std::size_t size() const { return entries_.size(); }

  void save(ByteWriter* out) const;
  bool load(ByteReader* in, int classes);  // false on malformed data

 private:
  FlatMap64<Entry> entries_;  // looked up for every word tagged
  std::vector<std::int32_t> allowed_;
};

}  // namespace parley
