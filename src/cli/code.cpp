// `parley code FILE...`: read documents (PETRARCH XML, CoNLL-U, JSON Lines,
// HTML, plain text; folders; gzip/zstd), parse the raw ones with the NLP model,
// code every sentence on a pool of threads, and hand the coded documents, in
// input order, to one sink (docs/output.md, docs/formats.md).
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/code_progress.h"
#include "cli/commands.h"
#include "cli/dict_options.h"
#include "cli/model_option.h"
#include "coding/document_coder.h"
#include "coding/options.h"
#include "io/input_reader.h"
#include "io/sinks.h"
#include "io/text_dates.h"
#include "util/ordered_pool.h"

namespace parley::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> files;
  std::string out;
  std::string format = "jsonl";
  std::string db;
  bool no_dedup = false;
  bool coverage = false;
  bool keep_unplaced = false;
  std::string date;          // YYYY-MM-DD, "" when not given
  std::string require_dyad;  // "true", "false" or "" (the default: true)
  std::string model;
  int threads = 0;           // 0: every core
  std::string on_error = "skip";
  bool quiet = false;
  DictOptions dicts;
};

constexpr std::size_t kMaxTextInFlight = std::size_t{8} << 20;

// A document on its way through the pool, with how far the input had been read
// when it was (for the progress line).
struct Pending {
  InputDocument doc;
  std::uint64_t read_to = 0;
};

struct Coded {
  CodedDocument doc;
  Diagnostics warnings;
  std::uint64_t read_to = 0;
};

// The state of one run: the reader's problems, the model, the totals.
class CodeRun {
 public:
  explicit CodeRun(const CodeArgs& args)
      : args_(args), progress_(!args.quiet && isatty(STDERR_FILENO), std::cerr) {}

  void problem(Problem p, const Diagnostic& d) {
    progress_.clear();
    bool fatal = p == Problem::kFileFailed || (p == Problem::kRecordSkipped && args_.on_error == "fail");
    std::cerr << (fatal ? "error: " : "warning: ") << d.to_string() << "\n";
    if (p != Problem::kWarning && args_.on_error == "fail") stop_ = true;
  }

  // The model, loaded the first time a document needs it; null when it cannot be.
  const NlpModel* model() {
    if (model_ || model_failed_) return model_ ? &*model_ : nullptr;
    Result<NlpModel> m = load_model(args_.model);
    if (!m.ok()) {
      progress_.clear();
      std::cerr << "error: " << m.status().message()
                << " (raw-text documents need the model: give --model or set $PARLEY_MODEL; they are skipped)\n";
      model_failed_ = true;
      if (args_.on_error == "fail") stop_ = true;
      return nullptr;
    }
    model_ = std::move(*m);
    return &*model_;
  }

  int run();

 private:
  bool code_all(const Dictionaries& dicts, DocumentSink* sink);
  void write(const Coded& c, DocumentSink* sink, std::uint64_t bytes_total);
  void print_summary(const InputCounts& in) const;

  const CodeArgs& args_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  Progress progress_;
  std::optional<NlpModel> model_;
  bool model_failed_ = false;
  long long model_skipped_ = 0;  // raw documents skipped for want of the model
  bool stop_ = false;
  bool write_failed_ = false;
  CodeCounts counts_;
};

