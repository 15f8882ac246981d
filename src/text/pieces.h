// The tokenizer's intermediate result: pieces of the text (one per syntactic
// word) with what separates them. split_text turns them into Sentences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace parley::internal {

// A token may not be longer than this many bytes; a longer run of non-space
// characters is cut (on a character boundary) into pieces of at most this size.
constexpr std::size_t kMaxTokenBytes = 1000;
// A sentence may not have more tokens than this; a longer one is cut.
constexpr std::size_t kMaxSentenceTokens = 1000;

// What lies between a piece and the one before it.
enum class Gap : std::uint8_t {
  kNone,       // nothing, or only ignorable characters (invalid bytes, controls)
  kSpace,      // whitespace without a line break
  kLine,       // whitespace with one line break
  kParagraph,  // a blank line (two or more line breaks), or the start of the text
};

struct Piece {
  std::size_t start = 0;  // bytes into the text
  std::size_t end = 0;
  Gap gap_before = Gap::kNone;
  bool space_after = false;     // whitespace (or the end of the text) follows
  bool joined_to_next = false;  // the next piece is part of the same surface token
};

// State the lexer carries from one whitespace-delimited chunk to the next.
struct LexState {
  bool single_quote_open = false;  // an opening ' or ‘ has not been closed yet
};

// Cuts the run of non-separator characters text[begin, end) into pieces,
// appended to *out (gap_before and space_after are left for the caller).
void lex_chunk(std::string_view text, std::size_t begin, std::size_t end, LexState* state,
               std::vector<Piece>* out);

// Cuts the whole text into pieces with their gaps. Linear in text.size().
std::vector<Piece> lex_text(std::string_view text);

// Indexes of the pieces that start a sentence (the first is always 0 when
// pieces is not empty). Linear in the number of pieces.
std::vector<std::size_t> sentence_starts(std::string_view text, const std::vector<Piece>& pieces);

// An abbreviation or initial that ends a sentence gives its period to the
// sentence, as EWT does ("... Inc." -> "Inc" "."): such pieces are cut in two.
// `starts` (from sentence_starts) is updated to the new indexes.
void split_final_periods(std::string_view text, std::vector<Piece>* pieces,
                         std::vector<std::size_t>* starts);

}  // namespace parley::internal
