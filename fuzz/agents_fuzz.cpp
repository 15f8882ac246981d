// libFuzzer target for the agent dictionary reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/agents.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::AgentDictionary dict;
  parley::Diagnostics diags;
  parley::parse_agents(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt",
                       &dict, &diags);
  for (const parley::AgentEntry& entry : dict.entries) {
    if (entry.words.empty() || entry.code.empty()) __builtin_trap();
  }
  return 0;
}
