// Tests of `parley code`: runs the built binary on the project's own small
// inputs (tests/data) and on the shared PETRARCH unit-test file.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_util.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using parley::testing_cli::lines_of;
using parley::testing_cli::RunResult;
using parley::testing_cli::run_parley;
using parley::testing_cli::ScratchDir;
using parley::testing_cli::slurp;

const std::string kData = std::string(PARLEY_SOURCE_DIR) + "/tests/data";
const std::string kExample = kData + "/code_example.conllu";
const std::string kArticles = kData + "/code_articles.xml";
const std::string kNoParseMessage =
    "has no <Parse> (skipped; give raw text as a text or JSON Lines file)";

std::string test_dicts() {
  return "--dicts '" + kData +
         "/dicts' --verbs parley_test.verbs.txt --actors "
         "parley_test.actors.txt --agents parley_test.agents.txt --discards "
         "parley_test.discards.txt";
}

// Runs `parley code ARGS`, capturing stdout and stderr.
// These tests look at one record per mention, so deduplication (the default,
// tested in store_cli_test and dedup_sink_test) is turned off.
RunResult run_code(const std::string& args, const fs::path& dir) {
  return run_parley("code --no-dedup " + args, dir);
}


// Every line as JSON; a line that does not parse fails the test.
std::vector<json> parse_lines(const std::string& text) {
  std::vector<json> events;
  for (const std::string& line : lines_of(text)) {
    json j = json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << line;
    if (!j.is_discarded()) events.push_back(j);
  }
  return events;
}

// rule.file without its directory, the one thing that differs between checkouts.
json without_dict_dir(json event) {
  std::string file = event["rule"]["file"].get<std::string>();
  event["rule"]["file"] = fs::path(file).filename().string();
  return event;
}

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

// One CoNLL-U word line of a hand-written parse.
std::string word(int id, const std::string& form, const std::string& lemma, const std::string& upos,
                 int head, const std::string& deprel) {
  return std::to_string(id) + "\t" + form + "\t" + lemma + "\t" + upos + "\t_\t_\t" +
         std::to_string(head) + "\t" + deprel + "\t_\t_\n";
}

// "Valoria praised Mardonia ." (one VAL -> MRD 051 event with the test dictionaries).
std::string praise_sentence() {
  return word(1, "Valoria", "Valoria", "PROPN", 2, "nsubj") +
         word(2, "praised", "praise", "VERB", 0, "root") +
         word(3, "Mardonia", "Mardonia", "PROPN", 2, "obj") +
         word(4, ".", ".", "PUNCT", 2, "punct") + "\n";
}

TEST(CodeCliGolden, ExampleMatchesExpectedLines) {
  ScratchDir dir;
  RunResult r = run_code("'" + kExample + "' " + test_dicts() + " --date 2032-03-01", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string expected_path = kData + "/code_example.expected.jsonl";
  ASSERT_TRUE(fs::exists(expected_path)) << "missing golden file " << expected_path;
  std::vector<json> want = parse_lines(slurp(expected_path));
  std::vector<json> got = parse_lines(r.out);
  ASSERT_EQ(got.size(), want.size()) << r.out;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(without_dict_dir(got[i]), want[i]) << "line " << i + 1;
  }
  EXPECT_NE(r.err.find("code: 1 file, 3 documents, 8 sentences, 5 events, "), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(" seconds\n"), std::string::npos) << r.err;
}

void expect_actor_types(const json& a) {
  ASSERT_TRUE(a.is_object());
  EXPECT_TRUE(a["code"].is_string());
  EXPECT_TRUE(a["text"].is_string());
  ASSERT_TRUE(a.contains("tokens"));
  if (!a["tokens"].is_null()) {
    ASSERT_EQ(a["tokens"].size(), 2u);
    EXPECT_TRUE(a["tokens"][0].is_number_integer());
    EXPECT_LE(a["tokens"][0].get<int>(), a["tokens"][1].get<int>());
  }
  if (a.contains("chars")) {
    ASSERT_EQ(a["chars"].size(), 2u);
    EXPECT_LT(a["chars"][0].get<int>(), a["chars"][1].get<int>());
  }
}

