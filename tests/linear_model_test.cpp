#include "nlp/linear_model.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

int argmax(const LinearModel& m, std::vector<std::uint64_t> feats) {
  std::vector<float> s(m.classes(), 0.0f);
  m.score(feats.data(), feats.size(), s.data());
  int best = 0;
  for (int c = 1; c < m.classes(); ++c) {
    if (s[c] > s[best]) best = c;
  }
  return best;
}

TEST(LinearModelTest, LearnsASeparableProblemAndAverages) {
  // Class = which of features 1, 2, 3 is present; feature 9 is noise on all.
  LinearModel m(3);
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int c = 0; c < 3; ++c) {
      std::vector<std::uint64_t> f = {static_cast<std::uint64_t>(c + 1), 9};
      m.update(f.data(), f.size(), c, argmax(m, f));
      m.tick();
    }
  }
  m.finish_training();
  for (int c = 0; c < 3; ++c) EXPECT_EQ(argmax(m, {static_cast<std::uint64_t>(c + 1), 9}), c);
}

TEST(LinearModelTest, SaveLoadKeepsScores) {
  LinearModel m(2);
  std::vector<std::uint64_t> f = {feature_hash(1, hash_string("the")), 42};
  m.update(f.data(), f.size(), 1, 0);
  m.tick();
  m.finish_training();
  ByteWriter w;
  m.save(&w);
  LinearModel loaded;
  ByteReader r(w.bytes());
  ASSERT_TRUE(loaded.load(&r));
  std::vector<float> a(2, 0.0f), b(2, 0.0f);
  m.score(f.data(), f.size(), a.data());
  loaded.score(f.data(), f.size(), b.data());
  EXPECT_EQ(a, b);
  EXPECT_GT(a[1], a[0]);
}

TEST(LinearModelTest, LoadRejectsTruncatedData) {
  LinearModel m(2);
  std::vector<std::uint64_t> f = {7};
  m.update(f.data(), f.size(), 1, 0);
  m.tick();
  m.finish_training();
  ByteWriter w;
  m.save(&w);
  std::string bytes = w.bytes();
  ByteReader r(std::string_view(bytes).substr(0, bytes.size() - 3));
  LinearModel loaded;
  EXPECT_FALSE(loaded.load(&r));
}

}  // namespace
}  // namespace parley
