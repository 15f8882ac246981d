#include "nlp/linear_model.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace parley {
namespace {

constexpr std::uint32_t kMaxClasses = 65536;
// The pipeline of score_fast: how many features ahead a slot is read, and the
// ring of read candidates (a power of two > kAhead).
constexpr std::size_t kAhead = 16;
constexpr std::size_t kRing = 32;

}  // namespace

std::uint32_t LinearModel::candidate(std::uint64_t feat) const {
  const std::size_t mask = table_.size() - 1;
  const std::uint32_t check = check_of(feat);
  for (std::size_t i = slot_index(feat);; i = (i + 1) & mask) {
    const Slot& s = table_[i];
    if (s.record == kNoRecord || s.check == check) return s.record;
  }
}

std::uint32_t LinearModel::find(std::uint64_t feat) const {
  const std::size_t mask = table_.size() - 1;
  const std::uint32_t check = check_of(feat);
  for (std::size_t i = slot_index(feat); table_[i].record != kNoRecord; i = (i + 1) & mask) {
    const std::uint32_t record = table_[i].record & kOffsetMask;
    if (table_[i].check == check && record_feat(record) == feat) return record;
  }
  return kNoRecord;
}

namespace {

// The word-array reads of the records: memcpy keeps them legal and compiles
// to single loads.
float weight_at(const std::uint32_t* words, std::size_t k) {
  float w;
  std::memcpy(&w, words + k, sizeof w);
  return w;
}
std::uint32_t class_at(const std::uint32_t* words, std::size_t k) {  // u16 number k
  std::uint16_t c;
  std::memcpy(&c, reinterpret_cast<const unsigned char*>(words) + 2 * k, sizeof c);
  return c;
}

}  // namespace

// kClasses: the classes of a dense model known at compile time (the parser's
// 3 moves), kAnyDense for another dense model, kSparse for a sparse one.
template <int kClasses>
inline void LinearModel::add_record(std::uint32_t record, float* scores) const {
  const std::uint32_t* r = &records_[record + kHeaderWords];
  if constexpr (kClasses > 0) {
    for (int c = 0; c < kClasses; ++c) scores[c] += weight_at(r, c);
    return;
  } else if constexpr (kClasses == kAnyDense) {
    for (int c = 0; c < classes_; ++c) scores[c] += weight_at(r, c);
    return;
  }
  const std::uint32_t count = r[0];
  if (count == kDenseRow) {  // every class, in order: vectorizes
#pragma GCC unroll 4
    for (int c = 0; c < classes_; ++c) scores[c] += weight_at(r + 1, c);
    return;
  }
  const std::uint32_t* weights = r + 1;
  const std::uint32_t* classes = weights + count;
#pragma GCC unroll 2
  for (std::uint32_t k = 0; k < count; ++k) scores[class_at(classes, k)] += weight_at(weights, k);
}

// The lookups are software-pipelined: while feature j is checked and added,
// the candidate record of feature j + kAhead is read from its slot and
// prefetched, and the slot of feature j + 2 kAhead is prefetched, so some
// 2 kAhead cache misses are in flight at once instead of one after another.
// Features are still added one by one in their order: the sums are those of
// score_plain. With `ends` (one per example), features [ends[e-1], ends[e])
// are example e's and go to scores + e * classes_ (score_batch).
template <int kClasses>
void LinearModel::score_fast(const std::uint64_t* feats, std::size_t n, const std::uint32_t* ends,
                             float* scores) const {
  if (table_.empty()) return;
  std::array<std::uint32_t, kRing> found;
  auto prefetch_slot = [&](std::size_t i) { __builtin_prefetch(&table_[slot_index(feats[i])]); };
  auto read_slot = [&](std::size_t i) {
    const std::uint32_t record = candidate(feats[i]);
    found[i % kRing] = record;
    if (record == kNoRecord) return;
    const char* r = reinterpret_cast<const char*>(&records_[record & kOffsetMask]);
    __builtin_prefetch(r);
    __builtin_prefetch(r + 63);
    if constexpr (kClasses == kSparse) {
      if (record & kDenseFlag) {  // a whole row: all its lines
        for (std::size_t at = 127; at < dense_bytes_; at += 64) __builtin_prefetch(r + at);
      }
    }
  };
  std::size_t example_end = ends ? ends[0] : n;
  auto add = [&](std::size_t i) {
    while (i == example_end) example_end = *++ends, scores += classes_;  // the next example
    std::uint32_t record = found[i % kRing];
    if (record == kNoRecord) return;
    record &= kOffsetMask;
    const std::uint64_t feat = feats[i];
    if (record_feat(record) != feat && (record = find(feat)) == kNoRecord) return;
    add_record<kClasses>(record, scores);
  };
  const std::size_t lead = std::min(n, kAhead);
  for (std::size_t j = 0; j < std::min(n, 2 * kAhead); ++j) prefetch_slot(j);
  for (std::size_t j = 0; j < lead; ++j) read_slot(j);
  std::size_t j = 0;
  for (; j + 2 * kAhead < n; ++j) {  // the steady state
    prefetch_slot(j + 2 * kAhead);
    read_slot(j + kAhead);
    add(j);
  }
  for (; j < n; ++j) {
    if (j + kAhead < n) read_slot(j + kAhead);
    add(j);
  }
}

