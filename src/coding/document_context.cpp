#include "coding/document_context.h"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <utility>

#include "coding/name_shadows.h"
#include "coding/options.h"

namespace parley {
namespace {

// CAMEO prefixes that are not states: organisations, non-state and unknown
// actors, regions.
constexpr std::array<std::string_view, 24> kNotCountries = {
    "IGO", "NGO", "IMG", "MNC", "UAF", "UIS", "INT", "---", "EUR", "AFR", "ASA", "MEA",
    "NAF", "SAF", "WAF", "EAF", "CAF", "SAM", "NMR", "LAM", "CAS", "SAS", "SEA", "WST"};

// Plural nouns that, with "two", "both" or "warring", name a document's two parties.
constexpr std::array<std::string_view, 10> kPairNouns = {
    "SIDES", "PARTIES", "COUNTRIES", "NATIONS", "DELEGATIONS", "TEAMS", "ADVERSARIES",
    "BELLIGERENTS", "NEIGHBOURS", "NEIGHBORS"};
constexpr std::array<std::string_view, 5> kPairWords = {"TWO", "BOTH", "WARRING", "OPPOSING", "BELLIGERENT"};

// Singular nouns that, after "his", "her", "its", "their", "our", name the
// possessor's country.
constexpr std::array<std::string_view, 4> kCountryNouns = {"COUNTRY", "NATION", "SIDE", "STATE"};
constexpr std::array<std::string_view, 5> kPossessives = {"HIS", "HER", "ITS", "THEIR", "OUR"};

// Conflict words whose owner or agent is the attacker ("A's invasion",
// "annexed by A", "A shelled ...").
constexpr std::array<std::string_view, 12> kConflictNouns = {
    "INVASION", "AGGRESSION", "OCCUPATION", "ANNEXATION", "ATTACK", "ATTACKS", "OFFENSIVE",
    "BOMBARDMENT", "SHELLING", "AIRSTRIKE", "AIRSTRIKES", "INCURSION"};
constexpr std::array<std::string_view, 7> kConflictVerbs = {"INVADE", "ANNEX",  "OCCUPY", "ATTACK",
                                                           "SHELL",  "BOMB", "BOMBARD"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// The first country of `head`'s actors (with conjuncts), "" when none.
std::string first_country(const ActorResolver& resolver, int head) {
  for (const ActorRef& a : resolver.actors_of(head)) {
    std::string c = country_of(a.code);
    if (!c.empty()) return c;
  }
  return "";
}

// The same for a state: a country or one of its state agents ("Spanish
// farmers" are no state: "their leaders" are not Spain's government).
std::string first_state(const ActorResolver& resolver, int head) {
  for (const ActorRef& a : resolver.actors_of(head)) {
    if (is_state_actor(a.code)) return country_of(a.code);
  }
  return "";
}

// Who the conflict word at token t points to, "" when no one.
std::string conflict_owner(const ParseView& view, const ActorResolver& resolver, int t) {
  if (view.is_nominal(t) && among(kConflictNouns, view.word(t))) {
    for (int ch : view.children(t)) {
      std::string_view r = view.rel(ch);
      int prep = view.case_child(ch);
      bool by = prep >= 0 && view.word(prep) == "BY";
      if (r == "nmod:poss" || r == "amod" || r == "compound" || by) {
        std::string c = first_country(resolver, ch);
        if (!c.empty()) return c;
      }
    }
    return "";
  }
  if (!view.is_verb(t) || !among(kConflictVerbs, view.lemma(t))) return "";
  bool passive = view.is_passive(t);
  for (int ch : view.children(t)) {
    int prep = view.case_child(ch);
    bool agent = passive ? prep >= 0 && view.word(prep) == "BY" : view.base_rel(ch) == "nsubj";
    if (agent) return first_country(resolver, ch);
  }
  return "";
}

struct Tally {
  std::map<std::pair<std::string, std::string>, int> pairs;
  std::map<std::string, int> attackers;
};

void tally_sentence(const Sentence& s, const Dictionaries& dicts, int date, Tally* tally) {
  ParseView view(s);
  CoderOptions options;
  options.new_actor_length = 0;
  ActorResolver resolver(dicts, view, date, options);
  for (int t = 0; t < view.size(); ++t) {
    int prep = view.case_child(t);
    if (prep >= 0 && view.word(prep) == "BETWEEN") {
      std::vector<std::string> named;
      for (const ActorRef& a : resolver.actors_of(t)) {
        std::string c = country_of(a.code);
        if (!c.empty() && std::find(named.begin(), named.end(), c) == named.end()) named.push_back(c);
      }
      if (named.size() >= 2) ++tally->pairs[std::minmax(named[0], named[1])];
    }
    std::string attacker = conflict_owner(view, resolver, t);
    if (!attacker.empty()) ++tally->attackers[attacker];
  }
}

// The key with the most votes when it is the only one with that many.
std::string clear_winner(const std::map<std::string, int>& votes) {
  std::string best;
  int most = 0;
  bool tie = false;
  for (const auto& [key, n] : votes) {
    if (n > most) {
      best = key, most = n, tie = false;
    } else if (n == most) {
      tie = true;
    }
  }
  return tie ? "" : best;
}

void choose_pair(const Tally& tally, DocumentContext* context) {
  std::pair<std::string, std::string> best;
  int most = 0;
  for (const auto& [pair, n] : tally.pairs) {
    if (n > most) best = pair, most = n;
  }
  if (most > 0) {
    context->party_a = best.first;
    context->party_b = best.second;
  }
  // Counting alone (the two most frequent countries) was tried: on the news
  // corpus its pairs were mostly wrong (a country and its creditor banks, a
  // trade partner named in passing), so a pair must be named together.
}

bool has_child_word(const ParseView& view, int head, const std::array<std::string_view, 5>& words) {
  for (int ch : view.children(head)) {
    if (among(words, view.word(ch))) return true;
  }
  return false;
}

// The country of the actor speaking around `head` ("X said his country ..."):
// the subject of a verb above it, else the nearest actor before it.
std::string possessor_country(const ParseView& view, int head, const ActorResolver& resolver) {
  std::vector<int> phrase = view.subtree(head);
  for (int v = view.head(head), guard = 0; v >= 0 && guard < view.size(); v = view.head(v), ++guard) {
    for (int ch : view.children(v)) {
      if (view.base_rel(ch) != "nsubj" || std::find(phrase.begin(), phrase.end(), ch) != phrase.end()) continue;
      std::string c = first_state(resolver, ch);
      if (!c.empty()) return c;
    }
  }
  for (int t = phrase.front() - 1; t >= 0; --t) {
    if (!view.is_nominal(t)) continue;
    std::string c = first_state(resolver, t);
    if (!c.empty()) return c;
  }
  return "";
}

// The words of the phrase itself: the head and its phrase-internal
// dependents ("the two sides", "his country"), not its clauses.
std::pair<int, int> own_words(const ParseView& view, int head) {
  int first = head, last = head;
  for (int ch : view.children(head)) {
    if (!is_phrase_internal(view.rel(ch))) continue;
    first = std::min(first, ch);
    last = std::max(last, ch);
  }
  return {first, last};
}

bool is_agent_only(const std::vector<ActorRef>& found) {
  return !found.empty() && std::all_of(found.begin(), found.end(),
                                       [](const ActorRef& a) { return a.code.rfind("---", 0) == 0; });
}

}  // namespace

bool is_state_agent(const std::string& code) {
  std::string_view role = code.size() >= 6 ? std::string_view(code).substr(3, 3) : std::string_view();
  return role == "GOV" || role == "MIL" || role == "LEG" || role == "JUD" || role == "COP" || role == "SPY";
}

bool is_state_actor(const std::string& code) {
  return !country_of(code).empty() && (code.size() == 3 || is_state_agent(code));
}

std::string country_of(const std::string& code) {
  if (code.size() < 3) return "";
  for (int i = 0; i < 3; ++i) {
    if (code[i] < 'A' || code[i] > 'Z') return "";
  }
  std::string c = code.substr(0, 3);
  return among(kNotCountries, c) ? "" : c;
}

bool has_possessive_pronoun(const ParseView& view, int head) {
  if (head < 0) return false;
  for (int ch : view.children(head)) {
    if (view.rel(ch) == "nmod:poss" && view.token(ch).upos == "PRON" && among(kPossessives, view.word(ch))) return true;
  }
  return false;
}

bool is_pair_phrase(const ParseView& view, int head) {
  return head >= 0 && among(kPairNouns, view.word(head)) && has_child_word(view, head, kPairWords);
}

std::string DocumentContext::other_party(const std::string& code) const {
  if (!has_pair()) return "";
  std::string c = country_of(code);
  if (c == party_a) return party_b;
  if (c == party_b) return party_a;
  return "";
}

DocumentContext build_document_context(const std::vector<Sentence>& sentences, const Dictionaries& dicts,
                                       int date) {
  Tally tally;
  for (const Sentence& s : sentences) tally_sentence(s, dicts, date, &tally);
  DocumentContext context;
  choose_pair(tally, &context);
  context.aggressor = clear_winner(tally.attackers);
  context.shadowed = shadowed_people(sentences, dicts);
  context.surname_places = surname_places(sentences, dicts);
  return context;
}

std::vector<ActorRef> context_actors(const ParseView& view, int head, const ActorResolver& resolver,
                                     const DocumentContext& context, std::vector<ActorRef> found) {
  const std::string& word = view.word(head);
  auto [first, last] = own_words(view, head);
  if (found.empty() && context.has_pair() && is_pair_phrase(view, head)) {
    return {{context.party_a, head, first, last}, {context.party_b, head, first, last}};
  }
  bool possessive = false;
  std::vector<ActorRef> owners;
  for (int ch : view.children(head)) {
    if (view.rel(ch) != "nmod:poss") continue;
    if (view.token(ch).upos == "PRON" && among(kPossessives, view.word(ch))) possessive = true;
    else owners = resolver.actors_of(ch);  // "the two sides' negotiators"
  }
  if (possessive && found.empty() && among(kCountryNouns, word)) {
    std::string c = possessor_country(view, head, resolver);
    if (!c.empty()) return {{c, head, first, last}};
  }
  if (!is_agent_only(found)) return found;
  if (possessive) {
    if (!std::all_of(found.begin(), found.end(), [](const ActorRef& a) { return is_state_agent(a.code); })) return found;
    std::string c = possessor_country(view, head, resolver);
    if (!c.empty()) owners = {{c, head, first, last}};
  }
  std::vector<ActorRef> out;
  for (const ActorRef& o : owners) {
    std::string c = country_of(o.code);
    if (c.empty()) continue;
    for (const ActorRef& a : found) out.push_back({c + a.code.substr(3), a.head, std::min(a.first, o.first), std::max(a.last, o.last)});
  }
  return out.empty() ? found : out;
}

}  // namespace parley
