#include "cli/commands.h"

namespace parley::cli {

std::vector<AddCommand>& command_registry() {
  static std::vector<AddCommand> registry;
  return registry;
}

int& exit_code() {
  static int code = 0;
  return code;
}

}  // namespace parley::cli
