// CodedDocuments built in tests, for the sinks and the store: made-up
// documents with token offsets, so every output field has a value to check.
#pragma once

#include <string>
#include <vector>

#include "parley/document.h"

namespace parley::testing_docs {

// An event `source` -> `target` with `code`; the sides cover tokens 0 and 2,
// the verb is token 1.
inline Event make_event(const std::string& source, const std::string& target,
                        const std::string& code, const std::string& verb = "met") {
  Event e;
  e.source = {source, source.empty() ? "" : "Src " + source, source.empty() ? -1 : 0,
              source.empty() ? -1 : 0};
  e.target = {target, target.empty() ? "" : "Tgt " + target, target.empty() ? -1 : 2,
              target.empty() ? -1 : 2};
  e.code = code;
  e.rule = {"dicts/test.verbs.txt", 12, "- * MEET [" + code + "]", verb, 1};
  return e;
}

// A sentence "A verb B." with offsets, and `events`.
inline CodedSentence make_sentence(const std::string& text, std::vector<Event> events) {
  CodedSentence s;
  s.parsed.text = text;
  std::size_t pos = 0;
  for (int i = 0; i < 3; ++i) {
    std::size_t space = text.find(' ', pos);
    if (space == std::string::npos) space = text.size();
    Token t;
    t.form = text.substr(pos, space - pos);
    t.start = pos;
    t.end = space;
    s.parsed.tokens.push_back(t);
    pos = std::min(space + 1, text.size());
  }
  s.events = std::move(events);
  return s;
}

inline CodedDocument make_doc(const std::string& id, const std::string& date,
                              const std::string& publisher,
                              std::vector<std::vector<Event>> sentences) {
  CodedDocument d;
  d.doc.id = id;
  d.doc.date = date;
  d.doc.date_origin = date.empty() ? "" : "record";
  d.doc.source = publisher;
  d.doc.url = publisher.empty() ? "" : "https://" + publisher + ".example/" + id;
  d.doc.title = "Title of " + id;
  d.doc.origin = "test:" + id;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    d.sentences.push_back(
        make_sentence("Alpha met Beta in " + id + " sentence " + std::to_string(i) + ".",
                      std::move(sentences[i])));
  }
  return d;
}

}  // namespace parley::testing_docs
