#include "store/sqlite.h"

#include <utility>

namespace parley {

SqliteStmt::SqliteStmt(SqliteStmt&& o) noexcept
    : stmt_(std::exchange(o.stmt_, nullptr)), where_(std::move(o.where_)), status_(o.status_) {}

SqliteStmt& SqliteStmt::operator=(SqliteStmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(o.stmt_, nullptr);
    where_ = std::move(o.where_);
    status_ = o.status_;
  }
  return *this;
}

SqliteStmt::~SqliteStmt() { sqlite3_finalize(stmt_); }

void SqliteStmt::bind(int i, std::string_view text) {
  sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}
void SqliteStmt::bind(int i, std::int64_t value) { sqlite3_bind_int64(stmt_, i, value); }
void SqliteStmt::bind(int i, double value) { sqlite3_bind_double(stmt_, i, value); }
void SqliteStmt::bind_null(int i) { sqlite3_bind_null(stmt_, i); }

bool SqliteStmt::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) {
    status_ = Status::io_error(where_ + ": sqlite: " + sqlite3_errmsg(sqlite3_db_handle(stmt_)));
  }
  return false;
}

Status SqliteStmt::run() {
  status_ = Status::ok_status();
  while (step()) {
  }
  Status s = status_;
  reset();
  return s;
}

void SqliteStmt::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string SqliteStmt::text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return "";
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)));
}

SqliteDb::SqliteDb(SqliteDb&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)), path_(std::move(o.path_)) {}

SqliteDb& SqliteDb::operator=(SqliteDb&& o) noexcept {
  if (this != &o) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(o.db_, nullptr);
    path_ = std::move(o.path_);
  }
  return *this;
}

SqliteDb::~SqliteDb() { sqlite3_close_v2(db_); }

Result<SqliteDb> SqliteDb::open(const std::string& path, int flags) {
  SqliteDb db;
  db.path_ = path;
  int rc = sqlite3_open_v2(path.c_str(), &db.db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    return Status::io_error(
        path + ": cannot open: " + (db.db_ ? sqlite3_errmsg(db.db_) : sqlite3_errstr(rc)));
  }
  sqlite3_extended_result_codes(db.db_, 1);
  sqlite3_busy_timeout(db.db_, 10000);  // another writer holds the store: wait for it
  return db;
}

Status SqliteDb::error(const std::string& what) const {
  return Status::io_error(path_ + ": " + what + ": " + sqlite3_errmsg(db_));
}

Status SqliteDb::exec(const std::string& sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::ok_status();
  std::string text = message ? message : sqlite3_errstr(rc);
  sqlite3_free(message);
  return Status::io_error(path_ + ": sqlite: " + text);
}

Result<SqliteStmt> SqliteDb::prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    return error("sqlite");
  }
  return SqliteStmt(stmt, path_);
}

Result<std::int64_t> SqliteDb::query_int(const std::string& sql) {
  Result<SqliteStmt> stmt = prepare(sql);
  if (!stmt.ok()) return stmt.status();
  if (!stmt->step()) {
    return stmt->status().ok() ? Status::io_error(path_ + ": sqlite: no row for " + sql)
                               : stmt->status();
  }
  return stmt->int64(0);
}

}  // namespace parley
