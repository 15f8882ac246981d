#include "parley/status.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
}

TEST(StatusTest, ErrorKeepsMessage) {
  Status s = Status::corruption("x.txt:3: bad code");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(), "x.txt:3: bad code");
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> good = 7;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 7);
  Result<int> bad = Status::not_found("nothing");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "nothing");
}

TEST(DiagnosticTest, FormatsFileLineMessage) {
  EXPECT_EQ((Diagnostic{"a.txt", 12, "bad"}).to_string(), "a.txt:12: bad");
  EXPECT_EQ((Diagnostic{"a.txt", 0, "bad"}).to_string(), "a.txt: bad");
}

}  // namespace
}  // namespace parley
