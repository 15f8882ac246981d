// Tests of the dictionary lint (src/dict/lint.h) and of `parley dict lint`, on
// small dictionaries written here: one test per kind of finding, and a clean
// set that must produce none.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "dict/lint.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

// Every finding as "file:line: problem", one per line, for readable failures.
std::string text_of(const Diagnostics& findings) {
  std::string out;
  for (const Diagnostic& d : findings) out += d.to_string() + "\n";
  return out;
}

// True when a finding at `line` says something containing `needle`.
bool has(const Diagnostics& findings, int line, const std::string& needle) {
  for (const Diagnostic& d : findings) {
    if (d.line == line && d.message.find(needle) != std::string::npos) return true;
  }
  return false;
}

Diagnostics lint_actor_text(const std::string& a, const std::string& b = "") {
  ActorDictionary actors;
  Diagnostics read_problems;
  parse_actors(a, "a.actors.txt", &actors, &read_problems);
  if (!b.empty()) parse_actors(b, "b.actors.txt", &actors, &read_problems);
  EXPECT_TRUE(read_problems.empty()) << text_of(read_problems);
  Diagnostics findings;
  lint_actors(actors, &findings);
  return findings;
}

Diagnostics lint_verb_text(const std::string& text) {
  VerbDictionary verbs;
  Diagnostics read_problems;
  parse_verbs(text, "t.verbs.txt", &verbs, &read_problems);
  Diagnostics findings;
  lint_verbs(verbs, &findings);
  return findings;
}

TEST(DictLint, DuplicateActorPhraseWithTheSameCodes) {
  Diagnostics f = lint_actor_text("OSLO [NOR]\nNORWAY [NOR]\n+OSLO\n");
  ASSERT_EQ(f.size(), 1u) << text_of(f);
  EXPECT_TRUE(has(f, 2, "duplicate actor 'OSLO': already at a.actors.txt:1")) << text_of(f);
}

TEST(DictLint, DuplicatePhraseWithinOneEntry) {
  Diagnostics f = lint_actor_text("NORWAY [NOR]\n+NORWAY\n");
  EXPECT_TRUE(has(f, 1, "duplicate phrase 'NORWAY' within one actor entry")) << text_of(f);
}

TEST(DictLint, ConflictingActorCodesAcrossFiles) {
  Diagnostics f = lint_actor_text("GEORGIA [GEO]\n", "GEORGIA [USA]\n");
  ASSERT_EQ(f.size(), 1u) << text_of(f);
  EXPECT_EQ(f[0].file, "b.actors.txt");
  EXPECT_TRUE(has(f, 1, "conflicting codes for actor 'GEORGIA': [USA] here, [GEO] at a.actors.txt:1")) << text_of(f);
}

TEST(DictLint, OverlappingDateRangesOfOneActor) {
  Diagnostics f = lint_actor_text(
      "JANE_ROE [NORELI]\n"
      "\t[NORGOV 20100101-20151231]\n"
      "\t[NORLEG 20150601-20200101]\n"
      "\t[NORJUD >20200102]\n");
  ASSERT_EQ(f.size(), 1u) << text_of(f);
  EXPECT_TRUE(has(f, 1, "overlap: [NORGOV 20100101-20151231] and [NORLEG 20150601-20200101]")) << text_of(f);
}

TEST(DictLint, OneSharedDayIsReportedAsSuch) {
  Diagnostics f = lint_actor_text("JANE_ROE [NORELI]\n\t[NORGOV 20100101-20151231]\n\t[NORELI >20151231]\n");
  ASSERT_EQ(f.size(), 1u) << text_of(f);
  EXPECT_TRUE(has(f, 1, "share the day 20151231")) << text_of(f);
}

TEST(DictLint, OneFindingPerPairOfEntries) {
  Diagnostics f = lint_actor_text("JANE_ROE [NOR]\n+ROE\n+J._ROE\n", "JANE_ROE [NOR]\n+ROE\n+J._ROE\n");
  ASSERT_EQ(f.size(), 1u) << text_of(f);
  EXPECT_TRUE(has(f, 1, "duplicate actor 'JANE ROE' (and 2 more phrases): already at a.actors.txt:1")) << text_of(f);
}

TEST(DictLint, AdjacentDateRangesDoNotOverlap) {
  EXPECT_TRUE(lint_actor_text("JANE_ROE [NORELI]\n\t[NORGOV <20151231]\n\t[NORLEG >20160101]\n").empty());
}

