#include "dict/discards.h"

#include <algorithm>

#include <utility>

#include "dict/dict_text.h"
#include "util/file.h"

namespace parley {
namespace {

using dict_text::quote;
using dict_text::trim;

void report(Diagnostics* diags, const std::string& name, int line, std::string message) {
  if (diags != nullptr) diags->push_back({name, line, std::move(message)});
}

void parse_discard_line(std::string_view text, const std::string& name, int line, DiscardList* list,
                        Diagnostics* diags) {
  DiscardEntry entry;
  if (text[0] == '+') {
    entry.whole_story = true;
    text = trim(text.substr(1));
  }
  if (text.find_first_of("[]{}") != std::string_view::npos) {
    report(diags, name, line,
           "unexpected bracket in discard phrase " + quote(text) +
               " (discards take no code: expected 'PHRASE' or '+PHRASE'); line skipped");
    return;
  }
  // A final '_' asks for a whole-word end; earlier ones separate words.
  entry.word_end = !text.empty() && text.back() == '_';
  entry.phrase = dict_text::normalize_phrase(text);
  if (entry.phrase.empty()) {
    report(diags, name, line,
           "empty discard phrase (expected 'PHRASE' or '+PHRASE'); line skipped");
    return;
  }
  entry.file = name;
  entry.line = line;
  list->entries.push_back(std::move(entry));
}

}  // namespace

namespace {

std::size_t key_of(unsigned char first, unsigned char second) { return (first << 8) | second; }

}  // namespace

void DiscardList::build_index() {
  by_first_.assign(1 << 16, {});
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string& p = entries[i].phrase;
    unsigned char first = p.empty() ? 0 : static_cast<unsigned char>(p[0]);
    unsigned char second = p.size() < 2 ? 0 : static_cast<unsigned char>(p[1]);
    by_first_[key_of(first, second)].push_back(static_cast<std::uint32_t>(i));
  }
  indexed_ = entries.size();
}

const DiscardEntry* DiscardList::find(std::string_view text) const {
  const bool indexed = indexed_ == entries.size() && !by_first_.empty();
  std::size_t best = entries.size();
  auto try_entry = [&](std::size_t i, std::size_t pos) {
    const DiscardEntry& entry = entries[i];
    const std::size_t end = dict_text::match_phrase_at(text, pos, entry.phrase);
    if (end == std::string_view::npos) return;
    if (entry.word_end && end < text.size() && dict_text::is_word_char(text[end])) return;
    best = std::min(best, i);
  };
  auto try_bucket = [&](std::size_t key, std::size_t pos) {
    for (std::uint32_t i : by_first_[key]) {
      if (i < best) try_entry(i, pos);
    }
  };
  // Word starts: the first character, and any after a non-word character.
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (dict_text::is_blank(text[pos])) continue;
    if (pos != 0 && dict_text::is_word_char(text[pos - 1])) continue;
    const auto first = static_cast<unsigned char>(dict_text::upper(text[pos]));
    if (indexed) {
      try_bucket(key_of(first, 0), pos);  // one-character phrases
      if (pos + 1 < text.size()) {
        try_bucket(key_of(first, static_cast<unsigned char>(dict_text::upper(text[pos + 1]))), pos);
        // A phrase's blank may stand for several blanks in the text.
        if (text[pos + 1] != ' ' && dict_text::is_blank(text[pos + 1])) try_bucket(key_of(first, ' '), pos);
      }
      continue;
    }
    for (std::size_t i = 0; i < best; ++i) {
      if (!entries[i].phrase.empty() && static_cast<unsigned char>(entries[i].phrase[0]) == first) {
        try_entry(i, pos);
      }
    }
  }
  return best < entries.size() ? &entries[best] : nullptr;
}

void parse_discards(std::string_view content, const std::string& name, DiscardList* list,
                    Diagnostics* diags) {
  dict_text::TextLines lines(content);
  dict_text::XmlCommentStripper xml;
  std::string_view raw;
  while (lines.next(&raw)) {
    const std::string_view text = trim(dict_text::cut_comment(xml.strip(raw, lines.number()), "#"));
    if (text.empty() || text[0] == '<') continue;
    parse_discard_line(text, name, lines.number(), list, diags);
  }
  if (xml.open()) {
    report(diags, name, xml.opened_at(),
           "'<!--' comment is never closed (expected '-->'); the rest of the file was read as "
           "comment");
  }  list->build_index();
}

Status read_discards(const std::string& path, DiscardList* list, Diagnostics* diags) {
  return read_and_parse(path, [&](std::string_view content) { parse_discards(content, path, list, diags); });
}

}  // namespace parley
