#include "cli/model_option.h"

#include <cstdlib>

namespace parley::cli {

std::string default_model_path() {
  if (const char* env = std::getenv("PARLEY_MODEL"); env && *env) return env;
  return std::string(PARLEY_SOURCE_DIR) + "/data/models/en_ewt.parley";
}

void add_model_option(CLI::App* cmd, std::string* path) {
  cmd->add_option("--model", *path,
                  "Tagger/parser model file (default: $PARLEY_MODEL, else " + default_model_path() + ")");
}

Result<NlpModel> load_model(const std::string& path) {
  return NlpModel::load(path.empty() ? default_model_path() : path);
}

}  // namespace parley::cli
