// Parser::train: online training with the dynamic oracle and exploration
// (Goldberg and Nivre 2012): in each state the model's best valid class is
// compared with the best scoring zero-cost class; on a mistake the weights move
// toward the latter. After the first epoch(s) the parser mostly follows its own
// prediction, so it learns to recover from its mistakes.
#include <algorithm>
#include <chrono>
#include <map>
#include <ostream>
#include <random>
#include <set>
#include <string>
#include <utility>

#include "nlp/parser.h"
#include "nlp/evaluation.h"
#include "nlp/parser_features.h"
#include "nlp/parser_oracle.h"

namespace parley {
namespace {

constexpr char kRootLabel[] = "root";

struct Example {
  const Sentence* sentence;
  GoldTree gold;
};

struct Counts {
  long transitions = 0;
  long mistakes = 0;
};

// 0-based heads (n = ROOT) of a well-formed tree with exactly one root, or
// an empty vector.
std::vector<int> tree_heads(const Sentence& s) {
  const int n = static_cast<int>(s.tokens.size());
  std::vector<int> heads(n);
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    int h = s.tokens[i].head;
    if (h < 0 || h > n || h == i + 1) return {};
    heads[i] = h == 0 ? n : h - 1;
    roots += h == 0;
  }
  if (roots != 1) return {};
  for (int i = 0; i < n; ++i) {  // every word must reach ROOT: no cycles
    int k = i;
    for (int steps = 0; k != n && steps <= n; ++steps) k = heads[k];
    if (k != n) return {};
  }
  return heads;
}

// The gold examples and the transition set they need. Malformed trees, and
// non-projective ones when not projectivizing, are skipped.
TransitionSet prepare(const std::vector<Sentence>& train, bool lift, std::vector<Example>* out,
                      int* skipped, int* lifted) {
  std::vector<std::vector<int>> all_heads(train.size());
  std::set<std::string> label_set = {kRootLabel};
  for (std::size_t i = 0; i < train.size(); ++i) {
    std::vector<int> heads = tree_heads(train[i]);
    if (!heads.empty() && !is_projective(heads)) {
      if (lift) {
        *lifted += 1;
        projectivize(&heads);
      } else {
        heads.clear();
      }
    }
    if (heads.empty()) continue;
    for (const Token& t : train[i].tokens) label_set.insert(t.deprel);
    all_heads[i] = std::move(heads);
  }
  std::vector<std::string> labels(label_set.begin(), label_set.end());
  std::map<std::string, int> label_ids;
  for (std::size_t i = 0; i < labels.size(); ++i) label_ids[labels[i]] = static_cast<int>(i);
  const int root = label_ids[kRootLabel];
  std::set<std::pair<int, int>> pairs;  // (move, label)
  for (std::size_t i = 0; i < train.size(); ++i) {
    std::vector<int>& heads = all_heads[i];
    const int n = static_cast<int>(heads.size());
    if (n == 0) {
      *skipped += train[i].tokens.empty() ? 0 : 1;
      continue;
    }
    std::vector<int> ids(n);
    bool ok = true;
    for (int d = 0; d < n; ++d) {
      // The root arc carries the root label and no other arc does.
      ids[d] = heads[d] == n ? root : label_ids[train[i].tokens[d].deprel];
      if (heads[d] != n && ids[d] == root) ok = false;
    }
    if (!ok) {
      ++*skipped;
      continue;
    }
    for (int d = 0; d < n; ++d) {
      Move m = heads[d] > d ? Move::kLeft : Move::kRight;
      pairs.insert({static_cast<int>(m), ids[d]});
    }
    out->push_back({&train[i], GoldTree(std::move(heads), std::move(ids))});
  }
  std::vector<Transition> arcs;
  for (const auto& [move, label] : pairs) arcs.push_back({static_cast<Move>(move), label});
  return TransitionSet(std::move(labels), root, std::move(arcs));
}

// A double in [0, 1) from 53 random bits (portable, unlike the distributions).
double uniform(std::mt19937_64* rng) { return static_cast<double>((*rng)() >> 11) * 0x1.0p-53; }

void shuffle(std::vector<std::size_t>* order, std::mt19937_64* rng) {
  for (std::size_t i = order->size(); i > 1; --i) {
    std::swap((*order)[i - 1], (*order)[(*rng)() % i]);
  }
}

// One pass over a sentence: every state is a training example.
void train_sentence(const Example& ex, bool explore, double p, std::mt19937_64* rng,
                    ParserModel* model, Counts* counts) {
  const TransitionSet& set = model->transitions();
  std::vector<TokenAtoms> atoms;
  compute_atoms(*ex.sentence, &atoms);
  ParseState state;
  state.reset(ex.gold.words());
  std::vector<float> scores(set.classes());
  std::vector<int> costs;
  StateFeatures feats;
  while (!state.terminal()) {
    transition_costs(set, state, ex.gold, &costs);
    int valid = static_cast<int>(std::count_if(costs.begin(), costs.end(), [](int c) { return c >= 0; }));
    if (valid == 1) {  // nothing to learn (and no need for features)
      int only = static_cast<int>(std::find_if(costs.begin(), costs.end(), [](int c) { return c >= 0; }) - costs.begin());
      model->tick();
      state.apply(set.at(only).move, set.at(only).label);
      continue;
    }
    ParserModel::extract(state, atoms.data(), &feats);
    model->score(feats, scores.data());
    int guess = -1, best = -1, min_cost = 1 << 30;
    for (int c = 0; c < set.classes(); ++c) {
      if (costs[c] < 0) continue;
      if (guess < 0 || scores[c] > scores[guess]) guess = c;
      if (costs[c] < min_cost) {
        min_cost = costs[c];
        best = c;
      } else if (costs[c] == min_cost && scores[c] > scores[best]) {
        best = c;
      }
    }
    if (guess < 0) return;  // cannot happen: some class is always valid
    bool wrong = costs[guess] > min_cost;
    if (wrong) {
      model->update(feats, best, guess);
      ++counts->mistakes;
    }
    model->tick();
    ++counts->transitions;
    int next = wrong && explore && uniform(rng) < p ? guess : best;
    const Transition& t = set.at(next);
    state.apply(t.move, t.label);
  }
}

void log_dev(const Parser& parser, const std::vector<Sentence>& dev, std::ostream* log) {
  std::vector<Sentence> parsed = dev;
  for (Sentence& s : parsed) parser.parse(&s);
  AnnotationScores score = score_annotations(dev, parsed);
  *log << " dev UAS " << score.percent(score.uas) << " LAS " << score.percent(score.las);
}

}  // namespace

