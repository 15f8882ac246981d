// libFuzzer target for the discard list reader and DiscardList::find (the
// input's first KiB is also searched as a sentence).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/discards.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  parley::DiscardList list;
  parley::Diagnostics diags;
  parley::parse_discards(text, "fuzz.txt", &list, &diags);
  const std::string_view sentence = text.substr(0, 1024);
  (void)list.find(sentence);
  (void)list.find(sentence.substr(sentence.size() / 2));
  return 0;
}
