#include "nlp/parser_model.h"

#include <algorithm>
#include <string>
#include <utility>

namespace parley {
namespace {

constexpr int kMoves = 3;
constexpr std::size_t kMovePrefetch = 32;

// The cached groups, by their index in ParseScratch.
constexpr FeatureGroup kMoveGroups[] = {FeatureGroup::kB0, FeatureGroup::kS0, FeatureGroup::kS1,
                                        FeatureGroup::kS2};
constexpr FeatureGroup kLabelGroups[] = {FeatureGroup::kB0, FeatureGroup::kS0, FeatureGroup::kS1};
constexpr int kMoveGroupCount = 4, kLabelGroupCount = 3;

}  // namespace

ParserModel::ParserModel(TransitionSet set)
    : set_(std::move(set)), moves_(kMoves), labels_(set_.classes()) {
  index_moves();
}

void ParserModel::index_moves() {
  move_of_.clear();
  for (const Transition& t : set_.all()) move_of_.push_back(static_cast<std::uint8_t>(t.move));
  root_class_ = set_.find(Move::kLeft, set_.root_label());
}

void ParserModel::extract(const ParseState& state, const TokenAtoms* atoms, StateFeatures* out) {
  out->move_count = move_features(state, atoms, out->moves);
  out->label_count = label_features(state, atoms, out->labels);
}

void ParserModel::score(const StateFeatures& f, float* scores) const {
  float move_scores[kMoves] = {0.0f, 0.0f, 0.0f};
  moves_.score(f.moves, f.move_count, move_scores);
  const int n = set_.classes();
  std::fill(scores, scores + n, 0.0f);
  labels_.score(f.labels, f.label_count, scores);
  for (int c = 0; c < n; ++c) scores[c] += move_scores[move_of_[c]];
}

namespace {

// Appends the features of every (group, token) to feats, ending each example
// at ends: example group * slots + token.
template <std::size_t kGroups, class Extract>
void batch_groups(const FeatureGroup (&groups)[kGroups], std::size_t slots, std::size_t room,
                  Extract extract, std::vector<std::uint64_t>* feats,
                  std::vector<std::uint32_t>* ends) {
  // Only grown: resizing down and up again would clear the room each time.
  if (feats->size() < kGroups * slots * room) feats->resize(kGroups * slots * room);
  ends->clear();
  std::size_t used = 0;
  for (FeatureGroup g : groups) {
    for (std::size_t t = 0; t < slots; ++t) {
      used += extract(g, static_cast<int>(t), feats->data() + used);
      ends->push_back(static_cast<std::uint32_t>(used));
    }
  }
}

}  // namespace

void ParserModel::prepare(ParseScratch* scratch, const TokenAtoms* atoms, int words) const {
  const std::size_t n = static_cast<std::size_t>(set_.classes());
  const std::size_t slots = static_cast<std::size_t>(words) + 2;
  scratch->scores.assign(n, 0.0f);
  scratch->slots = slots;
  // Every token gets into every role but in rare parses, so all are scored
  // now, in batches whose lookups overlap, rather than one group per state.
  batch_groups(kMoveGroups, slots, kMaxMoveFeatures,
               [&](FeatureGroup g, int t, std::uint64_t* out) {
                 return move_group_features(g, t, words, atoms, out);
               },
               &scratch->group_features, &scratch->group_ends);
  scratch->move_sums.assign(kMoveGroupCount * slots * kMoves, 0.0f);
  moves_.score_batch(scratch->group_features.data(), scratch->group_ends.data(),
                     scratch->group_ends.size(), scratch->move_sums.data());
  batch_groups(kLabelGroups, slots, kMaxLabelFeatures,
               [&](FeatureGroup g, int t, std::uint64_t* out) {
                 return label_group_features(g, t, words, atoms, out);
               },
               &scratch->group_features, &scratch->group_ends);
  scratch->label_sums.assign(kLabelGroupCount * slots * n, 0.0f);
  labels_.score_batch(scratch->group_features.data(), scratch->group_ends.data(),
                      scratch->group_ends.size(), scratch->label_sums.data());
}

int ParserModel::predict(const ParseState& state, const TokenAtoms* atoms,
                         ParseScratch* scratch) const {
  bool allowed[4];
  TransitionSet::allowed_kinds(state, allowed);
  // LEFT to a word and LEFT to ROOT exclude each other: kinds = moves.
  int kinds = allowed[0] + allowed[1] + allowed[2] + allowed[3];
  if (kinds == 0) return -1;
  if (kinds == 1 && allowed[TransitionSet::kShiftKind]) return 0;
  if (kinds == 1 && allowed[TransitionSet::kLeftToRoot]) return root_class_;
  const int n = set_.classes();
  StateFeatures& f = scratch->features;
  float* scores = scratch->scores.data();
  const int b0 = state.b0(), s0 = state.s(0), s1 = state.s(1), s2 = state.s(2);
  // Only the state group is extracted per state; the one-token groups are
  // scored once per token and role (the cache in the scratch).
  f.label_count = label_features(state, atoms, f.labels, FeatureGroup::kState);
  // The label slots load while the move features are extracted, and the
  // first move slots while the labels are scored.
  labels_.prefetch(f.labels, f.label_count);
  // Without move features (one kind valid) the move scores stay 0, and adding
  // 0 changes no score.
  f.move_count = kinds > 1 ? move_features(state, atoms, f.moves, FeatureGroup::kState) : 0;
  moves_.prefetch(f.moves, std::min<std::size_t>(f.move_count, kMovePrefetch));
  const std::size_t slots = scratch->slots;
  const float* lb0 = &scratch->label_sums[(0 * slots + b0) * n];
  const float* ls0 = &scratch->label_sums[(1 * slots + s0) * n];
  const float* ls1 = &scratch->label_sums[(2 * slots + s1) * n];
  for (int c = 0; c < n; ++c) scores[c] = lb0[c] + ls0[c] + ls1[c];
  labels_.score(f.labels, f.label_count, scores);
  float move_scores[kMoves] = {0.0f, 0.0f, 0.0f};
  if (kinds > 1) {
    const int tokens[kMoveGroupCount] = {b0, s0, s1, s2};
    for (std::size_t g = 0; g < kMoveGroupCount; ++g) {
      const float* sums = &scratch->move_sums[(g * slots + tokens[g]) * kMoves];
      for (int m = 0; m < kMoves; ++m) move_scores[m] += sums[m];
    }
    moves_.score(f.moves, f.move_count, move_scores);
  }
  // Only valid classes get their move's score, in one pass with the choice.
  int best = -1;
  float best_score = 0.0f;
  const std::uint8_t* move_of = move_of_.data();
  for (int c = 0; c < n; ++c) {
    if (!allowed[set_.kind(c)]) continue;
    const float score = scores[c] + move_scores[move_of[c]];
    if (best < 0 || score > best_score) best = c, best_score = score;
  }
  return best;
}

void ParserModel::update(const StateFeatures& f, int gold, int guess) {
  moves_.update(f.moves, f.move_count, move_of_[gold], move_of_[guess]);
  labels_.update(f.labels, f.label_count, gold, guess);
}

void ParserModel::tick() {
  moves_.tick();
  labels_.tick();
}

void ParserModel::finish_training(std::uint32_t min_updates) {
  moves_.finish_training(min_updates);
  labels_.finish_training(min_updates);
}

void ParserModel::save(ByteWriter* out) const {
  const std::vector<std::string>& labels = set_.labels();
  out->u32(static_cast<std::uint32_t>(labels.size()));
  for (const std::string& label : labels) out->str(label);
  out->i32(set_.root_label());
  out->u32(static_cast<std::uint32_t>(set_.classes()));
  for (const Transition& t : set_.all()) {
    out->u8(static_cast<std::uint8_t>(t.move));
    out->i32(t.label);
  }
  moves_.save(out);
  labels_.save(out);
}

bool ParserModel::load(ByteReader* in, ScoringLayout layout) {
  *this = ParserModel();
  std::uint32_t label_count, class_count;
  if (!in->count(&label_count, 4)) return false;
  std::vector<std::string> labels(label_count);
  for (std::string& label : labels) {
    if (!in->str(&label)) return false;
  }
  std::int32_t root;
  if (!in->i32(&root) || root < 0 || root >= static_cast<std::int32_t>(label_count)) return false;
  if (!in->count(&class_count, 5) || class_count == 0) return false;
  std::vector<Transition> arcs;
  for (std::uint32_t c = 0; c < class_count; ++c) {
    std::uint8_t move;
    std::int32_t label;
    if (!in->u8(&move) || !in->i32(&label) || move >= kMoves) return false;
    bool shift = static_cast<Move>(move) == Move::kShift;
    if (shift != (c == 0)) return false;  // SHIFT is class 0 and only class 0
    if (shift) continue;
    if (label < 0 || label >= static_cast<std::int32_t>(label_count)) return false;
    arcs.push_back({static_cast<Move>(move), label});
  }
  ParserModel model(TransitionSet(std::move(labels), root, std::move(arcs)));
  if (model.classes() != static_cast<int>(class_count)) return false;
  if (!model.moves_.load(in, layout) || model.moves_.classes() != kMoves) return false;
  if (!model.labels_.load(in, layout) || model.labels_.classes() != model.classes()) return false;
  *this = std::move(model);
  return true;
}

}  // namespace parley
