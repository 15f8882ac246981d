#include "nlp/parser_jackknife.h"

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <utility>

#include "nlp/evaluation.h"

namespace parley {

Result<std::vector<Sentence>> jackknife_tags(const std::vector<Sentence>& train,
                                             const JackknifeOptions& options) {
  const int folds = options.folds;
  if (folds < 2) return Status::invalid_argument("jackknifing needs at least 2 folds");
  if (options.threads < 1) return Status::invalid_argument("jackknifing needs at least 1 thread");
  if (train.size() < static_cast<std::size_t>(folds)) {
    return Status::invalid_argument("jackknifing needs at least one sentence per fold (" +
                                    std::to_string(train.size()) + " sentences, " +
                                    std::to_string(folds) + " folds)");
  }
  TaggerOptions tagger_options = options.tagger;
  tagger_options.evaluate_each_epoch = false;  // there is no dev set to log
  std::vector<Sentence> out(train.size());
  // Each fold writes only its own sentences of `out`, so folds run in any
  // order on any thread with the same result.
  const std::size_t n = train.size();
  auto fold_of = [&](std::size_t i) {
    return options.contiguous ? static_cast<int>(i * folds / n) : static_cast<int>(i % folds);
  };
  auto run_fold = [&](int fold) {
    std::vector<Sentence> rest;
    for (std::size_t i = 0; i < n; ++i) {
      if (fold_of(i) != fold) rest.push_back(train[i]);
    }
    Tagger tagger = Tagger::train(rest, {}, tagger_options, nullptr);
    Lemmatizer lemmatizer = Lemmatizer::train(rest, {}, options.lemmatizer, nullptr);
    for (std::size_t i = 0; i < n; ++i) {
      if (fold_of(i) != fold) continue;
      Sentence s = strip_annotations(train[i]);
      tagger.tag(&s);
      lemmatizer.lemmatize(&s);
      s.comments = train[i].comments;
      for (std::size_t t = 0; t < s.tokens.size(); ++t) {
        s.tokens[t].head = train[i].tokens[t].head;
        s.tokens[t].deprel = train[i].tokens[t].deprel;
      }
      out[i] = std::move(s);
    }
  };
  std::atomic<int> next{0};
  auto worker = [&] {
    for (int fold = next++; fold < folds; fold = next++) run_fold(fold);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min(options.threads, folds); ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  return out;
}

}  // namespace parley
