// The chunk lexer: cuts a run of non-space characters into tokens (URLs, e-mail
// addresses, numbers, words, punctuation), splits clitics off words the way UD
// English EWT does ("don't" -> "do" "n't", "Russia's" -> "Russia" "'s") and
// decides which periods belong to abbreviations.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/lexicon.h"
#include "text/matchers.h"
#include "text/pieces.h"
#include "text/utf8.h"

namespace parley::internal {
namespace {

class ChunkLexer {
 public:
  ChunkLexer(std::string_view text, std::size_t begin, std::size_t end, LexState* state,
             std::vector<Piece>* out)
      : text_(text), begin_(begin), end_(end), state_(state), out_(out) {}

  std::size_t run(std::size_t pos, std::size_t target) {
    while (pos < end_ && out_->size() < target) {
      const std::size_t limit = pos + kMaxTokenBytes >= end_
                                    ? end_
                                    : char_boundary_at_or_before(text_, pos, pos + kMaxTokenBytes);
      const std::size_t next = lex_token(pos, limit);
      pos = next > pos ? next : pos + 1;  // defensive: always advance
    }
    return pos;
  }

 private:
  std::size_t lex_token(std::size_t pos, std::size_t limit);
  std::size_t lex_apostrophe(std::size_t pos, std::size_t limit);
  std::size_t lex_word(std::size_t pos, std::size_t limit);
  std::size_t lex_punct(std::size_t pos, std::size_t limit);
  bool takes_period(std::string_view word, std::size_t period, bool glued) const;
  void emit_word(std::size_t start, std::size_t end);

  void emit(std::size_t start, std::size_t end, bool joined_to_previous = false) {
    if (joined_to_previous && !out_->empty()) out_->back().joined_to_next = true;
    Piece piece;
    piece.start = start;
    piece.end = end;
    out_->push_back(piece);
  }

  bool glued_to_previous(std::size_t pos) const {
    return pos > begin_ && !out_->empty() && out_->back().end == pos;
  }

