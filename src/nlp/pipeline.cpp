#include "nlp/pipeline.h"

#include <map>
#include <ostream>

#include "nlp/model_io.h"
#include "text/tokenizer.h"

namespace parley {

NlpModel NlpModel::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                         const TrainOptions& options, std::ostream* log) {
  NlpModel m;
  if (log) *log << "training the tagger\n";
  m.tagger_ = Tagger::train(train, dev, options.tagger, log);
  if (log) *log << "training the lemmatizer\n";
  m.lemmatizer_ = Lemmatizer::train(train, dev, options.lemmatizer, log);
  if (log) *log << "training the parser\n";
  m.parser_ = Parser::train(train, dev, options.parser, log);
  return m;
}

Status NlpModel::save(const std::string& path) const {
  ByteWriter tagger, lemmatizer, parser;
  tagger_.save(&tagger);
  lemmatizer_.save(&lemmatizer);
  parser_.save(&parser);
  return write_model_file(path, {{"TAGR", tagger.take()}, {"LEMM", lemmatizer.take()}, {"PARS", parser.take()}});
}

Result<NlpModel> NlpModel::load(const std::string& path) {
  Result<std::map<std::string, std::string>> sections = read_model_file(path);
  if (!sections.ok()) return sections.status();
  NlpModel m;
  for (const char* tag : {"TAGR", "LEMM", "PARS"}) {
    auto it = sections->find(tag);
    if (it == sections->end()) {
      return Status::corruption(path + ": not a usable parley model: no " + tag + " section");
    }
    ByteReader in(it->second);
    bool ok = std::string(tag) == "TAGR"   ? m.tagger_.load(&in)
              : std::string(tag) == "LEMM" ? m.lemmatizer_.load(&in)
                                           : m.parser_.load(&in);
    if (!ok || !in.at_end()) {
      return Status::corruption(path + ": not a usable parley model: the " + tag +
                                " section is malformed at byte " + std::to_string(in.offset()));
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
  std::vector<Sentence> sentences = split_text(text, base_offset);
  for (Sentence& s : sentences) annotate(&s);
  return sentences;
}

}  // namespace parley
