// String helpers for ASCII-oriented dictionary text.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// The ASCII blanks (the C locale's isspace set, whatever the locale).
inline bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
// `s` without leading and trailing blanks.
std::string_view trim(std::string_view s);
std::string to_upper(std::string_view s);
// Splits on any of `separators`, dropping empty pieces.
std::vector<std::string_view> split_any(std::string_view s, std::string_view separators);
bool starts_with(std::string_view s, std::string_view prefix);
// A 64-bit FNV-1a hash of the bytes (for quick membership tests of words).
inline std::uint64_t hash_word(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}
// A dash token: hyphen, double hyphen, en or em dash (datelines, asides).
inline bool is_dash(std::string_view form) {
  return form == "-" || form == "--" || form == "\u2013" || form == "\u2014";
}
// The text before the first `#`, trimmed.
std::string_view strip_comment(std::string_view line);

// The lines of a text, numbered from 1, without "\n" or "\r\n"; no empty
// last line after a final newline.
class TextLines {
 public:
  explicit TextLines(std::string_view content) : rest_(content) {}
  bool next(std::string_view* line);
  int number() const { return number_; }

 private:
  std::string_view rest_;
  int number_ = 0;
  bool done_ = false;
};

// Calls fn(line, line_number) for each line, as TextLines reads them.
void for_each_line(std::string_view content,
                   const std::function<void(std::string_view, int)>& fn);

}  // namespace parley
