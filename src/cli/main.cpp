// The `parley` binary: one subcommand per file in this folder.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"parley: code political events from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(PARLEY_VERSION));
  for (const auto& add : parley::cli::command_registry()) add(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;  // usage errors exit 2
  }
  return parley::cli::exit_code();
}
