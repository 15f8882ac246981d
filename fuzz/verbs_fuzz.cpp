// libFuzzer target for the verb dictionary reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/verbs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::VerbDictionary dict;
  parley::Diagnostics diags;
  parley::parse_verbs(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.verbs", &dict,
                      &diags);
  return 0;
}
