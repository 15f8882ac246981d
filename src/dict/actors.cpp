#include "dict/actors.h"

#include <algorithm>

#include <utility>

#include "dict/dict_text.h"
#include "util/file.h"

namespace parley {
namespace {

using dict_text::quote;
using dict_text::trim;

constexpr std::string_view kDateForms =
    "(expected '<DATE', '>DATE' or 'DATE-DATE', DATE as YYMMDD or YYYYMMDD)";

// A code is a blank-free token; one starting with a digit or holding '<' / '>'
// is a date written where the code should be ("[950601-990815]").
bool valid_code(std::string_view code) {
  return !code.empty() && !dict_text::is_digit(code[0]) &&
         code.find_first_of("<>") == std::string_view::npos;
}

// Reads one actor file. A group is a primary phrase, its '+' synonyms and the
// codes and date restrictions given on any of their lines; it becomes one
// ActorEntry when the next primary phrase (or the end of the file) is reached.
class ActorParser {
 public:
  ActorParser(const std::string& name, ActorDictionary* dict, Diagnostics* diags)
      : name_(name), dict_(dict), diags_(diags) {}

  void parse(std::string_view content) {
    dict_text::TextLines lines(content);
    dict_text::XmlCommentStripper xml;
    std::string_view raw;
    while (lines.next(&raw)) {
      // ';' is the TABARI comment delimiter still used in the PETRARCH doc examples.
      std::string_view text = trim(dict_text::cut_comment(xml.strip(raw, lines.number()), "#;"));
      if (!text.empty()) parse_line(text, lines.number());
    }
    finish_group();
    if (xml.open()) {
      report(xml.opened_at(),
             "'<!--' comment is never closed (expected '-->'); the rest of the "
             "file was read as comment");
    }
  }

 private:
  void parse_line(std::string_view text, int line) {
    if (text[0] == '<') return;  // a tag or "<! -- ... -->" style comment line
    if (text[0] == '[') {
      if (!open_) {
        report(line, "date restriction " + quote(text) + " before any actor phrase; line skipped");
      } else if (!skip_group_) {
        parse_codes(text, line);
      }
      return;
    }
    if (text[0] == '+') {
      parse_synonym(text.substr(1), line);
      return;
    }
    parse_primary(text, line);
  }

  void parse_primary(std::string_view text, int line) {
    const std::size_t bracket = text.find('[');
    // Code-less phrases listed one after the other share the codes that follow
    // them, as in PETRARCH ("LEONID_BREZHNEV_" / "SECRETARY_BREZHNEV" / tab lines).
    if (open_ && !skip_group_ && !has_codes() && bracket == std::string_view::npos) {
      std::vector<std::string> words;
      if (parse_phrase(text, line, &words)) entry_.phrases.push_back(std::move(words));
      return;
    }
    finish_group();
    entry_ = ActorEntry{};
    entry_.file = name_;
    entry_.line = line;
    open_ = true;
    skip_group_ = false;
    reported_ = false;
    std::vector<std::string> words;
    if (!parse_phrase(text.substr(0, bracket), line, &words)) {
      skip_group_ = true;  // its synonyms and restrictions go with it
      return;
    }
    entry_.phrases.push_back(std::move(words));
    if (bracket != std::string_view::npos) parse_codes(text.substr(bracket), line);
  }

  void parse_synonym(std::string_view text, int line) {
    if (!open_) {
      report(line, "'+' synonym " + quote(text) + " before any primary phrase; line skipped");
      return;
    }
    if (skip_group_) return;
    const std::size_t bracket = text.find('[');
    std::vector<std::string> words;
    if (!parse_phrase(text.substr(0, bracket), line, &words)) return;
    entry_.phrases.push_back(std::move(words));
    if (bracket != std::string_view::npos) parse_codes(text.substr(bracket), line);
  }

  bool parse_phrase(std::string_view text, int line, std::vector<std::string>* words) {
    if (text.find_first_of("]{}") != std::string_view::npos) {
      report(line, "unexpected bracket in phrase " + quote(text) +
                       " (expected words, then the code in '[CODE]'); line skipped");
      return false;
    }
    dict_text::split_words(text, words);
    if (words->empty()) {
      report(line, "empty phrase (expected words separated by blanks or '_'); line skipped");
      return false;
    }
    return true;
  }

  // `text` starts at a '['; it holds one or more "[...]" groups.
  void parse_codes(std::string_view text, int line) {
    std::size_t pos = 0;
    while (true) {
      while (pos < text.size() && dict_text::is_blank(text[pos])) ++pos;
      if (pos >= text.size()) return;
      if (text[pos] != '[') {
        report(line, "unexpected text " + quote(text.substr(pos)) +
                         " after the code (comments start with '#'); ignored");
        return;
      }
      const std::size_t close = text.find(']', pos);
      const std::size_t next_open = text.find('[', pos + 1);
      if (close == std::string_view::npos || next_open < close) {
        report(line, "unterminated '[' in " + quote(text.substr(pos)) +
                         " (expected ']' after the code); ignored");
        reported_ = true;
        if (next_open == std::string_view::npos) return;
        pos = next_open;
        continue;
      }
      parse_code_group(text.substr(pos + 1, close - pos - 1), line);
      pos = close + 1;
    }
  }

