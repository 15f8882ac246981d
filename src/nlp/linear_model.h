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
// weight for only a few classes (about 5 of the tagger's 102), so each feature
// keeps just its non-zero weights. Each feature is one contiguous record (its
// hash, its weights, their classes as u16), found through an open-addressing
// table of 8-byte slots that hold a 32-bit check of the hash and the record's
// offset. A lookup thus reads a slot (the table is small enough to stay mostly
// in cache, and a feature the model lacks rarely reads more) and, for a known
// feature, one record; models of at most kDense classes (the parser's 3 moves)
// keep all their weights in the record, zeros included. The full hash in the
// record decides a match, so the check only saves reads and scores are exactly
// those of the sparse rows as saved. Scores add each class's weights in the
// order of the features, as the plain layout (ScoringLayout::kPlain: sorted
// rows and a binary search, kept as the reference the tests compare with).
// The table and records live on transparent huge pages (util/huge_pages.h):
// random lookups over tens of megabytes would otherwise miss the TLB.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/model_io.h"
#include "util/huge_pages.h"
#include "util/strings.h"

namespace parley {

// Feature hashing: combine a template id with strings or numbers.
constexpr std::uint64_t hash_mix(std::uint64_t h, std::uint64_t v) {
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
constexpr std::uint64_t template_seed(std::uint32_t template_id) {
  std::uint64_t z = template_id + 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
constexpr std::uint64_t feature_hash(std::uint32_t template_id, std::uint64_t a, std::uint64_t b = 0,
                                     std::uint64_t c = 0) {
  return hash_mix(hash_mix(hash_mix(template_seed(template_id), a), b), c);
}

// How a loaded model is held in memory; both score identically.
enum class ScoringLayout {
  kFast,   // the slot table and records (above)
  kPlain,  // the rows as read, sorted by hash, found by binary search
};

class LinearModel {
 public:
  LinearModel() = default;
  explicit LinearModel(int classes) : classes_(classes) {}

  int classes() const { return classes_; }
  std::size_t features() const { return compact_ ? rows_ : index_.size(); }

  // scores[0..classes) += the weights of each known feature.
  void score(const std::uint64_t* feats, std::size_t n, float* scores) const;
  // Several examples at once, their lookups overlapping: example e has the
  // features [ends[e-1], ends[e]) (ends[-1] = 0; ends ascending) and
  // scores[e * classes() ..) += their weights, the sums of score() on each.
  void score_batch(const std::uint64_t* feats, const std::uint32_t* ends, std::size_t examples,
                   float* scores) const;
  // Starts loading the table slots of features about to be scored (a hint).
  void prefetch(const std::uint64_t* feats, std::size_t n) const;
  ScoringLayout layout() const { return layout_; }

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
  bool load(ByteReader* in, ScoringLayout layout = ScoringLayout::kFast);  // false on malformed data
  // The bytes the scoring structures hold (an estimate of resident memory).
  std::size_t memory_bytes() const;

 private:
  struct Entry {
    std::uint32_t cls;
    float weight;
  };
  struct Row {  // a feature with its entries: the plain layout, and while building the fast one
    std::uint64_t feat;
    std::uint32_t begin;
    std::uint32_t count;
  };
  struct Slot {  // of the fast layout's table
    std::uint32_t check = 0;            // check_of(feature)
    std::uint32_t record = kNoRecord;  // offset into records_, | kDenseFlag for a dense row
  };
  static constexpr std::uint32_t kNoRecord = 0xFFFFFFFFu;
  // A sparse model's slot flags its dense rows (kDenseRow records), so that
  // the lookup pipeline prefetches all their lines, not only the first two.
  static constexpr std::uint32_t kDenseFlag = 0x80000000u;
  static constexpr std::uint32_t kOffsetMask = 0x7FFFFFFFu;
  // Models of at most kDense classes keep dense records.
  static constexpr int kDense = 3;
  // Record: hash (two words, memcpy'd), then for dense models the classes_
  // weights (float bits); for the others, either the count, the weights and
  // their classes (u16, two to a word, low first), or kDenseRow and the
  // classes_ weights, zeros included. A row goes dense when at least
  // 1/kDenseShare of the classes have a weight: adding a whole row vectorizes
  // and beats scattering that many weights one by one. The most frequent
  // features (biases, tags) are of this kind.
  static constexpr std::size_t kHeaderWords = 2;
  static constexpr std::uint32_t kDenseRow = 0xFFFFFFFFu;
  static constexpr std::uint32_t kDenseShare = 6;
  // Whether the row gets a dense record: not when a weight is zero, so that
  // save() writes the rows exactly as they were read.
  bool dense_row(const Row& row, const std::vector<Entry>& entries) const;

  std::uint32_t row_for(std::uint64_t feat);  // adds the feature when new
  void catch_up(std::uint32_t row);
  static constexpr std::uint64_t kMix = 0x9E3779B97F4A7C15ull;  // spreads any hash
  std::size_t slot_index(std::uint64_t feat) const {
    return static_cast<std::size_t>((feat * kMix) >> shift_);
  }
  static std::uint32_t check_of(std::uint64_t feat) { return static_cast<std::uint32_t>(feat); }
  std::uint64_t record_feat(std::uint32_t record) const {  // the hash at the record's start
    std::uint64_t feat;
    std::memcpy(&feat, &records_[record], sizeof feat);  // as append_record put it
    return feat;
  }
  // The record (with its kDenseFlag) of the first slot on feat's probe whose check matches, or
  // kNoRecord when the probe meets a free slot first: feat's record, unless
  // the check matched another feature's (then find() decides).
  std::uint32_t candidate(std::uint64_t feat) const;
  std::uint32_t find(std::uint64_t feat) const;  // the feature's record, or kNoRecord
  static constexpr int kSparse = 0, kAnyDense = -1;  // kinds of record for the templates
  template <int kClasses>
  void add_record(std::uint32_t record, float* scores) const;
  template <int kClasses>
  void score_fast(const std::uint64_t* feats, std::size_t n, const std::uint32_t* ends,
                  float* scores) const;
  void score_plain(const std::uint64_t* feats, std::size_t n, float* scores) const;
  // Builds the compact form in `layout` from rows (ascending by feature) over
  // entries; false on a repeated feature.
  // Moves from rows and entries only when it succeeds.
  bool build(std::vector<Row>&& rows, std::vector<Entry>&& entries, ScoringLayout layout);
  std::size_t record_words(std::uint32_t count) const;  // of a record with count weights
  void append_record(const Row& row, const std::vector<Entry>& entries);
  // The compact form's rows by ascending feature, with their entries.
  void compact_rows(std::vector<Row>* rows, std::vector<Entry>* entries) const;
  void write_rows(const std::vector<Row>& rows, const std::vector<Entry>& entries,
                  ByteWriter* out) const;

  int classes_ = 0;
  // Compact form (after finish_training() or load()).
  bool compact_ = false;
  ScoringLayout layout_ = ScoringLayout::kFast;
  std::size_t rows_ = 0;
  int shift_ = 64;  // table index = (feat * kMix) >> shift_
  std::size_t dense_bytes_ = 0;  // of a dense-row record
  std::vector<Slot, HugePageAllocator<Slot>> table_;
  std::vector<std::uint32_t, HugePageAllocator<std::uint32_t>> records_;
  std::vector<Row> plain_rows_;  // the plain layout (sorted by feat) over plain_entries_
  std::vector<Entry> plain_entries_;
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
