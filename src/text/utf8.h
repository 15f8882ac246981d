// UTF-8 decoding and the coarse character classes the tokenizer needs. Decoding
// never fails: a byte that does not start a well-formed sequence (stray
// continuation byte, overlong form, surrogate, value above U+10FFFF, sequence cut
// short) decodes as one invalid "character" of length 1, so callers always advance.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace parley::internal {

struct CodePoint {
  char32_t value = 0;       // U+FFFD when !valid
  std::uint8_t length = 1;  // bytes consumed, 1..4
  bool valid = true;
};

// Decodes the character starting at text[pos]; pos must be < text.size().
CodePoint decode_utf8(std::string_view text, std::size_t pos);

// The largest end <= limit (and > pos when possible) that does not cut a UTF-8
// sequence in half: used to cap token lengths on a character boundary.
std::size_t char_boundary_at_or_before(std::string_view text, std::size_t pos, std::size_t limit);

enum class CharClass : std::uint8_t {
  kSpace,      // spaces and tabs of any kind (NBSP, thin space, ideographic space, ...)
  kLineBreak,  // \n, \r, \f, \v, NEL, LINE SEPARATOR
  kParagraph,  // PARAGRAPH SEPARATOR (U+2029): always ends a paragraph
  kIgnorable,  // invalid bytes, control characters, zero-width space, word joiner, BOM
  kLetter,     // letters of any script, and ASCII letters
  kDigit,      // ASCII 0-9 only (other scripts' digits count as letters)
  kExtend,     // combining marks, variation selectors, ZWJ, emoji modifiers, soft hyphen
  kOther,      // punctuation and symbols
};

CharClass classify(const CodePoint& cp);

inline bool is_separator(CharClass c) {
  return c == CharClass::kSpace || c == CharClass::kLineBreak || c == CharClass::kParagraph ||
         c == CharClass::kIgnorable;
}

// Uppercase letters of Latin, Greek and Cyrillic (what sentence-start checks need).
bool is_upper(char32_t c);
bool is_lower(char32_t c);

inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace parley::internal
