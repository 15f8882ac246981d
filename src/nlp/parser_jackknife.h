// Training data for a parser that will read predicted tags: k-fold
// jackknifing. Each fold's sentences get the UPOS, XPOS and lemmas of a tagger
// and lemmatizer trained on the other folds, so their errors look like the
// errors the parser meets at run time (docs/parser.md: "Which tags to train on").
#pragma once

#include <vector>

#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"
#include "parley/sentence.h"
#include "parley/status.h"

namespace parley {

struct JackknifeOptions {
  int folds = 5;
  // false: sentence i goes to fold i % folds. true: contiguous folds (fold f
  // holds sentences [n*f/folds, n*(f+1)/folds)) keep each document in one
  // fold, so a fold's tagger has not seen its names and topics. On EWT that
  // gave the same dev LAS and 0.2 less UAS (docs/parser.md), so it is off.
  bool contiguous = false;
  int threads = 1;  // folds trained at once; the result does not depend on it
  TaggerOptions tagger;
  LemmatizerOptions lemmatizer;
};

// A copy of `train` with predicted upos, xpos and lemma (feats cleared) and the
// gold trees (head, deprel) kept. InvalidArgument when folds < 2, threads < 1
// or there are fewer sentences than folds.
Result<std::vector<Sentence>> jackknife_tags(const std::vector<Sentence>& train,
                                             const JackknifeOptions& options);

}  // namespace parley