  std::string_view text_;
  std::size_t begin_, end_;
  LexState* state_;
  std::vector<Piece>* out_;
};

bool is_clitic(std::string_view lower) {
  return lower == "s" || lower == "m" || lower == "d" || lower == "ll" || lower == "re" ||
         lower == "ve";
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// "Yahoo!" and "Jeopardy!" keep their exclamation mark, as in EWT.
bool is_exclaimed_name(std::string_view word) { return word == "Yahoo" || word == "Jeopardy"; }

// Shorthands written with a slash that EWT keeps whole ("w/o", "b/c").
std::size_t slash_shorthand_end(std::string_view text, std::size_t pos, std::size_t limit) {
  static constexpr std::string_view kForms[] = {"w/out", "w/o", "b/c", "b/t", "l/c", "i/c"};
  for (std::string_view form : kForms) {
    if (limit - pos < form.size()) continue;
    if (lower_ascii(text.substr(pos, form.size())) != form) continue;
    const std::size_t end = pos + form.size();
    if (end == limit || !is_ascii_alnum(text[end])) return end;
  }
  return pos;
}

std::size_t ascii_letters_end(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit && is_ascii_alpha(text[pos])) ++pos;
  return pos;
}

std::size_t ChunkLexer::lex_token(std::size_t pos, std::size_t limit) {
  const char c = text_[pos];
  std::size_t special = pos;
  if (is_ascii_alpha(c)) special = match_url(text_, pos, limit);
  if (special == pos && is_ascii_alnum(c)) {
    special = match_email(text_, pos, limit, &state_->no_email_before);
  }
  if (c == '@' || c == '#') special = match_mention(text_, pos, limit);
  if (special == pos && is_ascii_alpha(c) && pos + 1 < limit && text_[pos + 1] == '/') {
    special = slash_shorthand_end(text_, pos, limit);
  }
  if (special > pos) {
    emit(pos, special);
    return special;
  }
  if (apostrophe_length(text_, pos, limit) > 0) {
    if (const std::size_t end = lex_apostrophe(pos, limit); end > pos) return end;
  }
  const bool digit_next = pos + 1 < limit && is_ascii_digit(text_[pos + 1]);
  const bool number_start = is_ascii_digit(c) || (c == '+' && digit_next && pos == begin_) ||
                            (c == '.' && digit_next && !glued_to_previous(pos));
  if (number_start) {
    const NumberMatch number = match_number(text_, pos, limit);
    // "3143C" is a word; ".3c" is a period, then a word.
    if (number.as_word) return is_ascii_digit(c) ? lex_word(pos, limit) : lex_punct(pos, limit);
    emit(pos, number.end);
    return number.end;
  }
  if (classify(decode_utf8(text_.substr(0, limit), pos)) == CharClass::kLetter) {
    return lex_word(pos, limit);
  }
  return lex_punct(pos, limit);
}

// A clitic after a number ("1990's"), an abbreviated year ("'90s"), or else
// nothing (the apostrophe is then a quotation mark, see lex_punct).
std::size_t ChunkLexer::lex_apostrophe(std::size_t pos, std::size_t limit) {
  const std::size_t after = pos + apostrophe_length(text_, pos, limit);
  const std::size_t letters_end = ascii_letters_end(text_, after, limit);
  const bool word_ends = letters_end == limit || !is_ascii_alnum(text_[letters_end]);
  if (word_ends && is_clitic(lower_ascii(text_.substr(after, letters_end - after)))) {
    // Joined to a number before it ("1990's"); alone after a space ("FERC 's").
    const bool glued = glued_to_previous(pos);
    if (glued || pos == begin_) {
      emit(pos, letters_end, /*joined_to_previous=*/glued);
      return letters_end;
    }
  }
  std::size_t digits_end = after;
  while (digits_end < limit && is_ascii_digit(text_[digits_end])) ++digits_end;
  if (digits_end - after == 2) {
    if (digits_end < limit && text_[digits_end] == 's') ++digits_end;
    if (digits_end == limit || !is_ascii_alnum(text_[digits_end])) {
      emit(pos, digits_end);
      return digits_end;
    }
  }
  return pos;
}

std::size_t ChunkLexer::lex_word(std::size_t pos, std::size_t limit) {
  const std::size_t end = match_word(text_, pos, limit);
  if (end == pos) return lex_punct(pos, limit);  // defensive: never an empty word
  const std::string_view word = text_.substr(pos, end - pos);
  if (end < limit && text_[end] == '.' && takes_period(word, end, glued_to_previous(pos))) {
    emit(pos, end + 1);
    return end + 1;
  }
  if (end < limit && text_[end] == '!' && is_exclaimed_name(word)) {
    emit(pos, end + 1);
    return end + 1;
  }
  emit_word(pos, end);
  // A possessive apostrophe after a plural ("the parents' house"), unless an
  // opening single quote is waiting for its close.
  const std::size_t apostrophe = apostrophe_length(text_, end, limit);
  const char last = text_[end - 1];
  if (apostrophe > 0 && text_[end] != '`' && (last == 's' || last == 'S') &&
      !state_->single_quote_open &&
      !(end + apostrophe < limit && is_ascii_alnum(text_[end + apostrophe]))) {
    emit(end, end + apostrophe, /*joined_to_previous=*/true);
    return end + apostrophe;
  }
  return end;
}

// Whether the period after `word` belongs to it (an abbreviation or an initial).
bool ChunkLexer::takes_period(std::string_view word, std::size_t period, bool glued) const {
  if (is_initialism(word)) return true;
  // A lone letter is an initial ("J."), unless it follows a number ("80k.").
  if (word.size() == 1 && is_ascii_alpha(word[0])) return !glued;
  switch (abbreviation_kind(word)) {
    case AbbreviationKind::kNone:
      return false;
    case AbbreviationKind::kNumberPrefix: {
      std::size_t next = period + 1;
      while (next < text_.size() && next < period + 8 && text_[next] == ' ') ++next;
      return next < text_.size() && (is_ascii_digit(text_[next]) || text_[next] == '#');
    }
    default:
      return true;
  }
}

// Emits a word, split into syntactic words where EWT splits it: n't, 's, 'm,
// 're, 've, 'll, 'd, and the apostrophe-less forms of lexicon.h ("dont").
void ChunkLexer::emit_word(std::size_t start, std::size_t end) {
  std::size_t split = end;
  std::size_t apostrophe = std::string_view::npos;
  for (std::size_t i = end; i > start; --i) {
    if (apostrophe_length(text_, i - 1, end) > 0) {
      apostrophe = i - 1;
      break;
    }
  }
  if (apostrophe != std::string_view::npos && apostrophe > start) {
    const std::size_t after = apostrophe + apostrophe_length(text_, apostrophe, end);
    const std::string suffix = lower_ascii(text_.substr(after, end - after));
    if (suffix == "t" && apostrophe - 1 > start && ascii_lower(text_[apostrophe - 1]) == 'n') {
      split = apostrophe - 1;
    } else if (is_clitic(suffix)) {
      split = apostrophe;
    }
  } else if (apostrophe == std::string_view::npos) {
    const std::size_t first = informal_contraction_split(text_.substr(start, end - start));
    if (first > 0) split = start + first;
  }
  emit(start, split);
  if (split < end) emit(split, end, /*joined_to_previous=*/true);
}

std::size_t ChunkLexer::lex_punct(std::size_t pos, std::size_t limit) {
  const std::size_t end = match_punct(text_, pos, limit, end_);
  emit(pos, end);
  const std::string_view mark = text_.substr(pos, end - pos);
  const bool single_quote = mark == "'" || mark == "\xE2\x80\x98" || mark == "\xE2\x80\x99";
  if (single_quote) {
    // At the start of a chunk it opens a quotation; glued to a word it closes one.
    state_->single_quote_open = pos == begin_ && end < end_;
  }
  return end;
}

}  // namespace

std::size_t lex_chunk(std::string_view text, std::size_t begin, std::size_t end, std::size_t pos,
                      std::size_t target, LexState* state, std::vector<Piece>* out) {
  return ChunkLexer(text, begin, end, state, out).run(pos, target);
}

}  // namespace parley::internal
