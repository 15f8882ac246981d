// The shipped model scored through the fast in-memory layout must annotate
// exactly as through the plain reference layout (sorted rows, binary search,
// each weight added to its class: LinearModel's ScoringLayout::kPlain), every
// tag, lemma, head and label of UD English EWT dev and test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_util.h"
#include "ewt_data.h"
#include "nlp/evaluation.h"
#include "nlp/pipeline.h"

namespace parley {
namespace {

const std::string kModel = std::string(PARLEY_SOURCE_DIR) + "/data/models/en_ewt.parley";

// Annotates every sentence of `gold` (stripped of its annotations) with `model`.
std::vector<Sentence> annotate_all(const NlpModel& model, const std::vector<Sentence>& gold) {
  std::vector<Sentence> out;
  out.reserve(gold.size());
  for (const Sentence& g : gold) {
    out.push_back(strip_annotations(g));
    model.annotate(&out.back());
  }
  return out;
}

TEST(ScoringLayoutTest, FastLayoutAnnotatesEwtExactlyAsThePlainReference) {
  Result<NlpModel> fast = NlpModel::load(kModel, ScoringLayout::kFast);
  Result<NlpModel> plain = NlpModel::load(kModel, ScoringLayout::kPlain);
  ASSERT_TRUE(fast.ok()) << fast.status().message();
  ASSERT_TRUE(plain.ok()) << plain.status().message();
  long tokens = 0, differences = 0;
  for (const char* split : {"dev", "test"}) {
    std::vector<Sentence> gold = read_ewt(split);
    ASSERT_GT(gold.size(), 1000u) << split;
    std::vector<Sentence> a = annotate_all(*fast, gold);
    std::vector<Sentence> b = annotate_all(*plain, gold);
    for (std::size_t i = 0; i < gold.size(); ++i) {
      ASSERT_EQ(a[i].tokens.size(), b[i].tokens.size());
      for (std::size_t k = 0; k < a[i].tokens.size(); ++k) {
        const Token& x = a[i].tokens[k];
        const Token& y = b[i].tokens[k];
        ++tokens;
        bool same = x.upos == y.upos && x.xpos == y.xpos && x.lemma == y.lemma && x.head == y.head &&
                    x.deprel == y.deprel;
        if (!same && ++differences <= 10) {
          ADD_FAILURE() << split << " sentence " << i << " token " << k << " (" << x.form << "): fast "
                        << x.upos << " " << x.xpos << " " << x.lemma << " " << x.head << " "
                        << x.deprel << ", plain " << y.upos << " " << y.xpos << " " << y.lemma << " "
                        << y.head << " " << y.deprel;
        }
      }
    }
  }
  EXPECT_EQ(differences, 0) << "of " << tokens << " tokens";
  EXPECT_GT(tokens, 45000);
}

// The in-memory form changes nothing on disk: both layouts write the shipped
// file back byte for byte.
TEST(ScoringLayoutTest, BothLayoutsSaveTheShippedFileUnchanged) {
  const std::string original = testing_cli::slurp(kModel);
  ASSERT_GT(original.size(), 1000000u);
  testing_cli::ScratchDir dir("parley_layout");
  for (ScoringLayout layout : {ScoringLayout::kFast, ScoringLayout::kPlain}) {
    Result<NlpModel> model = NlpModel::load(kModel, layout);
    ASSERT_TRUE(model.ok()) << model.status().message();
    const std::string path = (dir.path() / "again.parley").string();
    ASSERT_TRUE(model->save(path).ok());
    EXPECT_TRUE(testing_cli::slurp(path) == original) << "layout " << static_cast<int>(layout);
  }
}

}  // namespace
}  // namespace parley
