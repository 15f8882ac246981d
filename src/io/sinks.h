// The sinks of `parley code`, chosen by options: a stream format (--format
// jsonl | text, later tsv) or the SQLite store (--db), optionally behind the
// deduplicating stage. The `code` command builds one with make_sink and feeds it
// every CodedDocument in input order.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "io/document_sink.h"
#include "parley/status.h"

namespace parley {

struct SinkOptions {
  std::string format = "jsonl";  // one of sink_formats()
  std::string db;                // SQLite store file; "" writes to the stream instead
  bool dedup = false;            // merge repeated (date, source, target, code) events
};

const std::vector<std::string>& sink_formats();

// An error Status names the problem (unknown format, store that cannot be opened).
Result<std::unique_ptr<DocumentSink>> make_sink(const SinkOptions& options, std::ostream& out);

}  // namespace parley
