#include "nlp/tagger.h"

#include <algorithm>
#include <array>
#include <limits>

namespace parley {
namespace {

constexpr std::uint32_t kTaggerFormat = 2;  // 2: feature_hash seeds with splitmix64
constexpr std::uint32_t kMaxClasses = 65536;  // as LinearModel::load

}  // namespace

int Tagger::best_class(const TokenInfo& info, const float* scores, int classes) {
  int best = 0;
  float best_score = -std::numeric_limits<float>::infinity();
  if (info.entry && info.entry->restricted) {
    for (std::uint32_t k = 0; k < info.entry->allowed_size; ++k) {
      int c = info.classes[k];
      if (scores[c] > best_score) best = c, best_score = scores[c];
    }
    return best;
  }
  for (int c = 0; c < classes; ++c) {
    if (scores[c] > best_score) best = c, best_score = scores[c];
  }
  return best;
}

int Tagger::predict(const TokenInfo* infos, int i, int prev1, int prev2, const LinearModel& model,
                    std::uint64_t* feats, std::size_t* n, float* scores) const {
  const TokenInfo& info = infos[i + kTaggerPadding];
  if (info.entry && info.entry->fixed >= 0) {
    *n = 0;
    return info.entry->fixed;
  }
  *n = static_features(infos, i, feats);
  *n += history_features(infos, i, prev1, prev2, feats + *n);
  std::fill(scores, scores + model.classes(), 0.0f);
  model.score(feats, *n, scores);
  return best_class(info, scores, model.classes());
}

// The reference: word by word, as in training.
void Tagger::tag_word_by_word(Sentence* s, const std::vector<TokenInfo>& infos) const {
  std::vector<float> scores(upos_.size());
  std::array<std::uint64_t, kMaxTaggerFeatures> feats;
  int prev1 = -1, prev2 = -1;
  for (std::size_t i = 0; i < s->tokens.size(); ++i) {
    std::size_t n;
    int cls = predict(infos.data(), static_cast<int>(i), prev1, prev2, model_, feats.data(), &n,
                      scores.data());
    s->tokens[i].upos = upos_[cls];
    s->tokens[i].xpos = xpos_[cls];
    prev2 = prev1;
    prev1 = cls;
  }
}

// The static features of every word are scored first, in one batch whose
// lookups overlap; then, left to right, each word adds its history features
// to its static scores. A word's features are added in the order predict()
// adds them, so the scores are the same.
void Tagger::tag(Sentence* s) const {
  if (upos_.empty()) return;
  std::vector<TokenInfo> infos;
  describe_sentence(*s, lexicon_, &infos);
  if (model_.layout() == ScoringLayout::kPlain) return tag_word_by_word(s, infos);
  const std::size_t words = s->tokens.size();
  const std::size_t classes = upos_.size();
  std::vector<std::uint64_t> feats(words * kMaxStaticFeatures);
  std::vector<std::uint32_t> ends(words);
  std::size_t n = 0;
  for (std::size_t i = 0; i < words; ++i) {
    const TaggerLexicon::Entry* entry = infos[i + kTaggerPadding].entry;
    if (!entry || entry->fixed < 0) n += static_features(infos.data(), static_cast<int>(i), &feats[n]);
    ends[i] = static_cast<std::uint32_t>(n);
  }
  std::vector<float> scores(words * classes, 0.0f);
  model_.score_batch(feats.data(), ends.data(), words, scores.data());
  std::array<std::uint64_t, kMaxHistoryFeatures> history;
  int prev1 = -1, prev2 = -1;
  for (std::size_t i = 0; i < words; ++i) {
    const TokenInfo& info = infos[i + kTaggerPadding];
    int cls;
    if (info.entry && info.entry->fixed >= 0) {
      cls = info.entry->fixed;
    } else {
      float* row = &scores[i * classes];
      std::size_t h = history_features(infos.data(), static_cast<int>(i), prev1, prev2, history.data());
      model_.score(history.data(), h, row);
      cls = best_class(info, row, static_cast<int>(classes));
    }
    s->tokens[i].upos = upos_[cls];
    s->tokens[i].xpos = xpos_[cls];
    prev2 = prev1;
    prev1 = cls;
  }
}

void Tagger::save(ByteWriter* out) const {
  out->u32(kTaggerFormat);
  out->u32(static_cast<std::uint32_t>(upos_.size()));
  for (std::size_t c = 0; c < upos_.size(); ++c) {
    out->str(upos_[c]);
    out->str(xpos_[c]);
  }
  lexicon_.save(out);
  model_.save(out);
}

bool Tagger::load(ByteReader* in, ScoringLayout layout) {
  *this = Tagger();
  Tagger t;
  std::uint32_t format, classes;
  if (!in->u32(&format) || format != kTaggerFormat) return false;
  if (!in->count(&classes, 8) || classes == 0 || classes > kMaxClasses) return false;
  t.upos_.resize(classes);
  t.xpos_.resize(classes);
  for (std::uint32_t c = 0; c < classes; ++c) {
    if (!in->str(&t.upos_[c]) || !in->str(&t.xpos_[c])) return false;
  }
  const int k = static_cast<int>(classes);
  if (!t.lexicon_.load(in, k) || !t.model_.load(in, layout) || t.model_.classes() != k) return false;
  *this = std::move(t);
  return true;
}

}  // namespace parley
