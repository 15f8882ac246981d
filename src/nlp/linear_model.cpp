#include "nlp/linear_model.h"

#include <algorithm>
#include <array>

namespace parley {
namespace {

constexpr std::uint32_t kMaxClasses = 65536;
constexpr std::size_t kBatch = 16;

}  // namespace

const LinearModel::Slot* LinearModel::find(std::uint64_t feat) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = slot_index(feat);
  while (slots_[i].count != 0) {
    if (slots_[i].feat == feat) return &slots_[i];
    i = (i + 1) & mask;
  }
  return nullptr;
}

// Features are looked up in batches: first every slot is prefetched, then
// every found feature's entries, so the cache misses overlap instead of
// following one another.
void LinearModel::score_compact(const std::uint64_t* feats, std::size_t n, float* scores) const {
  if (slots_.empty()) return;
  std::array<const Slot*, kBatch> found;
  for (std::size_t start = 0; start < n; start += kBatch) {
    const std::size_t m = std::min(kBatch, n - start);
    for (std::size_t j = 0; j < m; ++j) __builtin_prefetch(&slots_[slot_index(feats[start + j])]);
    for (std::size_t j = 0; j < m; ++j) {
      found[j] = find(feats[start + j]);
      if (found[j]) __builtin_prefetch(&entries_[found[j]->begin]);
    }
    for (std::size_t j = 0; j < m; ++j) {
      if (!found[j]) continue;
      const Entry* e = &entries_[found[j]->begin];
      for (std::uint32_t k = 0; k < found[j]->count; ++k) scores[e[k].cls] += e[k].weight;
    }
  }
}

void LinearModel::score_inline(const std::uint64_t* feats, std::size_t n, float* scores) const {
  if (inline_.empty()) return;
  const std::size_t mask = inline_.size() - 1;
  for (std::size_t start = 0; start < n; start += kBatch) {
    const std::size_t m = std::min(kBatch, n - start);
    for (std::size_t j = 0; j < m; ++j) __builtin_prefetch(&inline_[slot_index(feats[start + j])]);
    for (std::size_t j = 0; j < m; ++j) {
      const std::uint64_t feat = feats[start + j];
      for (std::size_t i = slot_index(feat); inline_[i].used; i = (i + 1) & mask) {
        if (inline_[i].feat != feat) continue;
        for (int c = 0; c < classes_; ++c) scores[c] += inline_[i].weight[c];
        break;
      }
    }
  }
}

void LinearModel::score(const std::uint64_t* feats, std::size_t n, float* scores) const {
  if (compact_) {
    if (classes_ <= kInline) {
      score_inline(feats, n, scores);
    } else {
      score_compact(feats, n, scores);
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

bool LinearModel::build_table(const std::vector<Row>& rows) {
  std::size_t size = 16;
  int bits = 4;
  while (2 * size < 3 * rows.size()) size *= 2, ++bits;  // at most 2/3 full
  slots_.assign(size, Slot());
  shift_ = 64 - bits;
  for (const Row& r : rows) {
    std::size_t i = slot_index(r.feat);
    while (slots_[i].count != 0) {
      if (slots_[i].feat == r.feat) return false;
      i = (i + 1) & (size - 1);
    }
    slots_[i] = Slot{r.feat, r.begin, r.count};
  }
  rows_ = rows.size();
  compact_ = true;
  if (classes_ <= kInline) make_inline();
  return true;
}

void LinearModel::make_inline() {
  inline_.assign(slots_.size(), InlineSlot());
  for (std::size_t i = 0; i < slots_.size(); ++i) {
    const Slot& s = slots_[i];
    if (s.count == 0) continue;
    InlineSlot& t = inline_[i];  // same table size and hash: same position
    t.feat = s.feat;
    t.used = 1;
    for (std::uint32_t k = 0; k < s.count; ++k) {
      t.weight[entries_[s.begin + k].cls] = entries_[s.begin + k].weight;
    }
  }
  slots_ = {};
  entries_ = {};
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
  entries_.clear();
  for (const auto& [feat, row] : order) {
    if (updates_[row] < min_updates) continue;
    const float* w = &weights_[static_cast<std::size_t>(row) * classes_];
    auto begin = static_cast<std::uint32_t>(entries_.size());
    for (int c = 0; c < classes_; ++c) {
      if (w[c] != 0.0f) entries_.push_back({static_cast<std::uint32_t>(c), w[c]});
    }
    auto count = static_cast<std::uint32_t>(entries_.size()) - begin;
    if (count > 0) rows.push_back({feat, begin, count});
  }
  entries_.shrink_to_fit();
  build_table(rows);  // features are unique here
  index_ = {};
  weights_ = {};
  totals_ = {};
  stamps_ = {};
  updates_ = {};
  clock_ = 0;
}

std::vector<LinearModel::Row> LinearModel::sorted_rows(std::vector<Entry>* inline_entries) const {
  std::vector<Row> rows;
  rows.reserve(rows_);
  for (const InlineSlot& s : inline_) {  // the inline form's entries, rebuilt
    if (!s.used) continue;
    auto begin = static_cast<std::uint32_t>(inline_entries->size());
    for (int c = 0; c < classes_; ++c) {
      if (s.weight[c] != 0.0f) inline_entries->push_back({static_cast<std::uint32_t>(c), s.weight[c]});
    }
    auto count = static_cast<std::uint32_t>(inline_entries->size()) - begin;
    if (count > 0) rows.push_back({s.feat, begin, count});
  }
  for (const Slot& s : slots_) {
    if (s.count != 0) rows.push_back({s.feat, s.begin, s.count});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.feat < b.feat; });
  return rows;
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
    std::vector<Entry> inline_entries;
    std::vector<Row> rows = sorted_rows(&inline_entries);
    write_rows(rows, inline_.empty() ? entries_ : inline_entries, out);
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

bool LinearModel::load(ByteReader* in) {
  *this = LinearModel();
  std::uint32_t classes, n;
  if (!in->u32(&classes) || classes == 0 || classes > kMaxClasses) return false;
  if (!in->count(&n, 1 + 1 + 1 + 4)) return false;  // a feature has at least one weight
  LinearModel m(static_cast<int>(classes));
  std::vector<Row> rows(n);
  std::uint64_t feat = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    Row& r = rows[i];
    std::uint64_t delta, count;
    if (!in->varint(&delta) || (i > 0 && (delta == 0 || feat + delta < feat))) return false;
    feat = i == 0 ? delta : feat + delta;  // strictly ascending: no feature twice
    r.feat = feat;
    if (!in->varint(&count) || count == 0 || count > classes) return false;
    r.count = static_cast<std::uint32_t>(count);
    r.begin = static_cast<std::uint32_t>(m.entries_.size());
    std::uint64_t cls = 0;
    for (std::uint32_t k = 0; k < r.count; ++k) {
      std::uint64_t step;
      Entry e;
      if (!in->varint(&step) || !in->f32(&e.weight)) return false;
      cls = k == 0 ? step : cls + step + 1;  // ascending classes
      if (step >= classes || cls >= classes) return false;
      e.cls = static_cast<std::uint32_t>(cls);
      m.entries_.push_back(e);
    }
  }
  if (!m.build_table(rows)) return false;
  *this = std::move(m);
  return true;
}

}  // namespace parley
