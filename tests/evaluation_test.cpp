#include "nlp/evaluation.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

Sentence sentence(std::vector<std::tuple<std::string, std::string, int, std::string>> words) {
  Sentence s;
  for (auto& [form, upos, head, rel] : words) {
    Token t;
    t.form = form;
    t.lemma = form;
    t.upos = upos;
    t.xpos = upos;
    t.head = head;
    t.deprel = rel;
    s.tokens.push_back(t);
  }
  return s;
}

TEST(EvaluationTest, CountsTagsHeadsAndUniversalRelations) {
  Sentence gold = sentence({{"Arnor", "PROPN", 2, "nsubj:pass"}, {"hit", "VERB", 0, "root"},
                            {"Gondor", "PROPN", 2, "obj"}, {".", "PUNCT", 2, "punct"}});
  Sentence pred = sentence({{"Arnor", "PROPN", 2, "nsubj"}, {"hit", "NOUN", 0, "root"},
                            {"Gondor", "PROPN", 2, "iobj"}, {".", "PUNCT", 3, "punct"}});
  AnnotationScores s = score_annotations({gold}, {pred});
  EXPECT_EQ(s.words, 4);
  EXPECT_EQ(s.upos, 3);
  EXPECT_EQ(s.uas, 3);
  EXPECT_EQ(s.las, 2);  // nsubj:pass vs nsubj counts; obj vs iobj does not
  EXPECT_DOUBLE_EQ(s.percent(s.las), 50.0);
}

TEST(EvaluationTest, SkipsSentencesWhoseWordsDoNotPairUp) {
  Sentence gold = sentence({{"a", "X", 0, "root"}});
  Sentence pred = sentence({{"a", "X", 0, "root"}, {"b", "X", 1, "dep"}});
  int mismatched = 0;
  AnnotationScores s = score_annotations({gold, gold}, {pred}, &mismatched);
  EXPECT_EQ(mismatched, 2);
  EXPECT_EQ(s.words, 0);
}

TEST(EvaluationTest, StripKeepsOnlyWords) {
  Sentence gold = sentence({{"Arnor", "PROPN", 0, "root"}});
  gold.tokens[0].start = 3;
  Sentence bare = strip_annotations(gold);
  EXPECT_EQ(bare.tokens[0].form, "Arnor");
  EXPECT_EQ(bare.tokens[0].start, 3u);
  EXPECT_TRUE(bare.tokens[0].upos.empty());
  EXPECT_EQ(bare.tokens[0].head, 0);
}

}  // namespace
}  // namespace parley
