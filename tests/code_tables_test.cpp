// The readers of parley's own coding tables (src/dict/code_tables.h).
#include "dict/code_tables.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(CodeTablesTest, CodeMapFallsBackToTheNearestListedAncestor) {
  CodeMap map;
  Diagnostics diags;
  parse_code_map("# refusals\n080 124\n087 1246\n051 ---\n", "neg.txt", &map, &diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(map.find("087"), "1246");
  EXPECT_EQ(map.find("0872"), "1246");  // 0872 -> 087
  EXPECT_EQ(map.find("084"), "124");    // 084 -> the root's 080
  EXPECT_EQ(map.find("0841"), "124");
  EXPECT_EQ(map.find("051"), "---");
  EXPECT_EQ(map.find("111"), std::nullopt);
  // A root listed by itself is found as itself (found by fuzz/code_tables_fuzz).
  parse_code_map("08 120\n", "neg.txt", &map, &diags);
  EXPECT_EQ(map.find("08"), "120");
}

TEST(CodeTablesTest, CodeMapReportsBadLinesAndKeepsTheRest) {
  CodeMap map;
  Diagnostics diags;
  parse_code_map("080 124\n080 125\n999 120\n040\n040 125\n", "neg.txt", &map, &diags);
  ASSERT_EQ(diags.size(), 3u);
  EXPECT_EQ(diags[0].line, 2);  // listed twice: the first stays
  EXPECT_EQ(diags[1].line, 3);  // 999 is no CAMEO code
  EXPECT_EQ(diags[2].line, 4);  // one code only
  EXPECT_NE(diags[1].message.find("CODE CODE"), std::string::npos);
  EXPECT_EQ(map.find("080"), "124");
  EXPECT_EQ(map.find("040"), "125");
}

TEST(CodeTablesTest, PhraseTableReadsWordsAndCodes) {
  PhraseCodeTable table;
  Diagnostics diags;
  parse_phrase_codes("Peace talks [046]\nWAR_CRIMES [1124]\nSUMMIT\nBAD [77]\n [046]\nX [046] y\n", "t.txt",
                     &table, &diags);
  ASSERT_EQ(table.phrases.size(), 2u);
  EXPECT_EQ(table.phrases[0].words, (std::vector<std::string>{"PEACE", "TALKS"}));
  EXPECT_EQ(table.phrases[0].code, "046");
  EXPECT_EQ(table.phrases[1].words, (std::vector<std::string>{"WAR", "CRIMES"}));
  EXPECT_EQ(table.phrases[1].line, 2);
  ASSERT_EQ(diags.size(), 4u);
  EXPECT_EQ(diags[0].file, "t.txt");
  EXPECT_EQ(diags[0].line, 3);
}

TEST(CodeTablesTest, MissingFileIsAnError) {
  PhraseCodeTable table;
  Diagnostics diags;
  EXPECT_FALSE(read_phrase_codes("/nonexistent/parley.tone.txt", &table, &diags).ok());
}

}  // namespace
}  // namespace parley
