// Sentence boundaries over the lexer's pieces. A sentence ends:
//  - before a blank line (always);
//  - after . ! ? or a run of them (with the closing quotes and brackets glued to
//    it, and an emoticon after it), when whitespace follows and then anything but
//    more punctuation (",", ")", "...", an emoticon); also without whitespace
//    when a capitalised word follows ("them.The");
//  - after an ellipsis, an emoticon or a URL when a capitalised word follows;
//  - after an abbreviation that can end a sentence (Inc., U.S., a.m.) only when
//    the next word is one that commonly starts a sentence ("The", "He", "But");
//    after "etc." when the next word is capitalised; never after a title (Mr.,
//    Gen.) or an initial (J.);
//  - not after a list number ("1." at the start of a sentence);
//  - after a news dateline ("KYIV, March 29 (Reuters) -") at a paragraph start;
//  - after kMaxSentenceTokens tokens.
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "text/lexicon.h"
#include "text/matchers.h"
#include "text/pieces.h"
#include "text/utf8.h"
#include "util/strings.h"

namespace parley::internal {
namespace {

enum class Stop {
  kNone,
  kFull,         // . ! ? and runs of them
  kEllipsis,     // ... or …
  kMayEnd,       // Inc. U.S. a.m.
  kUsuallyEnds,  // etc.
  kEmoticon,     // :)
  kUrl,          // http://...
  kRule,         // ----- or >>
  kTimestamp,    // the "PM" of an e-mail header's "03/15/2001 04:11 PM"
};

constexpr std::size_t kMaxDatelinePieces = 16;

bool is_stop_char(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// Whether every character of `form` satisfies pred (form is valid UTF-8).
template <class Pred>
bool all_chars(std::string_view form, Pred pred) {
  for (std::size_t i = 0; i < form.size();) {
    const CodePoint cp = decode_utf8(form, i);
    if (!pred(cp.value)) return false;
    i += cp.length;
  }
  return !form.empty();
}

// A line of symbols ("-----", "=====") or the ">>" closing an attachment note.
bool is_rule(std::string_view form) {
  if (form == ">>") return true;
  if (form.size() < 3 || std::string_view("-=*_~+#").find(form[0]) == std::string_view::npos) {
    return false;
  }
  return form.find_first_not_of(form[0]) == std::string_view::npos;
}

bool is_url(std::string_view form) { return match_url(form, 0, form.size()) == form.size(); }

Stop abbreviation_stop(std::string_view form) {
  if (form.size() < 2 || form.back() != '.') return Stop::kNone;
  const std::string_view word = form.substr(0, form.size() - 1);
  switch (abbreviation_kind(word)) {
    case AbbreviationKind::kMayEnd:
      return Stop::kMayEnd;
    case AbbreviationKind::kUsuallyEnds:
      return Stop::kUsuallyEnds;
    case AbbreviationKind::kNone:
      break;
    default:
      return Stop::kNone;  // titles ("Mr.", "e.g.") and "No." never end a sentence
  }
  if (is_initialism(word)) return Stop::kMayEnd;
  if (word.size() == 1) {
    return is_lower(static_cast<unsigned char>(word[0])) ? Stop::kMayEnd : Stop::kNone;
  }
  return Stop::kNone;
}

Stop stop_kind(std::string_view form) {
  if (all_chars(form, is_stop_char)) {
    const bool strong = form == "." || form.find_first_of("!?") != std::string_view::npos;
    return strong ? Stop::kFull : Stop::kEllipsis;
  }
  if (is_emoticon(form)) return Stop::kEmoticon;
  if (is_rule(form)) return Stop::kRule;
  if (form.size() > 4 && is_url(form)) return Stop::kUrl;
  return abbreviation_stop(form);
}

bool is_closing(std::string_view form) {
  return form == "\"" || form == "'" || form == "''" || form == ")" || form == "]" || form == "}" ||
         form == "\xE2\x80\x9D" || form == "\xE2\x80\x99" || form == "\xC2\xBB" ||
         form == "\xE2\x80\x99\xE2\x80\x99";
}

bool is_opening_char(char32_t c) {
  return c == '"' || c == '\'' || c == '`' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0xAB;
}

// Punctuation that continues the sentence after a full stop (", ; : ) ] } * ...").
bool continues_after_stop(std::string_view next) {
  if (is_emoticon(next) || all_chars(next, is_stop_char)) return true;
  static constexpr std::string_view kContinuing[] = {",", ";", ":", ")", "]", "}", "*"};
  for (std::string_view mark : kContinuing) {
    if (next == mark) return true;
  }
  return false;
}

bool all_caps_word(std::string_view form) {
  std::size_t letters = 0;
  for (char c : form) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

// "The", "Russia": a capital letter then a lowercase one.
bool is_capitalised_word(std::string_view form) {
  const CodePoint first = decode_utf8(form, 0);
  return first.length < form.size() && is_upper(first.value) &&
         is_lower(decode_utf8(form, first.length).value);
}

bool is_short_number(std::string_view form) {
  return !form.empty() && form.size() <= 2 &&
         all_chars(form, [](char32_t c) { return c >= '0' && c <= '9'; });
}

// Digits in `groups` groups separated by `separator` ("03/15/2001", "04:11").
bool is_digit_groups(std::string_view form, char separator, int min_groups, int max_groups) {
  int groups = 1;
  bool digit = false;
  for (char c : form) {
    if (c == separator) {
      if (!digit) return false;
      ++groups, digit = false;
    } else if (is_ascii_digit(c)) {
      digit = true;
    } else {
      return false;
    }
  }
  return digit && groups >= min_groups && groups <= max_groups;
}

bool has_final_abbreviation_period(std::string_view form) {
  return form.size() >= 2 && form.back() == '.' && is_ascii_alpha(form[form.size() - 2]);
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Piece>& pieces, BoundaryJudge* judge)
      : text_(text), pieces_(pieces), judge_(judge) {}

  std::vector<std::size_t> run();

 private:
  std::string_view form(std::size_t i) const {
    return text_.substr(pieces_[i].start, pieces_[i].end - pieces_[i].start);
  }
  Stop stop_at(std::size_t i) const;
  bool starts_sentence(std::size_t i, Stop stop) const;
  bool is_list_number(std::size_t i, std::size_t sentence_start) const;
  std::size_t end_after(std::size_t i, std::size_t sentence_start) const;
  std::size_t dateline_end(std::size_t first) const;

  bool starts_at(std::size_t i, std::size_t sentence_start, bool rule) const;

  std::string_view text_;
  const std::vector<Piece>& pieces_;
  BoundaryJudge* judge_;
};

Stop Splitter::stop_at(std::size_t i) const {
  const std::string_view f = form(i);
  if (i >= 2 && (f == "AM" || f == "PM" || f == "am" || f == "pm") &&
      is_digit_groups(form(i - 1), ':', 2, 3) && is_digit_groups(form(i - 2), '/', 3, 3)) {
    return Stop::kTimestamp;
  }
  return stop_kind(f);
}

// Whether piece i, after whitespace, starts a sentence after a stop of that kind.
bool Splitter::starts_sentence(std::size_t i, Stop stop) const {
  const std::string_view next = form(i);
  const char32_t c = decode_utf8(next, 0).value;
  switch (stop) {
    case Stop::kFull:
      return !continues_after_stop(next);
    case Stop::kEllipsis:
    case Stop::kUsuallyEnds:
    case Stop::kEmoticon:
    case Stop::kUrl:
    case Stop::kRule:
      return is_upper(c);
    case Stop::kMayEnd:
      return is_sentence_starter(next) || (is_opening_char(c) && c != '(' && c != '[');
    case Stop::kTimestamp:
      return true;
    case Stop::kNone:
      return false;
  }
  return false;
}

// "1." opening a sentence or following a colon is a list number, not a
// sentence of its own.
bool Splitter::is_list_number(std::size_t i, std::size_t sentence_start) const {
  if (i == 0 || form(i) != "." || pieces_[i].gap_before != Gap::kNone) return false;
  const std::size_t number = i - 1;
  if (!is_short_number(form(number))) return false;
  if (number == sentence_start) return true;
  const std::string_view before = form(number - 1);
  return before == ":" || (number == sentence_start + 1 && !is_ascii_alnum(before[0]));
}

// When piece i ends a sentence, the index of the piece after the sentence (past
// the closing quotes and brackets glued to it, and emoticons); otherwise 0.
std::size_t Splitter::end_after(std::size_t i, std::size_t sentence_start) const {
  const Stop stop = stop_at(i);
  if (stop == Stop::kNone || is_list_number(i, sentence_start)) return 0;
  std::size_t j = i + 1;
  while (j < pieces_.size() && pieces_[j].gap_before != Gap::kParagraph &&
         ((pieces_[j].gap_before == Gap::kNone && is_closing(form(j))) ||
          (stop == Stop::kFull && is_emoticon(form(j))))) {
    ++j;
  }
  if (j == pieces_.size()) return j;
  if (pieces_[j].gap_before == Gap::kNone) {
    const bool full = stop == Stop::kFull || stop == Stop::kEllipsis;
    return full && j == i + 1 && is_capitalised_word(form(j)) ? j : 0;
  }
  // '"Stop!" said the guard': a closed quotation followed by a lowercase word.
  if (j > i + 1 && is_lower(decode_utf8(form(j), 0).value) && !is_url(form(j))) return 0;
  return starts_sentence(j, stop) ? j : 0;
}

// "KYIV, March 29 (Reuters) -", "WASHINGTON (AP) --" or "NEW DELHI -" opening a
// paragraph: the index of the piece after the dash, or 0 when the paragraph has
// no dateline. A dateline has the agency in brackets, or starts with a word in
// capitals and has a comma, or is only words in capitals before a capitalised word.
std::size_t Splitter::dateline_end(std::size_t first) const {
  bool comma = false;
  bool only_caps = true;
  for (std::size_t i = first; i < pieces_.size() && i < first + kMaxDatelinePieces; ++i) {
    if (i > first && pieces_[i].gap_before == Gap::kParagraph) return 0;
    const std::string_view f = form(i);
    const Stop stop = stop_kind(f);
    if (stop == Stop::kFull || stop == Stop::kEllipsis) return 0;
    if (i == first || !is_dash(f) || pieces_[i].gap_before == Gap::kNone ||
        !pieces_[i].space_after) {
      comma = comma || f == ",";
      only_caps = only_caps && all_caps_word(f);
      continue;
    }
    if (i + 1 >= pieces_.size() || pieces_[i + 1].gap_before == Gap::kParagraph) return 0;
    const bool agency = i >= first + 3 && form(i - 1) == ")" && form(i - 3) == "(";
    const bool place = all_caps_word(form(first)) && form(first) != "FYI" &&
                       (comma || (only_caps && is_capitalised_word(form(i + 1))));
    return agency || place ? i + 1 : 0;
  }
  return 0;
}

// Whether a sentence starts at piece i > 0, which nothing forces to start one.
bool Splitter::starts_at(std::size_t i, std::size_t sentence_start, bool rule) const {
  if (judge_ == nullptr || pieces_[i - 1].joined_to_next) return rule;
  return judge_->starts_sentence(text_, pieces_, i, sentence_start, rule);
}

std::vector<std::size_t> Splitter::run() {
  std::vector<std::size_t> starts;
  std::size_t pending_end = 0;  // a boundary found ahead (dateline, closing quotes)
  bool pending_dateline = false;
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    const std::size_t length = starts.empty() ? 0 : i - starts.back();
    const bool paragraph = pieces_[i].gap_before == Gap::kParagraph;
    const bool too_long = length >= kMaxSentenceTokens && !pieces_[i - 1].joined_to_next;
    const bool rule = i == pending_end;
    const bool forced = starts.empty() || paragraph || too_long || (rule && pending_dateline);
    if (forced || starts_at(i, starts.back(), rule)) starts.push_back(i);
    if (rule) pending_end = 0, pending_dateline = false;
    if (paragraph) {
      pending_end = dateline_end(i);
      pending_dateline = pending_end != 0;
    }
    if (pending_end <= i) {
      const std::size_t end = end_after(i, starts.back());
      if (end > i) pending_end = end;
    }
  }
  return starts;
}

}  // namespace

void split_final_periods(std::string_view text, std::vector<Piece>* pieces,
                         std::vector<std::size_t>* starts) {
  std::vector<Piece> out;
  out.reserve(pieces->size() + starts->size());
  for (std::size_t k = 0; k < starts->size(); ++k) {
    const std::size_t first = (*starts)[k];
    const std::size_t last = k + 1 < starts->size() ? (*starts)[k + 1] : pieces->size();
    (*starts)[k] = out.size();
    out.insert(out.end(), pieces->begin() + static_cast<std::ptrdiff_t>(first),
               pieces->begin() + static_cast<std::ptrdiff_t>(last));
    Piece& end = out.back();
    if (!has_final_abbreviation_period(text.substr(end.start, end.end - end.start))) continue;
    Piece period = end;
    period.start = end.end - 1;
    period.gap_before = Gap::kNone;
    end.end -= 1;
    end.space_after = false;
    out.push_back(period);
  }
  *pieces = std::move(out);
}

std::vector<std::size_t> sentence_starts(std::string_view text, const std::vector<Piece>& pieces,
                                         BoundaryJudge* judge) {
  return Splitter(text, pieces, judge).run();
}

}  // namespace parley::internal
