// libFuzzer target for the internal coding ontology reader (code algebra).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "coding/code_algebra.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::CodeAlgebra algebra;
  parley::Diagnostics diags;
  algebra.parse(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.ontology", &diags);
  if (algebra.loaded()) {
    (void)algebra.negate("010");
    (void)algebra.combine("030", "070");
  }
  return 0;
}
