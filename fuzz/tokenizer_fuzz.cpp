// libFuzzer target for the tokenizer: any bytes must split without a crash, hang
// or leak, and the result must keep its invariants (abort() when one breaks):
// tokens in increasing order, within the text, each form the text at its offsets,
// at most 1,000 bytes a token and 1,000 tokens a sentence, Sentence::text the span
// of its tokens, multiword tokens covering consecutive words with their surface
// form; and the tokenization scorer must accept what split_text gives.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"
#include "text/tokenizer_eval.h"

namespace {

constexpr std::size_t kBase = 7;  // a non-zero base_offset

void check(bool ok) {
  if (!ok) std::abort();
}

void check_sentence(std::string_view text, const parley::Sentence& s, std::size_t* previous) {
  check(!s.tokens.empty() && s.tokens.size() <= 1000);
  const std::size_t first = s.tokens.front().start - kBase;
  check(s.text == text.substr(first, s.tokens.back().end - kBase - first));
  for (const parley::Token& t : s.tokens) {
    check(t.start >= *previous && t.start < t.end && t.end - kBase <= text.size());
    check(t.form == text.substr(t.start - kBase, t.end - t.start) && t.form.size() <= 1000);
    check(t.misc.find("TokenRange=" + std::to_string(t.start) + ":") != std::string::npos);
    *previous = t.end;
  }
  for (const parley::MultiwordToken& m : s.multiword_tokens) {
    check(m.first >= 1 && m.first < m.last && static_cast<std::size_t>(m.last) <= s.tokens.size());
    const std::size_t start = s.tokens[static_cast<std::size_t>(m.first) - 1].start;
    const std::size_t end = s.tokens[static_cast<std::size_t>(m.last) - 1].end;
    check(m.form == text.substr(start - kBase, end - start));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<parley::Sentence> sentences = parley::split_text(text, kBase);
  std::size_t previous = kBase;
  for (const parley::Sentence& s : sentences) check_sentence(text, s, &previous);
  // Scoring the unshifted split against a text must not fail.
  parley::GoldText gold;
  gold.text = std::string(text);
  check(parley::score_tokenization(gold, parley::split_text(text)).ok());
  return 0;
}
