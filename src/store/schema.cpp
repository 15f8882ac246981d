#include "store/schema.h"

#include <filesystem>

namespace parley {
namespace {

// Event ids, codes and dates are TEXT: codes keep their leading zeros, dates
// are YYYY-MM-DD ('' when unknown) so they sort and compare as text.
constexpr const char* kSchema = R"sql(
CREATE TABLE info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  doc_id      TEXT NOT NULL UNIQUE,
  date        TEXT NOT NULL,
  date_origin TEXT NOT NULL,
  source      TEXT NOT NULL,
  title       TEXT NOT NULL,
  url         TEXT NOT NULL,
  origin      TEXT NOT NULL,
  extra_json  TEXT NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX documents_date ON documents (date);
CREATE TABLE sentences (
  id       INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,
  date     TEXT NOT NULL,
  text     TEXT NOT NULL,
  UNIQUE (document, idx)
);
CREATE TABLE events (
  id           INTEGER PRIMARY KEY,
  event_id     TEXT NOT NULL,
  date         TEXT NOT NULL,
  source       TEXT NOT NULL,
  target       TEXT NOT NULL,
  code         TEXT NOT NULL,
  scope        TEXT NOT NULL,
  root         TEXT NOT NULL,
  quad_class   INTEGER NOT NULL,
  goldstein    REAL,
  num_mentions INTEGER NOT NULL,
  num_sources  INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  UNIQUE (date, source, target, code, scope)
);
CREATE INDEX events_dyad ON events (source, target);
CREATE INDEX events_target ON events (target);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_event_id ON events (event_id);
CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  mention_id   TEXT NOT NULL,
  event        INTEGER NOT NULL REFERENCES events (id),
  document     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence     INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
  source_text  TEXT NOT NULL,
  source_first INTEGER NOT NULL,
  source_last  INTEGER NOT NULL,
  source_start INTEGER NOT NULL,
  source_end   INTEGER NOT NULL,
  target_text  TEXT NOT NULL,
  target_first INTEGER NOT NULL,
  target_last  INTEGER NOT NULL,
  target_start INTEGER NOT NULL,
  target_end   INTEGER NOT NULL,
  rule_file    TEXT NOT NULL,
  rule_line    INTEGER NOT NULL,
  rule_pattern TEXT NOT NULL,
  verb         TEXT NOT NULL,
  verb_token   INTEGER NOT NULL
);
CREATE INDEX mentions_event ON mentions (event);
CREATE INDEX mentions_document ON mentions (document);
CREATE INDEX mentions_sentence ON mentions (sentence);
)sql";

Status not_a_store(const std::string& path, const std::string& why) {
  return Status::invalid_argument(path + ": not a parley store (" + why + ")");
}

Status create_schema(SqliteDb& db, bool dedup) {
  std::string sql = "BEGIN IMMEDIATE;" + std::string(kSchema) +
                    "INSERT INTO info VALUES ('dedup', '" + (dedup ? "1" : "0") + "');" +
                    "PRAGMA application_id = " + std::to_string(kStoreApplicationId) + ";" +
                    "PRAGMA user_version = " + std::to_string(kStoreSchemaVersion) + ";COMMIT;";
  Status s = db.exec(sql);
  if (!s.ok()) db.exec("ROLLBACK");
  return s;
}

// Recognises the store, or creates it in an empty database when `create`.
Status check_or_create(SqliteDb& db, bool create, bool dedup) {
  const std::string& path = db.path();
  Result<std::int64_t> app = db.query_int("PRAGMA application_id");
  if (!app.ok()) return not_a_store(path, "not an SQLite database: " + app.status().message());
  Result<std::int64_t> tables = db.query_int("SELECT count(*) FROM sqlite_master");
  if (!tables.ok()) return tables.status();
  if (*app == 0 && *tables == 0) {
    if (!create) return not_a_store(path, "an empty database");
    return create_schema(db, dedup);
  }
  if (*app != kStoreApplicationId) {
    return not_a_store(path, "an SQLite database made by another program");
  }
  Result<std::int64_t> version = db.query_int("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version != kStoreSchemaVersion) {
    return Status::invalid_argument(path + ": store schema version " + std::to_string(*version) +
                                    ", this parley reads version " +
                                    std::to_string(kStoreSchemaVersion) +
                                    "; code the documents again into a new --db file");
  }
  return Status::ok_status();
}

}  // namespace

Result<SqliteDb> open_store_db(const std::string& path, StoreAccess access, bool dedup) {
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (access == StoreAccess::kRead && !exists) {
    return Status::not_found(path + ": no such store file");
  }
  if (exists && std::filesystem::is_directory(path, ec)) {
    return Status::invalid_argument(path + ": is a directory, not a store file");
  }
  int flags = access == StoreAccess::kRead ? SQLITE_OPEN_READONLY
                                           : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  Result<SqliteDb> db = SqliteDb::open(path, flags);
  if (!db.ok()) return db.status();
  Status s = check_or_create(*db, access == StoreAccess::kWrite, dedup);
  if (!s.ok()) return s;
  // WAL: readers never block the writer and a killed writer leaves the last
  // committed state; NORMAL sync is durable at each checkpoint and safe there.
  if (access == StoreAccess::kWrite) {
    s = db->exec(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
    if (!s.ok()) return s;
  }
  s = db->exec("PRAGMA foreign_keys = ON;");
  if (!s.ok()) return s;
  return db;
}

Result<bool> store_dedup_mode(SqliteDb& db) {
  Result<SqliteStmt> stmt = db.prepare("SELECT value FROM info WHERE key = 'dedup'");
  if (!stmt.ok()) return stmt.status();
  if (!stmt->step()) return Status::corruption(db.path() + ": store has no 'dedup' entry in info");
  return stmt->text(0) == "1";
}

}  // namespace parley
