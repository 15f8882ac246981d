// parley's document-level coding: events said with nouns (nominal_events.h),
// phrases resolved through the document (document_context.h), the negation
// table and the tone of reported speech (speech_tone.h), on sentences written
// for these tests, parsed by hand, coded with the shipped dictionaries.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "coding/coder.h"
#include "coding/dictionaries.h"
#include "coding/document_coder.h"
#include "coding/document_context.h"
#include "io/conllu.h"

namespace parley {
namespace {

namespace fs = std::filesystem;
using Triple = std::tuple<std::string, std::string, std::string>;

const std::string kDicts = std::string(PARLEY_SOURCE_DIR) + "/data/dictionaries/";

const Dictionaries& shipped() {
  static const Dictionaries* dicts = [] {
    DictionaryFiles files;
    files.verbs = kDicts + "parley.verbs.txt";
    for (const auto& entry : fs::directory_iterator(kDicts)) {
      std::string name = entry.path().filename().string();
      if (name.ends_with(".actors.txt")) files.actors.push_back(entry.path().string());
    }
    std::sort(files.actors.begin(), files.actors.end());
    files.agents = kDicts + "parley.agents.txt";
    files.negations = kDicts + "parley.negations.txt";
    files.nominals = kDicts + "parley.nominals.txt";
    files.tone = kDicts + "parley.tone.txt";
    auto* d = new Dictionaries;  // shared by the tests, never freed
    Diagnostics diags;
    Status s = load_dictionaries(files, false, d, &diags);
    EXPECT_TRUE(s.ok()) << s.message();
    EXPECT_TRUE(diags.empty()) << diags.front().to_string();
    return d;
  }();
  return *dicts;
}

// A sentence from "form lemma UPOS head deprel" lines (XPOS "VB" for verbs).
Sentence parse(const std::vector<std::string>& tokens) {
  std::string conllu;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::istringstream in(tokens[i]);
    std::string form, lemma, upos, head, rel;
    in >> form >> lemma >> upos >> head >> rel;
    std::string xpos = upos == "VERB" ? "VB" : "_";
    conllu += std::to_string(i + 1) + "\t" + form + "\t" + lemma + "\t" + upos + "\t" + xpos + "\t_\t" + head +
              "\t" + rel + "\t_\t_\n";
  }
  Diagnostics diags;
  std::vector<Sentence> s = parse_conllu(conllu + "\n", "test", &diags);
  EXPECT_EQ(s.size(), 1u);
  EXPECT_TRUE(diags.empty());
  return s.empty() ? Sentence{} : s[0];
}

std::vector<Triple> triples(const std::vector<Event>& events) {
  std::vector<Triple> out;
  for (const Event& e : events) out.push_back({e.source.code, e.target.code, e.code});
  return out;
}

bool has(const std::vector<Triple>& events, const Triple& t) {
  return std::find(events.begin(), events.end(), t) != events.end();
}

bool has_code(const std::vector<Triple>& events, const std::string& prefix) {
  return std::any_of(events.begin(), events.end(),
                     [&](const Triple& t) { return std::get<2>(t).rfind(prefix, 0) == 0; });
}

bool has_triple_prefix(const std::vector<Triple>& events, const std::string& source, const std::string& target,
                       const std::string& code) {
  return std::any_of(events.begin(), events.end(), [&](const Triple& t) {
    return std::get<0>(t) == source && std::get<1>(t) == target && std::get<2>(t).rfind(code, 0) == 0;
  });
}

std::string describe(const std::vector<Triple>& events) {
  std::string out;
  for (const auto& [s, t, c] : events) out += s + " -> " + t + " " + c + "; ";
  return out;
}

// Codes each sentence of a document; the events of each sentence.
std::vector<std::vector<Triple>> code_doc(std::vector<Sentence> sentences) {
  InputDocument in;
  in.doc.id = "test";
  in.doc.date = "2031-05-04";
  in.parsed = std::move(sentences);
  Diagnostics warnings;
  CodedDocument out = code_document(std::move(in), shipped(), nullptr, CoderOptions(), &warnings);
  std::vector<std::vector<Triple>> events;
  for (const CodedSentence& s : out.sentences) events.push_back(triples(s.events));
  return events;
}

std::vector<Triple> code_alone(const Sentence& s) {
  return triples(code_sentence(s, shipped(), 20310504, CoderOptions()));
}

// "Talks between Armenia and Azerbaijan lasted five hours."
std::vector<std::string> talks_between(bool would) {
  std::vector<std::string> t = {"Talks talk NOUN 6 nsubj", "between between ADP 3 case", "Armenia Armenia PROPN 1 nmod",
                                "and and CCONJ 5 cc",      "Azerbaijan Azerbaijan PROPN 3 conj",
                                "lasted last VERB 0 root", "five five NUM 8 nummod",
                                "hours hour NOUN 6 obl:tmod", ". . PUNCT 6 punct"};
  if (would) {
    // "Talks between Armenia and Azerbaijan would last five hours."
    t = {"Talks talk NOUN 7 nsubj", "between between ADP 3 case", "Armenia Armenia PROPN 1 nmod",
         "and and CCONJ 5 cc",      "Azerbaijan Azerbaijan PROPN 3 conj", "would would AUX 7 aux",
         "last last VERB 0 root",   "five five NUM 9 nummod", "hours hour NOUN 7 obl:tmod", ". . PUNCT 7 punct"};
  }
  return t;
}

TEST(NominalEventsTest, TalksBetweenTwoActorsGoBothWays) {
  std::vector<Triple> e = code_alone(parse(talks_between(false)));
  EXPECT_TRUE(has(e, {"ARM", "AZE", "046"}));
  EXPECT_TRUE(has(e, {"AZE", "ARM", "046"}));
  EXPECT_EQ(e.size(), 2u);
}

TEST(NominalEventsTest, TalksUnderAModalAreNoEvent) {
  EXPECT_TRUE(code_alone(parse(talks_between(true))).empty());
}

TEST(NominalEventsTest, OwnerAndWithPhrase) {
  // "India's talks with Pakistan lasted an hour."
  std::vector<Triple> e = code_alone(parse({"India India PROPN 3 nmod:poss", "'s 's PART 1 case",
                                            "talks talk NOUN 6 nsubj", "with with ADP 5 case",
                                            "Pakistan Pakistan PROPN 3 nmod", "lasted last VERB 0 root",
                                            "an a DET 8 det", "hour hour NOUN 6 obl:tmod", ". . PUNCT 6 punct"}));
  EXPECT_TRUE(has(e, {"IND", "PAK", "046"}));
  EXPECT_TRUE(has(e, {"PAK", "IND", "046"}));
}

TEST(NominalEventsTest, TalksCalledForAreTheAppealsBusiness) {
  // "India called for talks between Armenia and Azerbaijan."
  std::vector<Triple> e = code_alone(parse({"India India PROPN 2 nsubj", "called call VERB 0 root",
                                            "for for ADP 4 case", "talks talk NOUN 2 obl",
                                            "between between ADP 6 case", "Armenia Armenia PROPN 4 nmod",
                                            "and and CCONJ 8 cc", "Azerbaijan Azerbaijan PROPN 6 conj",
                                            ". . PUNCT 2 punct"}));
  EXPECT_FALSE(has(e, {"ARM", "AZE", "046"}));
}

// "The two sides were urged by France to show restraint."
Sentence two_sides_urged() {
  return parse({"The the DET 3 det", "two two NUM 3 nummod", "sides side NOUN 5 nsubj:pass",
                "were be AUX 5 aux:pass", "urged urge VERB 0 root", "by by ADP 7 case",
                "France France PROPN 5 obl", "to to PART 9 mark", "show show VERB 5 xcomp",
                "restraint restraint NOUN 9 obj", ". . PUNCT 5 punct"});
}

// "Armenia's foreign minister said his country would not compromise."
Sentence would_not_compromise() {
  return parse({"Armenia Armenia PROPN 4 nmod:poss", "'s 's PART 1 case", "foreign foreign ADJ 4 amod",
                "minister minister NOUN 5 nsubj", "said say VERB 0 root", "his he PRON 7 nmod:poss",
                "country country NOUN 10 nsubj", "would would AUX 10 aux", "not not PART 10 advmod",
                "compromise compromise VERB 5 ccomp", ". . PUNCT 5 punct"});
}

TEST(DocumentContextTest, TheTwoSidesAreTheDocumentsPair) {
  std::vector<Sentence> doc = {parse(talks_between(false)), two_sides_urged()};
  DocumentContext context = build_document_context(doc, shipped(), 20310504);
  EXPECT_EQ(context.party_a, "ARM");
  EXPECT_EQ(context.party_b, "AZE");
  std::vector<std::vector<Triple>> e = code_doc(doc);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(has_triple_prefix(e[1], "FRA", "ARM", "02")) << describe(e[1]);
  EXPECT_TRUE(has_triple_prefix(e[1], "FRA", "AZE", "02")) << describe(e[1]);
  // Alone, the sentence names no one to urge.
  EXPECT_FALSE(has_code(code_alone(two_sides_urged()), "02"));
}

TEST(DocumentContextTest, ThePairAsTargetLeavesOutTheSourcesOwnCountry) {
  // "Armenia's president urged both sides."
  Sentence urged = parse({"Armenia Armenia PROPN 3 nmod:poss", "'s 's PART 1 case", "president president NOUN 4 nsubj",
                          "urged urge VERB 0 root", "both both DET 6 det", "sides side NOUN 4 obj",
                          ". . PUNCT 4 punct"});
  std::vector<std::vector<Triple>> e = code_doc({parse(talks_between(false)), urged});
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(has_triple_prefix(e[1], "ARMGOV", "AZE", "02")) << describe(e[1]);
  EXPECT_FALSE(has_triple_prefix(e[1], "ARMGOV", "ARM", "")) << describe(e[1]);
}

TEST(DocumentContextTest, ThePairAsPossessorGivesItsAgentBothCountries) {
  // "Both countries' ministers met."
  Sentence met = parse({"Both both DET 2 det", "countries country NOUN 4 nmod:poss", "' 's PART 2 case",
                        "ministers minister NOUN 5 nsubj", "met meet VERB 0 root", ". . PUNCT 5 punct"});
  std::vector<std::vector<Triple>> e = code_doc({parse(talks_between(false)), met});
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(has_triple_prefix(e[1], "ARMGOV", "AZEGOV", "04")) << describe(e[1]);
  EXPECT_TRUE(has_triple_prefix(e[1], "AZEGOV", "ARMGOV", "04")) << describe(e[1]);
}

TEST(DocumentContextTest, HisCountryRefusingIsAimedAtTheOtherParty) {
  std::vector<std::vector<Triple>> e = code_doc({parse(talks_between(false)), would_not_compromise()});
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(has(e[1], {"ARM", "AZE", "124"}));
  EXPECT_FALSE(has_code(e[1], "08"));
  // Without the document there is neither a source nor a target.
  EXPECT_FALSE(has_code(code_alone(would_not_compromise()), "124"));
}

TEST(DocumentContextTest, OnlyAStateIsAimedAtTheOtherParty) {
  // "Armenia did not compromise." / "Armenian banks did not compromise."
  Sentence state = parse({"Armenia Armenia PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod",
                          "compromise compromise VERB 0 root", ". . PUNCT 4 punct"});
  Sentence banks = parse({"Armenian Armenian ADJ 2 amod", "banks bank NOUN 5 nsubj", "did do AUX 5 aux",
                          "not not PART 5 advmod", "compromise compromise VERB 0 root", ". . PUNCT 5 punct"});
  std::vector<std::vector<Triple>> e = code_doc({parse(talks_between(false)), state, banks});
  ASSERT_EQ(e.size(), 3u);
  EXPECT_TRUE(has(e[1], {"ARM", "AZE", "124"})) << describe(e[1]);
  EXPECT_TRUE(e[2].empty()) << describe(e[2]);
}

TEST(DocumentContextTest, NoPairWithoutOne) {
  DocumentContext context = build_document_context({would_not_compromise()}, shipped(), 20310504);
  EXPECT_FALSE(context.has_pair());
  EXPECT_EQ(context.other_party("ARMGOV"), "");
  EXPECT_EQ(country_of("ARMGOV"), "ARM");
  EXPECT_EQ(country_of("---GOV"), "");
  EXPECT_EQ(country_of("IGOUNO"), "");
}

TEST(NegationTableTest, NotYieldingIsARefusalToYield) {
  // "Azerbaijan did not compromise with Armenia."
  std::vector<Triple> e = code_alone(parse({"Azerbaijan Azerbaijan PROPN 4 nsubj", "did do AUX 4 aux",
                                            "not not PART 4 advmod", "compromise compromise VERB 0 root",
                                            "with with ADP 6 case", "Armenia Armenia PROPN 4 obl",
                                            ". . PUNCT 4 punct"}));
  EXPECT_TRUE(has(e, {"AZE", "ARM", "124"}));
  EXPECT_FALSE(has_code(e, "08"));
}

TEST(NegationTableTest, ANegationInAConditionIsNoRefusal) {
  // "Georgia would protest if Armenia did not compromise with Azerbaijan."
  std::vector<Triple> e = code_alone(parse({"Georgia Georgia PROPN 3 nsubj", "would would AUX 3 aux",
                                            "protest protest VERB 0 root", "if if SCONJ 8 mark",
                                            "Armenia Armenia PROPN 8 nsubj", "did do AUX 8 aux",
                                            "not not PART 8 advmod", "compromise compromise VERB 3 advcl",
                                            "with with ADP 10 case", "Azerbaijan Azerbaijan PROPN 8 obl", ". . PUNCT 3 punct"}));
  EXPECT_FALSE(has_code(e, "12")) << describe(e);
  // Out of the condition, the same clause is a refusal.
  std::vector<Triple> plain = code_alone(parse({"Armenia Armenia PROPN 4 nsubj", "did do AUX 4 aux",
                                                "not not PART 4 advmod", "compromise compromise VERB 0 root",
                                                "with with ADP 6 case", "Azerbaijan Azerbaijan PROPN 4 obl",
                                                ". . PUNCT 4 punct"}));
  EXPECT_TRUE(has(plain, {"ARM", "AZE", "124"})) << describe(plain);
}

TEST(NegationTableTest, NotCriticizingIsNoEvent) {
  // "Azerbaijan did not condemn Armenia."
  std::vector<Triple> e = code_alone(parse({"Azerbaijan Azerbaijan PROPN 4 nsubj", "did do AUX 4 aux",
                                            "not not PART 4 advmod", "condemn condemn VERB 0 root",
                                            "Armenia Armenia PROPN 4 obj", ". . PUNCT 4 punct"}));
  EXPECT_TRUE(e.empty());
}

// "France's president said Germany's plan was [not] unacceptable."
Sentence plan_unacceptable(bool negated) {
  std::vector<std::string> t = {"France France PROPN 3 nmod:poss", "'s 's PART 1 case",
                                "president president NOUN 4 nsubj", "said say VERB 0 root",
                                "Germany Germany PROPN 7 nmod:poss", "'s 's PART 5 case",
                                "plan plan NOUN 9 nsubj", "was be AUX 9 cop",
                                "unacceptable unacceptable ADJ 4 ccomp", ". . PUNCT 4 punct"};
  if (negated) {
    t = {"France France PROPN 3 nmod:poss", "'s 's PART 1 case", "president president NOUN 4 nsubj",
         "said say VERB 0 root", "Germany Germany PROPN 7 nmod:poss", "'s 's PART 5 case",
         "plan plan NOUN 10 nsubj", "was be AUX 10 cop", "not not PART 10 advmod",
         "unacceptable unacceptable ADJ 4 ccomp", ". . PUNCT 4 punct"};
  }
  return parse(t);
}

TEST(SpeechToneTest, DisapprovingStatementCriticizesTheActorItNames) {
  std::vector<Triple> e = code_alone(plan_unacceptable(false));
  EXPECT_TRUE(has(e, {"FRAGOV", "DEU", "111"}));
  EXPECT_FALSE(has_code(e, "010"));
}

TEST(SpeechToneTest, ANegatedToneWordIsNoCriticism) {
  std::vector<Triple> e = code_alone(plan_unacceptable(true));
  EXPECT_FALSE(has_code(e, "11"));
}

// "It was barbaric, Latvia's prime minister told reporters."
Sentence barbaric_quote() {
  return parse({"It it PRON 3 nsubj", "was be AUX 3 cop", "barbaric barbaric ADJ 0 root", ", , PUNCT 3 punct",
                "Latvia Latvia PROPN 8 nmod:poss", "'s 's PART 5 case", "prime prime ADJ 8 amod",
                "minister minister NOUN 9 nsubj", "told tell VERB 3 parataxis",
                "reporters reporter NOUN 9 obj", ". . PUNCT 3 punct"});
}

TEST(SpeechToneTest, AQuoteNamingNoOneCriticizesTheDocumentsAggressor) {
  // "Russia's invasion of Georgia lasted five days."
  Sentence invasion = parse({"Russia Russia PROPN 3 nmod:poss", "'s 's PART 1 case", "invasion invasion NOUN 6 nsubj",
                             "of of ADP 5 case", "Georgia Georgia PROPN 3 nmod", "lasted last VERB 0 root",
                             "five five NUM 8 nummod", "days day NOUN 6 obl:tmod", ". . PUNCT 6 punct"});
  DocumentContext context = build_document_context({invasion, barbaric_quote()}, shipped(), 20310504);
  EXPECT_EQ(context.aggressor, "RUS");
  std::vector<std::vector<Triple>> e = code_doc({invasion, barbaric_quote()});
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(has(e[1], {"LVAGOV", "RUS", "111"}));
  // Alone, the quote has no one to criticize.
  EXPECT_FALSE(has_code(code_alone(barbaric_quote()), "11"));
}

}  // namespace
}  // namespace parley
