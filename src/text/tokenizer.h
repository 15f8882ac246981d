// parley's tokenizer and sentence splitter for English news text. It follows the
// tokenization of UD English EWT: clitics are split off as syntactic words of a
// multiword token ("don't" -> "do" "n't", "Russia's" -> "Russia" "'s"), most
// hyphens are split off ("15-year" -> "15" "-" "year") but not after prefixes
// such as e-, non-, pre- or anti-, abbreviations keep their period ("Mr.",
// "U.S."). docs/tokenizer.md has the rules, the choices and the measured scores.
//
// split_text never fails: any bytes give sentences. Invalid UTF-8 bytes, NUL and
// other control characters separate tokens and belong to none; a token is at
// most kMaxTokenBytes (1,000) bytes and a sentence at most kMaxSentenceTokens
// (1,000) tokens: longer ones are cut. Time is linear in the text's length.
// split_text's memory is proportional to the number of tokens it returns (a few
// hundred bytes a token); for_each_sentence holds only a few thousand tokens at
// a time, whatever the size of the text.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "parley/sentence.h"

namespace parley {

class SentenceModel;

// Splits raw text into sentences of tokens. For each token: `form` is the exact
// text, `start`/`end` its BYTE offsets in `text` plus base_offset, and `misc`
// holds "TokenRange=start:end", preceded by "SpaceAfter=No|" when no whitespace
// follows the token (the end of the text counts as whitespace). A word inside a
// multiword token ("do" of "don't") gets only its TokenRange; the multiword token
// in Sentence::multiword_tokens carries the surface form, the SpaceAfter and the
// TokenRange of the whole. Sentence::text is the exact text from the first
// token's start to the last token's end (line breaks included); ids, lemmas,
// tags and heads are left empty.
//
// With a sentence model (text/sentence_model.h), it decides the boundaries the
// rules leave open; without one (null), the rules decide alone.
std::vector<Sentence> split_text(std::string_view text, std::size_t base_offset = 0,
                                 const SentenceModel* model = nullptr);

// The same sentences, handed to `sink` one by one, in text order, as soon as
// each is complete.
void for_each_sentence(std::string_view text, std::size_t base_offset,
                       const std::function<void(Sentence&&)>& sink,
                       const SentenceModel* model = nullptr);

}  // namespace parley
