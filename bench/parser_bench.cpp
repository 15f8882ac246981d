// Parsing speed on UD English EWT dev (gold tokens and tags), with a parser
// trained once at start-up on a slice of EWT train: items = words parsed.
// BM_ParseDevThreads/N starts N threads that share one const Parser and each
// parse all of dev: its items_per_second over wall time, divided by that of
// N = 1, is the scaling. Its CPU column is the whole process's CPU time, so
// CPU / Time shows how many cores the run actually got on a shared machine.
//
// A model trained on the full treebank has about 4x as many features as this
// one, so it misses the cache more often and parses more slowly. With
// PARLEY_BENCH_MODEL=FILE (a `parley train` model), BM_AnnotateModel/N also
// times tagging, lemmatizing and parsing dev's words (tokens given, tags
// stripped) with that model on N threads: the full pipeline's speed.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "io/conllu.h"
#include "nlp/evaluation.h"
#include "nlp/parser.h"
#include "nlp/pipeline.h"

namespace parley {
namespace {

const std::string kEwt = std::string(PARLEY_DATA_DIR) + "/ud-english-ewt/";
constexpr std::size_t kTrainSentences = 4000;
constexpr int kEpochs = 3;

std::vector<Sentence> read_or_die(const std::string& path) {
  Diagnostics diags;
  Result<std::vector<Sentence>> r = read_conllu(path, &diags);
  if (!r.ok()) {
    std::fprintf(stderr, "parser_bench needs %s: %s\n", path.c_str(), r.status().message().c_str());
    std::exit(1);
  }
  return std::move(r).value();
}

struct Setup {
  Parser parser;
  std::vector<Sentence> dev;
  long words = 0;
};

const Setup& setup() {
  static const Setup* s = [] {
    auto* out = new Setup;
    std::vector<Sentence> train = read_or_die(kEwt + "en_ewt-ud-train.conllu");
    if (train.size() > kTrainSentences) train.resize(kTrainSentences);
    ParserOptions options;
    options.epochs = kEpochs;
    out->parser = Parser::train(train, {}, options, nullptr);
    out->dev = read_or_die(kEwt + "en_ewt-ud-dev.conllu");
    for (const Sentence& sentence : out->dev) out->words += static_cast<long>(sentence.tokens.size());
    return out;
  }();
  return *s;
}

void BM_ParseDev(benchmark::State& state) {
  const Setup& s = setup();
  std::vector<Sentence> work = s.dev;  // per thread: parse() writes heads and labels
  for (auto _ : state) {
    for (Sentence& sentence : work) s.parser.parse(&sentence);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * s.words);
  state.counters["features"] =
      benchmark::Counter(static_cast<double>(s.parser.features()), benchmark::Counter::kAvgThreads);
}
BENCHMARK(BM_ParseDev)->Unit(benchmark::kMillisecond);

void BM_ParseDevThreads(benchmark::State& state) {
  const Setup& s = setup();
  const int threads = static_cast<int>(state.range(0));
  std::vector<std::vector<Sentence>> work(threads, s.dev);
  for (auto _ : state) {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&s, &work, t] {
        for (Sentence& sentence : work[t]) s.parser.parse(&sentence);
      });
    }
    for (std::thread& t : pool) t.join();
  }
  state.SetItemsProcessed(state.iterations() * s.words * threads);
}
BENCHMARK(BM_ParseDevThreads)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

// N threads share one loaded NlpModel; each annotates its own copy of dev
// (forms only). Wall-time items/s, process CPU time.
void BM_AnnotateModel(benchmark::State& state, const NlpModel* model) {
  const Setup& s = setup();
  const int threads = static_cast<int>(state.range(0));
  std::vector<Sentence> bare;
  for (const Sentence& sentence : s.dev) bare.push_back(strip_annotations(sentence));
  std::vector<std::vector<Sentence>> work(threads, bare);
  for (auto _ : state) {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([model, &work, t] {
        for (Sentence& sentence : work[t]) model->annotate(&sentence);
      });
    }
    for (std::thread& t : pool) t.join();
  }
  state.SetItemsProcessed(state.iterations() * s.words * threads);
}

}  // namespace
}  // namespace parley

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  static parley::NlpModel model;
  if (const char* path = std::getenv("PARLEY_BENCH_MODEL")) {
    parley::Result<parley::NlpModel> loaded = parley::NlpModel::load(path);
    if (!loaded.ok()) {
      std::fprintf(stderr, "parser_bench: %s\n", loaded.status().message().c_str());
      return 1;
    }
    model = std::move(loaded).value();
    benchmark::RegisterBenchmark("BM_AnnotateModel", parley::BM_AnnotateModel, &model)
        ->Arg(1)
        ->Arg(2)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->MeasureProcessCPUTime();
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
