#include "io/text_dates.h"

#include <array>
#include <cstdio>

#include "text/utf8.h"

namespace parley {
namespace {

using internal::ascii_lower;
using internal::is_ascii_alpha;
using internal::is_ascii_digit;

bool valid_ymd(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::string format_ymd(int y, int m, int d) {
  if (!valid_ymd(y, m, d)) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Reads up to `max` digits at text[*pos]; -1 when there is none.
int read_number(std::string_view text, std::size_t* pos, int max) {
  int value = 0, n = 0;
  while (*pos < text.size() && n < max && is_ascii_digit(text[*pos])) {
    value = value * 10 + (text[*pos] - '0');
    ++*pos;
    ++n;
  }
  return n == 0 ? -1 : value;
}

std::string_view read_word(std::string_view text, std::size_t* pos) {
  std::size_t start = *pos;
  while (*pos < text.size() && is_ascii_alpha(text[*pos])) ++*pos;
  std::string_view w = text.substr(start, *pos - start);
  if (*pos < text.size() && text[*pos] == '.') ++*pos;  // "Sept."
  return w;
}

void skip_spaces(std::string_view text, std::size_t* pos) {
  while (*pos < text.size() && (text[*pos] == ' ' || text[*pos] == '\t')) ++*pos;
}

// Month and day (either order) and an optional year at text[*pos]; false when
// there is no month and day.
bool read_month_day_year(std::string_view text, std::size_t* pos, int* month, int* day, int* year) {
  std::size_t p = *pos;
  *year = 0;
  int d = read_number(text, &p, 2);
  if (d > 0) {  // "29 March 2022"
    skip_spaces(text, &p);
    *month = month_number(read_word(text, &p));
    if (*month == 0) return false;
    *day = d;
  } else {  // "March 29, 2022"
    *month = month_number(read_word(text, &p));
    if (*month == 0) return false;
    skip_spaces(text, &p);
    *day = read_number(text, &p, 2);
    if (*day <= 0) return false;
    if (p < text.size() && is_ascii_digit(text[p])) return false;
  }
  std::size_t after_day = p;
  if (p < text.size() && text[p] == ',') ++p;
  skip_spaces(text, &p);
  std::size_t year_start = p;
  int y = read_number(text, &p, 4);
  if (y >= 1000 && p - year_start == 4 && (p == text.size() || !is_ascii_digit(text[p]))) {
    *year = y;
  } else {
    p = after_day;
  }
  *pos = p;
  return true;
}

// The length of a dash separator at text[pos] (" - ", "--", "–", "—"), else 0.
std::size_t dash_at(std::string_view text, std::size_t pos) {
  std::string_view rest = text.substr(pos);
  if (rest.substr(0, 2) == "--") return 2;
  if (rest.substr(0, 1) == "-") return 1;
  if (rest.substr(0, 3) == "\xE2\x80\x93" || rest.substr(0, 3) == "\xE2\x80\x94") return 3;
  return 0;
}

}  // namespace

std::string iso_date_prefix(std::string_view text) {
  std::size_t p = 0;
  std::size_t start = p;
  int y = read_number(text, &p, 4);
  if (y < 0 || p - start != 4) return "";
  bool dashed = p < text.size() && text[p] == '-';
  if (dashed) ++p;
  start = p;
  int m = read_number(text, &p, 2);
  if (m < 0 || p - start != 2) return "";
  if (dashed) {
    if (p >= text.size() || text[p] != '-') return "";
    ++p;
  }
  start = p;
  int d = read_number(text, &p, 2);
  if (d < 0 || p - start != 2) return "";
  if (p < text.size() && is_ascii_digit(text[p])) return "";
  return format_ymd(y, m, d);
}

std::string exact_iso_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  if (text.size() != 8 && text.size() != 10) return "";
  return iso_date_prefix(text);
}

int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  std::string lower;
  for (char c : word) lower += ascii_lower(c);
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    std::string_view full = kMonths[i];
    if (lower == full || lower == full.substr(0, 3) || (i == 8 && lower == "sept")) {
      return static_cast<int>(i + 1);
    }
  }
  return 0;
}

std::string written_date(std::string_view text) {
  std::string iso = iso_date_prefix(text);
  if (!iso.empty()) return iso;
  std::size_t p = 0;
  int month = 0, day = 0, year = 0;
  if (!read_month_day_year(text, &p, &month, &day, &year) || year == 0) return "";
  return format_ymd(year, month, day);
}

std::string dateline_date(std::string_view text, int year) {
  std::size_t p = 0;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\n' || text[p] == '\r' || text[p] == '\t')) ++p;
  text = text.substr(p, 160);
  // The place: up to the first comma, at most 40 bytes, no digits, no line break.
  std::size_t comma = text.find(',');
  if (comma == std::string_view::npos || comma == 0 || comma > 40) return "";
  for (std::size_t i = 0; i < comma; ++i) {
    if (is_ascii_digit(text[i]) || text[i] == '\n' || text[i] == '.') return "";
  }
  // The date follows the first comma, or a second one ("ROME, Italy, March 3").
  for (std::size_t start = comma + 1, tries = 0; tries < 2; ++tries) {
    p = start;
    skip_spaces(text, &p);
    int month = 0, day = 0, y = 0;
    if (read_month_day_year(text, &p, &month, &day, &y)) {
      skip_spaces(text, &p);
      if (p < text.size() && text[p] == '(') {  // "(Reuters)"
        std::size_t close = text.find(')', p);
        if (close == std::string_view::npos || close - p > 30) return "";
        p = close + 1;
        skip_spaces(text, &p);
      }
      if (dash_at(text, p) == 0) return "";
      return format_ymd(y != 0 ? y : year, month, day);
    }
    std::size_t next = text.find(',', start);
    if (next == std::string_view::npos || next - start > 30) return "";
    start = next + 1;
  }
  return "";
}

int year_of(std::string_view iso) {
  if (iso.size() < 4) return 0;
  int y = 0;
  for (char c : iso.substr(0, 4)) {
    if (!is_ascii_digit(c)) return 0;
    y = y * 10 + (c - '0');
  }
  return y;
}

}  // namespace parley
