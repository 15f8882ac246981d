#include "nlp/model_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace parley {
namespace {

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("parley_model_io_" + name)).string();
}

TEST(ModelIoTest, EncodesAndDecodesValues) {
  ByteWriter w;
  w.u32(0xDEADBEEF);
  w.u64(1ull << 40);
  w.i32(-7);
  w.f32(1.5f);
  w.str("tagger");
  ByteReader r(w.bytes());
  std::uint32_t a;
  std::uint64_t b;
  std::int32_t c;
  float d;
  std::string e;
  ASSERT_TRUE(r.u32(&a) && r.u64(&b) && r.i32(&c) && r.f32(&d) && r.str(&e));
  EXPECT_EQ(a, 0xDEADBEEF);
  EXPECT_EQ(b, 1ull << 40);
  EXPECT_EQ(c, -7);
  EXPECT_EQ(d, 1.5f);
  EXPECT_EQ(e, "tagger");
  EXPECT_TRUE(r.at_end());
  EXPECT_FALSE(r.u8(nullptr));  // past the end: fails, does not read
  EXPECT_FALSE(r.ok());
}

TEST(ModelIoTest, RejectsCountsTheDataCannotHold) {
  ByteWriter w;
  w.u32(1000000);
  ByteReader r(w.bytes());
  std::uint32_t n;
  EXPECT_FALSE(r.count(&n, 4));
}

TEST(ModelIoTest, FileRoundTrip) {
  std::string path = temp_path("roundtrip.bin");
  ASSERT_TRUE(write_model_file(path, {{"TAGR", "abc"}, {"PARS", std::string("\0x", 2)}}).ok());
  auto sections = read_model_file(path);
  ASSERT_TRUE(sections.ok()) << sections.status().message();
  EXPECT_EQ(sections->at("TAGR"), "abc");
  EXPECT_EQ(sections->at("PARS"), std::string("\0x", 2));
  std::filesystem::remove(path);
}

std::string model_bytes() {
  std::string path = temp_path("bytes.bin");
  EXPECT_TRUE(write_model_file(path, {{"TAGR", "weights"}}).ok());
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove(path);
  return bytes;
}

TEST(ModelIoTest, RejectsWrongMagicVersionLengthAndChecksum) {
  std::string good = model_bytes();
  ASSERT_TRUE(parse_model_bytes(good, "m").ok());

  std::string magic = good;
  magic[0] = 'X';
  auto r1 = parse_model_bytes(magic, "m.bin");
  ASSERT_FALSE(r1.ok());
  EXPECT_NE(r1.status().message().find("m.bin: not a usable parley model: wrong magic"), std::string::npos);

  std::string version = good;
  version[8] = 9;
  auto r2 = parse_model_bytes(version, "m.bin");
  ASSERT_FALSE(r2.ok());
  EXPECT_NE(r2.status().message().find("format version 9, this build reads version 1"), std::string::npos);

  auto r3 = parse_model_bytes(good.substr(0, good.size() - 6), "m.bin");
  ASSERT_FALSE(r3.ok());
  EXPECT_NE(r3.status().message().find("truncated"), std::string::npos);

  std::string damaged = good;
  damaged[good.size() - 6] ^= 1;
  auto r4 = parse_model_bytes(damaged, "m.bin");
  ASSERT_FALSE(r4.ok());
  EXPECT_NE(r4.status().message().find("checksum"), std::string::npos);
}

TEST(ModelIoTest, Crc32OfKnownString) {
  EXPECT_EQ(crc32("123456789"), 0xCBF43926u);  // the standard CRC-32 check value
}

}  // namespace
}  // namespace parley
