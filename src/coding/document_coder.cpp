#include "coding/document_coder.h"

#include "coding/coder.h"
#include "coding/document_context.h"
#include "coding/event_filter.h"
#include "coding/mentions.h"

namespace parley {

int date_number(const std::string& iso) {
  if (iso.size() != 10) return 0;
  int n = 0;
  for (char c : iso) {
    if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
  }
  return n;
}

CodedDocument code_document(InputDocument&& in, const Dictionaries& dicts, const NlpModel* model,
                            const CoderOptions& base, Diagnostics* warnings, bool find_actors) {
  CodedDocument out;
  CoderOptions options = base;
  if (!in.config.empty()) {
    Status s = options.apply(in.config);
    if (!s.ok()) warnings->push_back({in.doc.origin, 0, "record " + in.doc.id + ": " + s.message()});
  }
  std::vector<Sentence> sentences;
  if (in.raw && model != nullptr) {
    sentences = model->parse_text(in.doc.text);
    for (std::size_t i = 0; i < sentences.size(); ++i) sentences[i].id = in.doc.id + "-" + std::to_string(i + 1);
  } else {
    sentences = std::move(in.parsed);
  }
  out.sentences.reserve(sentences.size());
  const int doc_date = date_number(in.doc.date);
  const DocumentContext context = build_document_context(sentences, dicts, doc_date);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    CodedSentence s;
    s.parsed = std::move(sentences[i]);
    int date = doc_date;
    if (i < in.sentence_dates.size() && in.sentence_dates[i] != in.doc.date) {
      s.date = in.sentence_dates[i];
      date = date_number(s.date);
    }
    s.events = code_sentence(s.parsed, dicts, date, options, &context);
    if (find_actors) s.actors = find_actor_mentions(s.parsed, dicts, date);
    out.sentences.push_back(std::move(s));
  }
  out.doc = std::move(in.doc);
  filter_document_events(&out, dicts, options);
  return out;
}

}  // namespace parley
