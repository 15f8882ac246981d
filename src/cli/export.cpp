// `parley export --db FILE`: a store's events as JSON Lines, TSV or CSV, the
// same records `parley code` writes, filtered by date, actor and event code
// (docs/output.md, "parley export").
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "io/merged_writer.h"
#include "store/store_reader.h"
#include "util/strings.h"

namespace parley::cli {
namespace {

struct ExportArgs {
  std::string db;
  std::string format = "jsonl";
  std::string out;
  EventFilter filter;
};

std::string check_iso_date(const std::string& v) {
  bool ok = v.size() == 10 && v[4] == '-' && v[7] == '-';
  for (std::size_t i = 0; ok && i < v.size(); ++i) {
    if (i != 4 && i != 7 && (v[i] < '0' || v[i] > '9')) ok = false;
  }
  return ok ? std::string() : "expected YYYY-MM-DD, got '" + v + "'";
}

int run(ExportArgs args) {
  Result<std::unique_ptr<StoreReader>> store = StoreReader::open(args.db);
  if (!store.ok()) {
    std::cerr << "error: " << store.status().message() << "\n";
    return 1;
  }
  std::ofstream file;
  if (!args.out.empty()) {
    file.open(args.out, std::ios::binary);
    if (!file) {
      std::cerr << "error: " << args.out << ": cannot open for writing\n";
      return 1;
    }
  }
  std::ostream& out = args.out.empty() ? std::cout : file;
  for (std::string& a : args.filter.actors) a = to_upper(a);  // actor codes are upper case
  std::unique_ptr<MergedWriter> writer = make_merged_writer(args.format, out, (*store)->dedup());
  long long events = 0;
  Status s = (*store)->for_each_event(args.filter, [&](const MergedEvent& m) {
    writer->write(m);
    ++events;
  });
  if (!s.ok()) {
    std::cerr << "error: " << s.message() << "\n";
    return 1;
  }
  out.flush();
  if (!out) {
    std::cerr << "error: " << (args.out.empty() ? "stdout" : args.out) << ": write failed\n";
    return 1;
  }
  std::cerr << "export: " << events << " events\n";
  return 0;
}

const Registrar kRegister([](CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write a store's events as JSON Lines, TSV or CSV, filtered by date, actor, code");
  cmd->add_option("--db", args->db, "The store (made by parley code --db)")->required();
  cmd->add_option("--format", args->format, "jsonl, tsv or csv")
      ->capture_default_str()
      ->check(CLI::IsMember({"jsonl", "tsv", "csv"}));
  cmd->add_option("-o,--out", args->out, "Write to this file instead of stdout");
  CLI::Validator date(check_iso_date, "YYYY-MM-DD", "date");
  cmd->add_option("--from", args->filter.from, "Events on or after this day (YYYY-MM-DD)")
      ->check(date);
  cmd->add_option("--to", args->filter.to, "Events on or before this day (YYYY-MM-DD)")
      ->check(date);
  cmd->add_option("--actor", args->filter.actors,
                  "Events whose source or target code starts with this (USA matches USAGOV); "
                  "repeat for alternatives");
  cmd->add_option("--code", args->filter.codes,
                  "Events whose CAMEO code starts with this (04 is the whole root); repeat for "
                  "alternatives");
  cmd->callback([args] { exit_code() = run(*args); });
});

}  // namespace
}  // namespace parley::cli
