// Verb senses of the shipped verb dictionary (data/dictionaries/parley.verbs.txt)
// and the coder's sense rules: a sense codes only with its cue (an object, a
// particle, a preposition), and a threat keeps the root when its means are
// not said (docs/coding.md, "Verb senses"). Sentences are hand-made UD parses
// written here, over a made-up world (Valoria, Mardonia) whose actors are the
// modality test's.
#include <gtest/gtest.h>

#include <sstream>

#include "coding/coder.h"
#include "hand_parse.h"

namespace parley {
namespace {

const std::string kWorld = std::string(PARLEY_SOURCE_DIR) + "/tests/data/modality_dicts/";
const std::string kShipped = std::string(PARLEY_SOURCE_DIR) + "/data/dictionaries/";

const Dictionaries& dictionaries() {
  static const Dictionaries dicts = [] {
    DictionaryFiles files = hand_parse::world_files(kWorld, "modality_test");
    files.verbs = kShipped + "parley.verbs.txt";
    files.intents = kShipped + "parley.intents.txt";
    files.negations = kShipped + "parley.negations.txt";
    return hand_parse::load(files);
  }();
  return dicts;
}

using hand_parse::parse;
using V = std::vector<std::string>;

V coded(const Sentence& s, bool rules = true) { return hand_parse::coded(s, dictionaries(), rules); }

// "Valoria <verb> Mardonia [<prep> the <noun>] ."
Sentence verb_object(const std::string& verb, const std::string& lemma, const std::string& prep = "",
                     const std::string& noun = "") {
  std::vector<hand_parse::Word> w = {{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                                     {verb, lemma, "VERB", 0, "root"},
                                     {"Mardonia", "Mardonia", "PROPN", 2, "obj"}};
  if (!prep.empty()) {
    w.push_back({prep, prep, "ADP", 6, "case"});
    w.push_back({"the", "the", "DET", 6, "det"});
    w.push_back({noun, noun, "NOUN", 2, "obl"});
  }
  w.push_back({".", ".", "PUNCT", 2, "punct"});
  return parse(w);
}

TEST(SensesTest, QuestionedAboutASubjectIsBeingAsked) {
  EXPECT_EQ(coded(verb_object("questioned", "question")), (V{"VAL>MRD:110"}));
  EXPECT_EQ(coded(verb_object("questioned", "question", "about", "budget")), V{});
}

TEST(SensesTest, WhatAMarketOffersIsNoOffer) {
  // "Valoria offers opportunities to Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"offers", "offer", "VERB", 0, "root"},
                      {"opportunities", "opportunity", "NOUN", 2, "obj"},
                      {"to", "to", "ADP", 5, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 2, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), V{});
  // "Valoria offers talks to Mardonia ." : an offer made.
  Sentence talks = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                          {"offers", "offer", "VERB", 0, "root"},
                          {"talks", "talk", "NOUN", 2, "obj"},
                          {"to", "to", "ADP", 5, "case"},
                          {"Mardonia", "Mardonia", "PROPN", 2, "obl"},
                          {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_FALSE(coded(talks).empty());
}

// "Valoria threatened <noun> against Mardonia ."
Sentence threatened(const std::string& noun) {
  return parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                {"threatened", "threaten", "VERB", 0, "root"},
                {noun, noun, "NOUN", 2, "obj"},
                {"against", "against", "ADP", 5, "case"},
                {"Mardonia", "Mardonia", "PROPN", 3, "nmod"},
                {".", ".", "PUNCT", 2, "punct"}});
}

TEST(SensesTest, RetaliationWithoutItsMeansIsAThreatNotForce) {
  EXPECT_EQ(coded(threatened("retaliation")), (V{"VAL>MRD:130"}));
  EXPECT_EQ(coded(threatened("countermeasures")), (V{"VAL>MRD:130"}));
  EXPECT_EQ(coded(threatened("war")), (V{"VAL>MRD:138"}));
}

TEST(SensesTest, RefusingToRuleOutRetaliationIsAVeiledThreat) {
  // "Valoria refused to rule out retaliation against Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"refused", "refuse", "VERB", 0, "root"},
                      {"to", "to", "PART", 4, "mark"},
                      {"rule", "rule", "VERB", 2, "xcomp"},
                      {"out", "out", "ADP", 4, "compound:prt"},
                      {"retaliation", "retaliation", "NOUN", 4, "obj"},
                      {"against", "against", "ADP", 8, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "nmod"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>MRD:130"}));
  // "Valoria refused to meet Mardonia ." stays a refusal.
  Sentence meet = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                         {"refused", "refuse", "VERB", 0, "root"},
                         {"to", "to", "PART", 4, "mark"},
                         {"meet", "meet", "VERB", 2, "xcomp"},
                         {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                         {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(meet), (V{"VAL>MRD:125"}));
}

TEST(SensesTest, AStatesProtestIsLodgedNotMarched) {
  // "Valoria protested to Mardonia ." : an official complaint (114).
  Sentence state = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                          {"protested", "protest", "VERB", 0, "root"},
                          {"to", "to", "ADP", 4, "case"},
                          {"Mardonia", "Mardonia", "PROPN", 2, "obl"},
                          {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(state), (V{"VAL>MRD:114"}));
  EXPECT_EQ(coded(state, false), (V{"VAL>MRD:140"}));  // validate's rules: as before
  // "Valorian rebels protested against Mardonia ." : people in the street.
  Sentence rebels = parse({{"Valorian", "Valorian", "ADJ", 2, "amod"},
                           {"rebels", "rebel", "NOUN", 3, "nsubj"},
                           {"protested", "protest", "VERB", 0, "root"},
                           {"against", "against", "ADP", 5, "case"},
                           {"Mardonia", "Mardonia", "PROPN", 3, "obl"},
                           {".", ".", "PUNCT", 3, "punct"}});
  V r = coded(rebels);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].substr(r[0].find(':') + 1, 2), "14");
}

TEST(SensesTest, StoppingDebtRepaymentsIsNoCutInAid) {
  // "Valoria stopped repaying Mardonia for arms ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"stopped", "stop", "VERB", 0, "root"},
                      {"repaying", "repay", "VERB", 2, "xcomp"},
                      {"Mardonia", "Mardonia", "PROPN", 3, "obj"},
                      {"for", "for", "ADP", 6, "case"},
                      {"arms", "arm", "NOUN", 3, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), V{});
  // "Valoria stopped arms for Mardonia ." : military aid halted.
  Sentence aid = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                        {"stopped", "stop", "VERB", 0, "root"},
                        {"arms", "arm", "NOUN", 2, "obj"},
                        {"for", "for", "ADP", 5, "case"},
                        {"Mardonia", "Mardonia", "PROPN", 3, "nmod"},
                        {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(aid), (V{"VAL>MRD:1622"}));
}

