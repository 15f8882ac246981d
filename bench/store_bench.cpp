// Write speed of the SQLite store (parley code --db) against the stream sinks,
// on made-up coded documents: 2,000 documents of 3 sentences and 5 events each
// (10,000 mentions over 60 days, 40 actors, 12 codes, so deduplication merges
// some). Each iteration writes them into a fresh store in a temporary folder.
//   BM_StoreWrite/dedup/batch    new store, documents per transaction = batch
//   BM_StoreRecode/batch         the same documents again into a full store (replace)
//   BM_StreamWrite/dedup         JSON Lines to a string stream, for comparison
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "io/sinks.h"
#include "parley/document.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

constexpr int kDocuments = 2000;
constexpr int kSentences = 3;

Event bench_event(int n) {
  static const char* kCodes[] = {"040", "042", "043", "036", "0356", "051",
                                 "111", "120", "130", "173", "190",  "193"};
  Event e;
  e.source = {"C" + std::to_string(n % 40) + "GOV", "the source side", 0, 2};
  e.target = {"C" + std::to_string((n * 7 + 3) % 40) + "MIL", "the target side", 5, 7};
  e.code = kCodes[(n / 3) % 12];
  e.rule = {"data/dictionaries/parley.verbs.txt", 100 + n % 500, "- * MEET [040]", "met", 3};
  return e;
}

std::vector<CodedDocument> bench_docs() {
  std::vector<CodedDocument> docs;
  int n = 0;
  for (int i = 0; i < kDocuments; ++i) {
    CodedDocument d;
    d.doc.id = "bench-" + std::to_string(i);
    int day = 1 + (i * 60 / kDocuments);
    d.doc.date = "2031-" + std::string(day <= 31 ? "05-" : "06-") +
                 (((day - 1) % 31 + 1) < 10 ? "0" : "") + std::to_string((day - 1) % 31 + 1);
    d.doc.source = "publisher" + std::to_string(i % 9);
    d.doc.url = "https://news.example/" + d.doc.id;
    d.doc.title = "A headline about the talks, number " + std::to_string(i);
    d.doc.text = std::string(600, 'x');
    for (int s = 0; s < kSentences; ++s) {
      CodedSentence cs;
      cs.parsed.text = "The minister of one country met the general of another country on " +
                       std::string("Tuesday to discuss the border and the ceasefire talks.");
      for (int t = 0; t < 12; ++t) {
        Token tok;
        tok.form = "word";
        tok.start = static_cast<std::size_t>(t * 6);
        tok.end = tok.start + 4;
        cs.parsed.tokens.push_back(tok);
      }
      int events = s == 0 ? 1 : 2;
      for (int e = 0; e < events; ++e) cs.events.push_back(bench_event(n++));
      d.sentences.push_back(std::move(cs));
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

const std::vector<CodedDocument>& docs() {
  static const std::vector<CodedDocument> kDocs = bench_docs();
  return kDocs;
}

std::string fresh_store() {
  fs::path dir = fs::temp_directory_path() / ("parley_store_bench_" + std::to_string(getpid()));
  fs::create_directories(dir);
  fs::path db = dir / "bench.db";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
  return db.string();
}

bool write_store(const std::string& db, bool dedup, int batch) {
  SinkOptions o;
  o.db = db;
  o.dedup = dedup;
  o.db_batch_documents = batch;
  std::ostringstream unused;
  auto sink = make_sink(o, unused);
  if (!sink.ok()) return false;
  for (const CodedDocument& d : docs()) {
    if (!(*sink)->write(d).ok()) return false;
  }
  return (*sink)->finish().ok();
}

void set_counters(benchmark::State& state) {
  const double mentions = kDocuments * (1 + 2 * (kSentences - 1));
  state.counters["docs/s"] =
      benchmark::Counter(kDocuments, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["mentions/s"] =
      benchmark::Counter(mentions, benchmark::Counter::kIsIterationInvariantRate);
}

void BM_StoreWrite(benchmark::State& state) {
  const bool dedup = state.range(0) != 0;
  const int batch = static_cast<int>(state.range(1));
  docs();
  for (auto _ : state) {
    state.PauseTiming();
    std::string db = fresh_store();
    state.ResumeTiming();
    if (!write_store(db, dedup, batch)) state.SkipWithError("store write failed");
  }
  set_counters(state);
}
BENCHMARK(BM_StoreWrite)
    ->ArgNames({"dedup", "batch"})
    ->Args({1, 1})
    ->Args({1, 16})
    ->Args({1, 256})
    ->Args({1, 2000})
    ->Args({0, 256})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_StoreRecode(benchmark::State& state) {
  const int batch = static_cast<int>(state.range(0));
  std::string db = fresh_store();
  if (!write_store(db, true, 256)) state.SkipWithError("store write failed");
  for (auto _ : state) {
    if (!write_store(db, true, batch)) state.SkipWithError("store write failed");
  }
  set_counters(state);
}
BENCHMARK(BM_StoreRecode)
    ->ArgNames({"batch"})
    ->Arg(256)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_StreamWrite(benchmark::State& state) {
  SinkOptions o;
  o.dedup = state.range(0) != 0;
  docs();
  for (auto _ : state) {
    std::ostringstream out;
    auto sink = make_sink(o, out);
    for (const CodedDocument& d : docs()) (*sink)->write(d);
    (*sink)->finish();
    benchmark::DoNotOptimize(out.str().size());
  }
  set_counters(state);
}
BENCHMARK(BM_StreamWrite)->ArgNames({"dedup"})->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace parley

BENCHMARK_MAIN();
