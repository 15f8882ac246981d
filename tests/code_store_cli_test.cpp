// `parley code --db` and `--format tsv` end to end: the store holds what the
// stream writes, and a `parley code --db` process SIGKILLed midway, then run
// again, leaves every document exactly once and no orphan rows.
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli_util.h"
#include "store/sqlite.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using parley::testing_cli::RunResult;
using parley::testing_cli::run_parley;
using parley::testing_cli::slurp;

const std::string kData = std::string(PARLEY_SOURCE_DIR) + "/tests/data";


std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

std::vector<std::string> dict_args() {
  return {"--dicts",    kData + "/dicts",          "--verbs",  "parley_test.verbs.txt",
          "--actors",   "parley_test.actors.txt",  "--agents", "parley_test.agents.txt",
          "--discards", "parley_test.discards.txt"};
}

std::string quoted(const std::vector<std::string>& args) {
  std::string out;
  for (const std::string& a : args) out += " '" + a + "'";
  return out;
}

class CodeStoreCliTest : public ::testing::Test {
 protected:

  RunResult run(const std::string& args) const { return run_parley(args, dir_); }
  std::string code(const std::string& input, const std::string& more) const {
    RunResult r = run("code '" + input + "'" + quoted(dict_args()) + " --quiet " + more);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
  std::string path(const std::string& name) const { return (dir_.path() / name).string(); }

  // The example documents `copies` times, each copy's documents renamed.
  std::string big_input(int copies) const {
    const std::string example = slurp(kData + "/code_example.conllu");
    std::string out;
    for (int i = 0; i < copies; ++i) {
      std::string copy = example;
      const std::string tag = "# newdoc id = ";
      for (std::size_t at = copy.find(tag); at != std::string::npos;
           at = copy.find(tag, at + tag.size())) {
        copy.insert(at + tag.size(), "c" + std::to_string(i) + "-");
      }
      out += copy;
      if (!out.empty() && out.back() != '\n') out += '\n';
      out += '\n';
    }
    const std::string file = path("big.conllu");
    std::ofstream(file, std::ios::binary) << out;
    return file;
  }

  parley::testing_cli::ScratchDir dir_{"parley_code_store"};  // one per test, removed after it
};

std::int64_t query(const std::string& db, const std::string& sql) {
  parley::Result<parley::SqliteDb> h = parley::SqliteDb::open(db, SQLITE_OPEN_READONLY);
  if (!h.ok()) return -1;
  parley::Result<std::int64_t> n = h->query_int(sql);
  return n.ok() ? *n : -1;
}

TEST_F(CodeStoreCliTest, ExportOfTheStoreIsWhatTheStreamWrites) {
  const std::string input = kData + "/code_example.conllu";
  for (const std::string mode : {"", "--no-dedup"}) {
    const std::string db = path("example" + mode + ".db");
    EXPECT_EQ(code(input, "--db '" + db + "' " + mode), "");
    RunResult exported = run("export --db '" + db + "'");
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    EXPECT_EQ(sorted_lines(exported.out), sorted_lines(code(input, mode))) << mode;
    EXPECT_EQ(query(db, "SELECT count(*) FROM documents"), 3);
    EXPECT_EQ(query(db, "SELECT count(*) FROM sentences"), 8);
  }
}

TEST_F(CodeStoreCliTest, TsvHasOneHeaderAndARowPerEvent) {
  const std::string input = kData + "/code_example.conllu";
  std::vector<std::string> rows = sorted_lines(code(input, "--format tsv --no-dedup"));
  std::vector<std::string> jsonl = sorted_lines(code(input, "--no-dedup"));
  EXPECT_EQ(rows.size(), jsonl.size() + 1);
  EXPECT_EQ(std::count_if(rows.begin(), rows.end(),
                          [](const std::string& r) { return r.rfind("id\tdate\t", 0) == 0; }),
            1);
}

TEST_F(CodeStoreCliTest, KilledCodeRunThenReRunLeavesEachDocumentOnce) {
  const std::string input = big_input(3000);  // 9,000 documents
  const std::string db = path("killed.db");
  std::vector<std::string> args = {PARLEY_BINARY, "code", input};
  for (const std::string& a : dict_args()) args.push_back(a);
  for (const char* a : {"--quiet", "--threads", "1", "--db"}) args.push_back(a);
  args.push_back(db);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t child = 0;
  ASSERT_EQ(posix_spawn(&child, PARLEY_BINARY, nullptr, nullptr, argv.data(), environ), 0);
  bool midway = false;
  for (int i = 0; i < 1500 && !midway; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    midway = fs::exists(db) && query(db, "SELECT count(*) FROM documents") >= 300;
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, WNOHANG), 0) << "parley code ended before it was killed";
  }
  ASSERT_TRUE(midway);
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));
  std::int64_t before = query(db, "SELECT count(*) FROM documents");
  EXPECT_GE(before, 300);
  EXPECT_LT(before, 9000) << "the run finished before the kill; the test proves nothing";
  EXPECT_EQ(query(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);

  EXPECT_EQ(code(input, "--db '" + db + "'"), "");
  EXPECT_EQ(query(db, "SELECT count(*) FROM documents"), 9000);
  EXPECT_EQ(query(db, "SELECT count(DISTINCT doc_id) FROM documents"), 9000);
  EXPECT_EQ(query(db, "SELECT count(*) FROM sentences"), 24000);
  EXPECT_EQ(query(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  EXPECT_EQ(query(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"),
            0);
  EXPECT_EQ(query(db,
                  "SELECT count(*) FROM events e WHERE num_mentions <> "
                  "(SELECT count(*) FROM mentions m WHERE m.event = e.id)"),
            0);
  const std::string clean = path("clean.db");
  EXPECT_EQ(code(input, "--db '" + clean + "'"), "");
  RunResult a = run("export --format tsv --db '" + db + "'");
  RunResult b = run("export --format tsv --db '" + clean + "'");
  EXPECT_EQ(sorted_lines(a.out), sorted_lines(b.out));
}

}  // namespace
