#include "coding/nominal_events.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "coding/modality.h"

namespace parley {
namespace {

constexpr std::array<std::string_view, 9> kModals = {"WILL",   "WOULD", "COULD", "MAY", "MIGHT",
                                                    "SHOULD", "SHALL", "CAN",   "MUST"};

bool is_modal(const ParseView& view, int t) {
  return std::find(kModals.begin(), kModals.end(), view.word(t)) != kModals.end();
}

// The nearest verb above t, -1 when none.
int governing_verb(const ParseView& view, int t) {
  for (int g = view.head(t), guard = 0; g >= 0 && guard < view.size(); g = view.head(g), ++guard) {
    if (view.is_verb(g)) return g;
  }
  return -1;
}

// A verb that does not report an event that happened: a modal, an
// infinitive, a conditional or a negation.
bool is_unreal(const ParseView& view, int v) {
  for (int ch : view.children(v)) {
    std::string_view r = view.base_rel(ch);
    if (r == "aux" && is_modal(view, ch)) return true;
    if (r == "mark" && (view.is(ch, "TO") || view.is(ch, "IF"))) return true;
    if (view.is_negation(ch)) return true;
  }
  return false;
}

bool blocked(const ParseView& view, int noun, const std::function<std::string(int)>& verb_code) {
  int prep = view.case_child(noun);
  if (prep >= 0 && (view.is(prep, "FOR") || view.is(prep, "TO") || view.is(prep, "TOWARD") ||
                    view.is(prep, "TOWARDS"))) {
    return true;
  }
  for (int ch : view.children(noun)) {
    if (view.base_rel(ch) == "det" && view.is(ch, "NO")) return true;
  }
  // "talks next week": talks yet to be held.
  for (int ch : view.children(noun)) {
    if (future_time_phrase(view, ch)) return true;
  }
  int v = governing_verb(view, noun);
  if (v < 0) return false;
  std::string code = verb_code(v);
  if (!code.empty() && code.rfind("04", 0) != 0) return true;
  // "talks are scheduled for next week", "plans talks", "the meetings
  // it holds next week": arranged, not held.
  constexpr std::array<std::string_view, 7> kArranging = {"SCHEDULE", "PLAN", "EXPECT", "DUE",
                                                          "ARRANGE",  "SET",  "PROPOSE"};
  if (std::find(kArranging.begin(), kArranging.end(), view.lemma(v)) != kArranging.end()) return true;
  if (act_modality(view, v, "040") != Modality::kDone) return true;
  return is_unreal(view, v);
}

void add_actors(const std::vector<ActorRef>& found, std::vector<ActorRef>* out) {
  for (const ActorRef& a : found) {
    bool known = std::any_of(out->begin(), out->end(), [&](const ActorRef& o) { return o.code == a.code; });
    if (!known) out->push_back(a);
  }
}

// Every ordered pair of `a` x `b` (or of `a` with itself when b is null).
void pairs(const std::vector<ActorRef>& a, const std::vector<ActorRef>* b, const CodedPhrase* phrase, int noun,
           std::vector<NominalEvent>* out) {
  const std::vector<ActorRef>& other = b ? *b : a;
  for (const ActorRef& x : a) {
    for (const ActorRef& y : other) {
      if (x.code == y.code) continue;
      out->push_back({phrase, noun, x, y});
      if (b) out->push_back({phrase, noun, y, x});
    }
  }
}

}  // namespace

const CodedPhrase* phrase_ending_at(const ParseView& view, int t, const PhraseCodeTable& table) {
  for (const CodedPhrase& p : table.phrases) {
    int n = static_cast<int>(p.words.size());
    if (t + 1 < n) continue;
    bool match = true;
    for (int k = 0; k < n && match; ++k) match = view.is(t - n + 1 + k, p.words[k]);
    if (match) return &p;
  }
  return nullptr;
}

std::vector<NominalEvent> find_nominal_events(const ParseView& view, const ActorResolver& resolver,
                                              const PhraseCodeTable& table,
                                              const std::function<std::string(int)>& verb_code) {
  std::vector<NominalEvent> out;
  if (table.empty()) return out;
  for (int t = 0; t < view.size(); ++t) {
    const std::string& upos = view.token(t).upos;
    if (upos != "NOUN" && upos != "PROPN") continue;
    const CodedPhrase* phrase = phrase_ending_at(view, t, table);
    if (!phrase || blocked(view, t, verb_code)) continue;
    std::vector<ActorRef> between, owners, with, modifiers;
    for (int ch : view.children(t)) {
      int prep = view.case_child(ch);
      std::string_view r = view.rel(ch);
      if (prep >= 0 && view.is(prep, "BETWEEN")) add_actors(resolver.actors_of(ch), &between);
      else if (prep >= 0 && view.is(prep, "WITH")) add_actors(resolver.actors_of(ch), &with);
      else if (r == "nmod:poss") add_actors(resolver.actors_of(ch), &owners);
      else if (r == "amod" && ch < t - static_cast<int>(phrase->words.size()) + 1) {
        // "Russian-Ukrainian talks"; not nouns ("the IMF and World Bank
        // meetings" are each body's own).
        add_actors(resolver.actors_of(ch), &modifiers);
      }
    }
    for (const ActorRef& m : modifiers) add_actors({m}, &owners);
    if (between.size() >= 2) {
      pairs(between, nullptr, phrase, t, &out);
    } else if (!owners.empty() && !with.empty()) {
      pairs(owners, &with, phrase, t, &out);
    } else if (owners.size() >= 2) {
      pairs(owners, nullptr, phrase, t, &out);
    }
  }
  return out;
}

}  // namespace parley
