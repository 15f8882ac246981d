// `parley eval --gold G.conllu [--raw] [--model M]`: scores the model against a
// gold treebank, on its own tokens or (--raw) from its text re-tokenized.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/model_option.h"
#include "io/conllu.h"
#include "nlp/evaluation.h"
#include "nlp/pipeline.h"
#include "nlp/raw_evaluation.h"
#include "text/tokenizer.h"

namespace parley::cli {
namespace {

struct EvalArgs {
  std::string gold;
  std::string model;
  bool raw = false;
};

void print_gold_tokenization(const std::vector<Sentence>& gold, const NlpModel& model) {
  std::vector<Sentence> predicted;
  predicted.reserve(gold.size());
  for (const Sentence& g : gold) {
    predicted.push_back(strip_annotations(g));
    model.annotate(&predicted.back());
  }
  AnnotationScores s = score_annotations(gold, predicted);
  std::printf("gold tokenization, %ld words\n", s.words);
  std::printf("  UPOS  %6.2f\n  XPOS  %6.2f\n  Lemma %6.2f\n  UAS   %6.2f\n  LAS   %6.2f\n",
              s.percent(s.upos), s.percent(s.xpos), s.percent(s.lemma), s.percent(s.uas), s.percent(s.las));
}

int print_raw(const std::vector<Sentence>& gold, const NlpModel& model) {
  GoldText text = gold_text(gold);
  std::vector<Sentence> predicted = model.parse_text(text.text);
  Result<RawScores> r = score_raw(gold, text, predicted);
  if (!r.ok()) {
    std::cerr << "error: " << r.status().message() << "\n";
    return 1;
  }
  auto row = [](const char* name, const F1Score& f) {
    std::printf("  %-9s P %6.2f  R %6.2f  F1 %6.2f\n", name, f.precision(), f.recall(), f.f1());
  };
  std::printf("raw text (CoNLL 2018 alignment), %zu gold words\n", r->words.gold);
  row("Tokens", r->tokenization.tokens);
  row("Sentences", r->tokenization.sentences);
  row("Words", r->words);
  row("UPOS", r->upos);
  row("XPOS", r->xpos);
  row("Lemmas", r->lemma);
  row("UAS", r->uas);
  row("LAS", r->las);
  return 0;
}

int run(const EvalArgs& args) {
  Diagnostics diags;
  Result<std::vector<Sentence>> gold = read_conllu(args.gold, &diags);
  for (const Diagnostic& d : diags) std::cerr << "warning: " << d.to_string() << "\n";
  if (!gold.ok()) {
    std::cerr << "error: " << gold.status().message() << "\n";
    return 1;
  }
  Result<NlpModel> model = load_model(args.model);
  if (!model.ok()) {
    std::cerr << "error: " << model.status().message() << "\n";
    return 1;
  }
  if (args.raw) return print_raw(*gold, *model);
  print_gold_tokenization(*gold, *model);
  return 0;
}

const Registrar kRegister([](CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* cmd = app.add_subcommand("eval", "Score the tagger, lemmatizer and parser against a gold treebank");
  cmd->add_option("--gold", args->gold, "Gold CoNLL-U file")->required()->check(CLI::ExistingFile);
  add_model_option(cmd, &args->model);
  cmd->add_flag("--raw", args->raw,
                "Re-tokenize the gold text and score as the CoNLL 2018 shared task does "
                "(token, sentence and word F1, aligned tags and LAS)");
  cmd->callback([args] { exit_code() = run(*args); });
});

}  // namespace
}  // namespace parley::cli
