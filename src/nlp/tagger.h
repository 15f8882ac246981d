// Part-of-speech tagger: fills UPOS and XPOS. A greedy left-to-right averaged
// perceptron (LinearModel) predicts the (UPOS, XPOS) pair as one class, from
// the word's form, affixes, shape and flags, its neighbours, the two previous
// predicted classes and tag-dictionary features (tagger_features.h,
// tagger_lexicon.h). Frequent words that never vary in training are tagged
// from the dictionary; other frequent words choose among the classes they took.
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
  int epochs = 8;
  std::uint64_t seed = 1;  // sentence order each epoch (std::mt19937_64)
  LexiconOptions lexicon;
  // Log the averaged model's dev accuracy after each epoch (needs a copy of
  // the model); otherwise only after the last.
  bool evaluate_each_epoch = true;
};

class Tagger {
 public:
  // Trains for options.epochs passes over `train` and keeps the averaged
  // weights of the last one (no epoch selection on dev). `dev` (may be empty)
  // is only tagged to log accuracy to `log` (may be null).
  static Tagger train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                      const TaggerOptions& options, std::ostream* log);

  // Sets upos and xpos of every token from the forms.
  void tag(Sentence* s) const;

  int classes() const { return static_cast<int>(upos_.size()); }
  std::size_t features() const { return model_.features(); }

  void save(ByteWriter* out) const;
  bool load(ByteReader* in);  // false on malformed data; the tagger is then empty

 private:
  friend class TaggerTrainer;
  // The class of word i after the classes prev1 and prev2 (-1 before the
  // start). Writes the word's features to feats (room for kMaxTaggerFeatures)
  // and their number to *n, 0 when the dictionary fixes the class; scores has
  // room for classes().
  int predict(const TokenInfo* infos, int i, int prev1, int prev2, const LinearModel& model,
              std::uint64_t* feats, std::size_t* n, float* scores) const;

  std::vector<std::string> upos_, xpos_;  // by class
  TaggerLexicon lexicon_;
  LinearModel model_;
};

}  // namespace parley
