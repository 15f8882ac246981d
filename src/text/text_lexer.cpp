// The text-level lexer: finds the whitespace-delimited chunks and what separates
// them (a space, a line break, a blank line), and has each chunk cut into pieces.
#include <string_view>
#include <vector>

#include "text/pieces.h"
#include "text/utf8.h"

namespace parley::internal {
namespace {

std::size_t chunk_end_from(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    if (is_ascii_alnum(text[pos])) {  // fast path for the common case
      ++pos;
      continue;
    }
    const CodePoint cp = decode_utf8(text, pos);
    if (is_separator(classify(cp))) break;
    pos += cp.length;
  }
  return pos;
}

}  // namespace

bool Lexer::fill(std::vector<Piece>* out, std::size_t target) {
  while (out->size() < target) {
    if (pos_ < chunk_end_) {
      const std::size_t first = out->size();
      pos_ = lex_chunk(text_, chunk_begin_, chunk_end_, pos_, target, &state_, out);
      if (gap_pending_ && out->size() > first) {
        (*out)[first].gap_before = chunk_gap_;
        gap_pending_ = false;
      }
      continue;
    }
    if (pos_ >= text_.size()) {
      if (!out->empty()) out->back().space_after = true;  // the end of the text
      return false;
    }
    const CodePoint cp = decode_utf8(text_, pos_);
    const CharClass cls = classify(cp);
    if (!is_separator(cls)) {
      start_chunk(out);
      continue;
    }
    if (cls != CharClass::kIgnorable) space_ = true;
    if (cls == CharClass::kParagraph || cp.value == '\f') {
      line_breaks_ += 2;
    } else if (cls == CharClass::kLineBreak) {
      const bool crlf = cp.value == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n';
      if (!crlf) ++line_breaks_;
    }
    pos_ += cp.length;
  }
  return true;
}

// Begins the chunk at pos_: notes its gap and the space after the last piece.
void Lexer::start_chunk(std::vector<Piece>* out) {
  chunk_begin_ = pos_;
  chunk_end_ = chunk_end_from(text_, pos_);
  chunk_gap_ = line_breaks_ >= 2   ? Gap::kParagraph
               : line_breaks_ == 1 ? Gap::kLine
               : space_            ? Gap::kSpace
                                   : Gap::kNone;
  if (!started_) chunk_gap_ = Gap::kParagraph;
  if (started_ && !out->empty()) out->back().space_after = chunk_gap_ != Gap::kNone;
  if (chunk_gap_ == Gap::kParagraph) state_.single_quote_open = false;
  state_.no_email_before = chunk_begin_;
  started_ = true;
  gap_pending_ = true;
  line_breaks_ = 0;
  space_ = false;
}

}  // namespace parley::internal
