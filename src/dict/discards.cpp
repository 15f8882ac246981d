#include "dict/discards.h"

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

const DiscardEntry* DiscardList::find(std::string_view text) const {
  // Word starts: the first character, and any after a non-word character.
  std::vector<std::size_t> starts;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (dict_text::is_blank(text[pos])) continue;
    if (pos == 0 || !dict_text::is_word_char(text[pos - 1])) starts.push_back(pos);
  }
  for (const DiscardEntry& entry : entries) {
    const char first = entry.phrase.empty() ? '\0' : entry.phrase[0];
    for (std::size_t pos : starts) {
      if (dict_text::upper(text[pos]) != first) continue;
      const std::size_t end = dict_text::match_phrase_at(text, pos, entry.phrase);
      if (end == std::string_view::npos) continue;
      if (entry.word_end && end < text.size() && dict_text::is_word_char(text[end])) continue;
      return &entry;
    }
  }
  return nullptr;
}

void parse_discards(std::string_view content, const std::string& name, DiscardList* list,
                    Diagnostics* diags) {
  dict_text::LineReader lines(content);
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
  }
}

Status read_discards(const std::string& path, DiscardList* list, Diagnostics* diags) {
  Result<std::string> content = read_file(path);
  if (!content.ok()) return content.status();
  parse_discards(*content, path, list, diags);
  return Status::ok_status();
}

}  // namespace parley
