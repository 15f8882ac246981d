// Training of the Tagger: class inventory, tag dictionary, then perceptron
// epochs over shuffled sentences. Each word's history is the classes the
// model itself predicted with all features (as when tagging); the update is
// made on the word's features minus a random share (dropout), whenever the
// model mistakes the word from those. Words whose class the dictionary fixes
// are not examples.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>
#include <utility>

#include "nlp/tagger.h"
#include "nlp/tagger_features.h"

namespace parley {

class TaggerTrainer {
 public:
  TaggerTrainer(const TaggerOptions& options, std::ostream* log)
      : options_(options),
        log_(log),
        start_(std::chrono::steady_clock::now()),
        rng_(options.seed) {}

  Tagger run(const std::vector<Sentence>& train, const std::vector<Sentence>& dev) {
    build_classes(train);
    build_lexicon(train);
    LinearModel model(tagger_.classes());
    std::vector<std::size_t> order(train.size());
    std::iota(order.begin(), order.end(), 0);
    for (int epoch = 1; epoch <= options_.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng_);
      long errors = 0, words = 0;
      for (std::size_t k : order) {
        const TaggerLexicon& lexicon =
            fold_lexicons_.empty() ? tagger_.lexicon_ : fold_lexicons_[fold_of_[k]];
        errors += train_sentence(train[k], gold_[k], lexicon, &model);
        words += static_cast<long>(train[k].tokens.size());
      }
      if (log_ && (epoch == options_.epochs || options_.evaluate_each_epoch)) {
        LinearModel averaged = model;
        averaged.finish_training(options_.min_feature_updates);
        log_epoch(epoch, errors, words, averaged, dev);
      }
    }
    model.finish_training(options_.min_feature_updates);
    tagger_.model_ = std::move(model);
    return std::move(tagger_);
  }

 private:
  // Classes are the (UPOS, XPOS) pairs in order of first appearance.
  void build_classes(const std::vector<Sentence>& train) {
    gold_.resize(train.size());
    for (std::size_t k = 0; k < train.size(); ++k) {
      for (std::size_t i = 0; i < train[k].tokens.size(); ++i) {
        const Token& t = train[k].tokens[i];
        auto [it, added] = ids_.emplace(std::make_pair(t.upos, t.xpos), tagger_.classes());
        if (added) {
          tagger_.upos_.push_back(t.upos);
          tagger_.xpos_.push_back(t.xpos);
        }
        gold_[k].push_back(it->second);
      }
    }
  }

  // The tagger's dictionary comes from all of train. With folds, each
  // training sentence sees one built without its own (contiguous) fold, so
  // that rare words look to the model as they will on new text.
  void build_lexicon(const std::vector<Sentence>& train) {
    tagger_.lexicon_ = lexicon_without(train, 0, 0);
    const std::size_t folds = static_cast<std::size_t>(std::max(0, options_.lexicon_folds));
    fold_of_.assign(train.size(), 0);
    for (std::size_t f = 0; folds > 1 && f < folds; ++f) {
      std::size_t begin = train.size() * f / folds, end = train.size() * (f + 1) / folds;
      fold_lexicons_.push_back(lexicon_without(train, begin, end));
      for (std::size_t k = begin; k < end; ++k) fold_of_[k] = f;
    }
  }

  TaggerLexicon lexicon_without(const std::vector<Sentence>& train, std::size_t begin,
                                std::size_t end) {
    std::vector<std::pair<std::uint64_t, int>> tokens;
    for (std::size_t k = 0; k < train.size(); ++k) {
      if (k >= begin && k < end) continue;
      for (std::size_t i = 0; i < train[k].tokens.size(); ++i) {
        tokens.emplace_back(hash_string(train[k].tokens[i].form), gold_[k][i]);
      }
    }
    TaggerLexicon lexicon;
    lexicon.build(tokens, tagger_.classes(), options_.lexicon);
    return lexicon;
  }

  // One perceptron pass over a sentence; returns the number of mistakes.
  int train_sentence(const Sentence& s, const std::vector<int>& gold, const TaggerLexicon& lexicon,
                     LinearModel* model) {
    describe_sentence(s, lexicon, &infos_);
    scores_.resize(tagger_.upos_.size());
    int prev1 = -1, prev2 = -1, errors = 0;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      std::size_t n;
      int guess = tagger_.predict(infos_.data(), static_cast<int>(i), prev1, prev2, *model,
                                  feats_.data(), &n, scores_.data());
      if (n > 0) {
        int predicted = options_.feature_dropout > 0 ? drop_features(&n, *model) : guess;
        model->update(feats_.data(), n, gold[i], predicted);
        model->tick();
      }
      errors += guess != gold[i];
      prev2 = prev1;
      prev1 = guess;
    }
    return errors;
  }

  // Keeps a random share of feats_[0..*n) and returns the class the model
  // predicts from those alone, among all classes (even when tagging would
  // restrict the word's: on dev that teaches more): the update is made on them.
  int drop_features(std::size_t* n, const LinearModel& model) {
    std::size_t kept = 0;
    for (std::size_t j = 0; j < *n; ++j) {
      if (keep_(rng_) >= options_.feature_dropout) feats_[kept++] = feats_[j];
    }
    *n = kept;
    std::fill(scores_.begin(), scores_.end(), 0.0f);
    model.score(feats_.data(), kept, scores_.data());
    return static_cast<int>(std::max_element(scores_.begin(), scores_.end()) - scores_.begin());
  }

  void log_epoch(int epoch, long errors, long words, const LinearModel& averaged,
                 const std::vector<Sentence>& dev) {
    Tagger probe;
    probe.upos_ = tagger_.upos_;
    probe.xpos_ = tagger_.xpos_;
    probe.lexicon_ = tagger_.lexicon_;
    probe.model_ = averaged;
    long upos = 0, xpos = 0, total = 0;
    for (const Sentence& gold : dev) {
      Sentence s = gold;
      probe.tag(&s);
      for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        upos += s.tokens[i].upos == gold.tokens[i].upos;
        xpos += s.tokens[i].xpos == gold.tokens[i].xpos;
      }
      total += static_cast<long>(s.tokens.size());
    }
    auto pct = [](long a, long b) {
      return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0;
    };
    char line[256];
    std::snprintf(line, sizeof line,
                  "tagger epoch %d/%d: train errors %.2f%%, dev UPOS %.2f XPOS %.2f "
                  "(%ld words), %zu features",
                  epoch, options_.epochs, pct(errors, words), pct(upos, total), pct(xpos, total),
                  total, averaged.features());
    log_line(line);
  }

  void log_line(const std::string& line) {
    if (!log_) return;
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    char when[32];
    std::snprintf(when, sizeof when, " [%.1f s]\n", s);
    *log_ << line << when << std::flush;
  }

  TaggerOptions options_;
  std::ostream* log_;
  std::chrono::steady_clock::time_point start_;
  std::mt19937_64 rng_;  // sentence order and dropped features
  std::uniform_real_distribution<double> keep_{0.0, 1.0};
  Tagger tagger_;
  std::map<std::pair<std::string, std::string>, int> ids_;
  std::vector<std::vector<int>> gold_;
  std::vector<TaggerLexicon> fold_lexicons_;
  std::vector<std::size_t> fold_of_;
  std::vector<TokenInfo> infos_;
  std::vector<float> scores_;
  std::array<std::uint64_t, kMaxTaggerFeatures> feats_;
};

Tagger Tagger::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                     const TaggerOptions& options, std::ostream* log) {
  return TaggerTrainer(options, log).run(train, dev);
}

}  // namespace parley
