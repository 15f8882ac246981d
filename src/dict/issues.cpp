#include "dict/issues.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "dict/dict_text.h"
#include "util/file.h"

namespace parley {
namespace {

using dict_text::quote;
using dict_text::trim;

// Bounds the forms one line may expand to ('+', n: and v: multiply).
constexpr std::size_t kMaxForms = 256;
constexpr std::string_view kTooMany = "more than 256 forms from '+', n: and v: on the line";
constexpr std::string_view kOpeners = "\"([{`";
constexpr std::string_view kClosers = ",;:!?\")]}";

std::uint32_t index_key(char first, char second) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(first)) << 8 |
         static_cast<unsigned char>(second);
}

// Where a ' '-padded phrase could start: the text start, after a blank or an
// opening bracket or quote (a "'" only when it opens a quotation).
bool is_phrase_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  const char prev = text[pos - 1];
  if (dict_text::is_blank(prev) || kOpeners.find(prev) != std::string_view::npos) return true;
  return prev == '\'' && (pos == 1 || dict_text::is_blank(text[pos - 2]));
}

// Where it could end: the text end, a blank, punctuation, or a '.' or "'" that
// does not continue the word ("E.U.," and "oil." end; "oil's" does not).
bool is_phrase_end(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  const char c = text[end];
  if (dict_text::is_blank(c) || kClosers.find(c) != std::string_view::npos) return true;
  return (c == '.' || c == '\'') &&
         (end + 1 == text.size() || !dict_text::is_word_char(text[end + 1]));
}

// "N:" or "V:" starting a word (or the part after a '+' hyphen).
bool is_form_marker(const std::string& s, std::size_t i) {
  return (s[i] == 'N' || s[i] == 'V') && i + 1 < s.size() && s[i + 1] == ':' &&
         (i == 0 || s[i - 1] == ' ' || s[i - 1] == '-');
}

// Every '+' becomes ' ' and '-'. False when the forms would exceed kMaxForms.
bool expand_joins(const std::string& phrase, std::vector<std::string>* out) {
  std::vector<std::string> partial{std::string()};
  for (char c : phrase) {
    if (c != '+') {
      for (std::string& form : partial) form.push_back(c);
      continue;
    }
    if (partial.size() * 2 > kMaxForms) return false;
    const std::size_t count = partial.size();
    for (std::size_t i = 0; i < count; ++i) {
      partial.push_back(partial[i] + '-');
      partial[i].push_back(' ');
    }
  }
  *out = std::move(partial);
  return true;
}

// Expands the n: and v: markers of `form`, appending to `out`; "" on success,
// else the problem.
std::string expand_word_forms(const std::string& form, std::vector<std::string>* out) {
  std::vector<std::string> partial{std::string()};
  std::size_t pos = 0;
  while (pos < form.size()) {
    std::size_t marker = pos;
    while (marker < form.size() && !is_form_marker(form, marker)) ++marker;
    for (std::string& p : partial) p.append(form, pos, marker - pos);
    if (marker >= form.size()) break;
    const std::size_t start = marker + 2;
    const std::size_t end = std::min(form.find(' ', start), form.size());
    const std::string word = form.substr(start, end - start);
    if (word.empty()) return std::string("nothing after '") + form[marker] + ":'";
    std::vector<std::string> alternatives{word};
    if (form[marker] == 'N') {
      alternatives.push_back(dict_text::plural_of(word));
    } else {
      for (std::string& verb : dict_text::verb_forms(word)) alternatives.push_back(std::move(verb));
    }
    if (partial.size() * alternatives.size() > kMaxForms) return std::string(kTooMany);
    std::vector<std::string> next;
    for (const std::string& p : partial) {
      for (const std::string& alternative : alternatives) next.push_back(p + alternative);
    }
    partial = std::move(next);
    pos = end;
  }
  for (std::string& p : partial) out->push_back(std::move(p));
  return "";
}

std::string entry_key(const IssueEntry& entry) {
  return (entry.ignore ? "~" : entry.code) + '\n' + entry.phrase;
}

class IssueParser {
 public:
  IssueParser(const std::string& name, IssueDictionary* dict, Diagnostics* diags)
      : name_(name), dict_(dict), diags_(diags) {
    for (const IssueEntry& entry : dict->entries) seen_.insert(entry_key(entry));
  }

  void parse(std::string_view content) {
    dict_text::TextLines lines(content);
    dict_text::XmlCommentStripper xml;
    std::string_view raw;
    while (lines.next(&raw)) {
      std::string_view text = trim(dict_text::cut_comment(xml.strip(raw, lines.number()), "#"));
      if (text.empty()) continue;
      if (text[0] == '<') {
        read_tag(text);
      } else {
        parse_line(text, lines.number());
      }
    }
    if (xml.open()) {
      report(xml.opened_at(),
             "'<!--' comment is never closed (expected '-->'); the rest of the "
             "file was read as comment");
    }
  }

 private:
  // <ISSUE CATEGORY="NAME" ...> opens a category, </ISSUE> closes it.
  void read_tag(std::string_view text) {
    const std::string tag = dict_text::normalize_phrase(text);
    if (tag.rfind("</", 0) == 0) {
      category_.clear();
      return;
    }
    const std::size_t at = tag.find("CATEGORY=\"");
    if (at == std::string::npos) return;
    const std::size_t start = at + 10;
    category_ = tag.substr(start, tag.find('"', start) - start);
  }

