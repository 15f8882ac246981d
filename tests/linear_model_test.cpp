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

// Hand-written encodings: feature 99, then a delta (0 = 99 again).
std::string two_features(std::uint64_t delta) {
  ByteWriter w;
  w.u32(2);  // classes
  w.u32(2);  // features
  for (std::uint64_t feat_delta : {std::uint64_t{99}, delta}) {
    w.varint(feat_delta);
    w.varint(1);  // one weight
    w.varint(1);  // class 1
    w.f32(0.5f);
  }
  return w.bytes();
}

TEST(LinearModelTest, LoadRejectsAFeatureListedTwice) {
  LinearModel m;
  std::string ok_bytes = two_features(1);
  ByteReader ok(ok_bytes);
  ASSERT_TRUE(m.load(&ok));
  EXPECT_EQ(m.features(), 2u);
  std::string twice = two_features(0);
  ByteReader r(twice);
  EXPECT_FALSE(m.load(&r));
}

TEST(LinearModelTest, VarintRoundTripsAndRejectsOverlongData) {
  ByteWriter w;
  const std::vector<std::uint64_t> values = {0, 1, 127, 128, 300, 1ull << 35, ~0ull};
  for (std::uint64_t v : values) w.varint(v);
  EXPECT_EQ(w.bytes().size(), 1u + 1 + 1 + 2 + 2 + 6 + 10);
  ByteReader r(w.bytes());
  for (std::uint64_t v : values) {
    std::uint64_t got = 0;
    ASSERT_TRUE(r.varint(&got));
    EXPECT_EQ(got, v);
  }
  EXPECT_TRUE(r.at_end());
  std::string overlong(11, static_cast<char>(0x80));
  ByteReader bad(overlong);
  std::uint64_t v;
  EXPECT_FALSE(bad.varint(&v));
  std::string truncated(1, static_cast<char>(0x80));
  ByteReader cut(truncated);
  EXPECT_FALSE(cut.varint(&v));
}

// A 3-class model keeps its weights in the table slots: same scores as the
// rows it was built from, through a save/load round trip.
TEST(LinearModelTest, InlineFormForThreeClassesKeepsScores) {
  LinearModel m(3);
  for (std::uint64_t i = 0; i < 2000; ++i) {
    std::vector<std::uint64_t> f = {feature_hash(7, i), feature_hash(8, i % 13)};
    m.update(f.data(), f.size(), static_cast<int>(i % 3), static_cast<int>((i + 1) % 3));
    m.tick();
  }
  m.finish_training();
  EXPECT_EQ(m.features(), 2013u);
  ByteWriter w;
  m.save(&w);
  LinearModel loaded;
  ByteReader r(w.bytes());
  ASSERT_TRUE(loaded.load(&r));
  ByteWriter again;
  loaded.save(&again);
  EXPECT_EQ(again.bytes(), w.bytes());
  for (std::uint64_t i = 0; i < 2000; i += 37) {
    std::uint64_t f = feature_hash(7, i);
    std::vector<float> s(3, 0.0f);
    loaded.score(&f, 1, s.data());
    float want = static_cast<float>((2000.0 - static_cast<double>(i)) / 2000.0);
    EXPECT_FLOAT_EQ(s[i % 3], want) << i;
    EXPECT_FLOAT_EQ(s[(i + 1) % 3], -want) << i;
  }
}

// Pruning: features updated fewer than min_updates times are dropped.
TEST(LinearModelTest, FinishTrainingDropsRarelyUpdatedFeatures) {
  for (std::uint32_t min_updates : {1u, 3u}) {
    LinearModel m(4);
    for (std::uint64_t i = 0; i < 100; ++i) {
      std::vector<std::uint64_t> f = {1000 + i, 5};  // 1000+i once, 5 always
      if (i < 10) f.push_back(2000 + i % 5);         // 2000..2004 twice each
      if (i < 30) f.push_back(3000 + i % 10);        // 3000..3009 three times each
      m.update(f.data(), f.size(), static_cast<int>(i % 4), static_cast<int>((i + 1) % 4));
      m.tick();
    }
    m.finish_training(min_updates);
    EXPECT_EQ(m.features(), min_updates == 1 ? 116u : 11u) << min_updates;
    std::uint64_t rare = 1000;
    std::vector<float> s(4, 0.0f);
    m.score(&rare, 1, s.data());
    EXPECT_EQ(s[0] != 0.0f, min_updates == 1);
  }
}

// Loads the bytes of `m` in the given layout.
LinearModel reload(const LinearModel& m, ScoringLayout layout) {
  ByteWriter w;
  m.save(&w);
  LinearModel out;
  ByteReader r(w.bytes());
  EXPECT_TRUE(out.load(&r, layout));
  return out;
}

// Features that share their low 32 bits share the fast table's check, and
// features updated for many classes get dense records: the fast layout must
// still score every feature list bit for bit as the plain reference does, and
// add nothing for features it does not hold.
std::uint64_t colliding(std::uint64_t k) { return (k << 32) | 0xC0FFEEu; }  // one check for all

