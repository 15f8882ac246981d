// libFuzzer target for the tokenizer: any bytes must split without a crash, hang
// or leak, and the result must keep its invariants (abort() when one breaks):
// tokens in increasing order, within the text, each form the text at its offsets,
// at most 1,000 bytes a token and 1,000 tokens a sentence, Sentence::text the span
// of its tokens, multiword tokens covering consecutive words with their surface
// form; the result must not depend on the lexer's batch size; and the
// tokenization scorer must accept what split_text gives.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "text/pieces.h"
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
  // Lexing two pieces at a time must give the same sentences and tokens.
  std::size_t index = 0;
  parley::internal::for_each_sentence_in_batches(
      text, kBase, 2, [&sentences, &index](parley::Sentence&& s) {
        check(index < sentences.size() && s.text == sentences[index].text &&
              s.tokens.size() == sentences[index].tokens.size() &&
              s.multiword_tokens.size() == sentences[index].multiword_tokens.size());
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
          check(s.tokens[i].start == sentences[index].tokens[i].start &&
                s.tokens[i].misc == sentences[index].tokens[i].misc);
        }
        ++index;
      });
  check(index == sentences.size());
  // Scoring the unshifted split against a text must not fail.
  parley::GoldText gold;
  gold.text = std::string(text);
  check(parley::score_tokenization(gold, parley::split_text(text)).ok());
  return 0;
}