TEST(SensesTest, ATimeClauseNamesNoPatternOfTheVerb) {
  // "Valoria left Mardonia after holding talks ." : a journey, not a walk-out.
  Sentence after = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                          {"left", "leave", "VERB", 0, "root"},
                          {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                          {"after", "after", "SCONJ", 5, "mark"},
                          {"holding", "hold", "VERB", 2, "advcl"},
                          {"talks", "talk", "NOUN", 5, "obj"},
                          {".", ".", "PUNCT", 2, "punct"}});
  for (const std::string& e : coded(after)) EXPECT_NE(e, "VAL>MRD:164");
  // "Valoria left the talks with Mardonia ." : it did walk out.
  Sentence left = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                         {"left", "leave", "VERB", 0, "root"},
                         {"the", "the", "DET", 4, "det"},
                         {"talks", "talk", "NOUN", 2, "obj"},
                         {"with", "with", "ADP", 6, "case"},
                         {"Mardonia", "Mardonia", "PROPN", 4, "nmod"},
                         {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(left), (V{"VAL>MRD:164"}));
}

TEST(SensesTest, GivenAsAPrepositionGivesNothing) {
  // "Valoria struggles , especially given the arms of Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"struggles", "struggle", "VERB", 0, "root"},
                      {",", ",", "PUNCT", 5, "punct"},
                      {"especially", "especially", "ADV", 5, "advmod"},
                      {"given", "give", "VERB", 2, "advcl"},
                      {"the", "the", "DET", 7, "det"},
                      {"arms", "arm", "NOUN", 5, "obj"},
                      {"of", "of", "ADP", 9, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 7, "nmod"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), V{});
  // "Valoria has given arms to Mardonia ." : a gift.
  Sentence gift = parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                         {"has", "have", "AUX", 3, "aux"},
                         {"given", "give", "VERB", 0, "root"},
                         {"arms", "arm", "NOUN", 3, "obj"},
                         {"to", "to", "ADP", 6, "case"},
                         {"Mardonia", "Mardonia", "PROPN", 3, "obl"},
                         {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_EQ(coded(gift), (V{"VAL>MRD:072"}));
}

