// Checks of the dictionaries parley ships (data/dictionaries): they lint clean
// as a set, the agent list covers the role words of wire reporting (its !SET!
// families give every member and plural, and it holds no weapons), the
// discard list drops sports reports but not political ones, and the issue
// dictionary finds the issues of the seed report (read from ../shared/data).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "actor_lookup.h"
#include "dict/actors.h"
#include "dict/agents.h"
#include "dict/issues.h"
#include "dict/lint.h"
#include "util/file.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

const fs::path kDicts = fs::path(PARLEY_SOURCE_DIR) / "data" / "dictionaries";

// The files `parley code` loads from the folder (docs/dictionaries.md).
LintFiles shipped_files() {
  LintFiles files;
  files.verbs = (kDicts / "parley.verbs.txt").string();
  for (const auto& entry : fs::directory_iterator(kDicts)) {
    std::string name = entry.path().filename().string();
    bool actors = name == "parley.actors.txt" ||
                  (name.rfind("parley.", 0) == 0 && name.size() > 18 && name.ends_with(".actors.txt"));
    if (actors) files.actors.push_back(entry.path().string());
  }
  std::sort(files.actors.begin(), files.actors.end());
  files.agents = (kDicts / "parley.agents.txt").string();
  files.discards = (kDicts / "parley.discards.txt").string();
  files.issues = (kDicts / "parley.issues.txt").string();
  return files;
}

TEST(ShippedDictionaries, LintClean) {
  Diagnostics findings = lint_dictionaries(shipped_files());
  std::string listing;
  for (const Diagnostic& d : findings) listing += d.to_string() + "\n";
  EXPECT_TRUE(findings.empty()) << findings.size() << " findings (run `parley dict lint`):\n" << listing;
}

// The code an agent phrase gets, "" when the shipped agents do not have it.
std::string agent_code(const AgentDictionary& agents, const std::string& phrase) {
  for (const AgentEntry& e : agents.entries) {
    std::string words;
    for (const std::string& w : e.words) words += (words.empty() ? "" : " ") + w;
    if (words == phrase) return e.prefix ? e.code + "~" : "~" + e.code;
  }
  return "";
}

TEST(ShippedDictionaries, AgentsCoverTheRoleWordsOfWireReports) {
  AgentDictionary agents;
  Diagnostics problems;
  ASSERT_TRUE(read_agents(shipped_files().agents, &agents, &problems).ok());
  EXPECT_TRUE(problems.empty());
  std::printf("%zu agent phrases (singulars, plurals and set expansions)\n", agents.entries.size());
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"TROOPS", "~MIL"},          {"FORCES", "~MIL"},          {"SOLDIERS", "~MIL"},
      {"DEFENCE MINISTRY", "~MIL"}, {"DEFENSE MINISTER", "~GOV"}, {"LAWMAKERS", "~LEG"},
      {"FOREIGN MINISTRY", "~GOV"}, {"NEGOTIATORS", "~GOV"},     {"DELEGATION", "~GOV"},
      {"PRIME MINISTER", "~GOV"},   {"PRESIDENT", "~GOV"},       {"SPOKESMAN", "~GOV"},
      {"SPOKESWOMEN", "~GOV"},      {"DIPLOMATS", "~GOV"},       {"ENVOY", "~GOV"},
      {"AMBASSADORS", "~GOV"},      {"RIOT POLICE", "~COP"},     {"POLICEMEN", "~COP"},
      {"MILITANTS", "~INS"},        {"GUNMEN", "~UAF"},          {"REBELS", "~REB"},
      {"SEPARATISTS", "~SEP"},      {"ACTIVISTS", "~CVL"},       {"PROTESTERS", "~CVL"},
      {"CIVILIANS", "~CVL"},        {"REFUGEES", "~REF"},        {"STUDENTS", "~EDU"},
      {"DOCTORS", "~HLH"},          {"JOURNALISTS", "~MED"},     {"JUDGES", "~JUD"},
      {"SUPREME COURT", "~JUD"},    {"OPPOSITION", "~OPP"},      {"BUSINESSMEN", "~BUS"},
      {"CLERICS", "~REL"},          {"WORKERS", "~LAB"},         {"AID AGENCIES", "~NGO"},
      {"SMUGGLERS", "~CRM"},        {"INTELLIGENCE AGENCY", "~SPY"}, {"FORMER PRESIDENT", "~ELI"},
      {"MINISTRY OF DEFENSE", "~MIL"}, {"SECRETARY OF DEFENSE", "~GOV"}, {"DEFENCE SECRETARIES", "~GOV"},
      {"SOCIAL DEMOCRATS", "~PTY"}, {"CHRISTIAN DEMOCRAT", "~PTY"}, {"ROYAL FAMILY", "~ELI"},
      {"ROYAL", ""},
  };
  for (const auto& [phrase, code] : expected) EXPECT_EQ(agent_code(agents, phrase), code) << phrase;
}

