// Writes coded documents into a parley store (docs/output.md, "The SQLite
// store").
//
// Each document replaces whatever the store holds under its id: its old rows
// are deleted and the new ones inserted, and the counts of every event it
// touched (old or new) are recomputed, so deduplication stays right however
// often a document is coded again. Documents are written in batches, one
// transaction per batch (commit() or every `batch_documents`): a crash or a
// kill loses at most the open batch and never leaves half a document, and a
// re-run writes what was lost. Not thread-safe: one writer per object (SQLite
// serialises writers across processes; a second one waits for the lock).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>

#include "io/merged_event.h"
#include "parley/document.h"
#include "parley/status.h"
#include "store/sqlite.h"

namespace parley {

struct StoreWriterOptions {
  bool dedup = true;          // for a new store; an existing one must match
  int batch_documents = 256;  // documents per transaction
};

class StoreWriter {
 public:
  static Result<std::unique_ptr<StoreWriter>> open(const std::string& path,
                                                   const StoreWriterOptions& options);
  ~StoreWriter();  // commits the open batch
  StoreWriter(const StoreWriter&) = delete;
  StoreWriter& operator=(const StoreWriter&) = delete;

  Status write(const CodedDocument& d);
  // Commits the open batch (nothing to do when none is open).
  Status commit();

  struct Statements;  // the prepared statements (store_writer.cpp)

 private:
  StoreWriter(SqliteDb db, std::unique_ptr<Statements> stmts, const StoreWriterOptions& options);
  Status write_document(const CodedDocument& d);
  Status delete_old(const std::string& doc_id);
  Status insert_sentence(const CodedDocument& d, std::size_t i, std::int64_t doc_row);
  Result<std::int64_t> upsert_event(const Mention& m);
  Status update_counts();

  SqliteDb db_;
  std::unique_ptr<Statements> stmts_;
  StoreWriterOptions options_;
  bool in_batch_ = false;
  int batch_size_ = 0;
  std::unordered_set<std::int64_t> touched_;  // events whose counts the batch changed
};

}  // namespace parley
