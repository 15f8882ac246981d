// String helpers for ASCII-oriented dictionary text.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

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
// The text before the first `#`, trimmed.
std::string_view strip_comment(std::string_view line);

// Calls fn(line, line_number) for each line (1-based; '\n' removed, '\r' kept).
void for_each_line(std::string_view content,
                   const std::function<void(std::string_view, int)>& fn);

}  // namespace parley
