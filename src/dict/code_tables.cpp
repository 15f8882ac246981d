#include "dict/code_tables.h"

#include "ontology/cameo.h"
#include "util/file.h"
#include "util/strings.h"

namespace parley {
namespace {

bool is_code(std::string_view code) { return find_cameo(code) != nullptr; }

void report(Diagnostics* diags, const std::string& name, int line, const std::string& message) {
  if (diags != nullptr) diags->push_back({name, line, message});
}

}  // namespace

std::optional<std::string> CodeMap::find(const std::string& code) const {
  // "0872", then "087", then the root's unspecified code "080".
  std::vector<std::string> tries{code};
  for (std::string c = code; c.size() > 3;) {
    c.pop_back();
    tries.push_back(c);
  }
  if (code.size() >= 2) tries.push_back(code.substr(0, 2) + "0");
  for (const std::string& c : tries) {
    auto it = to.find(c);
    if (it != to.end()) return it->second;
  }
  return std::nullopt;
}

void parse_phrase_codes(std::string_view content, const std::string& name, PhraseCodeTable* table,
                        Diagnostics* diags) {
  table->file = name;
  for_each_line(content, [&](std::string_view raw, int line) {
    std::string_view text = strip_comment(raw);
    if (text.empty()) return;
    std::size_t open = text.find('['), close = text.find(']');
    std::string_view code = open == std::string_view::npos || close == std::string_view::npos || close < open
                                ? std::string_view()
                                : trim(text.substr(open + 1, close - open - 1));
    if (code.empty() || !is_code(code) || !trim(text.substr(close + 1)).empty()) {
      report(diags, name, line, "expected 'WORDS [CODE]' with a CAMEO code; line skipped");
      return;
    }
    CodedPhrase p;
    for (std::string_view w : split_any(text.substr(0, open), " \t_")) p.words.push_back(to_upper(w));
    if (p.words.empty()) {
      report(diags, name, line, "no words before [" + std::string(code) + "]; line skipped");
      return;
    }
    p.code = std::string(code);
    p.line = line;
    table->phrases.push_back(std::move(p));
  });
}

Status read_phrase_codes(const std::string& path, PhraseCodeTable* table, Diagnostics* diags) {
  return read_and_parse(path, [&](std::string_view content) { parse_phrase_codes(content, path, table, diags); });
}

void parse_code_map(std::string_view content, const std::string& name, CodeMap* map, Diagnostics* diags) {
  map->file = name;
  for_each_line(content, [&](std::string_view raw, int line) {
    std::string_view text = strip_comment(raw);
    if (text.empty()) return;
    std::vector<std::string_view> parts = split_any(text, " \t");
    if (parts.size() != 2 || !is_code(parts[0]) || !(is_code(parts[1]) || parts[1] == "---")) {
      report(diags, name, line, "expected 'CODE CODE' (two CAMEO codes, or CODE ---); line skipped");
      return;
    }
    auto [it, fresh] = map->to.emplace(std::string(parts[0]), std::string(parts[1]));
    if (!fresh) report(diags, name, line, "code " + it->first + " is listed twice; the first entry is kept");
  });
}

Status read_code_map(const std::string& path, CodeMap* map, Diagnostics* diags) {
  return read_and_parse(path, [&](std::string_view content) { parse_code_map(content, path, map, diags); });
}

}  // namespace parley
