// Scores of a whole raw-text pipeline against a gold treebank, as the CoNLL
// 2018 shared task computes them: the gold text is re-tokenized, predicted
// words are aligned to gold words by their surface token's character span (and
// their position inside a multiword token), and each score is an F1 over gold
// and predicted words: tokens, sentences, words, UPOS, XPOS, lemmas, UAS and
// LAS (a word counts for UAS/LAS when it is aligned, its head is aligned to the
// gold head, and, for LAS, the universal relations agree).
#pragma once

#include <vector>

#include "parley/sentence.h"
#include "text/tokenizer_eval.h"

namespace parley {

struct RawScores {
  TokenizationScores tokenization;
  F1Score words, upos, xpos, lemma, uas, las;
};

// `predicted` must have been produced from gold.text (byte offsets into it).
Result<RawScores> score_raw(const std::vector<Sentence>& gold_sentences, const GoldText& gold,
                            const std::vector<Sentence>& predicted);

}  // namespace parley
