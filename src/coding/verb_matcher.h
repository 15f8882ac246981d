// Finds dictionary verbs in a parsed sentence and matches their patterns.
//
// A pattern's items are matched in text order: items before '*' against the
// words left of the verb in its clause (its subject, auxiliaries, adverbs),
// items after '*' against the words right of it in the verb's subtree. A noun
// item matches a word or its lemma; {A B HEAD} matches HEAD with A and B among
// its modifiers; (PREP X) matches a preposition whose object is X; '+' and '$'
// name the noun phrase that gives the target or the source.
#pragma once

#include <vector>

#include "coding/dictionaries.h"
#include "coding/parse_view.h"

namespace parley {

struct VerbMatch {
  int verb = -1;            // index into VerbDictionary::verbs
  int token = -1;           // the verb word's token
  std::vector<int> tokens;  // every token of a multi-word verb
};

struct PatternMatch {
  const VerbPattern* pattern = nullptr;
  int source = -1;  // noun phrase head named by '$', -1 when none
  int target = -1;  // noun phrase head named by '+'
  bool compound = false;  // '%': the subject is a compound acting on itself
};

class VerbMatcher {
 public:
  VerbMatcher(const Dictionaries& dicts, const ParseView& view);

  // The dictionary verb at token i (the longest multi-word form), if any.
  bool match_verb(int i, VerbMatch* out) const;
  // The most specific matching pattern of the verb's block; pattern == nullptr
  // when none matches.
  PatternMatch match_patterns(const VerbMatch& verb, const std::vector<int>& before,
                              const std::vector<int>& after) const;

 private:
  bool form_matches(const VerbForm& form, int token, std::vector<int>* tokens) const;
  bool match_items(const std::vector<PatternItem>& items, const std::vector<int>& region,
                   PatternMatch* m) const;
  bool match_item(const PatternItem& item, const std::vector<int>& region, std::size_t* cursor,
                  PatternMatch* m) const;
  bool word_item_at(const PatternItem& item, const std::vector<int>& region, std::size_t pos) const;
  bool head_matches(const PatternItem& item, int token) const;
  bool phrase_matches(const std::vector<PatternItem>& words, int head) const;
  bool object_matches(const std::vector<PatternItem>& items, int object) const;
  int next_noun(const std::vector<int>& region, std::size_t* cursor) const;

  const Dictionaries& dicts_;
  const ParseView& view_;
};

}  // namespace parley
