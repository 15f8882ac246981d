// A document to code and the result of coding it: the unit that flows from the
// input readers (src/io) through the coder to the sinks (JSON Lines, TSV, the
// SQLite store in src/store). One CodedDocument holds everything a sink needs,
// so a sink never looks back at the input.
#pragma once

#include <string>
#include <vector>

#include "parley/event.h"
#include "parley/sentence.h"

namespace parley {

struct Document {
  std::string id;           // the record's id, else the file path (plus "#N" within a file)
  std::string date;         // YYYY-MM-DD, "" when unknown
  std::string date_origin;  // where the date came from: "record", "page", "dateline", "option", ""
  std::string source;       // publisher or feed
  std::string title;
  std::string url;
  std::string text;         // the raw text ("" for pre-parsed input)
  std::string extra_json;   // other input fields carried through, as a JSON object ("" when none)
  std::string origin;       // where it was read: "path" or "path:line"
};

// One sentence with its parse and the events coded from it.
struct CodedSentence {
  Sentence parsed;           // tokens with offsets into Document::text when it is raw text
  std::vector<Event> events;
  std::vector<EventActor> actors;  // the known actors it names (filled for `code --coverage`)
  // YYYY-MM-DD when this sentence's date differs from the document's (a CoNLL-U
  // "# date" comment inside a document); "" means the document's date.
  std::string date;
};

struct CodedDocument {
  Document doc;
  std::vector<CodedSentence> sentences;
};

}  // namespace parley