TEST(ShippedDictionaries, AgentFamiliesFromSetsGiveEveryForm) {
  // Families written as one !SET! line: each member with its plural.
  AgentDictionary agents;
  ASSERT_TRUE(read_agents(shipped_files().agents, &agents, nullptr).ok());
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"MAJOR GENERAL", "~MIL"},         {"LIEUTENANT COLONELS", "~MIL"},   {"ADMIRALS", "~MIL"},
      {"ARMED FORCES", "~MIL"},          {"OCCUPYING FORCES", "~MIL"},      {"AIR FORCES", "~MIL"},
      {"ARMY OFFICERS", "~MIL"},         {"MILITARY CHIEF", "~MIL"},        {"POLICE CHIEFS", "~COP"},
      {"POLICE COMMISSIONER", "~COP"},   {"BORDER POLICE", "~COP"},         {"INTELLIGENCE OFFICIALS", "~SPY"},
      {"INTELLIGENCE SERVICES", "~SPY"}, {"APPEALS COURTS", "~JUD"},        {"COURTS OF APPEAL", "~JUD"},
      {"ANTI-CORRUPTION COURT", "~JUD"}, {"PUBLIC PROSECUTOR", "~JUD"},     {"DEPUTY PRIME MINISTERS", "~GOV"},
      {"PMS", "~GOV"},                   {"CROWN PRINCE", "~GOV"},          {"MONARCHS", "~GOV"},
      {"FOREIGN OFFICE", "~GOV"},        {"HOME SECRETARIES", "~GOV"},      {"SENIOR OFFICIALS", "~GOV"},
      {"REBEL COMMANDERS", "~REB"},      {"SEPARATIST FIGHTERS", "~SEP"},   {"MILITIA FIGHTER", "~UAF"},
      {"OPPOSITION LAWMAKERS", "~OPP"},  {"HUMAN RIGHTS GROUPS", "~HRI"},   {"RIGHTS ACTIVIST", "~HRI"},
      {"FORMER PRIME MINISTER", "~ELI"}, {"EX-PRESIDENTS", "~ELI"},         {"MEMBERS OF PARLIAMENT", "~LEG"},
      {"PRISONERS OF WAR", "~MIL"},      {"POWS", "~MIL"},                  {"TELEVISION STATIONS", "~MED"},
  };
  for (const auto& [phrase, code] : expected) EXPECT_EQ(agent_code(agents, phrase), code) << phrase;
  // No wrong plural beside the right one.
  EXPECT_EQ(agent_code(agents, "MONARCHES"), "");
}

TEST(ShippedDictionaries, WeaponsAreNotAgents) {
  // A weapon coded as an actor became the target of a purchase or a threat
  // (docs/accuracy.md), so the agents name the people and units, not the arms.
  AgentDictionary agents;
  ASSERT_TRUE(read_agents(shipped_files().agents, &agents, nullptr).ok());
  for (const char* weapon : {"MISSILE", "MISSILES", "CRUISE MISSILE", "ROCKETS", "DRONE", "WARPLANES", "WARSHIP",
                             "SUBMARINE", "ARTILLERY", "FIGHTER JETS", "HELICOPTER GUNSHIP", "MILITARY AIRCRAFT"}) {
    EXPECT_EQ(agent_code(agents, weapon), "") << weapon;
  }
}

