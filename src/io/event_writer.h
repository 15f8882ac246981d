// Event sinks chosen by name (--format): "jsonl", one JSON object per line
// (docs/output.md), and "text", one readable line per event for people.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "io/event_json.h"
#include "parley/event.h"

namespace parley {

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  virtual void write(const Event& e, const EventContext& where) = 0;
};

// nullptr when `format` is not one of event_formats().
std::unique_ptr<EventWriter> make_event_writer(const std::string& format, std::ostream& out);
const std::vector<std::string>& event_formats();

}  // namespace parley
