// A multi-class linear model over hashed sparse features, trained as an
// averaged perceptron: the tagger and the parser both score their classes
// (tags, transitions) with one.
//
// Features are 64-bit hashes (feature_hash below); each known feature owns a
// row of `classes` weights. Training adds +1 to the gold class and -1 to the
// predicted class of every feature of a mistaken example, and keeps the sums
// needed to average the weights over all examples seen (Collins 2002); after
// finish_training() the model holds the averaged weights and is read-only, so
// threads may share it.
//
// A trained (or loaded) model is kept compact: most features have a non-zero
// weight for only a few classes (about 3 of the tagger's 102), so each feature
// keeps just its non-zero (class, weight) pairs, found through an
// open-addressing table. Scoring then touches two cache lines per feature
// instead of a whole dense row, and the model is some 20 times smaller.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/model_io.h"
#include "util/strings.h"

namespace parley {

// Feature hashing: combine a template id with strings or numbers.
inline std::uint64_t hash_mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  return h * 0xFF51AFD7ED558CCDull;
}
// FNV-1a of the bytes: the same hash as hash_word (util/strings.h), which the
// coder uses for dictionary words.
inline std::uint64_t hash_string(std::string_view s) { return hash_word(s); }
// The template id goes through a full 64-bit finalizer (splitmix64) first:
// seeding hash_mix with the raw small id made feature_hash(t, v) equal
// feature_hash(t + 1, v - 64) for small values v. For a fixed seed hash_mix is
// a bijection of v, so one template's values never collide with each other.
inline std::uint64_t template_seed(std::uint32_t template_id) {
  std::uint64_t z = template_id + 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
inline std::uint64_t feature_hash(std::uint32_t template_id, std::uint64_t a, std::uint64_t b = 0,
                                  std::uint64_t c = 0) {
  return hash_mix(hash_mix(hash_mix(template_seed(template_id), a), b), c);
}

class LinearModel {
 public:
  LinearModel() = default;
  explicit LinearModel(int classes) : classes_(classes) {}

  int classes() const { return classes_; }
  std::size_t features() const { return compact_ ? rows_ : index_.size(); }

  // scores[0..classes) += the weights of each known feature.
  void score(const std::uint64_t* feats, std::size_t n, float* scores) const;

  // One training example: when guess != gold, move weights toward gold.
  // Call tick() once per example, mistaken or not (the averaging clock).
  void update(const std::uint64_t* feats, std::size_t n, int gold, int guess, float step = 1.0f);
  void tick() { ++clock_; }
  // Replaces the weights by their averages and drops training state; rows
  // whose weights are all zero are dropped, and so are the features updated
  // fewer than min_updates times (rare features: a smaller, faster model). No
  // update() may follow.
  void finish_training(std::uint32_t min_updates = 1);

  // Encoding: classes (u32), features (u32), then per feature in ascending
  // order of hash: the hash as a varint (ByteWriter::varint) difference from
  // the previous feature's (the first in full), its number of non-zero
  // weights (varint), and each weight as its class (varint: the first class,
  // then the gap to the previous class minus 1) and value (f32).
  void save(ByteWriter* out) const;
  bool load(ByteReader* in);  // false on malformed data

 private:
  struct Slot {  // a feature of the compact form; count 0 marks a free slot
    std::uint64_t feat = 0;
    std::uint32_t begin = 0;  // into entries_
    std::uint32_t count = 0;
  };
  struct Entry {
    std::uint32_t cls;
    float weight;
  };
  // Models of at most kInline classes (the parser's 3 moves) keep the weights
  // in the slot itself: one cache line per lookup instead of two.
  static constexpr int kInline = 3;
  struct InlineSlot {
    std::uint64_t feat = 0;
    float weight[kInline] = {};
    std::uint32_t used = 0;
  };
  struct Row {  // a feature with its entries, while building the compact form
    std::uint64_t feat;
    std::uint32_t begin;
    std::uint32_t count;
  };

  std::uint32_t row_for(std::uint64_t feat);  // adds the feature when new
  void catch_up(std::uint32_t row);
  static constexpr std::uint64_t kMix = 0x9E3779B97F4A7C15ull;  // spreads any hash
  std::size_t slot_index(std::uint64_t feat) const {
    return static_cast<std::size_t>((feat * kMix) >> shift_);
  }
  const Slot* find(std::uint64_t feat) const;
  void score_compact(const std::uint64_t* feats, std::size_t n, float* scores) const;
  void score_inline(const std::uint64_t* feats, std::size_t n, float* scores) const;
  void make_inline();  // compact slots and entries -> inline slots
  // Builds the compact form from rows over entries_; false on a repeated feature.
  bool build_table(const std::vector<Row>& rows);
  // The compact form's rows, by feature (over entries_, or over
  // *inline_entries, filled here, in the inline form).
  std::vector<Row> sorted_rows(std::vector<Entry>* inline_entries) const;
  void write_rows(const std::vector<Row>& rows, const std::vector<Entry>& entries,
                  ByteWriter* out) const;

  int classes_ = 0;
  // Compact form (after finish_training() or load()).
  bool compact_ = false;
  std::size_t rows_ = 0;
  int shift_ = 64;  // table index = (feat * kMix) >> shift_
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::vector<InlineSlot> inline_;  // instead of slots_ and entries_ when classes_ <= kInline
  // Training form: dense rows.
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<float> weights_;  // row-major: row * classes_ + class
  // Training only: per-weight running totals and the clock of the last change.
  std::vector<double> totals_;
  std::vector<std::uint64_t> stamps_;
  std::vector<std::uint32_t> updates_;  // per row: how many updates touched it
  std::uint64_t clock_ = 0;
};

}  // namespace parley