// The reference: binary search, then each weight added to its class.
void LinearModel::score_plain(const std::uint64_t* feats, std::size_t n, float* scores) const {
  for (std::size_t i = 0; i < n; ++i) {
    auto it = std::lower_bound(plain_rows_.begin(), plain_rows_.end(), feats[i],
                               [](const Row& r, std::uint64_t f) { return r.feat < f; });
    if (it == plain_rows_.end() || it->feat != feats[i]) continue;
    for (std::uint32_t k = 0; k < it->count; ++k) {
      const Entry& e = plain_entries_[it->begin + k];
      scores[e.cls] += e.weight;
    }
  }
}

void LinearModel::score(const std::uint64_t* feats, std::size_t n, float* scores) const {
  if (compact_) {
    if (layout_ == ScoringLayout::kPlain) {
      score_plain(feats, n, scores);
    } else if (classes_ == 3) {  // the parser's moves
      score_fast<3>(feats, n, nullptr, scores);
    } else if (classes_ <= kDense) {
      score_fast<kAnyDense>(feats, n, nullptr, scores);
    } else {
      score_fast<kSparse>(feats, n, nullptr, scores);
    }
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    auto it = index_.find(feats[i]);
    if (it == index_.end()) continue;
    const float* row = &weights_[static_cast<std::size_t>(it->second) * classes_];
    for (int c = 0; c < classes_; ++c) scores[c] += row[c];
  }
}

void LinearModel::score_batch(const std::uint64_t* feats, const std::uint32_t* ends,
                              std::size_t examples, float* scores) const {
  if (examples == 0) return;
  if (compact_ && layout_ == ScoringLayout::kFast) {
    if (classes_ == 3) {  // the parser's moves
      score_fast<3>(feats, ends[examples - 1], ends, scores);
    } else if (classes_ <= kDense) {
      score_fast<kAnyDense>(feats, ends[examples - 1], ends, scores);
    } else {
      score_fast<kSparse>(feats, ends[examples - 1], ends, scores);
    }
    return;
  }
  for (std::size_t e = 0, begin = 0; e < examples; begin = ends[e++]) {
    score(feats + begin, ends[e] - begin, scores + e * static_cast<std::size_t>(classes_));
  }
}

void LinearModel::prefetch(const std::uint64_t* feats, std::size_t n) const {
  if (!compact_ || layout_ != ScoringLayout::kFast || table_.empty()) return;
  for (std::size_t i = 0; i < n; ++i) __builtin_prefetch(&table_[slot_index(feats[i])]);
}

std::uint32_t LinearModel::row_for(std::uint64_t feat) {
  auto [it, added] = index_.emplace(feat, static_cast<std::uint32_t>(index_.size()));
  if (added) {
    weights_.resize(weights_.size() + classes_, 0.0f);
    totals_.resize(totals_.size() + classes_, 0.0);
    stamps_.resize(stamps_.size() + classes_, clock_);
    updates_.push_back(0);
  }
  return it->second;
}

// Brings a row's totals up to the clock: each weight counted once per example
// it held its value for.
void LinearModel::catch_up(std::uint32_t row) {
  std::size_t base = static_cast<std::size_t>(row) * classes_;
  for (int c = 0; c < classes_; ++c) {
    totals_[base + c] += static_cast<double>(clock_ - stamps_[base + c]) * weights_[base + c];
    stamps_[base + c] = clock_;
  }
}

void LinearModel::update(const std::uint64_t* feats, std::size_t n, int gold, int guess,
                         float step) {
  if (gold == guess) return;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t row = row_for(feats[i]);
    catch_up(row);
    ++updates_[row];
    std::size_t base = static_cast<std::size_t>(row) * classes_;
    weights_[base + gold] += step;
    weights_[base + guess] -= step;
  }
}

bool LinearModel::dense_row(const Row& row, const std::vector<Entry>& entries) const {
  if (classes_ <= kDense) return true;
  if (row.count * kDenseShare < static_cast<std::uint32_t>(classes_)) return false;
  for (std::uint32_t k = 0; k < row.count; ++k) {
    if (entries[row.begin + k].weight == 0.0f) return false;  // save() must see it again
  }
  return true;
}

