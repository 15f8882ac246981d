// The sentence rules of event_filter.h (the document rules: event_gate.cpp).
#include "coding/document_context.h"
#include "coding/event_filter.h"

#include <set>
#include <string_view>

namespace parley {
namespace {

// Head nouns that name things, not actors: prices and markets, money,
// weapons, goods. A country word before them ("Ruritanian crude prices",
// "European fighter planes") does not make them a party to an event.
const std::set<std::string_view> kNonActorHeads = {
    "PRICE",    "PRICES",     "CRUDE",       "OIL",        "MARKET",     "MARKETS",   "STOCK",
    "STOCKS",   "SHARE",      "SHARES",      "BOND",       "BONDS",      "BILL",      "BILLS",
    "RATE",     "RATES",      "CURRENCY",    "CURRENCIES", "DOLLAR",     "DOLLARS",   "DLR",
    "DLRS",     "YEN",        "MARK",        "MARKS",      "FRANC",      "FRANCS",    "POUND",
    "STERLING", "LIRA",       "ECU",         "ECUS",       "PESO",       "PESOS",     "RUBLE",
    "ROUBLE",   "EXPORTS",    "IMPORTS",     "OUTPUT",     "PRODUCTION", "PRODUCT",   "PRODUCTS",
    "GOODS",    "ECONOMY",    "GDP",         "DEFICIT",    "SURPLUS",    "DEBT",      "LOAN",
    "LOANS",    "BUDGET",     "MISSILE",     "MISSILES",   "WEAPON",     "WEAPONS",   "AIRCRAFT",
    "PLANE",    "PLANES",     "JET",         "JETS",       "FIGHTER",    "FIGHTERS",  "TANK",
    "TANKS",    "HELICOPTER", "HELICOPTERS", "ROCKET",     "ROCKETS",    "SUBMARINE", "WARSHIP",
    "SYSTEM",   "SYSTEMS",    "CAR",         "CARS",       "STEEL",      "WHEAT",     "GRAIN",
    "COFFEE",   "SUGAR",      "COCOA",       "GAS",        "GOLD",       "FUTURES",
    // Units of price and quantity: "31 Ruritanian cents a pound".
    "CTS",      "CENTS",      "TONNES",      "TONS",       "BARRELS",    "BUSHELS",
    "BAGS"};

// Nouns outside the agent dictionary that still stand for their country's
// people ("the Iraqi side", "the Japanese delegation").
const std::set<std::string_view> kActorLikeHeads = {
    "SIDE",
    "DELEGATION",
    "TEAM",
    "CAMP",
    "REGIME",
    "PEOPLE",
    "LEADERSHIP",
    "NATION",
    "STATE",
    "REPUBLIC",
    "EMBASSY",
    "CONSULATE",
    "MISSION",
    "COUNTERPART",
    "COUNTERPARTS",
    "PARTNER",
    "PARTNERS",
    "ALLY",
    "ALLIES",
    "NEIGHBOUR",
    "NEIGHBOR",
    "PRESIDENCY",
    "ENVOY",
    "ENVOYS",
    "AUTHORITIES",
    // An actor's own act or stance stands for the actor ("backed the EU
    // complaint", "rejected the British proposal").
    "PROPOSAL",
    "PROPOSALS",
    "COMPLAINT",
    "COMPLAINTS",
    "PLAN",
    "PLANS",
    "POLICY",
    "POLICIES",
    "POSITION",
    "STANCE",
    "DEMAND",
    "DEMANDS",
    "REQUEST",
    "OFFER",
    "INITIATIVE",
    "DECISION",
    "MOVE",
    "BID",
    "CALL",
    "STATEMENT",
    "ACTION",
    "ACTIONS",
    "EFFORT",
    "EFFORTS",
    "ATTACK",
    "ATTACKS",
    "OFFENSIVE",
    "ACCUSATION",
    "ACCUSATIONS",
    "CHARGES",
    "CLAIM",
    "CLAIMS",
    "CRITICISM",
    "REFUSAL",
    "THREAT",
    "THREATS",
    "VIEW",
    "VIEWS",
    "ACCESSION",
    "MEMBERSHIP",
    "APPLICATION",
    "PARTICIPATION",
    "ROLE",
    "INVOLVEMENT",
    "PRESENCE",
    "INTERVENTION",
    "INVASION",
    "AGGRESSION",
    "OCCUPATION",
    "WITHDRAWAL",
};

// Places and ships stand for their country ("shelled Ukrainian cities",
// "captured Iraqi positions", "attacked a Saudi tanker", "escort Kuwaiti
// tankers").
const std::set<std::string_view> kPlaceHeads = {
    "CITY",        "CITIES",  "TOWN",     "TOWNS",    "VILLAGE",        "VILLAGES", "TERRITORY",
    "TERRITORIES", "BORDER",  "BORDERS",  "POSITION", "POSITIONS",      "BASE",     "BASES",
    "REGION",      "REGIONS", "PORT",     "PORTS",    "SOIL",           "AIRSPACE", "WATERS",
    "FRONT",       "LINES",   "DEFENCES", "DEFENSES", "FORTIFICATIONS", "POSTS",
    "SHIP",        "SHIPS",   "VESSEL",   "VESSELS",  "TANKER",         "TANKERS",
    "SUPERTANKER", "SUPERTANKERS", "FREIGHTER", "FREIGHTERS"};

// The countries named on a relation are its parties ("Russia-Ukraine peace
// talks", "the Iran-Iraq war"); a city on it is where it happens ("the Paris
// meeting"), so only a country's own code counts.
const std::set<std::string_view> kRelationHeads = {
    "TALKS",     "NEGOTIATIONS", "MEETING", "SUMMIT",    "DEAL",     "AGREEMENT",
    "ACCORD",    "TREATY",       "PACT",    "WAR",       "CONFLICT", "DISPUTE",
    "RELATIONS", "TIES",         "TRUCE",   "CEASEFIRE", "DIALOGUE"};

// Words that make a phrase a firm's ("Acme Corp", "the company's president").
const std::set<std::string_view> kFirmWords = {
    "COMPANY", "COMPANIES", "FIRM",     "FIRMS",      "CORPORATION", "CORP",     "INC",
    "CO",      "LTD",       "PLC",      "LLC",        "AG",          "NV",       "GMBH",
    "SPA",     "BHD",       "HOLDINGS", "INDUSTRIES", "SECURITIES",  "MOTORS",   "AIRLINES",
    "AIRWAYS", "BANCORP",   "BANK",     "BANKS",      "BANKER",      "BANKERS",  "BROKER",
    "BROKERS", "TRADER",    "TRADERS",  "DEALER",     "DEALERS",     "EXCHANGE", "SUBSIDIARY",
    "AIRLINE", "INSURER",   "REFINERY", "MAKER",      "MAKERS",      "PRODUCER",
    // Trade associations and lobbies: "a spokesman for the growers' association".
    "ASSOCIATION", "ASSOCIATIONS", "LOBBY", "LOBBIES"};

std::string bare(const std::string& word) {
  std::string w = word;
  while (!w.empty() && w.back() == '.') w.pop_back();
  return w;
}

// The phrase's own words and those of possessive or "of/for/at" modifiers.
std::vector<int> firm_scope(const ParseView& view, int head) {
  std::vector<int> out{head};
  for (std::size_t k = 0; k < out.size(); ++k) {
    for (int c : view.children(out[k])) {
      const std::string& r = view.rel(c);
      bool inside =
          r == "compound" || r == "flat" || r == "amod" || r == "nmod:poss" || r == "appos";
      if (!inside && view.base_rel(c) == "nmod" && out[k] == head) {
        int prep = view.case_child(c);
        inside = prep >= 0 &&
                 (view.word(prep) == "OF" || view.word(prep) == "FOR" || view.word(prep) == "AT");
      }
      if (inside) out.push_back(c);
    }
  }
  return out;
}

// "the central bank", "Bank of Japan" (of a country: a capital or city gives
// a firm, "Bank of Tokyo"): a state institution, not a firm.
bool is_central_bank(const ParseView& view, const ActorResolver& actors, int head) {
  for (int bank : firm_scope(view, head)) {
    if (bare(view.word(bank)) != "BANK") continue;
    // "Royal Bank of Canada", "Development Bank of Singapore": a name word
    // before "Bank" makes a firm of it; "National Bank of X" stays open.
    bool named = false;
    for (int c : view.children(bank)) {
      if (view.word(c) == "CENTRAL" || view.word(c) == "RESERVE") return true;
      std::string_view r = view.base_rel(c);
      if ((r == "compound" || r == "amod" || r == "flat") && c < bank && view.word(c) != "NATIONAL")
        named = true;
    }
    if (named) continue;
    // Listed: "Bank of England" (GOV), "Bank of Montreal" (BUS).
    std::string listed = actors.phrase_code_at(bank);
    if (!listed.empty()) return has_role(listed, "GOV");
    for (int c : view.children(bank)) {
      int prep = view.case_child(c);
      if (view.base_rel(c) != "nmod" || prep < 0 || view.word(prep) != "OF") continue;
      // Of the country by its own name: "Bank of Canada", not "Bank of Montreal".
      std::vector<ActorRef> of = actors.resolve(c, {});
      if (of.size() == 1 && of[0].code.size() == 3 && is_placed(of[0].code) &&
          actors.is_primary_name(of[0].first, of[0].last)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool is_placed(const std::string& code) {
  return !code.empty() && code.rfind("---", 0) != 0 && code.front() != '"';
}

bool has_role(const std::string& code, std::string_view role) {
  for (std::size_t i = 3; i + 3 <= code.size(); i += 3) {
    if (std::string_view(code).substr(i, 3) == role) return true;
  }
  return false;
}

bool is_business(const std::string& code) { return has_role(code, "BUS"); }

bool is_reciprocal_code(const std::string& code) {
  std::string root = code.substr(0, 2);
  std::string base = code.substr(0, 3);
  if (root == "06" || root == "19" || root == "20") return true;
  return base == "030" || base == "036" || base == "040" || base == "041" || base == "044" ||
         base == "046" || base == "057";
}

bool names_non_actor(const ParseView& view, const ActorRef& a, const PhraseIndex* agents) {
  int h = a.head;
  if (h < 0 || a.first < 0) return false;
  auto thing = [&](int t) {
    return t >= 0 &&
           (kNonActorHeads.count(bare(view.lemma(t))) || kNonActorHeads.count(bare(view.word(t))));
  };
  if (thing(h)) return true;
  // "the currencies of Chile": the country of a thing.
  int of = view.case_child(h);
  if (view.base_rel(h) == "nmod" && of >= 0 && view.word(of) == "OF" && thing(view.head(h)))
    return true;
  // "British or French and German missiles": a country adjective conjoined
  // under a thing.
  if (view.token(h).upos == "ADJ") {
    int t = h;
    for (int guard = 0; guard < view.size() && view.base_rel(t) == "conj"; ++guard)
      t = view.head(t);
    if (thing(t) || (view.token(t).upos == "ADJ" && thing(view.head(t)))) return true;
  }
  // "countries such as Peru", "nations like Chile": an example, not a party.
  int marker = view.case_child(h);
  if (marker >= 0) {
    const std::string& w = view.word(marker);
    bool such = w == "SUCH" || (w == "AS" && marker > 0 && view.word(marker - 1) == "SUCH");
    if (such || w == "LIKE" || w == "INCLUDING") return true;
  }
  // "an accord reached in Lima": a capital (coded as its government) after
  // "in" or "at" is where something happens.
  int where = view.case_child(h);
  if (where >= 0 && (view.word(where) == "IN" || view.word(where) == "AT") && a.code.size() == 6 &&
      a.code.compare(3, 3, "GOV") == 0) {
    bool name = a.first >= 0;
    for (int t = a.first; t >= 0 && t <= a.last; ++t) name = name && view.token(t).upos == "PROPN";
    if (name) return true;
  }
  if (a.first <= h && h <= a.last) return false;
  // The head is an agent word ("Russian and Ukrainian foreign ministers":
  // UKRGOV for the second country): the phrase names people.
  if (agents && agents->longest_at(view.words(), h).id >= 0) return false;
  if (kPlaceHeads.count(bare(view.word(h)))) return false;
  if (view.token(h).upos != "NOUN" || kActorLikeHeads.count(bare(view.word(h)))) return false;
  if (kRelationHeads.count(bare(view.word(h)))) return a.code.size() != 3;
  // The named words' attachment to the head: an adjective or compound says
  // what kind of thing the head is; a possessive ("Ruritania's oil") is an owner.
  // "a San Francisco-based group": the path from the named words up to the
  // head, through "based".
  for (int t = a.first, guard = 0; t >= 0 && guard < view.size(); ++guard) {
    if (view.head(t) == h) {
      const std::string& r = view.rel(t);
      return r == "amod" || r == "compound";
    }
    t = view.head(t);
  }
  return false;
}

bool is_firm_phrase(const ParseView& view, int head) {
  for (int t : firm_scope(view, head)) {
    if (kFirmWords.count(bare(view.word(t)))) return true;
  }
  return false;
}

ActorRef as_business(const ParseView& view, const ActorResolver& actors, const ActorRef& a) {
  ActorRef out = a;
  if (a.code.rfind("IGO", 0) == 0 || a.code.rfind("NGO", 0) == 0) return out;
  if (is_central_bank(view, actors, a.head)) {
    // A central bank is its state's: ~GOV, not ~BUS.
    std::string country = is_placed(a.code) ? a.code.substr(0, 3) : "---";
    out.code = country + "GOV";
    return out;
  }
  // A country word on a firm's common noun ("Japanese banks", "U.S. firms")
  // gives its country; inside a firm's name ("American Motors Corp", "Bank
  // of Tokyo") the place is part of the name.
  bool named_firm = false;
  for (int t : firm_scope(view, a.head)) {
    if (kFirmWords.count(bare(view.word(t))) && view.token(t).upos == "PROPN") named_firm = true;
  }
  std::string country = is_placed(a.code) && !named_firm ? a.code.substr(0, 3) : "---";
  out.code = country + "BUS";
  return out;
}

int possessive_antecedent(const ParseView& view, int head) {
  bool pronoun = false;
  for (int c : view.children(head)) {
    if (view.rel(c) == "nmod:poss" && (view.word(c) == "ITS" || view.word(c) == "THEIR"))
      pronoun = true;
  }
  if (!pronoun) return -1;
  int below = head;
  for (int t = view.head(head), guard = 0; t >= 0 && guard < 6;
       below = t, t = view.head(t), ++guard) {
    for (int c : view.children(t)) {
      std::string_view r = view.base_rel(c);
      if ((r == "nsubj" || r == "csubj") && c != below && c < head) return c;
    }
  }
  return -1;
}

bool is_hypothetical(const ParseView& view, int verb, const std::vector<int>& coded) {
  static const std::set<std::string_view> kModals = {"SHOULD", "COULD", "MIGHT", "MAY", "MUST"};
  // "would close the session and attend the summit if ...": a conjoined verb
  // without its own subject shares its first conjunct's condition or modal.
  if (view.base_rel(verb) == "conj" && view.head(verb) >= 0) {
    bool own_subject = false;
    for (int c : view.children(verb)) own_subject = own_subject || view.base_rel(c) == "nsubj";
    if (!own_subject && is_hypothetical(view, view.head(verb), coded)) return true;
  }
  static const std::set<std::string_view> kHearsay = {
      "SPECULATE", "SPECULATION", "RUMOR", "RUMOUR", "GOAL", "AIM", "UNLIKELY"};
  // "to join the WTO, Ruritania must ...": a purpose, not an act.
  if (view.base_rel(verb) == "advcl") {
    for (int c : view.children(verb)) {
      if (view.base_rel(c) == "mark" && view.word(c) == "TO") return true;
    }
  }
  // "would quit the coalition unless ...": an act on a condition (the coder
  // does not ask this of a threat, whose condition is part of the threat).
  for (int c : view.children(verb)) {
    if (view.base_rel(c) != "advcl") continue;
    for (int m : view.children(c)) {
      if (view.base_rel(m) == "mark" && (view.word(m) == "IF" || view.word(m) == "UNLESS"))
        return true;
    }
  }
  // "few politicians were prepared to criticise", "no country has ...",
  // "neither the U.S. nor the Soviet Union has ratified it".
  for (int t = verb, guard = 0; t >= 0 && guard < 4; t = view.head(t), ++guard) {
    for (int subject : view.children(t)) {
      if (view.base_rel(subject) != "nsubj") continue;
      for (int q : view.children(subject)) {
        if ((view.word(q) == "FEW" || view.word(q) == "NO" || view.word(q) == "NEITHER") &&
            view.base_rel(q) != "conj")
          return true;
      }
    }
    if (view.base_rel(t) != "xcomp") break;
  }
  bool control_chain = true;  // verb and the verbs it is an xcomp of
  for (int t = verb, guard = 0; t >= 0 && guard < 8; t = view.head(t), ++guard) {
    for (int c : view.children(t)) {
      std::string_view r = view.base_rel(c);
      if (r == "mark" &&
          (view.word(c) == "IF" || view.word(c) == "UNLESS" || view.word(c) == "WHETHER"))
        return true;
      if (control_chain && r == "aux" && kModals.count(view.word(c))) return true;
      // "is not considering sending": an uncoded governor's negation.
      if (control_chain && t != verb && coded[t] < 0 && view.is_negation(c)) return true;
    }
    if (t != verb && kHearsay.count(view.lemma(t))) return true;
    control_chain = control_chain && view.base_rel(t) == "xcomp";
  }
  return false;
}

bool is_mistagged_noun(const ParseView& view, int verb) {
  bool noun_dependent = false;
  for (int c : view.children(verb)) {
    const std::string& r = view.rel(c);
    // A word with its own subject is a verb whatever else hangs from it: the
    // stray dependent is the parser's error, not the tagger's.
    if (view.base_rel(c) == "nsubj" || view.base_rel(c) == "csubj") return false;
    if (r == "det" || r == "amod" || r == "nmod:poss" || r == "case") noun_dependent = true;
  }
  return noun_dependent;
}

bool is_given_as_preposition(const ParseView& view, int verb) {
  if (view.word(verb) != "GIVEN" || view.rel(verb) == "acl") return false;
  bool determined_object = false;
  for (int c : view.children(verb)) {
    std::string_view r = view.base_rel(c);
    if (r == "nsubj" || r == "aux" || r == "cop" || r == "iobj") return false;
    int prep = view.case_child(c);
    if (prep >= 0 && view.word(prep) == "BY") return false;  // "given arms by Iran"
    if (r == "obj") {
      for (int d : view.children(c)) determined_object = determined_object || view.base_rel(d) == "det";
    }
  }
  return determined_object;
}

bool same_list(const ParseView& view, int a, int b) {
  auto list_root = [&](int t) {
    for (int guard = 0; guard < view.size() && view.head(t) >= 0; ++guard) {
      std::string_view r = view.base_rel(t);
      if (r != "conj" && r != "appos") break;
      t = view.head(t);
    }
    return t;
  };
  return a >= 0 && b >= 0 && list_root(a) == list_root(b);
}

}  // namespace parley
