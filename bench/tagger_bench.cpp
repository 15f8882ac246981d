// Tagging and lemmatizing speed on UD English EWT dev (gold tokenization),
// with a tagger and a lemmatizer trained once at start-up on all of EWT train
// with the default options (the shipped configuration; about 40 s of setup).
// items = words processed, on one thread.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "io/conllu.h"
#include "nlp/evaluation.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"

namespace parley {
namespace {

const std::string kEwt = std::string(PARLEY_DATA_DIR) + "/ud-english-ewt/";

std::vector<Sentence> read_or_die(const std::string& path) {
  Diagnostics diags;
  Result<std::vector<Sentence>> r = read_conllu(path, &diags);
  if (!r.ok()) {
    std::fprintf(stderr, "tagger_bench needs %s: %s\n", path.c_str(), r.status().message().c_str());
    std::exit(1);
  }
  return std::move(r).value();
}

struct Setup {
  Tagger tagger;
  Lemmatizer lemmatizer;
  std::vector<Sentence> dev;     // words only, as the tagger gets them
  std::vector<Sentence> tagged;  // gold tags, for the lemmatizer alone
  long words = 0;
};

const Setup& setup() {
  static const Setup* s = [] {
    auto* out = new Setup;
    std::vector<Sentence> train = read_or_die(kEwt + "en_ewt-ud-train.conllu");
    out->tagger = Tagger::train(train, {}, TaggerOptions(), nullptr);
    out->lemmatizer = Lemmatizer::train(train, {}, LemmatizerOptions(), nullptr);
    out->tagged = read_or_die(kEwt + "en_ewt-ud-dev.conllu");
    for (const Sentence& sentence : out->tagged) {
      out->dev.push_back(strip_annotations(sentence));
      out->words += static_cast<long>(sentence.tokens.size());
    }
    return out;
  }();  // never freed: lives for the process
  return *s;
}

void BM_Tag(benchmark::State& state) {
  const Setup& s = setup();
  std::vector<Sentence> work = s.dev;
  for (auto _ : state) {
    for (Sentence& sentence : work) s.tagger.tag(&sentence);
    benchmark::DoNotOptimize(work.data());
  }
  state.SetItemsProcessed(state.iterations() * s.words);
  state.counters["features"] = static_cast<double>(s.tagger.features());
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_Lemmatize(benchmark::State& state) {
  const Setup& s = setup();
  std::vector<Sentence> work = s.tagged;
  for (auto _ : state) {
    for (Sentence& sentence : work) s.lemmatizer.lemmatize(&sentence);
    benchmark::DoNotOptimize(work.data());
  }
  state.SetItemsProcessed(state.iterations() * s.words);
}
BENCHMARK(BM_Lemmatize)->Unit(benchmark::kMillisecond);

void BM_TagAndLemmatize(benchmark::State& state) {
  const Setup& s = setup();
  std::vector<Sentence> work = s.dev;
  for (auto _ : state) {
    for (Sentence& sentence : work) {
      s.tagger.tag(&sentence);
      s.lemmatizer.lemmatize(&sentence);
    }
    benchmark::DoNotOptimize(work.data());
  }
  state.SetItemsProcessed(state.iterations() * s.words);
}
BENCHMARK(BM_TagAndLemmatize)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace parley

BENCHMARK_MAIN();