std::size_t LinearModel::record_words(std::uint32_t count) const {
  const auto classes = static_cast<std::size_t>(classes_);
  if (classes_ <= kDense) return kHeaderWords + classes;
  if (count == kDenseRow) return kHeaderWords + 1 + classes;
  return kHeaderWords + 1 + count + (count + 1) / 2;
}

void LinearModel::append_record(const Row& row, const std::vector<Entry>& entries) {
  records_.resize(records_.size() + kHeaderWords);
  std::memcpy(&records_[records_.size() - kHeaderWords], &row.feat, sizeof row.feat);
  const Entry* e = &entries[row.begin];
  if (dense_row(row, entries)) {
    if (classes_ > kDense) records_.push_back(kDenseRow);
    const std::size_t base = records_.size();
    records_.resize(base + static_cast<std::size_t>(classes_), 0);  // 0 = the bits of +0.0f
    for (std::uint32_t k = 0; k < row.count; ++k) records_[base + e[k].cls] = std::bit_cast<std::uint32_t>(e[k].weight);
    return;
  }
  records_.push_back(row.count);
  for (std::uint32_t k = 0; k < row.count; ++k) records_.push_back(std::bit_cast<std::uint32_t>(e[k].weight));
  for (std::uint32_t k = 0; k < row.count; k += 2) {
    std::uint32_t pair = e[k].cls;
    if (k + 1 < row.count) pair |= e[k + 1].cls << 16;
    records_.push_back(pair);
  }
}

bool LinearModel::build(std::vector<Row>&& rows, std::vector<Entry>&& entries, ScoringLayout layout) {
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (rows[i].feat <= rows[i - 1].feat) return false;  // unsorted or repeated
  }
  rows_ = rows.size();
  compact_ = true;
  layout_ = layout;
  if (layout == ScoringLayout::kPlain) {
    plain_rows_ = std::move(rows);
    plain_entries_ = std::move(entries);
    return true;
  }
  std::size_t words = 0;
  for (const Row& r : rows) words += record_words(dense_row(r, entries) ? kDenseRow : r.count);
  if (words >= kOffsetMask) return false;  // offsets are 31-bit
  dense_bytes_ = (kHeaderWords + 1 + static_cast<std::size_t>(classes_)) * sizeof(std::uint32_t);
  std::size_t size = 16;
  int bits = 4;
  while (size < 2 * rows.size()) size *= 2, ++bits;  // at most half full
  table_.assign(size, Slot());
  shift_ = 64 - bits;
  records_.reserve(words);
  for (const Row& r : rows) {
    std::size_t i = slot_index(r.feat);
    while (table_[i].record != kNoRecord) i = (i + 1) & (size - 1);
    const bool dense = classes_ > kDense && dense_row(r, entries);
    table_[i] = Slot{check_of(r.feat), static_cast<std::uint32_t>(records_.size()) | (dense ? kDenseFlag : 0u)};
    append_record(r, entries);
  }
  return true;
}

std::size_t LinearModel::memory_bytes() const {
  return table_.size() * sizeof(Slot) + records_.size() * sizeof(std::uint32_t) +
         plain_rows_.size() * sizeof(Row) + plain_entries_.size() * sizeof(Entry);
}

void LinearModel::finish_training(std::uint32_t min_updates) {
  if (compact_) return;
  if (clock_ > 0 && !totals_.empty()) {
    for (auto& [feat, row] : index_) catch_up(row);
    for (std::size_t i = 0; i < weights_.size(); ++i) {
      weights_[i] = static_cast<float>(totals_[i] / static_cast<double>(clock_));
    }
  }
  // Compact: keep the non-zero weights, features in ascending order.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order(index_.begin(), index_.end());
  std::sort(order.begin(), order.end());
  std::vector<Row> rows;
  std::vector<Entry> entries;
  for (const auto& [feat, row] : order) {
    if (updates_[row] < min_updates) continue;
    const float* w = &weights_[static_cast<std::size_t>(row) * classes_];
    auto begin = static_cast<std::uint32_t>(entries.size());
    for (int c = 0; c < classes_; ++c) {
      if (w[c] != 0.0f) entries.push_back({static_cast<std::uint32_t>(c), w[c]});
    }
    auto count = static_cast<std::uint32_t>(entries.size()) - begin;
    if (count > 0) rows.push_back({feat, begin, count});
  }
  // Features are unique here; a model too big for 32-bit record offsets stays plain.
  if (!build(std::move(rows), std::move(entries), ScoringLayout::kFast)) {
    build(std::move(rows), std::move(entries), ScoringLayout::kPlain);
  }
  index_ = {};
  weights_ = {};
  totals_ = {};
  stamps_ = {};
  updates_ = {};
  clock_ = 0;
}

