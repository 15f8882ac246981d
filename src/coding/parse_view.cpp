#include "coding/parse_view.h"

#include <algorithm>
#include <unordered_map>

#include "util/strings.h"

namespace parley {
namespace {

// Relations are read in UD v2 form. UD v1 names map to their v2 names, and the
// newer nmod:desc of a title ("President Zelenskyy", "Dr. Smith") reads as the
// compound that older treebanks and the PETRARCH parses use there.
std::string normalize_rel(const Token& t) {
  static const std::unordered_map<std::string, std::string> kV1ToV2 = {
      {"dobj", "obj"},           {"nsubjpass", "nsubj:pass"}, {"csubjpass", "csubj:pass"},
      {"auxpass", "aux:pass"},   {"name", "flat"},            {"neg", "advmod:neg"},
      {"mwe", "fixed"},          {"flat:name", "flat"},        {"nmod:desc", "compound"}};
  auto it = kV1ToV2.find(t.deprel);
  return it == kV1ToV2.end() ? t.deprel : it->second;
}

}  // namespace

ParseView::ParseView(const Sentence& sentence) : tokens_(sentence.tokens) {
  int n = size();
  heads_.resize(n);
  rels_.resize(n);
  words_.resize(n);
  lemmas_.resize(n);
  children_.resize(n);
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens_[i];
    heads_[i] = (t.head >= 1 && t.head <= n && t.head != i + 1) ? t.head - 1 : -1;
    rels_[i] = normalize_rel(t);
    words_[i] = to_upper(t.form);
    lemmas_[i] = t.lemma.empty() || t.lemma == "_" ? words_[i] : to_upper(t.lemma);
  }
  for (int i = 0; i < n; ++i) {
    word_hashes_.push_back(hash_word(words_[i]));
    lemma_hashes_.push_back(hash_word(lemmas_[i]));
    vocabulary_.push_back(word_hashes_.back());
    vocabulary_.push_back(lemma_hashes_.back());
  }
  std::sort(vocabulary_.begin(), vocabulary_.end());
  break_cycles();
  for (int i = 0; i < n; ++i) {
    if (heads_[i] >= 0) children_[heads_[i]].push_back(i);
  }
}

// A malformed parse can hold a cycle of heads; cutting it (the token that
// closes it becomes a root) makes every walk up the tree end.
void ParseView::break_cycles() {
  int n = size();
  std::vector<char> state(n, 0);  // 0 unseen, 1 on the current path, 2 done
  for (int i = 0; i < n; ++i) {
    std::vector<int> path;
    int t = i;
    while (t >= 0 && state[t] == 0) {
      state[t] = 1;
      path.push_back(t);
      t = heads_[t];
    }
    if (t >= 0 && state[t] == 1) heads_[path.back()] = -1;
    for (int p : path) state[p] = 2;
  }
}

bool ParseView::has_word(std::uint64_t w) const {
  return std::binary_search(vocabulary_.begin(), vocabulary_.end(), w);
}

std::string_view ParseView::base_rel(int i) const {
  std::string_view r = rels_[i];
  return r.substr(0, r.find(':'));
}

bool ParseView::is_nominal(int i) const {
  const std::string& u = tokens_[i].upos;
  return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM" || u == "X";
}

bool ParseView::is_verb(int i) const {
  return tokens_[i].upos == "VERB" || starts_with(tokens_[i].xpos, "VB");
}

bool ParseView::is_negation(int i) const {
  return rels_[i] == "advmod:neg" || (base_rel(i) == "advmod" && (is(i, "NOT") || is(i, "N'T") ||
                                                                 is(i, "NEVER")));
}

bool ParseView::is_passive(int i) const {
  for (int ch : children(i)) {
    if (rels_[ch] == "nsubj:pass" || rels_[ch] == "aux:pass") return true;
  }
  return false;
}

std::vector<int> ParseView::subtree(int i) const {
  std::vector<int> out{i};
  // Iterative walk: the input's heads were checked to form no self-loops, but a
  // malformed parse can still hold a cycle, so each token is visited once.
  std::vector<char> seen(size(), 0);
  seen[i] = 1;
  for (std::size_t k = 0; k < out.size(); ++k) {
    for (int c : children_[out[k]]) {
      if (!seen[c]) {
        seen[c] = 1;
        out.push_back(c);
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

int ParseView::case_child(int i) const {
  for (int c : children_[i]) {
    if (base_rel(c) == "case" && tokens_[c].upos != "PART") return c;
  }
  return -1;
}

}  // namespace parley
