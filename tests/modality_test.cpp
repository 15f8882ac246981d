// Planned, expected and denied acts (src/coding/modality.h) and the sides the
// coder picks (coder.cpp: object people, joint subjects of force, a
// speaker's partners). Sentences are hand-made UD parses, written here, over a
// made-up world (Valoria, Mardonia); the intents table is the shipped one.
#include "coding/modality.h"

#include <gtest/gtest.h>

#include <sstream>
#include <tuple>

#include "coding/coder.h"
#include "hand_parse.h"

namespace parley {
namespace {

const std::string kDicts = std::string(PARLEY_SOURCE_DIR) + "/tests/data/modality_dicts/";
const std::string kIntents =
    std::string(PARLEY_SOURCE_DIR) + "/data/dictionaries/parley.intents.txt";

const Dictionaries& dictionaries() {
  static const Dictionaries dicts = [] {
    DictionaryFiles files = hand_parse::world_files(kDicts, "modality_test");
    files.intents = kIntents;
    return hand_parse::load(files);
  }();
  return dicts;
}

using hand_parse::parse;
using hand_parse::Word;

using V = std::vector<std::string>;

V coded(const Sentence& s, bool rules = true) {
  return hand_parse::coded(s, dictionaries(), rules);
}

Modality modality_of(const Sentence& s, int verb) {
  ParseView view(s);
  return act_modality(view, verb - 1, "070");
}

// "Valoria will supply Mardonia ." / "Valoria supplied Mardonia ."
Sentence supply(bool future) {
  if (!future) {
    return parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                  {"supplied", "supply", "VERB", 0, "root"},
                  {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                  {".", ".", "PUNCT", 2, "punct"}});
  }
  return parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                {"will", "will", "AUX", 3, "aux"},
                {"supply", "supply", "VERB", 0, "root"},
                {"Mardonia", "Mardonia", "PROPN", 3, "obj"},
                {".", ".", "PUNCT", 3, "punct"}});
}

TEST(ModalityTest, AFutureActIsAnIntent) {
  EXPECT_EQ(modality_of(supply(true), 3), Modality::kPlanned);
  EXPECT_EQ(modality_of(supply(false), 2), Modality::kDone);
  EXPECT_EQ(coded(supply(true)), (V{"VAL>MRD:033"}));  // 070 aid -> 033 intent to provide aid
  EXPECT_EQ(coded(supply(false)), (V{"VAL>MRD:070"}));
  EXPECT_EQ(coded(supply(true), false), (V{"VAL>MRD:070"}));  // validate's rules: as before
}

TEST(ModalityTest, AReportedFutureKeepsItsSubCode) {
  // "Valoria said it would lend crude to Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"said", "say", "VERB", 0, "root"},
                      {"it", "it", "PRON", 5, "nsubj"},
                      {"would", "would", "AUX", 5, "aux"},
                      {"lend", "lend", "VERB", 2, "ccomp"},
                      {"crude", "crude", "NOUN", 5, "obj"},
                      {"to", "to", "ADP", 8, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 5, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>MRD:010", "VAL>MRD:0331"}));
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:010", "VAL>MRD:071"}));
}

TEST(ModalityTest, TalksThatAreToResumeAreAnIntentToMeet) {
  // "Valoria and Mardonia are to meet tomorrow ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 6, "nsubj"},
                      {"and", "and", "CCONJ", 3, "cc"},
                      {"Mardonia", "Mardonia", "PROPN", 1, "conj"},
                      {"are", "be", "AUX", 6, "aux"},
                      {"to", "to", "PART", 6, "mark"},
                      {"meet", "meet", "VERB", 0, "root"},
                      {"tomorrow", "tomorrow", "NOUN", 6, "obl:tmod"},
                      {".", ".", "PUNCT", 6, "punct"}});
  EXPECT_EQ(modality_of(s, 6), Modality::kPlanned);
  EXPECT_EQ(coded(s), (V{"VAL>MRD:036", "MRD>VAL:036"}));
}

TEST(ModalityTest, APlanVerbMakesItsComplementPlanned) {
  // "Valoria plans to attack Mardonia ." : a stated plan of force is a threat.
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"plans", "plan", "VERB", 0, "root"},
                      {"to", "to", "PART", 4, "mark"},
                      {"attack", "attack", "VERB", 2, "xcomp"},
                      {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 4), Modality::kPlanned);
  EXPECT_EQ(coded(s), (V{"VAL>MRD:138"}));
}

