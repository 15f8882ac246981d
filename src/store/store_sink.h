// The SQLite store as a document sink (`parley code --db FILE`).
#pragma once

#include <memory>
#include <string>

#include "io/document_sink.h"
#include "store/store_writer.h"

namespace parley {

Result<std::unique_ptr<DocumentSink>> make_store_sink(const std::string& path,
                                                      const StoreWriterOptions& options);

}  // namespace parley