TEST(ShippedDictionaries, TradeBodiesUnionsAndStateBanksHaveTheirOwnRoles) {
  // Associations, lobbies and growers speak for a trade, a union for labour,
  // congressional staff for the legislature; a central bank is the state's.
  AgentDictionary agents;
  ASSERT_TRUE(read_agents(shipped_files().agents, &agents, nullptr).ok());
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"ASSOCIATION", "~BUS"},        {"LOBBIES", "~BUS"},          {"WHEAT GROWERS", "~AGR"},
      {"UNION", "~LAB"},              {"CONGRESSIONAL AIDES", "~LEG"}, {"SENATE STAFFERS", "~LEG"},
      {"RESERVE BANKS", "~GOV"},
  };
  for (const auto& [phrase, code] : expected) EXPECT_EQ(agent_code(agents, phrase), code) << phrase;
}

TEST(ShippedDictionaries, StateBanksAndAgenciesAreTheirCountrysGovernment) {
  // Named central banks and agencies are actors of their own country, not agents
  // that the article's country would place ("a Fed official" in a story from Tokyo).
  ActorDictionary actors;
  ASSERT_TRUE(read_actors((kDicts / "parley.countries.actors.txt").string(), &actors, nullptr).ok());
  auto code_of = [&](const std::string& phrase) {
    return actor_lookup::code_of(actors, phrase, 20000101);
  };
  EXPECT_EQ(code_of("FED"), "USAGOV");
  EXPECT_EQ(code_of("BUNDESBANK"), "DEUGOV");
  EXPECT_EQ(code_of("MITI"), "JPNGOV");
  EXPECT_EQ(code_of("SEC"), "USAGOV");
  AgentDictionary agents;
  ASSERT_TRUE(read_agents(shipped_files().agents, &agents, nullptr).ok());
  for (const char* named : {"FED", "BUNDESBANK", "MITI", "FEDERAL RESERVE"}) {
    EXPECT_EQ(agent_code(agents, named), "") << named;
  }
}

TEST(ShippedDictionaries, DiscardsDropSportsReportsOnly) {
  DiscardList discards;
  ASSERT_TRUE(read_discards(shipped_files().discards, &discards, nullptr).ok());
  for (const char* sport : {"Spain beat Germany 2-1 in the World Cup quarter-final on Sunday.",
                            "The goalkeeper saved two penalties as Brazil went through.",
                            "Russia's tennis players were barred from Wimbledon.",
                            "The film took $40m at the box office in its first weekend."}) {
    EXPECT_NE(discards.find(sport), nullptr) << sport;
  }
  for (const char* politics : {"Turkey hosted peace talks between Russia and Ukraine in Istanbul.",
                               "The six nations agreed to support the dollar, the finance minister said.",
                               "Officials called the plan a recipe for disaster.",
                               "Moscow is playing a game of chess with the West, the envoy said.",
                               "The US is open to talks, the State Department said."}) {
    EXPECT_EQ(discards.find(politics), nullptr) << politics;
  }
}

TEST(ShippedDictionaries, IssuesOfTheSeedReport) {
  IssueDictionary issues;
  Diagnostics problems;
  ASSERT_TRUE(read_issues(shipped_files().issues, &issues, &problems).ok());
  EXPECT_TRUE(problems.empty());
  fs::path seed = fs::path(PARLEY_DATA_DIR) / "seed" / "istanbul-talks-2022-03-29.txt";
  Result<std::string> text = read_file(seed.string());
  ASSERT_TRUE(text.ok()) << "the seed report is needed: " << seed;
  std::vector<std::string> found;
  std::printf("%zu issue phrases; in the seed report:", issues.entries.size());
  for (const auto& [code, count] : issues.match(*text)) {
    found.push_back(code);
    std::printf(" %s %d", code.c_str(), count);
  }
  std::printf("\n");
  for (const char* code : {"CEASEFIRE", "PEACE_PROCESS", "SECURITY_GUARANTEES", "ARMED_CONFLICT"}) {
    EXPECT_NE(std::find(found.begin(), found.end(), code), found.end()) << code;
  }
  EXPECT_EQ(std::find(found.begin(), found.end(), "EPIDEMICS"), found.end());
  EXPECT_TRUE(issues.match("Spain beat Germany on Sunday.").empty());
}

}  // namespace
}  // namespace parley
