#include "cli/dict_options.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace parley::cli {
namespace {

std::string in_dir(const std::string& dir, const std::string& name) {
  if (name.empty() || dir.empty() || std::filesystem::path(name).is_absolute()) return name;
  return (std::filesystem::path(dir) / name).string();
}

// The first non-empty of the choices.
std::string pick(const std::string& a, const std::string& b, const std::string& c) {
  return !a.empty() ? a : !b.empty() ? b : c;
}

}  // namespace

std::string default_dict_dir() {
  if (const char* env = std::getenv("PARLEY_DICTS"); env && *env) return env;
  return std::string(PARLEY_SOURCE_DIR) + "/data/dictionaries";
}

void DictOptions::add_to(CLI::App* app) {
  app->add_option("--dicts", dir, "Directory the dictionary file names resolve against (code: default $PARLEY_DICTS, else " + default_dict_dir() + ")");
  app->add_option("--verbs", verbs, "Verb dictionary file");
  app->add_option("--actors", actors, "Actor dictionary files (comma-separated)")->delimiter(',');
  app->add_option("--agents", agents, "Agent dictionary file");
  app->add_option("--discards", discards, "Discard list file");
  app->add_option("--issues", issues, "Issues dictionary file");
  app->add_option("--ontology", ontology,
                  "Internal coding ontology for negation and verb combination "
                  "(default: PETR.Internal.Coding.Ontology.txt in --dicts when present)");
  app->add_flag("--strict", strict, "Fail on any malformed dictionary line");
}

// The file names looked for in --dicts when none is given: parley's own set
// (data/dictionaries) when its verbs file is there, else the Phoenix/CAMEO set.
// parley's actors are split by kind into parley.*.actors.txt files (countries,
// organisations, people, ...); every such file in the folder is loaded, in name order.
struct DefaultNames {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents, discards, issues;
};

std::vector<std::string> parley_actor_files(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir.empty() ? "." : dir, ec)) {
    std::string name = entry.path().filename().string();
    bool actors = name == "parley.actors.txt" ||
                  (name.size() > 18 && name.starts_with("parley.") && name.ends_with(".actors.txt"));
    if (actors && entry.is_regular_file(ec)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

DefaultNames default_names(const std::string& dir) {
  if (std::filesystem::exists(in_dir(dir, "parley.verbs.txt"))) {
    std::string issues = std::filesystem::exists(in_dir(dir, "parley.issues.txt")) ? "parley.issues.txt" : "";
    return {"parley.verbs.txt", parley_actor_files(dir), "parley.agents.txt", "parley.discards.txt", issues};
  }
  return {"CAMEO.2.0.txt",
          {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
           "Phoenix.MilNonState.actors.txt"},
          "Phoenix.agents.txt",
          "Phoenix.discards.txt",
          ""};
}

DictionaryFiles DictOptions::resolve(const PetrarchEnvironment* env) const {
  DictionaryFiles f;
  DefaultNames names = default_names(dir);
  f.verbs = in_dir(dir, pick(verbs, env ? env->verb_file : "", names.verbs));
  std::vector<std::string> actor_names = actors;
  if (actor_names.empty() && env) actor_names = env->actor_files;
  if (actor_names.empty()) actor_names = names.actors;
  for (const std::string& a : actor_names) f.actors.push_back(in_dir(dir, a));
  f.agents = in_dir(dir, pick(agents, env ? env->agent_file : "", names.agents));
  f.discards = in_dir(dir, pick(discards, env ? env->discard_file : "", env ? "" : names.discards));
  f.issues = in_dir(dir, pick(issues, env ? env->issue_file : "", env ? "" : names.issues));
  // parley's own ontology file when the folder has one, else PETRARCH's.
  std::string default_ontology = in_dir(dir, "parley.ontology.txt");
  if (!std::filesystem::exists(default_ontology)) default_ontology = in_dir(dir, "PETR.Internal.Coding.Ontology.txt");
  f.ontology = !ontology.empty()                              ? in_dir(dir, ontology)
               : std::filesystem::exists(default_ontology) ? default_ontology
                                                              : "";
  // parley's own coding tables, when the folder has them (not with a PETRARCH
  // config, which names its own files).
  auto table = [&](const char* name) {
    std::string path = in_dir(dir, name);
    return env == nullptr && std::filesystem::exists(path) ? path : std::string();
  };
  f.negations = table("parley.negations.txt");
  f.nominals = table("parley.nominals.txt");
  f.tone = table("parley.tone.txt");
  f.intents = table("parley.intents.txt");
  return f;
}

bool load_or_report(const DictionaryFiles& files, bool strict, Dictionaries* dicts) {
  Diagnostics diags;
  Status s = load_dictionaries(files, strict, dicts, &diags);
  for (const Diagnostic& d : diags) std::cerr << "warning: " << d.to_string() << "\n";
  if (!s.ok()) {
    std::cerr << "error: " << s.message() << "\n";
    return false;
  }
  return true;
}

}  // namespace parley::cli
