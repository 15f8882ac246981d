// libFuzzer target for the model file reader (header, sections, checksum).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nlp/model_io.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)parley::parse_model_bytes(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.model");
  return 0;
}
