#include "coding/parse_view.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

Sentence make(std::vector<std::pair<std::string, int>> words, std::vector<std::string> rels) {
  Sentence s;
  for (std::size_t i = 0; i < words.size(); ++i) {
    Token t;
    t.form = words[i].first;
    t.lemma = words[i].first;
    t.upos = "NOUN";
    t.head = words[i].second;
    t.deprel = rels[i];
    s.tokens.push_back(t);
  }
  return s;
}

TEST(ParseViewTest, NormalisesUdV1Relations) {
  Sentence s = make({{"Arnor", 2}, {"hit", 0}, {"Gondor", 2}}, {"nsubjpass", "root", "dobj"});
  ParseView v(s);
  EXPECT_EQ(v.rel(0), "nsubj:pass");
  EXPECT_EQ(v.base_rel(0), "nsubj");
  EXPECT_EQ(v.rel(2), "obj");
  EXPECT_EQ(v.head(1), -1);
  EXPECT_EQ(v.children(1), (std::vector<int>{0, 2}));
  EXPECT_EQ(v.word(0), "ARNOR");
}

TEST(ParseViewTest, CutsCyclesAndBadHeads) {
  // 1 -> 2 -> 3 -> 1 is a cycle; token 4 points past the end.
  Sentence s = make({{"a", 2}, {"b", 3}, {"c", 1}, {"d", 9}}, {"dep", "dep", "dep", "dep"});
  ParseView v(s);
  for (int i = 0; i < v.size(); ++i) {
    int steps = 0;
    for (int t = i; t >= 0; t = v.head(t)) ASSERT_LT(++steps, 10) << "walk from " << i << " does not end";
  }
  EXPECT_EQ(v.head(3), -1);
  EXPECT_EQ(v.subtree(0).size() + v.subtree(3).size() >= 2u, true);
}

TEST(ParseViewTest, SelfHeadIsARoot) {
  Sentence s = make({{"a", 1}}, {"root"});
  ParseView v(s);
  EXPECT_EQ(v.head(0), -1);
}

}  // namespace
}  // namespace parley
