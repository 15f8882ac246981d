#include "coding/sides.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

#include "coding/document_context.h"
#include "coding/event_filter.h"
#include "util/strings.h"

namespace parley {
namespace {

// Nouns naming where or how something is said or done, or what it is about;
// a name on them is their setting or topic, not a party.
const std::set<std::string_view> kSettingNouns = {
    "INTERVIEW", "INTERVIEWS", "SESSION",     "SESSIONS",  "ROUND",   "CONFERENCE", "CONFERENCES",
    "REPORT",    "REPORTS",    "BRIEFING",    "BROADCAST", "HEARING", "HEARINGS",   "CEREMONY",
    "AFFAIR",    "SCANDAL",    "CONTROVERSY", "INQUIRY",   "PROBE",   "STUDY",      "SURVEY"};

// Words a place after "in", "at" or "near" is only the venue or time of:
// meeting and speaking ("met in", "said at", "the accord reached in"),
// gatherings, sites, and times ("last December in Velmar").
const std::set<std::string_view> kVenueHosts = {
    "SAY",       "TELL",         "SPEAK",     "DECLARE",    "ANNOUNCE",  "MEET",         "SIGN",
    "REACH",     "AGREE",        "HOLD",      "GATHER",     "CONVENE",   "CONFER",       "TALK",
    "NEGOTIATE", "INITIAL",      "CONCLUDE",  "PRESENT",    "MEETING",   "MEETINGS",     "SUMMIT",
    "TALKS",     "NEGOTIATIONS", "SESSION",   "CONFERENCE", "GATHERING", "CONVENTION",   "ASSEMBLY",
    "FORUM",     "SITE",         "GROUND",    "PLANT",      "FACTORY",   "HEADQUARTERS", "OFFICE",
    "HOTEL",     "AIRPORT",      "ANCHORAGE", "JANUARY",    "FEBRUARY",  "MARCH",        "APRIL",
    "MAY",       "JUNE",         "JULY",      "AUGUST",     "SEPTEMBER", "OCTOBER",      "NOVEMBER",
    "DECEMBER",  "WEEK",         "WEEKEND",   "MONTH",      "YEAR",      "DAY",          "MONDAY",
    "TUESDAY",   "WEDNESDAY",    "THURSDAY",  "FRIDAY",     "SATURDAY",  "SUNDAY"};

// Verbs and nouns that move or place forces.
const std::set<std::string_view> kDeployWords = {
    "WITHDRAW", "PULL",     "SEND",         "DEPLOY",     "DISPATCH",   "STATION",
    "MOBILIZE", "MOBILISE", "MOVE",         "WITHDRAWAL", "DEPLOYMENT", "PULLOUT",
    "PULLBACK", "REDEPLOY", "REDEPLOYMENT", "ORDER"};

// The word of a's phrase that attaches to its head h (h itself if none).
int phrase_top(const ParseView& view, int t, int h) {
  for (int guard = 0; guard < view.size() && t >= 0 && view.head(t) != h && t != h; ++guard)
    t = view.head(t);
  return t < 0 ? h : t;
}

// The first conjunct of t's coordination (t itself when t is none's conjunct).
int first_conjunct(const ParseView& view, int t) {
  for (int guard = 0; guard < view.size() && view.base_rel(t) == "conj" && view.head(t) >= 0; ++guard)
    t = view.head(t);
  return t;
}

bool proper_name(const ParseView& view, const ActorRef& a) {
  if (a.first < 0 || a.head < 0) return false;
  bool inside = a.first <= a.head && a.head <= a.last;
  // A later conjunct of the phrase names a place of its own ("Davos, Switzerland").
  if (!inside && view.rel(phrase_top(view, a.first, a.head)) != "conj") return false;
  // "New York": the tagger's adjectives inside a capitalised name count.
  for (int t = a.first; t <= a.last; ++t) {
    const Token& w = view.token(t);
    bool capital_adjective =
        w.upos == "ADJ" && !w.form.empty() && std::isupper(static_cast<unsigned char>(w.form[0]));
    if (w.upos != "PROPN" && !capital_adjective) return false;
  }
  return view.token(inside ? a.head : a.last).upos == "PROPN";
}

}  // namespace

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

bool is_setting(const ParseView& view, const ActorRef& a) {
  int h = a.head;
  if (h < 0) return false;
  // The head itself a setting noun the named words only modify ("a
  // television interview in Velmar"); a proper name ending in one ("the
  // Islamic Conference") may be an actor.
  bool inside = a.first >= 0 && a.first <= h && h <= a.last;
  // Its owner is no setting: "the administration's report".
  bool owner = a.first >= 0 && view.rel(phrase_top(view, a.first, h)) == "nmod:poss";
  if (view.is_one_of(h, kSettingNouns) && !owner && (!inside || view.token(h).upos == "NOUN"))
    return true;
  // A name right before a setting noun modifies it, whatever the parse made
  // of the pair ("during the Uruguay round of talks").
  int next = a.last + 1;
  if (a.last >= 0 && next < view.size() && view.is_one_of(next, kSettingNouns) && !view.is_verb(next))
    return true;
  // "the Ruritania arms affair": the country the arms went to is its topic.
  if (a.last >= 0 && next < view.size() && view.word(next) == "ARMS" &&
      view.base_rel(a.last) == "compound")
    return true;
  // A name read with its setting noun as one flat name ("Uruguay Round").
  for (int ch : view.children(h)) {
    std::string_view r = view.base_rel(ch);
    if ((r == "flat" || r == "compound") && ch > a.last && view.is_one_of(ch, kSettingNouns)) return true;
  }
  // A later conjunct shares the first one's place ("in Davos, Switzerland").
  int first = first_conjunct(view, h);
  int g = view.head(first);
  if (g < 0) return false;
  std::string_view r = view.base_rel(first);
  int marker = view.case_child(first);
  std::string_view p = marker >= 0 ? std::string_view(view.word(marker)) : std::string_view();
  // The host may be the verb above the noun the place is on ("held a
  // meeting with the committee in Lorenza").
  bool hosted = view.is_one_of(g, kVenueHosts) ||
                (r == "nmod" && view.is_nominal(g) && view.head(g) >= 0 &&
                 view.is_verb(view.head(g)) && view.is_one_of(view.head(g), kVenueHosts));
  if ((p == "IN" || p == "AT" || p == "NEAR") && (r == "obl" || r == "nmod") &&
      proper_name(view, a) && hosted) {
    return true;
  }
  // Up through the nouns it modifies ("a report on the Ruritania arms
  // affair") to a setting noun; a possessive is an owner, not a topic.
  for (int t = first, guard = 0; guard < 3 && view.head(t) >= 0; ++guard) {
    std::string_view rel = view.base_rel(t);
    if (view.rel(t) == "nmod:poss" ||
        (rel != "nmod" && rel != "compound" && rel != "amod" && rel != "flat")) {
      return false;
    }
    t = view.head(t);
    // "said in its report on Ruritania": the speaker's own report is about its topic.
    if (view.is_one_of(t, kSettingNouns)) return !has_possessive_pronoun(view, t);
    if (!view.is_nominal(t)) return false;
  }
  return false;
}

bool is_listed_party(const ParseView& view, const ActorRef& a) {
  static const std::set<std::string_view> kAccords = {"ACCORD", "AGREEMENT", "PACT", "TREATY"};
  if (a.head < 0) return false;
  int first = first_conjunct(view, a.head);
  int marker = view.case_child(first);
  if (marker < 0 || (view.word(marker) != "BETWEEN" && view.word(marker) != "AMONG")) return false;
  if (view.base_rel(first) != "nmod" || !view.is_one_of(view.head(first), kAccords)) return false;
  int conjuncts = 0;
  for (int ch : view.children(first)) conjuncts += view.base_rel(ch) == "conj";
  return conjuncts >= 2;
}

bool is_own_instrument(const ParseView& view, const ActorRef& target, const ActorRef& source) {
  if (target.head < 0 || (!has_role(target.code, "MIL") && !has_role(target.code, "COP")))
    return false;
  // Both unplaced ("the government", "troops"): the document places them
  // in one country.
  bool unplaced = source.code.rfind("---", 0) == 0 && target.code.rfind("---", 0) == 0;
  std::string country = country_of(source.code);
  if (!unplaced && (country.empty() || country != country_of(target.code))) return false;
  // "sent thousands of troops": through the quantity to its verb.
  int t = target.head;
  if (view.base_rel(t) == "nmod" && view.head(t) >= 0 && view.base_rel(view.head(t)) == "obj")
    t = view.head(t);
  std::string_view r = view.base_rel(t);
  int mover = view.head(t);
  if ((r != "obj" && r != "nmod") || !view.is_one_of(mover, kDeployWords)) return false;
  // "the order [to send marines]": the sender is whoever gave the order.
  if (view.base_rel(mover) == "acl") return false;
  // The mover is the source: no subject of its own, a pronoun, or the
  // source's phrase ("a spokesman said the minister sent troops" is a report).
  for (int ch : view.children(mover)) {
    std::string_view cr = view.base_rel(ch);
    if (cr != "nsubj") continue;
    return view.token(ch).upos == "PRON" || ch == source.head;
  }
  return true;
}

bool is_own_organisation(const ParseView& view, const ActorRef& target, const ActorRef& source) {
  if (target.head < 0 || source.head < 0 || target.head == source.head) return false;
  std::string country = country_of(source.code);
  // An unplaced target ("the bank") may be the body too.
  bool unplaced = target.code.rfind("---", 0) == 0;
  if (country.size() != 3 || (!unplaced && country != country_of(target.code))) return false;
  auto noun = [&](int t) {
    std::string_view tag = view.token(t).upos;
    return tag == "NOUN" || tag == "PROPN";
  };
  // The source phrase's nouns and names, not through a clause on it ("the
  // official who met the bank"), named before the target.
  std::set<std::string_view> own;
  for (int t : view.subtree(source.head)) {
    if (t >= target.head || !noun(t)) continue;
    bool clause = false;
    for (int u = t, guard = 0; u >= 0 && u != source.head && guard < view.size(); ++guard, u = view.head(u)) {
      std::string_view r = view.base_rel(u);
      clause = clause || r == "acl" || r == "ccomp" || r == "parataxis" || r == "advcl" || r == "xcomp";
    }
    if (!clause) own.insert(view.word(t));
  }
  // Every noun and name of the target among them: "the bank", "the Bank of
  // Ruritania", but not "House Speaker Wright" after "the White House".
  int first = target.first >= 0 && target.first <= target.head ? target.first : target.head;
  int last = target.last >= target.head ? target.last : target.head;
  bool any = false;
  for (int t = first; t <= last; ++t) {
    if (!noun(t)) continue;
    if (!own.count(view.word(t))) return false;
    any = true;
  }
  return any;
}

bool is_comparison(const ParseView& view, const ActorRef& a) {
  static const std::set<std::string_view> kCompare = {"COMPARE", "COMPARED", "SIMILAR", "COMPARABLE",
                                                      "EQUIVALENT", "RELATIVE"};
  // A later conjunct's words lie outside its list's head ("X, unlike Y").
  bool inside = a.first >= 0 && a.first <= a.head && a.head <= a.last;
  int t = inside || a.last < 0 ? a.head : a.last;
  for (int guard = 0; guard < 3 && t >= 0; ++guard) {
    for (int m : view.children(t)) {
      if (view.base_rel(m) != "case") continue;
      std::string_view w = view.word(m);
      if (w == "THAN" || w == "UNLIKE") return true;
      if ((w == "WITH" || w == "TO") && m > 0 && view.is_one_of(m - 1, kCompare)) return true;
    }
    std::string_view r = view.base_rel(t);
    if (r != "nmod" && r != "compound" && view.rel(t) != "nmod:poss") return false;
    t = view.head(t);
  }
  return false;
}

bool is_dateline(const ParseView& view, const ActorRef& a) {
  if (a.first != 0 || a.last < 0 || a.last + 2 >= view.size() || !proper_name(view, a)) return false;
  return is_dash(view.token(a.last + 1).form);
}

}  // namespace parley