Parser Parser::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                     const ParserOptions& options, std::ostream* log) {
  std::vector<Example> examples;
  int skipped = 0, lifted = 0;
  TransitionSet set = prepare(train, options.projectivize, &examples, &skipped, &lifted);
  if (log) {
    *log << "parser: " << examples.size() << " training trees (" << lifted
         << " made projective, " << skipped << " skipped), " << set.labels().size()
         << " labels, " << set.classes() << " classes\n";
  }
  if (examples.empty()) return Parser();
  Parser parser{ParserModel(std::move(set))};
  std::mt19937_64 rng(options.seed);
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    auto start = std::chrono::steady_clock::now();
    shuffle(&order, &rng);
    bool explore = epoch >= options.explore_from_epoch && options.explore_probability > 0;
    Counts counts;
    for (std::size_t i : order) {
      train_sentence(examples[i], explore, options.explore_probability, &rng, &parser.model_,
                     &counts);
    }
    if (!log) continue;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    *log << "parser: epoch " << epoch + 1 << " mistakes "
         << 100.0 * counts.mistakes / std::max(1L, counts.transitions) << "% features "
         << parser.model_.features() << " " << seconds << " s";
    bool last = epoch + 1 == options.epochs;
    if (!dev.empty() && options.dev_every > 0 && ((epoch + 1) % options.dev_every == 0 || last)) {
      log_dev(parser, dev, log);
    }
    *log << "\n";
  }
  parser.model_.finish_training(options.min_feature_updates);
  if (log && !dev.empty()) {
    *log << "parser: averaged " << parser.model_.features() << " features";
    log_dev(parser, dev, log);
    *log << "\n";
  }
  return parser;
}

}  // namespace parley
