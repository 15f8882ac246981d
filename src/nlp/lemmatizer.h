// Lemmatizer: fills each token's lemma from its form and (predicted) tags.
// Learned from a treebank, in order of preference:
//   1. the lemma most often seen with the exact (form, tag) pair;
//   2. the edit (lemmatizer_rules.h) most often seen with the lowercased
//      (form, tag) pair, so "STUDIES"/NNS gets the edit of "studies"/NNS;
//   3. for unseen words, an edit seen among the training word types with the
//      same tag and a suffix shared with the word ("-ies" -> "-y" for NNS):
//      longer suffixes first, and for each its most frequent edits; the first
//      edit that makes a lemma seen in training wins ("provoked" -> "provoke",
//      not "provok"), else the first edit;
//   4. else the form itself.
// Cases 2-4 case the result by the casing mode most frequent in training for
// the tag and the form's casing shape (proper nouns keep their capitals,
// a sentence-initial "The" becomes "the").
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "nlp/lemmatizer_rules.h"
#include "nlp/model_io.h"
#include "parley/sentence.h"
#include "util/flat_map64.h"

namespace parley {

struct LemmatizerOptions {
  int max_suffix = 6;        // longest suffix (bytes) with edit statistics
  int min_suffix_types = 2;  // a suffix needs this many word types to be used
  int suffix_edits = 1;      // edits kept per suffix, most frequent first
};

class Lemmatizer {
 public:
  // Learns from the gold lemmas and tags of `train`; `dev` (may be empty) is
  // only lemmatized with its gold tags to log accuracy to `log` (may be null).
  static Lemmatizer train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                          const LemmatizerOptions& options, std::ostream* log);

  // Sets the lemma of every token from its form, upos and xpos.
  void lemmatize(Sentence* s) const;
  std::string lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;

  void save(ByteWriter* out) const;
  bool load(ByteReader* in);  // false on malformed data

 private:
  friend class LemmatizerTrainer;
  CaseMode case_mode(std::string_view form, std::uint64_t tag) const;
  // Rules 2-4 of the header, for a (form, tag) without an exact lemma.
  std::string derived(std::string_view form, std::uint64_t tag, std::string_view upos,
                      std::string_view xpos) const;
  struct TagKeys {
    std::uint64_t tag;
    std::string_view upos, xpos;
  };
  std::string guess(std::string_view form, std::string_view lower, const TagKeys& tags,
                    CaseMode mode) const;
  bool load_suffixes(ByteReader* in);

  struct EditRun {  // a suffix's edits in suffix_edits_
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
  };

  std::uint32_t max_suffix_ = 0;
  std::vector<LemmaEdit> edits_;
  FlatMap64<std::string> exact_;  // (form, tag) -> lemma: found for most words, so flat
  std::unordered_map<std::uint64_t, std::uint32_t> lower_;  // (lowercase form, tag) -> edit
  std::unordered_map<std::uint64_t, EditRun> suffix_;       // (lowercase suffix, tag) -> edits
  std::vector<std::uint32_t> suffix_edits_;
  std::unordered_map<std::uint64_t, CaseMode> casing_;  // (shape, tag) -> mode
  std::unordered_set<std::uint64_t> lemmas_;            // lemma_family_key of lemmas seen
};

}  // namespace parley
