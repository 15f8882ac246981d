// Targets that a sentence only mentions (src/coding/sides.h: is_setting,
// is_own_instrument, is_own_organisation, is_dateline, is_comparison): a place
// where something happens, a setting (an interview, a session, a trade round
// named after a country, a report's topic), a government's own forces that it
// sends or withdraws, the body the speaker belongs to, a dateline, a yardstick. Sentences are
// hand-made UD parses over a made-up world (Valoria with its capital Velmar,
// Mardonia with its city Lorenza, Estermark, Orlandia); each test also checks what the
// coder keeps (recall) next to what it drops.
#include <gtest/gtest.h>

#include <algorithm>

#include "coding/sides.h"
#include "hand_parse.h"

namespace parley {
namespace {

const std::string kDicts = std::string(PARLEY_SOURCE_DIR) + "/tests/data/mentioned_dicts/";

const Dictionaries& dictionaries() {
  static const Dictionaries dicts =
      hand_parse::load(hand_parse::world_files(kDicts, "mentioned_test"));
  return dicts;
}

using hand_parse::parse;
using V = std::vector<std::string>;

V coded(const Sentence& s, bool rules = true) {
  return hand_parse::coded(s, dictionaries(), rules);
}

TEST(MentionedTargetsTest, APlaceWhereAnAccordWasReachedIsNoTarget) {
  // "Valoria praised the accord reached in Lorenza ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"the", "the", "DET", 4, "det"},
                      {"accord", "accord", "NOUN", 2, "obj"},
                      {"reached", "reach", "VERB", 4, "acl"},
                      {"in", "in", "ADP", 7, "case"},
                      {"Lorenza", "Lorenza", "PROPN", 5, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:051"}));
  EXPECT_EQ(coded(s), V{});
}

TEST(MentionedTargetsTest, ALaterConjunctSharesTheVenue) {
  // "Valoria praised the accord reached in Lorenza , Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"the", "the", "DET", 4, "det"},
                      {"accord", "accord", "NOUN", 2, "obj"},
                      {"reached", "reach", "VERB", 4, "acl"},
                      {"in", "in", "ADP", 7, "case"},
                      {"Lorenza", "Lorenza", "PROPN", 5, "obl"},
                      {",", ",", "PUNCT", 9, "punct"},
                      {"Mardonia", "Mardonia", "PROPN", 7, "conj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:051"}));
  EXPECT_EQ(coded(s), V{});
}

TEST(MentionedTargetsTest, WhomOneMeetsInAPlaceIsStillTheTarget) {
  // "Valoria met Estermark in Lorenza ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"met", "meet", "VERB", 0, "root"},
                      {"Estermark", "Estermark", "PROPN", 2, "obj"},
                      {"in", "in", "ADP", 5, "case"},
                      {"Lorenza", "Lorenza", "PROPN", 2, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>EST:040"}));
  // "Valoria visited Lorenza .": a place visited is the target.
  Sentence v = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"visited", "visit", "VERB", 0, "root"},
                      {"Lorenza", "Lorenza", "PROPN", 2, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(v), (V{"VAL>MRD:042"}));
}

TEST(MentionedTargetsTest, ACountryAnActIsDoneInStaysTheTarget) {
  // "Valoria praised development in Mardonia .": not a meeting, speech,
  // site or time word, so the place is what the act concerns.
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"development", "development", "NOUN", 2, "obj"},
                      {"in", "in", "ADP", 5, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 3, "nmod"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>MRD:051"}));
}

TEST(MentionedTargetsTest, AnInterviewIsTheSettingOfAStatementNotItsTarget) {
  // "The Valorian government said in a television interview in Mardonia ."
  Sentence s = parse({{"The", "the", "DET", 3, "det"},
                      {"Valorian", "Valorian", "ADJ", 3, "amod"},
                      {"government", "government", "NOUN", 4, "nsubj"},
                      {"said", "say", "VERB", 0, "root"},
                      {"in", "in", "ADP", 8, "case"},
                      {"a", "a", "DET", 8, "det"},
                      {"television", "television", "NOUN", 8, "compound"},
                      {"interview", "interview", "NOUN", 4, "obl"},
                      {"in", "in", "ADP", 10, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 8, "nmod"},
                      {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(s, false), (V{"VALGOV>MRDMED:010"}));
  EXPECT_EQ(coded(s), V{});
}

TEST(MentionedTargetsTest, ATradeRoundNamedAfterACountryIsNoParty) {
  // "Valoria praised progress during the Mardonia round of talks .", with
  // "round" taken for a preposition as the tagger sometimes does.
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"progress", "progress", "NOUN", 2, "obj"},
                      {"during", "during", "ADP", 6, "case"},
                      {"the", "the", "DET", 6, "det"},
                      {"Mardonia", "Mardonia", "PROPN", 3, "nmod"},
                      {"round", "round", "ADP", 9, "case"},
                      {"of", "of", "ADP", 9, "case"},
                      {"talks", "talk", "NOUN", 2, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:051"}));
  EXPECT_EQ(coded(s), V{});
}

// "Valoria praised [its] report on Mardonia ."
Sentence praised_report(bool own) {
  std::vector<hand_parse::Word> w = {
      {"Valoria", "Valoria", "PROPN", 2, "nsubj"},
      {"praised", "praise", "VERB", 0, "root"},
      {own ? "its" : "a", own ? "its" : "a", own ? "PRON" : "DET", 4, own ? "nmod:poss" : "det"},
      {"report", "report", "NOUN", 2, "obj"},
      {"on", "on", "ADP", 6, "case"},
      {"Mardonia", "Mardonia", "PROPN", 4, "nmod"},
      {".", ".", "PUNCT", 2, "punct"}};
  return parse(w);
}

TEST(MentionedTargetsTest, TheTopicOfSomeoneElsesReportIsNoTarget) {
  Sentence other = praised_report(false);
  EXPECT_EQ(coded(other, false), (V{"VAL>MRD:051"}));
  EXPECT_EQ(coded(other), V{});
  // The speaker's own report is about whom it addresses.
  Sentence own = praised_report(true);
  EXPECT_EQ(coded(own), (V{"VAL>MRD:051"}));
}

TEST(MentionedTargetsTest, OwnForcesWithdrawnAreAnInstrumentNotATarget) {
  // "The Valorian government withdrew its troops from Lorenza ."
  Sentence s = parse({{"The", "the", "DET", 3, "det"},
                      {"Valorian", "Valorian", "ADJ", 3, "amod"},
                      {"government", "government", "NOUN", 4, "nsubj"},
                      {"withdrew", "withdraw", "VERB", 0, "root"},
                      {"its", "its", "PRON", 6, "nmod:poss"},
                      {"troops", "troops", "NOUN", 4, "obj"},
                      {"from", "from", "ADP", 8, "case"},
                      {"Lorenza", "Lorenza", "PROPN", 4, "obl"},
                      {".", ".", "PUNCT", 4, "punct"}});
  // The act is toward the other party the sentence names.
  EXPECT_EQ(coded(s), (V{"VALGOV>MRD:087"}));
  // Another country's soldiers are whom the act is on.
  Sentence other = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                          {"withdrew", "withdraw", "VERB", 0, "root"},
                          {"Mardonian", "Mardonian", "ADJ", 4, "amod"},
                          {"soldiers", "soldier", "NOUN", 2, "obj"},
                          {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(other), (V{"VAL>MRDMIL:087"}));
}

TEST(MentionedTargetsTest, ForcesSentOnAnothersOrderAreReported) {
  // "A Valorian official said the order to withdraw Valorian troops was given ."
  Sentence s = parse({{"A", "a", "DET", 3, "det"},
                      {"Valorian", "Valorian", "ADJ", 3, "amod"},
                      {"official", "official", "NOUN", 4, "nsubj"},
                      {"said", "say", "VERB", 0, "root"},
                      {"the", "the", "DET", 6, "det"},
                      {"order", "order", "NOUN", 12, "nsubj:pass"},
                      {"to", "to", "PART", 8, "mark"},
                      {"withdraw", "withdraw", "VERB", 6, "acl"},
                      {"Valorian", "Valorian", "ADJ", 10, "amod"},
                      {"troops", "troops", "NOUN", 8, "obj"},
                      {"was", "be", "AUX", 12, "aux:pass"},
                      {"given", "give", "VERB", 4, "ccomp"},
                      {".", ".", "PUNCT", 4, "punct"}});
  V events = coded(s);
  EXPECT_NE(std::find(events.begin(), events.end(), "VALGOV>VALMIL:010"), events.end());
}

TEST(MentionedTargetsTest, TheCountryOfAnArmsAffairIsItsTopic) {
  // "Valoria praised decisions on the Mardonia arms initiative ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"decisions", "decision", "NOUN", 2, "obj"},
                      {"on", "on", "ADP", 8, "case"},
                      {"the", "the", "DET", 8, "det"},
                      {"Mardonia", "Mardonia", "PROPN", 8, "compound"},
                      {"arms", "arm", "NOUN", 8, "compound"},
                      {"initiative", "initiative", "NOUN", 3, "nmod"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:051"}));
  EXPECT_EQ(coded(s), V{});
}

TEST(MentionedTargetsTest, AVenueOnTheNounAMeetingVerbTakes) {
  // "Valoria held a meeting with the committee in New Lorenza .": the city
  // (tagged "New" ADJ + "Lorenza" PROPN) is on the committee, under "held".
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"held", "hold", "VERB", 0, "root"},
                      {"a", "a", "DET", 4, "det"},
                      {"meeting", "meeting", "NOUN", 2, "obj"},
                      {"with", "with", "ADP", 7, "case"},
                      {"the", "the", "DET", 7, "det"},
                      {"committee", "committee", "NOUN", 2, "obl"},
                      {"in", "in", "ADP", 10, "case"},
                      {"New", "New", "ADJ", 10, "amod"},
                      {"Lorenza", "Lorenza", "PROPN", 7, "nmod"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_TRUE(is_setting(ParseView(s), ActorRef{"MRD", 9, 8, 9}));
  // "Valoria praised development in New Lorenza": no meeting, the place stays.
  Sentence d = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"development", "development", "NOUN", 2, "obj"},
                      {"in", "in", "ADP", 6, "case"},
                      {"New", "New", "ADJ", 6, "amod"},
                      {"Lorenza", "Lorenza", "PROPN", 3, "nmod"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_FALSE(is_setting(ParseView(d), ActorRef{"MRD", 5, 4, 5}));
}

// "Valoria said the accord between Mardonia, Estermark [and Orlandia] worked ."
Sentence said_accord(bool three) {
  std::vector<hand_parse::Word> w = {{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                                     {"said", "say", "VERB", 0, "root"},
                                     {"the", "the", "DET", 4, "det"},
                                     {"accord", "accord", "NOUN", 0, "nsubj"},
                                     {"between", "between", "ADP", 6, "case"},
                                     {"Mardonia", "Mardonia", "PROPN", 4, "nmod"}};
  if (three) {
    w.push_back({",", ",", "PUNCT", 8, "punct"});
    w.push_back({"Estermark", "Estermark", "PROPN", 6, "conj"});
  }
  w.push_back({"and", "and", "CCONJ", static_cast<int>(w.size()) + 2, "cc"});
  w.push_back(
      {three ? "Orlandia" : "Estermark", three ? "Orlandia" : "Estermark", "PROPN", 6, "conj"});
  w.push_back({"worked", "work", "VERB", 2, "ccomp"});
  w.push_back({".", ".", "PUNCT", 2, "punct"});
  int worked = static_cast<int>(w.size()) - 1;
  std::get<3>(w[3]) = worked;  // the accord is the subject of "worked"
  return parse(w);
}

TEST(MentionedTargetsTest, OneOfManyListedPartiesOfAnAccordIsNoAddressee) {
  Sentence many = said_accord(true);
  EXPECT_EQ(coded(many, false), (V{"VAL>MRD:010", "VAL>EST:010", "VAL>ORL:010"}));
  EXPECT_EQ(coded(many), V{});
  // Two parties: the statement may well be about each.
  Sentence two = said_accord(false);
  EXPECT_EQ(coded(two), (V{"VAL>MRD:010", "VAL>EST:010"}));
}

// "The Bank of Valoria 's governor Hanna Voss said TARGET would cut rates ."
Sentence governor_said(const V& target) {
  std::vector<hand_parse::Word> w = {{"The", "the", "DET", 2, "det"},
                                     {"Bank", "Bank", "PROPN", 8, "nmod:poss"},
                                     {"of", "of", "ADP", 4, "case"},
                                     {"Valoria", "Valoria", "PROPN", 2, "nmod"},
                                     {"'s", "'s", "PART", 2, "case"},
                                     {"governor", "governor", "NOUN", 8, "compound"},
                                     {"Hanna", "Hanna", "PROPN", 8, "compound"},
                                     {"Voss", "Voss", "PROPN", 9, "nsubj"},
                                     {"said", "say", "VERB", 0, "root"}};
  int first = static_cast<int>(w.size()) + 1;
  int last = first + static_cast<int>(target.size()) - 1;
  int cut = last + 2;
  for (const std::string& word : target) {
    int at = static_cast<int>(w.size()) + 1;
    bool det = word == "the";
    w.push_back({word, det ? "the" : word, det ? "DET" : "PROPN", at == last ? cut : last,
                 det ? "det" : at == last ? "nsubj" : "compound"});
  }
  w.push_back({"would", "would", "AUX", cut, "aux"});
  w.push_back({"cut", "cut", "VERB", 9, "ccomp"});
  w.push_back({"rates", "rate", "NOUN", cut, "obj"});
  w.push_back({".", ".", "PUNCT", 9, "punct"});
  return parse(w);
}

TEST(MentionedTargetsTest, TheBodyASpeakerBelongsToIsHisOwnSide) {
  Sentence own = governor_said({"the", "Bank"});
  EXPECT_EQ(coded(own, false), (V{"VALELIGOV>---GOV:010"}));
  EXPECT_EQ(coded(own), V{});
  // Another country stays the target.
  V other = coded(governor_said({"Mardonia"}));
  ASSERT_EQ(other.size(), 1u);
  EXPECT_NE(other[0].find(">MRD:010"), std::string::npos);
}

TEST(MentionedTargetsTest, AnOpeningPlaceBeforeADashIsADateline) {
  // "Velmar - a Mardonian official said ..." vs "Velmar said ...".
  auto sentence = [](bool dash) {
    std::vector<hand_parse::Word> w = {{"Velmar", "Velmar", "PROPN", dash ? 6 : 2, "nsubj"}};
    if (dash) {
      w.push_back({"-", "-", "PUNCT", 1, "punct"});
      w.push_back({"a", "a", "DET", 5, "det"});
      w.push_back({"Mardonian", "Mardonian", "ADJ", 5, "amod"});
      w.push_back({"official", "official", "NOUN", 1, "appos"});
    }
    int said = static_cast<int>(w.size()) + 1;
    w.push_back({"said", "say", "VERB", 0, "root"});
    w.push_back({"Estermark", "Estermark", "PROPN", said + 2, "nsubj"});
    w.push_back({"erred", "err", "VERB", said, "ccomp"});
    w.push_back({".", ".", "PUNCT", said, "punct"});
    return parse(w);
  };
  std::vector<std::string> with_dash = coded(sentence(true));
  EXPECT_TRUE(std::none_of(with_dash.begin(), with_dash.end(),
                           [](const std::string& e) { return e.rfind("VALGOV>", 0) == 0; }));
  EXPECT_NE(coded(sentence(true), false), with_dash);
  EXPECT_EQ(coded(sentence(false)), (V{"VALGOV>EST:010"}));
}

TEST(MentionedTargetsTest, WhatAnActIsComparedWithIsNoParty) {
  // "Valoria praised Estermark , unlike Mardonia ." / "... , compared with Mardonia ."
  auto sentence = [](bool compared) {
    std::vector<hand_parse::Word> w = {{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                                       {"praised", "praise", "VERB", 0, "root"},
                                       {"Estermark", "Estermark", "PROPN", 2, "obj"}};
    int place = compared ? 7 : 6;
    w.push_back({",", ",", "PUNCT", place, "punct"});
    if (compared) w.push_back({"compared", "compare", "VERB", place, "case"});
    w.push_back({compared ? "with" : "unlike", compared ? "with" : "unlike", "ADP", place, "case"});
    w.push_back({"Mardonia", "Mardonia", "PROPN", 3, "conj"});
    w.push_back({".", ".", "PUNCT", 2, "punct"});
    return parse(w);
  };
  for (bool compared : {false, true}) {
    EXPECT_EQ(coded(sentence(compared), false), (V{"VAL>EST:051", "VAL>MRD:051"}));
    EXPECT_EQ(coded(sentence(compared)), (V{"VAL>EST:051"}));
  }
}

TEST(MentionedTargetsTest, AnotherCountryConjoinedWithTheOwnBodyStays) {
  // "The Bank of Valoria 's governor Hanna Voss said the Bank and Mardonia would cut rates ."
  Sentence s = parse({{"The", "the", "DET", 2, "det"},
                      {"Bank", "Bank", "PROPN", 8, "nmod:poss"},
                      {"of", "of", "ADP", 4, "case"},
                      {"Valoria", "Valoria", "PROPN", 2, "nmod"},
                      {"'s", "'s", "PART", 2, "case"},
                      {"governor", "governor", "NOUN", 8, "compound"},
                      {"Hanna", "Hanna", "PROPN", 8, "compound"},
                      {"Voss", "Voss", "PROPN", 9, "nsubj"},
                      {"said", "say", "VERB", 0, "root"},
                      {"the", "the", "DET", 11, "det"},
                      {"Bank", "Bank", "PROPN", 15, "nsubj"},
                      {"and", "and", "CCONJ", 13, "cc"},
                      {"Mardonia", "Mardonia", "PROPN", 11, "conj"},
                      {"would", "would", "AUX", 15, "aux"},
                      {"cut", "cut", "VERB", 9, "ccomp"},
                      {"rates", "rate", "NOUN", 15, "obj"},
                      {".", ".", "PUNCT", 9, "punct"}});
  V kept = coded(s);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_NE(kept[0].find(">MRD:010"), std::string::npos);
}

}  // namespace
}  // namespace parley
