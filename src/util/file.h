// Small file helpers shared by the readers.
#pragma once

#include <istream>
#include <string>

#include "parley/status.h"

namespace parley {

// Reads a whole file; IOError naming the path when it cannot.
Result<std::string> read_file(const std::string& path);
// Reads a whole stream (standard input); IOError naming `name` on a read error.
Result<std::string> read_stream(std::istream& in, const std::string& name);

}  // namespace parley
