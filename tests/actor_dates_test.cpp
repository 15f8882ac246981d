// Dated actor codes in the coder: a person's code on the sentence's date, and
// the rule that a surname alone (a short form) codes nothing before the
// person's first office when the default is an ELI code (ActorEntry::code_on).
// The dictionaries and hand-made UD parses are written here over a made-up
// world (Valoria, Mardonia; the two Vesks are not related).
#include <gtest/gtest.h>

#include <sstream>
#include <tuple>

#include "coding/coder.h"
#include "coding/document_context.h"
#include "coding/name_shadows.h"
#include "hand_parse.h"

namespace parley {
namespace {

const char kActors[] =
    "VALORIA [VAL]\n"
    "+VALORIAN\n"
    "MARDONIA [MRD]\n"
    "# Orlan Vesk: Valorian minister 1990-95, president from 2010.\n"
    "ORLAN_VESK [VALELI]\n"
    "+VESK\n"
    "+O._VESK\n"
    "\t[VALGOV 19900101-19951231]\n"
    "\t[VALGOV >20100101]\n"
    "# A person with an earlier open range: the rule does not apply.\n"
    "TAMSIN_ORE [MRDELI]\n"
    "+ORE\n"
    "\t[MRDOPP <19891231]\n"
    "\t[MRDGOV 20000101-20041231]\n"
    "# A default that is not ELI: kept on every date.\n"
    "BRANN_TULL [MRDMIL]\n"
    "+TULL\n"
    "\t[MRDGOV 20000101-20041231]\n"
    "# Mardonia's capital.\n"
    "KESTRAL [MRDGOV]\n";

const char kAgents[] = "PRESIDENT [~GOV]\n";

const char kVerbs[] =
    "--- PRAISE  [051]  ---\n"
    "PRAISE {PRAISES PRAISED PRAISING}\n";

const Dictionaries& dictionaries() {
  static const Dictionaries dicts = [] {
    Dictionaries d;
    Diagnostics diags;
    parse_actors(kActors, "actor_dates.actors.txt", &d.actors, &diags);
    parse_verbs(kVerbs, "actor_dates.verbs.txt", &d.verbs, &diags);
    parse_agents(kAgents, "actor_dates.agents.txt", &d.agents, &diags);
    EXPECT_TRUE(diags.empty());
    d.build_indexes();
    return d;
  }();
  return dicts;
}

using hand_parse::parse;
using hand_parse::Word;

// "NAME praised Mardonia ." with "Surname" or "Given Surname" (UD: the given
// name heads the name, the surname is its flat dependent) as the subject.
Sentence praised(const std::string& given, const std::string& surname) {
  if (given.empty()) {
    return parse({{surname, surname, "PROPN", 2, "nsubj"},
                  {"praised", "praise", "VERB", 0, "root"},
                  {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                  {".", ".", "PUNCT", 2, "punct"}});
  }
  return parse({{given, given, "PROPN", 3, "nsubj"},
                {surname, surname, "PROPN", 1, "flat"},
                {"praised", "praise", "VERB", 0, "root"},
                {"Mardonia", "Mardonia", "PROPN", 3, "obj"},
                {".", ".", "PUNCT", 3, "punct"}});
}

// The source code of the one event coded on `date`, or "none"; with a story,
// the sentence is coded in the story's context.
std::string source_on(const Sentence& s, int date, const std::vector<Sentence>* story = nullptr) {
  CoderOptions options;
  DocumentContext context;
  if (story != nullptr) context = build_document_context(*story, dictionaries(), date);
  std::vector<Event> events = code_sentence(s, dictionaries(), date, options, &context);
  if (events.empty()) return "none";
  EXPECT_EQ(events.size(), 1u);
  return events[0].source.code;
}

TEST(ActorDates, ASurnameAloneCodesNothingBeforeTheFirstOffice) {
  const Sentence vesk = praised("", "Vesk");
  EXPECT_EQ(source_on(vesk, 19800615), "none");    // before 1990: someone else
  EXPECT_EQ(source_on(vesk, 19920101), "VALGOV");  // in office
  EXPECT_EQ(source_on(vesk, 20000101), "VALELI");  // between offices: former office holder
  EXPECT_EQ(source_on(vesk, 20200101), "VALGOV");  // the open range
  EXPECT_EQ(source_on(vesk, 0), "VALELI");         // no date: the default code
}

TEST(ActorDates, AFullNameKeepsTheDefaultBeforeTheFirstOffice) {
  const Sentence full = praised("Orlan", "Vesk");
  EXPECT_EQ(source_on(full, 19800615), "VALELI");
  EXPECT_EQ(source_on(full, 19920101), "VALGOV");
}

TEST(ActorDates, TheRuleNeedsAnEliDefaultAndAFirstDatedOffice) {
  // An open "<" range covers every earlier date: the default is never "before".
  EXPECT_EQ(source_on(praised("", "Ore"), 19950101), "MRDELI");
  EXPECT_EQ(source_on(praised("", "Ore"), 19800101), "MRDOPP");
  // A default that is not ELI holds before the office too.
  EXPECT_EQ(source_on(praised("", "Tull"), 19800101), "MRDMIL");
  EXPECT_EQ(source_on(praised("", "Tull"), 20010101), "MRDGOV");
}

// "Kerrin Dale Vesk praised Mardonia ." : a full name that is not the dictionary's.
Sentence praised_full(const std::string& given, const std::string& middle) {
  return parse({{given, given, "PROPN", 4, "nsubj"},
                {middle, middle, "PROPN", 1, "flat"},
                {"Vesk", "Vesk", "PROPN", 1, "flat"},
                {"praised", "praise", "VERB", 0, "root"},
                {"Mardonia", "Mardonia", "PROPN", 4, "obj"},
                {".", ".", "PUNCT", 4, "punct"}});
}

TEST(ActorDates, AStoryThatNamesAnotherVeskKeepsTheSurnameFromOrlan) {
  const Sentence later = praised("", "Vesk");
  // The story first names Kerrin Dale Vesk: "Vesk" is then that person, not Orlan.
  const std::vector<Sentence> other = {praised_full("Kerrin", "Dale"), later};
  EXPECT_EQ(shadowed_people(other, dictionaries()), std::vector<int>{2});
  EXPECT_EQ(source_on(later, 19920101, &other), "none");
  EXPECT_EQ(source_on(later, 19920101), "VALGOV");  // without the story
  // Orlan's own full name, with a middle name, shadows nothing.
  const std::vector<Sentence> own = {praised_full("Orlan", "Dale"), later};
  EXPECT_TRUE(shadowed_people(own, dictionaries()).empty());
  EXPECT_EQ(source_on(later, 19920101, &own), "VALGOV");
  // A misspelt given name ("Orlen") is still Orlan's.
  const std::vector<Sentence> misspelt = {praised_full("Orlen", "Dale"), later};
  EXPECT_TRUE(shadowed_people(misspelt, dictionaries()).empty());
  // A story naming both people is ambiguous: the surname keeps Orlan's code.
  const std::vector<Sentence> both = {praised_full("Kerrin", "Dale"), praised("Orlan", "Vesk"),
                                      later};
  EXPECT_TRUE(shadowed_people(both, dictionaries()).empty());
  // A title before the surname elsewhere in the story ("President Vesk") says the
  // story also speaks of Orlan: Kerrin Dale Vesk is a relative, say.
  const Sentence titled_later = parse({{"President", "President", "PROPN", 2, "compound"},
                                       {"Vesk", "Vesk", "PROPN", 3, "nsubj"},
                                       {"praised", "praise", "VERB", 0, "root"},
                                       {"Mardonia", "Mardonia", "PROPN", 3, "obj"},
                                       {".", ".", "PUNCT", 3, "punct"}});
  const std::vector<Sentence> relative = {praised_full("Kerrin", "Dale"), titled_later, later};
  EXPECT_TRUE(shadowed_people(relative, dictionaries()).empty());
  // A title before the surname is no given name.
  const std::vector<Sentence> titled = {praised_full("President", "Valorian"), later};
  EXPECT_TRUE(shadowed_people(titled, dictionaries()).empty());
}

TEST(ActorDates, ShortFormsAreThoseWithoutTheGivenName) {
  const ActorEntry& vesk = dictionaries().actors.entries[2];
  ASSERT_EQ(vesk.phrases.size(), 3u);
  EXPECT_FALSE(vesk.is_short_form(0));  // ORLAN VESK, the primary
  EXPECT_TRUE(vesk.is_short_form(1));   // VESK
  EXPECT_TRUE(vesk.is_short_form(2));   // O. VESK: the initial is not the given name
  EXPECT_EQ(vesk.first_dated(), 19900101);
  EXPECT_EQ(vesk.code_on(19800101, 1), "");
  EXPECT_EQ(vesk.code_on(19800101, 0), "VALELI");
  EXPECT_EQ(vesk.code_on(19800101), "VALELI");                   // the plain look-up is unchanged
  EXPECT_EQ(dictionaries().actors.entries[3].first_dated(), 0);  // "<" range
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(ActorDates, APlaceThatEndsSomeonesNameIsTheirSurnameInTheStory) {
  const Sentence later = praised("", "Kestral");
  EXPECT_EQ(source_on(later, 19920101), "MRDGOV");
  // "Dorin Kestral praised Mardonia ." : the capital's name as a surname.
  const std::vector<Sentence> story = {praised("Dorin", "Kestral"), later};
  EXPECT_EQ(surname_places(story, dictionaries()), (std::vector<std::pair<int, int>>{{5, 0}}));
  EXPECT_EQ(source_on(later, 19920101, &story), "none");
  // A country's own name is never taken for a surname.
  EXPECT_TRUE(surname_places({praised("Dorin", "Mardonia")}, dictionaries()).empty());
  // "Valoria praised Mardonia in Kestral ." : the story also uses it as a place.
  const Sentence venue = parse({{"Valoria", "Valoria", "PROPN", 2, "nsubj"},
                                {"praised", "praise", "VERB", 0, "root"},
                                {"Mardonia", "Mardonia", "PROPN", 2, "obj"},
                                {"in", "in", "ADP", 5, "case"},
                                {"Kestral", "Kestral", "PROPN", 2, "obl"},
                                {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_TRUE(surname_places({praised("Dorin", "Kestral"), venue}, dictionaries()).empty());
  // A place word before it is no given name: "West Kestral".
  EXPECT_TRUE(surname_places({praised("West", "Kestral")}, dictionaries()).empty());
}

}  // namespace
}  // namespace parley
