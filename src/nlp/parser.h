// parley's labelled dependency parser: greedy arc-hybrid transitions
// (nlp/transition_system.h) scored by averaged perceptrons (nlp/parser_model.h)
// over Zhang-Nivre style features (nlp/parser_features.h), trained with the
// dynamic oracle and exploration of Goldberg and Nivre (2012, 2013). Labels are
// predicted jointly with the move: one class per (move, label) pair seen in
// training. See docs/parser.md.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <utility>
#include <vector>

#include "nlp/model_io.h"
#include "nlp/parser_model.h"
#include "nlp/transition_system.h"
#include "parley/sentence.h"

namespace parley {

struct ParserOptions {
  int epochs = 15;
  std::uint64_t seed = 1;
  // From this (0-based) epoch on, follow the model's own mistaken transition
  // with this probability, so training sees the states the parser reaches.
  int explore_from_epoch = 1;
  double explore_probability = 0.9;
  // Non-projective training trees are made projective by lifting; when false
  // they are skipped instead.
  bool projectivize = true;
  // Log dev UAS/LAS (with the not yet averaged weights) every this many
  // epochs; 0 = only after training (with the final weights).
  int dev_every = 1;
  // Features updated fewer times than this in training are left out of the
  // model (pruning rare features: smaller and faster, see docs/parser.md).
  std::uint32_t min_feature_updates = 4;
};

class Parser {
 public:
  Parser() = default;

  // Trains on the trees of `train`, using the form, lemma, UPOS and XPOS of
  // its tokens as they are: to train for predicted tags, pass sentences whose
  // tags come from the tagger (e.g. jackknifed). Sentences whose tree is
  // malformed (heads out of range, cycles, not exactly one root) are skipped.
  // `dev` (may be empty) is only used for the progress lines written to `log`
  // (may be null).
  static Parser train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                      const ParserOptions& options, std::ostream* log);

  // Fills head and deprel of every token from form, lemma, upos and xpos. The
  // result is always one tree with a single "root" (an untrained parser
  // hangs every word from the first one).
  void parse(Sentence* s) const;

  bool trained() const { return !model_.empty(); }
  const TransitionSet& transitions() const { return model_.transitions(); }
  std::size_t features() const { return model_.features(); }

  void save(ByteWriter* out) const;
  // False (and the parser left untrained) on malformed or truncated data.
  bool load(ByteReader* in, ScoringLayout layout = ScoringLayout::kFast);
  std::size_t memory_bytes() const { return model_.memory_bytes(); }  // of the linear models

 private:
  explicit Parser(ParserModel model) : model_(std::move(model)) {}

  ParserModel model_;
};

}  // namespace parley
