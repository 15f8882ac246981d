#include "coding/sides.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "coding/event_filter.h"

namespace parley {

bool names_people(const ParseView& view, const Dictionaries& dicts, int h) {
  for (int t = std::max(0, h - 4); t <= h; ++t) {
    PhraseIndex::Match m = dicts.agent_index.longest_at(view.words(), t);
    if (m.id >= 0 && t + m.length > h) return true;
  }
  return is_firm_phrase(view, h);
}

bool with_pronoun(const ParseView& view, int h) {
  for (int guard = 0; guard < 2 && view.base_rel(h) == "nmod" && view.head(h) >= 0; ++guard) h = view.head(h);
  bool conjuncts = std::any_of(view.children(h).begin(), view.children(h).end(),
                               [&](int ch) { return view.base_rel(ch) == "conj"; });
  for (int t = 0; t < view.size(); ++t) {
    if (view.token(t).upos != "PRON" || view.base_rel(t) == "nmod" || !same_list(view, t, h)) continue;
    if (t != h || conjuncts) return true;
  }
  return false;
}

bool joint_on_object(const ParseView& view, int verb, const std::string& code) {
  if (code.rfind("18", 0) != 0 && code.rfind("19", 0) != 0 && code.rfind("20", 0) != 0) return false;
  for (int ch : view.children(verb)) {
    if (view.base_rel(ch) == "obj" && !view.is(ch, "FIRE") && !view.is(ch, "BLOW") && !view.is(ch, "SHOT")) {
      return true;
    }
  }
  return false;
}

namespace {

// Objects of a mutual act: what two sides make, hold or exchange together.
const std::set<std::string_view> kMutualObjects = {
    "AGREEMENT",     "ACCORD",      "PACT",         "TREATY",   "DEAL",        "TALKS",
    "TALK",          "MEETING",     "RELATIONS",    "TIES",     "CONTACTS",    "CONTACT",
    "CONSULTATIONS", "COMMUNIQUE",  "DECLARATION",  "PROTOCOL", "MEMORANDUM",  "ARRANGEMENT",
    "UNDERSTANDING", "HANDS",       "FIRE",         "BLOWS",    "VIEWS",       "PRISONERS",
    "AMBASSADORS",   "ACCUSATIONS", "NEGOTIATIONS", "DIALOGUE", "OTHER",       "ANOTHER",
    "TRUCE",         "CEASEFIRE",   "CEASE-FIRE",   "ALLIANCE", "SUMMIT",      "DISCUSSIONS",
    "CONVENTION",    "CHARTER",     "DISPUTE",      "ROW",      "DIFFERENCES", "CONFLICT",
    "QUARREL",       "WAR",         "BATTLE",       "CLASHES",  "PROGRESS"};

}  // namespace

bool joint_not_mutual(const ParseView& view, int verb, const std::string& code) {
  // Consulting, negotiating (04), signing (057), cooperating (06): the
  // object is the topic, not whom the act is aimed at ("discussed the debt").
  bool topic = code.rfind("04", 0) == 0 || code.rfind("057", 0) == 0 || code.rfind("06", 0) == 0;
  bool aux = false;
  for (int ch : view.children(verb)) {
    std::string_view r = view.base_rel(ch);
    if (r == "aux") aux = true;
    if (r != "obj" || topic || view.is(ch, "WHICH") || view.is(ch, "THAT")) continue;
    bool mutual = kMutualObjects.count(view.word(ch)) || kMutualObjects.count(view.lemma(ch));
    for (int g : view.children(ch)) mutual = mutual || view.is(g, "EACH") || view.is(g, "ONE");
    if (!mutual) return true;
  }
  return view.token(verb).xpos == "VBG" && !aux && view.base_rel(verb) != "conj";
}

bool has_own_subject(const ParseView& view, int verb) {
  for (int ch : view.children(verb)) {
    std::string_view r = view.base_rel(ch);
    if ((r == "nsubj" || r == "csubj") && !view.is(ch, "WHO") && !view.is(ch, "WHICH") && !view.is(ch, "THAT")) {
      return true;
    }
  }
  return false;
}

}  // namespace parley