  void parse_line(std::string_view text, int line) {
    IssueEntry proto;
    std::string_view phrase;
    if (text[0] == '~') {
      proto.ignore = true;
      proto.story_ignore = text.size() > 1 && text[1] == '~';
      phrase = trim(text.substr(proto.story_ignore ? 2 : 1));
      if (phrase.find_first_of("[]") != std::string_view::npos) {
        report(line, "ignore phrase " + quote(text) +
                         " holds a bracket (expected '~phrase' or '~~phrase', no code); line "
                         "skipped");
        return;
      }
    } else if (!read_code(text, line, &proto.code, &phrase)) {
      return;
    }
    proto.category = category_;
    proto.file = name_;
    proto.line = line;
    add_forms(dict_text::normalize_phrase(phrase), proto, line);
  }

  // "phrase [CODE]": the code and the phrase, or false after a report.
  bool read_code(std::string_view text, int line, std::string* code, std::string_view* phrase) {
    const std::size_t bracket = text.find('[');
    if (bracket == std::string_view::npos) {
      report(line, "code missing for " + quote(text) +
                       " (expected 'phrase [CODE]' or '~phrase'); line skipped");
      return false;
    }
    const std::size_t close = text.find(']', bracket);
    if (close == std::string_view::npos) {
      report(line, "unterminated '[' in " + quote(text.substr(bracket)) +
                       " (expected ']' after the code); line skipped");
      return false;
    }
    *code = std::string(trim(text.substr(bracket + 1, close - bracket - 1)));
    if (code->empty() || code->find_first_of(" \t[") != std::string::npos) {
      report(line, "code missing or malformed in " +
                       quote(text.substr(bracket, close - bracket + 1)) +
                       " (expected 'phrase [CODE]'); line skipped");
      return false;
    }
    const std::string_view after = trim(text.substr(close + 1));
    if (!after.empty()) {
      report(line, "unexpected text " + quote(after) +
                       " after the code (one entry per line; comments start with '#'); ignored");
    }
    *phrase = trim(text.substr(0, bracket));
    return true;
  }

  void add_forms(const std::string& phrase, const IssueEntry& proto, int line) {
    if (phrase.empty()) {
      report(line, "empty phrase (expected 'phrase [CODE]' or '~phrase'); line skipped");
      return;
    }
    std::vector<std::string> joined;
    std::vector<std::string> forms;
    if (!expand_joins(phrase, &joined)) {
      report(line, std::string(kTooMany) + "; line skipped");
      return;
    }
    for (const std::string& form : joined) {
      std::string problem = expand_word_forms(form, &forms);
      if (problem.empty() && forms.size() > kMaxForms) problem = kTooMany;
      if (!problem.empty()) {
        if (problem != kTooMany) {
          problem += " in " + quote(phrase) + " (expected 'n:WORD' or 'v:WORD')";
        }
        report(line, problem + "; line skipped");
        return;
      }
    }
    for (const std::string& form : forms) {
      IssueEntry entry = proto;
      entry.phrase = dict_text::normalize_phrase(form);
      if (entry.phrase.empty() || !seen_.insert(entry_key(entry)).second) continue;
      dict_->entries.push_back(std::move(entry));
    }
  }

  void report(int line, std::string message) {
    if (diags_ != nullptr) diags_->push_back({name_, line, std::move(message)});
  }

  const std::string& name_;
  IssueDictionary* dict_;
  Diagnostics* diags_;
  std::string category_;
  std::unordered_set<std::string> seen_;  // entry_key of every entry: duplicates are dropped
};

}  // namespace

void IssueDictionary::build_index() {
  index_.clear();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string& phrase = entries[i].phrase;
    if (phrase.empty()) continue;
    index_[index_key(phrase[0], phrase.size() > 1 ? phrase[1] : '\0')].push_back(
        static_cast<std::uint32_t>(i));
  }
  indexed_count_ = entries.size();
}

std::vector<std::pair<std::string, int>> IssueDictionary::match(std::string_view text) const {
  std::vector<std::pair<std::string, int>> counts;
  bool ignored = false;
  auto try_entry = [&](const IssueEntry& entry, std::size_t pos) {
    const std::size_t end = dict_text::match_phrase_at(text, pos, entry.phrase);
    if (end == std::string_view::npos || !is_phrase_end(text, end)) return;
    if (entry.ignore) {
      ignored = true;
      return;
    }
    for (auto& [code, count] : counts) {
      if (code == entry.code) {
        ++count;
        return;
      }
    }
    counts.emplace_back(entry.code, 1);
  };
  const bool indexed = indexed_count_ == entries.size();
  for (std::size_t pos = 0; pos < text.size() && !ignored; ++pos) {
    if (dict_text::is_blank(text[pos]) || !is_phrase_start(text, pos)) continue;
    const char first = dict_text::upper(text[pos]);
    if (!indexed) {
      for (const IssueEntry& entry : entries) {
        if (!entry.phrase.empty() && entry.phrase[0] == first) try_entry(entry, pos);
      }
      continue;
    }
    char second = pos + 1 < text.size() ? dict_text::upper(text[pos + 1]) : '\0';
    if (dict_text::is_blank(second)) second = ' ';
    for (char key_second : {second, '\0'}) {
      const auto found = index_.find(index_key(first, key_second));
      if (found == index_.end()) continue;
      for (std::uint32_t i : found->second) try_entry(entries[i], pos);
      if (second == '\0') break;  // both keys are the same
    }
  }
  if (ignored) counts.clear();
  return counts;
}

void parse_issues(std::string_view content, const std::string& name, IssueDictionary* dict,
                  Diagnostics* diags) {
  IssueParser(name, dict, diags).parse(content);
  dict->build_index();
}

Status read_issues(const std::string& path, IssueDictionary* dict, Diagnostics* diags) {
  return read_and_parse(path, [&](std::string_view content) { parse_issues(content, path, dict, diags); });
}

}  // namespace parley
