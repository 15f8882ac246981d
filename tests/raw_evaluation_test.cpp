#include "nlp/raw_evaluation.h"

#include <gtest/gtest.h>

#include "io/conllu.h"
#include "text/tokenizer.h"

namespace parley {
namespace {

// Our own two-sentence gold treebank with a multiword token.
const char* kGold =
    "# text = Arnor won't talk.\n"
    "1\tArnor\tArnor\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\two\twill\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\ttalk\ttalk\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Gondor agrees.\n"
    "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tagrees\tagree\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(RawEvaluationTest, GoldAnnotationsOnItsOwnTokensScorePerfectly) {
  std::vector<Sentence> gold = parse_conllu(kGold, "gold.conllu", nullptr);
  ASSERT_EQ(gold.size(), 2u);
  GoldText text = gold_text(gold);
  std::vector<Sentence> predicted = split_text(text.text);
  ASSERT_EQ(predicted.size(), 2u);
  // Copy the gold annotations onto the predicted words (same tokenization).
  for (std::size_t i = 0; i < 2; ++i) {
    ASSERT_EQ(predicted[i].tokens.size(), gold[i].tokens.size());
    for (std::size_t k = 0; k < gold[i].tokens.size(); ++k) {
      Token& p = predicted[i].tokens[k];
      const Token& g = gold[i].tokens[k];
      p.upos = g.upos;
      p.xpos = g.xpos;
      p.lemma = g.lemma;
      p.head = g.head;
      p.deprel = g.deprel;
    }
  }
  Result<RawScores> s = score_raw(gold, text, predicted);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->words.gold, 8u);
  EXPECT_DOUBLE_EQ(s->words.f1(), 100.0);
  EXPECT_DOUBLE_EQ(s->las.f1(), 100.0);
  EXPECT_DOUBLE_EQ(s->tokenization.sentences.f1(), 100.0);

  // One wrong head and one wrong relation.
  predicted[1].tokens[0].head = 3;
  predicted[0].tokens[4].deprel = "obj";
  Result<RawScores> worse = score_raw(gold, text, predicted);
  ASSERT_TRUE(worse.ok());
  EXPECT_EQ(worse->uas.correct, 7u);
  EXPECT_EQ(worse->las.correct, 6u);
}

}  // namespace
}  // namespace parley
