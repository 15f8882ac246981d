// `parley stats` and `parley export` on stores written through make_sink:
// output, filters, exit statuses and messages.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_util.h"
#include "coded_docs.h"
#include "io/sinks.h"
#include "store/sqlite.h"

namespace parley {
namespace {

namespace fs = std::filesystem;
using testing_docs::make_doc;
using testing_docs::make_event;
using testing_cli::lines_of;
using testing_cli::RunResult;
using testing_cli::run_parley;
using testing_cli::slurp;




class StoreCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = (dir_.path() / "events.db").string();
    SinkOptions o;
    o.db = db_;
    o.dedup = true;
    std::ostringstream unused;
    auto sink = make_sink(o, unused);
    ASSERT_TRUE(sink.ok()) << sink.status().message();
    const std::vector<CodedDocument> docs = {
        make_doc(
            "c1", "2031-05-04", "wire",
            {{make_event("MRDGOV", "VALGOV", "040")}, {make_event("MRDGOV", "VALGOV", "040")}}),
        make_doc("c2", "2031-05-04", "paper",
                 {{make_event("MRDGOV", "VALGOV", "040"), make_event("MRDMIL", "VAL", "190")}}),
        make_doc("c3", "2031-05-07", "wire", {{make_event("ESTGOV", "MRDGOV", "0356")}}),
    };
    for (const CodedDocument& d : docs) ASSERT_TRUE((*sink)->write(d).ok());
    ASSERT_TRUE((*sink)->finish().ok());
  }
  RunResult run(const std::string& args) const { return run_parley(args, dir_); }

  testing_cli::ScratchDir dir_{"parley_store_cli"};  // one per test, removed after it
  std::string db_;
};

TEST_F(StoreCliTest, StatsTable) {
  RunResult r = run("stats --db '" + db_ + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("3 documents, 4 sentences, 5 mentions, 3 events (deduplicated)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("by CAMEO root"), std::string::npos);
  EXPECT_NE(r.out.find("04  Consult"), std::string::npos);
  EXPECT_NE(r.out.find("4  material conflict"), std::string::npos);
  EXPECT_NE(r.out.find("MRDGOV VALGOV"), std::string::npos);
  EXPECT_NE(r.out.find("2031-05-07"), std::string::npos);
}

TEST_F(StoreCliTest, StatsCsv) {
  RunResult r = run("stats --csv --top 1 --db '" + db_ + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = lines_of(r.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], "section,key,events,mentions");
  auto has = [&](const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
  };
  EXPECT_TRUE(has("total,,3,5"));
  EXPECT_TRUE(has("root,04,1,3"));
  EXPECT_TRUE(has("root,19,1,1"));
  EXPECT_TRUE(has("quad_class,1,2,4"));
  EXPECT_TRUE(has("dyad,MRDGOV VALGOV,1,3"));
  EXPECT_TRUE(has("day,2031-05-04,2,4"));
  int dyads = 0;
  for (const std::string& l : lines) dyads += l.rfind("dyad,", 0) == 0;
  EXPECT_EQ(dyads, 1);
}

TEST_F(StoreCliTest, ExportJsonLinesWithFilters) {
  RunResult all = run("export --db '" + db_ + "'");
  ASSERT_EQ(all.exit_code, 0) << all.err;
  std::vector<std::string> lines = lines_of(all.out);
  ASSERT_EQ(lines.size(), 3u);
  nlohmann::json first = nlohmann::json::parse(lines[0]);
  EXPECT_EQ(first["num_mentions"], 3);
  EXPECT_EQ(first["num_articles"], 2);
  EXPECT_NE(all.err.find("export: 3 events"), std::string::npos);

  EXPECT_EQ(lines_of(run("export --db '" + db_ + "' --from 2031-05-05").out).size(), 1u);
  EXPECT_EQ(lines_of(run("export --db '" + db_ + "' --to 2031-05-04").out).size(), 2u);
  EXPECT_EQ(lines_of(run("export --db '" + db_ + "' --actor mrdmil").out).size(), 1u);
  EXPECT_EQ(lines_of(run("export --db '" + db_ + "' --actor EST --actor VAL").out).size(), 3u);
  EXPECT_EQ(lines_of(run("export --db '" + db_ + "' --code 03 --code 19").out).size(), 2u);
  EXPECT_EQ(lines_of(run("export --db '" + db_ + "' --code 04 --actor EST").out).size(), 0u);
}

TEST_F(StoreCliTest, ExportTableFormatsAndOutFile) {
  const std::string out = (dir_.path() / "events.tsv").string();
  RunResult tsv = run("export --db '" + db_ + "' --format tsv --out '" + out + "'");
  ASSERT_EQ(tsv.exit_code, 0) << tsv.err;
  std::vector<std::string> lines = lines_of(slurp(out));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].substr(0, 16), "id\tdate\tyear\tmon");
  RunResult csv = run("export --db '" + db_ + "' --format csv --code 0356");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  lines = lines_of(csv.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[1].find(",ESTGOV,EST,GOV,,MRDGOV,MRD,GOV,,0356,03,1,"), std::string::npos)
      << lines[1];
}

TEST_F(StoreCliTest, ErrorsExitOneWithAMessage) {
  RunResult missing = run("stats --db '" + (dir_.path() / "nope.db").string() + "'");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nope.db: no such store file"), std::string::npos) << missing.err;

  const std::string text = (dir_.path() / "notes.txt").string();
  std::ofstream(text) << "a plain text file that is long enough to hold a header or two\n";
  RunResult not_store = run("export --db '" + text + "'");
  EXPECT_EQ(not_store.exit_code, 1);
  EXPECT_NE(not_store.err.find("not a parley store"), std::string::npos) << not_store.err;

  {
    Result<SqliteDb> h = SqliteDb::open(db_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(h.ok());
    ASSERT_TRUE(h->exec("PRAGMA user_version = 7").ok());
  }
  RunResult version = run("stats --db '" + db_ + "'");
  EXPECT_EQ(version.exit_code, 1);
  EXPECT_NE(version.err.find("store schema version 7"), std::string::npos) << version.err;
}

TEST_F(StoreCliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run("stats").exit_code, 2);
  EXPECT_EQ(run("export").exit_code, 2);
  EXPECT_EQ(run("export --db '" + db_ + "' --format xml").exit_code, 2);
  EXPECT_EQ(run("export --db '" + db_ + "' --from 2031-5-4").exit_code, 2);
  EXPECT_EQ(run("stats --db '" + db_ + "' --top 0").exit_code, 2);
}

}  // namespace
}  // namespace parley