// "Valoria <verb> the <noun> of Mardonia ."
Sentence of_mardonia(const std::string& verb, const std::string& lemma, const std::string& noun) {
  return parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                {verb, lemma, "VERB", 0, "root"},
                {"the", "the", "DET", 4, "det"},
                {noun, noun, "NOUN", 2, "obj"},
                {"of", "of", "ADP", 6, "case"},
                {"Mardonia", "Mardonia", "PROPN", 4, "nmod"},
                {".", ".", "PUNCT", 2, "punct"}});
}

TEST(SensesTest, PlayingDownGainsIsNoRejection) {
  EXPECT_EQ(coded(of_mardonia("dismissed", "dismiss", "gains")), V{});
  EXPECT_EQ(coded(of_mardonia("dismissed", "dismiss", "ultimatum")), (V{"VAL>MRD:124"}));
}

TEST(SensesTest, EasingAMarketsControlsLiftsNoSanction) {
  // "Valoria eased exchange controls on Mardonia ." / "... eased restrictions on Mardonia ."
  auto eased = [](bool exchange) {
    std::vector<hand_parse::Word> w = {{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                                       {"eased", "ease", "VERB", 0, "root"}};
    int obj = exchange ? 4 : 3;
    if (exchange) w.push_back({"exchange", "exchange", "NOUN", 4, "compound"});
    w.push_back({exchange ? "controls" : "restrictions", "x", "NOUN", 2, "obj"});
    w.push_back({"on", "on", "ADP", obj + 2, "case"});
    w.push_back({"Mardonia", "Mardonia", "PROPN", obj, "nmod"});
    w.push_back({".", ".", "PUNCT", 2, "punct"});
    return parse(w);
  };
  EXPECT_EQ(coded(eased(true)), V{});
  EXPECT_EQ(coded(eased(false)), (V{"VAL>MRD:081"}));
}

// One sentence from CoNLL-U lines ("ID FORM LEMMA UPOS XPOS HEAD DEPREL"), for
// the rules that read the tagger's fine tags.
Sentence tagged(const std::vector<std::string>& rows) {
  std::string text = "# text = x\n";
  for (const std::string& r : rows) {
    std::istringstream in(r);
    std::string id, form, lemma, upos, xpos, head, rel;
    in >> id >> form >> lemma >> upos >> xpos >> head >> rel;
    text += id + "\t" + form + "\t" + lemma + "\t" + upos + "\t" + xpos + "\t_\t" + head + "\t" + rel + "\t_\t_\n";
  }
  Diagnostics diags;
  std::vector<Sentence> s = parse_conllu(text + "\n", "test", &diags);
  EXPECT_EQ(s.size(), 1u);
  return s.empty() ? Sentence{} : s[0];
}

TEST(SensesTest, APastActsTimePhraseBelongsElsewhere) {
  // "Valoria met Mardonia , ahead of its visit next week ." as the parser may
  // attach it: the meeting is done (040), not planned.
  Sentence past = tagged({"1 Valoria Valoria PROPN NNP 2 nsubj", "2 met meet VERB VBD 0 root",
                          "3 Mardonia Mardonia PROPN NNP 2 obj", "4 next next ADJ JJ 5 amod",
                          "5 week week NOUN NN 2 obl:unmarked", "6 . . PUNCT . 2 punct"});
  EXPECT_EQ(coded(past), (V{"VAL>MRD:040"}));
  // "Valoria meets Mardonia next week ." : planned (036).
  Sentence present = tagged({"1 Valoria Valoria PROPN NNP 2 nsubj", "2 meets meet VERB VBZ 0 root",
                             "3 Mardonia Mardonia PROPN NNP 2 obj", "4 next next ADJ JJ 5 amod",
                             "5 week week NOUN NN 2 obl:unmarked", "6 . . PUNCT . 2 punct"});
  EXPECT_EQ(coded(present), (V{"VAL>MRD:036"}));
}

TEST(SensesTest, ATimePhraseNamesNoPatternOfTheVerb) {
  // "Valoria left Mardonia after talks ." : a journey; "Valoria left the talks ." walks out.
  Sentence after = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                          {"left", "leave", "VERB", 0, "root"},
                          {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                          {"after", "after", "ADP", 5, "case"},
                          {"talks", "talk", "NOUN", 2, "obl"},
                          {".", ".", "PUNCT", 2, "punct"}});
  for (const std::string& e : coded(after)) EXPECT_NE(e, "VAL>MRD:164");
  EXPECT_EQ(coded(after, false), (V{"VAL>MRD:164"}));  // without the rule the talks are left
}

