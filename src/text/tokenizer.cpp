#include "text/tokenizer.h"

#include <string>
#include <vector>

#include "text/pieces.h"

namespace parley {
namespace {

using internal::Piece;

std::string token_range(std::size_t start, std::size_t end) {
  return "TokenRange=" + std::to_string(start) + ":" + std::to_string(end);
}

std::string surface_misc(bool space_after, std::size_t start, std::size_t end) {
  std::string range = token_range(start, end);
  return space_after ? range : "SpaceAfter=No|" + range;
}

Sentence make_sentence(std::string_view text, const std::vector<Piece>& pieces,
                       std::size_t first, std::size_t last, std::size_t base) {
  Sentence sentence;
  sentence.text = std::string(text.substr(pieces[first].start,
                                          pieces[last - 1].end - pieces[first].start));
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
      token.misc = token_range(token.start, token.end);
    } else {
      token.misc = surface_misc(piece.space_after, token.start, token.end);
    }
    sentence.tokens.push_back(std::move(token));
    if (continues) continue;
    if (group_start < i) {
      const std::size_t start = pieces[group_start].start;
      MultiwordToken mwt;
      mwt.first = static_cast<int>(group_start - first) + 1;
      mwt.last = static_cast<int>(i - first) + 1;
      mwt.form = std::string(text.substr(start, piece.end - start));
      mwt.misc = surface_misc(piece.space_after, base + start, base + piece.end);
      sentence.multiword_tokens.push_back(std::move(mwt));
    }
    group_start = i + 1;
  }
  return sentence;
}

}  // namespace

std::vector<Sentence> split_text(std::string_view text, std::size_t base_offset) {
  std::vector<Piece> pieces = internal::lex_text(text);
  std::vector<std::size_t> starts = internal::sentence_starts(text, pieces);
  internal::split_final_periods(text, &pieces, &starts);
  std::vector<Sentence> sentences;
  sentences.reserve(starts.size());
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t last = k + 1 < starts.size() ? starts[k + 1] : pieces.size();
    sentences.push_back(make_sentence(text, pieces, starts[k], last, base_offset));
  }
  return sentences;
}

}  // namespace parley
