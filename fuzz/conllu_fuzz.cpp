// libFuzzer target for the CoNLL-U reader: any bytes must parse without a crash,
// hang or leak, and every sentence read must survive write_conllu and a re-read.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  parley::Diagnostics diags;
  std::vector<parley::Sentence> sentences = parley::parse_conllu(input, "fuzz", &diags, 1);
  for (const parley::Sentence& sentence : sentences) {
    std::string written = parley::write_conllu(sentence);
    parley::Diagnostics again;
    std::vector<parley::Sentence> back = parley::parse_conllu(written, "written", &again);
    if (!again.empty() || back.size() != 1 || back[0].tokens.size() != sentence.tokens.size() ||
        back[0].multiword_tokens.size() != sentence.multiword_tokens.size()) {
      __builtin_trap();  // a sentence the reader accepted was not written back faithfully
    }
  }
  return 0;
}
