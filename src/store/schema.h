// The SQLite store's schema (docs/output.md, "The SQLite store") and the
// checks made when a store is opened: an SQLite file, parley's application id,
// the schema version this build reads.
#pragma once

#include <string>

#include "parley/status.h"
#include "store/sqlite.h"

namespace parley {

// PRAGMA application_id of a parley store: "PRLY".
inline constexpr int kStoreApplicationId = 0x50524C59;
// PRAGMA user_version: bumped whenever the tables change.
inline constexpr int kStoreSchemaVersion = 1;

enum class StoreAccess { kRead, kWrite };

// Opens `path`. kWrite creates the file and the schema when missing (with
// `dedup` recorded as the store's mode); kRead needs an existing store. Both
// refuse a file that is not an SQLite database, an SQLite database that is not
// a parley store, and a schema version other than kStoreSchemaVersion, with a
// message naming the file and what to do. Foreign keys are on, WAL journal.
Result<SqliteDb> open_store_db(const std::string& path, StoreAccess access, bool dedup);

// The deduplication mode recorded in an open store.
Result<bool> store_dedup_mode(SqliteDb& db);

}  // namespace parley
