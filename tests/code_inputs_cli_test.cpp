// `parley code` on raw inputs end to end: text, JSON Lines, HTML, folders,
// standard input, compressed files, threads, and the failure cases. The model
// is trained here on the project's hand-written example parses
// (tests/data/code_example.conllu), so it parses those sentences right.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kData = std::string(PARLEY_SOURCE_DIR) + "/tests/data";

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

std::vector<json> parse_lines(const std::string& out) {
  std::vector<json> events;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) events.push_back(json::parse(line));
  }
  return events;
}

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

class CodeInputsCli : public ::testing::Test {
 protected:
  static fs::path dir() { return fs::temp_directory_path() / ("parley_code_inputs_" + std::to_string(getpid())); }
  static fs::path model() { return dir() / "tiny.parley"; }

  static void SetUpTestSuite() {
    fs::create_directories(dir());
    std::string example = kData + "/code_example.conllu";
    RunResult r = run_raw("train --train '" + example + "' --dev '" + example + "' --out '" + model().string() +
                          "' --tagger-epochs 10 --parser-epochs 10"
                          // ten sentences: keep every feature (pruning is for full treebanks)
                          " --tagger-min-updates 1 --parser-min-updates 1");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { fs::remove_all(dir()); }

  static RunResult run_raw(const std::string& args, const std::string& input = "/dev/null") {
    fs::path out = dir() / "stdout.txt", err = dir() / "stderr.txt";
    std::string command = "'" + std::string(PARLEY_BINARY) + "' " + args + " <'" + input + "' >'" +
                          out.string() + "' 2>'" + err.string() + "'";
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
  }
  // `parley code ARGS` with the test dictionaries and the tiny model. The
  // tiny model's parse of the story leaves the minister's country off
  // ("---GOV"), which the political-actor gate would drop: these tests are
  // about inputs, so they keep every event (the gate: event_filter_test).
  static RunResult code(const std::string& args, const std::string& input = "/dev/null") {
    std::string dicts = "--dicts '" + kData + "/dicts' --verbs parley_test.verbs.txt --actors parley_test.actors.txt "
                        "--agents parley_test.agents.txt --discards parley_test.discards.txt --keep-unplaced";
    return run_raw("code " + args + " " + dicts + " --model '" + model().string() + "'", input);
  }
  static std::string story() {
    return "Valoria praised Mardonia on Monday.\n\nThe Mardonian president met the Valorian foreign minister in Tarsk.\n";
  }
  static std::string jsonl_record(const std::string& id, const std::string& text, const std::string& date = "") {
    json j = {{"id", id}, {"text", text}};
    if (!date.empty()) j["date"] = date;
    return j.dump() + "\n";
  }
};

TEST_F(CodeInputsCli, PlainTextIsParsedAndCodedWithOffsetsIntoTheDocument) {
  fs::path f = dir() / "story.txt";
  write_file(f, story());
  RunResult r = code("'" + f.string() + "' --date 2031-05-04");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out << r.err;
  EXPECT_EQ(events[0]["doc_id"], f.string());
  EXPECT_EQ(events[0]["code"], "051");
  EXPECT_EQ(events[0]["sentence"], 0);
  EXPECT_EQ(events[0]["date"], "2031-05-04");
  EXPECT_EQ(events[1]["code"], "040");
  EXPECT_EQ(events[1]["source"]["code"], "MRDGOV");
  EXPECT_EQ(events[1]["sentence"], 1);
  EXPECT_EQ(events[1]["text"], "The Mardonian president met the Valorian foreign minister in Tarsk.");
  // chars are byte offsets into the document's text.
  std::vector<std::size_t> chars = events[1]["source"]["chars"];
  EXPECT_EQ(story().substr(chars[0], chars[1] - chars[0]), "Mardonian president");
  EXPECT_NE(r.err.find("code: 1 file, 1 document, 2 sentences, 2 events, "), std::string::npos) << r.err;
}

TEST_F(CodeInputsCli, UndatedDocumentIsCodedWithAnEmptyDate) {
  fs::path f = dir() / "undated.txt";
  write_file(f, story());
  RunResult r = code("'" + f.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0]["date"], "");
}

