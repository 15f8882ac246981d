#include "dict/agents.h"

#include <unordered_map>
#include <utility>

#include "dict/dict_text.h"
#include "util/file.h"

namespace parley {
namespace {

using dict_text::quote;
using dict_text::trim;

// Bounds the forms one line may expand to (several markers multiply).
constexpr std::size_t kMaxForms = 1000;
constexpr std::string_view kLineForm = "(expected 'PHRASE {PLURALS} [~CODE]' or 'PHRASE [CODE~]')";

struct AgentCode {
  std::string code;
  bool prefix = false;
};

class AgentParser {
 public:
  AgentParser(const std::string& name, AgentDictionary* dict, Diagnostics* diags)
      : name_(name), dict_(dict), diags_(diags) {}

  void parse(std::string_view content) {
    dict_text::TextLines lines(content);
    dict_text::XmlCommentStripper xml;
    std::string_view raw;
    while (lines.next(&raw)) {
      std::string_view text = trim(dict_text::cut_comment(xml.strip(raw, lines.number()), "#"));
      if (!text.empty() && text[0] != '<') parse_line(text, lines.number());
    }
    if (xml.open()) {
      report(xml.opened_at(),
             "'<!--' comment is never closed (expected '-->'); the rest of the "
             "file was read as comment");
    }
  }

 private:
  void parse_line(std::string_view text, int line) {
    const std::size_t bracket = text.find('[');
    if (text[0] == '!' && text.substr(0, bracket).find('=') != std::string_view::npos) {
      declare_marker(text, line);
      return;
    }
    if (bracket == std::string_view::npos) {
      report(line,
             "code missing for " + quote(text) + " " + std::string(kLineForm) + "; line skipped");
      return;
    }
    const std::size_t close = text.find(']', bracket);
    if (close == std::string_view::npos) {
      report(line, "unterminated '[' in " + quote(text.substr(bracket)) +
                       " (expected ']' after the code); line skipped");
      return;
    }
    AgentCode code;
    if (!parse_code(text.substr(bracket + 1, close - bracket - 1), line, &code)) return;
    const std::string_view after = trim(text.substr(close + 1));
    if (!after.empty()) {
      report(line, "unexpected text " + quote(after) +
                       " after the code (comments start with '#'); ignored");
    }
    parse_phrases(trim(text.substr(0, bracket)), code, line);
  }

  bool parse_code(std::string_view inside, int line, AgentCode* out) {
    inside = trim(inside);
    if (!inside.empty() && inside.front() == '~') {
      out->code = std::string(trim(inside.substr(1)));
    } else if (!inside.empty() && inside.back() == '~') {
      out->code = std::string(trim(inside.substr(0, inside.size() - 1)));
      out->prefix = true;
    } else {
      report(line, "agent code " + quote(inside) +
                       " has no '~' (expected '~CODE' to follow the actor code or 'CODE~' to "
                       "precede it); line skipped");
      return false;
    }
    if (out->code.empty() || out->code.find_first_of(" \t~") != std::string::npos) {
      report(line, "code missing or malformed in '[" + std::string(inside) + "]' " +
                       std::string(kLineForm) + "; line skipped");
      return false;
    }
    return true;
  }

  // `head` is everything before the '[': the phrase and an optional {PLURALS}.
  void parse_phrases(std::string_view head, const AgentCode& code, int line) {
    std::string_view phrase = head;
    std::vector<std::string_view> plurals;
    const bool explicit_plurals = head.find('{') != std::string_view::npos;
    if (explicit_plurals) {
      const std::size_t open = head.find('{');
      const std::size_t close = head.find('}', open);
      if (close == std::string_view::npos) {
        report(line, "unterminated '{' in " + quote(head) +
                         " (expected '}' after the plurals); "
                         "line skipped");
        return;
      }
      if (!trim(head.substr(close + 1)).empty()) {
        report(line, "unexpected text " + quote(head.substr(close + 1)) +
                         " between '}' and the code; ignored");
      }
      phrase = trim(head.substr(0, open));
      split_blanks(head.substr(open + 1, close - open - 1), &plurals);
    }
    if (phrase.empty() || phrase.find_first_not_of('_') == std::string_view::npos) {
      report(line, "empty phrase before the code " + std::string(kLineForm) + "; line skipped");
      return;
    }
    if (phrase.find('}') != std::string_view::npos) {
      report(line, "'}' without '{' in " + quote(phrase) + "; line skipped");
      return;
    }
    if (phrase.find('!') != std::string_view::npos) {
      // Substituted forms are taken as written: no automatic plurals.
      std::vector<std::string> forms;
      if (!substitute(phrase, line, &forms)) return;
      for (std::string_view plural : plurals) {
        if (!substitute(plural, line, &forms)) return;
      }
      for (const std::string& form : forms) add_form(form, code, line);
      return;
    }
    add_form(phrase, code, line);
    for (std::string_view plural : plurals) add_form(plural, code, line);
    // A trailing '_' stops automatic plurals, as in the verb dictionary.
    if (!explicit_plurals && phrase.back() != '_') add_form(phrase, code, line, true);
  }

