// Reads a parley store: its events, filtered, as MergedEvents (for `parley
// export`), and its summary counts (for `parley stats`).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "io/merged_event.h"
#include "parley/status.h"
#include "store/sqlite.h"

namespace parley {

// Which events to read. Empty fields do not filter; several actors or codes
// are alternatives.
struct EventFilter {
  std::string from;                 // YYYY-MM-DD: events on or after (undated ones are left out)
  std::string to;                   // YYYY-MM-DD: events on or before (undated ones are left out)
  std::vector<std::string> actors;  // a source or target code starting with one of them
  std::vector<std::string> codes;   // an event code starting with one ("04": the whole root)
};

struct StoreTotals {
  std::int64_t documents = 0;
  std::int64_t sentences = 0;
  std::int64_t mentions = 0;
  std::int64_t events = 0;
};

// One line of `parley stats`: events (and their mentions) per key of a section.
struct StatRow {
  std::string section;  // "root", "quad_class", "dyad", "day"
  std::string key;      // "04", "1", "MRDGOV VALGOV", "2031-05-04" ("" for undated)
  std::int64_t events = 0;
  std::int64_t mentions = 0;
};

class StoreReader {
 public:
  static Result<std::unique_ptr<StoreReader>> open(const std::string& path);

  bool dedup() const { return dedup_; }
  Result<StoreTotals> totals();
  // Events by root code, quad class, the `top_dyads` (source, target) pairs
  // with most events, and events per day, in that order.
  Result<std::vector<StatRow>> stats(int top_dyads);
  // Calls fn for each matching event in date order (then first stored), with
  // its first kMaxKeptMentions mentions in the order they were stored.
  Status for_each_event(const EventFilter& filter,
                        const std::function<void(const MergedEvent&)>& fn);

 private:
  StoreReader(SqliteDb db, bool dedup) : db_(std::move(db)), dedup_(dedup) {}
  Status add_rows(const std::string& section, const std::string& sql, std::vector<StatRow>* rows);
  Status read_mentions(SqliteStmt& stmt, std::int64_t event, MergedEvent* out);

  SqliteDb db_;
  bool dedup_;
};

}  // namespace parley
