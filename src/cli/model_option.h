// The --model option shared by parse, eval and code: the model file, by default
// $PARLEY_MODEL or the model shipped in data/models/ of the source tree.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "nlp/pipeline.h"

namespace parley::cli {

void add_model_option(CLI::App* cmd, std::string* path);
std::string default_model_path();
// Loads `path` (default_model_path() when empty).
Result<NlpModel> load_model(const std::string& path);

}  // namespace parley::cli
