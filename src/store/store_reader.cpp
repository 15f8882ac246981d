#include "store/store_reader.h"

#include "store/schema.h"

namespace parley {
namespace {

constexpr const char* kMentions =
    "SELECT d.doc_id, s.idx, s.date, d.source, d.url, s.text, e.source, e.target, e.code, "
    "m.source_text, m.source_first, m.source_last, m.source_start, m.source_end, "
    "m.target_text, m.target_first, m.target_last, m.target_start, m.target_end, "
    "m.rule_file, m.rule_line, m.rule_pattern, m.verb, m.verb_token "
    "FROM mentions m JOIN sentences s ON s.id = m.sentence "
    "JOIN documents d ON d.id = m.document JOIN events e ON e.id = m.event "
    "WHERE m.event = ?1 ORDER BY m.id LIMIT ?2";

// A GLOB pattern matching strings that start with `prefix` literally.
std::string glob_prefix(const std::string& prefix) {
  std::string out;
  for (char c : prefix) {
    if (c == '*' || c == '?' || c == '[') {
      out += '[';
      out += c;
      out += ']';
    } else {
      out += c;
    }
  }
  return out + "*";
}

// The WHERE clause of `f` with its parameters, in order.
std::string where_clause(const EventFilter& f, std::vector<std::string>* params) {
  std::vector<std::string> parts;
  if (!f.from.empty()) {
    parts.push_back("date <> '' AND date >= ?");
    params->push_back(f.from);
  }
  if (!f.to.empty()) {
    parts.push_back("date <> '' AND date <= ?");
    params->push_back(f.to);
  }
  // `one` holds `uses` placeholders, each bound to the same value.
  auto any_of = [&](const std::vector<std::string>& values, const std::string& one, int uses) {
    if (values.empty()) return;
    std::string alt;
    for (const std::string& v : values) {
      if (!alt.empty()) alt += " OR ";
      alt += one;
      for (int i = 0; i < uses; ++i) params->push_back(glob_prefix(v));
    }
    parts.push_back("(" + alt + ")");
  };
  any_of(f.actors, "source GLOB ? OR target GLOB ?", 2);
  any_of(f.codes, "code GLOB ?", 1);
  std::string sql;
  for (const std::string& p : parts) sql += (sql.empty() ? " WHERE " : " AND ") + p;
  return sql;
}

void fill_side(SqliteStmt& s, int col, EventActor* a, long long* start, long long* end) {
  a->text = s.text(col);
  a->first = static_cast<int>(s.int64(col + 1));
  a->last = static_cast<int>(s.int64(col + 2));
  *start = s.int64(col + 3);
  *end = s.int64(col + 4);
}

Mention mention_from_row(SqliteStmt& s) {
  Mention m;
  m.doc_id = s.text(0);
  m.sentence = static_cast<int>(s.int64(1));
  m.date = s.text(2);
  m.publisher = s.text(3);
  m.url = s.text(4);
  m.text = s.text(5);
  Event& e = m.event;
  e.source.code = s.text(6);
  e.target.code = s.text(7);
  e.code = s.text(8);
  fill_side(s, 9, &e.source, &m.source_start, &m.source_end);
  fill_side(s, 14, &e.target, &m.target_start, &m.target_end);
  e.rule.file = s.text(19);
  e.rule.line = static_cast<int>(s.int64(20));
  e.rule.pattern = s.text(21);
  e.rule.verb = s.text(22);
  e.rule.verb_token = static_cast<int>(s.int64(23));
  return m;
}

}  // namespace

Result<std::unique_ptr<StoreReader>> StoreReader::open(const std::string& path) {
  Result<SqliteDb> db = open_store_db(path, StoreAccess::kRead, true);
  if (!db.ok()) return db.status();
  Result<bool> mode = store_dedup_mode(*db);
  if (!mode.ok()) return mode.status();
  return std::unique_ptr<StoreReader>(new StoreReader(std::move(*db), *mode));
}

Result<StoreTotals> StoreReader::totals() {
  StoreTotals t;
  const std::pair<const char*, std::int64_t*> counts[] = {
      {"SELECT count(*) FROM documents", &t.documents},
      {"SELECT count(*) FROM sentences", &t.sentences},
      {"SELECT count(*) FROM mentions", &t.mentions},
      {"SELECT count(*) FROM events", &t.events}};
  for (const auto& [sql, out] : counts) {
    Result<std::int64_t> n = db_.query_int(sql);
    if (!n.ok()) return n.status();
    *out = *n;
  }
  return t;
}

Status StoreReader::add_rows(const std::string& section, const std::string& sql,
                             std::vector<StatRow>* rows) {
  Result<SqliteStmt> stmt = db_.prepare(sql);
  if (!stmt.ok()) return stmt.status();
  while (stmt->step()) {
    rows->push_back({section, stmt->text(0), stmt->int64(1), stmt->int64(2)});
  }
  return stmt->status();
}

Result<std::vector<StatRow>> StoreReader::stats(int top_dyads) {
  std::vector<StatRow> rows;
  const std::string counts = ", count(*), coalesce(sum(num_mentions), 0) FROM events ";
  const std::pair<std::string, std::string> sections[] = {
      {"root", "SELECT root" + counts + "GROUP BY root ORDER BY root"},
      {"quad_class", "SELECT quad_class" + counts + "GROUP BY quad_class ORDER BY quad_class"},
      {"dyad", "SELECT source || ' ' || target" + counts +
                   "GROUP BY source, target ORDER BY count(*) DESC, sum(num_mentions) DESC, "
                   "source, target LIMIT " +
                   std::to_string(top_dyads)},
      {"day", "SELECT date" + counts + "GROUP BY date ORDER BY date"}};
  for (const auto& [section, sql] : sections) {
    Status s = add_rows(section, sql, &rows);
    if (!s.ok()) return s;
  }
  return rows;
}

Status StoreReader::read_mentions(SqliteStmt& stmt, std::int64_t event, MergedEvent* out) {
  stmt.bind(1, event);
  stmt.bind(2, static_cast<std::int64_t>(kMaxKeptMentions));
  while (stmt.step()) out->mentions.push_back(mention_from_row(stmt));
  Status s = stmt.status();
  stmt.reset();
  return s;
}

Status StoreReader::for_each_event(const EventFilter& filter,
                                   const std::function<void(const MergedEvent&)>& fn) {
  std::vector<std::string> params;
  std::string sql =
      "SELECT id, date, source, target, code, scope, num_mentions, num_sources, num_articles "
      "FROM events" +
      where_clause(filter, &params) + " ORDER BY date, id";
  Result<SqliteStmt> events = db_.prepare(sql);
  if (!events.ok()) return events.status();
  for (std::size_t i = 0; i < params.size(); ++i) events->bind(static_cast<int>(i + 1), params[i]);
  Result<SqliteStmt> mentions = db_.prepare(kMentions);
  if (!mentions.ok()) return mentions.status();
  while (events->step()) {
    MergedEvent m;
    m.key = {events->text(1), events->text(2), events->text(3), events->text(4), events->text(5)};
    m.num_mentions = events->int64(6);
    m.num_sources = events->int64(7);
    m.num_articles = events->int64(8);
    Status s = read_mentions(*mentions, events->int64(0), &m);
    if (!s.ok()) return s;
    if (m.mentions.empty()) {
      return Status::corruption(db_.path() + ": event " + event_key_id(m.key) + " has no mentions");
    }
    fn(m);
  }
  return events->status();
}

}  // namespace parley
