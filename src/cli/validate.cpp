// `parley validate FILE.xml`: code every record of a PETRARCH test file and
// compare with its expectations.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/dict_options.h"
#include "cli/model_option.h"
#include "io/event_json.h"
#include "coding/validation.h"

namespace parley::cli {
namespace {

struct ValidateArgs {
  std::string file;
  DictOptions dicts;
  std::string json;
  bool quiet = false;
  bool reparse = false;
  std::string model;
};

// --reparse: every record's <Parse> is replaced by parley's own parse of its <Text>.
bool reparse_records(const std::string& model_path, PetrarchFile* file) {
  Result<NlpModel> model = load_model(model_path);
  if (!model.ok()) {
    std::cerr << "error: " << model.status().message() << "\n";
    return false;
  }
  for (PetrarchRecord& r : file->records) r.parses = model->parse_text(r.text);
  return true;
}

std::string triples(const std::vector<ExpectedEvent>& events) {
  std::string out;
  for (const ExpectedEvent& e : events) out += " (" + e.source + " " + e.target + " " + e.code + ")";
  return out.empty() ? " (none)" : out;
}

std::string triples(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    out += " (" + e.source.code + " " + e.target.code + " " + e.code + ")";
  }
  return out.empty() ? " (none)" : out;
}

void print_failure(const RecordResult& r) {
  std::cout << "FAIL " << r.id << " [" << r.category << "] line " << r.line << "\n"
            << "  expected:" << triples(r.expected) << "\n"
            << "  got:     " << triples(r.coded) << "\n";
  for (const std::string& line : r.trace) std::cout << "  trace: " << line << "\n";
  for (const Event& e : r.coded) {
    std::cout << "  rule: " << e.code << " from " << e.rule.file << ":" << e.rule.line << " "
              << e.rule.pattern << " (verb '" << e.rule.verb << "')\n";
  }
}

nlohmann::ordered_json record_json(const RecordResult& r) {
  static const char* kOutcome[] = {"passed", "failed", "skipped"};
  nlohmann::ordered_json j = {{"id", r.id}, {"category", r.category}, {"line", r.line},
                      {"outcome", kOutcome[static_cast<int>(r.outcome)]}};
  if (!r.skip_reason.empty()) j["skip_reason"] = r.skip_reason;
  j["expected"] = nlohmann::ordered_json::array();
  for (const ExpectedEvent& e : r.expected) {
    j["expected"].push_back({{"source", e.source}, {"target", e.target}, {"code", e.code}});
  }
  j["coded"] = nlohmann::ordered_json::array();
  for (const Event& e : r.coded) j["coded"].push_back(event_core_json(e));
  return j;
}

int run(const ValidateArgs& args) {
  Diagnostics diags;
  Result<PetrarchFile> file = read_petrarch_xml(args.file, &diags);
  for (const Diagnostic& d : diags) std::cerr << "warning: " << d.to_string() << "\n";
  if (!file.ok()) {
    std::cerr << "error: " << file.status().message() << "\n";
    return 1;
  }
  if (args.reparse && !reparse_records(args.model, &*file)) return 1;
  DictOptions dict_options = args.dicts;
  if (dict_options.dir.empty()) {
    dict_options.dir = std::filesystem::path(args.file).parent_path().string();
  }
  Dictionaries dicts;
  if (!load_or_report(dict_options.resolve(&file->environment), args.dicts.strict, &dicts)) return 1;
  diags.clear();
  ValidationReport report = validate(*file, dicts, &diags);
  for (const Diagnostic& d : diags) std::cerr << "warning: " << d.to_string() << "\n";
  for (const RecordResult& r : report.records) {
    if (r.outcome == RecordResult::Outcome::kFailed && !args.quiet) print_failure(r);
  }
  if (!args.json.empty()) {
    nlohmann::ordered_json j = {{"file", args.file}, {"passed", report.passed}, {"failed", report.failed},
                        {"skipped", report.skipped}, {"records", nlohmann::ordered_json::array()}};
    for (const RecordResult& r : report.records) j["records"].push_back(record_json(r));
    std::ofstream out(args.json);
    out << j.dump(1) << "\n";
    if (!out) {
      std::cerr << "error: cannot write " << args.json << "\n";
      return 1;
    }
  }
  std::cout << report.summary() << "\n";
  return report.failed == 0 ? 0 : 1;
}

const Registrar kRegister([](CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand("validate", "Code a PETRARCH test file and score it against its expectations");
  cmd->add_option("file", args->file, "PETRARCH XML file with <EventCoding> expectations")
      ->required()
      ->check(CLI::ExistingFile);
  args->dicts.add_to(cmd);
  cmd->add_option("--json", args->json, "Write per-record results as JSON to this file");
  cmd->add_flag("-q,--quiet", args->quiet, "Print only the summary line");
  cmd->add_flag("--reparse", args->reparse,
                "Ignore each record's <Parse>: tokenize, tag and parse its <Text> with parley's model");
  add_model_option(cmd, &args->model);
  cmd->callback([args] { exit_code() = run(*args); });
});

}  // namespace
}  // namespace parley::cli
