// The business-news rules (src/coding/business_news.h): trade figures,
// dealings in securities and their markets, trade partners of statements,
// and the officers of organisations the dictionaries do not know. Sentences
// are hand-made UD parses over a made-up world (Valoria with its capital
// Velmar, Mardonia; "Zorvane" and "Acme" are firms no dictionary knows).
#include "coding/business_news.h"

#include <gtest/gtest.h>

#include <sstream>
#include <tuple>

#include "coding/coder.h"
#include "coding/document_coder.h"
#include "hand_parse.h"

namespace parley {
namespace {

const std::string kDicts = std::string(PARLEY_SOURCE_DIR) + "/tests/data/business_dicts/";

const Dictionaries& dictionaries() {
  static const Dictionaries dicts = [] {
    DictionaryFiles files = hand_parse::world_files(kDicts, "business_test");
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

// "Valoria <verb> <object words> to Mardonia ." with the object's head last.
Sentence sold_to_mardonia(const std::string& verb, const std::string& lemma,
                          const std::vector<Word>& object) {
  std::vector<Word> words = {{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                             {verb, lemma, "VERB", 0, "root"}};
  const int head = 3 + static_cast<int>(object.size()) - 1;
  for (std::size_t i = 0; i < object.size(); ++i) {
    auto [form, lem, upos, h, rel] = object[i];
    words.push_back(
        {form, lem, upos, i + 1 == object.size() ? 2 : head, i + 1 == object.size() ? "obj" : rel});
  }
  const int to = static_cast<int>(words.size()) + 1;
  words.push_back({"to", "to", "ADP", to + 1, "case"});
  words.push_back({"Mardonia", "Mardonia", "PROPN", 2, "obl"});
  words.push_back({".", ".", "PUNCT", 2, "punct"});
  return parse(words);
}

TEST(BusinessNewsTest, TradeFiguresAreNoCooperation) {
  // "Valoria exported 9,000 tonnes to Mardonia ."
  Sentence exported = sold_to_mardonia(
      "exported", "export",
      {{"9,000", "9,000", "NUM", 0, "nummod"}, {"tonnes", "tonne", "NOUN", 0, ""}});
  EXPECT_EQ(coded(exported, false), (V{"VAL>MRD:061"}));
  EXPECT_EQ(coded(exported), V{});
  // "Valoria sold rye to Mardonia ." (061) is a sale; "... rifles ..." (062) is arms.
  Sentence rye = sold_to_mardonia("sold", "sell", {{"rye", "rye", "NOUN", 0, ""}});
  EXPECT_EQ(coded(rye, false), (V{"VAL>MRD:061"}));
  EXPECT_EQ(coded(rye), V{});
  Sentence rifles = sold_to_mardonia("sold", "sell", {{"rifles", "rifle", "NOUN", 0, ""}});
  EXPECT_EQ(coded(rifles), (V{"VAL>MRD:062"}));
}

TEST(BusinessNewsTest, ANounTakenForATradeVerbIsNoCooperationEither) {
  // "Valorian exports to Mardonia rose ." with "exports" tagged a verb whose
  // subject is the adjective.
  Sentence s = parse({{"Valorian", "Valorian", "ADJ", 2, "nsubj"},
                      {"exports", "export", "VERB", 0, "root"},
                      {"to", "to", "ADP", 4, "case"},
                      {"Mardonia", "Mardonia", "PROPN", 2, "obl"},
                      {"rose", "rise", "VERB", 2, "conj"},
                      {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(s, false), (V{"VAL>MRD:061"}));
  EXPECT_EQ(coded(s), V{});
}

TEST(BusinessNewsTest, DealingsInSecuritiesAreBusiness) {
  // "Valoria offered 60 bonds to Mardonia ." / "... offered talks ...".
  Sentence bonds = sold_to_mardonia(
      "offered", "offer", {{"60", "60", "NUM", 0, "nummod"}, {"bonds", "bond", "NOUN", 0, ""}});
  EXPECT_EQ(coded(bonds, false), (V{"VAL>MRD:030"}));
  EXPECT_EQ(coded(bonds), V{});
  Sentence talks = sold_to_mardonia("offered", "offer", {{"talks", "talk", "NOUN", 0, ""}});
  EXPECT_EQ(coded(talks), (V{"VAL>MRD:030"}));
}

TEST(BusinessNewsTest, AMarketIsNoParty) {
  // "Valoria said it will float a bond in Mardonia ."
  Sentence float_bond = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                               {"said", "say", "VERB", 0, "root"},
                               {"it", "it", "PRON", 5, "nsubj"},
                               {"will", "will", "AUX", 5, "aux"},
                               {"float", "float", "VERB", 2, "ccomp"},
                               {"a", "a", "DET", 7, "det"},
                               {"bond", "bond", "NOUN", 5, "obj"},
                               {"in", "in", "ADP", 9, "case"},
                               {"Mardonia", "Mardonia", "PROPN", 5, "obl"},
                               {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(float_bond, false), (V{"VAL>MRD:010"}));
  EXPECT_EQ(coded(float_bond), V{});
  // "Valoria praised the bond issue in Mardonia ." / "... the reform in Mardonia ."
  auto praised_in = [](const std::vector<Word>& thing) {
    std::vector<Word> words = {{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                               {"praised", "praise", "VERB", 0, "root"},
                               {"the", "the", "DET", 3 + static_cast<int>(thing.size()), "det"}};
    const int head = 3 + static_cast<int>(thing.size());
    for (std::size_t i = 0; i < thing.size(); ++i) {
      auto [form, lemma, upos, h, rel] = thing[i];
      words.push_back({form, lemma, upos, i + 1 == thing.size() ? 2 : head,
                       i + 1 == thing.size() ? "obj" : rel});
    }
    words.push_back({"in", "in", "ADP", head + 2, "case"});
    words.push_back({"Mardonia", "Mardonia", "PROPN", head, "nmod"});
    words.push_back({".", ".", "PUNCT", 2, "punct"});
    return parse(words);
  };
  Sentence issue =
      praised_in({{"bond", "bond", "NOUN", 0, "compound"}, {"issue", "issue", "NOUN", 0, ""}});
  EXPECT_EQ(coded(issue, false), (V{"VAL>MRD:051"}));
  EXPECT_EQ(coded(issue), V{});
  EXPECT_EQ(coded(praised_in({{"reform", "reform", "NOUN", 0, ""}})), (V{"VAL>MRD:051"}));
  // A market of money is no party; a market square is a place.
  EXPECT_EQ(coded(praised_in(
                {{"bond", "bond", "NOUN", 0, "compound"}, {"market", "market", "NOUN", 0, ""}})),
            V{});
  EXPECT_EQ(coded(praised_in({{"market", "market", "NOUN", 0, ""}})), (V{"VAL>MRD:051"}));
  // "Valoria said the view is shared in Mardonia .": "shared" is no share.
  Sentence shared = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"view", "view", "NOUN", 6, "nsubj:pass"},
                           {"is", "be", "AUX", 6, "aux:pass"},
                           {"shared", "share", "VERB", 2, "ccomp"},
                           {"in", "in", "ADP", 8, "case"},
                           {"Mardonia", "Mardonia", "PROPN", 6, "obl"},
                           {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(shared), (V{"VAL>MRD:010"}));
}

TEST(BusinessNewsTest, AStatementIsNotAddressedToATradePartner) {
  // "Valoria said sales to Mardonia rose ."
  Sentence sales = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                          {"said", "say", "VERB", 0, "root"},
                          {"sales", "sale", "NOUN", 6, "nsubj"},
                          {"to", "to", "ADP", 5, "case"},
                          {"Mardonia", "Mardonia", "PROPN", 3, "nmod"},
                          {"rose", "rise", "VERB", 2, "ccomp"},
                          {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(sales, false), (V{"VAL>MRD:010"}));
  EXPECT_EQ(coded(sales), V{});
  // "Valoria said it bought dollars for Mardonia .": a client of the deal.
  Sentence client = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"it", "it", "PRON", 4, "nsubj"},
                           {"bought", "buy", "VERB", 2, "ccomp"},
                           {"dollars", "dollar", "NOUN", 4, "obj"},
                           {"for", "for", "ADP", 7, "case"},
                           {"Mardonia", "Mardonia", "PROPN", 4, "obl"},
                           {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(client, false), (V{"VAL>MRD:010"}));
  EXPECT_EQ(coded(client), V{});
  // "Valoria banned imports from Mardonia .": the ban is aimed at Mardonia.
  Sentence ban = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                        {"banned", "ban", "VERB", 0, "root"},
                        {"imports", "import", "NOUN", 2, "obj"},
                        {"from", "from", "ADP", 5, "case"},
                        {"Mardonia", "Mardonia", "PROPN", 3, "nmod"},
                        {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(ban), (V{"VAL>MRD:163"}));
}

TEST(BusinessNewsTest, AStatementIsNotAddressedToWhatItsDataMeasure) {
  // "Valoria said Mardonia growth figures rose ."
  Sentence growth = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"Mardonia", "Mardonia", "PROPN", 5, "compound"},
                           {"growth", "growth", "NOUN", 5, "compound"},
                           {"figures", "figure", "NOUN", 6, "nsubj"},
                           {"rose", "rise", "VERB", 2, "ccomp"},
                           {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(growth, false), (V{"VAL>MRD:010"}));
  EXPECT_EQ(coded(growth), V{});
  EXPECT_TRUE(is_data_source(ParseView(growth), ActorRef{"MRD", 2, 2, 2}));
  // "Valoria said a crop forecast for Mardonia 's rye sector fell ."
  Sentence crop = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                         {"said", "say", "VERB", 0, "root"},
                         {"a", "a", "DET", 5, "det"},
                         {"crop", "crop", "NOUN", 5, "compound"},
                         {"forecast", "forecast", "NOUN", 11, "nsubj"},
                         {"for", "for", "ADP", 10, "case"},
                         {"Mardonia", "Mardonia", "PROPN", 10, "nmod:poss"},
                         {"'s", "'s", "PART", 7, "case"},
                         {"rye", "rye", "NOUN", 10, "compound"},
                         {"sector", "sector", "NOUN", 5, "nmod"},
                         {"fell", "fall", "VERB", 2, "ccomp"},
                         {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_EQ(coded(crop), V{});
  EXPECT_TRUE(is_data_source(ParseView(crop), ActorRef{"MRD", 6, 6, 6}));
  // "Valoria said Mardonia troops rose .": troops are no data (the coder drops
  // this target by another rule, a name modifying a noun no dictionary knows).
  Sentence troops = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"Mardonia", "Mardonia", "PROPN", 4, "compound"},
                           {"troops", "troop", "NOUN", 5, "nsubj"},
                           {"rose", "rise", "VERB", 2, "ccomp"},
                           {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_FALSE(is_data_source(ParseView(troops), ActorRef{"MRD", 2, 2, 2}));
}

// "<subject words> praised Mardonia ." with the subject's head last unless
// `head` (1-based) says otherwise.
Sentence praised_mardonia(std::vector<Word> subject, int head = 0) {
  const int verb = static_cast<int>(subject.size()) + 1;
  if (head == 0) head = verb - 1;
  for (int i = 0; i < static_cast<int>(subject.size()); ++i) {
    auto& [form, lemma, upos, h, rel] = subject[i];
    if (i + 1 == head) {
      h = verb;
      rel = "nsubj";
    } else if (h == 0) {
      h = head;
    }
  }
  subject.push_back({"praised", "praise", "VERB", 0, "root"});
  subject.push_back({"Mardonia", "Mardonia", "PROPN", verb, "obj"});
  subject.push_back({".", ".", "PUNCT", verb, "punct"});
  return parse(subject);
}

const Word kA{"A", "a", "DET", 0, "det"};
const Word kOfficial{"official", "official", "NOUN", 0, ""};

TEST(BusinessNewsTest, AnUnknownOrganisationsOfficerIsNoStateOfficial) {
  // "A Zorvane official praised Mardonia ."
  Sentence novacor =
      praised_mardonia({kA, {"Zorvane", "Zorvane", "PROPN", 0, "compound"}, kOfficial});
  EXPECT_EQ(coded(novacor, false), (V{"---GOV>MRD:051"}));
  EXPECT_EQ(coded(novacor), (V{"---BUS>MRD:051"}));
  // A known place or agency keeps the official a state's.
  EXPECT_EQ(coded(praised_mardonia({kA, {"Velmar", "Velmar", "PROPN", 0, "compound"}, kOfficial})),
            (V{"VALGOV>MRD:051"}));
  EXPECT_EQ(coded(praised_mardonia({kA, {"Fed", "Fed", "PROPN", 0, "compound"}, kOfficial})),
            (V{"---GOV>MRD:051"}));
  // "The spokesman of Acme praised Mardonia ."
  Sentence acme = praised_mardonia({{"The", "the", "DET", 2, "det"},
                                    {"spokesman", "spokesman", "NOUN", 0, ""},
                                    {"of", "of", "ADP", 4, "case"},
                                    {"Acme", "Acme", "PROPN", 2, "nmod"}},
                                   2);
  EXPECT_EQ(coded(acme), (V{"---BUS>MRD:051"}));
  // "The spokesman of Commission ...": an office noun after a title is no firm.
  Sentence office = praised_mardonia({{"The", "the", "DET", 2, "det"},
                                      {"spokesman", "spokesman", "NOUN", 0, ""},
                                      {"of", "of", "ADP", 4, "case"},
                                      {"Commission", "Commission", "PROPN", 2, "nmod"}},
                                     2);
  EXPECT_EQ(coded(office), (V{"---GOV>MRD:051"}));
  // "Zorvane spokesman Jan Smit praised Mardonia .": the name after the
  // title is the person's; the firm before it is still unknown.
  const Word jan{"Jan", "Jan", "PROPN", 0, ""};
  const Word smit{"Smit", "Smit", "PROPN", 3, "flat"};
  Sentence titled = praised_mardonia({{"Zorvane", "Zorvane", "PROPN", 2, "compound"},
                                      {"spokesman", "spokesman", "NOUN", 3, "compound"},
                                      jan,
                                      smit},
                                     3);
  EXPECT_EQ(coded(titled), (V{"---BUS>MRD:051"}));
  Sentence plain = praised_mardonia({{"Spokesman", "spokesman", "NOUN", 2, "compound"},
                                     jan,
                                     {"Smit", "Smit", "PROPN", 2, "flat"}},
                                    2);
  EXPECT_EQ(coded(plain), (V{"---GOV>MRD:051"}));
}

TEST(BusinessNewsTest, ATitleStandingAloneIsASurname) {
  // "Valoria praised King ." (a Mr King) / "... the King ." / "... King Arvid ."
  auto praised = [](std::vector<Word> object) {
    std::vector<Word> words = {{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                               {"praised", "praise", "VERB", 0, "root"}};
    for (auto& w : object) words.push_back(w);
    words.push_back({".", ".", "PUNCT", 2, "punct"});
    return parse(words);
  };
  Sentence surname = praised({{"King", "King", "PROPN", 2, "obj"}});
  EXPECT_EQ(coded(surname, false), (V{"VAL>---GOV:051"}));
  EXPECT_EQ(coded(surname), V{});
  EXPECT_EQ(coded(praised({{"the", "the", "DET", 4, "det"}, {"King", "King", "PROPN", 2, "obj"}})),
            (V{"VAL>---GOV:051"}));
  EXPECT_EQ(
      coded(praised({{"King", "King", "PROPN", 2, "obj"}, {"Arvid", "Arvid", "PROPN", 3, "flat"}})),
      (V{"VAL>---GOV:051"}));
}

std::vector<std::vector<std::string>> code_doc(std::vector<Sentence> sentences) {
  InputDocument in;
  in.doc.id = "test";
  in.parsed = std::move(sentences);
  Diagnostics warnings;
  CodedDocument doc =
      code_document(std::move(in), dictionaries(), nullptr, CoderOptions(), &warnings);
  std::vector<std::vector<std::string>> out;
  for (const CodedSentence& s : doc.sentences) {
    out.emplace_back();
    for (const Event& e : s.events)
      out.back().push_back(e.source.code + ">" + e.target.code + ":" + e.code);
  }
  return out;
}

TEST(BusinessNewsTest, TheGateDoesNotPlaceAFirmsOfficialInTheArticlesCountry) {
  // A Valorian article: an official is Valoria's, a Zorvane official no one's.
  // "Valoria rose ." names Valoria and codes nothing.
  auto valoria = [] {
    return parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                  {"rose", "rise", "VERB", 0, "root"},
                  {".", ".", "PUNCT", 2, "punct"}});
  };
  using Doc = std::vector<std::vector<std::string>>;
  Doc doc =
      code_doc({valoria(), valoria(), valoria(), valoria(), praised_mardonia({kA, kOfficial}),
                praised_mardonia({kA, {"Zorvane", "Zorvane", "PROPN", 0, "compound"}, kOfficial})});
  EXPECT_EQ(doc, (Doc{{}, {}, {}, {}, {"VALGOV>MRD:051"}, {}}));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(BusinessNewsTest, AHalfOfAHyphenatedNameIsNoPlace) {
  // "Valoria - Myers praised Mardonia ." (a firm) / "Anglo - Valoria ...".
  Sentence firm = parse({{"Valoria", "Valoria", "PROPN", 4, "nsubj"},
                         {"-", "-", "PUNCT", 1, "punct"},
                         {"Myers", "Myers", "PROPN", 1, "flat"},
                         {"praised", "praise", "VERB", 0, "root"},
                         {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                         {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(firm, false), (V{"VAL>MRD:051"}));
  EXPECT_EQ(coded(firm), V{});
  Sentence combining = parse({{"Anglo", "Anglo", "PROPN", 3, "compound"},
                              {"-", "-", "PUNCT", 1, "punct"},
                              {"Valoria", "Valoria", "PROPN", 4, "nsubj"},
                              {"praised", "praise", "VERB", 0, "root"},
                              {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                              {".", ".", "PUNCT", 4, "punct"}});
  EXPECT_EQ(coded(combining), (V{"VAL>MRD:051"}));
}

TEST(BusinessNewsTest, InACompanyStoryABareSpokesmanIsTheFirms) {
  auto valoria = [] {
    return parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                  {"rose", "rise", "VERB", 0, "root"},
                  {".", ".", "PUNCT", 2, "punct"}});
  };
  // "Acme Corp rose .": a firm's name before the lead's main verb.
  Sentence acme = parse({{"Acme", "Acme", "PROPN", 2, "compound"},
                         {"Corp", "Corp", "PROPN", 3, "nsubj"},
                         {"rose", "rise", "VERB", 0, "root"},
                         {".", ".", "PUNCT", 3, "punct"}});
  EXPECT_TRUE(is_firm_story(acme));
  EXPECT_FALSE(is_firm_story(valoria()));
  auto spokesman = [] {
    return praised_mardonia(
        {{"The", "the", "DET", 0, "det"}, {"spokesman", "spokesman", "NOUN", 0, ""}});
  };
  using Doc = std::vector<std::vector<std::string>>;
  EXPECT_EQ(code_doc({valoria(), valoria(), valoria(), valoria(), spokesman()}),
            (Doc{{}, {}, {}, {}, {"VALGOV>MRD:051"}}));
  EXPECT_EQ(code_doc({acme, valoria(), valoria(), valoria(), valoria(), spokesman()}),
            (Doc{{}, {}, {}, {}, {}, {}}));
  // "The spokesman of Acme rose ." earlier: the later bare spokesman is Acme's.
  Sentence acme_spokesman = parse({{"The", "the", "DET", 2, "det"},
                                   {"spokesman", "spokesman", "NOUN", 5, "nsubj"},
                                   {"of", "of", "ADP", 4, "case"},
                                   {"Acme", "Acme", "PROPN", 2, "nmod"},
                                   {"rose", "rise", "VERB", 0, "root"},
                                   {".", ".", "PUNCT", 5, "punct"}});
  EXPECT_EQ(code_doc({valoria(), valoria(), valoria(), valoria(), acme_spokesman, spokesman()}),
            (Doc{{}, {}, {}, {}, {}, {}}));
}

}  // namespace
}  // namespace parley
