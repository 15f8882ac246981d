// A thin RAII layer over the SQLite C API: a connection and prepared
// statements, with errors as Status ("PATH: sqlite: message"). No exceptions,
// no ownership surprises: both types are move-only and finalize/close in their
// destructors.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "parley/status.h"

namespace parley {

class SqliteStmt {
 public:
  SqliteStmt() = default;
  SqliteStmt(sqlite3_stmt* s, std::string where) : stmt_(s), where_(std::move(where)) {}
  SqliteStmt(SqliteStmt&& o) noexcept;
  SqliteStmt& operator=(SqliteStmt&& o) noexcept;
  SqliteStmt(const SqliteStmt&) = delete;
  SqliteStmt& operator=(const SqliteStmt&) = delete;
  ~SqliteStmt();

  // Parameters are 1-based, as in SQLite.
  void bind(int i, std::string_view text);
  void bind(int i, std::int64_t value);
  void bind(int i, int value) { bind(i, static_cast<std::int64_t>(value)); }
  void bind(int i, double value);
  void bind_null(int i);
  // True when a row is ready; false when done. An error ends the rows and is
  // kept in status().
  bool step();
  // Runs a statement that returns no rows; resets it for the next use.
  Status run();
  void reset();
  const Status& status() const { return status_; }

  std::string text(int col) const;
  std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  std::string where_;  // the database path, for messages
  Status status_;
};

class SqliteDb {
 public:
  SqliteDb() = default;
  SqliteDb(SqliteDb&& o) noexcept;
  SqliteDb& operator=(SqliteDb&& o) noexcept;
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;
  ~SqliteDb();

  // `flags` as sqlite3_open_v2's (SQLITE_OPEN_READONLY, ..._READWRITE | ..._CREATE).
  static Result<SqliteDb> open(const std::string& path, int flags);
  Status exec(const std::string& sql);
  Result<SqliteStmt> prepare(const std::string& sql);
  // The single integer the query returns (a PRAGMA, a count).
  Result<std::int64_t> query_int(const std::string& sql);
  std::int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  const std::string& path() const { return path_; }
  Status error(const std::string& what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace parley