TEST(SensesTest, ThisEveningWithAPresentTenseIsLaterToday) {
  // "Valoria visits Mardonia this evening ." : a visit to come (036), not made.
  Sentence s = tagged({"1 Valoria Valoria PROPN NNP 2 nsubj", "2 visits visit VERB VBZ 0 root",
                       "3 Mardonia Mardonia PROPN NNP 2 obj", "4 this this DET DT 5 det",
                       "5 evening evening NOUN NN 2 obl:unmarked", "6 . . PUNCT . 2 punct"});
  EXPECT_EQ(coded(s), (V{"VAL>MRD:036"}));
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:042"}));
}

TEST(SensesTest, SteppedUpRhetoricIsCriticism) {
  // "Valoria stepped up the rhetoric against Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"stepped", "step", "VERB", 0, "root"},
                      {"up", "up", "ADP", 2, "compound:prt"},
                      {"the", "the", "DET", 5, "det"},
                      {"rhetoric", "rhetoric", "NOUN", 2, "obj"},
                      {"against", "against", "ADP", 7, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 5, "nmod"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>MRD:111"}));
}

TEST(SensesTest, ImmunityForAWitnessIsNoAid) {
  // "Valoria granted immunity to Mardonia ." / "Valoria granted asylum to Mardonia ."
  auto granted = [](const std::string& noun) {
    return parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                  {"granted", "grant", "VERB", 0, "root"},
                  {noun, noun, "NOUN", 2, "obj"},
                  {"to", "to", "ADP", 5, "case"},
                  {"Mardonia", "Mardonia", "PROPN", 2, "obl"},
                  {".", ".", "PUNCT", 2, "punct"}});
  };
  EXPECT_EQ(coded(granted("immunity")), V{});
  EXPECT_EQ(coded(granted("asylum")), (V{"VAL>MRD:075"}));
}

