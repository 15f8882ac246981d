// `parley train --sentences-only`: adds the learned sentence splitter to the
// shipped model without retraining it; the result splits EWT dev better from
// raw text and tags and parses exactly as before with gold tokenization.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "cli_util.h"
#include "nlp/pipeline.h"

namespace parley {
namespace {

using testing_cli::RunResult;
using testing_cli::run_parley;
using testing_cli::ScratchDir;
namespace fs = std::filesystem;

const std::string kEwt = std::string(PARLEY_DATA_DIR) + "/ud-english-ewt/";
const std::string kModel = std::string(PARLEY_SOURCE_DIR) + "/data/models/en_ewt.parley";

// The number after `label` in `text` (-1 when absent).
double figure_after(const std::string& text, const std::string& label) {
  const std::size_t at = text.find(label);
  return at == std::string::npos ? -1 : std::stod(text.substr(at + label.size()));
}

TEST(SentencesCli, AddsTheSplitterToAModel) {
  ScratchDir dir;
  const std::string out = (dir.path() / "with_sent.parley").string();
  RunResult r = run_parley("train --sentences-only --model '" + kModel + "' --train '" + kEwt +
                               "en_ewt-ud-train.conllu' --dev '" + kEwt + "en_ewt-ud-dev.conllu' --out '" +
                               out + "'",
                           dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("sentence splitter trained in"), std::string::npos) << r.out;
  EXPECT_GT(figure_after(r.out, "with the sentence model "), figure_after(r.out, "rules ") + 2.0) << r.out;

  Result<NlpModel> shipped = NlpModel::load(kModel);
  Result<NlpModel> added = NlpModel::load(out);
  ASSERT_TRUE(shipped.ok()) << shipped.status().message();
  ASSERT_TRUE(added.ok()) << added.status().message();
  ASSERT_NE(added->sentence_model(), nullptr);

  // Same tagger and parser: identical annotations of a tokenized sentence.
  std::vector<Sentence> a = shipped->parse_text("Officials in Lagos said talks would resume on Monday.");
  std::vector<Sentence> b = added->parse_text("Officials in Lagos said talks would resume on Monday.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  for (std::size_t i = 0; i < a[0].tokens.size(); ++i) {
    EXPECT_EQ(a[0].tokens[i].upos, b[0].tokens[i].upos);
    EXPECT_EQ(a[0].tokens[i].head, b[0].tokens[i].head);
    EXPECT_EQ(a[0].tokens[i].deprel, b[0].tokens[i].deprel);
  }
}

TEST(SentencesCli, NeedsAModelAndDevUnlessSentencesOnly) {
  ScratchDir dir;
  RunResult r = run_parley("train --train '" + kEwt + "en_ewt-ud-dev.conllu' --out '" +
                               (dir.path() / "m.parley").string() + "'",
                           dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--dev is required"), std::string::npos) << r.err;
  RunResult bad = run_parley("train --sentences-only --model '" + (dir.path() / "none.parley").string() +
                                 "' --train '" + kEwt + "en_ewt-ud-dev.conllu' --out '" +
                                 (dir.path() / "m.parley").string() + "'",
                             dir);
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("none.parley"), std::string::npos) << bad.err;
  // A treebank of a few sentences trains no splitter: an error, nothing written.
  const std::string tiny = (dir.path() / "tiny.conllu").string();
  std::ofstream(tiny) << "# text = Hi there.\n1\tHi\t_\t_\t_\t_\t0\troot\t_\t_\n"
                      << "2\tthere\t_\t_\t_\t_\t1\tadvmod\t_\tSpaceAfter=No\n"
                      << "3\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n";
  RunResult few = run_parley("train --sentences-only --model '" + kModel + "' --train '" + tiny + "' --out '" +
                                 (dir.path() / "few.parley").string() + "'",
                             dir);
  EXPECT_EQ(few.exit_code, 1);
  EXPECT_NE(few.err.find("too few sentences"), std::string::npos) << few.err;
  EXPECT_FALSE(fs::exists(dir.path() / "few.parley"));
}

}  // namespace
}  // namespace parley