void expect_event_types(const json& e) {
  ASSERT_TRUE(e.is_object());
  ASSERT_TRUE(e["id"].is_string());
  EXPECT_EQ(e["id"].get<std::string>().size(), 16u);
  EXPECT_TRUE(e["doc_id"].is_string());
  EXPECT_TRUE(e["sentence"].is_number_integer());
  EXPECT_GE(e["sentence"].get<int>(), 0);
  EXPECT_TRUE(e["date"].is_string());
  expect_actor_types(e["source"]);
  expect_actor_types(e["target"]);
  EXPECT_TRUE(e["code"].is_string());
  EXPECT_TRUE(e["root"].is_string());
  EXPECT_TRUE(e["quad_class"].is_number_integer());
  EXPECT_TRUE(e["goldstein"].is_number() || e["goldstein"].is_null());
  EXPECT_TRUE(e["name"].is_string());
  EXPECT_TRUE(e["plover"].is_string());
  EXPECT_TRUE(e["plover_mode"].is_string());
  EXPECT_TRUE(e["text"].is_string());
  const json& rule = e["rule"];
  ASSERT_TRUE(rule.is_object());
  EXPECT_TRUE(rule["file"].is_string());
  EXPECT_TRUE(rule["line"].is_number_integer());
  EXPECT_TRUE(rule["pattern"].is_string());
  EXPECT_TRUE(rule["verb"].is_string());
  EXPECT_TRUE(rule["verb_token"].is_number_integer());
  EXPECT_EQ(e.size(), 15u) << e.dump();
}

TEST(CodeCliSchema, EveryFieldHasItsType) {
  ScratchDir dir;
  RunResult r = run_code("'" + kExample + "' " + test_dicts() + " --require-dyad false", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  ASSERT_EQ(events.size(), 6u) << r.out;
  for (const json& e : events) expect_event_types(e);
  // Codes stay strings with their leading zeros.
  EXPECT_EQ(events[0]["code"], "051");
  EXPECT_EQ(events[0]["root"], "05");
  EXPECT_EQ(events[0]["quad_class"], 1);
}

TEST(CodeCliSchema, MissingTargetIsEmptyCodeAndNullTokens) {
  ScratchDir dir;
  RunResult dyad = run_code("'" + kExample + "' " + test_dicts(), dir);
  RunResult free = run_code("'" + kExample + "' " + test_dicts() + " --require-dyad FALSE", dir);
  ASSERT_EQ(free.exit_code, 0) << free.err;
  EXPECT_EQ(parse_lines(dyad.out).size(), 5u);
  std::vector<json> events = parse_lines(free.out);
  ASSERT_EQ(events.size(), 6u);
  const json& last = events.back();
  EXPECT_EQ(last["doc_id"], "tarsk-sports-2");
  EXPECT_EQ(last["sentence"], 1);  // the discarded hockey sentence still counts
  EXPECT_EQ(last["date"], "2031-06-12");
  EXPECT_EQ(last["source"]["code"], "MRD");
  EXPECT_EQ(last["target"]["code"], "");
  EXPECT_TRUE(last["target"]["tokens"].is_null());
  EXPECT_FALSE(last["target"].contains("chars"));
  EXPECT_EQ(last["code"], "194");
}

TEST(CodeCliDates, DateOptionFillsOnlyUndatedSentences) {
  ScratchDir dir;
  RunResult r = run_code("'" + kExample + "' " + test_dicts(), dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[0]["date"], "2031-05-04");        // # newdoc date
  EXPECT_EQ(events[3]["date"], "");                  // no date anywhere
  EXPECT_EQ(events[3]["source"]["code"], "MRDMIL");  // unknown date: the default code
  EXPECT_EQ(events[4]["date"], "2036-01-10");        // # date
  EXPECT_EQ(events[4]["source"]["code"], "MRDMIL");  // after the restriction ends
}

TEST(CodeCliIds, SameInputGivesSameIds) {
  ScratchDir dir;
  RunResult first = run_code("'" + kExample + "' " + test_dicts(), dir);
  RunResult second = run_code("'" + kExample + "' " + test_dicts(), dir);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, second.out);
  std::set<std::string> ids;
  for (const json& e : parse_lines(first.out)) ids.insert(e["id"].get<std::string>());
  EXPECT_EQ(ids.size(), 5u);  // distinct events, distinct ids
}