void LinearModel::compact_rows(std::vector<Row>* rows, std::vector<Entry>* entries) const {
  if (layout_ == ScoringLayout::kPlain) {
    *rows = plain_rows_;
    *entries = plain_entries_;
    return;
  }
  rows->reserve(rows_);
  for (std::size_t at = 0; at < records_.size();) {  // records are in ascending order of feature
    const std::uint32_t* r = &records_[at + kHeaderWords];
    auto begin = static_cast<std::uint32_t>(entries->size());
    std::uint32_t count = 0;
    const bool dense = classes_ <= kDense || r[0] == kDenseRow;
    if (dense) {
      const std::uint32_t* w = classes_ <= kDense ? r : r + 1;
      for (int c = 0; c < classes_; ++c) {  // zeros were not saved
        float v = std::bit_cast<float>(w[c]);
        if (v != 0.0f) entries->push_back({static_cast<std::uint32_t>(c), v}), ++count;
      }
    } else {
      count = r[0];
      for (std::uint32_t k = 0; k < count; ++k) {
        std::uint32_t cls = (r[1 + count + (k >> 1)] >> ((k & 1) * 16)) & 0xFFFFu;
        entries->push_back({cls, std::bit_cast<float>(r[1 + k])});
      }
    }
    if (count > 0) rows->push_back({record_feat(static_cast<std::uint32_t>(at)), begin, count});
    at += record_words(classes_ <= kDense ? 0 : r[0]);
  }
}

void LinearModel::write_rows(const std::vector<Row>& rows, const std::vector<Entry>& entries,
                             ByteWriter* out) const {
  out->u32(static_cast<std::uint32_t>(classes_));
  out->u32(static_cast<std::uint32_t>(rows.size()));
  std::uint64_t prev_feat = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    out->varint(i == 0 ? r.feat : r.feat - prev_feat);
    prev_feat = r.feat;
    out->varint(r.count);
    for (std::uint32_t k = 0; k < r.count; ++k) {
      const Entry& e = entries[r.begin + k];
      out->varint(k == 0 ? e.cls : e.cls - entries[r.begin + k - 1].cls - 1);
      out->f32(e.weight);
    }
  }
}

// A model still in training is written with its current (not averaged) weights.
void LinearModel::save(ByteWriter* out) const {
  if (compact_) {
    std::vector<Row> rows;
    std::vector<Entry> entries;
    compact_rows(&rows, &entries);
    write_rows(rows, entries, out);
    return;
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order(index_.begin(), index_.end());
  std::sort(order.begin(), order.end());
  std::vector<Row> rows;
  std::vector<Entry> entries;
  for (const auto& [feat, row] : order) {
    auto begin = static_cast<std::uint32_t>(entries.size());
    for (int c = 0; c < classes_; ++c) {
      float w = weights_[static_cast<std::size_t>(row) * classes_ + c];
      if (w != 0.0f) entries.push_back({static_cast<std::uint32_t>(c), w});
    }
    auto count = static_cast<std::uint32_t>(entries.size()) - begin;
    if (count > 0) rows.push_back({feat, begin, count});
  }
  write_rows(rows, entries, out);
}

bool LinearModel::load(ByteReader* in, ScoringLayout layout) {
  *this = LinearModel();
  std::uint32_t classes, n;
  if (!in->u32(&classes) || classes == 0 || classes > kMaxClasses) return false;
  if (!in->count(&n, 1 + 1 + 1 + 4)) return false;  // a feature has at least one weight
  LinearModel m(static_cast<int>(classes));
  std::vector<Row> rows(n);
  std::vector<Entry> entries;
  std::uint64_t feat = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    Row& r = rows[i];
    std::uint64_t delta, count;
    if (!in->varint(&delta) || (i > 0 && (delta == 0 || feat + delta < feat))) return false;
    feat = i == 0 ? delta : feat + delta;  // strictly ascending: no feature twice
    r.feat = feat;
    if (!in->varint(&count) || count == 0 || count > classes) return false;
    r.count = static_cast<std::uint32_t>(count);
    r.begin = static_cast<std::uint32_t>(entries.size());
    std::uint64_t cls = 0;
    for (std::uint32_t k = 0; k < r.count; ++k) {
      std::uint64_t step;
      Entry e;
      if (!in->varint(&step) || !in->f32(&e.weight)) return false;
      cls = k == 0 ? step : cls + step + 1;  // ascending classes
      if (step >= classes || cls >= classes) return false;
      e.cls = static_cast<std::uint32_t>(cls);
      entries.push_back(e);
    }
  }
  if (!m.build(std::move(rows), std::move(entries), layout)) return false;
  *this = std::move(m);
  return true;
}

}  // namespace parley
