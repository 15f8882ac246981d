// Pattern matchers for the chunk lexer. Each looks at text from `pos` (which is
// below `limit`) and returns the end of what it matched, never beyond `limit`,
// or `pos` when nothing matched. None of them looks past `limit`, and each does
// work proportional to what it scans.
#pragma once

#include <cstddef>
#include <string_view>

namespace parley::internal {

// http://..., https://..., ftp://..., www.x..., mailto:...; trailing punctuation
// and unbalanced closing brackets are left out.
std::size_t match_url(std::string_view text, std::size_t pos, std::size_t limit);

// local@domain (the domain may lack a dot: "Jeff@ECT"). *no_email_before caches
// a failure: no e-mail address starts before it in the current chunk.
std::size_t match_email(std::string_view text, std::size_t pos, std::size_t limit,
                        std::size_t* no_email_before);

// @name and #tag (a hashtag starts with a letter).
std::size_t match_mention(std::string_view text, std::size_t pos, std::size_t limit);

// What a number at pos is: `end` of the number token; `as_word` when digits and
// letters form one code ("3143C", "4G") that the word matcher should take.
struct NumberMatch {
  std::size_t end = 0;
  bool as_word = false;
};
// 3.5, 1,000, 10:30, 12/31/99, 1st, 1980s, phone numbers (713-853-3989); "5pm"
// gives "5" (the unit is split off); pos holds a digit, or '.' or '+' before one.
NumberMatch match_number(std::string_view text, std::size_t pos, std::size_t limit);

// A word: letters and digits, with periods between letters (U.S, e.g, amazon.com),
// apostrophes before a letter (don't, O'Brien), & between letters (AT&T), _ and
// hyphens after a listed prefix (e-mail, non-violence). Other hyphens end it.
std::size_t match_word(std::string_view text, std::size_t pos, std::size_t limit);

// Punctuation and symbols: emoticons, runs of . ! ? and …, runs of one repeated
// symbol (--, ***, >>), '' and ``, else one character. pos < limit.
std::size_t match_punct(std::string_view text, std::size_t pos, std::size_t limit,
                        std::size_t chunk_end);

// ":)", ";-)", "^_^" and the other emoticons match_punct knows.
bool is_emoticon(std::string_view form);

// Byte length of an apostrophe (' ’ `) at pos, or 0.
std::size_t apostrophe_length(std::string_view text, std::size_t pos, std::size_t limit);

// Extends end over following combining marks, variation selectors and joiners.
std::size_t absorb_extenders(std::string_view text, std::size_t end, std::size_t limit);

}  // namespace parley::internal
