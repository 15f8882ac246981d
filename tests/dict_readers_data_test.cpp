// The actor, agent, discard and issue readers on the real PETRARCH / Phoenix
// dictionaries in the shared data (read from PARLEY_DATA_DIR at run time).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "dict/actors.h"
#include "dict/agents.h"
#include "dict/discards.h"
#include "dict/issues.h"

namespace parley {
namespace {

std::string data_path(const std::string& file) {
  return std::string(PARLEY_DATA_DIR) + "/petrarch/" + file;
}

// Checks the file exists (failing with its path otherwise), reads it with
// `read`, prints the diagnostics and checks they name this file and exactly
// `lines` (in order).
template <class Dict, class Reader>
void load(const std::string& file, Reader read, Dict* dict, const std::vector<int>& lines) {
  const std::string path = data_path(file);
  ASSERT_TRUE(std::filesystem::exists(path)) << "missing shared data file: " << path;
  Diagnostics diags;
  const Status status = read(path, dict, &diags);
  ASSERT_TRUE(status.ok()) << status.message();
  std::vector<int> got;
  for (const Diagnostic& d : diags) {
    std::cout << "  " << d.to_string() << "\n";
    EXPECT_EQ(d.file, path);
    got.push_back(d.line);
  }
  EXPECT_EQ(got, lines) << file << ": diagnostics differ";
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

const ActorEntry* find_actor(const ActorDictionary& dict, const std::string& phrase) {
  for (const ActorEntry& entry : dict.entries) {
    for (const auto& words : entry.phrases) {
      if (join(words) == phrase) return &entry;
    }
  }
  return nullptr;
}

const AgentEntry* find_agent(const AgentDictionary& dict, const std::string& phrase) {
  for (const AgentEntry& entry : dict.entries) {
    if (join(entry.words) == phrase) return &entry;
  }
  return nullptr;
}

TEST(DictReadersData, ValidationActors) {
  for (const char* file : {"PETR.Validate.actors.ud.txt", "PETR.Validate.actors.txt"}) {
    ActorDictionary dict;
    load(file, read_actors, &dict, {});
    EXPECT_GT(dict.entries.size(), 120u) << file;
    ASSERT_NE(find_actor(dict, "AFGHANISTAN"), nullptr) << file;
    EXPECT_EQ(find_actor(dict, "AFGHANISTAN")->default_code, "AFG");
    // GOLLUM and its synonyms share three restrictions, with and without blanks.
    const ActorEntry* gollum = find_actor(dict, "SMEAGOL");
    ASSERT_NE(gollum, nullptr) << file;
    EXPECT_EQ(gollum, find_actor(dict, "GOLLUM"));
    EXPECT_EQ(gollum->code_on(19950601), "HOB");
    EXPECT_EQ(gollum->code_on(19970101), "HOBGOV");
    EXPECT_EQ(gollum->code_on(20010101), "HOBREB");
    // SAM_GAMGEE: the first restriction that holds wins; the default when no date.
    const ActorEntry* sam = find_actor(dict, "SAM GAMGEE");
    ASSERT_NE(sam, nullptr) << file;
    EXPECT_EQ(sam->code_on(20080120), "HOBCIV");
    EXPECT_EQ(sam->code_on(20100110), "ORCHOB");
    EXPECT_EQ(sam->code_on(20100601), "HOBMIL");
    EXPECT_EQ(sam->code_on(20130101), "HOBGOV");
    EXPECT_EQ(sam->code_on(20140101), "HOBELI");
    EXPECT_EQ(sam->code_on(0), "HOB");
    // The first entry after the XML comment of lines 5-16.
    ASSERT_NE(find_actor(dict, "HAMAS"), nullptr) << file;
    EXPECT_EQ(find_actor(dict, "HAMAS")->line, 19);
    EXPECT_EQ(find_actor(dict, "HAMAS")->default_code, "PSEREBHMS");
  }
}

TEST(DictReadersData, PhoenixActors) {
  ActorDictionary dict;
  load("Phoenix.Countries.actors.txt", read_actors, &dict,
       {2039, 14190, 15346, 18010, 22508, 22519, 31715, 43613, 51384});
  load("Phoenix.International.actors.txt", read_actors, &dict,
       {40, 90, 266, 495, 3694, 3696, 3726, 6605});
  load("Phoenix.MilNonState.actors.txt", read_actors, &dict, {});
  EXPECT_GT(dict.entries.size(), 20000u);
  const ActorEntry* afghanistan = find_actor(dict, "KABUL");
  ASSERT_NE(afghanistan, nullptr);
  EXPECT_EQ(afghanistan->default_code, "AFG");
  EXPECT_EQ(join(afghanistan->phrases[0]), "AFGHANISTAN");
  // One minister, three posts (Phoenix.Countries.actors.txt lines 1008-1011).
  const ActorEntry* barkat = find_actor(dict, "SAID BARKAT");
  ASSERT_NE(barkat, nullptr);
  EXPECT_EQ(barkat->code_on(20050101), "DZAGOVAGR");
  EXPECT_EQ(barkat->code_on(20090101), "DZAGOVHLH");
  EXPECT_EQ(barkat->code_on(20120101), "DZAGOV");
  EXPECT_EQ(barkat->code_on(19990101), "");
  // Code-less names listed together share the restrictions after them.
  const ActorEntry* brezhnev = find_actor(dict, "SECRETARY BREZHNEV");
  ASSERT_NE(brezhnev, nullptr);
  EXPECT_EQ(brezhnev, find_actor(dict, "LEONID BREZHNEV"));
  EXPECT_EQ(brezhnev->code_on(19700101), "RUSGOV");
  // Several restrictions on the phrase line, then the default.
  const ActorEntry* cuellar = find_actor(dict, "JAVIER DE CUELLAR");
  ASSERT_NE(cuellar, nullptr);
  EXPECT_EQ(cuellar->code_on(19900101), "IGOUNO");
  EXPECT_EQ(cuellar->code_on(20000101), "ELI");
}

TEST(DictReadersData, Agents) {
  AgentDictionary validate;
  load("PETR.Validate.agents.txt", read_agents, &validate, {});
  ASSERT_NE(find_agent(validate, "TROOPS"), nullptr);  // "TROOPS {}": no further plural
  EXPECT_EQ(find_agent(validate, "TROOPSES"), nullptr);
  EXPECT_EQ(find_agent(validate, "CONGRESSES")->code, "LEG");
  EXPECT_EQ(find_agent(validate, "CONGRESSWOMEN")->code, "LEG");
  EXPECT_EQ(find_agent(validate, "MINISTRIES OF SILLY WALKS")->code, "GOV");
  EXPECT_EQ(find_agent(validate, "GOLDEN GEESE")->code, "GGS");
  EXPECT_EQ(find_agent(validate, "GOLDEN GOOSES"), nullptr);

  AgentDictionary phoenix;
  load("Phoenix.agents.txt", read_agents, &phoenix, {544, 1927});
  EXPECT_GT(phoenix.entries.size(), 4000u);
  for (const char* troop : {"TROOP", "TROOPS"}) {
    const AgentEntry* entry = find_agent(phoenix, troop);
    ASSERT_NE(entry, nullptr) << troop;
    EXPECT_EQ(entry->code, "MIL");
    EXPECT_FALSE(entry->prefix);
  }
  const AgentEntry* peacekeepers = find_agent(phoenix, "PEACEKEEPING TROOPS");
  ASSERT_NE(peacekeepers, nullptr);
  EXPECT_EQ(peacekeepers->code, "IGO");
  EXPECT_TRUE(peacekeepers->prefix);  // "[IGO~]" goes before the actor code
  EXPECT_EQ(find_agent(phoenix, "MINISTRY OF FOREIGN AFFAIRS")->code, "GOV");
  EXPECT_EQ(find_agent(phoenix, "DEPARMENT OF ENVIRONMENT"), nullptr);  // the "[~ENV}" line
}

TEST(DictReadersData, Discards) {
  DiscardList validate;
  load("PETR.Validate.discards.txt", read_discards, &validate, {});
  EXPECT_EQ(validate.entries.size(), 9u);
  const DiscardEntry* golf = validate.find("at the World Golf Championships on Sunday");
  ASSERT_NE(golf, nullptr);
  EXPECT_TRUE(golf->whole_story);

  DiscardList phoenix;
  load("Phoenix.discards.txt", read_discards, &phoenix, {});
  EXPECT_GT(phoenix.entries.size(), 450u);
  const DiscardEntry* agassi = phoenix.find("Andre Agassi won in four sets.");
  ASSERT_NE(agassi, nullptr);
  EXPECT_TRUE(agassi->whole_story);
  EXPECT_EQ(agassi->line, 137);
  const DiscardEntry* baseball = phoenix.find("a Baseball game");
  ASSERT_NE(baseball, nullptr);
  EXPECT_FALSE(baseball->whole_story);
}

TEST(DictReadersData, Issues) {
  IssueDictionary dict;
  load("Phoenix.IssueCoding.txt", read_issues, &dict,
       {141, 142, 143, 144, 145, 146, 147, 1040, 1183, 1198, 1219, 1220, 1221, 2250, 2521, 2889,
        3053});
  EXPECT_GT(dict.entries.size(), 3000u);
  using Counts = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(dict.match("Teachers and students met at the school."),
            (Counts{{"TEACHERS", 1}, {"STUDENTS", 1}, {"SCHOOLS", 1}}));
  EXPECT_EQ(dict.match("Methane leaks and shale gas fracking worried the nuclear reactor staff"),
            (Counts{{"NATURAL_GAS", 3}, {"NUCLEAR_ENERGY", 1}}));
  // Line 296 "~~oil" (an "article nuker") cancels every sentence naming oil.
  EXPECT_TRUE(dict.match("Fuel oil prices rose").empty());
  EXPECT_TRUE(dict.match("Olive oil prices rose").empty());  // "~olive oil"
  EXPECT_EQ(dict.match("a pre-school and a preschool"), (Counts{{"EARLY_CHILDHOOD_EDUCATION", 2}}));
}

}  // namespace
}  // namespace parley
