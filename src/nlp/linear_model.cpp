#include "nlp/linear_model.h"

namespace parley {

void LinearModel::score(const std::uint64_t* feats, std::size_t n, float* scores) const {
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

void LinearModel::update(const std::uint64_t* feats, std::size_t n, int gold, int guess, float step) {
  if (gold == guess) return;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t row = row_for(feats[i]);
    catch_up(row);
    std::size_t base = static_cast<std::size_t>(row) * classes_;
    weights_[base + gold] += step;
    weights_[base + guess] -= step;
  }
}

void LinearModel::finish_training() {
  if (clock_ > 0 && !totals_.empty()) {
    for (auto& [feat, row] : index_) catch_up(row);
    for (std::size_t i = 0; i < weights_.size(); ++i) {
      weights_[i] = static_cast<float>(totals_[i] / static_cast<double>(clock_));
    }
  }
  // Compact: keep the rows with a non-zero weight.
  std::unordered_map<std::uint64_t, std::uint32_t> index;
  std::vector<float> weights;
  for (const auto& [feat, row] : index_) {
    const float* w = &weights_[static_cast<std::size_t>(row) * classes_];
    bool any = false;
    for (int c = 0; c < classes_ && !any; ++c) any = w[c] != 0.0f;
    if (!any) continue;
    index.emplace(feat, static_cast<std::uint32_t>(index.size()));
    weights.insert(weights.end(), w, w + classes_);
  }
  index_ = std::move(index);
  weights_ = std::move(weights);
  totals_.clear();
  totals_.shrink_to_fit();
  stamps_.clear();
  stamps_.shrink_to_fit();
  clock_ = 0;
}

void LinearModel::save(ByteWriter* out) const {
  out->u32(static_cast<std::uint32_t>(classes_));
  out->u32(static_cast<std::uint32_t>(index_.size()));
  for (const auto& [feat, row] : index_) {
    out->u64(feat);
    const float* w = &weights_[static_cast<std::size_t>(row) * classes_];
    for (int c = 0; c < classes_; ++c) out->f32(w[c]);
  }
}

bool LinearModel::load(ByteReader* in) {
  std::uint32_t classes, rows;
  if (!in->u32(&classes) || classes == 0 || classes > 65536) return false;
  if (!in->count(&rows, 8 + 4 * static_cast<std::size_t>(classes))) return false;
  classes_ = static_cast<int>(classes);
  index_.clear();
  index_.reserve(rows);
  weights_.assign(static_cast<std::size_t>(rows) * classes_, 0.0f);
  for (std::uint32_t r = 0; r < rows; ++r) {
    std::uint64_t feat;
    if (!in->u64(&feat)) return false;
    if (!index_.emplace(feat, r).second) return false;  // a feature listed twice
    for (int c = 0; c < classes_; ++c) {
      if (!in->f32(&weights_[static_cast<std::size_t>(r) * classes_ + c])) return false;
    }
  }
  return true;
}

}  // namespace parley