  // The inside of one "[CODE]" or "[CODE restriction]".
  void parse_code_group(std::string_view inside, int line) {
    const std::string group = "'[" + std::string(inside) + "]'";
    inside = trim(inside);
    std::size_t blank = 0;
    while (blank < inside.size() && !dict_text::is_blank(inside[blank])) ++blank;
    const std::string_view code = inside.substr(0, blank);
    const std::string_view spec = trim(inside.substr(blank));
    if (!valid_code(code)) {
      report(line,
             "code missing in " + group + " (expected '[CODE]' or '[CODE restriction]'); ignored");
      reported_ = true;
      return;
    }
    if (spec.empty()) {
      if (entry_.default_code.empty()) {
        entry_.default_code = std::string(code);
      } else if (entry_.default_code != code) {
        report(line, "second default code " + group + " ignored (the entry already has '[" +
                         entry_.default_code + "]')");
      }
      return;
    }
    DateRestriction restriction;
    restriction.code = std::string(code);
    if (parse_restriction(spec, group, line, &restriction)) {
      entry_.restrictions.push_back(std::move(restriction));
    }
  }

  bool parse_restriction(std::string_view spec, const std::string& group, int line,
                         DateRestriction* out) {
    if (spec[0] == '<' || spec[0] == '>') {
      const int date = parse_dictionary_date(trim(spec.substr(1)));
      if (date == 0) return bad_date(trim(spec.substr(1)), group, line);
      (spec[0] == '<' ? out->to : out->from) = date;  // both bounds inclusive
      return true;
    }
    const std::size_t dash = spec.find('-');
    if (dash == std::string_view::npos) {
      report(line, "bad date restriction in " + group + " " + std::string(kDateForms) +
                       "; restriction skipped");
      return false;
    }
    const std::string_view first = trim(spec.substr(0, dash));
    const std::string_view second = trim(spec.substr(dash + 1));
    out->from = parse_dictionary_date(first);
    if (out->from == 0) return bad_date(first, group, line);
    out->to = parse_dictionary_date(second);
    if (out->to == 0) return bad_date(second, group, line);
    if (out->to < out->from) {
      report(line, "date range in " + group + " ends before it starts; restriction skipped");
      return false;
    }
    return true;
  }

  bool bad_date(std::string_view date, const std::string& group, int line) {
    report(line, "bad date " + quote(date) + " in " + group + " " + std::string(kDateForms) +
                     "; restriction skipped");
    return false;
  }

  // True once the group has a code, or a code problem was reported for it.
  bool has_codes() const {
    return !entry_.default_code.empty() || !entry_.restrictions.empty() || reported_;
  }

  void finish_group() {
    if (!open_ || skip_group_) return;
    open_ = false;
    if (entry_.default_code.empty() && entry_.restrictions.empty()) {
      if (!reported_) {
        std::string phrase;
        for (const std::string& word : entry_.phrases[0])
          phrase += (phrase.empty() ? "" : "_") + word;
        report(entry_.line, "code missing for actor " + quote(phrase) +
                                " (expected '[CODE]' after the phrase or a tab-indented "
                                "'[CODE ...]' line); entry skipped");
      }
      return;
    }
    dict_->entries.push_back(std::move(entry_));
  }

  void report(int line, std::string message) {
    if (diags_ != nullptr) diags_->push_back({name_, line, std::move(message)});
  }

  const std::string& name_;
  ActorDictionary* dict_;
  Diagnostics* diags_;
  ActorEntry entry_;
  bool open_ = false;        // entry_ holds the group being read
  bool skip_group_ = false;  // the group's primary phrase was malformed
  bool reported_ = false;    // a code problem in the group was already reported
};

}  // namespace

std::string ActorEntry::code_on(int date) const {
  if (date != 0) {
    for (const DateRestriction& restriction : restrictions) {
      if (restriction.from <= date && date <= restriction.to) return restriction.code;
    }
  }
  return default_code;
}

bool ActorEntry::is_short_form(std::size_t form) const {
  if (form == 0 || form >= phrases.size() || phrases[0].empty()) return false;
  const std::vector<std::string>& words = phrases[form];
  return std::find(words.begin(), words.end(), phrases[0][0]) == words.end();
}

int ActorEntry::first_dated() const {
  int first = 0;
  for (const DateRestriction& restriction : restrictions) {
    if (restriction.from == 0) return 0;
    if (first == 0 || restriction.from < first) first = restriction.from;
  }
  return first;
}

std::string ActorEntry::code_on(int date, std::size_t form) const {
  std::string code = code_on(date);
  if (date == 0 || code != default_code || !is_short_form(form)) return code;
  const bool eli = default_code.size() > 3 && default_code.compare(default_code.size() - 3, 3, "ELI") == 0;
  const int first = first_dated();
  if (eli && first != 0 && date < first) return "";
  return code;
}

// Six-digit dates are read as 19YY when YY >= 30 and 20YY otherwise: the
// dictionaries hold twentieth-century leaders from the 1930s on and recent ones
// up to the 2020s, and PETRARCH draws the line at the same place.
int parse_dictionary_date(std::string_view text) {
  if (text.size() != 6 && text.size() != 8) return 0;
  int value = 0;
  for (char c : text) {
    if (!dict_text::is_digit(c)) return 0;
    value = value * 10 + (c - '0');
  }
  int year = value / 10000;
  if (text.size() == 6) year += year >= 30 ? 1900 : 2000;
  const int month = value / 100 % 100;
  const int day = value % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  return year * 10000 + month * 100 + day;
}

void parse_actors(std::string_view content, const std::string& name, ActorDictionary* dict,
                  Diagnostics* diags) {
  ActorParser(name, dict, diags).parse(content);
}

Status read_actors(const std::string& path, ActorDictionary* dict, Diagnostics* diags) {
  return read_and_parse(path, [&](std::string_view content) { parse_actors(content, path, dict, diags); });
}

}  // namespace parley
