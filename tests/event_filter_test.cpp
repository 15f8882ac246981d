// The precision rules (src/coding/event_filter.h): non-actor heads, firm
// phrases, list members, and the document gate that places `---` agents and
// drops unplaced, business-only, dateline and self-aimed events. Sentences
// are written here as hand-made UD parses over a made-up world (Valoria with
// its capital Velmar, Mardonia, Estermark).
#include "coding/event_filter.h"

#include <gtest/gtest.h>

#include <sstream>
#include <tuple>

#include "coding/coder.h"
#include "coding/document_coder.h"
#include "coding/document_context.h"
#include "hand_parse.h"

namespace parley {
namespace {

const std::string kDicts = std::string(PARLEY_SOURCE_DIR) + "/tests/data/filter_dicts/";

const Dictionaries& dictionaries() {
  static const Dictionaries dicts = [] {
    DictionaryFiles files = hand_parse::world_files(kDicts, "filter_test");
    return hand_parse::load(files);
  }();
  return dicts;
}

using hand_parse::parse;
using hand_parse::Word;

std::vector<std::string> coded(const Sentence& s, bool rules = true) {
  return hand_parse::coded(s, dictionaries(), rules);
}

using V = std::vector<std::string>;

// "Valoria praised Mardonian X ." with X as the object's head noun.
Sentence praised_mardonian(const std::string& noun, const std::string& lemma) {
  return parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                {"praised", "praise", "VERB", 0, "root"},
                {"Mardonian", "Mardonian", "ADJ", 4, "amod"},
                {noun, lemma, "NOUN", 2, "obj"},
                {".", ".", "PUNCT", 2, "punct"}});
}

TEST(EventFilterTest, ACountryAdjectiveOnANonActorNounIsNoTarget) {
  EXPECT_EQ(coded(praised_mardonian("prices", "price")), V{});
  EXPECT_EQ(coded(praised_mardonian("prices", "price"), false), (V{"VAL>MRD:051"}));
  // An actor noun outside the dictionaries still stands for its country.
  EXPECT_EQ(coded(praised_mardonian("delegation", "delegation")), (V{"VAL>MRD:051"}));
  EXPECT_EQ(coded(praised_mardonian("officials", "official")), (V{"VAL>MRDGOV:051"}));
  // Any other common noun with a country adjective is a thing, not the country.
  EXPECT_EQ(coded(praised_mardonian("harvest", "harvest")), V{});
}

