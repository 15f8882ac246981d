#include "text/utf8.h"

namespace parley::internal {
namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

CodePoint invalid() { return CodePoint{0xFFFD, 1, false}; }

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

bool is_space_char(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || in(c, 0x2000, 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_extend_char(char32_t c) {
  return c == 0xAD || in(c, 0x300, 0x36F) || in(c, 0x483, 0x489) || in(c, 0x1AB0, 0x1AFF) ||
         in(c, 0x1DC0, 0x1DFF) || c == 0x200C || c == 0x200D || in(c, 0x20D0, 0x20FF) ||
         in(c, 0xFE00, 0xFE0F) || in(c, 0xFE20, 0xFE2F) || in(c, 0x1F3FB, 0x1F3FF) ||
         in(c, 0xE0020, 0xE007F) || in(c, 0xE0100, 0xE01EF);
}

bool is_ignorable_char(char32_t c) {
  return c < 0x20 || c == 0x7F || in(c, 0x80, 0x9F) || c == 0x200B || c == 0x2060 || c == 0xFEFF ||
         in(c, 0x2061, 0x2064) || in(c, 0x206A, 0x206F) || in(c, 0x200E, 0x200F) ||
         in(c, 0x202A, 0x202E) || in(c, 0xD800, 0xDFFF);
}

// Punctuation and symbol blocks; what is neither these nor space is a letter.
bool is_symbol_char(char32_t c) {
  if (c < 0x80)
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  if (c <= 0xFF) {
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return false;
    return c < 0xC0 || c == 0xD7 || c == 0xF7;
  }
  return c == 0x37E || c == 0x387 || in(c, 0x55A, 0x55F) || c == 0x589 || c == 0x5BE ||
         c == 0x5C0 || c == 0x5C3 || c == 0x5C6 || in(c, 0x5F3, 0x5F4) || in(c, 0x60C, 0x60D) ||
         c == 0x61B || in(c, 0x61E, 0x61F) || in(c, 0x66A, 0x66D) || c == 0x6D4 ||
         in(c, 0x964, 0x965) || c == 0xE3F || in(c, 0x2010, 0x2BFF) || in(c, 0x2E00, 0x2E7F) ||
         in(c, 0x3001, 0x303F) || in(c, 0xFE10, 0xFE1F) || in(c, 0xFE30, 0xFE6F) ||
         in(c, 0xFF01, 0xFF0F) || in(c, 0xFF1A, 0xFF20) || in(c, 0xFF3B, 0xFF40) ||
         in(c, 0xFF5B, 0xFF65) || in(c, 0xFFE0, 0xFFFD) || in(c, 0x1F000, 0x1FAFF);
}

}  // namespace

CodePoint decode_utf8(std::string_view text, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return CodePoint{b0, 1, true};
  int length = 0;
  char32_t value = 0;
  char32_t min_value = 0;
  if ((b0 & 0xE0) == 0xC0) {
    length = 2, value = b0 & 0x1F, min_value = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3, value = b0 & 0x0F, min_value = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4, value = b0 & 0x07, min_value = 0x10000;
  } else {
    return invalid();
  }
  if (pos + static_cast<std::size_t>(length) > text.size()) return invalid();
  for (int i = 1; i < length; ++i) {
    const auto b = static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]);
    if (!is_continuation(b)) return invalid();
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min_value || value > 0x10FFFF || in(value, 0xD800, 0xDFFF)) return invalid();
  return CodePoint{value, static_cast<std::uint8_t>(length), true};
}

std::size_t char_boundary_at_or_before(std::string_view text, std::size_t pos, std::size_t limit) {
  if (limit >= text.size()) return text.size();
  std::size_t end = limit;
  // A UTF-8 sequence has at most 3 continuation bytes; back off over them.
  for (int i = 0; i < 3 && end > pos + 1; ++i) {
    if (!is_continuation(static_cast<unsigned char>(text[end]))) break;
    --end;
  }
  return end;
}

CharClass classify(const CodePoint& cp) {
  if (!cp.valid) return CharClass::kIgnorable;
  const char32_t c = cp.value;
  if (c < 0x80) {
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  }
  if (c == ' ' || c == '\t') return CharClass::kSpace;
  if (c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x85 || c == 0x2028) {
    return CharClass::kLineBreak;
  }
  if (c == 0x2029) return CharClass::kParagraph;
  if (is_space_char(c)) return CharClass::kSpace;
  if (is_ignorable_char(c)) return CharClass::kIgnorable;
  if (is_extend_char(c)) return CharClass::kExtend;
  if (is_symbol_char(c)) return CharClass::kOther;
  return CharClass::kLetter;
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (in(c, 0xC0, 0xDE)) return c != 0xD7;
  if (in(c, 0x100, 0x137) || in(c, 0x14A, 0x177)) return c % 2 == 0;
  if (in(c, 0x139, 0x148) || in(c, 0x179, 0x17E)) return c % 2 == 1;
  return in(c, 0x391, 0x3A9) || in(c, 0x400, 0x42F) || (in(c, 0x1E00, 0x1EFF) && c % 2 == 0);
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (in(c, 0xDF, 0xFF)) return c != 0xF7;
  if (in(c, 0x100, 0x17F)) return !is_upper(c);
  return in(c, 0x3B1, 0x3C9) || in(c, 0x430, 0x45F) || (in(c, 0x1E00, 0x1EFF) && c % 2 == 1);
}

}  // namespace parley::internal
