// The word lists behind the tokenizer's English rules: abbreviations, hyphen
// prefixes, unit suffixes, contractions written without an apostrophe, and
// words that commonly start a sentence. The lists are parley's own.
#pragma once

#include <cstddef>
#include <string_view>

namespace parley::internal {

enum class AbbreviationKind {
  kNone,
  kTitle,         // Mr., Dr., Gen., e.g., vs.: never ends a sentence
  kNumberPrefix,  // No., Vol., Fig.: an abbreviation only before a number
  kMayEnd,        // Inc., Jan., Calif., a.m.: ends one when the next word starts a sentence
  kUsuallyEnds,   // etc.: ends one when the next word is capitalised
};

// `word` is the token without its final period, as written ("Mr", "e.g", "U.S").
// Matching is case-sensitive for capitalised entries ("Sun" but not "sun") and
// lets lowercase entries be capitalised or in capitals ("etc", "Etc", "ETC").
AbbreviationKind abbreviation_kind(std::string_view word);

// True for "U.S", "e.g", "a.m", "Ph.D", "J.R.R": letters in groups of one or two
// separated by single periods, at least one period.
bool is_initialism(std::string_view word);

// Prefixes EWT keeps joined to the rest of a hyphenated word ("e-mail",
// "non-violence", "pre-war"); other hyphens are split off. Case-insensitive.
bool is_hyphen_prefix(std::string_view word);

// Top-level domains and file extensions ("com", "org", "uk", "doc", "pdf"),
// after which a period stays inside a word ("amazon.com"). Case-insensitive.
bool is_domain_suffix(std::string_view letters);

// Letters split off a number as their own token ("5pm" -> "5" "pm", "3bn").
bool is_unit_suffix(std::string_view letters);

// For a word that EWT splits into two syntactic words without an apostrophe
// ("dont" -> "do" "nt", "cannot" -> "can" "not", "gonna" -> "gon" "na"), the
// byte length of the first part; 0 for other words. Case-insensitive.
std::size_t informal_contraction_split(std::string_view word);

// Capitalised words that commonly start an English sentence ("The", "He", "But"),
// used after an abbreviation that may or may not end its sentence.
bool is_sentence_starter(std::string_view word);

}  // namespace parley::internal
