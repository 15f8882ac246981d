// The parser's scoring function over the joint classes of a TransitionSet.
//
// A class c = (move, label) scores moves[move(c)] + labels[c]: a 3-class
// LinearModel over the rich move features plus a LinearModel with one class
// per (move, label) over the smaller label feature set. It is one linear model
// over joint classes whose weights are tied across the labels of a move for
// the rich features; a perceptron update on the joint class updates both
// parts. The tying keeps rows of the rich, sparse features 3 floats wide
// instead of one per class, which keeps training memory and the model small.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "nlp/linear_model.h"
#include "nlp/model_io.h"
#include "nlp/parser_features.h"
#include "nlp/transition_system.h"

namespace parley {

// The features of one parser state, extracted once for scoring and updating.
struct StateFeatures {
  std::uint64_t moves[kMaxMoveFeatures];
  std::size_t move_count = 0;
  std::uint64_t labels[kMaxLabelFeatures];
  std::size_t label_count = 0;
};

// Per-parse scratch space. It also holds, for the sentence being parsed, the
// scores of the one-token feature groups (FeatureGroup) of every token in
// every role, computed by prepare() before the first state: move sums (3
// floats) for b0, s0, s1 and s2, and label rows (one float per class) for b0,
// s0 and s1.
struct ParseScratch {
  StateFeatures features;
  std::vector<float> scores;
  std::size_t slots = 0;  // the sentence's words + 2 (ROOT, "no token")
  std::vector<float> move_sums;    // ((group * slots) + token) * 3 + move
  std::vector<float> label_sums;   // ((group * slots) + token) * classes + class
  std::vector<std::uint64_t> group_features;  // prepare()'s batch of lookups
  std::vector<std::uint32_t> group_ends;
};

class ParserModel {
 public:
  ParserModel() = default;
  explicit ParserModel(TransitionSet set);

  const TransitionSet& transitions() const { return set_; }
  int classes() const { return set_.classes(); }
  bool empty() const { return set_.classes() == 0; }
  std::size_t features() const { return moves_.features() + labels_.features(); }

  static void extract(const ParseState& state, const TokenAtoms* atoms, StateFeatures* out);
  // scores[0..classes()) = the score of every class, valid or not.
  void score(const StateFeatures& f, float* scores) const;

  // Sizes the scratch for this model and the sentence of `words` words whose
  // atoms are `atoms`, and scores its one-token groups (in two pipelined
  // batches of lookups: LinearModel::score_batch).
  void prepare(ParseScratch* scratch, const TokenAtoms* atoms, int words) const;
  // The best valid class in `state` (-1 when none is), computing only what
  // the choice needs: nothing when one class is valid, no move features when
  // the valid classes share their move. The one-token groups' scores come
  // from the scratch, so `state` must be a state of the sentence the scratch
  // was prepared for, with its atoms. The sums
  // equal score()'s up to the order of the float additions.
  int predict(const ParseState& state, const TokenAtoms* atoms, ParseScratch* scratch) const;

  // Training: see LinearModel.
  void update(const StateFeatures& f, int gold, int guess);
  void tick();
  void finish_training(std::uint32_t min_updates);

  void save(ByteWriter* out) const;
  bool load(ByteReader* in, ScoringLayout layout = ScoringLayout::kFast);  // false on malformed data
  std::size_t memory_bytes() const { return moves_.memory_bytes() + labels_.memory_bytes(); }

 private:
  void index_moves();
  TransitionSet set_;
  std::vector<std::uint8_t> move_of_;  // class -> Move as an index
  int root_class_ = -1;                // LEFT with the root label
  LinearModel moves_;
  LinearModel labels_;
};

}  // namespace parley
