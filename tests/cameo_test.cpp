// Checks the CAMEO table against the shared CAMEO and PLOVER files, read at
// run time from PARLEY_DATA_DIR (nothing from them is copied into parley).
#include "ontology/cameo.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace parley {
namespace {

const std::string kDataDir = PARLEY_DATA_DIR;
const std::string kEventCodes = kDataDir + "/cameo/CAMEO.eventcodes.txt";
const std::string kGoldstein = kDataDir + "/cameo/CAMEO.goldsteinscale.txt";
const std::string kCameo2Plover = kDataDir + "/plover/CAMEO2PLOVER-2021.txt";

// Reads a file's lines; fails naming the path when the file cannot be opened.
testing::AssertionResult read_lines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) {
    return testing::AssertionFailure()
           << "cannot open shared data file " << path
           << " (the tests need ../shared/data; set -DPARLEY_DATA_DIR=<dir>)";
  }
  lines->clear();
  for (std::string line; std::getline(in, line);) lines->push_back(line);
  return testing::AssertionSuccess();
}

// The rows of a two-column tab-separated file with a header line.
std::vector<std::pair<std::string, std::string>> tsv_rows(const std::vector<std::string>& lines) {
  std::vector<std::pair<std::string, std::string>> rows;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::size_t tab = lines[i].find('\t');
    if (tab == std::string::npos) continue;
    rows.emplace_back(lines[i].substr(0, tab), lines[i].substr(tab + 1));
  }
  return rows;
}

std::string trim(const std::string& s) {
  const std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// One row of CAMEO2PLOVER: "code: TYPE, mode, context # comment".
struct PloverRow {
  int line = 0;
  std::string code, type, mode, context;
};

std::vector<PloverRow> plover_rows(const std::vector<std::string>& lines) {
  std::vector<PloverRow> rows;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string body = lines[i].substr(0, lines[i].find('#'));
    const std::size_t colon = body.find(':');
    if (colon == std::string::npos) continue;
    PloverRow row{static_cast<int>(i + 1), trim(body.substr(0, colon)), "", "", ""};
    std::string fields[3];
    std::string rest = body.substr(colon + 1);
    for (int f = 0; f < 3; ++f) {
      const std::size_t comma = rest.find(',');
      fields[f] = trim(rest.substr(0, comma));
      rest = comma == std::string::npos ? "" : rest.substr(comma + 1);
    }
    row.type = fields[0];
    row.mode = fields[1];
    for (char c : fields[2]) {  // "crime; corruption" -> "crime;corruption"
      if (c != ' ') row.context += c;
    }
    rows.push_back(row);
  }
  return rows;
}

TEST(CameoDataTest, MissingDataFileFailsNamingThePath) {
  std::vector<std::string> lines;
  const std::string missing = kDataDir + "/cameo/no-such-file.txt";
  testing::AssertionResult result = read_lines(missing, &lines);
  EXPECT_FALSE(result);
  EXPECT_NE(std::string(result.message()).find(missing), std::string::npos) << result.message();
}

TEST(CameoTableTest, HoldsExactlyTheCodebookCodes) {
  std::vector<std::string> lines;
  ASSERT_TRUE(read_lines(kEventCodes, &lines));
  const auto rows = tsv_rows(lines);
  ASSERT_GT(rows.size(), 300u) << kEventCodes << " looks truncated";
  for (const auto& [code, description] : rows) {
    const CameoCode* c = find_cameo(code);
    ASSERT_NE(c, nullptr) << "codebook code " << code << " missing from the table";
    EXPECT_EQ(c->code, code);
    EXPECT_FALSE(c->name.empty()) << code;
  }
  EXPECT_EQ(cameo_codes().size(), rows.size());
}

TEST(CameoTableTest, GoldsteinValuesMatchTheScale) {
  std::vector<std::string> lines;
  ASSERT_TRUE(read_lines(kGoldstein, &lines));
  const auto rows = tsv_rows(lines);
  ASSERT_GT(rows.size(), 300u) << kGoldstein << " looks truncated";
  for (const auto& [code, value] : rows) {
    const CameoCode* c = find_cameo(code);
    ASSERT_NE(c, nullptr) << "Goldstein code " << code << " missing from the table";
    EXPECT_DOUBLE_EQ(c->goldstein, std::stod(value)) << code;
  }
}

TEST(CameoTableTest, PloverMatchesTheConversionTable) {
  std::vector<std::string> lines;
  ASSERT_TRUE(read_lines(kCameo2Plover, &lines));
  const std::vector<PloverRow> rows = plover_rows(lines);
  ASSERT_GT(rows.size(), 250u) << kCameo2Plover << " looks truncated";
  std::map<std::string, const PloverRow*> first;  // the table keeps a code's first row
  for (const PloverRow& row : rows) first.emplace(row.code, &row);
  std::set<std::string> not_in_codebook;
  for (const PloverRow& row : rows) {
    SCOPED_TRACE("CAMEO2PLOVER line " + std::to_string(row.line) + ": " + row.code);
    const CameoCode* exact = find_cameo(row.code);
    if (exact == nullptr) not_in_codebook.insert(row.code);
    const CameoCode* c = exact != nullptr ? exact : resolve_cameo(row.code);
    ASSERT_NE(c, nullptr);
    const PloverRow& want = *first.at(row.code);
    EXPECT_EQ(c->plover, want.type);
    if (exact == nullptr) continue;  // an ancestor's mode and context may differ
    EXPECT_EQ(c->plover_mode, want.mode);
    EXPECT_EQ(c->plover_context, want.context);
  }
  // Known quirks of the 2021 file; a new edition should be looked at by hand.
  EXPECT_EQ(not_in_codebook, (std::set<std::string>{"1213", "1214"}));
  std::set<std::string> conflicting;
  for (const PloverRow& row : rows) {
    if (row.type != first.at(row.code)->type) conflicting.insert(row.code);
  }
  EXPECT_EQ(conflicting, std::set<std::string>{"08"});  // CONCEDE and RETREAT
}

