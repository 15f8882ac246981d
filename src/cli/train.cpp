// `parley train --train X.conllu --dev Y.conllu --out MODEL`: trains the
// tagger, lemmatizer, parser and sentence splitter and writes one model file.
// `parley train --sentences-only --model M --train X.conllu --out MODEL` trains
// only the sentence splitter and writes M with it (its SENT section) replaced.
#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/model_option.h"
#include "io/conllu.h"
#include "nlp/evaluation.h"
#include "nlp/pipeline.h"
#include "text/tokenizer.h"
#include "text/tokenizer_eval.h"

namespace parley::cli {
namespace {

struct TrainArgs {
  std::string train, dev, out;
  bool sentences_only = false;
  std::string model;  // with --sentences-only: the model to add the splitter to
  TrainOptions options;
};

bool read_treebank(const std::string& path, std::vector<Sentence>* out) {
  Diagnostics diags;
  Result<std::vector<Sentence>> r = read_conllu(path, &diags);
  for (const Diagnostic& d : diags) std::cerr << "warning: " << d.to_string() << "\n";
  if (!r.ok()) {
    std::cerr << "error: " << r.status().message() << "\n";
    return false;
  }
  if (r->empty()) {
    std::cerr << "error: " << path << ": no sentences\n";
    return false;
  }
  *out = std::move(r).value();
  return true;
}

// The dev sentence F1 of the rules alone and with the model's splitter.
void report_sentences(const NlpModel& model, const std::vector<Sentence>& dev) {
  const GoldText text = gold_text(dev);
  Result<TokenizationScores> rules = score_tokenization(text, split_text(text.text));
  Result<TokenizationScores> learned =
      score_tokenization(text, split_text(text.text, 0, model.sentence_model()));
  if (!rules.ok() || !learned.ok()) return;
  std::fprintf(stdout, "dev sentence F1 from raw text: rules %.2f, with the sentence model %.2f\n",
               rules->sentences.f1(), learned->sentences.f1());
}

int run_sentences_only(const TrainArgs& args) {
  std::vector<Sentence> train, dev;
  if (!read_treebank(args.train, &train) || (!args.dev.empty() && !read_treebank(args.dev, &dev))) {
    return 1;
  }
  Result<NlpModel> model = load_model(args.model);
  if (!model.ok()) {
    std::cerr << "error: " << model.status().message() << "\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  model->set_sentence_model(SentenceModel::train(train, args.options.sentences, &std::cerr));
  if (model->sentence_model() == nullptr) {
    std::cerr << "error: " << args.train << ": too few sentences to train the sentence splitter\n";
    return 1;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Status s = model->save(args.out);
  if (!s.ok()) {
    std::cerr << "error: " << s.message() << "\n";
    return 1;
  }
  std::fprintf(stdout, "sentence splitter trained in %.1f s\n", seconds);
  if (!dev.empty()) report_sentences(*model, dev);
  return 0;
}

int run(const TrainArgs& args) {
  if (args.sentences_only) return run_sentences_only(args);
  if (args.dev.empty()) {
    std::cerr << "error: --dev is required (except with --sentences-only)\n";
    return 2;
  }
  std::vector<Sentence> train, dev;
  if (!read_treebank(args.train, &train) || !read_treebank(args.dev, &dev)) return 1;
  auto start = std::chrono::steady_clock::now();
  NlpModel model = NlpModel::train(train, dev, args.options, &std::cerr);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Status s = model.save(args.out);
  if (!s.ok()) {
    std::cerr << "error: " << s.message() << "\n";
    return 1;
  }
  std::vector<Sentence> predicted;
  for (const Sentence& g : dev) {
    predicted.push_back(strip_annotations(g));
    model.annotate(&predicted.back());
  }
  AnnotationScores sc = score_annotations(dev, predicted);
  std::fprintf(stdout, "trained in %.0f s; dev (gold tokenization): UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f\n",
               seconds, sc.percent(sc.upos), sc.percent(sc.xpos), sc.percent(sc.lemma), sc.percent(sc.uas),
               sc.percent(sc.las));
  report_sentences(model, dev);
  return 0;
}

const Registrar kRegister([](CLI::App& app) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* cmd = app.add_subcommand("train", "Train the tagger, lemmatizer and parser on a UD treebank");
  cmd->add_option("--train", args->train, "Training CoNLL-U file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--dev", args->dev, "Development CoNLL-U file (required unless --sentences-only)")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--sentences-only", args->sentences_only,
                "Train only the sentence splitter and add it to the --model file (written to --out)");
  add_model_option(cmd, &args->model);
  cmd->add_option("--sentence-epochs", args->options.sentences.epochs, "Sentence splitter training epochs")
      ->capture_default_str();
  cmd->add_option("--out", args->out, "Model file to write")->required();
  cmd->add_option("--tagger-epochs", args->options.tagger.epochs, "Tagger training epochs")->capture_default_str();
  cmd->add_option("--parser-epochs", args->options.parser.epochs, "Parser training epochs")->capture_default_str();
  cmd->add_option("--seed", args->options.tagger.seed, "Random seed (shuffling)")->capture_default_str();
  cmd->add_option("--tagger-min-updates", args->options.tagger.min_feature_updates,
                  "Drop tagger features updated fewer times than this (1 keeps all)")
      ->capture_default_str();
  cmd->add_option("--parser-min-updates", args->options.parser.min_feature_updates,
                  "Drop parser features updated fewer times than this (1 keeps all)")
      ->capture_default_str();
  cmd->add_flag("!--no-jackknife", args->options.jackknife,
                "Train the parser on gold tags instead of jackknifed predicted ones");
  cmd->add_option("--jackknife-folds", args->options.jackknife_folds, "Folds for the parser's predicted tags")
      ->capture_default_str()
      ->check(CLI::Range(2, 100));
  cmd->add_option("--threads", args->options.threads, "Threads for the tagger trainings (same model for any)")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  cmd->callback([args] {
    args->options.parser.seed = args->options.tagger.seed;
    exit_code() = run(*args);
  });
});

}  // namespace
}  // namespace parley::cli
