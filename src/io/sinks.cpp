#include "io/sinks.h"

#include "io/event_writer.h"

namespace parley {
namespace {

// A per-event writer (JSON Lines, text) as a document sink.
class EventWriterSink : public DocumentSink {
 public:
  EventWriterSink(std::unique_ptr<EventWriter> writer, std::ostream& out)
      : writer_(std::move(writer)), out_(out) {}

  Status write(const CodedDocument& d) override {
    for (std::size_t i = 0; i < d.sentences.size(); ++i) {
      const CodedSentence& s = d.sentences[i];
      EventContext where{d.doc.id, static_cast<int>(i), s.date.empty() ? d.doc.date : s.date, &s.parsed};
      for (const Event& e : s.events) writer_->write(e, where);
    }
    return out_ ? Status::ok_status() : Status::io_error("output: write failed");
  }

  Status finish() override {
    out_.flush();
    return out_ ? Status::ok_status() : Status::io_error("output: write failed");
  }

 private:
  std::unique_ptr<EventWriter> writer_;
  std::ostream& out_;
};

}  // namespace

const std::vector<std::string>& sink_formats() { return event_formats(); }

Result<std::unique_ptr<DocumentSink>> make_sink(const SinkOptions& options, std::ostream& out) {
  if (!options.db.empty()) return Status::invalid_argument("--db: the SQLite store is not built yet");
  if (options.dedup) return Status::invalid_argument("deduplication is not built yet");
  std::unique_ptr<EventWriter> writer = make_event_writer(options.format, out);
  if (!writer) return Status::invalid_argument("unknown output format '" + options.format + "'");
  return std::unique_ptr<DocumentSink>(std::make_unique<EventWriterSink>(std::move(writer), out));
}

}  // namespace parley
