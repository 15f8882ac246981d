#include "text/matchers.h"

#include <iterator>
#include <string>
#include <string_view>

#include "text/lexicon.h"
#include "text/utf8.h"

namespace parley::internal {
namespace {

bool starts_with_nocase(std::string_view text, std::size_t pos, std::size_t limit,
                        std::string_view prefix) {
  if (limit - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(text[pos + i]) != prefix[i]) return false;
  }
  return true;
}

bool is_url_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u >= 0x7F) return false;
  return std::string_view("<>\"`{}|\\^").find(c) == std::string_view::npos;
}

bool is_email_local_char(char c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// Emoticons, then arrows; both are single tokens.
constexpr std::string_view kFaces[] = {
    ":-)", ":-(", ";-)", ";-(", ":-D", ":-P", ":-p", ":'(", ":)", ":(",  ";)", ":D", ":P", ":p",
    "=)",  "=(",  ":/",  "(:",  "^_^", "^^",  "<3",  ":o",  ":O", "<->", "->", "<-", "=>"};
constexpr std::size_t kEmoticonCount = 23;
static_assert(std::size(kFaces) == kEmoticonCount + 4);

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool is_domain_char(char c) { return is_ascii_alnum(c) || c == '.' || c == '-' || c == '_'; }

std::size_t scan_digits(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit && is_ascii_digit(text[pos])) ++pos;
  return pos;
}

bool is_letter_at(std::string_view text, std::size_t pos, std::size_t limit) {
  if (pos >= limit) return false;
  return classify(decode_utf8(text.substr(0, limit), pos)) == CharClass::kLetter;
}

bool is_alnum_at(std::string_view text, std::size_t pos, std::size_t limit) {
  return pos < limit && (is_ascii_digit(text[pos]) || is_letter_at(text, pos, limit));
}

// Joins "713-853-3989", "853-3989", "3-5213", "11-20-2000" and "77042-2016" (EWT
// keeps phone numbers, dates and ZIP codes whole) but not ranges ("1969-1970", "5-10").
std::size_t join_hyphenated_digits(std::string_view text, std::size_t first_end,
                                   std::size_t first_len, std::size_t limit) {
  std::size_t groups = 1;
  std::size_t second_len = 0;
  std::size_t end = first_end;
  while (end + 1 < limit && text[end] == '-' && is_ascii_digit(text[end + 1])) {
    const std::size_t group_end = scan_digits(text, end + 1, limit);
    if (groups == 1) second_len = group_end - end - 1;
    end = group_end;
    ++groups;
  }
  if (groups >= 3) return end;
  const bool phone = first_len <= 3 && second_len == 4;
  const bool zip = first_len == 5 && second_len == 4;
  return groups == 2 && (phone || zip) ? end : first_end;
}

// "9/11", "11/2": one or two digits on either side of one slash, one of each kind.
bool is_short_date(std::string_view text, std::size_t slash, std::size_t end) {
  std::size_t before = 0;
  while (before < slash && is_ascii_digit(text[slash - before - 1])) ++before;
  const std::size_t after = end - slash - 1;
  return (before == 1 && after == 2) || (before == 2 && after == 1);
}

std::size_t trim_url_end(std::string_view text, std::size_t start, std::size_t end) {
  int parens = 0, brackets = 0;
  for (std::size_t i = start; i < end; ++i) {
    parens += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
    brackets += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
  }
  while (end > start) {
    const char c = text[end - 1];
    if (std::string_view(".,;:!?'").find(c) != std::string_view::npos) {
      --end;
    } else if (c == ')' && parens < 0) {
      ++parens, --end;
    } else if (c == ']' && brackets < 0) {
      ++brackets, --end;
    } else {
      break;
    }
  }
  return end;
}

// Whether the period at `period` joins the letters around it into one word:
// in initialisms ("U.S", "e.g", "Ph.D"; but "Dr.Michael" is two words), in
// host, file and newsgroup names ("amazon.com", "alt.animals.cats", "News.doc");
// not before a digit ("Nov.28") or a capital ("end.The").
bool period_continues_word(std::string_view text, std::size_t segment, std::size_t period,
                           std::size_t limit) {
  const std::size_t next = period + 1;
  if (!is_letter_at(text, next, limit)) return false;
  std::size_t letters_end = next;
  while (letters_end < limit && is_ascii_alnum(text[letters_end])) ++letters_end;
  const bool capitalised_word =
      letters_end - next >= 2 && is_ascii_upper(text[next]) && !is_ascii_upper(text[next + 1]);
  if (period - segment <= 2) return !capitalised_word;
  return !is_ascii_upper(text[next]) || is_domain_suffix(text.substr(next, letters_end - next));
}

}  // namespace

