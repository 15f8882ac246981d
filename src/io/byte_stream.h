// A file (or standard input) read as a stream of bytes, decompressed on the fly
// when it is gzip or zstd (recognised by their magic bytes, not by the name),
// and the line reader the JSON Lines input streams through. Memory is bounded:
// a few buffers of 64 KiB plus the longest line kept (LineReader's cap).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "parley/status.h"

namespace parley {

enum class Compression { kNone, kGzip, kZstd };

// "gzip", "zstd" or "" for plain bytes.
std::string_view compression_name(Compression c);
Compression detect_compression(std::string_view head);

class Decoder;  // byte_stream.cpp

class ByteStream {
 public:
  // `path` "-" reads standard input; `name` is what messages call it.
  static Result<std::unique_ptr<ByteStream>> open(const std::string& path, const std::string& name);
  // A stream over bytes held in memory (tests, fuzzing).
  static std::unique_ptr<ByteStream> from_string(std::string bytes, const std::string& name);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Up to `n` decoded bytes into `buf`; 0 at the end. An error Status names the
  // stream and the problem (read error, truncated or corrupt compressed data);
  // the bytes decoded before it have been returned already.
  Result<std::size_t> read(char* buf, std::size_t n);
  // The first decoded bytes (up to `n`), without consuming them.
  Result<std::string_view> peek(std::size_t n);

  Compression compression() const { return compression_; }
  const std::string& name() const { return name_; }
  // Raw (compressed) bytes consumed so far and the raw size when known (0 if not).
  std::uint64_t raw_consumed() const { return raw_consumed_; }
  std::uint64_t raw_size() const { return raw_size_; }

 private:
  ByteStream() = default;
  Result<std::size_t> read_raw(char* buf, std::size_t n);
  Result<std::size_t> read_decoded(char* buf, std::size_t n);

  std::string name_;
  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::string memory_;  // from_string: the bytes, read from memory_pos_
  std::size_t memory_pos_ = 0;
  bool from_memory_ = false;
  Compression compression_ = Compression::kNone;
  std::unique_ptr<Decoder> decoder_;
  std::string in_buf_;        // raw bytes read, in_buf_[in_pos_..in_len_) not yet decoded
  std::size_t in_pos_ = 0;
  std::size_t in_len_ = 0;
  bool raw_end_ = false;
  bool output_pending_ = false;  // the decoder filled the output: it may hold more
  std::string peeked_;        // decoded bytes handed out by peek, not yet by read
  std::size_t peeked_pos_ = 0;
  std::uint64_t raw_consumed_ = 0;
  std::uint64_t raw_size_ = 0;
  bool detected_ = false;
};

// Lines of a ByteStream, one at a time. A line longer than `max_line` bytes is
// not kept: its bytes are skipped up to the next newline and next() says so.
class LineReader {
 public:
  enum class Kind { kLine, kTooLong, kEnd, kError };
  LineReader(ByteStream* in, std::size_t max_line) : in_(in), max_line_(max_line) {}

  // kLine: `line` holds the line without '\n' (a final '\r' is removed).
  // kTooLong: the line was skipped; `line` is empty. kError: `error` says why.
  Kind next(std::string* line);
  int line_number() const { return line_number_; }  // of the line just returned
  const Status& error() const { return error_; }

 private:
  bool fill();  // false at the end or on error
  ByteStream* in_;
  std::size_t max_line_;
  std::string buf_;
  std::size_t pos_ = 0;
  int line_number_ = 0;
  bool done_ = false;
  Status error_;
};

// The whole (decoded) stream, refused when it is longer than `max_bytes`.
Result<std::string> read_all(ByteStream* in, std::size_t max_bytes);

}  // namespace parley
