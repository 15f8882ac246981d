// libFuzzer target for the PETRARCH XML reader: any bytes must parse without a
// crash, hang or leak; records and diagnostics must point at lines of the input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/petrarch_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const int lines = 1 + static_cast<int>(std::count(input.begin(), input.end(), '\n'));
  parley::Diagnostics diags;
  parley::Result<parley::PetrarchFile> file = parley::parse_petrarch_xml(input, "fuzz", &diags);
  if (!file.ok()) __builtin_trap();  // only an allocation failure may end the read
  for (const parley::PetrarchRecord& record : file->records) {
    if (record.line < 1 || record.line > lines) __builtin_trap();
    for (const parley::Sentence& sentence : record.parses) {
      if (sentence.tokens.empty() || sentence.source_line < record.line) __builtin_trap();
    }
  }
  for (const parley::Diagnostic& d : diags) {
    if (d.line < 0 || d.line > lines || d.file != "fuzz") __builtin_trap();
  }
  return 0;
}
