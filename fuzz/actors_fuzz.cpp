// libFuzzer target for the actor dictionary reader and ActorEntry::code_on.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/actors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  parley::ActorDictionary dict;
  parley::Diagnostics diags;
  parley::parse_actors(text, "fuzz.txt", &dict, &diags);
  // Query every entry on a date taken from the input and on the range edges.
  const int date = parley::parse_dictionary_date(text.substr(0, 8));
  for (const parley::ActorEntry& entry : dict.entries) {
    if (entry.phrases.empty() || entry.phrases[0].empty()) __builtin_trap();
    (void)entry.code_on(date);
    (void)entry.code_on(19300101);
    (void)entry.code_on(20291231);
  }
  return 0;
}