TEST(CodeCliOut, OutFileHoldsTheSameLines) {
  ScratchDir dir;
  RunResult plain = run_code("'" + kExample + "' " + test_dicts(), dir);
  fs::path out = dir.path() / "events.jsonl";
  RunResult to_file =
      run_code("'" + kExample + "' " + test_dicts() + " --out '" + out.string() + "'", dir);
  ASSERT_EQ(to_file.exit_code, 0) << to_file.err;
  EXPECT_EQ(to_file.out, "");
  EXPECT_EQ(slurp(out), plain.out);
  EXPECT_FALSE(plain.out.empty());
}

TEST(CodeCliOut, StandardInputIsRead) {
  ScratchDir dir;
  RunResult plain = run_code("'" + kExample + "' " + test_dicts(), dir);
  RunResult piped = run_code(test_dicts() + " < '" + kExample + "'", dir);
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.out, plain.out);
}

TEST(CodeCliArticles, SentencesCountWithinTheArticleAndConfigApplies) {
  ScratchDir dir;
  RunResult r = run_code("'" + kArticles + "' " + test_dicts() + " --require-dyad true", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out;
  EXPECT_EQ(events[0]["doc_id"], "VAL-2031-0007");
  EXPECT_EQ(events[0]["sentence"], 1);
  EXPECT_EQ(events[0]["date"], "2031-07-04");
  EXPECT_EQ(events[0]["code"], "051");
  EXPECT_EQ(events[0]["text"], "Valoria praised Mardonia.");
  // <Config option="require_dyad" value="false"/> before the second article.
  EXPECT_EQ(events[1]["doc_id"], "VAL-2031-0008");
  EXPECT_EQ(events[1]["sentence"], 0);
  EXPECT_EQ(events[1]["target"]["code"], "");
  // The third article has no <Parse>: reported, skipped, not a failure.
  EXPECT_NE(r.err.find("record VAL-2031-0009 " + kNoParseMessage),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 file, 2 documents, 3 sentences, 2 events"), std::string::npos) << r.err;
}

TEST(CodeCliDocuments, DocIdDefaultsToPathAndBareNewdocIsNumbered) {
  ScratchDir dir;
  fs::path file = dir.path() / "nodoc.conllu";
  write_file(file, "# date = 2031-02-30x\n" + praise_sentence() + praise_sentence() +
                       "# newdoc\n# date = 20310301\n" + praise_sentence());
  RunResult r = run_code("'" + file.string() + "' " + test_dicts(), dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  ASSERT_EQ(events.size(), 3u) << r.out;
  EXPECT_EQ(events[0]["doc_id"], file.string());
  EXPECT_EQ(events[0]["date"], "");
  EXPECT_EQ(events[1]["doc_id"], file.string());
  EXPECT_EQ(events[1]["sentence"], 1);
  EXPECT_EQ(events[2]["doc_id"], file.string() + "#2");  // the second document
  EXPECT_EQ(events[2]["sentence"], 0);
  EXPECT_EQ(events[2]["date"], "2031-03-01");
  EXPECT_EQ(events[2]["text"], "");  // no "# text" comment
  EXPECT_NE(r.err.find(file.string() + ":1: date '2031-02-30x' is not YYYY-MM-DD (ignored)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("2 documents, 3 sentences, 3 events"), std::string::npos) << r.err;
}

TEST(CodeCliErrors, MissingFileIsNamedAndTheOthersStillCoded) {
  ScratchDir dir;
  std::string missing = (dir.path() / "no_such_file.conllu").string();
  RunResult r = run_code("'" + missing + "' '" + kExample + "' " + test_dicts(), dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("error: " + missing + ": cannot open"), std::string::npos) << r.err;
  EXPECT_EQ(parse_lines(r.out).size(), 5u);
  EXPECT_NE(r.err.find("2 files (1 failed)"), std::string::npos) << r.err;
}

TEST(CodeCliErrors, PlainTextWithoutAModelIsReportedAndFails) {
  ScratchDir dir;
  fs::path file = dir.path() / "story.txt";
  write_file(file, "Valoria praised Mardonia on Monday.\nThe talks in Tarsk went on.\n");
  fs::path no_model = dir.path() / "no_such.parley";
  RunResult r = run_code("'" + file.string() + "' " + test_dicts() + " --model '" + no_model.string() + "'", dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("error: " + no_model.string() + ": cannot open"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("raw-text documents need the model"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("0 documents, 0 sentences, 0 events, 1 record skipped"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(CodeCliErrors, UsageErrorsExitTwo) {
  ScratchDir dir;
  // (--dicts is optional since the default dictionaries: data/dictionaries.)
  RunResult bad_date = run_code("'" + kExample + "' " + test_dicts() + " --date 2031-13-01", dir);
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("expected YYYY-MM-DD"), std::string::npos) << bad_date.err;
  RunResult bad_format = run_code("'" + kExample + "' " + test_dicts() + " --format csv", dir);
  EXPECT_EQ(bad_format.exit_code, 2);
  RunResult bad_dyad =
      run_code("'" + kExample + "' " + test_dicts() + " --require-dyad maybe", dir);
  EXPECT_EQ(bad_dyad.exit_code, 2);
}

TEST(CodeCliErrors, UnreadableDictionaryFails) {
  ScratchDir dir;
  RunResult r = run_code("'" + kExample + "' --dicts '" + kData +
                             "/dicts' --verbs no_such.verbs.txt --actors parley_test.actors.txt",
                         dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no_such.verbs.txt"), std::string::npos) << r.err;
}

TEST(CodeCliSharedData, UnitTestXmlCodesWithoutError) {
  const std::string petrarch = std::string(PARLEY_DATA_DIR) + "/petrarch";
  const std::string xml = petrarch + "/PETR.UnitTest.records.ud.xml";
  ASSERT_TRUE(fs::exists(xml)) << "missing shared data file: " << xml;
  ScratchDir dir;
  RunResult r = run_code("'" + xml + "' --dicts '" + petrarch +
                             "' --verbs PETR.Validate.verbs.2.0.txt --actors "
                             "PETR.Validate.actors.ud.txt --agents PETR.Validate.agents.txt "
                             "--discards PETR.Validate.discards.txt",
                         dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  EXPECT_GT(events.size(), 100u);
  std::set<std::string> ids;
  for (const json& e : events) {
    expect_event_types(e);
    EXPECT_FALSE(e["doc_id"].get<std::string>().empty());
    EXPECT_EQ(e["date"].get<std::string>().size(), 10u) << e.dump();
    ids.insert(e["id"].get<std::string>());
  }
  EXPECT_GT(ids.size(), events.size() * 9 / 10);
  EXPECT_NE(r.err.find("1 file, 284 documents"), std::string::npos) << r.err;
}

}  // namespace

TEST(CodeCliText, TextFormatShowsSentenceEventsAndRules) {
  ScratchDir dir;
  RunResult r = run_code("'" + kExample + "' " + test_dicts() + " --format text", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The sentence is printed once above its events, each with its rule.
  EXPECT_NE(r.out.find("valoria-news-1#0  2031-05-04  Valoria praised Mardonia on Monday.\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("VAL"), std::string::npos);
  EXPECT_NE(r.out.find("-> MRD"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("051 Praise or endorse  ['praised' parley_test.verbs.txt:12 PRAISE]"),
            std::string::npos)
      << r.out;
}

TEST(CodeCliText, UnknownFormatIsAUsageError) {
  ScratchDir dir;
  RunResult r = run_code("'" + kExample + "' " + test_dicts() + " --format yaml", dir);
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

namespace parley {
namespace {

// --coverage: of the example's 8 sentences, all but "The weather in Tarsk was
// mild." name a known actor; 5 give an event (the hockey sentence is discarded,
// "Mardonia shelled the hills" has no target).
TEST(CodeCliCoverage, CountsSentencesWithActorsAndEvents) {
  ScratchDir dir;
  RunResult r = run_code("'" + kExample + "' " + test_dicts() + " --coverage", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("coverage: 7 of 8 sentences name a known actor (87.5%), 5 have an event (62.5%)"),
            std::string::npos)
      << r.err;
  RunResult plain = run_code("'" + kExample + "' " + test_dicts(), dir);
  EXPECT_EQ(plain.err.find("coverage:"), std::string::npos) << plain.err;
}

}  // namespace
}  // namespace parley
