// `parley code FILE...`: code every parsed sentence of PETRARCH XML or CoNLL-U
// files and write one JSON object per event per line (docs/output.md).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/dict_options.h"
#include "coding/coder.h"
#include "coding/options.h"
#include "coding/validation.h"
#include "io/conllu.h"
#include "io/event_json.h"
#include "io/event_writer.h"
#include "io/petrarch_xml.h"
#include "util/file.h"
#include "util/strings.h"

namespace parley::cli {
namespace {

constexpr std::string_view kStdinName = "<stdin>";
constexpr std::string_view kRawTextError =
    "raw text needs the parser, not built yet; give CoNLL-U or PETRARCH XML with <Parse>";

struct CodeArgs {
  std::vector<std::string> files;
  std::string out;
  std::string format = "jsonl";
  std::string date;          // YYYY-MM-DD, "" when not given
  std::string require_dyad;  // "true", "false" or "" (the default: true)
  DictOptions dicts;
};

struct Totals {
  int files = 0;
  int failed_files = 0;
  int documents = 0;
  int sentences = 0;
  long long events = 0;
};

// The date a sentence is coded with: YYYY-MM-DD for the output, YYYYMMDD for the coder.
struct CodingDate {
  std::string iso;
  int number = 0;
};

// "2031-05-04" or "20310504" as a CodingDate; nullopt-like (empty iso) when neither.
CodingDate parse_date(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != '-') {
      return {};
    }
  }
  bool dashed = text.size() == 10 && text[4] == '-' && text[7] == '-';
  if (digits.size() != 8 || (text.size() != 8 && !dashed)) return {};
  int month = std::stoi(digits.substr(4, 2));
  int day = std::stoi(digits.substr(6, 2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  return {iso_date(digits), std::stoi(digits)};
}

void warn(const Diagnostics& diags) {
  for (const Diagnostic& d : diags) std::cerr << "warning: " << d.to_string() << "\n";
}

// Codes sentences and writes their events; keeps the totals.
class EventSink {
 public:
  EventSink(const Dictionaries& dicts, EventWriter& writer) : dicts_(dicts), writer_(writer) {}

  void code(const Sentence& s, const EventContext& where, int date, const CoderOptions& options) {
    std::vector<Event> events = code_sentence(s, dicts_, date, options);
    for (const Event& e : events) writer_.write(e, where);
    ++totals.sentences;
    totals.events += static_cast<long long>(events.size());
  }

  Totals totals;

 private:
  const Dictionaries& dicts_;
  EventWriter& writer_;
};

// --- PETRARCH XML -----------------------------------------------------------

void code_record(const PetrarchRecord& r, const std::string& path, const CoderOptions& base,
                 const CodingDate& fallback, EventSink* sink) {
  CoderOptions options = base;
  Status s = options.apply(r.config);
  if (!s.ok()) warn({{path, r.line, "record " + r.id + ": " + s.message()}});
  CodingDate date = parse_date(r.date);
  if (date.iso.empty()) date = fallback;
  EventContext where{r.id, 0, date.iso, nullptr};
  for (std::size_t i = 0; i < r.parses.size(); ++i) {
    where.sentence = static_cast<int>(i);
    where.parsed = &r.parses[i];
    sink->code(r.parses[i], where, date.number, options);
  }
  ++sink->totals.documents;
}

// False when nothing in the file could be coded.
bool code_xml(const std::string& content, const std::string& path, const CoderOptions& base,
              const CodingDate& fallback, EventSink* sink) {
  Diagnostics diags;
  Result<PetrarchFile> file = parse_petrarch_xml(content, path, &diags);
  warn(diags);
  if (!file.ok()) {
    std::cerr << "error: " << path << ": " << file.status().message() << "\n";
    return false;
  }
  int parsed = 0;
  for (const PetrarchRecord& r : file->records) {
    if (r.parses.empty()) {
      warn({{path, r.line,
             "record " + r.id + " has no <Parse>: " + std::string(kRawTextError) + " (skipped)"}});
      continue;
    }
    ++parsed;
    code_record(r, path, base, fallback, sink);
  }
  if (file->records.empty()) {
    std::cerr << "error: " << path << ": no <Sentence> or <Article> records to code\n";
    return false;
  }
  if (parsed == 0) {
    std::cerr << "error: " << path << ": " << kRawTextError << "\n";
    return false;
  }
  return true;
}

// --- CoNLL-U ----------------------------------------------------------------

// Where the CoNLL-U walk is: the current document, its date and sentence count.
struct ConlluState {
  std::string doc_id;
  int documents = 0;  // documents of this file counted so far
  int next_sentence = 0;
  bool started = false;  // the current document has been counted
  CodingDate date;
};

// "key = value" comment bodies: the value when `body` has key `key`.
bool comment_value(std::string_view body, std::string_view key, std::string* value) {
  std::size_t eq = body.find('=');
  std::string_view k = trim(body.substr(0, eq));
  if (k != key) return false;
  *value = eq == std::string_view::npos ? "" : std::string(trim(body.substr(eq + 1)));
  return true;
}

// Applies the sentence's "# newdoc [id = X]" then its "# date" / "# newdoc date" comments.
void read_comments(const Sentence& s, const std::string& path, const CodingDate& fallback,
                   ConlluState* state) {
  std::string value;
  for (const std::string& c : s.comments) {
    if (!comment_value(c, "newdoc id", &value) && !comment_value(c, "newdoc", &value)) continue;
    // A bare "# newdoc" is named by its 1-based position in the file.
    state->doc_id = !value.empty() ? value : path + "#" + std::to_string(state->documents + 1);
    state->next_sentence = 0;
    state->started = false;
    state->date = fallback;
  }
  for (const std::string& c : s.comments) {
    if (!comment_value(c, "date", &value) && !comment_value(c, "newdoc date", &value)) continue;
    CodingDate d = parse_date(value);
    if (d.iso.empty()) {
      warn({{path, s.source_line, "date '" + value + "' is not YYYY-MM-DD (ignored)"}});
    } else {
      state->date = d;
    }
  }
}

// At least one line that is a CoNLL-U word line: 10 tab-separated columns and
// an ID of the form N, N-M or N.M.
bool has_conllu_word_line(std::string_view content) {
  bool found = false;
  for_each_line(content, [&found](std::string_view line, int) {
    if (found) return;
    std::vector<std::string_view> cols;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string_view::npos;
         start = tab + 1) {
      cols.push_back(line.substr(start, tab - start));
    }
    cols.push_back(trim(line.substr(start)));
    if (cols.size() != 10 || cols[0].empty()) return;
    std::string_view id = cols[0];
    found = id.find_first_not_of("0123456789-.") == std::string_view::npos && id[0] != '-' &&
            id[0] != '.';
  });
  return found;
}

bool only_blank_or_comments(std::string_view content) {
  bool only = true;
  for_each_line(content, [&only](std::string_view line, int) {
    std::string_view t = trim(line);
    if (!t.empty() && t[0] != '#') only = false;
  });
  return only;
}

bool code_conllu(const std::string& content, const std::string& path, const CoderOptions& options,
                 const CodingDate& fallback, EventSink* sink) {
  if (!has_conllu_word_line(content)) {
    if (only_blank_or_comments(content)) {
      warn({{path, 0, "no sentences (empty input), nothing coded"}});
      return true;
    }
    std::cerr << "error: " << path << ": " << kRawTextError << "\n";
    return false;
  }
  Diagnostics diags;
  std::vector<Sentence> sentences = parse_conllu(content, path, &diags);
  warn(diags);
  if (sentences.empty()) {
    std::cerr << "error: " << path << ": no CoNLL-U sentence could be read\n";
    return false;
  }
  ConlluState state{path, 0, 0, false, fallback};
  for (const Sentence& s : sentences) {
    read_comments(s, path, fallback, &state);
    if (!state.started) {
      ++state.documents;
      ++sink->totals.documents;
    }
    state.started = true;
    EventContext where{state.doc_id, state.next_sentence++, state.date.iso, &s};
    sink->code(s, where, state.date.number, options);
  }
  return true;
}

// --- the command --------------------------------------------------------------

Result<std::string> read_input(const std::string& file) {
  if (file != "-") return read_file(file);
  return read_stream(std::cin, std::string(kStdinName));
}

bool code_file(const std::string& file, const CoderOptions& options, const CodingDate& fallback,
               EventSink* sink) {
  const std::string path = file == "-" ? std::string(kStdinName) : file;
  std::error_code ec;
  if (file != "-" && std::filesystem::is_directory(file, ec)) {
    std::cerr << "error: " << path << ": is a directory, not a file\n";
    return false;
  }
  Result<std::string> content = read_input(file);
  if (!content.ok()) {
    std::cerr << "error: " << content.status().message() << "\n";
    return false;
  }
  std::string_view text = trim(*content);
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text = trim(text.substr(3));  // UTF-8 BOM
  if (!text.empty() && text.front() == '<') {
    return code_xml(*content, path, options, fallback, sink);
  }
  return code_conllu(*content, path, options, fallback, sink);
}

void print_summary(const Totals& t, double seconds) {
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.3f", seconds);
  std::cerr << "code: " << t.files << (t.files == 1 ? " file" : " files");
  if (t.failed_files > 0) std::cerr << " (" << t.failed_files << " failed)";
  std::cerr << ", " << t.documents << (t.documents == 1 ? " document, " : " documents, ") << t.sentences << " sentences, " << t.events
            << " events, " << secs << " seconds\n";
}

// Codes every input file into `out`; false when the output could not be written.
bool code_files(const CodeArgs& args, const Dictionaries& dicts, std::ostream& out,
                Totals* totals) {
  CoderOptions options;
  if (!args.require_dyad.empty()) options.apply({{"require_dyad", args.require_dyad}});
  const CodingDate fallback = parse_date(args.date);
  std::unique_ptr<EventWriter> writer = make_event_writer(args.format, out);
  EventSink sink(dicts, *writer);
  const std::vector<std::string> files =
      args.files.empty() ? std::vector<std::string>{"-"} : args.files;
  for (const std::string& f : files) {
    ++sink.totals.files;
    if (!code_file(f, options, fallback, &sink)) ++sink.totals.failed_files;
  }
  *totals = sink.totals;
  out.flush();
  if (out) return true;
  std::cerr << "error: " << (args.out.empty() ? "stdout" : args.out) << ": write failed\n";
  return false;
}

// Exit status of a run whose arguments CLI11 has checked.
int run(const CodeArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  std::ofstream file_out;
  if (!args.out.empty()) {
    file_out.open(args.out, std::ios::binary);
    if (!file_out) {
      std::cerr << "error: " << args.out << ": cannot open for writing\n";
      return 1;
    }
  }
  Dictionaries dicts;
  DictOptions dict_options = args.dicts;
  if (dict_options.dir.empty()) dict_options.dir = default_dict_dir();
  if (!load_or_report(dict_options.resolve(nullptr), args.dicts.strict, &dicts)) return 1;
  Totals totals;
  bool written = code_files(args, dicts, args.out.empty() ? std::cout : file_out, &totals);
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  print_summary(totals, elapsed.count());
  return totals.failed_files == 0 && written ? 0 : 1;
}

std::string check_date(const std::string& value) {
  return parse_date(value).iso.empty() || value.size() != 10
             ? "expected YYYY-MM-DD, got '" + value + "'"
             : std::string();
}

const Registrar kRegister([](CLI::App& app) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "code", "Code the parsed sentences of PETRARCH XML or CoNLL-U files as JSON Lines events");
  cmd->add_option("files", args->files,
                  "PETRARCH XML (first non-blank character '<') or CoNLL-U files; '-' or none "
                  "reads standard input");
  cmd->add_option("-o,--out", args->out, "Write the events to this file instead of stdout");
  cmd->add_option("--format", args->format,
                  "Output format: jsonl (one JSON event per line, docs/output.md) or text "
                  "(one readable line per event under its sentence)")
      ->check(CLI::IsMember(event_formats()));
  cmd->add_option("--date", args->date,
                  "YYYY-MM-DD date for sentences whose input gives none (record date, "
                  "'# date' or '# newdoc date' comment)")
      ->check(CLI::Validator(check_date, "YYYY-MM-DD", "date"));
  args->dicts.add_to(cmd);
  cmd->add_option("--require-dyad", args->require_dyad,
                  "Drop events missing a source or a target (default true; a record's "
                  "<Config> overrides it)")
      ->check(CLI::IsMember({"true", "false"}, CLI::ignore_case));
  cmd->callback([args] { exit_code() = run(*args); });
});

}  // namespace
}  // namespace parley::cli
