#include "coding/speech_tone.h"

#include <algorithm>

#include "coding/nominal_events.h"

namespace parley {
namespace {

bool negated(const ParseView& view, int t) {
  for (int x : {t, view.head(t)}) {
    if (x < 0) continue;
    for (int ch : view.children(x)) {
      if (view.is_negation(ch)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<int> reported_clause(const ParseView& view, int verb) {
  std::vector<int> out;
  for (int ch : view.children(verb)) {
    if (view.base_rel(ch) != "ccomp") continue;
    for (int t : view.subtree(ch)) out.push_back(t);
  }
  int h = view.head(verb);
  if (out.empty() && h >= 0 && view.base_rel(verb) == "parataxis") {
    std::vector<int> own = view.subtree(verb);
    for (int t : view.subtree(h)) {
      if (!std::binary_search(own.begin(), own.end(), t)) out.push_back(t);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

const CodedPhrase* disapproving_phrase(const ParseView& view, const std::vector<int>& tokens,
                                       const PhraseCodeTable& table, int* at) {
  for (int t : tokens) {
    const std::string& upos = view.token(t).upos;
    if (upos == "VERB" || upos == "AUX" || upos == "PUNCT") continue;
    const CodedPhrase* p = phrase_ending_at(view, t, table);
    if (!p || negated(view, t)) continue;
    // Every word of the phrase must be in the clause ("at gunpoint" in the quote).
    int first = t - static_cast<int>(p->words.size()) + 1;
    if (!std::binary_search(tokens.begin(), tokens.end(), first)) continue;
    *at = t;
    return p;
  }
  return nullptr;
}

}  // namespace parley