  void add_form(std::string_view form, const AgentCode& code, int line, bool pluralize = false) {
    AgentEntry entry;
    dict_text::split_words(form, &entry.words);
    if (entry.words.empty()) return;
    if (pluralize) entry.words.back() = dict_text::plural_of(entry.words.back());
    entry.code = code.code;
    entry.prefix = code.prefix;
    entry.file = name_;
    entry.line = line;
    dict_->entries.push_back(std::move(entry));
  }

  // "!NAME! = A, B, C"
  void declare_marker(std::string_view text, int line) {
    const std::size_t close = text.find('!', 1);
    const std::size_t equals = text.find('=');
    if (close == std::string_view::npos || close > equals || close == 1 ||
        !trim(text.substr(close + 1, equals - close - 1)).empty()) {
      report(line, "malformed substitution set " + quote(text) +
                       " (expected '!NAME! = A, B, ...'); line skipped");
      return;
    }
    std::vector<std::string> items;
    std::string_view list = text.substr(equals + 1);
    while (true) {
      const std::size_t comma = list.find(',');
      const std::string_view item = trim(list.substr(0, comma));
      if (item.find_first_of("!=[]{}") != std::string_view::npos) {
        report(line, "substitution item " + quote(item) +
                         " holds one of '!=[]{}' (expected plain words); line skipped");
        return;
      }
      if (!item.empty()) items.emplace_back(item);
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
    if (items.empty()) {
      report(line, "substitution set " + quote(text.substr(0, close + 1)) +
                       " has no items (expected '!NAME! = A, B, ...'); line skipped");
      return;
    }
    markers_[dict_text::normalize_phrase(text.substr(1, close - 1))] = std::move(items);
  }

  // Appends `phrase` with every !MARKER! replaced by each item of its set; false
  // after a report, also when `out` would pass kMaxForms.
  bool substitute(std::string_view phrase, int line, std::vector<std::string>* out) {
    std::vector<std::string> partial{std::string()};
    std::size_t pos = 0;
    while (pos < phrase.size()) {
      const std::size_t open = phrase.find('!', pos);
      const std::string_view literal = phrase.substr(pos, open - pos);
      for (std::string& form : partial) form += literal;
      if (open == std::string_view::npos) break;
      const std::size_t close = phrase.find('!', open + 1);
      if (close == std::string_view::npos) {
        report(line, "unterminated substitution marker in " + quote(phrase) +
                         " (expected '!NAME!'); line skipped");
        return false;
      }
      const std::string name =
          dict_text::normalize_phrase(phrase.substr(open + 1, close - open - 1));
      const auto found = markers_.find(name);
      if (found == markers_.end()) {
        report(line, "unknown substitution marker '!" + name + "!' in " + quote(phrase) +
                         " (declare it before use: '!" + name + "! = A, B'); line skipped");
        return false;
      }
      if (out->size() + partial.size() * found->second.size() > kMaxForms) {
        report(line, "substitution markers in " + quote(phrase) + " expand to more than " +
                         std::to_string(kMaxForms) + " forms; line skipped");
        return false;
      }
      std::vector<std::string> next;
      next.reserve(partial.size() * found->second.size());
      for (const std::string& form : partial) {
        for (const std::string& item : found->second) next.push_back(form + item);
      }
      partial = std::move(next);
      pos = close + 1;
    }
    for (std::string& form : partial) out->push_back(std::move(form));
    return true;
  }

  static void split_blanks(std::string_view text, std::vector<std::string_view>* out) {
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && dict_text::is_blank(text[i])) ++i;
      const std::size_t start = i;
      while (i < text.size() && !dict_text::is_blank(text[i])) ++i;
      if (i > start) out->push_back(text.substr(start, i - start));
    }
  }

  void report(int line, std::string message) {
    if (diags_ != nullptr) diags_->push_back({name_, line, std::move(message)});
  }

  const std::string& name_;
  AgentDictionary* dict_;
  Diagnostics* diags_;
  std::unordered_map<std::string, std::vector<std::string>> markers_;  // by uppercase name
};

}  // namespace

void parse_agents(std::string_view content, const std::string& name, AgentDictionary* dict,
                  Diagnostics* diags) {
  AgentParser(name, dict, diags).parse(content);
}

Status read_agents(const std::string& path, AgentDictionary* dict, Diagnostics* diags) {
  return read_and_parse(path, [&](std::string_view content) { parse_agents(content, path, dict, diags); });
}

}  // namespace parley
