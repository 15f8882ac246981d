// Text helpers shared by the actor, agent, discard and issue readers: line
// iteration, comment stripping, phrase normalisation, English plural and verb
// forms, and case-insensitive phrase matching. ASCII-only case folding: bytes
// >= 0x80 (UTF-8) are kept as written and count as word characters.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/strings.h"

namespace parley::dict_text {

inline char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Letters, digits and any non-ASCII byte (part of a UTF-8 letter, most likely).
inline bool is_word_char(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || is_digit(c) || u >= 0x80;
}

// The blank set, trim and the line reader are the project's one set (util/strings.h).
using parley::is_blank;
using parley::TextLines;
using parley::trim;

// Removes XML comments "<!-- ... -->", which may span lines. A "<!--" after a
// '#' on the same line is inside a '#' comment and opens nothing.
class XmlCommentStripper {
 public:
  // `line` without its comment parts; the view may point into an internal buffer
  // valid until the next call.
  std::string_view strip(std::string_view line, int number);
  bool open() const { return open_; }
  int opened_at() const { return opened_at_; }

 private:
  bool open_ = false;
  int opened_at_ = 0;
  std::string buffer_;
};

// `line` up to the first of `delimiters` (the comment start), right-trimmed.
std::string_view cut_comment(std::string_view line, std::string_view delimiters);

// Appends the words of `phrase` (split on blanks and '_'), uppercased.
void split_words(std::string_view phrase, std::vector<std::string>* words);
// Uppercase, '_' and whitespace runs turned into single blanks, trimmed.
std::string normalize_phrase(std::string_view phrase);

// Regular plural of an uppercase word: consonant + Y -> IES; S, SH, CH, X, Z -> ES;
// otherwise S.
std::string plural_of(std::string_view word);
// Regular verb forms of an uppercase verb: third person (as plural_of), past
// (E -> ED, consonant + Y -> IED, else ED) and -ING (a final E after a consonant
// is dropped). Consonant doubling (KIDNAPPED) is not attempted.
std::vector<std::string> verb_forms(std::string_view verb);

// `text` in single quotes for messages, shortened to about 60 characters.
std::string quote(std::string_view text);

// End of the match of the uppercase `phrase` at text[pos] (case-insensitive; a
// blank in the phrase matches one or more whitespace characters), or npos.
std::size_t match_phrase_at(std::string_view text, std::size_t pos, std::string_view phrase);

}  // namespace parley::dict_text
