// Benchmarks of the tokenizer and sentence splitter: tokens (syntactic words) and
// bytes per second of split_text on the raw text of UD English EWT dev, rebuilt
// from its "# text" lines as the tokenizer evaluation does (src/text/tokenizer_eval.h).
// The data is read at run time from PARLEY_DATA_DIR (../shared/data).
// BM_SplitTextWithModel adds the learned sentence splitter (text/sentence_model.h),
// trained on EWT train before the timing starts.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "io/conllu.h"
#include "parley/sentence.h"
#include "parley/status.h"
#include "text/sentence_model.h"
#include "text/tokenizer.h"
#include "text/tokenizer_eval.h"

namespace parley {
namespace {

struct DevText {
  Status status;
  std::string text;
  SentenceModel model;  // trained on EWT train
};

const DevText& dev_text() {
  static const DevText* data = [] {
    auto* d = new DevText();  // never freed: lives for the process
    const std::string path = std::string(PARLEY_DATA_DIR) + "/ud-english-ewt/en_ewt-ud-dev.conllu";
    Diagnostics diags;
    Result<std::vector<Sentence>> gold = read_conllu(path, &diags);
    if (!gold.ok()) {
      d->status = Status::not_found("missing benchmark data: " + gold.status().message());
    } else {
      d->text = gold_text(*gold).text;
    }
    const std::string train_path =
        std::string(PARLEY_DATA_DIR) + "/ud-english-ewt/en_ewt-ud-train.conllu";
    Result<std::vector<Sentence>> train = read_conllu(train_path, &diags);
    if (train.ok()) {
      d->model = SentenceModel::train(*train, {}, nullptr);
    } else if (d->status.ok()) {
      d->status = Status::not_found("missing benchmark data: " + train.status().message());
    }
    return d;
  }();
  return *data;
}

void split_dev(benchmark::State& state, bool with_model) {
  const DevText& dev = dev_text();
  if (!dev.status.ok()) {
    state.SkipWithError(dev.status.message().c_str());
    return;
  }
  std::size_t tokens = 0, sentences = 0;
  for (auto _ : state) {
    std::vector<Sentence> split = split_text(dev.text, 0, with_model ? &dev.model : nullptr);
    tokens = 0;
    for (const Sentence& s : split) tokens += s.tokens.size();
    sentences = split.size();
    benchmark::DoNotOptimize(split.data());
  }
  const auto iterations = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(dev.text.size()));
  state.counters["tokens/s"] =
      benchmark::Counter(iterations * static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["sentences"] = static_cast<double>(sentences);
}

void BM_SplitText(benchmark::State& state) { split_dev(state, false); }
void BM_SplitTextWithModel(benchmark::State& state) { split_dev(state, true); }
BENCHMARK(BM_SplitText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SplitTextWithModel)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace parley

BENCHMARK_MAIN();
