#include "coding/modality.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace parley {
namespace {

using Words = std::set<std::string_view>;

// Verbs and nouns whose complement is not done: "denied that ...", "rejected
// the suggestion to ...", "refused to ...", "ruled out ...".
const Words kDenials = {"DENY",    "REJECT",     "REFUSE",  "DECLINE", "DISMISS", "DISPUTE",
                        "REBUFF",  "REPUDIATE",  "DENIAL",  "DENIALS", "REJECTION", "REFUSAL"};

// Verbs whose complement is what someone expects, not what is done.
const Words kExpectations = {"EXPECT", "PREDICT", "FORECAST", "ANTICIPATE", "SPECULATE", "PROJECT"};

// Words of belief or hope: their complement is expected when it is future
// ("believes Brazil will strike a deal", "confident that X would ...").
const Words kBeliefs = {"BELIEVE", "THINK",   "HOPE",    "FEAR",       "DOUBT",   "SUSPECT", "ASSUME",
                        "CONFIDENT", "OPTIMISTIC", "HOPEFUL", "SURE", "CERTAIN", "LIKELY",  "UNLIKELY",
                        "POSSIBLE", "PROBABLE", "CONVINCED"};

// Verbs whose "that" clause is an act put to someone, not done: "suggested
// that the president bring proposals", "proposed that the growers meet the
// ministry". The suggestion itself keeps its own code.
const Words kSuggestions = {"SUGGEST", "PROPOSE", "RECOMMEND", "ADVISE", "URGE", "INSIST", "DEMAND",
                            "REQUEST"};

// Nouns whose content clause is only talked of, asked for or set as a
// condition ("speculation that ...", "the suggestion to seek help", "on
// condition that X stop attacking", "demands that X withdraw").
const Words kHearsayNouns = {"SUGGESTION", "SUGGESTIONS", "SPECULATION", "RUMOUR",      "RUMOURS",
                             "RUMOR",      "RUMORS",      "POSSIBILITY", "PROSPECT",    "PROSPECTS",
                             "EXPECTATION", "EXPECTATIONS", "PREDICTION", "PREDICTIONS", "FEAR",
                             "FEARS",      "HOPE",        "HOPES",       "IDEA",        "SPECULATIONS",
                             "CONDITION",  "CONDITIONS",  "PRECONDITION", "DEMAND",     "DEMANDS",
                             "CALL",       "CALLS",       "REQUEST",     "REQUESTS",    "APPEAL",
                             "GOAL",       "AIM",         "OBJECTIVE",   "AMBITION",    "PURPOSE"};

// Nouns whose infinitive is a power, not its use: "the president's authority
// to negotiate a trade zone" (as subjects they are often names: "Ports
// Authority", "Public Power").
const Words kPowerNouns = {"AUTHORITY", "MANDATE", "POWER", "POWERS", "RIGHT"};

// Words whose infinitive complement is a plan of their subject ("plans to
// visit", "is set to sign", "is going to", "agreed to withdraw").
const Words kPlanners = {"PLAN",      "INTEND",   "AIM",      "PREPARE",  "SEEK",     "TRY",
                         "ATTEMPT",   "WANT",     "WISH",     "HOPE",     "AGREE",
                         "PROMISE",   "PLEDGE",   "VOW",      "OFFER",    "PROPOSE",  "SCHEDULE",
                         "SET",       "DUE",      "READY",    "PREPARED", "WILLING",  "DETERMINED",
                         "EAGER",     "KEEN",     "ANXIOUS",  "MEAN",     "LOOK",     "CONSIDER", "WEIGH",    "CONTEMPLATE",
                         "GO",        "BE",       "PLOT",     "RESOLVE",  "UNDERTAKE", "COMMIT"};

// Nouns whose infinitive is a plan ("plans to visit", "an offer to mediate").
const Words kPlanNouns = {"PLAN",     "PLANS",      "INTENTION", "INTENTIONS", "INTENT",   "READINESS",
                          "WILLINGNESS", "DECISION", "PLEDGE",    "PLEDGES",    "PROMISE",  "PROMISES",
                          "OFFER",    "BID",        "ATTEMPT",   "EFFORT",     "EFFORTS",  "AGREEMENT",
                          "DEAL",     "ACCORD",     "PROPOSAL",  "PROPOSALS",  "PROGRAM",  "PROGRAMME",
                          // "the threat to impose tariffs": a threatened act (its 13 code)
                          "THREAT",   "THREATS"};

bool has_child(const ParseView& view, int t, std::string_view rel, const Words& words) {
  for (int c : view.children(t)) {
    if (view.base_rel(c) == rel && words.count(view.word(c))) return true;
  }
  return false;
}

bool is_negated(const ParseView& view, int t) {
  for (int c : view.children(t)) {
    if (view.is_negation(c)) return true;
  }
  return false;
}

// The verb says its own act is to come: "will supply", "would lend", "shall
// meet", "are to resume" (an auxiliary "be" with an infinitive "to").
bool own_future(const ParseView& view, int v) {
  static const Words kFuture = {"WILL", "WOULD", "SHALL", "'LL", "GOING"};
  if (has_child(view, v, "aux", kFuture)) return true;
  int be = -1, to = -1;
  bool subject = false;
  for (int c : view.children(v)) {
    if (view.base_rel(c) == "nsubj") subject = true;
    // "talks are to resume" (the parser also makes that "be" a copula), not
    // "appear to be withdrawing"
    if ((view.rel(c) == "aux" || view.rel(c) == "cop") && view.lemma(c) == "BE" && be < 0) be = c;
    if (view.base_rel(c) == "mark" && view.word(c) == "TO") to = c;
  }
  if (to >= 0 && be >= 0) return be < to;
  // "Japan to brief Indonesian officials": a headline's infinitive with its
  // own subject is a plan.
  return to >= 0 && subject;
}

bool has_own(const ParseView& view, int v, std::string_view rel) {
  for (int c : view.children(v)) {
    if (view.base_rel(c) == rel) return true;
  }
  return false;
}

// Nouns of time that, with "next", "coming" or "later this", put an act
// ahead: "meets Baker next week", "will consider it later this month".
const Words kTimeNouns = {"WEEK",    "WEEKS",    "MONTH",   "MONTHS",   "YEAR",      "YEARS",
                          "WEEKEND", "FORTNIGHT", "DAYS",   "MONDAY",   "TUESDAY",   "WEDNESDAY",
                          "THURSDAY", "FRIDAY",  "SATURDAY", "SUNDAY",  "SESSION",   "SPRING",
                          "SUMMER",  "AUTUMN",   "WINTER",  "QUARTER"};

bool future_time_impl(const ParseView& view, int t) {
  if (view.word(t) == "TOMORROW" || view.word(t) == "TONIGHT") return true;
  if (!kTimeNouns.count(view.word(t))) return false;
  for (int c : view.children(t)) {
    std::string_view w = view.word(c);
    if (w == "NEXT" || w == "COMING" || w == "FORTHCOMING" || w == "LATER") return true;
    // "later this month": "later" may hang on the noun or on the verb
    if (w == "THIS" && c > 0 && view.word(c - 1) == "LATER") return true;
  }
  return false;
}

// The verb's own time is to come: a future time phrase among its adverbials,
// or its object's ("holds its meetings with the Fund next week").
bool future_time(const ParseView& view, int v) {
  // "travels to Italy this evening": with a present tense, later today.
  if (view.token(v).xpos == "VBZ" || view.token(v).xpos == "VBP") {
    for (int c : view.children(v)) {
      if (view.base_rel(c) != "obl" && view.base_rel(c) != "nmod") continue;
      if ((view.word(c) == "EVENING" || view.word(c) == "AFTERNOON") && has_child(view, c, "det", {"THIS"})) {
        return true;
      }
    }
  }
  // A past tense is not to come: its time phrase belongs to another word
  // ("left Bonn ahead of her visit next week"), unless to its complement
  // ("hoped next week to travel").
  if (view.token(v).xpos == "VBD") {
    bool infinitive = has_own(view, v, "xcomp");
    for (int c : view.children(v)) {
      infinitive = infinitive || (view.base_rel(c) == "advcl" && has_child(view, c, "mark", {"TO"}));
    }
    if (!infinitive) return false;
  }
  for (int c : view.children(v)) {
    std::string_view base = view.base_rel(c);
    if ((base == "obl" || base == "advmod" || base == "nmod") && future_time_impl(view, c)) return true;
    if (base == "obj") {
      for (int d : view.children(c)) {
        if (view.base_rel(d) == "nmod" && future_time_impl(view, d)) return true;
      }
    }
  }
  return false;
}

// "ministers talking in private can reach decisions": a clause whose verb is
// a bare participle or takes "can" or "may" states what could be, not what
// was done.
bool generic_clause(const ParseView& view, int t) {
  static const Words kAbility = {"CAN", "MAY", "MIGHT", "COULD"};
  if (has_child(view, t, "aux", kAbility)) return true;
  bool tensed = false;
  for (int c : view.children(t)) {
    tensed = tensed || view.base_rel(c) == "aux" || view.base_rel(c) == "cop";
  }
  std::string_view w = view.word(t);
  return !tensed && w.size() > 4 && w.substr(w.size() - 3) == "ING";
}

// "made no appeal", "offered no concessions": the act's object is denied.
// Not a statement ("gave no details" still speaks) nor a meeting ("made no
// progress" in talks that were held).
bool denied_object(const ParseView& view, int v, const std::string& code) {
  if (code.rfind("01", 0) == 0 || code.rfind("04", 0) == 0) return false;
  for (int c : view.children(v)) {
    if (view.base_rel(c) == "obj" && has_child(view, c, "det", {"NO"})) return true;
  }
  return false;
}

// "ruled out a withdrawal": "rule" with the particle "out".
bool is_denial(const ParseView& view, int t) {
  if (view.is_one_of(t, kDenials)) return true;
  if (view.lemma(t) != "RULE") return false;
  for (int c : view.children(t)) {
    if (view.rel(c) == "compound:prt" && view.word(c) == "OUT") return true;
  }
  return false;
}

bool has_hearsay_subject(const ParseView& view, int t) {
  for (int c : view.children(t)) {
    if (view.base_rel(c) == "nsubj" && view.is_one_of(c, kHearsayNouns)) return true;
  }
  return false;
}

// What governor g says of its complement t (a verb, reached by `rel`).
Modality from_governor(const ParseView& view, int g, int t, std::string_view rel) {
  bool infinitive = has_child(view, t, "mark", {"TO"});
  if (view.is_one_of(g, kExpectations)) {
    if (rel == "ccomp") return Modality::kExpected;
    // "is expected to", "analysts expect Iran to": others' expectation;
    // "Iran expects to sign": its own plan.
    bool object = false;
    for (int c : view.children(g)) object = object || view.base_rel(c) == "obj";
    if (rel == "xcomp") return view.is_passive(g) || object ? Modality::kExpected : Modality::kPlanned;
  }
  if (view.is_one_of(g, kBeliefs) && (own_future(view, t) || infinitive) && !view.is_one_of(g, kPlanners)) {
    return Modality::kExpected;
  }
  if (view.is_one_of(g, kBeliefs) && rel == "ccomp" && generic_clause(view, t)) return Modality::kExpected;
  if (view.is_one_of(g, kSuggestions) && rel == "ccomp" && !view.is_nominal(g)) return Modality::kExpected;
  if (view.is_nominal(g) && view.is_one_of(g, kHearsayNouns)) return Modality::kExpected;
  // "referring to the rumour that X would make an offer", "declared on
  // condition that Iran stop attacking", as the parser may attach them: the
  // clause hangs on the verb beside the noun whose content it is.
  if (rel == "ccomp") {
    for (int c : view.children(g)) {
      std::string_view r = view.base_rel(c);
      if (c < t && (r == "obl" || r == "obj") && view.is_one_of(c, kHearsayNouns)) return Modality::kExpected;
    }
  }
  if (view.is_nominal(g) && view.is_one_of(g, kPowerNouns) && infinitive) return Modality::kExpected;
  if (view.is_nominal(g) && view.is_one_of(g, kPlanNouns) && infinitive) {
    // "had no plans to send troops": no plan at all.
    return has_child(view, g, "det", {"NO"}) ? Modality::kDenied : Modality::kPlanned;
  }
  if (rel == "xcomp" && view.is_one_of(g, kPlanners)) {
    // "Britain wants Japan to agree": the act of someone else, only wished for.
    for (int c : view.children(g)) {
      if (view.base_rel(c) == "obj") return Modality::kExpected;
    }
    return Modality::kPlanned;
  }
  if (rel == "xcomp" && own_future(view, g)) return Modality::kPlanned;
  return Modality::kDone;
}

// "Speculation has grown [...] that X is weighing an offer": a clause under
// a verb whose subject is a hearsay noun, however the parser attached it
// (often to a nearer noun, as a relative clause).
bool under_hearsay_subject(const ParseView& view, int verb) {
  int t = verb;
  for (int guard = 0; guard < 6; ++guard) {
    int g = view.head(t);
    std::string_view base = view.base_rel(t);
    if (g < 0 || base == "conj" || base == "parataxis") return false;
    if (view.is_verb(g) && has_hearsay_subject(view, g)) return true;
    t = g;
  }
  return false;
}

}  // namespace

