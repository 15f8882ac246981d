// The sinks of `parley code`, chosen by options: a stream format (--format
// jsonl | tsv | text) or the SQLite store (--db), the stream formats with or
// without the deduplicating stage (docs/output.md). The `code` command builds
// one with make_sink and feeds it every CodedDocument in input order.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "io/document_sink.h"
#include "parley/status.h"

namespace parley {

struct SinkOptions {
  std::string format = "jsonl";  // one of sink_formats(); not used with `db`
  std::string db;                // SQLite store file; "" writes to the stream instead
  bool dedup = false;            // merge repeated (date, source, target, code) events
  int db_batch_documents = 256;  // documents per store transaction
};

// The --format names: jsonl, tsv, text.
const std::vector<std::string>& sink_formats();

// An error Status names the problem (unknown format, store that cannot be
// opened, a store made with the other dedup mode). With `db`, `out` is not used.
Result<std::unique_ptr<DocumentSink>> make_sink(const SinkOptions& options, std::ostream& out);

}  // namespace parley