TEST(EventFilterTest, APlaceInAnXBasedModifierIsNoActor) {
  // "A Velmar-based group praised Mardonia ."
  Sentence s = parse({{"A", "a", "DET", 5, "det"},
                      {"Velmar", "Velmar", "PROPN", 4, "compound"},
                      {"-", "-", "PUNCT", 4, "punct"},
                      {"based", "base", "VERB", 5, "amod"},
                      {"group", "group", "NOUN", 6, "nsubj"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                      {".", ".", "PUNCT", 6, "punct"}});
  EXPECT_EQ(coded(s, false), (V{"VALGOV>MRD:051"}));
  EXPECT_EQ(coded(s), V{});
}

TEST(EventFilterTest, AnActorsOwnActStandsForTheActor) {
  EXPECT_EQ(coded(praised_mardonian("proposal", "proposal")), (V{"VAL>MRD:051"}));
}

TEST(EventFilterTest, AnAgentWithAPossessivePronounIsTheSubjectsCountrys) {
  // "Valoria said its soldiers shelled Mardonia ."
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"said", "say", "VERB", 0, "root"},
                      {"its", "its", "PRON", 4, "nmod:poss"},
                      {"soldiers", "soldier", "NOUN", 5, "nsubj"},
                      {"shelled", "shell", "VERB", 2, "ccomp"},
                      {"Mardonia", "Mardonia", "PROPN", 5, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:010", "---MIL>MRD:194"}));
  EXPECT_EQ(coded(s), (V{"VAL>VALMIL:010", "VALMIL>MRD:194"}));
}

TEST(EventFilterTest, ACountryOnTalksIsAPartyButACityIsTheVenue) {
  auto talks = [](const std::string& place) {
    return parse({{"Estermark", "Estermark", "PROPN", 2, "nsubj"},
                  {"praised", "praise", "VERB", 0, "root"},
                  {"the", "the", "DET", 5, "det"},
                  {place, place, "PROPN", 5, "compound"},
                  {"talks", "talk", "NOUN", 2, "obj"},
                  {".", ".", "PUNCT", 2, "punct"}});
  };
  EXPECT_EQ(coded(talks("Mardonia")), (V{"EST>MRD:051"}));
  EXPECT_EQ(coded(talks("Velmar")), V{});
  EXPECT_EQ(coded(talks("Velmar"), false), (V{"EST>VALGOV:051"}));
}

TEST(EventFilterTest, ACapitalAfterInIsTheVenue) {
  // "Estermark shelled soldiers in Velmar ." / "... in Mardonia ."
  auto shelled_in = [](const std::string& place) {
    return parse({{"Estermark", "Estermark", "PROPN", 2, "nsubj"},
                  {"shelled", "shell", "VERB", 0, "root"},
                  {"rebels", "rebel", "NOUN", 2, "obj"},
                  {"in", "in", "ADP", 5, "case"},
                  {place, place, "PROPN", 2, "obl"},
                  {".", ".", "PUNCT", 2, "punct"}});
  };
  EXPECT_EQ(coded(shelled_in("Velmar"), false), (V{"EST>VALGOV:194"}));
  EXPECT_EQ(coded(shelled_in("Velmar")), V{});
  EXPECT_EQ(coded(shelled_in("Mardonia")), (V{"EST>MRD:194"}));
}

TEST(EventFilterTest, SupposedActsAreNoEvents) {
  // "Valoria should praise Mardonia ."
  Sentence should = parse({{"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                           {"should", "should", "AUX", 3, "aux"},
                           {"praise", "praise", "VERB", 0, "root"},
                           {"Mardonia", "Mardonia", "PROPN", 3, "obj"},
                           {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_EQ(coded(should), V{});
  EXPECT_EQ(coded(should, false), (V{"VAL>MRD:051"}));
  // "Valoria is not considering praising Mardonia ."
  Sentence considering = parse({{"Valoria", "Valoria", "PROPN", 4, "nsubj"},
                                {"is", "be", "AUX", 4, "aux"},
                                {"not", "not", "PART", 4, "advmod"},
                                {"considering", "consider", "VERB", 0, "root"},
                                {"praising", "praise", "VERB", 4, "xcomp"},
                                {"Mardonia", "Mardonia", "PROPN", 5, "obj"},
                                {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(considering), V{});
  EXPECT_EQ(coded(considering, false), (V{"VAL>MRD:051"}));
  // "If Valoria praised Mardonia Estermark shelled Velmar .": both are supposed.
  Sentence if_clause = parse({{"If", "if", "SCONJ", 3, "mark"},
                              {"Valoria", "Valoria", "PROPN", 3, "nsubj"},
                              {"praised", "praise", "VERB", 6, "advcl"},
                              {"Mardonia", "Mardonia", "PROPN", 3, "obj"},
                              {"Estermark", "Estermark", "PROPN", 6, "nsubj"},
                              {"shelled", "shell", "VERB", 0, "root"},
                              {"Velmar", "Velmar", "PROPN", 6, "obj"},
                              {".", ".", "PUNCT", 6, "punct"}});
  EXPECT_EQ(coded(if_clause), V{});
  EXPECT_EQ(coded(if_clause, false), (V{"VAL>MRD:051", "EST>VALGOV:194"}));
  // "Estermark shelled Velmar to praise Mardonia .": the purpose is not done;
  // "... unless Mardonia praised Valoria": neither act is done.
  Sentence purpose = parse({{"Estermark", "Estermark", "PROPN", 2, "nsubj"},
                            {"shelled", "shell", "VERB", 0, "root"},
                            {"Velmar", "Velmar", "PROPN", 2, "obj"},
                            {"to", "to", "PART", 5, "mark"},
                            {"praise", "praise", "VERB", 2, "advcl"},
                            {"Mardonia", "Mardonia", "PROPN", 5, "obj"},
                            {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(purpose), (V{"EST>VALGOV:194"}));
  Sentence unless = parse({{"Estermark", "Estermark", "PROPN", 2, "nsubj"},
                           {"shelled", "shell", "VERB", 0, "root"},
                           {"Velmar", "Velmar", "PROPN", 2, "obj"},
                           {"unless", "unless", "SCONJ", 6, "mark"},
                           {"Mardonia", "Mardonia", "PROPN", 6, "nsubj"},
                           {"praised", "praise", "VERB", 2, "advcl"},
                           {"Valoria", "Valoria", "PROPN", 6, "obj"},
                           {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(unless), V{});
  EXPECT_EQ(coded(unless, false), (V{"EST>VALGOV:194", "MRD>VAL:051"}));
}

TEST(EventFilterTest, APossessorIsAnActorEvenOfANonActorNoun) {
  Sentence s = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"Mardonia", "Mardonia", "PROPN", 5, "nmod:poss"},
                      {"'s", "'s", "PART", 3, "case"},
                      {"harvest", "harvest", "NOUN", 2, "obj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s), (V{"VAL>MRD:051"}));
}

// "The X Y praised Mardonia ." with a two-word source phrase.
Sentence two_word_source(const Word& modifier, const Word& head) {
  return parse({{"The", "the", "DET", 3, "det"},
                modifier,
                head,
                {"praised", "praise", "VERB", 0, "root"},
                {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                {".", ".", "PUNCT", 4, "punct"}});
}

TEST(EventFilterTest, AFirmsPeopleAreBusiness) {
  Sentence spokesman = two_word_source({"company", "company", "NOUN", 3, "compound"},
                                       {"spokesman", "spokesman", "NOUN", 4, "nsubj"});
  EXPECT_EQ(coded(spokesman, false), (V{"---BUSGOV>MRD:051"}));
  EXPECT_EQ(coded(spokesman), (V{"---BUS>MRD:051"}));
  Sentence banks = two_word_source({"Valorian", "Valorian", "ADJ", 3, "amod"},
                                   {"banks", "bank", "NOUN", 4, "nsubj"});
  EXPECT_EQ(coded(banks), (V{"VALBUS>MRD:051"}));
}

// "The Bank of PLACE praised Estermark ."
Sentence bank_of(const std::string& place) {
  return parse({{"The", "the", "DET", 2, "det"},
                {"Bank", "Bank", "PROPN", 5, "nsubj"},
                {"of", "of", "ADP", 4, "case"},
                {place, place, "PROPN", 2, "nmod"},
                {"praised", "praise", "VERB", 0, "root"},
                {"Estermark", "Estermark", "PROPN", 5, "obj"},
                {".", ".", "PUNCT", 5, "punct"}});
}

TEST(EventFilterTest, AFirmNamedAfterACityIsNotTheCityButACountrysBankIsItsCentralBank) {
  EXPECT_EQ(coded(bank_of("Velmar"), false), (V{"VALGOVBUS>EST:051"}));
  EXPECT_EQ(coded(bank_of("Velmar")), (V{"---BUS>EST:051"}));
  EXPECT_EQ(coded(bank_of("Valoria")), (V{"VALGOV>EST:051"}));
  // A city coded as its country names a firm too: only the country's own
  // name makes a central bank.
  EXPECT_EQ(coded(bank_of("Portaval")), (V{"---BUS>EST:051"}));
}

// "The Royal Bank of Valoria praised Estermark .": a name word before "Bank".
TEST(EventFilterTest, ANamedBankOfACountryIsAFirm) {
  Sentence royal = parse({{"The", "the", "DET", 3, "det"},
                          {"Royal", "Royal", "PROPN", 3, "compound"},
                          {"Bank", "Bank", "PROPN", 6, "nsubj"},
                          {"of", "of", "ADP", 5, "case"},
                          {"Valoria", "Valoria", "PROPN", 3, "nmod"},
                          {"praised", "praise", "VERB", 0, "root"},
                          {"Estermark", "Estermark", "PROPN", 6, "obj"},
                          {".", ".", "PUNCT", 6, "punct"}});
  EXPECT_EQ(coded(royal), (V{"---BUS>EST:051"}));
}

// "Harvest Minister Orlan Dask praised Mardonia .", parsed as the tagger
// often does a title chain: "Harvest" the subject, the name hung on it.
TEST(EventFilterTest, AnOfficeTitleAlongTheSentenceOutweighsAShorterActor) {
  Sentence s = parse({{"Harvest", "Harvest", "PROPN", 5, "nsubj"},
                      {"Minister", "Minister", "PROPN", 3, "nmod:desc"},
                      {"Orlan", "Orlan", "PROPN", 1, "nmod"},
                      {"Dask", "Dask", "PROPN", 3, "flat"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"Mardonia", "Mardonia", "PROPN", 5, "obj"},
                      {".", ".", "PUNCT", 5, "punct"}});
  EXPECT_EQ(coded(s), (V{"---GOV>MRD:051"}));
  Sentence party = parse({{"Harvest", "Harvest", "PROPN", 2, "nsubj"},
                          {"praised", "praise", "VERB", 0, "root"},
                          {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                          {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(party), (V{"VALPTY>MRD:051"}));
}

// "Valorian deputy President Orlan Dask praised Mardonia ." with "Valorian
// deputy" hung on the verb, as the tagger's parses of title chains often are.
TEST(EventFilterTest, TheWordsBeforeATitleAreTheTitlesWhateverTheParse) {
  Sentence s = parse({{"Valorian", "Valorian", "ADJ", 2, "amod"},
                      {"deputy", "deputy", "NOUN", 6, "obl"},
                      {"President", "President", "PROPN", 4, "nmod:desc"},
                      {"Orlan", "Orlan", "PROPN", 6, "nsubj"},
                      {"Dask", "Dask", "PROPN", 4, "flat"},
                      {"praised", "praise", "VERB", 0, "root"},
                      {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                      {".", ".", "PUNCT", 6, "punct"}});
  EXPECT_EQ(coded(s), (V{"VALGOV>MRD:051"}));
}

// "Valoria and Mardonia VERB ." with no object.
Sentence joint_subject(const std::string& verb, const std::string& lemma) {
  return parse({{"Valoria", "Valoria", "PROPN", 4, "nsubj"},
                {"and", "and", "CCONJ", 3, "cc"},
                {"Mardonia", "Mardonia", "PROPN", 1, "conj"},
                {verb, lemma, "VERB", 0, "root"},
                {".", ".", "PUNCT", 4, "punct"}});
}

TEST(EventFilterTest, ListMembersActOnEachOtherOnlyInMutualActs) {
  EXPECT_EQ(coded(joint_subject("met", "meet")), (V{"VAL>MRD:040", "MRD>VAL:040"}));
  EXPECT_EQ(coded(joint_subject("praised", "praise")), V{});
  EXPECT_EQ(coded(joint_subject("praised", "praise"), false), (V{"VAL>MRD:051", "MRD>VAL:051"}));
  Sentence met = joint_subject("met", "meet");
  EXPECT_TRUE(same_list(ParseView(met), 0, 2));
  EXPECT_FALSE(same_list(ParseView(met), 0, 3));
}

// "Valoria and Mardonia offered OBJECT ."
Sentence joint_offer(const std::string& object) {
  return parse({{"Valoria", "Valoria", "PROPN", 4, "nsubj"},
                {"and", "and", "CCONJ", 3, "cc"},
                {"Mardonia", "Mardonia", "PROPN", 1, "conj"},
                {"offered", "offer", "VERB", 0, "root"},
                {object, object, "NOUN", 4, "obj"},
                {".", ".", "PUNCT", 4, "punct"}});
}

TEST(EventFilterTest, AJointSubjectWithAnObjectOfItsOwnActsTogether) {
  // Co-bidders offering bids do not act on each other; a pact is mutual.
  EXPECT_EQ(coded(joint_offer("bids")), V{});
  EXPECT_EQ(coded(joint_offer("bids"), false), (V{"VAL>MRD:030", "MRD>VAL:030"}));
  EXPECT_EQ(coded(joint_offer("pact")), (V{"VAL>MRD:030", "MRD>VAL:030"}));
  // "Valoria and Mardonia meeting ." : a bare -ing form reports no meeting.
  Sentence meeting = joint_subject("meeting", "meet");
  meeting.tokens[3].xpos = "VBG";
  EXPECT_EQ(coded(meeting), V{});
  EXPECT_EQ(coded(joint_subject("met", "meet")), (V{"VAL>MRD:040", "MRD>VAL:040"}));
}

TEST(EventFilterTest, AnExampleIsNoPartyAndFewIsNone) {
  // "Valoria praised nations like Mardonia ."
  Sentence like = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                         {"praised", "praise", "VERB", 0, "root"},
                         {"nations", "nation", "NOUN", 2, "obj"},
                         {"like", "like", "ADP", 5, "case"},
                         {"Mardonia", "Mardonia", "PROPN", 3, "nmod"},
                         {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(like), V{});
  EXPECT_EQ(coded(like, false), (V{"VAL>MRD:051"}));
  // "Few Valorian officials praised Mardonia ."
  Sentence few = parse({{"Few", "few", "ADJ", 3, "amod"},
                        {"Valorian", "Valorian", "ADJ", 3, "amod"},
                        {"officials", "official", "NOUN", 4, "nsubj"},
                        {"praised", "praise", "VERB", 0, "root"},
                        {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                        {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(few), V{});
  EXPECT_EQ(coded(few, false), (V{"VALGOV>MRD:051"}));
}

TEST(EventFilterTest, CodesOfSides) {
  EXPECT_TRUE(is_placed("VALGOV"));
  EXPECT_FALSE(is_placed("---GOV"));
  EXPECT_FALSE(is_placed("\"THE MINISTRY\""));
  EXPECT_FALSE(is_placed(""));
  EXPECT_EQ(country_of("VALGOV"), "VAL");
  EXPECT_EQ(country_of("IGOUNO"), "");
  EXPECT_EQ(country_of("---MIL"), "");
  EXPECT_TRUE(is_business("VALBUS"));
  EXPECT_TRUE(is_business("---GOVBUS"));
  EXPECT_FALSE(is_business("BUSGOV"));  // a three-letter country code is not a role
  EXPECT_TRUE(is_reciprocal_code("046"));
  EXPECT_TRUE(is_reciprocal_code("057"));
  EXPECT_FALSE(is_reciprocal_code("010"));
  EXPECT_FALSE(is_reciprocal_code("051"));
}

// "SUBJECT VERB OBJECT ." where each side is one or two words (a modifier
// before its head).
Sentence clause(std::vector<Word> subject, const Word& verb, std::vector<Word> object) {
  std::vector<Word> words;
  int verb_at = static_cast<int>(subject.size()) + 1;
  int subject_head = static_cast<int>(subject.size());
  for (std::size_t i = 0; i < subject.size(); ++i) {
    Word w = subject[i];
    std::get<3>(w) = i + 1 == subject.size() ? verb_at : subject_head;
    std::get<4>(w) = i + 1 == subject.size() ? "nsubj" : std::get<4>(w);
    words.push_back(w);
  }
  Word v = verb;
  std::get<3>(v) = 0;
  std::get<4>(v) = "root";
  words.push_back(v);
  int object_head = verb_at + static_cast<int>(object.size());
  for (std::size_t i = 0; i < object.size(); ++i) {
    Word w = object[i];
    std::get<3>(w) = i + 1 == object.size() ? verb_at : object_head;
    std::get<4>(w) = i + 1 == object.size() ? "obj" : std::get<4>(w);
    words.push_back(w);
  }
  words.push_back({".", ".", "PUNCT", verb_at, "punct"});
  return parse(words);
}

const Word kValoria{"Valoria", "Valoria", "PROPN", 0, ""};
const Word kMardonia{"Mardonia", "Mardonia", "PROPN", 0, ""};
const Word kEstermark{"Estermark", "Estermark", "PROPN", 0, ""};
const Word kPraised{"praised", "praise", "VERB", 0, ""};
const Word kShelled{"shelled", "shell", "VERB", 0, ""};
const Word kOfficials{"Officials", "official", "NOUN", 0, ""};
const Word kSoldiers{"Soldiers", "soldier", "NOUN", 0, ""};

std::vector<std::vector<std::string>> code_doc(std::vector<Sentence> sentences,
                                               bool keep_unplaced) {
  InputDocument in;
  in.doc.id = "test";
  in.parsed = std::move(sentences);
  CoderOptions options;
  options.keep_unplaced = keep_unplaced;
  Diagnostics warnings;
  CodedDocument doc = code_document(std::move(in), dictionaries(), nullptr, options, &warnings);
  std::vector<std::vector<std::string>> out;
  for (const CodedSentence& s : doc.sentences) {
    out.emplace_back();
    for (const Event& e : s.events)
      out.back().push_back(e.source.code + ">" + e.target.code + ":" + e.code);
  }
  return out;
}

using Doc = std::vector<std::vector<std::string>>;

// An article about Valoria: twice as many Valorian mentions as any other.
std::vector<Sentence> valorian_article() {
  return {
      clause({kValoria}, kPraised, {kMardonia}),
      clause({kValoria}, kPraised, {kEstermark}),
      clause({kSoldiers}, kShelled, {kEstermark}),
      clause({{"company", "company", "NOUN", 0, "compound"},
              {"spokesman", "spokesman", "NOUN", 0, ""}},
             kPraised, {kValoria}),
      clause({kOfficials}, kPraised, {kValoria}),
      clause(
          {{"Valorian", "Valorian", "ADJ", 0, "amod"}, {"banks", "bank", "NOUN", 0, ""}}, kPraised,
          {{"Mardonian", "Mardonian", "ADJ", 0, "amod"}, {"companies", "company", "NOUN", 0, ""}})};
}

TEST(EventFilterTest, TheGatePlacesAgentsFromTheArticlesCountryAndDropsTheRest) {
  EXPECT_EQ(code_doc(valorian_article(), true), (Doc{{"VAL>MRD:051"},
                                                     {"VAL>EST:051"},
                                                     {"---MIL>EST:194"},
                                                     {"---BUS>VAL:051"},
                                                     {"---GOV>VAL:051"},
                                                     {"VALBUS>MRDBUS:051"}}));
  // Soldiers in a Valorian story are Valoria's; a firm's spokesman stays
  // unplaced; Valoria's officials praising Valoria is a domestic remark; two
  // firms are business news.
  EXPECT_EQ(code_doc(valorian_article(), false),
            (Doc{{"VAL>MRD:051"}, {"VAL>EST:051"}, {"VALMIL>EST:194"}, {}, {}, {}}));
}

TEST(EventFilterTest, StatementsAboutFirmsAreBusinessNews) {
  const Word said{"said", "say", "VERB", 0, ""};
  const std::vector<Word> mardonian_banks = {{"Mardonian", "Mardonian", "ADJ", 0, "amod"},
                                             {"banks", "bank", "NOUN", 0, ""}};
  EXPECT_EQ(code_doc({clause({kValoria}, said, mardonian_banks)}, true), (Doc{{"VAL>MRDBUS:010"}}));
  EXPECT_EQ(code_doc({clause({kValoria}, said, mardonian_banks)}, false), (Doc{{}}));
  // Other acts toward firms stand.
  EXPECT_EQ(code_doc({clause({kValoria}, kPraised, mardonian_banks)}, false),
            (Doc{{"VAL>MRDBUS:051"}}));
}

TEST(EventFilterTest, RussiaBeforeDecember1991IsTheSovietUnion) {
  auto dated = [](const std::string& date) {
    InputDocument in;
    in.doc.date = date;
    in.parsed = {clause({{"Russia", "Russia", "PROPN", 0, ""}}, kPraised, {kMardonia})};
    Diagnostics warnings;
    CodedDocument doc =
        code_document(std::move(in), dictionaries(), nullptr, CoderOptions(), &warnings);
    return doc.sentences[0].events.empty() ? std::string() : doc.sentences[0].events[0].source.code;
  };
  EXPECT_EQ(dated("1987-03-02"), "SUN");
  EXPECT_EQ(dated("1991-12-26"), "RUS");
  EXPECT_EQ(dated(""), "RUS");
}

TEST(EventFilterTest, WithoutADominantCountryTheDatelineGivesIt) {
  // "VELMAR , May 3 - Officials praised Mardonia .": one mention each.
  Sentence first = parse({{"VELMAR", "Velmar", "PROPN", 7, "obl"},
                          {",", ",", "PUNCT", 1, "punct"},
                          {"May", "May", "PROPN", 1, "appos"},
                          {"3", "3", "NUM", 3, "nummod"},
                          {"-", "-", "PUNCT", 1, "punct"},
                          {"Officials", "official", "NOUN", 7, "nsubj"},
                          {"praised", "praise", "VERB", 0, "root"},
                          {"Mardonia", "Mardonia", "PROPN", 7, "obj"},
                          {".", ".", "PUNCT", 7, "punct"}});
  EXPECT_EQ(code_doc({first}, true), (Doc{{"---GOV>MRD:051"}}));
  EXPECT_EQ(code_doc({first}, false), (Doc{{"VALGOV>MRD:051"}}));
  // The dateline place is never a side: "VELMAR , May 3 - praised ..." parsed
  // with the dateline as the subject codes nothing.
  Sentence dateline_subject = parse({{"VELMAR", "Velmar", "PROPN", 6, "nsubj"},
                                     {",", ",", "PUNCT", 1, "punct"},
                                     {"May", "May", "PROPN", 1, "appos"},
                                     {"3", "3", "NUM", 3, "nummod"},
                                     {"-", "-", "PUNCT", 1, "punct"},
                                     {"praised", "praise", "VERB", 0, "root"},
                                     {"Mardonia", "Mardonia", "PROPN", 6, "obj"},
                                     {".", ".", "PUNCT", 6, "punct"}});
  EXPECT_EQ(code_doc({dateline_subject}, true), (Doc{{"VALGOV>MRD:051"}}));
  EXPECT_EQ(code_doc({dateline_subject}, false), (Doc{{}}));
}

// "ESTERMARK , May 3 - [Valorian] Harvest praised Mardonia .": the party
// "Harvest" is Valoria's in the dictionary.
Sentence estermark_party(bool valorian) {
  std::vector<Word> w = {{"ESTERMARK", "Estermark", "PROPN", 8, "obl"},
                         {",", ",", "PUNCT", 1, "punct"},
                         {"May", "May", "PROPN", 1, "appos"},
                         {"3", "3", "NUM", 3, "nummod"},
                         {"-", "-", "PUNCT", 1, "punct"},
                         {"Valorian", "Valorian", "ADJ", 7, "amod"},
                         {"Harvest", "Harvest", "PROPN", 8, "nsubj"},
                         {"praised", "praise", "VERB", 0, "root"},
                         {"Mardonia", "Mardonia", "PROPN", 8, "obj"},
                         {".", ".", "PUNCT", 8, "punct"}};
  if (!valorian) {
    w.erase(w.begin() + 5);
    for (auto& word : w) {
      int& head = std::get<3>(word);
      if (head > 5) --head;
    }
  }
  return parse(w);
}

TEST(EventFilterTest, APartyNamedWithoutACountryWordIsTheArticlesCountrys) {
  EXPECT_EQ(code_doc({estermark_party(false)}, false), (Doc{{"ESTPTY>MRD:051"}}));
  EXPECT_EQ(code_doc({estermark_party(false)}, true), (Doc{{"VALPTY>MRD:051"}}));
  // With its country word the phrase is Valoria's (the adjective codes it).
  EXPECT_EQ(code_doc({estermark_party(true)}, false), (Doc{{"VAL>MRD:051"}}));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(EventFilterTest, AVerbWithANounsDependentsIsANounUnlessItHasASubject) {
  // "the Valorian praise of Mardonia ." with "praise" tagged VERB: a noun.
  Sentence noun = parse({{"the", "the", "DET", 3, "det"},
                         {"Valorian", "Valorian", "ADJ", 3, "amod"},
                         {"praise", "praise", "VERB", 0, "root"},
                         {"of", "of", "ADP", 5, "case"},
                         {"Mardonia", "Mardonia", "PROPN", 3, "obl"},
                         {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_TRUE(is_mistagged_noun(ParseView(noun), 2));
  // "Valoria 's minister Osric praised Mardonia ." with the possessive hung
  // on the verb by a parse error: the verb has its subject, so it codes.
  Sentence verb = parse({{"Valoria", "Valoria", "PROPN", 5, "nmod:poss"},
                         {"'s", "'s", "PART", 1, "case"},
                         {"minister", "minister", "NOUN", 4, "compound"},
                         {"Osric", "Osric", "PROPN", 5, "nsubj"},
                         {"praised", "praise", "VERB", 0, "root"},
                         {"Mardonia", "Mardonia", "PROPN", 5, "obj"},
                         {".", ".", "PUNCT", 5, "punct"}});
  EXPECT_FALSE(is_mistagged_noun(ParseView(verb), 4));
  // "Estermark 's Valoria praised Mardonia ." (the same error): still coded.
  Sentence coded_verb = parse({{"Estermark", "Estermark", "PROPN", 4, "nmod:poss"},
                               {"'s", "'s", "PART", 1, "case"},
                               {"Valoria", "Valoria", "PROPN", 4, "nsubj"},
                               {"praised", "praise", "VERB", 0, "root"},
                               {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                               {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(coded_verb), (V{"VAL>MRD:051"}));
}

}  // namespace
}  // namespace parley
