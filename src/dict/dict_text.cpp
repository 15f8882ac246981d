#include "dict/dict_text.h"

namespace parley::dict_text {
namespace {

constexpr std::string_view kCommentOpen = "<!--";
constexpr std::string_view kCommentClose = "-->";
constexpr std::size_t kQuoteLimit = 60;

bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }
bool is_consonant(char c) { return c >= 'A' && c <= 'Z' && !is_vowel(c); }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// True when the word's last letter is Y following a consonant (ARMY, not ENVOY).
bool consonant_y(std::string_view word) {
  return word.size() >= 2 && word.back() == 'Y' && is_consonant(word[word.size() - 2]);
}

bool takes_es(std::string_view word) {
  return ends_with(word, "S") || ends_with(word, "SH") || ends_with(word, "CH") ||
         ends_with(word, "X") || ends_with(word, "Z");
}

}  // namespace

std::string_view XmlCommentStripper::strip(std::string_view line, int number) {
  // Fast path: no comment open and none starting on this line.
  if (!open_ && line.find(kCommentOpen) == std::string_view::npos) return line;
  buffer_.clear();
  std::string_view rest = line;
  while (!rest.empty()) {
    if (open_) {
      const std::size_t close = rest.find(kCommentClose);
      if (close == std::string_view::npos) return buffer_;
      open_ = false;
      rest.remove_prefix(close + kCommentClose.size());
      continue;
    }
    const std::size_t open = rest.find(kCommentOpen);
    const std::size_t hash = rest.find('#');
    if (open == std::string_view::npos || (hash != std::string_view::npos && hash < open)) {
      buffer_.append(rest);
      break;
    }
    buffer_.append(rest.substr(0, open));
    buffer_.push_back(' ');  // "a<!-- x -->b" reads as two words
    open_ = true;
    opened_at_ = number;
    rest.remove_prefix(open + kCommentOpen.size());
  }
  return buffer_;
}

std::string_view cut_comment(std::string_view line, std::string_view delimiters) {
  const std::size_t at = line.find_first_of(delimiters);
  if (at != std::string_view::npos) line = line.substr(0, at);
  while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
  return line;
}

void split_words(std::string_view phrase, std::vector<std::string>* words) {
  std::size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (is_blank(phrase[i]) || phrase[i] == '_')) ++i;
    const std::size_t start = i;
    while (i < phrase.size() && !is_blank(phrase[i]) && phrase[i] != '_') ++i;
    if (i == start) break;
    std::string& word = words->emplace_back(phrase.substr(start, i - start));
    for (char& c : word) c = upper(c);
  }
}

std::string normalize_phrase(std::string_view phrase) {
  std::string out;
  out.reserve(phrase.size());
  bool pending_blank = false;
  for (char c : phrase) {
    if (is_blank(c) || c == '_') {
      pending_blank = !out.empty();
      continue;
    }
    if (pending_blank) out.push_back(' ');
    pending_blank = false;
    out.push_back(upper(c));
  }
  return out;
}

std::string plural_of(std::string_view word) {
  std::string out(word);
  if (consonant_y(word)) {
    out.pop_back();
    out += "IES";
  } else if (takes_es(word)) {
    out += "ES";
  } else {
    out += "S";
  }
  return out;
}

std::vector<std::string> verb_forms(std::string_view verb) {
  std::string root(verb);
  std::string past = root;
  std::string ing = root;
  if (consonant_y(verb)) {
    past.pop_back();
    past += "IED";
  } else if (ends_with(verb, "E")) {
    past += "D";
  } else {
    past += "ED";
  }
  // MAKE -> MAKING, but SEE -> SEEING, FREE -> FREEING.
  if (verb.size() >= 2 && verb.back() == 'E' && is_consonant(verb[verb.size() - 2])) ing.pop_back();
  ing += "ING";
  return {plural_of(verb), past, ing};
}

std::string quote(std::string_view text) {
  text = trim(text);
  if (text.size() <= kQuoteLimit) return "'" + std::string(text) + "'";
  return "'" + std::string(text.substr(0, kQuoteLimit)) + "...'";
}

std::size_t match_phrase_at(std::string_view text, std::size_t pos, std::string_view phrase) {
  std::size_t t = pos;
  for (char p : phrase) {
    if (t >= text.size()) return std::string_view::npos;
    if (p == ' ') {
      if (!is_blank(text[t])) return std::string_view::npos;
      while (t < text.size() && is_blank(text[t])) ++t;
      continue;
    }
    if (upper(text[t]) != p) return std::string_view::npos;
    ++t;
  }
  return t;
}

}  // namespace parley::dict_text
