// Benchmarks of the coder on the Phoenix dictionaries and the GigaWord sample:
// dictionary load time, and sentences coded per second on one and on N threads.
// The data is read at run time from PARLEY_DATA_DIR (../shared/data).
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "coding/coder.h"
#include "coding/dictionaries.h"
#include "coding/options.h"
#include "coding/validation.h"
#include "io/petrarch_xml.h"
#include "parley/event.h"
#include "parley/sentence.h"
#include "parley/status.h"

namespace parley {
namespace {

constexpr std::size_t kTargetSentences = 10000;
constexpr char kSampleFile[] = "GigaWord.sample.PETR.ud.xml";

std::string petrarch_path(const std::string& name) {
  return std::string(PARLEY_DATA_DIR) + "/petrarch/" + name;
}

DictionaryFiles phoenix_files() {
  DictionaryFiles files;
  files.verbs = petrarch_path("CAMEO.2.0.txt");
  files.actors = {petrarch_path("Phoenix.Countries.actors.txt"),
                  petrarch_path("Phoenix.International.actors.txt"),
                  petrarch_path("Phoenix.MilNonState.actors.txt")};
  files.agents = petrarch_path("Phoenix.agents.txt");
  files.discards = petrarch_path("Phoenix.discards.txt");
  files.ontology = petrarch_path("PETR.Internal.Coding.Ontology.txt");
  return files;
}

// The first named file that does not exist, or "" when all do.
std::string first_missing(const DictionaryFiles& files) {
  std::vector<std::string> paths = files.actors;
  paths.insert(paths.end(), {files.verbs, files.agents, files.discards, files.ontology});
  for (const std::string& p : paths) {
    if (!std::filesystem::exists(p)) return p;
  }
  return "";
}

// One sentence to code, with its record's date and options.
struct CodingItem {
  Sentence sentence;
  int date = 0;
  CoderOptions options;
};

// Loaded once per process and shared read-only by every benchmark and thread.
struct CodingData {
  Status status;
  Dictionaries dicts;
  std::vector<CodingItem> items;
};

Status load_items(const std::string& path, std::vector<CodingItem>* items) {
  Diagnostics diags;
  Result<PetrarchFile> file = read_petrarch_xml(path, &diags);
  if (!file.ok()) return Status::io_error(path + ": " + file.status().message());
  std::vector<CodingItem> sample;
  for (const PetrarchRecord& r : file->records) {
    CoderOptions options;
    Status s = options.apply(r.config);
    if (!s.ok()) return Status::invalid_argument(path + ": record " + r.id + ": " + s.message());
    for (const Sentence& sentence : r.parses) {
      sample.push_back({sentence, parse_record_date(r.date), options});
    }
  }
  if (sample.empty()) return Status::corruption(path + ": no parsed sentences");
  while (items->size() < kTargetSentences) {
    items->insert(items->end(), sample.begin(), sample.end());
  }
  return Status();
}

CodingData* load_coding_data() {
  auto* data = new CodingData();
  DictionaryFiles files = phoenix_files();
  std::string sample = petrarch_path(kSampleFile);
  std::string missing = first_missing(files);
  if (missing.empty() && !std::filesystem::exists(sample)) missing = sample;
  if (!missing.empty()) {
    data->status = Status::not_found("missing benchmark data: " + missing);
    return data;
  }
  Diagnostics diags;
  data->status = load_dictionaries(files, /*strict=*/false, &data->dicts, &diags);
  if (data->status.ok()) data->status = load_items(sample, &data->items);
  return data;
}

const CodingData& coding_data() {
  static const CodingData* data = load_coding_data();  // never freed: lives for the process
  return *data;
}

// Codes items [begin, end) and returns the number of events produced.
std::int64_t code_range(const CodingData& data, std::size_t begin, std::size_t end) {
  std::int64_t events = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const CodingItem& item = data.items[i];
    std::vector<Event> coded = code_sentence(item.sentence, data.dicts, item.date, item.options);
    benchmark::DoNotOptimize(coded.data());
    events += static_cast<std::int64_t>(coded.size());
  }
  return events;
}

// Codes every item on `threads` threads, each taking a contiguous share.
std::int64_t code_all(const CodingData& data, int threads) {
  std::size_t n = data.items.size();
  std::vector<std::int64_t> events(threads, 0);
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    std::size_t begin = n * t / threads, end = n * (t + 1) / threads;
    workers.emplace_back([&data, &events, t, begin, end] { events[t] = code_range(data, begin, end); });
  }
  std::int64_t total = 0;
  for (int t = 0; t < threads; ++t) {
    workers[t].join();
    total += events[t];
  }
  return total;
}

void set_rate_counters(benchmark::State& state, std::size_t sentences, std::int64_t events) {
  auto processed = static_cast<std::int64_t>(state.iterations() * sentences);
  state.SetItemsProcessed(processed);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(processed), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["events"] = static_cast<double>(events);
}

void BM_LoadDictionaries(benchmark::State& state) {
  DictionaryFiles files = phoenix_files();
  std::string missing = first_missing(files);
  if (!missing.empty()) {
    state.SkipWithError(("missing benchmark data: " + missing).c_str());
    return;
  }
  std::size_t actors = 0;
  for (auto _ : state) {
    Dictionaries dicts;
    Diagnostics diags;
    Status s = load_dictionaries(files, /*strict=*/false, &dicts, &diags);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      return;
    }
    actors = dicts.actors.entries.size();
    benchmark::DoNotOptimize(dicts);
  }
  state.counters["actor_entries"] = static_cast<double>(actors);
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond);

void BM_CodeSentences(benchmark::State& state) {
  const CodingData& data = coding_data();
  if (!data.status.ok()) {
    state.SkipWithError(data.status.message().c_str());
    return;
  }
  std::int64_t events = 0;
  for (auto _ : state) {
    events = code_range(data, 0, data.items.size());
    benchmark::DoNotOptimize(events);
  }
  set_rate_counters(state, data.items.size(), events);
}
BENCHMARK(BM_CodeSentences)->Unit(benchmark::kMillisecond);

void BM_CodeSentencesThreads(benchmark::State& state) {
  const CodingData& data = coding_data();
  if (!data.status.ok()) {
    state.SkipWithError(data.status.message().c_str());
    return;
  }
  int threads = static_cast<int>(state.range(0));
  std::int64_t events = 0;
  for (auto _ : state) {
    events = code_all(data, threads);
    benchmark::DoNotOptimize(events);
  }
  set_rate_counters(state, data.items.size(), events);
}
// Rates use wall-clock time, as the work runs on threads other than the
// benchmark's own; the CPU column is the whole process's CPU time, so CPU/Time
// shows how many cores the run actually got on a shared machine.
BENCHMARK(BM_CodeSentencesThreads)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace parley

BENCHMARK_MAIN();
