// libFuzzer target for the readers of parley's coding tables (phrase tables
// and code maps, src/dict/code_tables.h: negations, nominals, tone, intents),
// and CodeMap::find and planned_code (src/coding/modality.h) on what was read.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "coding/modality.h"
#include "dict/code_tables.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  parley::Diagnostics diags;
  parley::PhraseCodeTable table;
  parley::parse_phrase_codes(text, "fuzz.txt", &table, &diags);
  for (const parley::CodedPhrase& p : table.phrases) {
    if (p.words.empty() || p.code.empty()) __builtin_trap();
  }
  parley::CodeMap map;
  parley::parse_code_map(text, "fuzz.txt", &map, &diags);
  for (const auto& [from, to] : map.to) {
    if (map.find(from) != to) __builtin_trap();  // a listed code finds its own entry
    if (parley::planned_code(map, from) != to) __builtin_trap();  // the intents table reads it so
  }
  // A code no line names stays as it is, or takes a listed ancestor's entry.
  if (parley::planned_code(map, "0874").empty()) __builtin_trap();
  return 0;
}
