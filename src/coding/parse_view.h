// A read-only view of one UD-parsed sentence made for coding: children lists,
// uppercase words, and relation names normalised so that UD v1 parses (dobj,
// nsubjpass, neg, name) and UD v2 parses (obj, nsubj:pass, flat) read alike.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parley/sentence.h"

namespace parley {

class ParseView {
 public:
  // The view refers to `sentence`, which must outlive it.
  explicit ParseView(const Sentence& sentence);
  ParseView(Sentence&&) = delete;  // a view of a temporary would dangle

  int size() const { return static_cast<int>(tokens_.size()); }
  const Token& token(int i) const { return tokens_[i]; }
  // 0-based index, -1 for a root. The view has no cycles (see break_cycles).
  int head(int i) const { return heads_[i]; }
  const std::string& rel(int i) const { return rels_[i]; }  // normalised, e.g. "obj", "nsubj:pass"
  std::string_view base_rel(int i) const;                    // "nsubj:pass" -> "nsubj"
  const std::vector<int>& children(int i) const { return children_[i]; }
  const std::string& word(int i) const { return words_[i]; }    // uppercase form
  const std::string& lemma(int i) const { return lemmas_[i]; }  // uppercase lemma
  // A word or lemma equal to `w` (uppercase).
  bool is(int i, std::string_view w) const { return words_[i] == w || lemmas_[i] == w; }
  // A word or lemma in `words` (uppercase); false for i < 0 (no token).
  bool is_one_of(int i, const std::set<std::string_view>& words) const {
    return i >= 0 && (words.count(words_[i]) > 0 || words.count(lemmas_[i]) > 0);
  }
  // The same test by hash_word() values (for dictionary words hashed at load).
  bool is_hash(int i, std::uint64_t h) const { return word_hashes_[i] == h || lemma_hashes_[i] == h; }
  std::uint64_t word_hash(int i) const { return word_hashes_[i]; }
  std::uint64_t lemma_hash(int i) const { return lemma_hashes_[i]; }
  // Some token has the word whose hash_word() is `w` as its word or lemma.
  bool has_word(std::uint64_t w) const;

  bool is_nominal(int i) const;  // NOUN, PROPN, PRON, NUM, X heads
  bool is_verb(int i) const;     // VERB, or a VB* tag
  bool is_negation(int i) const; // not, n't, never as a dependent
  bool is_passive(int i) const;  // has an nsubj:pass or aux:pass dependent
  // All tokens of i's subtree, sorted.
  std::vector<int> subtree(int i) const;
  // The case marker (preposition) child of i, -1 when none.
  int case_child(int i) const;
  const std::vector<std::string>& words() const { return words_; }

 private:
  void break_cycles();
  const std::vector<Token>& tokens_;  // the sentence outlives its view
  std::vector<int> heads_;
  std::vector<std::string> rels_;
  std::vector<std::string> words_;
  std::vector<std::string> lemmas_;
  std::vector<std::vector<int>> children_;
  std::vector<std::uint64_t> vocabulary_;  // sorted hashes of words and lemmas
  std::vector<std::uint64_t> word_hashes_, lemma_hashes_;
};

}  // namespace parley