TEST_F(CodeInputsCli, JsonlIsTheSameFromAFileStandardInputAndGzip) {
  std::string records = jsonl_record("a-1", "Valoria praised Mardonia on Monday.", "2031-05-04") +
                        jsonl_record("a-2", "The Mardonian president met the Valorian foreign minister in Tarsk.");
  fs::path f = dir() / "records.jsonl";
  write_file(f, records);
  RunResult from_file = code("'" + f.string() + "'");
  ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
  std::vector<json> events = parse_lines(from_file.out);
  ASSERT_EQ(events.size(), 2u) << from_file.err;
  EXPECT_EQ(events[0]["doc_id"], "a-1");
  EXPECT_EQ(events[0]["date"], "2031-05-04");
  EXPECT_EQ(events[1]["doc_id"], "a-2");
  RunResult piped = code("-", f.string());
  EXPECT_EQ(piped.out, from_file.out);
  RunResult no_file = code("", f.string());
  EXPECT_EQ(no_file.out, from_file.out);
  ASSERT_EQ(std::system(("gzip -c '" + f.string() + "' > '" + f.string() + ".gz'").c_str()), 0);
  RunResult gz = code("'" + f.string() + ".gz'");
  EXPECT_EQ(gz.out, from_file.out) << gz.err;
}

TEST_F(CodeInputsCli, ThreadsDoNotChangeTheOutput) {
  std::string records;
  for (int i = 0; i < 120; ++i) {
    records += jsonl_record("d" + std::to_string(i), i % 2 ? story() : "Mardonian soldiers shelled Estermark. Valoria praised Mardonia.");
  }
  fs::path f = dir() / "many.jsonl";
  write_file(f, records);
  RunResult one = code("'" + f.string() + "' --threads 1");
  RunResult three = code("'" + f.string() + "' --threads 3");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(parse_lines(one.out).size(), 240u);
  EXPECT_EQ(one.out, three.out);
  RunResult all = code("'" + f.string() + "'");
  EXPECT_EQ(all.out, one.out);
}

