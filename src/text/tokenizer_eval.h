// Scores tokenization and sentence splitting of raw text against gold CoNLL-U,
// the way the CoNLL 2018 shared task does: a token is correct when its span of
// the text equals a gold token's span, a sentence when its span (first token's
// start to last token's end) equals a gold sentence's span. Tokens are surface
// tokens: a multiword token ("don't" = "do" "n't") counts once, with its own
// span, both in the gold and in the prediction.
//
//   GoldText gold = gold_text(sentences);            // sentences from parse_conllu
//   std::vector<Sentence> predicted = split_text(gold.text);
//   Result<TokenizationScores> scores = score_tokenization(gold, predicted);
//
// or evaluate_tokenizer(sentences), which does the three steps.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parley/sentence.h"
#include "parley/status.h"

namespace parley {

struct TextSpan {
  std::size_t start = 0;  // byte offsets into GoldText::text
  std::size_t end = 0;
  bool operator==(const TextSpan& other) const = default;
};

// The raw text of a treebank as UD rebuilds it, and where its gold tokens and
// sentences lie in it.
struct GoldText {
  std::string text;
  std::vector<TextSpan> tokens;     // surface tokens, in text order
  std::vector<TextSpan> sentences;  // in text order
};

// Joins the "# text" of the sentences: one space between the sentences of a
// paragraph, a blank line ("\n\n") before a sentence that has a "newpar" or
// "newdoc" comment, one newline at the end. A sentence without "# text", or
// whose surface token forms cannot be found in order in it, is written from its
// forms instead (a space after each token unless its MISC says SpaceAfter=No).
GoldText gold_text(const std::vector<Sentence>& gold);

struct F1Score {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t correct = 0;
  double precision() const;  // in percent; 0 when nothing was predicted
  double recall() const;     // in percent; 0 when there is no gold
  double f1() const;         // in percent
};

struct TokenizationScores {
  F1Score tokens;
  F1Score sentences;
};

// The surface-token spans of a sentence whose tokens carry offsets (a multiword
// token spans from its first word's start to its last word's end). An
// invalid-argument Status names the first token without offsets or with a bad
// multiword range.
Result<std::vector<TextSpan>> surface_spans(const Sentence& sentence);

// Scores predicted sentences whose tokens have byte offsets into gold.text (as
// split_text(gold.text) gives them). Fails with invalid-argument when a
// predicted token has no offsets or lies outside the text.
Result<TokenizationScores> score_tokenization(const GoldText& gold,
                                              const std::vector<Sentence>& predicted);

// gold_text, split_text and score_tokenization in one.
TokenizationScores evaluate_tokenizer(const std::vector<Sentence>& gold);

}  // namespace parley
