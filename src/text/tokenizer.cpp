#include "text/tokenizer.h"

#include <algorithm>
#include <charconv>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/pieces.h"
#include "text/sentence_model.h"

namespace parley {
namespace {

using internal::Piece;

void append_number(std::string* out, std::size_t n) {
  char digits[24];
  const char* last = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out->append(digits, static_cast<std::size_t>(last - digits));
}

// "SpaceAfter=No|TokenRange=start:end" (without the first part when a space
// follows), built without temporaries: this runs once per token.
std::string token_misc(bool space_after, std::size_t start, std::size_t end) {
  std::string misc;
  misc.reserve(64);
  if (!space_after) misc += "SpaceAfter=No|";
  misc += "TokenRange=";
  append_number(&misc, start);
  misc += ':';
  append_number(&misc, end);
  return misc;
}

Sentence make_sentence(std::string_view text, const std::vector<Piece>& pieces, std::size_t first,
                       std::size_t last, std::size_t base) {
  Sentence sentence;
  sentence.text =
      std::string(text.substr(pieces[first].start, pieces[last - 1].end - pieces[first].start));
  sentence.tokens.reserve(last - first);
  std::size_t group_start = first;  // first piece of the current surface token
  for (std::size_t i = first; i < last; ++i) {
    const Piece& piece = pieces[i];
    Token token;
    token.form = std::string(text.substr(piece.start, piece.end - piece.start));
    token.start = base + piece.start;
    token.end = base + piece.end;
    const bool continues = piece.joined_to_next && i + 1 < last;
    if (continues || group_start < i) {
      token.misc = token_misc(/*space_after=*/true, token.start, token.end);
    } else {
      token.misc = token_misc(piece.space_after, token.start, token.end);
    }
    sentence.tokens.push_back(std::move(token));
    if (continues) continue;
    if (group_start < i) {
      const std::size_t start = pieces[group_start].start;
      MultiwordToken mwt;
      mwt.first = static_cast<int>(group_start - first) + 1;
      mwt.last = static_cast<int>(i - first) + 1;
      mwt.form = std::string(text.substr(start, piece.end - start));
      mwt.misc = token_misc(piece.space_after, base + start, base + piece.end);
      sentence.multiword_tokens.push_back(std::move(mwt));
    }
    group_start = i + 1;
  }
  return sentence;
}

// Emits the sentences of `buffer` that are final and removes their pieces.
// Sentences ending within the last kLookahead pieces may still change when more
// pieces come (the splitter looks ahead at most a dateline's length), so they
// wait, unless the text is done.
void flush(std::string_view text, std::size_t base, bool done, const SentenceModel* model,
           std::vector<Piece>* buffer, const std::function<void(Sentence&&)>& sink) {
  constexpr std::size_t kLookahead = 32;
  std::unique_ptr<internal::BoundaryJudge> judge;
  if (model != nullptr && !model->empty()) judge = internal::make_judge(*model);
  std::vector<std::size_t> starts = internal::sentence_starts(text, *buffer, judge.get());
  std::size_t final_count = starts.size();
  if (!done) {
    while (final_count > 0 && starts[final_count - 1] + kLookahead > buffer->size()) {
      --final_count;
    }
    if (final_count > 0) --final_count;  // the last sentence still grows
  }
  if (final_count == 0) return;
  const std::size_t end = final_count < starts.size() ? starts[final_count] : buffer->size();
  std::vector<Piece> ready(buffer->begin(), buffer->begin() + static_cast<std::ptrdiff_t>(end));
  buffer->erase(buffer->begin(), buffer->begin() + static_cast<std::ptrdiff_t>(end));
  starts.resize(final_count);
  internal::split_final_periods(text, &ready, &starts);
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t last = k + 1 < starts.size() ? starts[k + 1] : ready.size();
    sink(make_sentence(text, ready, starts[k], last, base));
  }
}

}  // namespace

namespace internal {

void for_each_sentence_in_batches(std::string_view text, std::size_t base_offset, std::size_t batch,
                                  const std::function<void(Sentence&&)>& sink,
                                  const SentenceModel* model) {
  Lexer lexer(text);
  std::vector<Piece> buffer;
  bool more = true;
  while (more) {
    more = lexer.fill(&buffer, buffer.size() + std::max<std::size_t>(batch, 1));
    flush(text, base_offset, !more, model, &buffer, sink);
  }
}

}  // namespace internal

void for_each_sentence(std::string_view text, std::size_t base_offset,
                       const std::function<void(Sentence&&)>& sink, const SentenceModel* model) {
  internal::for_each_sentence_in_batches(text, base_offset, internal::kLexBatch, sink, model);
}

std::vector<Sentence> split_text(std::string_view text, std::size_t base_offset,
                                 const SentenceModel* model) {
  std::vector<Sentence> sentences;
  for_each_sentence(
      text, base_offset, [&sentences](Sentence&& s) { sentences.push_back(std::move(s)); }, model);
  return sentences;
}

}  // namespace parley
