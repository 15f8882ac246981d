// The whole NLP pipeline with the shipped model (data/models/en_ewt.parley, or
// $PARLEY_MODEL): items = words.
// - BM_TagParse: tagging, lemmatizing and parsing EWT dev from its gold tokens
//   (the "tagging plus parsing" figure).
// - BM_RawText: the same plus tokenizing and sentence splitting EWT dev's text.
// - BM_RawTextThreads/N: N threads share the const model, each parsing all of
//   dev's text; items/s over wall time divided by N = 1's is the scaling, and
//   CPU / Time shows how many cores the run really got on a shared machine.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "io/conllu.h"
#include "nlp/evaluation.h"
#include "nlp/pipeline.h"

namespace parley {
namespace {

struct Setup {
  NlpModel model;
  std::vector<Sentence> dev;   // gold tokens, annotations stripped
  std::vector<std::string> documents;  // dev's sentence texts, 20 to a document
  long words = 0;
};

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "pipeline_bench: %s\n", what.c_str());
  std::exit(1);
}

const Setup& setup() {
  static const Setup* s = [] {
    auto* out = new Setup;
    const char* env = std::getenv("PARLEY_MODEL");
    std::string path = env && *env ? env : std::string(PARLEY_SOURCE_DIR) + "/data/models/en_ewt.parley";
    Result<NlpModel> model = NlpModel::load(path);
    if (!model.ok()) die(model.status().message());
    out->model = std::move(model).value();
    Diagnostics diags;
    std::string dev = std::string(PARLEY_DATA_DIR) + "/ud-english-ewt/en_ewt-ud-dev.conllu";
    Result<std::vector<Sentence>> gold = read_conllu(dev, &diags);
    if (!gold.ok()) die(gold.status().message());
    for (std::size_t i = 0; i < gold->size(); ++i) {
      const Sentence& g = (*gold)[i];
      out->dev.push_back(strip_annotations(g));
      out->words += static_cast<long>(g.tokens.size());
      if (i % 20 == 0) out->documents.emplace_back();
      out->documents.back() += g.text + "\n";
    }
    return out;
  }();
  return *s;
}

void BM_TagParse(benchmark::State& state) {
  const Setup& s = setup();
  std::vector<Sentence> work = s.dev;
  for (auto _ : state) {
    for (Sentence& sentence : work) s.model.annotate(&sentence);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * s.words);
}
BENCHMARK(BM_TagParse)->Unit(benchmark::kMillisecond);

long parse_documents(const Setup& s) {
  long words = 0;
  for (const std::string& d : s.documents) {
    for (const Sentence& sentence : s.model.parse_text(d)) words += static_cast<long>(sentence.tokens.size());
  }
  return words;
}

void BM_RawText(benchmark::State& state) {
  const Setup& s = setup();
  long words = 0;
  for (auto _ : state) words += parse_documents(s);
  state.SetItemsProcessed(words);
}
BENCHMARK(BM_RawText)->Unit(benchmark::kMillisecond);

void BM_RawTextThreads(benchmark::State& state) {
  const Setup& s = setup();
  const int threads = static_cast<int>(state.range(0));
  long words = 0;
  for (auto _ : state) {
    std::vector<long> counts(threads, 0);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back([&s, &counts, t] { counts[t] = parse_documents(s); });
    for (std::thread& t : pool) t.join();
    for (long c : counts) words += c;
  }
  state.SetItemsProcessed(words);
}
BENCHMARK(BM_RawTextThreads)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

}  // namespace
}  // namespace parley

BENCHMARK_MAIN();
