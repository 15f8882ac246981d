#include "io/sinks.h"

#include <algorithm>

#include "io/dedup_sink.h"
#include "io/event_table.h"
#include "io/event_writer.h"
#include "io/merged_writer.h"
#include "store/store_sink.h"

namespace parley {
namespace {

Status stream_status(const std::ostream& out) {
  return out ? Status::ok_status() : Status::io_error("output: write failed");
}

// A per-event writer (JSON Lines, text) as a document sink: every mention as it comes.
class EventWriterSink : public DocumentSink {
 public:
  EventWriterSink(std::unique_ptr<EventWriter> writer, std::ostream& out)
      : writer_(std::move(writer)), out_(out) {}

  Status write(const CodedDocument& d) override {
    for (std::size_t i = 0; i < d.sentences.size(); ++i) {
      const CodedSentence& s = d.sentences[i];
      EventContext where{d.doc.id, static_cast<int>(i), s.date.empty() ? d.doc.date : s.date,
                         &s.parsed};
      for (const Event& e : s.events) writer_->write(e, where);
    }
    return stream_status(out_);
  }

  Status finish() override {
    out_.flush();
    return stream_status(out_);
  }

 private:
  std::unique_ptr<EventWriter> writer_;
  std::ostream& out_;
};

// Every mention as its own table row (TSV without deduplication).
class MentionRowSink : public DocumentSink {
 public:
  MentionRowSink(std::unique_ptr<MergedWriter> writer, std::ostream& out)
      : writer_(std::move(writer)), out_(out) {}

  Status write(const CodedDocument& d) override {
    for (std::size_t i = 0; i < d.sentences.size(); ++i) {
      for (const Event& e : d.sentences[i].events)
        writer_->write(single_event(make_mention(d, i, e)));
    }
    return stream_status(out_);
  }

  Status finish() override {
    out_.flush();
    return stream_status(out_);
  }

 private:
  std::unique_ptr<MergedWriter> writer_;
  std::ostream& out_;
};

}  // namespace

const std::vector<std::string>& sink_formats() {
  static const std::vector<std::string> kFormats = {"jsonl", "tsv", "text"};
  return kFormats;
}

Result<std::unique_ptr<DocumentSink>> make_sink(const SinkOptions& options, std::ostream& out) {
  if (!options.db.empty()) {
    return make_store_sink(options.db, {options.dedup, std::max(1, options.db_batch_documents)});
  }
  const std::vector<std::string>& formats = sink_formats();
  if (std::find(formats.begin(), formats.end(), options.format) == formats.end()) {
    return Status::invalid_argument("unknown output format '" + options.format + "'");
  }
  if (options.dedup) {
    return std::unique_ptr<DocumentSink>(
        std::make_unique<DedupSink>(make_merged_writer(options.format, out, true), out));
  }
  if (options.format == "tsv") {
    return std::unique_ptr<DocumentSink>(
        std::make_unique<MentionRowSink>(make_merged_writer(options.format, out, false), out));
  }
  return std::unique_ptr<DocumentSink>(
      std::make_unique<EventWriterSink>(make_event_writer(options.format, out), out));
}

}  // namespace parley
