// Events as JSON objects: the JSON Lines output schema of docs/output.md.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "parley/event.h"
#include "parley/sentence.h"

namespace parley {

// Where an event was found.
struct EventContext {
  std::string doc_id;
  int sentence = 0;    // index of the sentence in its document
  std::string date;    // YYYY-MM-DD, "" when unknown
  const Sentence* parsed = nullptr;  // for the text and token offsets
};

// source, target, code and rule only.
nlohmann::ordered_json event_core_json(const Event& e);
// The full record, fields in this order: id, doc_id, sentence, date, source,
// target, code, name, root, quad_class, goldstein, plover, plover_mode, text, rule.
nlohmann::ordered_json event_json(const Event& e, const EventContext& where);
// A stable id: the same document, sentence and event give the same id.
std::string event_id(const Event& e, const EventContext& where);
// "19950101" -> "1995-01-01"; "" when not 8 digits.
std::string iso_date(const std::string& yyyymmdd);

}  // namespace parley