TEST(DictLint, DuplicateAndConflictingAgents) {
  AgentDictionary agents;
  parse_agents("SOLDIER [~MIL]\nSOLDIERS {} [~MIL]\nWARDEN [~COP]\nWARDEN [~JUD]\n", "t.agents.txt", &agents,
               nullptr);
  Diagnostics f;
  lint_agents(agents, nullptr, &f);
  EXPECT_EQ(f.size(), 2u) << text_of(f);
  EXPECT_TRUE(has(f, 2, "duplicate agent 'SOLDIERS': already at t.agents.txt:1")) << text_of(f);
  EXPECT_TRUE(has(f, 4, "conflicting codes for agent 'WARDEN': [~JUD] here, [~COP] at t.agents.txt:3")) << text_of(f);
}

TEST(DictLint, AgentThatIsAlsoAnActor) {
  ActorDictionary actors;
  parse_actors("THE_KREMLIN [RUSGOV]\n", "a.actors.txt", &actors, nullptr);
  AgentDictionary agents;
  parse_agents("THE_KREMLIN {} [~GOV]\n", "t.agents.txt", &agents, nullptr);
  Diagnostics f;
  lint_agents(agents, &actors, &f);
  ASSERT_EQ(f.size(), 1u) << text_of(f);
  EXPECT_TRUE(has(f, 1, "agent 'THE KREMLIN' [~GOV] is also an actor at a.actors.txt:1")) << text_of(f);
}

TEST(DictLint, UnknownEventCodes) {
  Diagnostics f = lint_verb_text(
      "--- GREET [099] ---\n"
      "GREET\n"
      "HAIL [0425]\n"
      "- * WARMLY [043:0999]\n"
      "- * + [042]\n");
  EXPECT_EQ(f.size(), 3u) << text_of(f);
  EXPECT_TRUE(has(f, 1, "unknown event code 099 in verb block 'GREET'")) << text_of(f);
  EXPECT_TRUE(has(f, 3, "unknown event code 0425 in verb 'HAIL'")) << text_of(f);
  EXPECT_TRUE(has(f, 4, "unknown event code 0999")) << text_of(f);
}

TEST(DictLint, PatternsThatCanNeverMatch) {
  Diagnostics f = lint_verb_text(
      "&EMPTYSET\n"
      "&TALKS\n"
      "+TALKS\n"
      "--- MEET [040] ---\n"
      "MEET\n"
      "- * + (FOR &TALKS) [043]\n"
      "- * + (ON &NOWHERE) [043]\n"
      "- * &EMPTYSET [043]\n"
      "- * [042]\n");
  EXPECT_TRUE(has(f, 1, "synset &EMPTYSET has no members")) << text_of(f);
  EXPECT_FALSE(has(f, 6, "never match")) << text_of(f);
  EXPECT_TRUE(has(f, 7, "can never match: &NOWHERE is not defined")) << text_of(f);
  EXPECT_TRUE(has(f, 8, "can never match: &EMPTYSET is empty")) << text_of(f);
  EXPECT_TRUE(has(f, 9, "empty pattern")) << text_of(f);
}

TEST(DictLint, DuplicateAndConflictingPatternsAndVerbs) {
  Diagnostics f = lint_verb_text(
      "--- PRAISE [051] ---\n"
      "PRAISE\n"
      "- * + FOR [051]\n"
      "- *   +   for [051]\n"
      "- * + ON [051]\n"
      "- * + on [057]\n"
      "--- LAUD [051] ---\n"
      "PRAISE [057]\n");
  EXPECT_EQ(f.size(), 3u) << text_of(f);
  EXPECT_TRUE(has(f, 4, "duplicate pattern")) << text_of(f);
  EXPECT_TRUE(has(f, 6, "conflicting codes for pattern")) << text_of(f);
  EXPECT_TRUE(has(f, 8, "conflicting codes for verb 'PRAISE': [057] here, [051] at line 2")) << text_of(f);
}

TEST(DictLint, DuplicateConflictingAndCoveredDiscards) {
  DiscardList discards;
  parse_discards("CRICKET\nCRICKET\n+CRICKET\nFOOTBALL\nFOOTBALLER\nCUP_\nCUP_FINAL\nCUPCAKE\n", "t.discards.txt",
                 &discards, nullptr);
  Diagnostics f;
  lint_discards(discards, &f);
  EXPECT_TRUE(has(f, 2, "duplicate discard 'CRICKET': already at t.discards.txt:1")) << text_of(f);
  EXPECT_TRUE(has(f, 3, "conflicting discard 'CRICKET'")) << text_of(f);
  EXPECT_TRUE(has(f, 5, "'FOOTBALLER' is never needed: 'FOOTBALL' at t.discards.txt:4")) << text_of(f);
  EXPECT_TRUE(has(f, 7, "'CUP FINAL' is never needed")) << text_of(f);
  EXPECT_FALSE(has(f, 8, "never needed")) << text_of(f);  // CUP_ wants a word end
  EXPECT_FALSE(has(f, 3, "never needed")) << text_of(f);  // a story discard is not covered by a sentence one
}

