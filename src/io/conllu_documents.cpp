// CoNLL-U input for `parley code`, streamed: one blank-line-separated block at a
// time is parsed (parse_conllu), and its sentences are grouped into documents.
#include <deque>

#include "io/conllu.h"
#include "io/file_documents.h"
#include "io/input_format.h"
#include "io/text_dates.h"
#include "util/strings.h"

namespace parley {
namespace {

// "key = value" comment bodies: the value when `body` has key `key`.
bool comment_value(std::string_view body, std::string_view key, std::string* value) {
  std::size_t eq = body.find('=');
  if (trim(body.substr(0, eq)) != key) return false;
  *value = eq == std::string_view::npos ? "" : std::string(trim(body.substr(eq + 1)));
  return true;
}

// The id a "# newdoc" comment of `s` gives ("" for a bare one); false when none.
bool newdoc_of(const Sentence& s, std::string* id) {
  bool found = false;
  std::string value;
  for (const std::string& c : s.comments) {
    if (comment_value(c, "newdoc id", &value) || comment_value(c, "newdoc", &value)) {
      *id = value;  // the last one wins, as several in a row name one document
      found = true;
    }
  }
  return found;
}

class ConlluDocuments : public FileDocuments {
 public:
  ConlluDocuments(std::unique_ptr<ByteStream> in, const InputOptions& options, const ProblemSink& problems)
      : in_(std::move(in)), lines_(in_.get(), options.max_record_bytes), options_(options), problems_(problems),
        name_(in_->name()), date_(options.fallback_date) {}

  bool next(InputDocument* out) override {
    for (;;) {
      if (queue_.empty() && !eof_) read_block();
      if (queue_.empty()) {
        if (!finished_) finish_file();
        return take(out);
      }
      Sentence& s = queue_.front();
      std::string id;
      bool newdoc = newdoc_of(s, &id);
      if ((newdoc || current_.parsed.size() >= kMaxDocumentSentences) && !current_.parsed.empty()) {
        return take(out);  // the sentence starts the next document: keep it queued
      }
      if (newdoc) {
        open_document(!id.empty() ? id : name_ + "#" + std::to_string(documents_ + 1), s.source_line, false);
        date_ = options_.fallback_date;
        date_given_ = false;
      } else if (!open_) {  // sentences before any "# newdoc": a document named after the file
        open_document(name_, 0, false);
      } else if (current_.parsed.empty()) {  // a document cut at kMaxDocumentSentences goes on
        open_document(base_id_ + "/part" + std::to_string(++part_), s.source_line, true);
      }
      add(std::move(s));
      queue_.pop_front();
    }
  }
  std::uint64_t raw_consumed() const override { return in_->raw_consumed(); }

 private:
  void open_document(const std::string& id, int line, bool part) {
    current_ = InputDocument{};
    current_.doc.id = id;
    current_.doc.origin = line > 0 ? name_ + ":" + std::to_string(line) : name_;
    if (!part) {
      base_id_ = id;
      part_ = 1;
      ++documents_;
    }
    open_ = true;
  }

  void add(Sentence&& s) {
    std::string value;
    for (const std::string& c : s.comments) {
      if (!comment_value(c, "date", &value) && !comment_value(c, "newdoc date", &value)) continue;
      std::string iso = exact_iso_date(value);
      if (iso.empty()) {
        problems_(Problem::kWarning, {name_, s.source_line, "date '" + value + "' is not YYYY-MM-DD (ignored)"});
      } else {
        date_ = iso;
        date_given_ = true;
      }
    }
    if (current_.parsed.empty()) {
      current_.doc.date = date_;
      current_.doc.date_origin = date_.empty() ? "" : date_given_ ? "record" : "option";
    }
    current_.sentence_dates.push_back(date_);
    current_.parsed.push_back(std::move(s));
    ++sentences_;
  }

  bool take(InputDocument* out) {
    if (current_.parsed.empty()) return false;
    *out = std::move(current_);
    current_ = InputDocument{};
    return true;
  }

  // Reads lines up to the next blank line after some content (or the end) and
  // parses them; a block over the record cap is skipped whole.
  void read_block() {
    std::string block, line;
    int first = 0;
    bool too_long = false;
    for (;;) {
      LineReader::Kind k = lines_.next(&line);
      if (k == LineReader::Kind::kEnd) {
        eof_ = true;
        break;
      }
      if (k == LineReader::Kind::kError) {
        std::string message = lines_.error().message();
        if (message.rfind(name_ + ": ", 0) == 0) message.erase(0, name_.size() + 2);
        problems_(Problem::kRecordSkipped,
                  {name_, lines_.line_number() + 1, message + " (the rest of the file is skipped)"});
        eof_ = true;
        break;
      }
      bool blank = k == LineReader::Kind::kLine && trim(line).empty();
      if (blank && first == 0) continue;  // blank lines between blocks
      if (first == 0) first = lines_.line_number();
      if (blank) break;
      if (k == LineReader::Kind::kTooLong || block.size() + line.size() + 1 > options_.max_record_bytes) {
        too_long = true;
        block.clear();
        continue;
      }
      if (!too_long) block.append(line).append("\n");
    }
    if (too_long) {
      problems_(Problem::kRecordSkipped,
                {name_, first, "sentence longer than the " + std::to_string(options_.max_record_bytes >> 20) +
                                   " MiB cap for one record (skipped)"});
      return;
    }
    if (block.empty()) return;
    word_lines_ = word_lines_ || has_conllu_word_line(block);
    Diagnostics diags;
    for (Sentence& s : parse_conllu(block, name_, &diags, first)) queue_.push_back(std::move(s));
    for (const Diagnostic& d : diags) problems_(Problem::kWarning, d);
  }

  void finish_file() {
    finished_ = true;
    if (sentences_ > 0) return;
    if (word_lines_) {
      problems_(Problem::kFileFailed, {name_, 0, "no CoNLL-U sentence could be read"});
    } else {
      problems_(Problem::kWarning, {name_, 0, "no sentences (empty input), nothing coded"});
    }
  }

  std::unique_ptr<ByteStream> in_;
  LineReader lines_;
  const InputOptions& options_;
  const ProblemSink& problems_;
  std::string name_;
  std::deque<Sentence> queue_;  // parsed, not yet in a document (one block's worth)
  InputDocument current_;
  bool open_ = false;
  int documents_ = 0;       // documents opened so far (for "FILE#N")
  std::string base_id_;     // the id of the document being cut into parts
  int part_ = 1;
  std::string date_;
  bool date_given_ = false;
  long long sentences_ = 0;
  bool word_lines_ = false;
  bool eof_ = false;
  bool finished_ = false;
};

}  // namespace

std::unique_ptr<FileDocuments> conllu_documents(std::unique_ptr<ByteStream> in, const InputOptions& options,
                                                const ProblemSink& problems) {
  return std::make_unique<ConlluDocuments>(std::move(in), options, problems);
}

}  // namespace parley