TEST(SensesTest, AThreatToActIsTheThreatenedAct) {
  // "Valoria made a threat to impose sanctions on Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"made", "make", "VERB", 0, "root"},
                      {"a", "a", "DET", 4, "det"},
                      {"threat", "threat", "NOUN", 2, "obj"},
                      {"to", "to", "PART", 6, "mark"},
                      {"impose", "impose", "VERB", 4, "acl"},
                      {"sanctions", "sanction", "NOUN", 6, "obj"},
                      {"on", "on", "ADP", 9, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  for (const std::string& e : coded(s)) {
    EXPECT_EQ(e.substr(e.find(':') + 1, 2), "13") << e;  // a threat, not the sanction itself
  }
  EXPECT_FALSE(coded(s).empty());
}

TEST(SensesTest, NeitherNorDeniesTheAct) {
  // "Neither Valoria nor Estermark has ratified the treaty with Mardonia ."
  Sentence s = parse({{"Neither", "neither", "CCONJ", 2, "cc:preconj"},
                      {"Valoria", "Valoria", "PROPN", 6, "nsubj"},
                      {"nor", "nor", "CCONJ", 4, "cc"},
                      {"Estermark", "Estermark", "PROPN", 2, "conj"},
                      {"has", "have", "AUX", 6, "aux"},
                      {"ratified", "ratify", "VERB", 0, "root"},
                      {"the", "the", "DET", 8, "det"},
                      {"treaty", "treaty", "NOUN", 6, "obj"},
                      {"with", "with", "ADP", 10, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 8, "nmod"},
                      {".", ".", "PUNCT", 6, "punct"}});
  EXPECT_EQ(coded(s), V{});
  EXPECT_FALSE(coded(s, false).empty());
}

// "Valoria clashed with Mardonia [over the tariffs] ."
Sentence clashed_with(bool over_issue) {
  std::vector<hand_parse::Word> w = {{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                                     {"clashed", "clash", "VERB", 0, "root"},
                                     {"with", "with", "ADP", 4, "case"},
                                     {"Mardonia", "Mardonia", "PROPN", 2, "obl"}};
  if (over_issue) {
    w.push_back({"over", "over", "ADP", 7, "case"});
    w.push_back({"the", "the", "DET", 7, "det"});
    w.push_back({"tariffs", "tariff", "NOUN", 2, "obl"});
  }
  w.push_back({".", ".", "PUNCT", 2, "punct"});
  return parse(w);
}

TEST(SensesTest, ClashingOverAnIssueIsNoForce) {
  EXPECT_EQ(coded(clashed_with(false)), (V{"VAL>MRD:190"}));
  EXPECT_EQ(coded(clashed_with(true)), V{});
}

TEST(SensesTest, FightingABillIsNoForce) {
  EXPECT_EQ(coded(verb_object("fought", "fight")), (V{"VAL>MRD:190"}));
  EXPECT_EQ(coded(verb_object("fought", "fight", "over", "bill")), V{});
  EXPECT_EQ(coded(verb_object("fought", "fight", "over", "legislation")), V{});
}

TEST(SensesTest, ABillThatHitsACountryIsNoAttack) {
  // "Valoria 's bill hit Mardonia ." against "Valoria hit Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 3, "nmod:poss"},
                      {"'s", "'s", "PART", 1, "case"},
                      {"bill", "bill", "NOUN", 4, "nsubj"},
                      {"hit", "hit", "VERB", 0, "root"},
                      {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                      {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(verb_object("hit", "hit")), (V{"VAL>MRD:190"}));
}

TEST(SensesTest, ChallengingTheIncumbentIsAContest) {
  // "Valoria challenged the incumbent , Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"challenged", "challenge", "VERB", 0, "root"},
                      {"the", "the", "DET", 4, "det"},
                      {"incumbent", "incumbent", "NOUN", 2, "obj"},
                      {",", ",", "PUNCT", 6, "punct"},
                      {"Mardonia", "Mardonia", "PROPN", 4, "appos"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(verb_object("challenged", "challenge")), (V{"VAL>MRD:110"}));
}

TEST(SensesTest, SupportForFoodProductionIsNoFoodAid) {
  // "Valoria gave Mardonia food ." against "Valoria gave Mardonia support for food production ."
  Sentence aid = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                        {"gave", "give", "VERB", 0, "root"},
                        {"Mardonia", "Mardonia", "PROPN", 2, "iobj"},
                        {"food", "food", "NOUN", 2, "obj"},
                        {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(aid), (V{"VAL>MRD:073"}));
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"gave", "give", "VERB", 0, "root"},
                      {"Mardonia", "Mardonia", "PROPN", 2, "iobj"},
                      {"support", "support", "NOUN", 2, "obj"},
                      {"for", "for", "ADP", 7, "case"},
                      {"food", "food", "NOUN", 7, "compound"},
                      {"production", "production", "NOUN", 4, "nmod"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), V{});
}

// "Valoria urged Mardonia to <verb> <noun> ."
Sentence urged_to(const std::string& verb, const std::string& noun) {
  return parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                {"urged", "urge", "VERB", 0, "root"},
                {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                {"to", "to", "PART", 5, "mark"},
                {verb, verb, "VERB", 2, "xcomp"},
                {noun, noun, "NOUN", 5, "obj"},
                {".", ".", "PUNCT", 2, "punct"}});
}

TEST(SensesTest, CalmingMarketsEndsNoFighting) {
  EXPECT_EQ(coded(urged_to("show", "restraint")), (V{"VAL>MRD:0256"}));
  EXPECT_EQ(coded(urged_to("calm", "furore")), V{});
  EXPECT_EQ(coded(urged_to("calm", "outcry")), V{});
}

TEST(SensesTest, MeetingTargetsSetWithAPartnerIsNoMeeting) {
  // "Valoria met the targets in consultation with Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"met", "meet", "VERB", 0, "root"},
                      {"the", "the", "DET", 4, "det"},
                      {"targets", "target", "NOUN", 2, "obj"},
                      {"in", "in", "ADP", 6, "case"},
                      {"consultation", "consultation", "NOUN", 2, "obl"},
                      {"with", "with", "ADP", 8, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "nmod"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(verb_object("met", "meet")), (V{"VAL>MRD:040"}));
}

}  // namespace
}  // namespace parley
