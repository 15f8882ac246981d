#include "nlp/model_io.h"

#include <array>
#include <cstring>
#include <fstream>

#include "util/file.h"

namespace parley {

void ByteWriter::u32(std::uint32_t v) {
  for (int i = 0; i < 4; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
}

void ByteWriter::u64(std::uint64_t v) {
  for (int i = 0; i < 8; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
}

void ByteWriter::f32(float v) {
  std::uint32_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  u32(bits);
}

void ByteWriter::str(std::string_view s) {
  u32(static_cast<std::uint32_t>(s.size()));
  raw(s);
}

void ByteWriter::varint(std::uint64_t v) {
  while (v >= 0x80) {
    u8(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  u8(static_cast<std::uint8_t>(v));
}

bool ByteReader::varint(std::uint64_t* v) {
  std::uint64_t out = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    std::uint8_t byte;
    if (!u8(&byte)) return false;
    if (shift == 63 && byte > 1) return ok_ = false;  // more than 64 bits
    out |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) {
      *v = out;
      return true;
    }
  }
  return ok_ = false;
}

bool ByteReader::take(std::size_t n, const char** p) {
  if (!ok_ || n > data_.size() - pos_) return ok_ = false;
  *p = data_.data() + pos_;
  pos_ += n;
  return true;
}

bool ByteReader::u8(std::uint8_t* v) {
  const char* p;
  if (!take(1, &p)) return false;
  *v = static_cast<std::uint8_t>(*p);
  return true;
}

bool ByteReader::u32(std::uint32_t* v) {
  const char* p;
  if (!take(4, &p)) return false;
  *v = 0;
  for (int i = 0; i < 4; ++i) *v |= static_cast<std::uint32_t>(static_cast<std::uint8_t>(p[i])) << (8 * i);
  return true;
}

bool ByteReader::u64(std::uint64_t* v) {
  const char* p;
  if (!take(8, &p)) return false;
  *v = 0;
  for (int i = 0; i < 8; ++i) *v |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(p[i])) << (8 * i);
  return true;
}

bool ByteReader::i32(std::int32_t* v) {
  std::uint32_t u;
  if (!u32(&u)) return false;
  *v = static_cast<std::int32_t>(u);
  return true;
}

bool ByteReader::f32(float* v) {
  std::uint32_t bits;
  if (!u32(&bits)) return false;
  std::memcpy(v, &bits, sizeof bits);
  return true;
}

bool ByteReader::str(std::string* s) {
  std::uint32_t n;
  std::string_view bytes;
  if (!u32(&n) || !raw(n, &bytes)) return false;
  s->assign(bytes);
  return true;
}

bool ByteReader::raw(std::size_t n, std::string_view* out) {
  const char* p;
  if (!take(n, &p)) return false;
  *out = std::string_view(p, n);
  return true;
}

bool ByteReader::count(std::uint32_t* n, std::size_t min_item_bytes) {
  if (!u32(n)) return false;
  if (min_item_bytes > 0 && *n > (data_.size() - pos_) / min_item_bytes) return ok_ = false;
  return true;
}

std::uint32_t crc32(std::string_view data) {
  static const std::array<std::uint32_t, 256> kTable = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : data) c = kTable[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

Status write_model_file(const std::string& path, const std::map<std::string, std::string>& sections) {
  ByteWriter payload;
  for (const auto& [tag, bytes] : sections) {
    if (tag.size() != 4) return Status::invalid_argument("model section tag must have 4 characters: " + tag);
    payload.raw(tag);
    payload.u64(bytes.size());
    payload.raw(bytes);
  }
  ByteWriter file;
  file.raw(std::string_view(kModelMagic, sizeof kModelMagic));
  file.u32(kModelVersion);
  file.u64(payload.bytes().size());
  file.raw(payload.bytes());
  file.u32(crc32(payload.bytes()));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(file.bytes().data(), static_cast<std::streamsize>(file.bytes().size()));
  out.close();
  if (!out) return Status::io_error(path + ": cannot write the model file");
  return Status();
}

Result<std::map<std::string, std::string>> parse_model_bytes(std::string_view bytes,
                                                             const std::string& name) {
  auto bad = [&](const std::string& what) {
    return Status::corruption(name + ": not a usable parley model: " + what);
  };
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kModelMagic, 8) != 0) {
    return bad("wrong magic number (expected \"PRLYMODL\"; is this a parley model file?)");
  }
  ByteReader in(bytes.substr(8));
  std::uint32_t version;
  std::uint64_t length;
  if (!in.u32(&version) || !in.u64(&length)) return bad("truncated header");
  if (version != kModelVersion) {
    return bad("format version " + std::to_string(version) + ", this build reads version " +
               std::to_string(kModelVersion) + "; retrain the model or use a matching parley");
  }
  std::string_view payload;
  std::uint32_t crc;
  if (!in.raw(length, &payload) || !in.u32(&crc)) {
    return bad("payload length " + std::to_string(length) + " runs past the end of the file (" +
               std::to_string(bytes.size()) + " bytes): the file is truncated");
  }
  if (!in.at_end()) return bad("extra bytes after the checksum");
  if (crc32(payload) != crc) return bad("checksum mismatch: the file is damaged");
  std::map<std::string, std::string> sections;
  ByteReader body(payload);
  while (!body.at_end()) {
    std::string_view tag, data;
    std::uint64_t n;
    if (!body.raw(4, &tag) || !body.u64(&n) || !body.raw(n, &data)) return bad("malformed section table");
    sections[std::string(tag)] = std::string(data);
  }
  return sections;
}

Result<std::map<std::string, std::string>> read_model_file(const std::string& path) {
  Result<std::string> bytes = read_file(path);
  if (!bytes.ok()) return bytes.status();
  return parse_model_bytes(*bytes, path);
}

}  // namespace parley