TEST_F(CodeInputsCli, HtmlPageBodyIsCodedAndItsDateUsed) {
  fs::path f = dir() / "page.html";
  write_file(f, "<!DOCTYPE html><html><head><title>Talks</title>"
                "<meta property=\"article:published_time\" content=\"2031-05-04T08:00:00Z\">"
                "<script>document.write('Mardonian soldiers shelled Estermark.');</script></head><body>"
                "<nav>Mardonian soldiers shelled Estermark.</nav>"
                "<article><p>Powered by automated translation</p><p>Valoria praised Mardonia on Monday.</p></article>"
                "<footer>Mardonian soldiers shelled Estermark.</footer></body></html>");
  RunResult r = code("'" + f.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  ASSERT_EQ(events.size(), 1u) << r.out;
  EXPECT_EQ(events[0]["code"], "051");
  EXPECT_EQ(events[0]["date"], "2031-05-04");
}

TEST_F(CodeInputsCli, FolderFilesAreCodedInSortedOrder) {
  fs::path folder = dir() / "folder";
  write_file(folder / "b.txt", "Valoria praised Mardonia on Monday.\n");
  write_file(folder / "a" / "x.txt", "Mardonian soldiers shelled Estermark.\n");
  RunResult r = code("'" + folder.string() + "' --require-dyad false");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out << r.err;
  EXPECT_EQ(events[0]["doc_id"], (folder / "a" / "x.txt").string());
  EXPECT_EQ(events[1]["doc_id"], (folder / "b.txt").string());
  EXPECT_NE(r.err.find("code: 2 files, 2 documents"), std::string::npos) << r.err;
}

TEST_F(CodeInputsCli, OnErrorSkipGoesOnAndFailStops) {
  fs::path f = dir() / "bad.jsonl";
  write_file(f, jsonl_record("ok-1", "Valoria praised Mardonia on Monday.") + "{\"id\": \"broken\", \n" +
                    jsonl_record("ok-2", "Valoria praised Mardonia on Monday."));
  RunResult skip = code("'" + f.string() + "'");
  EXPECT_EQ(skip.exit_code, 0) << skip.err;
  EXPECT_EQ(parse_lines(skip.out).size(), 2u);
  EXPECT_NE(skip.err.find("warning: " + f.string() + ":2: malformed JSON (skipped)"), std::string::npos) << skip.err;
  EXPECT_NE(skip.err.find("2 documents, 2 sentences, 2 events, 1 record skipped"), std::string::npos) << skip.err;
  RunResult fail = code("'" + f.string() + "' --on-error fail --threads 1");
  EXPECT_EQ(fail.exit_code, 1);
  EXPECT_NE(fail.err.find("error: " + f.string() + ":2: malformed JSON (skipped)"), std::string::npos) << fail.err;
  EXPECT_EQ(parse_lines(fail.out).size(), 1u);  // stopped at the bad record
  RunResult bad_choice = code("'" + f.string() + "' --on-error ignore");
  EXPECT_EQ(bad_choice.exit_code, 2);
}

TEST_F(CodeInputsCli, BinaryAndEmptyFilesAreReportedNotCoded) {
  fs::path bin = dir() / "photo.jpg";
  write_file(bin, std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01", 12));
  fs::path empty = dir() / "empty.txt";
  write_file(empty, "");
  fs::path good = dir() / "good.txt";
  write_file(good, "Valoria praised Mardonia on Monday.\n");
  RunResult r = code("'" + bin.string() + "' '" + empty.string() + "' '" + good.string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(parse_lines(r.out).size(), 1u);
  EXPECT_NE(r.err.find(bin.string() + ": binary data (NUL or control bytes), not text (skipped)"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(empty.string() + ": no sentences (empty input), nothing coded"), std::string::npos) << r.err;
  RunResult fail = code("'" + bin.string() + "' --on-error fail");
  EXPECT_EQ(fail.exit_code, 1);
}

TEST_F(CodeInputsCli, InvalidUtf8IsRepairedAndSaidSo) {
  fs::path f = dir() / "latin1.jsonl";
  write_file(f, "{\"id\": \"l1\", \"text\": \"Valoria praised Mardonia on Monday. Caf\xE9.\"}\n");
  RunResult r = code("'" + f.string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(f.string() + ":1: invalid UTF-8 at byte 61 of the line (repaired: 1 byte(s) replaced by U+FFFD)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(parse_lines(r.out).size(), 1u);
}

long max_child_rss_kb() {
  struct rusage u;
  getrusage(RUSAGE_CHILDREN, &u);
  return u.ru_maxrss;
}

TEST_F(CodeInputsCli, AHundredMegabyteLineIsSkippedInBoundedMemory) {
  fs::path f = dir() / "huge.jsonl";
  {
    std::ofstream out(f, std::ios::binary);
    out << jsonl_record("before", "Valoria praised Mardonia on Monday.");
    out << "{\"id\": \"huge\", \"text\": \"";
    std::string block(1 << 20, 'x');
    for (int i = 0; i < 100; ++i) out << block;
    out << "\"}\n" << jsonl_record("after", "Valoria praised Mardonia on Monday.");
  }
  fs::path small_input = dir() / "small.txt";
  write_file(small_input, story());
  RunResult small = code("'" + small_input.string() + "'");  // the baseline footprint
  ASSERT_EQ(small.exit_code, 0) << small.err;
  long before = max_child_rss_kb();
  RunResult r = code("'" + f.string() + "'");
  long after = max_child_rss_kb();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = parse_lines(r.out);
  ASSERT_EQ(events.size(), 2u) << r.err;
  EXPECT_EQ(events[0]["doc_id"], "before");
  EXPECT_EQ(events[1]["doc_id"], "after");
  EXPECT_NE(r.err.find(f.string() + ":2: line longer than the 4 MiB cap for one record (skipped)"), std::string::npos)
      << r.err;
  // The run never held the 100 MB line: its peak is within 40 MB of a small run's.
  EXPECT_LT(after, before + 40 * 1024) << "peak RSS " << after << " kB, small run " << before << " kB";
  fs::remove(f);
}

TEST_F(CodeInputsCli, PreParsedInputDoesNotLoadTheModel) {
  RunResult r = run_raw("code '" + kData + "/code_example.conllu' --dicts '" + kData +
                        "/dicts' --verbs parley_test.verbs.txt --actors parley_test.actors.txt "
                        "--agents parley_test.agents.txt --discards parley_test.discards.txt "
                        "--model /no/such/model.parley");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(parse_lines(r.out).size(), 5u);
}

TEST_F(CodeInputsCli, QuietLeavesOutTheSummary) {
  fs::path f = dir() / "quiet.txt";
  write_file(f, story());
  RunResult r = code("'" + f.string() + "' --quiet");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err.find("code: "), std::string::npos) << r.err;
  EXPECT_EQ(parse_lines(r.out).size(), 2u);
}

}  // namespace