TEST(ModalityTest, AnActWishedOfSomeoneElseIsNoEvent) {
  // "Valoria wants Mardonia to meet Valoria ." : Mardonia has agreed to nothing.
  Sentence wished = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                           {"wants", "want", "VERB", 0, "root"},
                           {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                           {"to", "to", "PART", 5, "mark"},
                           {"meet", "meet", "VERB", 2, "xcomp"},
                           {"Valoria", "Valoria", "PROPN", 5, "obj"},
                           {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(wished, 5), Modality::kExpected);
  EXPECT_EQ(coded(wished), V{});
  // "Valoria is keen to meet Mardonia ." : its own wish, an intent to meet.
  Sentence keen = parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                         {"is", "be", "AUX", 3, "cop"},
                         {"keen", "keen", "ADJ", 0, "root"},
                         {"to", "to", "PART", 5, "mark"},
                         {"meet", "meet", "VERB", 3, "xcomp"},
                         {"Mardonia", "Mardonia", "PROPN", 5, "obj"},
                         {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_EQ(modality_of(keen, 5), Modality::kPlanned);
  EXPECT_EQ(coded(keen), (V{"VAL>MRD:036"}));
}

TEST(ModalityTest, AMediumIsNotTheActorOfTheActsItReports) {
  // "A Valorian newspaper said he attacked Mardonia ." : the pronoun's act is
  // not the newspaper's; its own statement stands.
  Sentence reported = parse({{"A", "a", "DET", 3, "det"},
                             {"Valorian", "Valorian", "ADJ", 3, "amod"},
                             {"newspaper", "newspaper", "NOUN", 4, "nsubj"},
                             {"said", "say", "VERB", 0, "root"},
                             {"he", "he", "PRON", 6, "nsubj"},
                             {"attacked", "attack", "VERB", 4, "ccomp"},
                             {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                             {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(reported, false), (V{"VALMED>MRD:010", "VALMED>MRD:190"}));
  EXPECT_EQ(coded(reported), (V{"VALMED>MRD:010"}));
  // "A Valorian newspaper attacked Mardonia ." : its own act (of words or not).
  Sentence own = parse({{"A", "a", "DET", 3, "det"},
                        {"Valorian", "Valorian", "ADJ", 3, "amod"},
                        {"newspaper", "newspaper", "NOUN", 4, "nsubj"},
                        {"attacked", "attack", "VERB", 0, "root"},
                        {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                        {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(own), (V{"VALMED>MRD:190"}));
}

TEST(ModalityTest, AHopeForOnesOwnActIsAnIntent) {
  // "Valoria hopes to meet Mardonia ." : an intent to meet (036), not 013.
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"hopes", "hope", "VERB", 0, "root"},
                      {"to", "to", "PART", 4, "mark"},
                      {"meet", "meet", "VERB", 2, "xcomp"},
                      {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>MRD:036"}));
}

TEST(ModalityTest, WhatOthersExpectIsNoEvent) {
  // "Valoria is expected to attack Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj:pass"},
                      {"is", "be", "AUX", 3, "aux:pass"},
                      {"expected", "expect", "VERB", 0, "root"},
                      {"to", "to", "PART", 5, "mark"},
                      {"attack", "attack", "VERB", 3, "xcomp"},
                      {"Mardonia", "Mardonia", "PROPN", 5, "obj"},
                      {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_EQ(modality_of(s, 5), Modality::kExpected);
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:190"}));
}

TEST(ModalityTest, ItsOwnExpectationIsAPlan) {
  // "Valoria expects to meet Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"expects", "expect", "VERB", 0, "root"},
                      {"to", "to", "PART", 4, "mark"},
                      {"meet", "meet", "VERB", 2, "xcomp"},
                      {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 4), Modality::kPlanned);
  EXPECT_EQ(coded(s), (V{"VAL>MRD:036"}));
}

TEST(ModalityTest, SpeculationThatAnActWillComeIsNoEvent) {
  // "Speculation grew that Valoria would attack Mardonia ."
  Sentence s = parse({{"Speculation", "speculation", "NOUN", 2, "nsubj"},
                      {"grew", "grow", "VERB", 0, "root"},
                      {"that", "that", "SCONJ", 6, "mark"},
                      {"Valoria", "Valoria", "PROPN", 6, "nsubj"},
                      {"would", "would", "AUX", 6, "aux"},
                      {"attack", "attack", "VERB", 2, "ccomp"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 6), Modality::kExpected);
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:190"}));
}

TEST(ModalityTest, AnActInsideADenialIsNotDone) {
  // "Valoria denied that it had attacked Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"denied", "deny", "VERB", 0, "root"},
                      {"that", "that", "SCONJ", 6, "mark"},
                      {"it", "it", "PRON", 6, "nsubj"},
                      {"had", "have", "AUX", 6, "aux"},
                      {"attacked", "attack", "VERB", 2, "ccomp"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 6), Modality::kDenied);
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:190"}));
}

TEST(ModalityTest, ARejectedSuggestionIsNotDoneButTheRejectionIs) {
  // "Valoria rejected a suggestion that it seek help from Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"rejected", "reject", "VERB", 0, "root"},
                      {"a", "a", "DET", 4, "det"},
                      {"suggestion", "suggestion", "NOUN", 2, "obj"},
                      {"that", "that", "SCONJ", 7, "mark"},
                      {"it", "it", "PRON", 7, "nsubj"},
                      {"seek", "seek", "VERB", 4, "acl"},
                      {"help", "help", "NOUN", 7, "obj"},
                      {"from", "from", "ADP", 10, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 7, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 7), Modality::kDenied);
  EXPECT_EQ(coded(s), (V{"VAL>MRD:120"}));
}

TEST(ModalityTest, AConditionIsNoAct) {
  // "Valoria halted raids on condition that Mardonia stop attacking it ."
  // (no verb for "halt" here: only the condition could code, and must not.)
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"halted", "halt", "VERB", 0, "root"},
                      {"raids", "raid", "NOUN", 2, "obj"},
                      {"on", "on", "ADP", 5, "case"},
                      {"condition", "condition", "NOUN", 2, "obl"},
                      {"that", "that", "SCONJ", 8, "mark"},
                      {"Mardonia", "Mardonia", "PROPN", 8, "nsubj"},
                      {"stop", "stop", "VERB", 5, "acl"},
                      {"attacking", "attack", "VERB", 8, "xcomp"},
                      {"Valoria", "Valoria", "PROPN", 9, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 9), Modality::kExpected);
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(s, false), (V{"MRD>VAL:190"}));
}

TEST(ModalityTest, NoPlansAreNoPlan) {
  // "Valoria said it had no plans to attack Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"said", "say", "VERB", 0, "root"},
                      {"it", "it", "PRON", 4, "nsubj"},
                      {"had", "have", "VERB", 2, "ccomp"},
                      {"no", "no", "DET", 6, "det"},
                      {"plans", "plan", "NOUN", 4, "obj"},
                      {"to", "to", "PART", 8, "mark"},
                      {"attack", "attack", "VERB", 6, "acl"},
                      {"Mardonia", "Mardonia", "PROPN", 8, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 8), Modality::kDenied);
}

// "Valoria V1 to V2 Mardonia ." with V1 a coded verb governing V2.
Sentence governed(const std::string& outer, const std::string& outer_lemma,
                  const std::string& inner, const std::string& inner_lemma) {
  return parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                {outer, outer_lemma, "VERB", 0, "root"},
                {"to", "to", "PART", 4, "mark"},
                {inner, inner_lemma, "VERB", 2, "xcomp"},
                {"from", "from", "ADP", 6, "case"},
                {"Mardonia", "Mardonia", "PROPN", 4, "obl"},
                {".", ".", "PUNCT", 2, "punct"}});
}

TEST(ModalityTest, ARefusedActIsNotDone) {
  Sentence s = governed("refused", "refuse", "withdraw", "withdraw");
  EXPECT_EQ(coded(s), (V{"VAL>MRD:120"}));
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:120", "VAL>MRD:0874"}));
}

TEST(ModalityTest, APromiseTakesThePromisedActsIntent) {
  Sentence s = governed("promised", "promise", "withdraw", "withdraw");
  EXPECT_EQ(coded(s), (V{"VAL>MRD:0356"}));  // 030 + withdraw -> intent to de-escalate
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:030", "VAL>MRD:0874"}));
}

TEST(SidesTest, TheUrgedAreTheTargetNotWhomTheyShouldHelp) {
  // "Valoria urged commercial banks to lend to Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"urged", "urge", "VERB", 0, "root"},
                      {"commercial", "commercial", "ADJ", 4, "amod"},
                      {"banks", "bank", "NOUN", 2, "obj"},
                      {"to", "to", "PART", 6, "mark"},
                      {"lend", "lend", "VERB", 2, "xcomp"},
                      {"to", "to", "ADP", 8, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>---BUS:020"}));
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:020", "---BUS>MRD:071"}));
}

TEST(SidesTest, BackedRebelsAreTheTargetNotTheirEnemy) {
  // "Valoria backed rebels fighting Mardonia ." (no verb for "fight" here)
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"backed", "back", "VERB", 0, "root"},
                      {"rebels", "rebel", "NOUN", 2, "obj"},
                      {"fighting", "fight", "VERB", 3, "acl"},
                      {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>---REB:051"}));
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:051"}));
}

TEST(SidesTest, AJointSubjectUsingForceOnAnObjectActsTogether) {
  // "Valorian police and marines occupied a ship ."
  Sentence s = parse({{"Valorian", "Valorian", "ADJ", 2, "amod"},
                      {"police", "police", "NOUN", 5, "nsubj"},
                      {"and", "and", "CCONJ", 4, "cc"},
                      {"marines", "marine", "NOUN", 2, "conj"},
                      {"occupied", "occupy", "VERB", 0, "root"},
                      {"a", "a", "DET", 7, "det"},
                      {"ship", "ship", "NOUN", 5, "obj"},
                      {".", ".", "PUNCT", 5, "punct"}});
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(s, false), (V{"VALCOP>VALMIL:192", "VALMIL>VALCOP:192"}));
  // Without an object they act on each other: "Valoria and Mardonia clashed ."
  Sentence clash = parse({{"Valoria", "Valoria", "PROPN", 4, "nsubj"},
                          {"and", "and", "CCONJ", 3, "cc"},
                          {"Mardonia", "Mardonia", "PROPN", 1, "conj"},
                          {"clashed", "clash", "VERB", 0, "root"},
                          {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(clash), (V{"VAL>MRD:190", "MRD>VAL:190"}));
}

TEST(SidesTest, ASpeakersPartnersAreNotWhomHeAddresses) {
  // "The Valorian president said he and a group of Valorian lawmakers would
  // criticize Mardonia ."
  Sentence s = parse({{"The", "the", "DET", 3, "det"},
                      {"Valorian", "Valorian", "ADJ", 3, "amod"},
                      {"president", "president", "NOUN", 4, "nsubj"},
                      {"said", "say", "VERB", 0, "root"},
                      {"he", "he", "PRON", 13, "nsubj"},
                      {"and", "and", "CCONJ", 8, "cc"},
                      {"a", "a", "DET", 8, "det"},
                      {"group", "group", "NOUN", 5, "conj"},
                      {"of", "of", "ADP", 11, "case"},
                      {"Valorian", "Valorian", "ADJ", 11, "amod"},
                      {"lawmakers", "lawmaker", "NOUN", 8, "nmod"},
                      {"would", "would", "AUX", 13, "aux"},
                      {"criticize", "criticize", "VERB", 4, "ccomp"},
                      {"Mardonia", "Mardonia", "PROPN", 13, "obj"},
                      {".", ".", "PUNCT", 4, "punct"}});
  // The statement is aimed at Mardonia, not at the lawmakers; the criticism
  // to come is no event yet (110 -> ---).
  EXPECT_EQ(coded(s), (V{"VALGOV>MRD:010"}));
  V before = coded(s, false);
  ASSERT_FALSE(before.empty());
  EXPECT_EQ(before[0], "VALGOV>VALLEG:010");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(ModalityTest, AClauseUnderASpeculationSubjectIsExpectedHoweverAttached) {
  // "Speculation continued for days that Valoria would attack Mardonia ."
  // with the clause taken for a relative clause of "days".
  Sentence s = parse({{"Speculation", "speculation", "NOUN", 2, "nsubj"},
                      {"continued", "continue", "VERB", 0, "root"},
                      {"for", "for", "ADP", 4, "case"},
                      {"days", "day", "NOUN", 2, "obl"},
                      {"that", "that", "PRON", 8, "mark"},
                      {"Valoria", "Valoria", "PROPN", 8, "nsubj"},
                      {"would", "would", "AUX", 8, "aux"},
                      {"attack", "attack", "VERB", 4, "acl:relcl"},
                      {"Mardonia", "Mardonia", "PROPN", 8, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 8), Modality::kExpected);
  EXPECT_EQ(coded(s), V{});
}

TEST(ModalityTest, TheIntentsTableKeepsWhatIsSaidNow) {
  Diagnostics diags;
  CodeMap intents;
  ASSERT_TRUE(read_code_map(kIntents, &intents, &diags).ok());
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(planned_code(intents, "0874"), "0356");  // via 087
  EXPECT_EQ(planned_code(intents, "046"), "036");    // via 040
  EXPECT_EQ(planned_code(intents, "014"), "014");    // considering an option
  EXPECT_EQ(planned_code(intents, "012"), "---");    // via 010
  EXPECT_EQ(planned_code(intents, "124"), "124");    // refusals are not listed
  EXPECT_EQ(planned_code(intents, "138"), "138");
}

TEST(ModalityTest, ABadIntentsLineIsReportedWithItsLine) {
  Diagnostics diags;
  CodeMap intents;
  parse_code_map("040 036\n087 999\n", "intents.txt", &intents, &diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].line, 2);
  EXPECT_EQ(diags[0].file, "intents.txt");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(ModalityTest, AConjoinedVerbSharesItsFirstConjunctsPlan) {
  // "Valoria would leave Estermark and meet Mardonia ." (no "leave" verb here)
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                      {"would", "would", "AUX", 3, "aux"},
                      {"leave", "leave", "VERB", 0, "root"},
                      {"Estermark", "Estermark", "PROPN", 3, "obj"},
                      {"and", "and", "CCONJ", 6, "cc"},
                      {"meet", "meet", "VERB", 3, "conj"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                      {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_EQ(modality_of(s, 6), Modality::kPlanned);
  EXPECT_EQ(coded(s), (V{"VAL>MRD:036"}));
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:040"}));
}

TEST(ModalityTest, AConjoinedVerbSharesItsFirstConjunctsCondition) {
  // "If asked Valoria leaves and meets Mardonia .": the condition hangs on
  // the first conjunct.
  Sentence s = parse({{"If", "if", "SCONJ", 2, "mark"},
                      {"asked", "ask", "VERB", 4, "advcl"},
                      {"Valoria", "Valoria", "PROPN", 4, "nsubj"},
                      {"leaves", "leave", "VERB", 0, "root"},
                      {"and", "and", "CCONJ", 6, "cc"},
                      {"meets", "meet", "VERB", 4, "conj"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                      {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:040"}));
}

TEST(ModalityTest, AHeadlineInfinitiveIsAPlan) {
  // "Valoria to meet Mardonia"
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                      {"to", "to", "PART", 3, "mark"},
                      {"meet", "meet", "VERB", 0, "root"},
                      {"Mardonia", "Mardonia", "PROPN", 3, "obj"}});
  EXPECT_EQ(modality_of(s, 3), Modality::kPlanned);
  EXPECT_EQ(coded(s), (V{"VAL>MRD:036"}));
}

TEST(ModalityTest, AnActWithNoObjectIsNotDone) {
  // "Valoria sought no help from Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"sought", "seek", "VERB", 0, "root"},
                      {"no", "no", "DET", 4, "det"},
                      {"help", "help", "NOUN", 2, "obj"},
                      {"from", "from", "ADP", 6, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 2, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 2), Modality::kDenied);
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:023"}));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(ModalityTest, AnInfinitiveBeIsNoPlanNorIsADecision) {
  // "Valoria appears to be withdrawing from Mardonia ."
  Sentence appears = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                            {"appears", "appear", "VERB", 0, "root"},
                            {"to", "to", "PART", 5, "mark"},
                            {"be", "be", "AUX", 5, "aux"},
                            {"withdrawing", "withdraw", "VERB", 2, "xcomp"},
                            {"from", "from", "ADP", 7, "case"},
                            {"Mardonia", "Mardonia", "PROPN", 5, "obl"},
                            {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(appears, 5), Modality::kDone);
  EXPECT_EQ(coded(appears), (V{"VAL>MRD:0874"}));
  // "Valoria decided to withdraw from Mardonia .": the decision is the act.
  Sentence decided = governed("decided", "decide", "withdraw", "withdraw");
  EXPECT_EQ(coded(decided), (V{"VAL>MRD:0874"}));
}

TEST(ModalityTest, NoProgressInTalksStillMeansTalks) {
  // "Valoria met no progress ." (a made-up tree): an object with "no" denies
  // an appeal (023), but not a meeting (04) nor a statement (01): "made no
  // progress" in talks that were held.
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"met", "meet", "VERB", 0, "root"},
                      {"no", "no", "DET", 4, "det"},
                      {"progress", "progress", "NOUN", 2, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  ParseView view(s);
  EXPECT_EQ(act_modality(view, 1, "046"), Modality::kDone);
  EXPECT_EQ(act_modality(view, 1, "023"), Modality::kDenied);
}

TEST(SidesTest, AStatementsObjectIsNotPreferred) {
  // "Valoria told bankers Mardonia was wrong ." (the speech goes to bankers,
  // the statement is about Mardonia, as PETRARCH codes it)
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"told", "tell", "VERB", 0, "root"},
                      {"banks", "bank", "NOUN", 2, "obj"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "nsubj"},
                      {"was", "be", "AUX", 6, "cop"},
                      {"wrong", "wrong", "ADJ", 2, "ccomp"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>MRD:010"}));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(ModalityTest, AnAimIsNoActNorAnIntent) {
  // "Valoria's goal is to attack Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 3, "nmod:poss"},
                      {"'s", "'s", "PART", 1, "case"},
                      {"goal", "goal", "NOUN", 6, "nsubj"},
                      {"is", "be", "AUX", 6, "cop"},
                      {"to", "to", "PART", 6, "mark"},
                      {"attack", "attack", "VERB", 0, "root"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                      {".", ".", "PUNCT", 6, "punct"}});
  EXPECT_EQ(modality_of(s, 6), Modality::kExpected);
  EXPECT_EQ(coded(s), V{});
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(SidesTest, ARelativeClauseWithItsOwnSubjectIsNotTheNounsAct) {
  // "He told the Mardonian parliament that he had criticized Valoria ." with the
  // inner clause taken for a relative clause of "parliament" (a parser error).
  Sentence s = parse({{"He", "he", "PRON", 2, "nsubj"},
                      {"told", "tell", "VERB", 0, "root"},
                      {"the", "the", "DET", 5, "det"},
                      {"Mardonian", "Mardonian", "ADJ", 5, "amod"},
                      {"parliament", "parliament", "NOUN", 2, "iobj"},
                      {"that", "that", "PRON", 9, "obj"},
                      {"he", "he", "PRON", 9, "nsubj"},
                      {"had", "have", "AUX", 9, "aux"},
                      {"criticized", "criticize", "VERB", 5, "acl:relcl"},
                      {"Valoria", "Valoria", "PROPN", 9, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(s, false), (V{"MRDLEG>VAL:111"}));
  // "rebels who attacked Valoria": the relative pronoun stands for the noun.
  Sentence who = parse({{"Mardonian", "Mardonian", "ADJ", 2, "amod"},
                        {"rebels", "rebel", "NOUN", 0, "root"},
                        {"who", "who", "PRON", 4, "nsubj"},
                        {"criticized", "criticize", "VERB", 2, "acl:relcl"},
                        {"Valoria", "Valoria", "PROPN", 4, "obj"}});
  EXPECT_EQ(coded(who), (V{"MRDREB>VAL:111"}));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(SidesTest, AnAttackedShipIsItsCountrysNotThePlaceNearBy) {
  // "Valoria attacked a Mardonian tanker off Estermark ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"attacked", "attack", "VERB", 0, "root"},
                      {"a", "a", "DET", 5, "det"},
                      {"Mardonian", "Mardonian", "ADJ", 5, "amod"},
                      {"tanker", "tanker", "NOUN", 2, "obj"},
                      {"off", "off", "ADP", 7, "case"},
                      {"Estermark", "Estermark", "PROPN", 2, "obl"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>MRD:190"}));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(SidesTest, InAQuoteInversionTheSpeakerComesAfterTheVerb) {
  // "A Mardonian plan would hurt Estermark , said a Valorian president ." as
  // the parser may read it: the plan and the president both subjects of "said".
  Sentence s = parse({{"A", "a", "DET", 3, "det"},
                      {"Mardonian", "Mardonian", "ADJ", 3, "amod"},
                      {"plan", "plan", "NOUN", 8, "nsubj"},
                      {"would", "would", "AUX", 5, "aux"},
                      {"hurt", "hurt", "VERB", 3, "acl"},
                      {"Estermark", "Estermark", "PROPN", 5, "obj"},
                      {",", ",", "PUNCT", 8, "punct"},
                      {"said", "say", "VERB", 0, "root"},
                      {"a", "a", "DET", 11, "det"},
                      {"Valorian", "Valorian", "ADJ", 11, "amod"},
                      {"president", "president", "NOUN", 8, "nsubj"},
                      {".", ".", "PUNCT", 8, "punct"}});
  // The speaker's statement has no target after the verb here (the quote
  // comes first): no event, and none from the plan.
  EXPECT_EQ(coded(s), V{});
  V before = coded(s, false);
  ASSERT_FALSE(before.empty());
  EXPECT_EQ(before[0].substr(0, 4), "MRD>");
}

TEST(ModalityTest, AFutureTimePhraseMakesTheActPlanned) {
  // "Valoria meets Mardonia next week ." : a meeting to come, an intent (036).
  Sentence next = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                         {"meets", "meet", "VERB", 0, "root"},
                         {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                         {"next", "next", "ADJ", 5, "amod"},
                         {"week", "week", "NOUN", 2, "obl:unmarked"},
                         {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(next, 2), Modality::kPlanned);
  EXPECT_EQ(coded(next), (V{"VAL>MRD:036"}));
  // "Valoria met Mardonia last week ." : done.
  Sentence last = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                         {"met", "meet", "VERB", 0, "root"},
                         {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                         {"last", "last", "ADJ", 5, "amod"},
                         {"week", "week", "NOUN", 2, "obl:unmarked"},
                         {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(last, 2), Modality::kDone);
  EXPECT_EQ(coded(last), (V{"VAL>MRD:040"}));
  // "Valoria supplies Mardonia later this month ." : "later" on the noun.
  Sentence later = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                          {"supplies", "supply", "VERB", 0, "root"},
                          {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                          {"later", "late", "ADV", 6, "advmod"},
                          {"this", "this", "DET", 6, "det"},
                          {"month", "month", "NOUN", 2, "obl:unmarked"},
                          {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(later, 2), Modality::kPlanned);
}

TEST(ModalityTest, ASuggestedActIsNotTheDoersAct) {
  // "The president suggested that Mardonia supply Valoria ." : Mardonia
  // supplies nothing; the suggestion is the president's.
  Sentence s = parse({{"The", "the", "DET", 2, "det"},
                      {"president", "president", "NOUN", 3, "nsubj"},
                      {"suggested", "suggest", "VERB", 0, "root"},
                      {"that", "that", "SCONJ", 6, "mark"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "nsubj"},
                      {"supply", "supply", "VERB", 3, "ccomp"},
                      {"Valoria", "Valoria", "PROPN", 6, "obj"},
                      {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_EQ(modality_of(s, 6), Modality::kExpected);
  EXPECT_EQ(coded(s), V{});
  EXPECT_EQ(coded(s, false), (V{"MRD>VAL:070"}));  // validate's rules: as before
}

TEST(ModalityTest, ABeliefsGenericClauseIsNoAct) {
  // "Valoria is convinced that Mardonia can supply Estermark ." : what could
  // be, not what was done.
  Sentence can = parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                        {"is", "be", "AUX", 3, "cop"},
                        {"convinced", "convinced", "ADJ", 0, "root"},
                        {"that", "that", "SCONJ", 7, "mark"},
                        {"Mardonia", "Mardonia", "PROPN", 7, "nsubj"},
                        {"can", "can", "AUX", 7, "aux"},
                        {"supply", "supply", "VERB", 3, "ccomp"},
                        {"Estermark", "Estermark", "PROPN", 7, "obj"},
                        {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_EQ(modality_of(can, 7), Modality::kExpected);
  // "... that Mardonia meeting Estermark in private ..." : a bare participle.
  Sentence bare = parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                         {"is", "be", "AUX", 3, "cop"},
                         {"convinced", "convinced", "ADJ", 0, "root"},
                         {"that", "that", "SCONJ", 6, "mark"},
                         {"Mardonia", "Mardonia", "PROPN", 6, "nsubj"},
                         {"meeting", "meet", "VERB", 3, "ccomp"},
                         {"Estermark", "Estermark", "PROPN", 6, "obj"},
                         {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_EQ(modality_of(bare, 6), Modality::kExpected);
  EXPECT_EQ(coded(bare), V{});
  // "Valoria is convinced that Mardonia supplied Estermark ." : a belief
  // about a past act is left as it was.
  Sentence past = parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                         {"is", "be", "AUX", 3, "cop"},
                         {"convinced", "convinced", "ADJ", 0, "root"},
                         {"that", "that", "SCONJ", 6, "mark"},
                         {"Mardonia", "Mardonia", "PROPN", 6, "nsubj"},
                         {"supplied", "supply", "VERB", 3, "ccomp"},
                         {"Estermark", "Estermark", "PROPN", 6, "obj"},
                         {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_EQ(modality_of(past, 6), Modality::kDone);
}

TEST(ModalityTest, APowerToActIsNotItsUse) {
  // "Valoria extended its authority to supply Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"extended", "extend", "VERB", 0, "root"},
                      {"its", "its", "PRON", 4, "nmod:poss"},
                      {"authority", "authority", "NOUN", 2, "obj"},
                      {"to", "to", "PART", 6, "mark"},
                      {"supply", "supply", "VERB", 4, "acl"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(s, 6), Modality::kExpected);
  EXPECT_EQ(coded(s), V{});
}

TEST(ModalityTest, ANegatedPlanIsDenied) {
  // "Valoria is not considering supplying Mardonia ." / "... is considering supplying ..."
  auto considering = [](bool negated) {
    std::vector<Word> w = {{"Valoria", "Valoria", "PROPN", 3, "nsubj"}, {"is", "be", "AUX", 3, "aux"}};
    int n = negated ? 1 : 0;
    if (negated) w.push_back({"not", "not", "PART", 4, "advmod"});
    w.push_back({"considering", "consider", "VERB", 0, "root"});
    w.push_back({"supplying", "supply", "VERB", 3 + n, "xcomp"});
    w.push_back({"Mardonia", "Mardonia", "PROPN", 4 + n, "obj"});
    w.push_back({".", ".", "PUNCT", 3 + n, "punct"});
    return parse(w);
  };
  EXPECT_EQ(modality_of(considering(true), 5), Modality::kDenied);
  EXPECT_EQ(modality_of(considering(false), 4), Modality::kPlanned);
}

TEST(ModalityTest, AHearsayNounsClauseIsNotDoneHoweverTheParserAttachesIt) {
  // "Valoria rejected a suggestion that Mardonia supply Estermark ." with the
  // clause read as a relative clause of "suggestion".
  Sentence relative = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                             {"rejected", "reject", "VERB", 0, "root"},
                             {"a", "a", "DET", 4, "det"},
                             {"suggestion", "suggestion", "NOUN", 2, "obj"},
                             {"that", "that", "PRON", 7, "obj"},
                             {"Mardonia", "Mardonia", "PROPN", 7, "nsubj"},
                             {"supply", "supply", "VERB", 4, "acl:relcl"},
                             {"Estermark", "Estermark", "PROPN", 7, "obj"},
                             {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_NE(modality_of(relative, 7), Modality::kDone);
  // "Valoria referred to the rumour that Mardonia supplied Estermark ." with
  // the clause hung on "referred".
  Sentence beside = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                           {"referred", "refer", "VERB", 0, "root"},
                           {"to", "to", "ADP", 5, "case"},
                           {"the", "the", "DET", 5, "det"},
                           {"rumour", "rumour", "NOUN", 2, "obl"},
                           {"that", "that", "SCONJ", 8, "mark"},
                           {"Mardonia", "Mardonia", "PROPN", 8, "nsubj"},
                           {"supplied", "supply", "VERB", 2, "ccomp"},
                           {"Estermark", "Estermark", "PROPN", 8, "obj"},
                           {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(beside, 8), Modality::kExpected);
  EXPECT_EQ(coded(beside), V{});
  // "Valoria referred to the report that Mardonia supplied Estermark .": a
  // report of a deed stays done.
  Sentence report = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                           {"referred", "refer", "VERB", 0, "root"},
                           {"to", "to", "ADP", 5, "case"},
                           {"the", "the", "DET", 5, "det"},
                           {"report", "report", "NOUN", 2, "obl"},
                           {"that", "that", "SCONJ", 8, "mark"},
                           {"Mardonia", "Mardonia", "PROPN", 8, "nsubj"},
                           {"supplied", "supply", "VERB", 2, "ccomp"},
                           {"Estermark", "Estermark", "PROPN", 8, "obj"},
                           {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(modality_of(report, 8), Modality::kDone);
}

}  // namespace
}  // namespace parley
