// parley's NLP model: tagger, lemmatizer and parser together, read from and
// written to one model file (docs/model_format.md), and the step that turns raw
// text into parsed sentences. A loaded model is immutable: threads share it.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "parley/sentence.h"
#include "parley/status.h"
#include "text/sentence_model.h"

namespace parley {

struct TrainOptions {
  TaggerOptions tagger;
  LemmatizerOptions lemmatizer;
  ParserOptions parser;
  SentenceModelOptions sentences;
  // Train the parser on k-fold jackknifed predicted tags and lemmas
  // (nlp/parser_jackknife.h), as it will meet them at run time; false trains
  // it on the gold tags of `train`.
  bool jackknife = true;
  int jackknife_folds = 5;
  // Threads for the tagger trainings (the jackknife folds, with the final
  // tagger beside them). The model does not depend on it.
  int threads = 2;
};

class NlpModel {
 public:
  // Trains every component on `train`, reporting progress on `log`. When
  // jackknifing fails (fewer sentences than folds) the parser is trained on
  // the gold tags, and `log` says so.
  static NlpModel train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                        const TrainOptions& options, std::ostream* log);
  // `layout` chooses how the linear models sit in memory (both score alike;
  // kPlain is the slow reference the tests compare with).
  static Result<NlpModel> load(const std::string& path, ScoringLayout layout = ScoringLayout::kFast);
  Status save(const std::string& path) const;

  // Tags, lemmatizes and parses a tokenized sentence in place.
  void annotate(Sentence* s) const;
  // Splits raw text into sentences and annotates them; offsets are bytes into
  // `text` plus `base_offset`.
  std::vector<Sentence> parse_text(std::string_view text, std::size_t base_offset = 0) const;

  // The learned sentence splitter (the optional SENT section), or null when the
  // model has none and the tokenizer's rules split alone.
  const SentenceModel* sentence_model() const { return sentences_.empty() ? nullptr : &sentences_; }
  // Replaces the sentence splitter (`parley train --sentences-only`).
  void set_sentence_model(SentenceModel m) { sentences_ = std::move(m); }

 private:
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
  SentenceModel sentences_;  // empty: none
};

}  // namespace parley
