// Subcommand registration: each subcommand file adds itself with a static
// Registrar, so main.cpp never changes when a command is added.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <vector>

namespace parley::cli {

using AddCommand = std::function<void(CLI::App&)>;

std::vector<AddCommand>& command_registry();

struct Registrar {
  explicit Registrar(AddCommand add) { command_registry().push_back(std::move(add)); }
};

// The exit status the chosen subcommand set (0 success, 1 failure, 2 usage).
int& exit_code();

}  // namespace parley::cli
