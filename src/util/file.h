// Small file helpers shared by the readers.
#pragma once

#include <string>

#include "parley/status.h"

namespace parley {

// Reads a whole file; IOError naming the path when it cannot.
Result<std::string> read_file(const std::string& path);

}  // namespace parley
