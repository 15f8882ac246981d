#include "util/strings.h"

#include <cctype>

namespace parley {

std::string_view trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_blank(s[b])) ++b;
  while (e > b && is_blank(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string to_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string_view> split_any(std::string_view s, std::string_view separators) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || separators.find(s[i]) != std::string_view::npos) {
      if (i > start) out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string_view strip_comment(std::string_view line) {
  std::size_t hash = line.find('#');
  return trim(hash == std::string_view::npos ? line : line.substr(0, hash));
}

bool TextLines::next(std::string_view* line) {
  if (done_) return false;
  const std::size_t newline = rest_.find('\n');
  if (newline == std::string_view::npos) {
    done_ = true;
    if (rest_.empty()) return false;  // the text ended with a newline
    *line = rest_;
  } else {
    *line = rest_.substr(0, newline);
    rest_.remove_prefix(newline + 1);
  }
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  ++number_;
  return true;
}

void for_each_line(std::string_view content,
                   const std::function<void(std::string_view, int)>& fn) {
  TextLines reader(content);
  for (std::string_view line; reader.next(&line);) fn(line, reader.number());
}

}  // namespace parley