TEST(DictLint, DuplicateAndCancelledIssues) {
  Diagnostics f;
  lint_issues(
      "<ISSUE CATEGORY=\"TEST\">\n"
      "n:sanction [SANCTIONS]\n"
      "sanctions [SANCTIONS]\n"
      "embargo [SANCTIONS]\n"
      "~embargo\n"
      "drought [CLIMATE]  # a comment\n"
      "~embargo\n"
      "</ISSUE>\n",
      "t.issues.txt", &f);
  EXPECT_EQ(f.size(), 3u) << text_of(f);
  EXPECT_TRUE(has(f, 7, "duplicate ignore phrase '~EMBARGO': already at line 5")) << text_of(f);
  EXPECT_TRUE(has(f, 3, "duplicate issue phrase 'SANCTIONS [SANCTIONS]': already at line 2")) << text_of(f);
  EXPECT_TRUE(has(f, 4, "issue phrase 'EMBARGO' can never count: the ignore phrase at line 5")) << text_of(f);
}

// Files on disk, for lint_dictionaries and the command.
class DictLintFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("parley_dict_lint_" + std::to_string(getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    write("parley.verbs.txt", "--- AGREE [030] ---\nAGREE\n- * TO + [057]\n");
    write("parley.a.actors.txt", "NORWAY [NOR]\n");
    write("parley.b.actors.txt", "SWEDEN [SWE]\n");
    write("parley.agents.txt", "SOLDIER [~MIL]\n");
    write("parley.discards.txt", "CRICKET\n");
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  LintFiles files() const {
    LintFiles f;
    f.verbs = (dir_ / "parley.verbs.txt").string();
    f.actors = {(dir_ / "parley.a.actors.txt").string(), (dir_ / "parley.b.actors.txt").string()};
    f.agents = (dir_ / "parley.agents.txt").string();
    f.discards = (dir_ / "parley.discards.txt").string();
    return f;
  }
  // Runs `parley dict lint --dicts DIR`: (exit code, stdout).
  std::pair<int, std::string> run_command(const fs::path& dicts = {}) const {
    fs::path out = dir_ / "out.txt";
    std::string command = "'" + std::string(PARLEY_BINARY) + "' dict lint --dicts '" +
                          (dicts.empty() ? dir_ : dicts).string() + "' >'" + out.string() + "' 2>/dev/null";
    int status = std::system(command.c_str());
    std::ifstream in(out);
    std::stringstream s;
    s << in.rdbuf();
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, s.str()};
  }
  fs::path dir_;
};

TEST_F(DictLintFiles, CleanSetHasNoFindings) {
  Diagnostics f = lint_dictionaries(files());
  EXPECT_TRUE(f.empty()) << text_of(f);
  auto [code, out] = run_command();
  EXPECT_EQ(code, 0) << out;
  EXPECT_EQ(out, "");
}

TEST_F(DictLintFiles, ReaderProblemsAndCrossFileConflictsAreFindings) {
  write("parley.b.actors.txt", "SWEDEN [SWE]\nNORWAY [SWE]\n");
  write("parley.agents.txt", "SOLDIER [~MIL]\nBROKEN_LINE\n");
  Diagnostics f = lint_dictionaries(files());
  EXPECT_EQ(f.size(), 2u) << text_of(f);
  EXPECT_TRUE(has(f, 2, "conflicting codes for actor 'NORWAY'")) << text_of(f);
  EXPECT_TRUE(has(f, 2, "code")) << text_of(f);  // the agent reader: no [CODE] on BROKEN_LINE
  auto [code, out] = run_command();
  EXPECT_EQ(code, 1);
  EXPECT_NE(out.find("parley.b.actors.txt:2: conflicting codes for actor 'NORWAY'"), std::string::npos) << out;
  EXPECT_NE(out.find("parley.agents.txt:2: "), std::string::npos) << out;
}

TEST_F(DictLintFiles, MissingFolderIsAUsageError) {
  EXPECT_EQ(run_command(dir_ / "no-such-folder").first, 2);
}

TEST_F(DictLintFiles, UnreadableFileIsAFinding) {
  LintFiles f = files();
  f.agents = (dir_ / "missing.agents.txt").string();
  Diagnostics findings = lint_dictionaries(f);
  ASSERT_EQ(findings.size(), 1u) << text_of(findings);
  EXPECT_NE(findings[0].message.find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace parley