std::size_t apostrophe_length(std::string_view text, std::size_t pos, std::size_t limit) {
  if (pos >= limit) return 0;
  if (text[pos] == '\'' || text[pos] == '`') return 1;
  if (limit - pos >= 3 && text.substr(pos, 3) == "\xE2\x80\x99") return 3;  // ’
  return 0;
}

std::size_t absorb_extenders(std::string_view text, std::size_t end, std::size_t limit) {
  while (end < limit) {
    const CodePoint cp = decode_utf8(text.substr(0, limit), end);
    if (classify(cp) != CharClass::kExtend) break;
    end += cp.length;
    // A zero-width joiner glues the next symbol on (emoji sequences).
    if (cp.value == 0x200D && end < limit) {
      const CodePoint next = decode_utf8(text.substr(0, limit), end);
      if (classify(next) == CharClass::kOther && next.value >= 0x80) end += next.length;
    }
  }
  return end;
}

std::size_t match_url(std::string_view text, std::size_t pos, std::size_t limit) {
  static constexpr std::string_view kSchemes[] = {"http://", "https://", "ftp://",
                                                  "file://", "mailto:",  "www."};
  if (std::string_view("hfmwHFMW").find(text[pos]) == std::string_view::npos) return pos;
  for (std::string_view scheme : kSchemes) {
    if (!starts_with_nocase(text, pos, limit, scheme)) continue;
    std::size_t end = pos + scheme.size();
    if (end >= limit || !is_ascii_alnum(text[end])) return pos;
    while (end < limit && is_url_char(text[end])) ++end;
    return trim_url_end(text, pos, end);
  }
  return pos;
}

std::size_t match_email(std::string_view text, std::size_t pos, std::size_t limit,
                        std::size_t* no_email_before) {
  if (pos < *no_email_before || !is_ascii_alnum(text[pos])) return pos;
  std::size_t at = pos;
  while (at < limit && is_email_local_char(text[at])) ++at;
  if (at + 1 >= limit || text[at] != '@' || !is_ascii_alnum(text[at + 1])) {
    *no_email_before = at;
    return pos;
  }
  std::size_t end = at + 1;
  while (end < limit && is_domain_char(text[end])) ++end;
  while (text[end - 1] == '.' || text[end - 1] == '-' || text[end - 1] == '_') --end;
  return end;
}

std::size_t match_mention(std::string_view text, std::size_t pos, std::size_t limit) {
  if (pos + 1 >= limit || (text[pos] != '@' && text[pos] != '#')) return pos;
  if (text[pos] == '#' ? !is_ascii_alpha(text[pos + 1]) : !is_ascii_alnum(text[pos + 1])) {
    return pos;
  }
  std::size_t end = pos + 1;
  while (end < limit && (is_ascii_alnum(text[end]) || text[end] == '_' ||
                         (text[end] == '.' && end + 1 < limit && is_ascii_alnum(text[end + 1])))) {
    ++end;
  }
  return end;
}

NumberMatch match_number(std::string_view text, std::size_t pos, std::size_t limit) {
  std::size_t end = pos;
  if (text[end] == '+' || text[end] == '.') ++end;
  const std::size_t first_digits = end;
  end = scan_digits(text, end, limit);
  bool separated = text[pos] == '.';
  int slashes = 0;
  std::size_t slash = 0;  // position of the last slash
  while (end + 1 < limit && std::string_view(".,:/").find(text[end]) != std::string_view::npos &&
         is_ascii_digit(text[end + 1])) {
    if (text[end] == '/') ++slashes, slash = end;
    end = scan_digits(text, end + 1, limit);
    separated = true;
  }
  if (slashes == 1 && !is_short_date(text, slash, end)) {
    end = slash;  // a fraction or a range ("3/4", "20/20", "24/7") is split
  }
  if (!separated && text[pos] != '+') {
    end = join_hyphenated_digits(text, end, end - first_digits, limit);
  }
  if (end >= limit || !is_ascii_alpha(text[end])) return {end, false};
  // Letters right after the digits: an ordinal or a decade stays, a unit is
  // split off, anything else makes the whole an alphanumeric word.
  std::size_t letters_end = end;
  while (letters_end < limit && is_ascii_alpha(text[letters_end])) ++letters_end;
  if (is_alnum_at(text, letters_end, limit)) return {end, true};
  std::string_view letters = text.substr(end, letters_end - end);
  std::string lower(letters);
  for (char& c : lower) c = ascii_lower(c);
  if (lower == "st" || lower == "nd" || lower == "rd" || lower == "th" || lower == "s") {
    return {letters_end, false};
  }
  if (is_unit_suffix(letters)) return {end, false};
  return {end, true};
}

