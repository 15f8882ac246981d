// The seed report (../shared/data/seed, a news report on the Istanbul talks of
// 29 March 2022, read from the shared data, never copied) coded from its raw
// text with parley's defaults: the shipped model and dictionaries. Checks the
// seven events of issue 4's list; docs/accuracy.md lists all it codes there.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>

#include "cli_util.h"

namespace {

using nlohmann::json;
using Triple = std::tuple<std::string, std::string, std::string>;

const std::string kSeed = std::string(PARLEY_DATA_DIR) + "/seed/istanbul-talks-2022-03-29.txt";

std::set<Triple> seed_events() {
  parley::testing_cli::ScratchDir dir("parley_seed");
  const std::string out = (dir.path() / "events.jsonl").string();
  parley::testing_cli::RunResult r =
      parley::testing_cli::run_parley("code --no-dedup --quiet '" + kSeed + "' --out '" + out + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(out);
  std::set<Triple> events;
  for (std::string line; std::getline(in, line);) {
    json e = json::parse(line);
    events.insert({e["source"]["code"].get<std::string>(), e["target"]["code"].get<std::string>(), e["code"].get<std::string>()});
  }
  return events;
}

bool has(const std::set<Triple>& events, const std::string& source_prefix, const std::string& target_prefix,
         const std::string& code_prefix) {
  for (const auto& [s, t, c] : events) {
    if (s.rfind(source_prefix, 0) == 0 && t.rfind(target_prefix, 0) == 0 && c.rfind(code_prefix, 0) == 0) return true;
  }
  return false;
}

TEST(SeedReportTest, FindsTheSevenListedEvents) {
  std::set<Triple> events = seed_events();
  ASSERT_FALSE(events.empty()) << "nothing coded from " << kSeed;
  // Turkey's optimistic statement on the talks.
  EXPECT_TRUE(has(events, "TUR", "RUS", "013") || has(events, "TUR", "UKR", "013"));
  // Russia's announced scale-back near Kyiv: an 08 or 03 code toward Ukraine.
  EXPECT_TRUE(has(events, "RUS", "UKR", "08") || has(events, "RUS", "UKR", "03"));
  // Ukraine's appeals to the named guarantor states.
  for (const char* guarantor : {"USA", "GBR", "DEU", "TUR", "FRA"}) {
    EXPECT_TRUE(has(events, "UKR", guarantor, "0234")) << "no UKR -> " << guarantor << " 0234";
  }
  // Erdogan urging the two sides to meet: a passive whose subject, "the two
  // sides", names the document's two parties (document_context.h).
  EXPECT_TRUE(has(events, "TUR", "RUS", "02")) << "no TUR -> RUS 02x";
  EXPECT_TRUE(has(events, "TUR", "UKR", "02")) << "no TUR -> UKR 02x";
  // Russia and Ukraine negotiating, said with a noun ("talks between ...").
  EXPECT_TRUE(has(events, "RUS", "UKR", "046")) << "no RUS -> UKR 046";
  EXPECT_TRUE(has(events, "UKR", "RUS", "046")) << "no UKR -> RUS 046";
  // Kuleba's refusal to compromise: "his country" is Ukraine, the negated
  // yielding a refusal to yield, aimed at the other party.
  EXPECT_TRUE(has(events, "UKR", "RUS", "124")) << "no UKR -> RUS 124";
  // Estonia's prime minister's criticism: a quotation with a disapproving
  // phrase, aimed at the document's aggressor.
  EXPECT_TRUE(has(events, "EST", "RUS", "11")) << "no EST -> RUS 11x";
}

}  // namespace
