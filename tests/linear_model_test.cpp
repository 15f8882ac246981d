#include "nlp/linear_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

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

// The range the tagger and parser use: template ids up to ~1,100 and small
// values (classes, flags, labels, distances) as well as string hashes. Before
// the template id was mixed, feature_hash(t, v) == feature_hash(t + 1, v - 64).
TEST(LinearModelTest, FeatureHashDoesNotCollideOnDistinctPairs) {
  std::vector<std::uint64_t> hashes;
  for (std::uint32_t t = 0; t < 1200; ++t) {
    for (std::uint64_t v = 0; v < 3000; ++v) hashes.push_back(feature_hash(t, v));
    for (std::uint64_t v = 0; v < 64; ++v) {
      hashes.push_back(feature_hash(t, v, v + 1));
      hashes.push_back(feature_hash(t, hash_string("w" + std::to_string(v)), v % 8, 1));
    }
  }
  const std::size_t n = hashes.size();
  std::sort(hashes.begin(), hashes.end());
  EXPECT_EQ(std::unique(hashes.begin(), hashes.end()) - hashes.begin(), static_cast<long>(n));
  EXPECT_NE(feature_hash(1, 100), feature_hash(2, 36));
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

// A wrong class for example i (never its gold class i % classes).
int guess_for(std::uint64_t i, int classes) {
  std::uint64_t k = static_cast<std::uint64_t>(classes);
  return static_cast<int>((i % k + 1 + i % (k - 1)) % k);
}

// Many features, most with a few non-zero classes: the compact form after
// finish_training() must score exactly as the dense averaged rows would, and
// survive a save/load round trip byte for byte.
TEST(LinearModelTest, CompactFormKeepsEveryWeight) {
  const int classes = 7;
  LinearModel m(classes);
  std::vector<std::uint64_t> feats;
  for (std::uint64_t i = 0; i < 3000; ++i) {
    feats = {1000u + i, 100000u + i % 50, 5};
    m.update(feats.data(), feats.size(), static_cast<int>(i % classes), guess_for(i, classes));
    m.tick();
  }
  m.finish_training();
  EXPECT_GE(m.features(), 3000u);
  ByteWriter w;
  m.save(&w);
  LinearModel loaded;
  ByteReader r(w.bytes());
  ASSERT_TRUE(loaded.load(&r));
  EXPECT_TRUE(r.at_end());
  ByteWriter again;
  loaded.save(&again);
  EXPECT_EQ(again.bytes(), w.bytes());
  for (std::uint64_t i = 0; i < 3000; i += 7) {
    // Feature 1/i was updated once, at clock i, and kept its +1/-1 until the
    // end (3000 examples): averaged weight (3000 - i) / 3000.
    std::uint64_t f = 1000u + i;
    std::vector<float> s(classes, 0.0f);
    loaded.score(&f, 1, s.data());
    float want = static_cast<float>((3000.0 - static_cast<double>(i)) / 3000.0);
    EXPECT_FLOAT_EQ(s[i % classes], want) << i;
    EXPECT_FLOAT_EQ(s[guess_for(i, classes)], -want) << i;
  }
  std::uint64_t unknown = 123456789;
  std::vector<float> s(classes, 0.0f);
  loaded.score(&unknown, 1, s.data());
  EXPECT_EQ(s, std::vector<float>(classes, 0.0f));
}

TEST(LinearModelTest, LoadRejectsAFeatureListedTwice) {
  ByteWriter w;
  w.u32(2);  // classes
  w.u32(2);  // features
  for (int k = 0; k < 2; ++k) {
    w.u64(99);
    w.u32(1);
    w.u8(1);
    w.u8(0);
    w.f32(0.5f);
  }
  LinearModel m;
  ByteReader r(w.bytes());
  EXPECT_FALSE(m.load(&r));
}

}  // namespace
}  // namespace parley
