// The dictionary options shared by `code` and `validate`: --dicts DIR plus
// per-file overrides. File names are resolved against DIR unless absolute.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "coding/dictionaries.h"
#include "io/petrarch_xml.h"

namespace parley::cli {

struct DictOptions {
  std::string dir;
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  std::string issues;
  std::string ontology;
  bool strict = false;

  void add_to(CLI::App* app);
  // Names from explicit options, else `env` (a PETRARCH <Environment>), else
  // parley.*.txt when DIR holds parley's own set, else the Phoenix/CAMEO file
  // names; each resolved against `dir`.
  DictionaryFiles resolve(const PetrarchEnvironment* env) const;
};

// parley's own dictionaries: $PARLEY_DICTS, else data/dictionaries in the source tree.
std::string default_dict_dir();

// Loads the dictionaries, printing problems to stderr; false when unusable.
bool load_or_report(const DictionaryFiles& files, bool strict, Dictionaries* dicts);

}  // namespace parley::cli
