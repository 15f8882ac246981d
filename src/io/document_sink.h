// Where coded documents go: JSON Lines, TSV, the SQLite store, or a
// deduplicating stage in front of one of them. The `code` command hands every
// document to one sink, in input order, from one thread; `finish` flushes
// whatever the sink holds back (a deduplicating sink holds events until their
// window closes) and reports a failure to write.
#pragma once

#include "parley/document.h"
#include "parley/status.h"

namespace parley {

class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  virtual Status write(const CodedDocument& doc) = 0;
  virtual Status finish() = 0;
};

}  // namespace parley