// A 40-class model: features 7 and 8 meet every class (dense rows), the
// colliding ones 0..299 a few. With 3 classes, a dense model (the parser's
// moves).
LinearModel model_with_collisions(int classes = 40) {
  LinearModel m(classes);
  for (std::uint64_t i = 0; i < 4000; ++i) {
    std::vector<std::uint64_t> f = {7, 8, colliding(i % 300), feature_hash(3, i % 997)};
    int gold = static_cast<int>(i % classes);
    int guess = (gold + 1 + static_cast<int>(i % 7)) % classes;
    m.update(f.data(), f.size(), gold, guess, 0.25f + static_cast<float>(i % 5));
    m.tick();
  }
  m.finish_training();
  return m;
}

TEST(LinearModelTest, FastLayoutScoresAsThePlainReference) {
  LinearModel m = model_with_collisions();
  const int classes = m.classes();
  LinearModel fast = reload(m, ScoringLayout::kFast);
  LinearModel plain = reload(m, ScoringLayout::kPlain);
  ASSERT_EQ(fast.features(), plain.features());
  ByteWriter a, b;
  fast.save(&a);
  plain.save(&b);
  EXPECT_EQ(a.bytes(), b.bytes());
  for (std::uint64_t i = 0; i < 700; ++i) {
    // Known and unknown colliding features (300..599 were never seen), in lists
    // long enough to span several lookup batches.
    std::vector<std::uint64_t> f;
    for (std::uint64_t k = 0; k < 40; ++k) {
      f.push_back(k % 3 == 0 ? colliding((i + k) % 600) : feature_hash(3, i * 40 + k));
    }
    f.push_back(7);
    f.push_back(8);
    std::vector<float> x(classes, 0.0f), y(classes, 0.0f);
    fast.score(f.data(), f.size(), x.data());
    plain.score(f.data(), f.size(), y.data());
    ASSERT_EQ(x, y) << i;
  }
  std::uint64_t unknown = colliding(12345);
  std::vector<float> s(classes, 0.0f);
  fast.score(&unknown, 1, s.data());
  EXPECT_EQ(s, std::vector<float>(classes, 0.0f));
  std::uint64_t known = colliding(5);
  plain.score(&known, 1, s.data());
  EXPECT_NE(s, std::vector<float>(classes, 0.0f));
}

// score_batch() adds each example's features to its own row, as score() on
// each example alone: examples of every length around the lookup pipeline's
// depth (16 and 32 features ahead), empty ones among them; in a sparse and a
// dense (3-class) model.
TEST(LinearModelTest, ScoreBatchScoresEachExampleAsScore) {
  for (int model_classes : {40, 3}) {
    LinearModel m = model_with_collisions(model_classes);
    const int classes = m.classes();
    for (ScoringLayout layout : {ScoringLayout::kFast, ScoringLayout::kPlain}) {
      LinearModel model = reload(m, layout);
      std::vector<std::uint64_t> feats;
      std::vector<std::uint32_t> ends;
      for (std::uint64_t e = 0; e < 60; ++e) {
        const std::uint64_t length = e % 5 == 0 ? 0 : (e * 7) % 45;
        for (std::uint64_t k = 0; k < length; ++k) {
          feats.push_back(k % 4 == 0 ? colliding((e + k) % 600) : k % 9 == 0 ? 7 : feature_hash(3, e * 50 + k));
        }
        ends.push_back(static_cast<std::uint32_t>(feats.size()));
      }
      std::vector<float> batch(ends.size() * classes, 0.0f);
      model.score_batch(feats.data(), ends.data(), ends.size(), batch.data());
      for (std::size_t e = 0, begin = 0; e < ends.size(); begin = ends[e++]) {
        std::vector<float> one(classes, 0.0f);
        model.score(feats.data() + begin, ends[e] - begin, one.data());
        std::vector<float> row(batch.begin() + e * classes, batch.begin() + (e + 1) * classes);
        ASSERT_EQ(row, one) << "example " << e << ", layout " << static_cast<int>(layout) << ", classes "
                            << classes;
        if (ends[e] > begin) {
          EXPECT_NE(one, std::vector<float>(classes, 0.0f)) << e << ", classes " << classes;
        }
      }
    }
  }
}

// Feature lists of every length from 0 to 80 score alike in both layouts
// (the pipeline's start and end).
TEST(LinearModelTest, FastLayoutScoresListsOfAnyLength) {
  LinearModel m = model_with_collisions();
  LinearModel fast = reload(m, ScoringLayout::kFast);
  LinearModel plain = reload(m, ScoringLayout::kPlain);
  for (std::uint64_t n = 0; n <= 80; ++n) {
    std::vector<std::uint64_t> f;
    for (std::uint64_t k = 0; k < n; ++k) f.push_back(k % 2 ? colliding((n + k) % 600) : feature_hash(3, n + k));
    std::vector<float> x(m.classes(), 0.0f), y(m.classes(), 0.0f);
    fast.score(f.data(), f.size(), x.data());
    plain.score(f.data(), f.size(), y.data());
    ASSERT_EQ(x, y) << n;
  }
}

}  // namespace
}  // namespace parley
