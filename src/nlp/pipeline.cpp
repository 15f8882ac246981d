#include "nlp/pipeline.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>
#include <thread>
#include <utility>

#include "nlp/model_io.h"
#include "nlp/parser_jackknife.h"
#include "text/tokenizer.h"

namespace parley {

NlpModel NlpModel::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                         const TrainOptions& options, std::ostream* log) {
  NlpModel m;
  // The final tagger and lemmatizer do not feed the parser's training data, so
  // they train beside the jackknife folds; their log is written afterwards.
  std::ostringstream tagger_log;
  auto train_taggers = [&] {
    std::ostream* out = log ? &tagger_log : nullptr;
    if (out) *out << "training the tagger\n";
    m.tagger_ = Tagger::train(train, dev, options.tagger, out);
    if (out) *out << "training the lemmatizer\n";
    m.lemmatizer_ = Lemmatizer::train(train, dev, options.lemmatizer, out);
  };
  std::vector<Sentence> jackknifed;
  if (options.jackknife) {
    std::thread taggers;
    if (options.threads > 1) taggers = std::thread(train_taggers);
    if (log) *log << "jackknifing the parser's training tags (" << options.jackknife_folds << " folds)\n";
    JackknifeOptions jk;
    jk.folds = options.jackknife_folds;
    jk.threads = options.threads;
    jk.tagger = options.tagger;
    jk.lemmatizer = options.lemmatizer;
    Result<std::vector<Sentence>> r = jackknife_tags(train, jk);
    if (taggers.joinable()) {
      taggers.join();
    } else {
      train_taggers();
    }
    if (r.ok()) {
      jackknifed = std::move(r).value();
    } else if (log) {
      *log << "jackknifing skipped (" << r.status().message() << "); the parser trains on gold tags\n";
    }
  } else {
    train_taggers();
  }
  if (log) *log << tagger_log.str() << "training the sentence splitter\n";
  m.sentences_ = SentenceModel::train(train, options.sentences, log);
  if (log) *log << "training the parser\n";
  m.parser_ = Parser::train(jackknifed.empty() ? train : jackknifed, dev, options.parser, log);
  return m;
}

Status NlpModel::save(const std::string& path) const {
  ByteWriter tagger, lemmatizer, parser;
  tagger_.save(&tagger);
  lemmatizer_.save(&lemmatizer);
  parser_.save(&parser);
  std::map<std::string, std::string> sections = {
      {"TAGR", tagger.take()}, {"LEMM", lemmatizer.take()}, {"PARS", parser.take()}};
  if (!sentences_.empty()) {
    ByteWriter sentences;
    sentences_.save(&sentences);
    sections["SENT"] = sentences.take();
  }
  return write_model_file(path, sections);
}

Result<NlpModel> NlpModel::load(const std::string& path, ScoringLayout layout) {
  Result<std::map<std::string, std::string>> sections = read_model_file(path);
  if (!sections.ok()) return sections.status();
  NlpModel m;
  for (const char* tag : {"TAGR", "LEMM", "PARS"}) {
    auto it = sections->find(tag);
    if (it == sections->end()) {
      return Status::corruption(path + ": not a usable parley model: no " + tag + " section");
    }
    ByteReader in(it->second);
    bool ok = std::string(tag) == "TAGR"   ? m.tagger_.load(&in, layout)
              : std::string(tag) == "LEMM" ? m.lemmatizer_.load(&in)
                                           : m.parser_.load(&in, layout);
    if (!ok || !in.at_end()) {
      return Status::corruption(path + ": not a usable parley model: the " + tag +
                                " section is malformed at byte " + std::to_string(in.offset()));
    }
  }
  // SENT is optional: a model without it splits sentences by the rules alone.
  if (auto it = sections->find("SENT"); it != sections->end()) {
    ByteReader in(it->second);
    if (!m.sentences_.load(&in) || !in.at_end()) {
      return Status::corruption(path + ": not a usable parley model: the SENT section is malformed at byte " +
                                std::to_string(in.offset()));
    }
  }
  return m;
}

void NlpModel::annotate(Sentence* s) const {
  tagger_.tag(s);
  lemmatizer_.lemmatize(s);
  parser_.parse(s);
}

std::vector<Sentence> NlpModel::parse_text(std::string_view text, std::size_t base_offset) const {
  std::vector<Sentence> sentences = split_text(text, base_offset, sentence_model());
  for (Sentence& s : sentences) annotate(&s);
  return sentences;
}

}  // namespace parley
