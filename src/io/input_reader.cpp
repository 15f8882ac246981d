#include "io/input_reader.h"

#include <algorithm>
#include <filesystem>

#include "io/file_documents.h"
#include "io/html_input.h"
#include "io/input_format.h"
#include "io/jsonl_input.h"
#include "io/petrarch_xml.h"
#include "io/text_clean.h"
#include "io/text_dates.h"
#include "util/strings.h"

namespace parley {

namespace {

namespace fs = std::filesystem;
constexpr std::size_t kHeadBytes = 64 * 1024;
constexpr std::string_view kStdinName = "<stdin>";

// A Status message without the "NAME: " its producer put first.
std::string without_name(const Status& s, const std::string& name) {
  std::string_view m = s.message();
  if (starts_with(m, name + ": ")) m.remove_prefix(name.size() + 2);
  return std::string(m);
}

std::string mib(std::size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// The 1-based line of byte `offset`.
int line_of(std::string_view text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
}

// A year written as a path segment of a URL ("/2022/03/29/"), 0 when none.
int year_in_url(std::string_view url) {
  for (std::size_t i = 0; i + 6 <= url.size(); ++i) {
    if (url[i] != '/' || url[i + 5] != '/') continue;
    int y = year_of(url.substr(i + 1, 4));
    if (y >= 1900 && y <= 2100) return y;
  }
  return 0;
}

// Documents built up front (pre-parsed files, one-document files).
class ListedDocuments : public FileDocuments {
 public:
  ListedDocuments(std::vector<InputDocument> docs, std::uint64_t raw) : docs_(std::move(docs)), raw_(raw) {}
  bool next(InputDocument* out) override {
    if (pos_ >= docs_.size()) return false;
    *out = std::move(docs_[pos_++]);
    return true;
  }
  std::uint64_t raw_consumed() const override { return raw_; }

 private:
  std::vector<InputDocument> docs_;
  std::size_t pos_ = 0;
  std::uint64_t raw_;
};

class JsonlDocuments : public FileDocuments {
 public:
  JsonlDocuments(std::unique_ptr<ByteStream> in, const InputOptions& options, const ProblemSink& problems)
      : in_(std::move(in)), lines_(in_.get(), options.max_record_bytes), options_(options),
        problems_(problems) {}

  bool next(InputDocument* out) override {
    const std::string& name = in_->name();
    for (;;) {
      switch (lines_.next(&line_)) {
        case LineReader::Kind::kEnd:
          return false;
        case LineReader::Kind::kError:
          problems_(Problem::kRecordSkipped,
                    {name, lines_.line_number() + 1,
                     without_name(lines_.error(), name) + " (the rest of the file is skipped)"});
          return false;
        case LineReader::Kind::kTooLong:
          problems_(Problem::kRecordSkipped,
                    {name, lines_.line_number(),
                     "line longer than the " + mib(options_.max_record_bytes) + " cap for one record (skipped)"});
          continue;
        case LineReader::Kind::kLine:
          break;
      }
      if (trim(line_).empty()) continue;
      Diagnostics warnings;
      Result<Document> doc = parse_jsonl_record(std::move(line_), name, lines_.line_number(), &warnings);
      for (const Diagnostic& w : warnings) problems_(Problem::kWarning, w);
      if (!doc.ok()) {
        problems_(Problem::kRecordSkipped, {name, lines_.line_number(), doc.status().message()});
        continue;
      }
      *out = InputDocument{};
      out->doc = std::move(*doc);
      out->raw = true;
      resolve_date(&out->doc, options_.fallback_date);
      return true;
    }
  }
  std::uint64_t raw_consumed() const override { return in_->raw_consumed(); }

 private:
  std::unique_ptr<ByteStream> in_;
  LineReader lines_;
  const InputOptions& options_;
  const ProblemSink& problems_;
  std::string line_;
};

// --- whole-file formats ---------------------------------------------------------

std::vector<InputDocument> xml_documents(const std::string& content, const std::string& name,
                                         const InputOptions& options, const ProblemSink& problems) {
  Diagnostics diags;
  Result<PetrarchFile> file = parse_petrarch_xml(content, name, &diags);
  for (const Diagnostic& d : diags) problems(Problem::kWarning, d);
  std::vector<InputDocument> docs;
  if (!file.ok()) {
    problems(Problem::kFileFailed, {name, 0, file.status().message()});
    return docs;
  }
  if (file->records.empty()) {
    problems(Problem::kFileFailed, {name, 0, "no <Sentence> or <Article> records to code"});
    return docs;
  }
  for (PetrarchRecord& r : file->records) {
    if (r.parses.empty()) {
      problems(Problem::kRecordSkipped,
               {name, r.line, "record " + r.id + " has no <Parse> (skipped; give raw text as a text or JSON Lines file)"});
      continue;
    }
    InputDocument d;
    d.doc.id = r.id;
    d.doc.date = exact_iso_date(r.date);
    d.doc.date_origin = d.doc.date.empty() ? "" : "record";
    if (d.doc.date.empty() && !options.fallback_date.empty()) {
      d.doc.date = options.fallback_date;
      d.doc.date_origin = "option";
    }
    d.doc.source = r.source;
    d.doc.origin = name + ":" + std::to_string(r.line);
    d.parsed = std::move(r.parses);
    d.config = std::move(r.config);
    docs.push_back(std::move(d));
  }
  if (docs.empty()) problems(Problem::kFileFailed, {name, 0, "no record has a <Parse> to code"});
  return docs;
}

std::vector<InputDocument> text_documents(std::string content, const std::string& name, bool html,
                                          const InputOptions& options, const ProblemSink& problems) {
  std::vector<InputDocument> docs;
  std::size_t first_bad = 0;
  if (std::size_t bad = repair_utf8(&content, &first_bad); bad > 0) {
    problems(Problem::kWarning, {name, line_of(content, first_bad),
                                 "invalid UTF-8 (repaired: " + std::to_string(bad) +
                                     " byte(s) replaced by U+FFFD)"});
  }
  InputDocument d;
  d.raw = true;
  d.doc.id = name;
  d.doc.origin = name;
  if (html) {
    HtmlPage page = extract_html(content);
    d.doc.text = std::move(page.text);
    d.doc.title = std::move(page.title);
    d.doc.url = std::move(page.url);
    d.doc.source = std::move(page.site);
    d.doc.date = std::move(page.date);
  } else {
    CleanedText cleaned = drop_boilerplate(content);
    d.doc.text = std::move(cleaned.text);
    d.doc.date = std::move(cleaned.date);
  }
  if (!d.doc.date.empty()) d.doc.date_origin = "page";
  if (trim(d.doc.text).empty()) {
    problems(Problem::kRecordSkipped,
             {name, 0, html ? "no article text found in the page (skipped)" : "empty document (skipped)"});
    return docs;
  }
  resolve_date(&d.doc, options.fallback_date);
  docs.push_back(std::move(d));
  return docs;
}

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, const ProblemSink& problems) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-" || !fs::is_directory(p, ec)) {
      files.push_back(p);
      continue;
    }
    // Every regular file below, hidden ones (".name") left out, in sorted order.
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const std::string base = it->path().filename().string();
      if (!base.empty() && base[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    if (ec) problems(Problem::kFileFailed, {p, 0, "cannot list the folder: " + ec.message()});
    if (found.empty() && !ec) problems(Problem::kWarning, {p, 0, "folder holds no files"});
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

void resolve_date(Document* doc, const std::string& fallback_date) {
  if (!doc->date.empty()) return;
  int year = year_in_url(doc->url);
  if (year == 0) year = year_of(fallback_date);
  std::string d = dateline_date(doc->text, year);
  if (!d.empty()) {
    doc->date = d;
    doc->date_origin = "dateline";
  } else if (!fallback_date.empty()) {
    doc->date = fallback_date;
    doc->date_origin = "option";
  }
}

InputReader::InputReader(std::vector<std::string> paths, InputOptions options, ProblemSink problems)
    : options_(std::move(options)), problems_(std::move(problems)) {
  counted_ = [this](Problem p, const Diagnostic& d) { problem(p, d); };
  files_ = expand_paths(paths, counted_);
  for (const std::string& f : files_) {
    std::error_code ec;
    std::uintmax_t size = f == "-" ? 0 : fs::file_size(f, ec);
    if (f == "-") {
      bytes_total_ = 0;
      break;
    }
    if (!ec) bytes_total_ += size;
  }
}

InputReader::~InputReader() = default;

void InputReader::problem(Problem p, const Diagnostic& d) {
  if (p == Problem::kRecordSkipped) ++counts_.skipped_records;
  if (p == Problem::kFileFailed) ++counts_.failed_files;
  problems_(p, d);
}

std::uint64_t InputReader::bytes_done() const {
  return bytes_finished_ + (current_ ? current_->raw_consumed() : 0);
}

bool InputReader::next(InputDocument* out) {
  for (;;) {
    if (current_ && current_->next(out)) {
      if (out->raw) ++counts_.raw_documents;
      return true;
    }
    if (current_) bytes_finished_ += current_->raw_consumed();
    current_.reset();
    if (next_file_ >= files_.size()) return false;
    open_next_file();
  }
}

bool InputReader::open_next_file() {
  const std::string path = files_[next_file_++];
  const std::string name = path == "-" ? std::string(kStdinName) : path;
  ++counts_.files;
  const ProblemSink& report = counted_;
  Result<std::unique_ptr<ByteStream>> opened = ByteStream::open(path, name);
  if (!opened.ok()) {
    problem(Problem::kFileFailed, {name, 0, without_name(opened.status(), name)});
    return false;
  }
  std::unique_ptr<ByteStream> in = std::move(*opened);
  Result<std::string_view> head = in->peek(kHeadBytes);
  if (!head.ok()) {
    problem(Problem::kFileFailed, {name, 0, without_name(head.status(), name)});
    return false;
  }
  InputFormat format = detect_input_format(*head, head->size() < kHeadBytes);
  if (format == InputFormat::kEmpty) {
    problem(Problem::kWarning, {name, 0, "no sentences (empty input), nothing coded"});
    return true;
  }
  if (format == InputFormat::kBinary) {
    problem(Problem::kRecordSkipped, {name, 0, "binary data (NUL or control bytes), not text (skipped)"});
    return false;
  }
  if (format == InputFormat::kJsonl) {
    current_ = std::make_unique<JsonlDocuments>(std::move(in), options_, counted_);
    return true;
  }
  if (format == InputFormat::kConllu) {
    current_ = conllu_documents(std::move(in), options_, counted_);
    return true;
  }
  std::size_t cap = format == InputFormat::kPetrarchXml ? options_.max_file_bytes : options_.max_record_bytes;
  Result<std::string> content = read_all(in.get(), cap);
  if (!content.ok()) {
    problem(Problem::kRecordSkipped, {name, 0, without_name(content.status(), name)});
    bytes_finished_ += in->raw_consumed();
    return false;
  }
  std::vector<InputDocument> docs;
  if (format == InputFormat::kPetrarchXml) docs = xml_documents(*content, name, options_, report);
  if (format == InputFormat::kHtml || format == InputFormat::kText) {
    docs = text_documents(std::move(*content), name, format == InputFormat::kHtml, options_, report);
  }
  current_ = std::make_unique<ListedDocuments>(std::move(docs), in->raw_consumed());
  return true;
}

}  // namespace parley
