// libFuzzer target for the issues dictionary reader and IssueDictionary::match
// (the input's first KiB is also matched as a sentence, with and without the
// index; sentences are short, and matching is entries x word starts).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/issues.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  parley::IssueDictionary dict;
  parley::Diagnostics diags;
  parley::parse_issues(text, "fuzz.txt", &dict, &diags);
  const std::string_view sentence = text.substr(0, 1024);
  const auto indexed = dict.match(sentence);
  dict.entries.push_back({"X", "X", false, false, "", "fuzz.txt", 0});
  const auto linear = dict.match(sentence);  // linear scan: same counts, plus any "X"
  if (linear.size() < indexed.size()) __builtin_trap();
  return 0;
}
