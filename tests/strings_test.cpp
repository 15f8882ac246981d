// The project's one set of text helpers (util/strings.h): blanks, trim, the
// in-memory line reader, and the small splitters built on them.
#include "util/strings.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace parley {
namespace {

std::vector<std::pair<int, std::string>> lines(std::string_view text) {
  std::vector<std::pair<int, std::string>> out;
  for_each_line(text, [&out](std::string_view line, int number) { out.emplace_back(number, std::string(line)); });
  return out;
}

TEST(StringsTest, BlanksAreTheAsciiSpaceSetOnly) {
  for (char c : std::string(" \t\r\n\v\f")) EXPECT_TRUE(is_blank(c)) << int(c);
  for (char c : std::string("a_.\x01")) EXPECT_FALSE(is_blank(c)) << int(c);
  EXPECT_FALSE(is_blank('\xa0'));  // a UTF-8 continuation byte is not a blank
  EXPECT_EQ(trim(" \t word  two \r\n"), "word  two");
  EXPECT_EQ(trim(" \f\v "), "");
  EXPECT_EQ(trim(""), "");
}

TEST(StringsTest, LinesAreNumberedWithoutTheirNewlines) {
  using L = std::vector<std::pair<int, std::string>>;
  EXPECT_EQ(lines("a\nb\r\n\nc"), (L{{1, "a"}, {2, "b"}, {3, ""}, {4, "c"}}));
  EXPECT_EQ(lines("a\n"), (L{{1, "a"}}));  // no empty line after a final newline
  EXPECT_EQ(lines("\n"), (L{{1, ""}}));
  EXPECT_TRUE(lines("").empty());
  EXPECT_EQ(lines("x\r"), (L{{1, "x"}}));  // a lone final CR is a CRLF's half
}

TEST(StringsTest, TextLinesKeepsCountingAfterTheEnd) {
  TextLines reader("one\ntwo");
  std::string_view line;
  ASSERT_TRUE(reader.next(&line));
  EXPECT_EQ(line, "one");
  ASSERT_TRUE(reader.next(&line));
  EXPECT_EQ(line, "two");
  EXPECT_EQ(reader.number(), 2);
  EXPECT_FALSE(reader.next(&line));
  EXPECT_FALSE(reader.next(&line));
  EXPECT_EQ(reader.number(), 2);
}

TEST(StringsTest, CommentsAndSplits) {
  EXPECT_EQ(strip_comment("  KYIV [UKR]  # the capital"), "KYIV [UKR]");
  EXPECT_EQ(strip_comment("# only a comment"), "");
  std::vector<std::string_view> parts = split_any(",a,,b c,", ", ");
  EXPECT_EQ(parts, (std::vector<std::string_view>{"a", "b", "c"}));
}

}  // namespace
}  // namespace parley
