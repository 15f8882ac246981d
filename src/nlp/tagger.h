// Part-of-speech tagger: fills UPOS and XPOS. A greedy left-to-right averaged
// perceptron (LinearModel) predicts the (UPOS, XPOS) pair as one class, from
// the word's form, affixes, shape and flags, its neighbours, the two previous
// predicted classes and tag-dictionary features (tagger_features.h,
// tagger_lexicon.h). Frequent words that never vary in training are tagged
// from the dictionary; other frequent words choose among the classes they took.
// Training (tagger_train.cpp) makes rare words look as they will on new text
// (a tag dictionary built without the sentence's own fold) and drops a random
// share of the features of each update; docs/tagger.md has the figures.
//
// A trained Tagger is immutable: tag() is const and keeps its scratch space
// per call, so threads may share one.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "nlp/linear_model.h"
#include "nlp/model_io.h"
#include "nlp/tagger_features.h"
#include "nlp/tagger_lexicon.h"
#include "parley/sentence.h"

namespace parley {

struct TaggerOptions {
  int epochs = 12;
  std::uint64_t seed = 1;  // sentence order and dropped features (std::mt19937_64)
  LexiconOptions lexicon;
  // With n > 1 folds, each training sentence sees a tag dictionary built
  // without its fold (tagging still uses the one built from all of train).
  int lexicon_folds = 5;
  // Each update leaves out this share of the word's features, drawn at
  // random, so that no feature learns to lean on another.
  double feature_dropout = 0.3;
  // Log the averaged model's dev accuracy after each epoch (needs a copy of
  // the model); otherwise only after the last.
  bool evaluate_each_epoch = true;
  // Features updated fewer times than this are left out of the model.
  std::uint32_t min_feature_updates = 2;
};

class Tagger {
 public:
  // Trains for options.epochs passes over `train` and keeps the averaged
  // weights of the last one (no epoch selection on dev). `dev` (may be empty)
  // is only tagged to log accuracy to `log` (may be null).
  static Tagger train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                      const TaggerOptions& options, std::ostream* log);

  // Sets upos and xpos of every token from the forms. With a model loaded in
  // the plain layout, word by word (the reference); otherwise the static
  // features of all words are scored in one batch first.
  void tag(Sentence* s) const;

  int classes() const { return static_cast<int>(upos_.size()); }
  std::size_t features() const { return model_.features(); }

  void save(ByteWriter* out) const;
  // False on malformed data; the tagger is then empty.
  bool load(ByteReader* in, ScoringLayout layout = ScoringLayout::kFast);
  std::size_t memory_bytes() const { return model_.memory_bytes(); }  // of the linear model

 private:
  friend class TaggerTrainer;
  // The class of word i after the classes prev1 and prev2 (-1 before the
  // start). Writes the word's features to feats (room for kMaxTaggerFeatures)
  // and their number to *n, 0 when the dictionary fixes the class; scores has
  // room for classes().
  int predict(const TokenInfo* infos, int i, int prev1, int prev2, const LinearModel& model,
              std::uint64_t* feats, std::size_t* n, float* scores) const;
  // The best-scoring class a word may take (its dictionary's classes when
  // restricted).
  static int best_class(const TokenInfo& info, const float* scores, int classes);
  // tag() through predict(), one word at a time: the reference the plain
  // layout keeps (tests compare the batched tag() with it).
  void tag_word_by_word(Sentence* s, const std::vector<TokenInfo>& infos) const;

  std::vector<std::string> upos_, xpos_;  // by class
  TaggerLexicon lexicon_;
  LinearModel model_;
};

}  // namespace parley
