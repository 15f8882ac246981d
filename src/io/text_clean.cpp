#include "io/text_clean.h"

#include <array>
#include <unordered_set>

#include "io/text_dates.h"
#include "text/utf8.h"
#include "util/strings.h"

namespace parley {
namespace {

// Notices that web pages wrap around a story; matched case-insensitively at the
// start of a short line.
constexpr std::array<std::string_view, 16> kNoticePrefixes = {
    "powered by automated translation", "automated translation", "live updates:",
    "live updates -", "updated:", "published:", "last updated", "read more:",
    "advertisement", "sign up for", "subscribe to", "follow us on", "share this article",
    "all rights reserved", "copyright ", "\xC2\xA9"};
// Stamps whose date is the page's date.
constexpr std::array<std::string_view, 4> kDatePrefixes = {"updated:", "published:", "last updated:",
                                                           "last updated on"};
constexpr std::size_t kMaxNoticeBytes = 120;

std::string lower_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out += internal::ascii_lower(c);
  return out;
}

}  // namespace

std::size_t repair_utf8(std::string* text, std::size_t* first_bad) {
  std::size_t pos = 0;
  // Fast path: find the first invalid byte without copying.
  while (pos < text->size()) {
    if (static_cast<unsigned char>((*text)[pos]) < 0x80) {
      ++pos;
      continue;
    }
    internal::CodePoint cp = internal::decode_utf8(*text, pos);
    if (!cp.valid) break;
    pos += cp.length;
  }
  if (pos >= text->size()) return 0;
  if (first_bad) *first_bad = pos;
  std::string out(*text, 0, pos);
  std::size_t replaced = 0;
  while (pos < text->size()) {
    internal::CodePoint cp = internal::decode_utf8(*text, pos);
    if (cp.valid) {
      out.append(*text, pos, cp.length);
    } else {
      out += "\xEF\xBF\xBD";
      ++replaced;
    }
    pos += cp.length;
  }
  *text = std::move(out);
  return replaced;
}

bool looks_binary(std::string_view head) {
  std::size_t control = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return head.size() >= 32 && control * 10 > head.size();
}

CleanedText drop_boilerplate(std::string_view text) {
  CleanedText out;
  out.text.reserve(text.size());
  std::unordered_set<std::string_view> seen;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view line = text.substr(start, end - start);
    std::string_view body = trim(line);
    bool drop = false;
    if (!body.empty() && body.size() <= kMaxNoticeBytes) {
      std::string lower = lower_ascii(body);
      for (std::string_view p : kNoticePrefixes) drop = drop || starts_with(lower, p);
      for (std::string_view p : kDatePrefixes) {
        if (!starts_with(lower, p) || !out.date.empty()) continue;
        std::string_view rest = trim(body.substr(p.size()));
        if (!rest.empty() && (rest[0] == ':' || rest[0] == '-')) rest = trim(rest.substr(1));
        out.date = written_date(rest);
      }
    }
    if (!drop && !body.empty()) drop = !seen.insert(body).second;  // a repeated line
    if (drop) {
      ++out.dropped;
      if (nl != std::string_view::npos) out.text += '\n';  // keep the line count
    } else {
      out.text.append(line);
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

}  // namespace parley
