// Feature templates of the dependency parser, after Zhang and Nivre (2011)
// adapted to arc-hybrid (s1 and s2 play the part of s0's head and grand-head):
// words, tags and lemmas of s0..s2 and b0..b2, the leftmost / rightmost
// children of s0, s1 and b0 and their labels, distances, valencies, label
// sets, and pair and triple conjunctions of them.
//
// The per-token parts (hashes of the lowercased form, tags, lemma) are
// computed once per sentence into TokenAtoms; extracting a state's features
// then only combines integers, without allocating.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "nlp/transition_system.h"
#include "parley/sentence.h"

namespace parley {

// Bump when the templates change: a saved model records the version it used.
inline constexpr std::uint32_t kParserFeatureVersion = 3;
inline constexpr std::size_t kMaxMoveFeatures = 128;
inline constexpr std::size_t kMaxLabelFeatures = 64;

struct TokenAtoms {
  std::uint64_t word = 0;   // lowercased form
  std::uint64_t xpos = 0;   // language-specific tag (the UPOS when it is missing)
  std::uint64_t upos = 0;
  std::uint64_t lemma = 0;  // lowercased lemma
  std::uint64_t word_xpos = 0;
  std::uint64_t suffix = 0;  // last three bytes of the lowercased form
  std::uint64_t shape = 0;   // capitalisation and digits (see compute_atoms)
};

// Atoms for the words of `s`, then ROOT, then "no token": s.tokens.size() + 2.
void compute_atoms(const Sentence& s, std::vector<TokenAtoms>* atoms);

// Groups of templates by what their inputs are. The templates of kB0Group
// read only the static atoms of b0, b1 and b2 (the bias too): as b1 = b0 + 1
// and b2 = b0 + 2, they are a function of b0's index. Those of kS0Group,
// kS1Group and kS2Group read only the static atoms of that one token (for the
// labels, s0's linear neighbours too). A parse scores each such group once per
// token it meets there (ParserModel::predict); kStateGroup holds the rest
// (children, labels, valencies, distances, pairs of tokens).
enum class FeatureGroup : unsigned {
  kState = 1u,
  kB0 = 2u,
  kS0 = 4u,
  kS1 = 8u,
  kS2 = 16u,  // move templates only
  kAll = 31u,
};

// The rich features that choose the move (SHIFT, LEFT, RIGHT): writes them to
// out (room for kMaxMoveFeatures) and returns how many there are. With a
// group, only that group's, in the same order (the union over the groups is
// kAll's set).
std::size_t move_features(const ParseState& state, const TokenAtoms* atoms, std::uint64_t* out,
                          FeatureGroup group = FeatureGroup::kAll);

// The smaller set that chooses the label of the arc s0 would get, from b0
// (LEFT) or s1 (RIGHT): room for kMaxLabelFeatures.
std::size_t label_features(const ParseState& state, const TokenAtoms* atoms, std::uint64_t* out,
                           FeatureGroup group = FeatureGroup::kAll);

// A one-token group's features (kB0, kS0, kS1 or kS2; others give none) of
// token `token` of a sentence of `words` words in that group's role: the same
// as move_features / label_features with that group in any state where the
// token has that role. So a parse can score them all before its first state.
std::size_t move_group_features(FeatureGroup group, int token, int words, const TokenAtoms* atoms,
                                std::uint64_t* out);
std::size_t label_group_features(FeatureGroup group, int token, int words, const TokenAtoms* atoms,
                                 std::uint64_t* out);

}  // namespace parley
