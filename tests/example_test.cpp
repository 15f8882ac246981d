// Golden test of the example report: runs the built `parley code` on
// examples/istanbul-talks-2022.conllu with the shipped dictionaries in
// data/dictionaries (the default set for --dicts) and compares the (source,
// target, code) triples with examples/istanbul-talks-2022.expected.jsonl.
// Also checks that the shipped dictionaries load without a single diagnostic
// and that the example's plain text and its parse tell the same report.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "cli_util.h"

namespace {

namespace testing_cli = parley::testing_cli;
namespace fs = std::filesystem;
using nlohmann::json;
using Triple = std::tuple<std::string, std::string, std::string>;

const std::string kSource = PARLEY_SOURCE_DIR;
const std::string kExample = kSource + "/examples/istanbul-talks-2022.conllu";
const std::string kText = kSource + "/examples/istanbul-talks-2022.txt";
const std::string kExpected = kSource + "/examples/istanbul-talks-2022.expected.jsonl";
const std::string kDicts = kSource + "/data/dictionaries";

using testing_cli::RunResult;
using testing_cli::slurp;

// The non-empty lines of `text`, a final CR cut off.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  for (std::string line : testing_cli::lines_of(text)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

// Runs `parley code EXTRA` on the example with the shipped dictionaries: the
// set `--dicts data/dictionaries` loads by default (every parley.*.actors.txt).
RunResult run_example(const std::string& extra = "") {
  testing_cli::ScratchDir dir("parley_example");
  return testing_cli::run_parley("code '" + kExample + "' --dicts '" + kDicts + "' " + extra, dir);
}

std::vector<json> parse_events(const std::string& text, const std::string& what) {
  std::vector<json> events;
  for (const std::string& line : lines_of(text)) {
    json j = json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << what << ": not JSON: " << line;
    if (!j.is_discarded()) events.push_back(std::move(j));
  }
  return events;
}

// The sorted (source.code, target.code, code) triples: order is not part of
// the contract, how many times each one occurs is.
std::vector<Triple> triples(const std::vector<json>& events) {
  std::vector<Triple> out;
  for (const json& e : events) {
    out.emplace_back(e.at("source").at("code").get<std::string>(),
                     e.at("target").at("code").get<std::string>(),
                     e.at("code").get<std::string>());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string describe(const std::vector<Triple>& ts) {
  std::string s;
  for (const auto& [src, tgt, code] : ts) s += "  " + src + " -> " + tgt + " " + code + "\n";
  return s.empty() ? "  (none)\n" : s;
}

// Lines of stderr other than the final "code: N files, ..." summary.
std::vector<std::string> problems(const std::string& err) {
  std::vector<std::string> out;
  for (const std::string& line : lines_of(err)) {
    if (line.rfind("code: ", 0) != 0) out.push_back(line);
  }
  return out;
}

TEST(ExampleTest, InputsArePresent) {
  for (const std::string& f : {kExample, kText, kExpected}) {
    EXPECT_TRUE(fs::exists(f)) << "missing " << f;
  }
  for (const char* name : {"parley.verbs.txt", "parley.countries.actors.txt", "parley.agents.txt",
                           "parley.discards.txt"}) {
    EXPECT_TRUE(fs::exists(fs::path(kDicts) / name)) << "missing " << kDicts << "/" << name;
  }
}

TEST(ExampleTest, EventsMatchTheGoldenFile) {
  ASSERT_TRUE(fs::exists(kExpected)) << "missing golden file " << kExpected;
  RunResult r = run_example();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<Triple> got = triples(parse_events(r.out, "parley output"));
  std::vector<Triple> want = triples(parse_events(slurp(kExpected), kExpected));
  ASSERT_FALSE(want.empty()) << kExpected << " holds no events";
  EXPECT_EQ(got, want) << "coded:\n" << describe(got) << "expected:\n" << describe(want);
}

TEST(ExampleTest, ShippedDictionariesLoadWithoutWarnings) {
  RunResult r = run_example();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> extra = problems(r.err);
  std::string all;
  for (const std::string& line : extra) all += line + "\n";
  EXPECT_TRUE(extra.empty()) << "parley printed more than its summary on stderr:\n" << all;
  // --strict turns any dictionary diagnostic into a failure.
  RunResult strict = run_example("--strict");
  EXPECT_EQ(strict.exit_code, 0) << strict.err;
}

TEST(ExampleTest, EventsCarryTheDocumentAndItsDate) {
  RunResult r = run_example();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_events(r.out, "parley output");
  ASSERT_FALSE(events.empty());
  for (const json& e : events) {
    EXPECT_EQ(e.at("doc_id"), "istanbul-talks-2022") << e.dump();
    EXPECT_EQ(e.at("date"), "2022-03-29") << e.dump();
    EXPECT_FALSE(e.at("text").get<std::string>().empty()) << e.dump();
  }
}

// Without the "# date" comment the people take their default (out-of-office)
// codes: the date restrictions of the people in the actor files are what make
// Erdogan TURGOV on 29 March 2022.
TEST(ExampleTest, OfficeCodesComeFromTheDate) {
  std::string undated;
  for (const std::string& line : lines_of(slurp(kExample))) {
    if (line.rfind("# date", 0) != 0) undated += line + "\n";
  }
  testing_cli::ScratchDir dir("parley_example_undated");
  const fs::path input = dir.path() / "undated.conllu";
  std::ofstream(input, std::ios::binary) << undated;
  auto code_with = [&](const std::string& date_option) {
    const fs::path out = dir.path() / "out.jsonl";
    RunResult r = testing_cli::run_parley(
        "code '" + input.string() + "' --dicts '" + kDicts + "' " + date_option + " --out '" + out.string() + "'", dir);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return triples(parse_events(slurp(out), "parley output"));
  };
  std::vector<Triple> dated = code_with("--date 2022-03-29");
  std::vector<Triple> undated_events = code_with("");
  std::vector<Triple> want = triples(parse_events(slurp(kExpected), kExpected));
  EXPECT_EQ(dated, want) << "--date should stand in for the '# date' comment";
  auto has_source = [](const std::vector<Triple>& ts, const std::string& code) {
    return std::any_of(ts.begin(), ts.end(), [&](const Triple& t) { return std::get<0>(t) == code; });
  };
  EXPECT_TRUE(has_source(dated, "TURGOV"));
  EXPECT_FALSE(has_source(undated_events, "TURGOV")) << describe(undated_events);
  EXPECT_TRUE(has_source(undated_events, "TURELI")) << describe(undated_events);
}

// The plain text and the "# text" lines of the parse are the same report.
TEST(ExampleTest, PlainTextMatchesTheParse) {
  std::string from_parse;
  for (const std::string& line : lines_of(slurp(kExample))) {
    const std::string prefix = "# text = ";
    if (line.rfind(prefix, 0) == 0) from_parse += line.substr(prefix.size()) + " ";
  }
  auto squeeze = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      const bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (blank && (out.empty() || out.back() == ' ')) continue;
      out += blank ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  EXPECT_EQ(squeeze(slurp(kText)), squeeze(from_parse));
}

}  // namespace
