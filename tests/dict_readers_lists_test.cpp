// Discard list and issues dictionary readers and matchers on small inputs
// written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "dict/discards.h"
#include "dict/issues.h"

namespace parley {
namespace {

using Counts = std::vector<std::pair<std::string, int>>;

std::string all(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags) out += d.to_string() + "\n";
  return out;
}

bool has_phrase(const IssueDictionary& dict, const std::string& phrase) {
  return std::any_of(dict.entries.begin(), dict.entries.end(),
                     [&](const IssueEntry& e) { return e.phrase == phrase; });
}

TEST(DictReadersDiscards, EntriesAndFlags) {
  const std::string text =
      "# sentence and story discards\n"
      "<!-- a comment -->\n"
      "+ Bicycle  Race   # story level\n"
      "croquet_\n"
      "TABLE_TENNIS\n"
      "GROUP A_\n";
  DiscardList list;
  Diagnostics diags;
  parse_discards(text, "fuzz.txt", &list, &diags);
  EXPECT_TRUE(diags.empty()) << all(diags);
  ASSERT_EQ(list.entries.size(), 4u);
  EXPECT_EQ(list.entries[0].phrase, "BICYCLE RACE");
  EXPECT_TRUE(list.entries[0].whole_story);
  EXPECT_FALSE(list.entries[0].word_end);
  EXPECT_EQ(list.entries[0].line, 3);
  EXPECT_EQ(list.entries[1].phrase, "CROQUET");
  EXPECT_TRUE(list.entries[1].word_end);
  EXPECT_FALSE(list.entries[1].whole_story);
  EXPECT_EQ(list.entries[2].phrase, "TABLE TENNIS");
  EXPECT_EQ(list.entries[3].phrase, "GROUP A");
  EXPECT_TRUE(list.entries[3].word_end);
}

TEST(DictReadersDiscards, FindMatchesAtWordStarts) {
  DiscardList list;
  parse_discards("CROQUET_\nTENNIS\n+BICYCLE RACE\nGROUP A_\n", "t", &list, nullptr);
  ASSERT_EQ(list.entries.size(), 4u);
  EXPECT_EQ(list.find("The croquet final was held."), &list.entries[0]);
  EXPECT_EQ(list.find("(Croquet) results"), &list.entries[0]);
  EXPECT_EQ(list.find("Croquet"), &list.entries[0]);
  EXPECT_EQ(list.find("Croquets were sold"), nullptr);  // '_': whole word only
  EXPECT_EQ(list.find("tennis-style"), &list.entries[1]);
  EXPECT_EQ(list.find("Tennisplayers met"), &list.entries[1]);  // a stem otherwise
  EXPECT_EQ(list.find("Paddletennis players"), nullptr);        // not at a word start
  EXPECT_EQ(list.find("A bicycle\n  race began"), &list.entries[2]);
  EXPECT_TRUE(list.find("the BICYCLE RACES")->whole_story);
  EXPECT_EQ(list.find("group a, said officials"), &list.entries[3]);
  EXPECT_EQ(list.find("group apple"), nullptr);
  EXPECT_EQ(list.find("Tennis and croquet"), &list.entries[0]);  // first entry in list order
  EXPECT_EQ(list.find("The minister met the envoy."), nullptr);
  EXPECT_EQ(list.find(""), nullptr);
}

TEST(DictReadersDiscards, MalformedLinesAreReportedAndSkipped) {
  DiscardList list;
  Diagnostics diags;
  parse_discards("+\n___\nPOLO [XXX]\nREGATTA\n", "fuzz.txt", &list, &diags);
  ASSERT_EQ(diags.size(), 3u) << all(diags);
  EXPECT_EQ(diags[0].to_string(),
            "fuzz.txt:1: empty discard phrase (expected 'PHRASE' or '+PHRASE'); line skipped");
  EXPECT_EQ(diags[1].line, 2);
  EXPECT_EQ(diags[2].to_string(),
            "fuzz.txt:3: unexpected bracket in discard phrase 'POLO [XXX]' (discards take no code: "
            "expected 'PHRASE' or '+PHRASE'); line skipped");
  ASSERT_EQ(list.entries.size(), 1u);
  EXPECT_EQ(list.entries[0].phrase, "REGATTA");
}

TEST(DictReadersIssues, Expansions) {
  const std::string text =
      "<ISSUE CATEGORY=\"FARMING\" TYPE=\"ALL\">\n"
      "n:tractor [FARM_MACHINES]\n"
      "n:combine n:harvester [FARM_MACHINES]\n"
      "n:berry [FRUIT]\n"
      "v:plough [PLOUGHING]\n"
      "v:irrigate [WATER]\n"
      "v:dry crops [WATER]\n"
      "agri+business [AGRIBUSINESS]\n"
      "pre+n:harvest [HARVEST]\n"
      "weed_killer [CHEMICALS]\n"
      "~n:tractor beam\n"
      "~~farm+v:ville\n"
      "</ISSUE>\n"
      "n:tractor [FARM_MACHINES]\n";
  IssueDictionary dict;
  Diagnostics diags;
  parse_issues(text, "fuzz.txt", &dict, &diags);
  EXPECT_TRUE(diags.empty()) << all(diags);
  for (const char* phrase : {"TRACTOR",
                             "TRACTORS",
                             "COMBINE HARVESTER",
                             "COMBINES HARVESTERS",
                             "COMBINE HARVESTERS",
                             "BERRY",
                             "BERRIES",
                             "PLOUGH",
                             "PLOUGHS",
                             "PLOUGHED",
                             "PLOUGHING",
                             "IRRIGATE",
                             "IRRIGATES",
                             "IRRIGATED",
                             "IRRIGATING",
                             "DRIES CROPS",
                             "DRIED CROPS",
                             "DRYING CROPS",
                             "AGRI BUSINESS",
                             "AGRI-BUSINESS",
                             "PRE HARVEST",
                             "PRE HARVESTS",
                             "PRE-HARVEST",
                             "PRE-HARVESTS",
                             "WEED KILLER",
                             "TRACTOR BEAM",
                             "TRACTORS BEAM",
                             "FARM VILLE",
                             "FARM-VILLES",
                             "FARM-VILLING"}) {
    EXPECT_TRUE(has_phrase(dict, phrase)) << phrase;
  }
  EXPECT_FALSE(has_phrase(dict, "IRRIGATEED"));
  EXPECT_EQ(dict.entries.size(), 37u);  // the repeated "n:tractor" line adds nothing
  const IssueEntry& tractor = dict.entries[0];
  EXPECT_EQ(tractor.code, "FARM_MACHINES");
  EXPECT_EQ(tractor.category, "FARMING");
  EXPECT_EQ(tractor.line, 2);
  const IssueEntry& beam =
      *std::find_if(dict.entries.begin(), dict.entries.end(),
                    [](const IssueEntry& e) { return e.phrase == "TRACTOR BEAM"; });
  EXPECT_TRUE(beam.ignore);
  EXPECT_FALSE(beam.story_ignore);
  EXPECT_EQ(beam.code, "");
  const IssueEntry& ville =
      *std::find_if(dict.entries.begin(), dict.entries.end(),
                    [](const IssueEntry& e) { return e.phrase == "FARM VILLE"; });
  EXPECT_TRUE(ville.ignore);
  EXPECT_TRUE(ville.story_ignore);
}

TEST(DictReadersIssues, MatchCountsWholePhrases) {
  IssueDictionary dict;
  parse_issues(
      "n:tractor [FARM_MACHINES]\nplough [FARM_MACHINES]\nn:berry [FRUIT]\n"
      "e.u. [EUROPE]\ncrop n:failure [HARVEST]\n~tractor beam\n",
      "t", &dict, nullptr);
  EXPECT_EQ(dict.match("Tractors pulled the plough; a tractor (red) and berries."),
            (Counts{{"FARM_MACHINES", 3}, {"FRUIT", 1}}));
  EXPECT_EQ(dict.match("The E.U. said crop  failures rose."),
            (Counts{{"EUROPE", 1}, {"HARVEST", 1}}));
  EXPECT_EQ(dict.match("E.U., \"tractor\" and 'berry'"),
            (Counts{{"EUROPE", 1}, {"FARM_MACHINES", 1}, {"FRUIT", 1}}));
  // Not whole phrases: inside a hyphenated word, a possessive, a longer word.
  EXPECT_TRUE(dict.match("non-tractor tractor's tractorist blueberry").empty());
  // An ignore phrase cancels everything.
  EXPECT_TRUE(dict.match("A tractor beam hit the plough").empty());
  EXPECT_TRUE(dict.match("").empty());
  // Hand-edited entries are still matched (linear scan until build_index()).
  dict.entries.push_back({"COMBINE", "FARM_MACHINES", false, false, "", "t", 9});
  EXPECT_EQ(dict.match("a combine"), (Counts{{"FARM_MACHINES", 1}}));
  dict.build_index();
  EXPECT_EQ(dict.match("a combine"), (Counts{{"FARM_MACHINES", 1}}));
}

TEST(DictReadersIssues, MalformedLinesAreReportedAndSkipped) {
  const std::string text =
      "harvest moon\n"                 // 1: code missing
      "n:barn [FARM\n"                 // 2: unterminated bracket
      " [FARM]\n"                      // 3: empty phrase
      "silo [FARM] silos [FARM]\n"     // 4: second entry on the line, ignored
      "n: [FARM]\n"                    // 5: nothing after n:
      "~hay [FARM]\n"                  // 6: ignore line with a code
      "orchard []\n"                   // 7: empty code
      "n:meadow [PASTURE]\n"           // 8: fine
      "a+b+c+d+e+f+g+h+i+j [FARM]\n";  // 9: 512 forms
  IssueDictionary dict;
  Diagnostics diags;
  parse_issues(text, "fuzz.txt", &dict, &diags);
  const std::vector<std::string> expected = {
      "fuzz.txt:1: code missing for 'harvest moon' (expected 'phrase [CODE]' or '~phrase'); "
      "line skipped",
      "fuzz.txt:2: unterminated '[' in '[FARM' (expected ']' after the code); line skipped",
      "fuzz.txt:3: empty phrase (expected 'phrase [CODE]' or '~phrase'); line skipped",
      "fuzz.txt:4: unexpected text 'silos [FARM]' after the code (one entry per line; comments "
      "start with '#'); ignored",
      "fuzz.txt:5: nothing after 'N:' in 'N:' (expected 'n:WORD' or 'v:WORD'); line skipped",
      "fuzz.txt:6: ignore phrase '~hay [FARM]' holds a bracket (expected '~phrase' or "
      "'~~phrase', no code); line skipped",
      "fuzz.txt:7: code missing or malformed in '[]' (expected 'phrase [CODE]'); line skipped",
      "fuzz.txt:9: more than 256 forms from '+', n: and v: on the line; line skipped",
  };
  ASSERT_EQ(diags.size(), expected.size()) << all(diags);
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(diags[i].to_string(), expected[i]);
  EXPECT_EQ(dict.entries.size(), 3u);  // SILO, MEADOW, MEADOWS
  EXPECT_EQ(dict.match("meadows and a silo"), (Counts{{"PASTURE", 1}, {"FARM", 1}}));
}

}  // namespace
}  // namespace parley
