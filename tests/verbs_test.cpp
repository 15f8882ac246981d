#include "dict/verbs.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

namespace parley {
namespace {

const char* kSmall = R"(# a small verb dictionary of our own
&ARMY
+SOLDIER
+ARMED_FORCES
+POLICE_

&TALKS_
+TALKS
+&ARMY

--- MEET [040:040] ---
MEET {MEETS MET MEETING}
+SIT_DOWN {+SITS_DOWN +SAT_DOWN +SITTING_DOWN}
CONFER [041]
- * (WITH +) [042:043]  # comment
- $ * {PEACE &TALKS_} [046]
- * (AT ^) (IN $) [0361]

--- PLEAD [---] ---
PLEAD
- * (FOR HELP) [:070]

~ a (b . ATTACK) SAY = a b 112
)";

TEST(VerbsTest, ReadsBlocksVerbsPatternsAndSynsets) {
  VerbDictionary dict;
  Diagnostics diags;
  parse_verbs(kSmall, "small.verbs", &dict, &diags);
  EXPECT_TRUE(diags.empty()) << diags.front().to_string();
  ASSERT_EQ(dict.blocks.size(), 2u);
  EXPECT_EQ(dict.blocks[0].name, "MEET");
  EXPECT_EQ(dict.blocks[0].codes.forward, "040");
  EXPECT_EQ(dict.blocks[0].codes.reverse, "040");
  ASSERT_EQ(dict.verbs.size(), 4u);
  EXPECT_EQ(dict.verbs[1].lemma, "SIT");
  EXPECT_EQ(dict.verbs[1].forms[2].words, (std::vector<std::string>{"SAT", "DOWN"}));
  EXPECT_EQ(dict.verbs[2].codes.forward, "041");
  EXPECT_EQ(dict.verbs[2].forms.size(), 4u);  // CONFER CONFERS CONFERED CONFERING
  ASSERT_EQ(dict.blocks[0].patterns.size(), 3u);
  const VerbPattern& with = dict.blocks[0].patterns[0];
  EXPECT_TRUE(with.before.empty());
  ASSERT_EQ(with.after.size(), 1u);
  EXPECT_EQ(with.after[0].kind, PatternItem::Kind::kPrep);
  EXPECT_EQ(with.after[0].text, "WITH");
  ASSERT_EQ(with.after[0].children.size(), 1u);
  EXPECT_EQ(with.after[0].children[0].kind, PatternItem::Kind::kTarget);
  EXPECT_EQ(with.codes.reverse, "043");
  EXPECT_EQ(with.line, 15);
  const VerbPattern& talks = dict.blocks[0].patterns[1];
  EXPECT_EQ(talks.before[0].kind, PatternItem::Kind::kSource);
  EXPECT_EQ(talks.after[0].kind, PatternItem::Kind::kPhrase);
  EXPECT_EQ(talks.after[0].children[1].kind, PatternItem::Kind::kSynset);
  EXPECT_EQ(dict.blocks[1].patterns[0].codes.forward, "");
  EXPECT_EQ(dict.blocks[1].patterns[0].codes.reverse, "070");
  ASSERT_EQ(dict.transformations.size(), 1u);
  EXPECT_EQ(dict.transformations[0].result_code, "112");
  EXPECT_EQ(dict.transformations[0].inner_target, ".");
}

TEST(VerbsTest, SynsetsExpandPluralsAndNestedSets) {
  VerbDictionary dict;
  Diagnostics diags;
  parse_verbs(kSmall, "small.verbs", &dict, &diags);
  const Synset& army = dict.synsets.at("ARMY");
  // SOLDIER, SOLDIERS, ARMED FORCES, ARMED FORCESS?? no: FORCES -> FORCESES is avoided only
  // by a trailing '_'; POLICE_ has no plural.
  auto has = [](const Synset& s, std::vector<std::string> words) {
    for (const auto& p : s.phrases) {
      if (p == words) return true;
    }
    return false;
  };
  EXPECT_TRUE(has(army, {"SOLDIERS"}));
  EXPECT_TRUE(has(army, {"ARMED", "FORCES"}));
  EXPECT_TRUE(has(army, {"POLICE"}));
  EXPECT_FALSE(has(army, {"POLICES"}));
  const Synset& talks = dict.synsets.at("TALKS_");
  EXPECT_FALSE(has(talks, {"TALKSS"}));
  EXPECT_TRUE(has(talks, {"SOLDIER"}));  // nested &ARMY
}

TEST(VerbsTest, IndexFindsEveryForm) {
  VerbDictionary dict;
  parse_verbs(kSmall, "small.verbs", &dict, nullptr);
  for (const char* w : {"MEET", "MET", "SAT", "SIT", "CONFERING", "PLEADS"}) {
    EXPECT_TRUE(dict.by_word.count(w)) << w;
  }
}

TEST(VerbsTest, ReportsMalformedLinesAndKeepsTheRest) {
  const char* text =
      "MEET\n"                     // 1: verb before any block
      "--- TALK [040] ---\n"       // 2
      "TALK\n"                     // 3
      "- * (WITH + [042]\n"        // 4: unclosed (
      "- * TALKS\n"                // 5: no code
      "- WITH + [042]\n"           // 6: no '*'
      "- * (WITH +) [04$]\n"       // 7: bad code
      "- * (WITH +) [043]\n";      // 8: good
  VerbDictionary dict;
  Diagnostics diags;
  parse_verbs(text, "bad.verbs", &dict, &diags);
  ASSERT_EQ(diags.size(), 5u);
  EXPECT_EQ(diags[0].to_string(), "bad.verbs:1: verb outside a '--- NAME [CODE] ---' block");
  EXPECT_EQ(diags[1].line, 4);
  EXPECT_NE(diags[1].message.find("missing ')'"), std::string::npos);
  EXPECT_EQ(diags[2].line, 5);
  EXPECT_EQ(diags[3].line, 6);
  EXPECT_EQ(diags[4].line, 7);
  ASSERT_EQ(dict.blocks.size(), 1u);
  ASSERT_EQ(dict.blocks[0].patterns.size(), 1u);
  EXPECT_EQ(dict.blocks[0].patterns[0].codes.forward, "043");
}

TEST(VerbsTest, RegularForms) {
  EXPECT_EQ(regular_verb_forms("TRY"), (std::vector<std::string>{"TRIES", "TRIED", "TRYING"}));
  EXPECT_EQ(regular_verb_forms("PASS"), (std::vector<std::string>{"PASSES", "PASSED", "PASSING"}));
  EXPECT_EQ(regular_verb_forms("SHELVE"), (std::vector<std::string>{"SHELVES", "SHELVED", "SHELVING"}));
  EXPECT_EQ(regular_verb_forms("TIE"), (std::vector<std::string>{"TIES", "TIED", "TYING"}));
  EXPECT_EQ(regular_plural("ARMY"), "ARMIES");
  EXPECT_EQ(regular_plural("DAY"), "DAYS");
  EXPECT_EQ(regular_plural("PROCESS"), "PROCESSES");
}

TEST(VerbsTest, SharedDictionariesLoad) {
  std::string dir = std::string(PARLEY_DATA_DIR) + "/petrarch/";
  for (const char* name : {"CAMEO.2.0.txt", "PETR.Validate.verbs.2.0.txt", "PETR.Validate.verbs.txt"}) {
    ASSERT_TRUE(std::filesystem::exists(dir + name)) << "missing shared data: " << dir + name;
    VerbDictionary dict;
    Diagnostics diags;
    ASSERT_TRUE(read_verbs(dir + name, &dict, &diags).ok());
    for (const auto& d : diags) std::cout << "  " << d.to_string() << "\n";
    EXPECT_GT(dict.pattern_count(), 300u) << name;
    EXPECT_LT(diags.size(), 20u) << name;
  }
}

TEST(VerbsTest, CameoDictionaryHasItsPatterns) {
  VerbDictionary dict;
  ASSERT_TRUE(read_verbs(std::string(PARLEY_DATA_DIR) + "/petrarch/CAMEO.2.0.txt", &dict, nullptr).ok());
  EXPECT_GE(dict.pattern_count(), 4660u);  // 4668 pattern lines, 3 malformed
  EXPECT_GT(dict.transformations.size(), 5u);
  EXPECT_TRUE(dict.by_word.count("ACCUSE"));
}

TEST(VerbsTest, MissingFileIsAnIOError) {
  VerbDictionary dict;
  Status s = read_verbs("/nonexistent/verbs.txt", &dict, nullptr);
  EXPECT_EQ(s.code(), StatusCode::kIOError);
  EXPECT_NE(s.message().find("/nonexistent/verbs.txt"), std::string::npos);
}

}  // namespace
}  // namespace parley
