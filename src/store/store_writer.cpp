#include "store/store_writer.h"

#include <vector>

#include "io/merged_event.h"
#include "ontology/cameo.h"
#include "store/schema.h"

namespace parley {

struct StoreWriter::Statements {
  SqliteStmt find_document;
  SqliteStmt document_events;
  SqliteStmt delete_document;
  SqliteStmt insert_document;
  SqliteStmt insert_sentence;
  SqliteStmt upsert_event;
  SqliteStmt insert_mention;
  SqliteStmt update_counts;
  SqliteStmt delete_unused_event;
};

namespace {

constexpr const char* kUpsertEvent =
    "INSERT INTO events (event_id, date, source, target, code, scope, root, quad_class, "
    "goldstein, num_mentions, num_sources, num_articles) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, 0, 0) "
    "ON CONFLICT (date, source, target, code, scope) DO UPDATE SET event_id = excluded.event_id "
    "RETURNING id";

constexpr const char* kInsertMention =
    "INSERT INTO mentions (mention_id, event, document, sentence, source_text, source_first, "
    "source_last, source_start, source_end, target_text, target_first, target_last, "
    "target_start, target_end, rule_file, rule_line, rule_pattern, verb, verb_token) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)";

// The counts from the mentions themselves, so they are right after any mix of
// inserts and replacements.
constexpr const char* kUpdateCounts =
    "UPDATE events SET "
    "num_mentions = (SELECT count(*) FROM mentions WHERE event = ?1), "
    "num_articles = (SELECT count(DISTINCT document) FROM mentions WHERE event = ?1), "
    "num_sources = (SELECT count(DISTINCT nullif(d.source, '')) FROM mentions m "
    "JOIN documents d ON d.id = m.document WHERE m.event = ?1) "
    "WHERE id = ?1";

Status prepare_into(SqliteDb& db, const char* sql, SqliteStmt* out) {
  Result<SqliteStmt> s = db.prepare(sql);
  if (!s.ok()) return s.status();
  *out = std::move(*s);
  return Status::ok_status();
}

Result<std::unique_ptr<StoreWriter::Statements>> prepare_all(SqliteDb& db) {
  auto st = std::make_unique<StoreWriter::Statements>();
  const std::pair<const char*, SqliteStmt*> all[] = {
      {"SELECT id FROM documents WHERE doc_id = ?1", &st->find_document},
      {"SELECT DISTINCT event FROM mentions WHERE document = ?1", &st->document_events},
      {"DELETE FROM documents WHERE id = ?1", &st->delete_document},
      {"INSERT INTO documents (doc_id, date, date_origin, source, title, url, origin, "
       "extra_json, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
       &st->insert_document},
      {"INSERT INTO sentences (document, idx, date, text) VALUES (?1, ?2, ?3, ?4)",
       &st->insert_sentence},
      {kUpsertEvent, &st->upsert_event},
      {kInsertMention, &st->insert_mention},
      {kUpdateCounts, &st->update_counts},
      {"DELETE FROM events WHERE id = ?1 AND num_mentions = 0", &st->delete_unused_event},
  };
  for (const auto& [sql, stmt] : all) {
    Status s = prepare_into(db, sql, stmt);
    if (!s.ok()) return s;
  }
  return st;
}

}  // namespace

Result<std::unique_ptr<StoreWriter>> StoreWriter::open(const std::string& path,
                                                       const StoreWriterOptions& options) {
  Result<SqliteDb> db = open_store_db(path, StoreAccess::kWrite, options.dedup);
  if (!db.ok()) return db.status();
  Result<bool> mode = store_dedup_mode(*db);
  if (!mode.ok()) return mode.status();
  if (*mode != options.dedup) {
    return Status::invalid_argument(path + ": this store was made " + (*mode ? "with" : "without") +
                                    " deduplication; code into it " + (*mode ? "without" : "with") +
                                    " --no-dedup, or give another --db file");
  }
  Result<std::unique_ptr<Statements>> stmts = prepare_all(*db);
  if (!stmts.ok()) return stmts.status();
  return std::unique_ptr<StoreWriter>(new StoreWriter(std::move(*db), std::move(*stmts), options));
}

StoreWriter::StoreWriter(SqliteDb db, std::unique_ptr<Statements> stmts,
                         const StoreWriterOptions& options)
    : db_(std::move(db)), stmts_(std::move(stmts)), options_(options) {}

StoreWriter::~StoreWriter() {
  commit();        // what write() accepted is complete; keep it
  stmts_.reset();  // statements before the connection
}

Status StoreWriter::write(const CodedDocument& d) {
  if (!in_batch_) {
    Status s = db_.exec("BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    in_batch_ = true;
  }
  // A savepoint per document: a failure leaves the batch's other documents intact.
  Status s = db_.exec("SAVEPOINT doc");
  if (!s.ok()) return s;
  s = write_document(d);
  if (!s.ok()) {
    db_.exec("ROLLBACK TO doc; RELEASE doc");
    return Status::io_error(d.doc.id + ": " + s.message());
  }
  s = db_.exec("RELEASE doc");
  if (!s.ok()) return s;
  if (++batch_size_ >= options_.batch_documents) return commit();
  return Status::ok_status();
}

Status StoreWriter::commit() {
  if (!in_batch_) return Status::ok_status();
  Status s = update_counts();
  if (s.ok()) s = db_.exec("COMMIT");
  if (!s.ok()) db_.exec("ROLLBACK");
  in_batch_ = false;
  batch_size_ = 0;
  touched_.clear();
  return s;
}

Status StoreWriter::update_counts() {
  for (std::int64_t event : touched_) {
    stmts_->update_counts.bind(1, event);
    Status s = stmts_->update_counts.run();
    if (!s.ok()) return s;
    stmts_->delete_unused_event.bind(1, event);
    s = stmts_->delete_unused_event.run();
    if (!s.ok()) return s;
  }
  return Status::ok_status();
}

Status StoreWriter::delete_old(const std::string& doc_id) {
  SqliteStmt& find = stmts_->find_document;
  find.bind(1, doc_id);
  std::int64_t old = find.step() ? find.int64(0) : -1;
  Status s = find.status();
  find.reset();
  if (!s.ok() || old < 0) return s;
  SqliteStmt& events = stmts_->document_events;
  events.bind(1, old);
  while (events.step()) touched_.insert(events.int64(0));
  s = events.status();
  events.reset();
  if (!s.ok()) return s;
  stmts_->delete_document.bind(1, old);  // sentences and mentions go with it (ON DELETE CASCADE)
  return stmts_->delete_document.run();
}

Status StoreWriter::write_document(const CodedDocument& d) {
  Status s = delete_old(d.doc.id);
  if (!s.ok()) return s;
  SqliteStmt& ins = stmts_->insert_document;
  const Document& doc = d.doc;
  const std::string* fields[] = {&doc.id,  &doc.date,   &doc.date_origin, &doc.source, &doc.title,
                                 &doc.url, &doc.origin, &doc.extra_json,  &doc.text};
  for (int i = 0; i < 9; ++i) ins.bind(i + 1, *fields[i]);
  s = ins.run();
  if (!s.ok()) return s;
  std::int64_t doc_row = db_.last_insert_rowid();
  for (std::size_t i = 0; i < d.sentences.size(); ++i) {
    s = insert_sentence(d, i, doc_row);
    if (!s.ok()) return s;
  }
  return Status::ok_status();
}

Result<std::int64_t> StoreWriter::upsert_event(const Mention& m) {
  EventKey key = event_key(m, options_.dedup);
  const CameoCode* cameo = resolve_cameo(key.code);
  SqliteStmt& up = stmts_->upsert_event;
  up.bind(1, event_key_id(key));
  up.bind(2, key.date);
  up.bind(3, key.source);
  up.bind(4, key.target);
  up.bind(5, key.code);
  up.bind(6, key.scope);
  up.bind(7, cameo_root(key.code));
  up.bind(8, cameo_quad_class(key.code));
  if (cameo) {
    up.bind(9, cameo->goldstein);
  } else {
    up.bind_null(9);
  }
  std::int64_t id = up.step() ? up.int64(0) : -1;
  while (up.step()) {
  }
  Status s = up.status();
  up.reset();
  if (!s.ok()) return s;
  if (id < 0) return Status::io_error(db_.path() + ": sqlite: event upsert returned no id");
  return id;
}

Status StoreWriter::insert_sentence(const CodedDocument& d, std::size_t i, std::int64_t doc_row) {
  const CodedSentence& cs = d.sentences[i];
  SqliteStmt& ins = stmts_->insert_sentence;
  ins.bind(1, doc_row);
  ins.bind(2, static_cast<std::int64_t>(i));
  ins.bind(3, sentence_date(d, i));
  ins.bind(4, cs.parsed.text);
  Status s = ins.run();
  if (!s.ok()) return s;
  std::int64_t sentence_row = db_.last_insert_rowid();
  SqliteStmt& men = stmts_->insert_mention;
  for (const Event& e : cs.events) {
    Mention m = make_mention(d, i, e);
    Result<std::int64_t> event = upsert_event(m);
    if (!event.ok()) return event.status();
    touched_.insert(*event);
    men.bind(1, mention_id(m));
    men.bind(2, *event);
    men.bind(3, doc_row);
    men.bind(4, sentence_row);
    men.bind(5, e.source.text);
    men.bind(6, e.source.first);
    men.bind(7, e.source.last);
    men.bind(8, static_cast<std::int64_t>(m.source_start));
    men.bind(9, static_cast<std::int64_t>(m.source_end));
    men.bind(10, e.target.text);
    men.bind(11, e.target.first);
    men.bind(12, e.target.last);
    men.bind(13, static_cast<std::int64_t>(m.target_start));
    men.bind(14, static_cast<std::int64_t>(m.target_end));
    men.bind(15, e.rule.file);
    men.bind(16, e.rule.line);
    men.bind(17, e.rule.pattern);
    men.bind(18, e.rule.verb);
    men.bind(19, e.rule.verb_token);
    s = men.run();
    if (!s.ok()) return s;
  }
  return Status::ok_status();
}

}  // namespace parley
