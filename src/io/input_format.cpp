#include "io/input_format.h"

#include <array>
#include <string>
#include <vector>

#include "io/text_clean.h"
#include "text/utf8.h"
#include "util/strings.h"

namespace parley {
namespace {

bool only_blank_or_comments(std::string_view content) {
  bool only = true;
  for_each_line(content, [&only](std::string_view line, int) {
    std::string_view t = trim(line);
    if (!t.empty() && t[0] != '#') only = false;
  });
  return only;
}

bool looks_like_html(std::string_view head) {
  std::string lower;
  lower.reserve(head.size());
  for (char c : head) lower += internal::ascii_lower(c);
  static constexpr std::array<std::string_view, 8> kTags = {
      "<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div", "<meta"};
  for (std::string_view t : kTags) {
    if (lower.find(t) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::string_view input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::kEmpty: return "empty";
    case InputFormat::kBinary: return "binary";
    case InputFormat::kPetrarchXml: return "PETRARCH XML";
    case InputFormat::kHtml: return "HTML";
    case InputFormat::kConllu: return "CoNLL-U";
    case InputFormat::kJsonl: return "JSON Lines";
    case InputFormat::kText: return "text";
  }
  return "";
}

bool has_conllu_word_line(std::string_view content) {
  bool found = false;
  for_each_line(content, [&found](std::string_view line, int) {
    if (found) return;
    std::size_t tabs = 0;
    for (char c : line) tabs += c == '\t';
    if (tabs != 9) return;
    std::string_view id = line.substr(0, line.find('\t'));
    found = !id.empty() && id.find_first_not_of("0123456789-.") == std::string_view::npos &&
            id[0] != '-' && id[0] != '.';
  });
  return found;
}

InputFormat detect_input_format(std::string_view head, bool complete) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);  // UTF-8 BOM
  std::string_view text = trim(head);
  if (text.empty()) return InputFormat::kEmpty;
  if (looks_binary(head)) return InputFormat::kBinary;
  if (text.front() == '<') {
    for (std::string_view tag : {"<Sentence", "<Article", "<Environment"}) {
      if (text.find(tag) != std::string_view::npos) return InputFormat::kPetrarchXml;
    }
    return looks_like_html(text) ? InputFormat::kHtml : InputFormat::kPetrarchXml;
  }
  if (text.front() == '{') return InputFormat::kJsonl;
  if (has_conllu_word_line(head)) return InputFormat::kConllu;
  if (text.front() == '#' && (only_blank_or_comments(head) && complete)) return InputFormat::kConllu;
  return InputFormat::kText;
}

}  // namespace parley
