// libFuzzer target for the SENT section reader (SentenceModel::load): any bytes
// load or are refused without a crash; a model that loads can split text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nlp/model_io.h"
#include "text/sentence_model.h"
#include "text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::ByteReader in(std::string_view(reinterpret_cast<const char*>(data), size));
  parley::SentenceModel model;
  if (model.load(&in)) {
    (void)parley::split_text("Thanks, Ann Lee 01/02/2003 04:05 PM see you. KYIV, May 2 (AP) - It ended", 0,
                             &model);
  }
  return 0;
}
