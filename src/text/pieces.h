// The tokenizer's intermediate result: pieces of the text (one per syntactic
// word) with what separates them. split_text turns them into Sentences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "parley/sentence.h"

namespace parley {
class SentenceModel;
}

namespace parley::internal {

// A token may not be longer than this many bytes; a longer run of non-space
// characters is cut (on a character boundary) into pieces of at most this size.
constexpr std::size_t kMaxTokenBytes = 1000;
// A sentence may not have more tokens than this; a longer one is cut.
constexpr std::size_t kMaxSentenceTokens = 1000;

// What lies between a piece and the one before it.
enum class Gap : std::uint8_t {
  kNone,       // nothing, or only ignorable characters (invalid bytes, controls)
  kSpace,      // whitespace without a line break
  kLine,       // whitespace with one line break
  kParagraph,  // a blank line (two or more line breaks), or the start of the text
};

struct Piece {
  std::size_t start = 0;  // bytes into the text
  std::size_t end = 0;
  Gap gap_before = Gap::kNone;
  bool space_after = false;     // whitespace (or the end of the text) follows
  bool joined_to_next = false;  // the next piece is part of the same surface token
};

// State the lexer carries from one whitespace-delimited chunk to the next.
struct LexState {
  bool single_quote_open = false;   // an opening ' or ‘ has not been closed yet
  std::size_t no_email_before = 0;  // no e-mail address starts before this offset
};

// Cuts the run of non-separator characters text[begin, end), from pos, into
// pieces appended to *out, until out holds `target` pieces or the run is done;
// returns where it stopped. gap_before and space_after are left to the caller.
std::size_t lex_chunk(std::string_view text, std::size_t begin, std::size_t end, std::size_t pos,
                      std::size_t target, LexState* state, std::vector<Piece>* out);

// Cuts a whole text into pieces with their gaps, a batch at a time, so that
// memory stays bounded however long the text. Linear in text.size().
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  // Appends pieces to *out until it holds at least `target` or the text is
  // done. False when the text is done (out then has every remaining piece). The
  // space_after of the last piece appended is only known once the next one is.
  bool fill(std::vector<Piece>* out, std::size_t target);

 private:
  void start_chunk(std::vector<Piece>* out);

  std::string_view text_;
  std::size_t pos_ = 0;  // next byte to read
  std::size_t chunk_begin_ = 0;
  std::size_t chunk_end_ = 0;  // pos_ < chunk_end_ while a chunk is being cut
  Gap chunk_gap_ = Gap::kParagraph;
  bool gap_pending_ = false;  // the chunk's first piece has yet to be made
  bool started_ = false;      // some piece was made
  int line_breaks_ = 0;       // in the separators since the last chunk
  bool space_ = false;
  LexState state_;
};

// for_each_sentence (text/tokenizer.h) lexes this many pieces between looking
// for complete sentences; the result does not depend on it, as tests check.
constexpr std::size_t kLexBatch = 4096;
void for_each_sentence_in_batches(std::string_view text, std::size_t base_offset, std::size_t batch,
                                  const std::function<void(Sentence&&)>& sink,
                                  const SentenceModel* model = nullptr);

// Decides the sentence boundaries the rules do not force (text/sentence_model.h
// implements it with a learned model). Paragraph starts, datelines, the
// sentence length limit and multiword tokens are not asked about.
class BoundaryJudge {
 public:
  virtual ~BoundaryJudge() = default;
  // Whether a sentence starts at pieces[i] (i > 0); `rule` is what the rules
  // say, `sentence_start` the first piece of the current sentence.
  virtual bool starts_sentence(std::string_view text, const std::vector<Piece>& pieces,
                               std::size_t i, std::size_t sentence_start, bool rule) = 0;
};

// Indexes of the pieces that start a sentence (the first is always 0 when
// pieces is not empty). Linear in the number of pieces. Without a judge the
// rules decide alone.
std::vector<std::size_t> sentence_starts(std::string_view text, const std::vector<Piece>& pieces,
                                         BoundaryJudge* judge = nullptr);

// An abbreviation or initial that ends a sentence gives its period to the
// sentence, as EWT does ("... Inc." -> "Inc" "."): such pieces are cut in two.
// `starts` (from sentence_starts) is updated to the new indexes.
void split_final_periods(std::string_view text, std::vector<Piece>* pieces,
                         std::vector<std::size_t>* starts);

}  // namespace parley::internal
