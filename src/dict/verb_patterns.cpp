// Parsing of verb-pattern text ("$ TROOP * (TOWARD +) [154]") into PatternItems.
#include "dict/verb_patterns.h"

#include <cctype>

#include "util/strings.h"

namespace parley {
namespace {

bool is_word_char(char c) {
  return !std::isspace(static_cast<unsigned char>(c)) && c != '{' && c != '}' && c != '(' &&
         c != ')' && c != '*' && c != '[' && c != ']';
}

// A recursive-descent reader over one pattern's text.
class PatternParser {
 public:
  explicit PatternParser(std::string_view text) : text_(text) {}

  bool parse(std::vector<PatternItem>* before, std::vector<PatternItem>* after,
             std::string* error) {
    bool seen_star = false;
    while (skip_space(), pos_ < text_.size()) {
      if (text_[pos_] == '*') {
        if (seen_star) return fail("more than one '*'", error);
        seen_star = true;
        ++pos_;
        continue;
      }
      PatternItem item;
      if (!parse_item(&item, error)) return false;
      (seen_star ? after : before)->push_back(std::move(item));
    }
    if (!seen_star) return fail("pattern has no '*' marking the verb", error);
    return true;
  }

 private:
  bool fail(std::string message, std::string* error) {
    *error = std::move(message);
    return false;
  }
  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  bool parse_item(PatternItem* item, std::string* error) {
    char c = text_[pos_];
    if (c == '{') return parse_group('}', PatternItem::Kind::kPhrase, item, error);
    if (c == '(') return parse_group(')', PatternItem::Kind::kPrep, item, error);
    if (c == '}' || c == ')' || c == '[' || c == ']') {
      return fail(std::string("unexpected '") + c + "'", error);
    }
    return parse_atom(item, error);
  }

  bool parse_atom(PatternItem* item, std::string* error) {
    std::size_t start = pos_;
    while (pos_ < text_.size() && is_word_char(text_[pos_])) ++pos_;
    std::string_view word = text_.substr(start, pos_ - start);
    if (word.empty()) return fail("empty word", error);
    if (word == "$") {
      item->kind = PatternItem::Kind::kSource;
    } else if (word == "+") {
      item->kind = PatternItem::Kind::kTarget;
    } else if (word == "%") {
      item->kind = PatternItem::Kind::kCompound;
    } else if (word == "^") {
      item->kind = PatternItem::Kind::kSkip;
    } else if (word[0] == '&') {
      if (word.size() == 1) return fail("'&' without a synset name", error);
      item->kind = PatternItem::Kind::kSynset;
      item->text = to_upper(word.substr(1));
    } else {
      item->kind = PatternItem::Kind::kWord;
      item->text = normalize_words(word);
    }
    return true;
  }

  bool parse_group(char close, PatternItem::Kind kind, PatternItem* item, std::string* error) {
    ++pos_;  // the opening bracket
    item->kind = kind;
    while (skip_space(), pos_ < text_.size() && text_[pos_] != close) {
      PatternItem child;
      if (!parse_item(&child, error)) return false;
      item->children.push_back(std::move(child));
    }
    if (pos_ >= text_.size()) return fail(std::string("missing '") + close + "'", error);
    ++pos_;
    if (kind == PatternItem::Kind::kPrep) return finish_prep(item, error);
    if (item->children.empty()) return fail("empty {} phrase", error);
    return true;
  }

  // "(AT ^ ^)": the first child is the preposition, the rest its object.
  bool finish_prep(PatternItem* item, std::string* error) {
    if (item->children.empty()) return fail("empty () phrase", error);
    PatternItem& first = item->children.front();
    if (first.kind != PatternItem::Kind::kWord && first.kind != PatternItem::Kind::kSynset) {
      return fail("a () phrase must start with a preposition", error);
    }
    item->text = first.kind == PatternItem::Kind::kSynset ? "&" + first.text : first.text;
    item->children.erase(item->children.begin());
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string normalize_words(std::string_view word) {
  std::string out = to_upper(word);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  return std::string(trim(out));
}

bool parse_pattern_items(std::string_view text, std::vector<PatternItem>* before,
                         std::vector<PatternItem>* after, std::string* error) {
  return PatternParser(text).parse(before, after, error);
}

bool parse_event_codes(std::string_view text, EventCodes* codes, std::string* error) {
  text = trim(text);
  if (text.empty()) {
    *error = "empty event code";
    return false;
  }
  std::size_t colon = text.find(':');
  std::string_view forward = trim(text.substr(0, colon));
  std::string_view reverse = colon == std::string_view::npos ? "" : trim(text.substr(colon + 1));
  for (std::string_view part : {forward, reverse}) {
    for (char c : part) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
        *error = "bad character '" + std::string(1, c) + "' in event code [" + std::string(text) + "]";
        return false;
      }
    }
  }
  if (forward.empty() && reverse.empty()) {
    *error = "empty event code";
    return false;
  }
  codes->forward = std::string(forward);
  codes->reverse = std::string(reverse);
  return true;
}

}  // namespace parley
