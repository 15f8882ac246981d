// The inputs of `parley code`: files, folders (recursive, sorted) and standard
// input, each recognised by its content (docs/formats.md, "Inputs of parley
// code"): PETRARCH XML and CoNLL-U (pre-parsed), JSON Lines, HTML pages and
// plain text (raw text, parsed by the NLP model), each possibly gzip or zstd
// compressed. Documents come out one at a time, in input order; JSON Lines is
// streamed, so memory does not grow with the file.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "io/byte_stream.h"
#include "parley/document.h"
#include "parley/sentence.h"
#include "parley/status.h"

namespace parley {

// A document as read, before it is coded.
struct InputDocument {
  Document doc;
  bool raw = false;               // doc.text is raw text to split and parse
  std::vector<Sentence> parsed;   // the pre-parsed sentences (XML, CoNLL-U)
  std::vector<std::string> sentence_dates;  // per pre-parsed sentence, YYYY-MM-DD or ""
  std::map<std::string, std::string> config;  // XML <Config> options in force
};

struct InputOptions {
  std::string fallback_date;  // --date (YYYY-MM-DD), "" when not given
  // The largest record kept: one JSON line, one text or HTML file. Larger ones
  // are reported and skipped (their bytes are read past, never held). News
  // articles are far smaller; a parsed document takes some 50-100 times the
  // size of its text, so this also bounds one document's memory.
  std::size_t max_record_bytes = std::size_t{4} << 20;
  // The largest PETRARCH XML file: it is read whole and its sentences held
  // (some 5 times the file's size), so split larger ones. (CoNLL-U is streamed.)
  std::size_t max_file_bytes = std::size_t{128} << 20;
};

enum class Problem {
  kWarning,        // reported, the record is still coded
  kRecordSkipped,  // one record (a line, a page, a file's only document) skipped
  kFileFailed,     // a whole file could not be read
};

using ProblemSink = std::function<void(Problem, const Diagnostic&)>;

struct InputCounts {
  int files = 0;
  int failed_files = 0;
  int skipped_records = 0;
  int raw_documents = 0;  // documents that need the NLP model
};

class FileDocuments;  // input_reader.cpp

class InputReader {
 public:
  InputReader(std::vector<std::string> paths, InputOptions options, ProblemSink problems);
  ~InputReader();

  // The next document; false when every input has been read.
  bool next(InputDocument* out);
  const InputCounts& counts() const { return counts_; }
  // Raw input bytes read so far and in all (0 when unknown: standard input).
  std::uint64_t bytes_done() const;
  std::uint64_t bytes_total() const { return bytes_total_; }

 private:
  bool open_next_file();
  void problem(Problem p, const Diagnostic& d);

  std::vector<std::string> files_;  // folders expanded
  std::size_t next_file_ = 0;
  InputOptions options_;
  ProblemSink problems_;
  ProblemSink counted_;  // problems_ after counting them
  std::unique_ptr<FileDocuments> current_;
  InputCounts counts_;
  std::uint64_t bytes_total_ = 0;
  std::uint64_t bytes_finished_ = 0;  // raw bytes of the files already done
};

// Sets the date of a document that has none from its dateline (year from the
// URL, else from `fallback_date`), else from `fallback_date`; sets date_origin.
void resolve_date(Document* doc, const std::string& fallback_date);

}  // namespace parley
