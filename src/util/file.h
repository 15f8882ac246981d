// Small file helpers shared by the readers.
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "parley/status.h"

namespace parley {

// Reads a whole file; IOError naming the path when it cannot.
Result<std::string> read_file(const std::string& path);
// Reads a whole stream (standard input); IOError naming `name` on a read error.
Result<std::string> read_stream(std::istream& in, const std::string& name);

// Reads `path` and hands its content to `parse`; IOError when it cannot be
// read. The readers of every dictionary format are this plus their parser.
template <class Parse>
Status read_and_parse(const std::string& path, Parse&& parse) {
  Result<std::string> content = read_file(path);
  if (!content.ok()) return content.status();
  parse(std::string_view(*content));
  return Status();
}

}  // namespace parley