TEST(CameoTableTest, StatementsAndAppealsHaveNoPlover) {
  for (const CameoCode& c : cameo_codes()) {
    const std::string root = cameo_root(c.code);
    if (root == "01" || root == "02") {
      EXPECT_EQ(c.plover, "") << c.code;
    } else {
      EXPECT_NE(c.plover, "") << c.code;
    }
  }
}

TEST(CameoTableTest, EveryCodeHasItsAncestorsInTheTable) {
  for (const CameoCode& c : cameo_codes()) {
    ASSERT_GE(c.code.size(), 2u);
    ASSERT_LE(c.code.size(), 4u);
    for (char ch : c.code) EXPECT_TRUE(ch >= '0' && ch <= '9') << c.code;
    EXPECT_GE(cameo_quad_class(c.code), 1) << c.code;
    if (c.code.size() == 2) continue;  // a root
    EXPECT_NE(find_cameo(c.code.substr(0, c.code.size() - 1)), nullptr)
        << c.code << " has no parent";
  }
}

TEST(CameoTableTest, SpotChecks) {
  const CameoCode* c = find_cameo("0356");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(cameo_root("0356"), "03");
  EXPECT_EQ(cameo_quad_class("0356"), 1);
  EXPECT_EQ(c->plover, "AGREE");
  EXPECT_EQ(c->plover_context, "military");
  EXPECT_DOUBLE_EQ(c->goldstein, 7.0);

  c = find_cameo("190");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(cameo_quad_class("190"), 4);
  EXPECT_DOUBLE_EQ(c->goldstein, -10.0);
  EXPECT_EQ(c->plover, "ASSAULT");

  c = find_cameo("091");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->plover_mode, "investigate");
  EXPECT_EQ(c->plover_context, "crime;corruption");

  EXPECT_EQ(find_cameo("08")->plover, "CONCEDE");
  EXPECT_EQ(find_cameo("0841")->plover, "RETREAT");
  EXPECT_EQ(find_cameo("0841")->plover_mode, "release");
}

TEST(CameoTableTest, CodesAreStringsNotNumbers) {
  const CameoCode* statement = find_cameo("010");
  const CameoCode* demand = find_cameo("10");
  ASSERT_NE(statement, nullptr);
  ASSERT_NE(demand, nullptr);
  EXPECT_NE(statement, demand);
  EXPECT_NE(statement->name, demand->name);
  EXPECT_DOUBLE_EQ(statement->goldstein, 0.0);
  EXPECT_DOUBLE_EQ(demand->goldstein, -5.0);
  EXPECT_EQ(cameo_quad_class("010"), 1);
  EXPECT_EQ(cameo_quad_class("10"), 3);
  EXPECT_EQ(find_cameo("0010"), nullptr);
  EXPECT_EQ(find_cameo("100 "), nullptr);
}

TEST(CameoRootTest, RootsAndQuadClasses) {
  EXPECT_EQ(cameo_root("1383"), "13");
  EXPECT_EQ(cameo_root("20"), "20");
  EXPECT_EQ(cameo_root("174L"), "17");
  for (const char* bad : {"---", "", "1", "00", "21", "99", "x03", "-1"}) {
    EXPECT_EQ(cameo_root(bad), "") << bad;
    EXPECT_EQ(cameo_quad_class(bad), 0) << bad;
  }
  const int kQuad[21] = {0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4};
  for (int root = 1; root <= 20; ++root) {
    const std::string code = (root < 10 ? "0" : "") + std::to_string(root);
    EXPECT_EQ(cameo_quad_class(code), kQuad[root]) << code;
    EXPECT_EQ(cameo_quad_class(code + "1"), kQuad[root]) << code;
    EXPECT_NE(find_cameo(code), nullptr) << "root " << code << " missing";
  }
}

TEST(CameoResolveTest, NearestAncestor) {
  const std::pair<const char*, const char*> cases[] = {
      {"0356", "0356"},  {"174L", "174"}, {"0358", "035"}, {"03", "030"}, {"08X", "080"},
      {"1213", "121"},   {"010", "010"},  {"10", "100"},   {"20", "200"}, {"1383 ", "1383"},
      {"13831", "1383"}, {"0999", "090"}};  // "099" is no code; the root 09 gives "090"
  for (const auto& [code, want] : cases) {
    const CameoCode* c = resolve_cameo(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_EQ(c->code, want) << code;
  }
}

TEST(CameoResolveTest, GarbageResolvesToNothing) {
  for (const char* bad : {"---", "", "0", "1", "21", "2199", "00", "0000", "abc", "L174", " 03"}) {
    EXPECT_EQ(resolve_cameo(bad), nullptr) << "'" << bad << "'";
  }
}

TEST(CameoResolveTest, EveryRootResolvesToItsUnspecifiedCode) {
  for (const CameoCode& c : cameo_codes()) {
    const CameoCode* r = resolve_cameo(c.code);
    ASSERT_NE(r, nullptr) << c.code;
    if (c.code.size() == 2) {
      EXPECT_EQ(r->code, std::string(c.code) + "0");
    } else {
      EXPECT_EQ(r, &c) << c.code;
    }
  }
}

}  // namespace
}  // namespace parley