Modality act_modality(const ParseView& view, int verb, const std::string& code) {
  // "would close the session and attend the summit": a conjoined verb
  // without a subject or auxiliary of its own shares its first conjunct's.
  if (view.base_rel(verb) == "conj" && view.head(verb) >= 0 && !has_own(view, verb, "nsubj") &&
      !has_own(view, verb, "aux")) {
    Modality first = act_modality(view, view.head(verb), code);
    if (first != Modality::kDone) return first;
  }
  if (denied_object(view, verb, code)) return Modality::kDenied;
  // "its goal is to occupy the port": an aim, said of the verb's own subject.
  if (has_hearsay_subject(view, verb) || under_hearsay_subject(view, verb)) return Modality::kExpected;
  Modality m = own_future(view, verb) || future_time(view, verb) ? Modality::kPlanned : Modality::kDone;
  bool reported = false;  // a reported clause was crossed: plans above it are the reporter's
  int t = verb;
  for (int guard = 0; guard < 8; ++guard) {
    int g = view.head(t);
    if (g < 0) break;
    std::string_view base = view.base_rel(t);
    // "a suggestion that his country seek help" read as a relative clause is
    // the suggestion's content.
    bool content = view.rel(t) == "acl:relcl" && view.is_one_of(g, kHearsayNouns);
    bool clause = base == "xcomp" || base == "ccomp" || (base == "acl" && (view.rel(t) != "acl:relcl" || content));
    bool noun = t != verb && view.is_nominal(t) &&
                (base == "obj" || base == "nmod" || base == "obl" || base == "appos" ||
                 view.rel(t) == "nsubj:pass");
    if (!clause && !noun) break;
    if (is_denial(view, g) && !is_negated(view, g)) return Modality::kDenied;
    // "is not considering offering wheat", "does not plan to attack": a plan
    // denied.
    if (base == "xcomp" && view.is_one_of(g, kPlanners) && is_negated(view, g)) return Modality::kDenied;
    if (clause) {
      Modality here = from_governor(view, g, t, base);
      if (here == Modality::kDenied) return here;
      if (!(reported && here == Modality::kPlanned)) m = std::max(m, here);
    }
    reported = reported || base == "ccomp";
    t = g;
  }
  return m;
}

bool future_time_phrase(const ParseView& view, int t) { return future_time_impl(view, t); }

std::string planned_code(const CodeMap& intents, const std::string& code) {
  std::optional<std::string> to = intents.find(code);
  return to ? *to : code;
}

}  // namespace parley
