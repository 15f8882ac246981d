// Feature extraction for the tagger. Everything about a word that does not
// depend on predicted tags (hashes of its form, lowercase form, affixes, shape,
// flags, tag-dictionary entry) is computed once per sentence into TokenInfo,
// with no string work in the tagging loop. A word's features are its static
// ones followed by its history ones, which combine the two previous predicted
// classes with the words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "nlp/tagger_lexicon.h"
#include "parley/sentence.h"

namespace parley {

inline constexpr int kAffixes = 4;                      // prefixes and suffixes of 1..4 bytes
inline constexpr std::size_t kMaxStaticFeatures = 40;   // 38 used
inline constexpr std::size_t kMaxHistoryFeatures = 12;  // 10 used
inline constexpr std::size_t kMaxTaggerFeatures = kMaxStaticFeatures + kMaxHistoryFeatures;
inline constexpr int kTaggerPadding = 2;  // padding words on each side

struct TokenInfo {
  std::uint64_t form = 0;
  std::uint64_t lower = 0;
  std::uint64_t shape = 0;
  std::uint64_t prefix[kAffixes] = {};
  std::uint64_t suffix[kAffixes] = {};
  std::uint64_t ambiguity = 0;  // the lexicon's ambiguity class, or a constant when unknown
  std::uint32_t flags = 0;
  const TaggerLexicon::Entry* entry = nullptr;
  const std::int32_t* classes = nullptr;  // the entry's seen classes, most frequent first
};

// Hashes of a word (as hash_string of the form and of its ASCII-lowercased
// form, so lexicon keys built with hash_string match).
void describe_word(std::string_view form, TokenInfo* info);

// The infos of a sentence's words, with kTaggerPadding boundary entries on
// each side: word i is at index i + kTaggerPadding.
void describe_sentence(const Sentence& s, const TaggerLexicon& lexicon,
                       std::vector<TokenInfo>* infos);

// The features of word i (sentence index) that do not depend on predicted
// classes; out has room for kMaxStaticFeatures. Returns their number.
std::size_t static_features(const TokenInfo* infos, int i, std::uint64_t* out);

// The features of word i that combine the classes predicted for words i-1
// and i-2 (-1 before the sentence start) with the words; out has room for
// kMaxHistoryFeatures. Returns their number.
std::size_t history_features(const TokenInfo* infos, int i, int prev1, int prev2,
                             std::uint64_t* out);

}  // namespace parley
