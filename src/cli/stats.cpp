// `parley stats --db FILE`: what a store holds, by CAMEO root, quad class,
// top dyads and day, as a table or CSV (docs/output.md, "parley stats").
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "io/event_table.h"
#include "ontology/cameo.h"
#include "store/store_reader.h"

namespace parley::cli {
namespace {

struct StatsArgs {
  std::string db;
  bool csv = false;
  int top = 10;
};

const char* kQuadNames[] = {"no root", "verbal cooperation", "material cooperation",
                            "verbal conflict", "material conflict"};

std::string label(const StatRow& r) {
  if (r.section == "root") {
    const CameoCode* c = find_cameo(r.key);
    return r.key.empty() ? "(none)" : r.key + "  " + (c ? std::string(c->name) : "");
  }
  if (r.section == "quad_class") {
    int q = std::atoi(r.key.c_str());
    return r.key + "  " + (q >= 0 && q <= 4 ? kQuadNames[q] : "");
  }
  if (r.section == "day" && r.key.empty()) return "(undated)";
  return r.key;
}

std::string count(std::int64_t n, const std::string& what) {
  return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

void print_table(const std::string& db, bool dedup, const StoreTotals& t,
                 const std::vector<StatRow>& rows) {
  std::cout << db << ": " << count(t.documents, "document") << ", "
            << count(t.sentences, "sentence") << ", " << count(t.mentions, "mention") << ", "
            << count(t.events, "event") << " (" << (dedup ? "deduplicated" : "not deduplicated")
            << ")\n";
  static const std::pair<const char*, const char*> kTitles[] = {
      {"root", "by CAMEO root"},
      {"quad_class", "by quad class"},
      {"dyad", "top dyads (source target)"},
      {"day", "by day"}};
  for (const auto& [section, title] : kTitles) {
    std::cout << "\n" << title << "\n";
    char line[160];
    std::snprintf(line, sizeof line, "  %-40s %10s %10s\n", "", "events", "mentions");
    std::cout << line;
    for (const StatRow& r : rows) {
      if (r.section != section) continue;
      std::snprintf(line, sizeof line, "  %-40s %10lld %10lld\n", label(r).c_str(),
                    static_cast<long long>(r.events), static_cast<long long>(r.mentions));
      std::cout << line;
    }
  }
}

void print_csv(const StoreTotals& t, const std::vector<StatRow>& rows) {
  std::cout << csv_line({"section", "key", "events", "mentions"});
  std::cout << csv_line({"total", "", std::to_string(t.events), std::to_string(t.mentions)});
  for (const StatRow& r : rows) {
    std::cout << csv_line({r.section, r.key, std::to_string(r.events), std::to_string(r.mentions)});
  }
}

int run(const StatsArgs& args) {
  Result<std::unique_ptr<StoreReader>> store = StoreReader::open(args.db);
  if (!store.ok()) {
    std::cerr << "error: " << store.status().message() << "\n";
    return 1;
  }
  Result<StoreTotals> totals = (*store)->totals();
  Result<std::vector<StatRow>> rows =
      totals.ok() ? (*store)->stats(args.top) : Result<std::vector<StatRow>>(totals.status());
  if (!rows.ok()) {
    std::cerr << "error: " << rows.status().message() << "\n";
    return 1;
  }
  if (args.csv) {
    print_csv(*totals, *rows);
  } else {
    print_table(args.db, (*store)->dedup(), *totals, *rows);
  }
  std::cout.flush();
  return std::cout ? 0 : 1;
}

const Registrar kRegister([](CLI::App& app) {
  auto args = std::make_shared<StatsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "stats", "Count a store's events by CAMEO root, quad class, top dyads and day");
  cmd->add_option("--db", args->db, "The store (made by parley code --db)")->required();
  cmd->add_flag("--csv", args->csv, "CSV (section,key,events,mentions) instead of a table");
  cmd->add_option("--top", args->top, "How many dyads to list")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  cmd->callback([args] { exit_code() = run(*args); });
});

}  // namespace
}  // namespace parley::cli
