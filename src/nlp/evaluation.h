// Scores of predicted annotations against gold ones on the same tokens (gold
// tokenization): UPOS, XPOS, lemma, UAS, LAS. LAS compares the universal part
// of the relation ("nsubj" for "nsubj:pass"), as the CoNLL 2018 shared task
// does; punctuation is scored like any other word.
#pragma once

#include <string>
#include <vector>

#include "parley/sentence.h"

namespace parley {

struct AnnotationScores {
  long words = 0;
  long upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;  // correct counts
  double percent(long correct) const { return words ? 100.0 * correct / words : 0.0; }
  void add(const AnnotationScores& other);
};

// Sentences must pair up one to one with the same number of words; pairs that
// do not are skipped and counted in `mismatched`.
AnnotationScores score_annotations(const std::vector<Sentence>& gold,
                                   const std::vector<Sentence>& predicted, int* mismatched = nullptr);

// A copy of `s` with only the words (form, offsets, misc) kept: the input for
// re-annotating gold-tokenized text.
Sentence strip_annotations(const Sentence& s);

}  // namespace parley