int thread_count(int requested) {
  if (requested > 0) return requested;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

bool CodeRun::code_all(const Dictionaries& dicts, DocumentSink* sink) {
  CoderOptions options;
  if (!args_.require_dyad.empty()) options.apply({{"require_dyad", args_.require_dyad}});
  options.keep_unplaced = args_.keep_unplaced;
  InputReader reader(args_.files.empty() ? std::vector<std::string>{"-"} : args_.files,
                     InputOptions{args_.date}, [this](Problem p, const Diagnostic& d) { problem(p, d); });
  const NlpModel* model = nullptr;  // set before the first raw document is submitted
  const int threads = thread_count(args_.threads);
  // At most 4 documents per thread and 8 MiB of raw text in flight: a parsed
  // document takes some 50-100 times its text's size until it is written.
  OrderedPool<Pending, Coded> pool(
      threads, static_cast<std::size_t>(threads) * 4, kMaxTextInFlight,
      [&](Pending&& in) {
        Coded c;
        c.doc = code_document(std::move(in.doc), dicts, model, options, &c.warnings, args_.coverage);
        c.read_to = in.read_to;
        return c;
      },
      [&](Coded&& c) { write(c, sink, reader.bytes_total()); });
  InputDocument doc;
  while (!stop_ && reader.next(&doc)) {
    if (stop_) break;  // a problem met while reading this document stops the run (--on-error fail)
    if (doc.raw && model == nullptr) {
      model = this->model();
      if (model == nullptr) {
        ++model_skipped_;
        continue;
      }
    }
    std::size_t weight = doc.doc.text.size();
    pool.submit(Pending{std::move(doc), reader.bytes_done()}, weight);
  }
  pool.finish();
  progress_.clear();
  Status finished = sink->finish();
  if (!finished.ok() && !write_failed_) {
    std::cerr << "error: " << finished.message() << "\n";
    write_failed_ = true;
  }
  print_summary(reader.counts());
  return reader.counts().failed_files == 0 && !write_failed_ && !model_failed_ &&
         !(args_.on_error == "fail" && reader.counts().skipped_records > 0);
}

// On the main thread, in input order: the document's warnings, totals, sink.
void CodeRun::write(const Coded& c, DocumentSink* sink, std::uint64_t bytes_total) {
  for (const Diagnostic& w : c.warnings) problem(Problem::kWarning, w);
  ++counts_.documents;
  for (const CodedSentence& s : c.doc.sentences) {
    counts_.events += static_cast<long long>(s.events.size());
    counts_.sentences_with_actor += s.actors.empty() ? 0 : 1;
    counts_.sentences_with_event += s.events.empty() ? 0 : 1;
  }
  counts_.sentences += static_cast<long long>(c.doc.sentences.size());
  if (!write_failed_) {
    Status s = sink->write(c.doc);
    if (!s.ok()) {
      progress_.clear();
      std::cerr << "error: " << s.message() << "\n";
      write_failed_ = true;
      stop_ = true;
    }
  }
  progress_.update(counts_, c.read_to, bytes_total);
}

std::string plural(long long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void CodeRun::print_summary(const InputCounts& in) const {
  if (args_.quiet) return;
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.3f", elapsed.count());
  std::cerr << "code: " << plural(in.files, "file", "files");
  if (in.failed_files > 0) std::cerr << " (" << in.failed_files << " failed)";
  std::cerr << ", " << plural(counts_.documents, "document", "documents") << ", "
            << counts_.sentences << " sentences, " << counts_.events << " events";
  long long skipped = in.skipped_records + model_skipped_;
  if (skipped > 0) std::cerr << ", " << plural(skipped, "record", "records") << " skipped";
  std::cerr << ", " << secs << " seconds\n";
  if (args_.coverage) {
    auto share = [this](long long n) {
      char pct[32];
      std::snprintf(pct, sizeof pct, "%.1f%%", counts_.sentences ? 100.0 * n / counts_.sentences : 0.0);
      return std::string(pct);
    };
    std::cerr << "coverage: " << counts_.sentences_with_actor << " of " << counts_.sentences
              << " sentences name a known actor (" << share(counts_.sentences_with_actor) << "), "
              << counts_.sentences_with_event << " have an event (" << share(counts_.sentences_with_event)
              << ")\n";
  }
}

// Exit status of a run whose arguments CLI11 has checked.
int CodeRun::run() {
  std::ofstream file_out;
  if (!args_.out.empty()) {
    file_out.open(args_.out, std::ios::binary);
    if (!file_out) {
      std::cerr << "error: " << args_.out << ": cannot open for writing\n";
      return 1;
    }
  }
  Dictionaries dicts;
  DictOptions dict_options = args_.dicts;
  if (dict_options.dir.empty()) dict_options.dir = default_dict_dir();
  if (!load_or_report(dict_options.resolve(nullptr), args_.dicts.strict, &dicts)) return 1;
  SinkOptions sink_options;
  sink_options.format = args_.format;
  sink_options.db = args_.db;
  sink_options.dedup = !args_.no_dedup;
  Result<std::unique_ptr<DocumentSink>> sink = make_sink(sink_options, args_.out.empty() ? std::cout : file_out);
  if (!sink.ok()) {
    std::cerr << "error: " << sink.status().message() << "\n";
    return 1;
  }
  return code_all(dicts, sink->get()) ? 0 : 1;
}

const Registrar kRegister([](CLI::App& app) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "code", "Code news documents (text, JSON Lines, HTML, CoNLL-U, PETRARCH XML) as events");
  cmd->add_option("files", args->files,
                  "Input files or folders (recursive), each recognised by its content, gzip or zstd "
                  "compressed or not; '-' or none reads standard input (docs/formats.md)");
  cmd->add_option("-o,--out", args->out, "Write the events to this file instead of stdout");
  cmd->add_option("--format", args->format,
                  "Output format: jsonl (one JSON event per line, docs/output.md) or text "
                  "(one readable line per event under its sentence)")
      ->check(CLI::IsMember(sink_formats()));
  cmd->add_option("--db", args->db, "Write the coded documents and events to this SQLite store");
  cmd->add_flag("--no-dedup", args->no_dedup, "Keep repeated (date, source, target, code) events");
  cmd->add_flag("--coverage", args->coverage,
                "Also count the sentences that name a known actor and those with an event (summary line)");
  cmd->add_flag("--keep-unplaced", args->keep_unplaced,
                "Keep every coded event: no placing of '---' agents from the article and no "
                "political-actor gate (docs/coding.md, \"8. Precision rules\")");
  cmd->add_option("--date", args->date,
                  "YYYY-MM-DD date for documents whose input gives none (record, page metadata, "
                  "dateline, '# date' comment); its year completes a dateline without one")
      ->check(CLI::Validator(
          [](const std::string& v) {
            return v.size() == 10 && !iso_date_prefix(v).empty() ? std::string()
                                                                  : "expected YYYY-MM-DD, got '" + v + "'";
          },
          "YYYY-MM-DD", "date"));
  args->dicts.add_to(cmd);
  add_model_option(cmd, &args->model);
  cmd->add_option("--threads", args->threads, "Worker threads (default 0: every core)")
      ->check(CLI::Range(0, 1024));
  cmd->add_option("--on-error", args->on_error,
                  "skip (default): report a bad record and go on; fail: stop at the first one, exit 1")
      ->check(CLI::IsMember({"skip", "fail"}));
  cmd->add_flag("-q,--quiet", args->quiet, "No progress line and no summary line");
  cmd->add_option("--require-dyad", args->require_dyad,
                  "Drop events missing a source or a target (default true; a record's "
                  "<Config> overrides it)")
      ->check(CLI::IsMember({"true", "false"}, CLI::ignore_case));
  cmd->callback([args] {
    CodeRun run(*args);
    exit_code() = run.run();
  });
});

}  // namespace
}  // namespace parley::cli
