// Binary encoding for parley's model file (docs/model_format.md).
//
// A model file is: magic "PRLYMODL" (8 bytes), format version (u32), payload
// length (u64), the payload, and a CRC-32 of the payload (u32). The payload is a
// sequence of sections, each a 4-character tag, a u64 length and its bytes, so
// a reader can find the tagger ("TAGR"), the lemmatizer ("LEMM") and the parser
// ("PARS") and skip what it does not know. All integers are little-endian;
// floats are IEEE-754 binary32, little-endian.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

inline constexpr char kModelMagic[8] = {'P', 'R', 'L', 'Y', 'M', 'O', 'D', 'L'};
inline constexpr std::uint32_t kModelVersion = 1;

// Appends encoded values to a byte buffer.
class ByteWriter {
 public:
  void u8(std::uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v);
  void u64(std::uint64_t v);
  void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
  void f32(float v);
  // LEB128: 7 bits a byte, low bits first, high bit set on all but the last.
  void varint(std::uint64_t v);
  void str(std::string_view s);  // u32 length + bytes
  void raw(std::string_view s) { bytes_.append(s); }
  const std::string& bytes() const { return bytes_; }
  std::string take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

// Reads encoded values; every read checks the remaining length, and after the
// first failure all reads fail and ok() is false. Lengths read from the data
// are bounded by what is left, so a corrupt length cannot allocate wildly.
class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}
  bool u8(std::uint8_t* v);
  bool u32(std::uint32_t* v);
  bool u64(std::uint64_t* v);
  bool i32(std::int32_t* v);
  bool f32(float* v);
  bool varint(std::uint64_t* v);  // false past 10 bytes or 64 bits
  bool str(std::string* s);
  bool raw(std::size_t n, std::string_view* out);
  // A count of items of at least `min_item_bytes` each: fails when the rest of
  // the data could not hold that many.
  bool count(std::uint32_t* n, std::size_t min_item_bytes);
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == data_.size(); }
  std::size_t offset() const { return pos_; }

 private:
  bool take(std::size_t n, const char** p);
  std::string_view data_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

std::uint32_t crc32(std::string_view data);

// Writes sections (tag -> bytes, in tag order) as a model file.
Status write_model_file(const std::string& path, const std::map<std::string, std::string>& sections);
// Reads a model file and returns its sections; Corruption with a message naming
// the file and saying what is wrong (magic, version, length, checksum).
Result<std::map<std::string, std::string>> read_model_file(const std::string& path);
Result<std::map<std::string, std::string>> parse_model_bytes(std::string_view bytes,
                                                             const std::string& name);

}  // namespace parley
