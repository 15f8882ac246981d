// String helpers for ASCII-oriented dictionary text.
#pragma once

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
// The text before the first `#`, trimmed.
std::string_view strip_comment(std::string_view line);

// Calls fn(line, line_number) for each line (1-based; '\n' removed, '\r' kept).
void for_each_line(std::string_view content,
                   const std::function<void(std::string_view, int)>& fn);

}  // namespace parley
