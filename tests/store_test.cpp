// The SQLite store: round trips against the stream outputs, replace on
// re-code with incremental dedup counts, stats and export filters, the
// open-time checks, and a writer killed midway (SIGKILL) then re-run.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli_util.h"
#include "coded_docs.h"
#include "io/merged_writer.h"
#include "io/sinks.h"
#include "store/schema.h"
#include "store/store_reader.h"
#include "store/store_writer.h"

namespace parley {
namespace {

namespace fs = std::filesystem;
using testing_docs::make_doc;
using testing_docs::make_event;

class StoreTest : public ::testing::Test {
 protected:
  std::string path(const std::string& name) const { return (dir_.path() / name).string(); }
  testing_cli::ScratchDir dir_{"parley_store"};  // one per test, removed after it
};

std::vector<CodedDocument> sample_docs() {
  return {
      make_doc("n1", "2031-05-04", "wire",
               {{make_event("MRDGOV", "VALGOV", "040")},
                {make_event("MRDGOV", "VALGOV", "040"), make_event("VALGOV", "MRDGOV", "0356")},
                {}}),
      make_doc("n2", "2031-05-04", "paper",
               {{make_event("MRDGOV", "VALGOV", "040"), make_event("MRD", "", "194")}}),
      make_doc("n3", "2031-05-06", "wire", {{make_event("ESTMIL", "MRD", "190")}}),
      make_doc("n4", "", "", {{make_event("VALGOV", "ESTGOV", "043")}}),
  };
}

Status write_all(const SinkOptions& options, const std::vector<CodedDocument>& docs) {
  std::ostringstream unused;
  Result<std::unique_ptr<DocumentSink>> sink = make_sink(options, unused);
  if (!sink.ok()) return sink.status();
  for (const CodedDocument& d : docs) {
    Status s = (*sink)->write(d);
    if (!s.ok()) return s;
  }
  return (*sink)->finish();
}

std::string stream_output(bool dedup, const std::string& format,
                          const std::vector<CodedDocument>& docs) {
  SinkOptions o;
  o.dedup = dedup;
  o.format = format;
  std::ostringstream out;
  Result<std::unique_ptr<DocumentSink>> sink = make_sink(o, out);
  for (const CodedDocument& d : docs) EXPECT_TRUE((*sink)->write(d).ok());
  EXPECT_TRUE((*sink)->finish().ok());
  return out.str();
}

std::string export_store(const std::string& db, const std::string& format,
                         const EventFilter& filter = {}) {
  Result<std::unique_ptr<StoreReader>> reader = StoreReader::open(db);
  EXPECT_TRUE(reader.ok()) << reader.status().message();
  if (!reader.ok()) return "";
  std::ostringstream out;
  std::unique_ptr<MergedWriter> w = make_merged_writer(format, out, (*reader)->dedup());
  Status s = (*reader)->for_each_event(filter, [&](const MergedEvent& m) { w->write(m); });
  EXPECT_TRUE(s.ok()) << s.message();
  return out.str();
}

std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

SinkOptions store_options(const std::string& db, bool dedup, int batch = 256) {
  SinkOptions o;
  o.db = db;
  o.dedup = dedup;
  o.db_batch_documents = batch;
  return o;
}

std::int64_t query(const std::string& db, const std::string& sql) {
  Result<SqliteDb> h = SqliteDb::open(db, SQLITE_OPEN_READONLY);
  EXPECT_TRUE(h.ok());
  Result<std::int64_t> n = h->query_int(sql);
  EXPECT_TRUE(n.ok()) << n.status().message();
  return n.ok() ? *n : -1;
}

// Integrity, no orphan rows, and counts that agree with the mentions.
void expect_consistent(const std::string& db) {
  Result<SqliteDb> h = SqliteDb::open(db, SQLITE_OPEN_READONLY);
  ASSERT_TRUE(h.ok());
  Result<SqliteStmt> ic = h->prepare("PRAGMA integrity_check");
  ASSERT_TRUE(ic.ok());
  ASSERT_TRUE(ic->step());
  EXPECT_EQ(ic->text(0), "ok");
  Result<SqliteStmt> fk = h->prepare("PRAGMA foreign_key_check");
  ASSERT_TRUE(fk.ok());
  EXPECT_FALSE(fk->step()) << "orphan row in " << fk->text(0);
  EXPECT_EQ(*h->query_int("SELECT count(*) FROM events e WHERE num_mentions <> "
                          "(SELECT count(*) FROM mentions m WHERE m.event = e.id)"),
            0);
  EXPECT_EQ(*h->query_int("SELECT count(*) FROM events WHERE num_mentions = 0"), 0);
  EXPECT_EQ(*h->query_int("SELECT count(*) FROM events e WHERE num_articles <> "
                          "(SELECT count(DISTINCT document) FROM mentions m WHERE m.event = e.id)"),
            0);
}

TEST_F(StoreTest, WithoutDedupExportIsTheStreamOutput) {
  const std::string db = path("plain.db");
  ASSERT_TRUE(write_all(store_options(db, false), sample_docs()).ok());
  // The undated document sorts first in the store (date ''), last in the stream.
  std::vector<CodedDocument> by_date = sample_docs();
  std::rotate(by_date.begin(), by_date.end() - 1, by_date.end());
  EXPECT_EQ(export_store(db, "jsonl"), stream_output(false, "jsonl", by_date));
  EXPECT_EQ(export_store(db, "tsv"), stream_output(false, "tsv", by_date));
  Result<std::unique_ptr<StoreReader>> r = StoreReader::open(db);
  ASSERT_TRUE(r.ok());
  StoreTotals t = *(*r)->totals();
  EXPECT_EQ(t.documents, 4);
  EXPECT_EQ(t.sentences, 6);
  EXPECT_EQ(t.mentions, 7);
  EXPECT_EQ(t.events, 7);
  expect_consistent(db);
}

TEST_F(StoreTest, DedupStoreMatchesTheStreamStage) {
  const std::string db = path("dedup.db");
  ASSERT_TRUE(write_all(store_options(db, true), sample_docs()).ok());
  std::vector<CodedDocument> by_date = sample_docs();
  std::rotate(by_date.begin(), by_date.end() - 1, by_date.end());
  std::string exported = export_store(db, "jsonl");
  EXPECT_EQ(exported, stream_output(true, "jsonl", by_date));
  std::istringstream lines(exported);
  std::string line;
  std::getline(lines, line);  // the undated event
  std::getline(lines, line);
  nlohmann::json first = nlohmann::json::parse(line);
  EXPECT_EQ(first["num_mentions"], 3);
  EXPECT_EQ(first["num_articles"], 2);
  EXPECT_EQ(first["num_sources"], 2);
  EXPECT_EQ(query(db, "SELECT count(*) FROM events"), 5);
  expect_consistent(db);
}

TEST_F(StoreTest, RecodingADocumentReplacesItsRowsAndCounts) {
  const std::string db = path("recode.db");
  ASSERT_TRUE(write_all(store_options(db, true), sample_docs()).ok());
  // n1 again, now with one mention of the shared event and a new one.
  CodedDocument again =
      make_doc("n1", "2031-05-04", "wire",
               {{make_event("MRDGOV", "VALGOV", "040"), make_event("ESTGOV", "VALGOV", "0311")}});
  ASSERT_TRUE(write_all(store_options(db, true), {again}).ok());
  EXPECT_EQ(query(db, "SELECT count(*) FROM documents WHERE doc_id = 'n1'"), 1);
  EXPECT_EQ(query(db, "SELECT count(*) FROM documents"), 4);
  EXPECT_EQ(query(db, "SELECT count(*) FROM sentences"), 4);
  EXPECT_EQ(query(db, "SELECT num_mentions FROM events WHERE source = 'MRDGOV' AND code = '040'"),
            2);
  EXPECT_EQ(query(db, "SELECT num_articles FROM events WHERE source = 'MRDGOV' AND code = '040'"),
            2);
  // n1's other event is gone with its only mention.
  EXPECT_EQ(query(db, "SELECT count(*) FROM events WHERE code = '0356'"), 0);
  EXPECT_EQ(query(db, "SELECT count(*) FROM events WHERE code = '0311'"), 1);
  expect_consistent(db);
  // The whole set again, twice in one batch: still each document once.
  std::vector<CodedDocument> twice = sample_docs();
  for (const CodedDocument& d : sample_docs()) twice.push_back(d);
  ASSERT_TRUE(write_all(store_options(db, true), twice).ok());
  EXPECT_EQ(query(db, "SELECT count(*) FROM documents"), 4);
  EXPECT_EQ(query(db, "SELECT count(*) FROM mentions"), 7);
  // The same records as the stream; re-made events come later in the store's order.
  EXPECT_EQ(sorted_lines(export_store(db, "jsonl")),
            sorted_lines(stream_output(true, "jsonl", sample_docs())));
  expect_consistent(db);
}

TEST_F(StoreTest, RecodingWithAnotherPublisherUpdatesNumSources) {
  const std::string db = path("sources.db");
  ASSERT_TRUE(write_all(store_options(db, true), sample_docs()).ok());
  CodedDocument n2 = sample_docs()[1];
  n2.doc.source = "wire";
  ASSERT_TRUE(write_all(store_options(db, true), {n2}).ok());
  EXPECT_EQ(query(db, "SELECT num_sources FROM events WHERE source = 'MRDGOV' AND code = '040'"),
            1);
  expect_consistent(db);
}

TEST_F(StoreTest, StatsCountByRootQuadDyadAndDay) {
  const std::string db = path("stats.db");
  ASSERT_TRUE(write_all(store_options(db, true), sample_docs()).ok());
  Result<std::unique_ptr<StoreReader>> r = StoreReader::open(db);
  ASSERT_TRUE(r.ok());
  Result<std::vector<StatRow>> rows = (*r)->stats(2);
  ASSERT_TRUE(rows.ok());
  auto find = [&](const std::string& section, const std::string& key) {
    for (const StatRow& row : *rows) {
      if (row.section == section && row.key == key) return row;
    }
    return StatRow{section, key, -1, -1};
  };
  EXPECT_EQ(find("root", "04").events, 2);  // 040 on the 4th, 043 undated
  EXPECT_EQ(find("root", "04").mentions, 4);
  EXPECT_EQ(find("root", "19").events, 2);
  EXPECT_EQ(find("quad_class", "4").events, 2);
  EXPECT_EQ(find("quad_class", "1").events, 3);
  EXPECT_EQ(find("day", "2031-05-04").events, 3);
  EXPECT_EQ(find("day", "2031-05-06").events, 1);
  EXPECT_EQ(find("day", "").events, 1);
  int dyads = 0;
  for (const StatRow& row : *rows) dyads += row.section == "dyad";
  EXPECT_EQ(dyads, 2);
}

int count_lines(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

TEST_F(StoreTest, ExportFilters) {
  const std::string db = path("filters.db");
  ASSERT_TRUE(write_all(store_options(db, true), sample_docs()).ok());
  EXPECT_EQ(count_lines(export_store(db, "jsonl")), 5);
  EventFilter from;
  from.from = "2031-05-05";
  EXPECT_EQ(count_lines(export_store(db, "jsonl", from)), 1);
  EventFilter to;
  to.to = "2031-05-04";  // the undated event is left out too
  EXPECT_EQ(count_lines(export_store(db, "jsonl", to)), 3);
  EventFilter actor;
  actor.actors = {"EST"};
  EXPECT_EQ(count_lines(export_store(db, "jsonl", actor)), 2);
  actor.actors = {"MRDGOV"};
  EXPECT_EQ(count_lines(export_store(db, "jsonl", actor)), 2);
  actor.actors = {"MRDGOV", "ESTMIL"};
  EXPECT_EQ(count_lines(export_store(db, "jsonl", actor)), 3);
  EventFilter code;
  code.codes = {"19"};
  EXPECT_EQ(count_lines(export_store(db, "jsonl", code)), 2);
  code.codes = {"194"};
  code.from = "2031-05-01";
  code.to = "2031-05-31";
  EXPECT_EQ(count_lines(export_store(db, "jsonl", code)), 1);
  EventFilter glob;
  glob.actors = {"*"};  // matched literally, not as a pattern
  EXPECT_EQ(count_lines(export_store(db, "jsonl", glob)), 0);
  EXPECT_EQ(count_lines(export_store(db, "csv", code)), 2);  // header and the row
}

TEST_F(StoreTest, OpenRefusesWhatIsNotAStoreOfThisVersion) {
  Result<std::unique_ptr<StoreReader>> missing = StoreReader::open(path("none.db"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no such store file"), std::string::npos);

  std::ofstream(path("text.db")) << "this is not a database, just some words in a file\n";
  Result<std::unique_ptr<StoreReader>> text = StoreReader::open(path("text.db"));
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.status().message().find("not a parley store"), std::string::npos);
  SinkOptions o = store_options(path("text.db"), true);
  EXPECT_FALSE(write_all(o, {}).ok());

  {
    Result<SqliteDb> other =
        SqliteDb::open(path("other.db"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(other->exec("CREATE TABLE t (x)").ok());
  }
  Status s = write_all(store_options(path("other.db"), true), {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not a parley store"), std::string::npos);

  const std::string db = path("old.db");
  ASSERT_TRUE(write_all(store_options(db, true), sample_docs()).ok());
  {
    Result<SqliteDb> h = SqliteDb::open(db, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(h->exec("PRAGMA user_version = 99").ok());
  }
  Result<std::unique_ptr<StoreReader>> old = StoreReader::open(db);
  ASSERT_FALSE(old.ok());
  EXPECT_NE(old.status().message().find("schema version 99"), std::string::npos);
  EXPECT_NE(old.status().message().find("reads version " + std::to_string(kStoreSchemaVersion)),
            std::string::npos);

  EXPECT_FALSE(StoreReader::open(dir_.path().string()).ok());  // a directory
}

TEST_F(StoreTest, DedupModeIsFixedWhenTheStoreIsMade) {
  const std::string db = path("mode.db");
  ASSERT_TRUE(write_all(store_options(db, true), sample_docs()).ok());
  Status s = write_all(store_options(db, false), sample_docs());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("--no-dedup"), std::string::npos);
}

// A child writes documents into the store over and over in small batches
// until it is killed; the parent kills it midway, re-runs the whole input and
// checks that each document is there exactly once with nothing orphaned.
std::vector<CodedDocument> many_docs(int n) {
  std::vector<CodedDocument> docs;
  for (int i = 0; i < n; ++i) {
    std::string day = "2031-05-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1);
    docs.push_back(make_doc(
        "k" + std::to_string(i), day, "pub" + std::to_string(i % 5),
        {{make_event("MRDGOV", "VALGOV", "040")},
         {make_event("VAL", "EST", i % 2 ? "190" : "043"), make_event("ESTMIL", "MRD", "173")}}));
  }
  return docs;
}

TEST_F(StoreTest, KilledWriterLeavesAWholeStoreAndAReRunCompletesIt) {
  const std::string db = path("killed.db");
  const std::vector<CodedDocument> docs = many_docs(3000);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // Only the child touches the store until it dies; exit codes tell the
    // parent about failures that would otherwise look like a kill.
    Result<std::unique_ptr<StoreWriter>> w = StoreWriter::open(db, {true, 50});
    if (!w.ok()) _exit(3);
    for (;;) {
      for (const CodedDocument& d : docs) {
        if (!(*w)->write(d).ok()) _exit(4);
      }
    }
  }
  // Wait until some batches are committed, then kill it mid-run.
  bool started = false;
  for (int i = 0; i < 600 && !started; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (fs::exists(db)) {
      Result<std::unique_ptr<StoreReader>> r = StoreReader::open(db);
      started = r.ok() && (*r)->totals()->documents >= 500;
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, WNOHANG), 0) << "writer exited early: " << status;
  }
  ASSERT_TRUE(started);
  std::this_thread::sleep_for(std::chrono::milliseconds(37));
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));
  std::int64_t before = query(db, "SELECT count(*) FROM documents");
  EXPECT_GE(before, 500);
  EXPECT_EQ(before % 50, 0) << "a batch is all or nothing";
  expect_consistent(db);

  ASSERT_TRUE(write_all(store_options(db, true, 50), docs).ok());
  EXPECT_EQ(query(db, "SELECT count(*) FROM documents"), 3000);
  EXPECT_EQ(query(db, "SELECT count(DISTINCT doc_id) FROM documents"), 3000);
  EXPECT_EQ(query(db, "SELECT count(*) FROM sentences"), 6000);
  EXPECT_EQ(query(db, "SELECT count(*) FROM mentions"), 9000);
  expect_consistent(db);
  // The same counts as a store written in one clean run.
  const std::string clean = path("clean.db");
  ASSERT_TRUE(write_all(store_options(clean, true), docs).ok());
  EXPECT_EQ(export_store(db, "tsv"), export_store(clean, "tsv"));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST_F(StoreTest, ASentenceDateIsTheDateOfItsEvents) {
  const std::string db = path("sentence_date.db");
  CodedDocument d = make_doc("s1", "2031-05-04", "w",
                             {{make_event("A", "B", "040")}, {make_event("A", "B", "040")}});
  d.sentences[1].date = "2031-05-05";
  ASSERT_TRUE(write_all(store_options(db, true), {d}).ok());
  EXPECT_EQ(export_store(db, "jsonl"), stream_output(true, "jsonl", {d}));
  EXPECT_EQ(query(db, "SELECT count(*) FROM events"), 2);
  EXPECT_EQ(query(db, "SELECT count(*) FROM sentences WHERE date = '2031-05-05'"), 1);
}

}  // namespace
}  // namespace parley