std::size_t match_word(std::string_view text, std::size_t pos, std::size_t limit) {
  std::size_t end = pos;
  std::size_t segment = pos;      // start of the part after the last hyphen
  std::size_t segment_dot = pos;  // start of the part after the last period
  while (end < limit) {
    const CodePoint cp = decode_utf8(text.substr(0, limit), end);
    const CharClass cls = classify(cp);
    if (cls == CharClass::kLetter || cls == CharClass::kDigit || cls == CharClass::kExtend) {
      end += cp.length;
      continue;
    }
    const char c = text[end];
    if (const std::size_t apostrophe = apostrophe_length(text, end, limit)) {
      if (!is_letter_at(text, end + apostrophe, limit)) break;
      end += apostrophe;
    } else if (c == '.') {
      if (!period_continues_word(text, segment_dot, end, limit)) break;
      segment_dot = ++end;
    } else if (c == '_') {
      if (!is_alnum_at(text, end + 1, limit)) break;
      ++end;
    } else if (c == '&') {
      if (end == pos || !is_ascii_alpha(text[end - 1]) || end + 1 >= limit ||
          !is_ascii_alpha(text[end + 1])) {
        break;
      }
      ++end;
    } else if (c == '-') {
      if (!is_alnum_at(text, end + 1, limit) ||
          !is_hyphen_prefix(text.substr(segment, end - segment))) {
        break;
      }
      segment = segment_dot = ++end;
    } else {
      break;
    }
  }
  return end;
}

bool is_emoticon(std::string_view form) {
  if (form.size() < 2 || std::string_view(":;=(^<").find(form[0]) == std::string_view::npos) {
    return false;
  }
  for (std::size_t i = 0; i < kEmoticonCount; ++i) {
    if (kFaces[i] == form) return true;
  }
  return false;
}

std::size_t match_punct(std::string_view text, std::size_t pos, std::size_t limit,
                        std::size_t chunk_end) {
  for (std::string_view face : kFaces) {
    if (limit - pos < face.size() || text.substr(pos, face.size()) != face) continue;
    const std::size_t end = pos + face.size();
    if (end == chunk_end || !is_alnum_at(text, end, chunk_end)) return end;
  }
  const CodePoint first = decode_utf8(text.substr(0, limit), pos);
  auto is_stop = [](char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; };
  auto is_dot = [](char32_t c) { return c == '.' || c == 0x2026; };
  std::size_t end = pos + first.length;
  if (is_stop(first.value)) {
    // "?!", "!!!", ".?" are one token; an ellipsis keeps apart from a following "?".
    bool dots_only = false;
    for (std::size_t count = 1; end < limit; ++count) {
      const CodePoint next = decode_utf8(text.substr(0, limit), end);
      if (!is_stop(next.value) || (dots_only && !is_dot(next.value))) break;
      if (count == 1) dots_only = is_dot(first.value) && is_dot(next.value);
      end += next.length;
    }
    return end;
  }
  // Two curly single quotes typed for a double one.
  if ((first.value == 0x2018 || first.value == 0x2019) && limit - end >= 3 &&
      (text.substr(end, 3) == "\xE2\x80\x99" || text.substr(end, 3) == "\xE2\x80\x98")) {
    return end + 3;
  }
  if (first.value == '\'' || first.value == '`') {
    return end < limit && text[end] == text[pos] ? end + 1 : end;
  }
  // Brackets and quotes stand alone; another symbol repeated is one token (--, **, >>).
  static constexpr std::u32string_view kAlone = U"()[]{}\"\u201C\u201D\u2018\u2019\u00AB\u00BB,;:";
  if (kAlone.find(first.value) == std::u32string_view::npos) {
    while (end < limit) {
      const CodePoint next = decode_utf8(text.substr(0, limit), end);
      if (next.value != first.value || !next.valid) break;
      end += next.length;
    }
  }
  return absorb_extenders(text, end, limit);
}

}  // namespace parley::internal
