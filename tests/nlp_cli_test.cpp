// The train, parse and eval commands end to end, on a small model trained here
// from a slice of UD English EWT (so the test stays quick, even under sanitizers).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/conllu.h"

namespace parley {
namespace {

namespace fs = std::filesystem;
const std::string kEwt = std::string(PARLEY_DATA_DIR) + "/ud-english-ewt/";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct CommandRun {
  int exit_code = -1;
  std::string out, err;
};

class NlpCliTest : public ::testing::Test {
 protected:
  static fs::path dir() { return fs::temp_directory_path() / ("parley_nlp_cli_" + std::to_string(getpid())); }
  static fs::path model() { return dir() / "small.parley"; }

  // The first `n` sentences of a treebank file, written to `out`.
  static void head_sentences(const std::string& from, int n, const fs::path& out) {
    std::string text = slurp(from);
    std::size_t pos = 0;
    for (int i = 0; i < n && pos != std::string::npos; ++i) {
      pos = text.find("\n\n", pos);
      if (pos != std::string::npos) pos += 2;
    }
    std::ofstream(out) << text.substr(0, pos);
  }

  static CommandRun run(const std::string& args, const std::string& stdin_file = "/dev/null") {
    fs::path out = dir() / "out.txt", err = dir() / "err.txt";
    std::string cmd = "'" + std::string(PARLEY_BINARY) + "' " + args + " <'" + stdin_file + "' >'" +
                      out.string() + "' 2>'" + err.string() + "'";
    int status = std::system(cmd.c_str());
    return CommandRun{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
  }

  static void SetUpTestSuite() {
    fs::create_directories(dir());
    head_sentences(kEwt + "en_ewt-ud-train.conllu", 400, dir() / "train.conllu");
    head_sentences(kEwt + "en_ewt-ud-dev.conllu", 100, dir() / "dev.conllu");
    CommandRun r = run("train --train '" + (dir() / "train.conllu").string() + "' --dev '" +
                (dir() / "dev.conllu").string() + "' --out '" + model().string() +
                "' --tagger-epochs 2 --parser-epochs 2");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    std::error_code ignored;
    fs::remove_all(dir(), ignored);
  }
};

TEST_F(NlpCliTest, TrainWritesAModelAndReportsDevScores) {
  ASSERT_TRUE(fs::exists(kEwt + "en_ewt-ud-train.conllu")) << "missing shared data: " << kEwt;
  EXPECT_TRUE(fs::exists(model()));
  EXPECT_GT(fs::file_size(model()), 1000u);
}

TEST_F(NlpCliTest, EvalScoresGoldAndRawTokenization) {
  CommandRun gold = run("eval --gold '" + (dir() / "dev.conllu").string() + "' --model '" + model().string() + "'");
  ASSERT_EQ(gold.exit_code, 0) << gold.err;
  for (const char* field : {"UPOS", "XPOS", "Lemma", "UAS", "LAS"}) {
    EXPECT_NE(gold.out.find(field), std::string::npos) << gold.out;
  }
  CommandRun raw = run("eval --raw --gold '" + (dir() / "dev.conllu").string() + "' --model '" + model().string() + "'");
  ASSERT_EQ(raw.exit_code, 0) << raw.err;
  EXPECT_NE(raw.out.find("Tokens"), std::string::npos) << raw.out;
  EXPECT_NE(raw.out.find("Sentences"), std::string::npos) << raw.out;
  // A model trained on 400 sentences still tags most words right.
  std::size_t at = gold.out.find("UPOS");
  ASSERT_NE(at, std::string::npos);
  EXPECT_GT(std::stod(gold.out.substr(at + 4)), 80.0) << gold.out;
}

TEST_F(NlpCliTest, ParseWritesCoNLLUWithOffsetsIntoTheText) {
  const std::string text = "Arnor's envoy met officials in Gondor on Monday. They didn't sign a deal.";
  fs::path input = dir() / "news.txt";
  std::ofstream(input) << text;
  CommandRun r = run("parse '" + input.string() + "' --model '" + model().string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Diagnostics diags;
  std::vector<Sentence> parsed = parse_conllu(r.out, "parse-output", &diags);
  EXPECT_TRUE(diags.empty()) << diags.front().to_string();
  ASSERT_EQ(parsed.size(), 2u) << r.out;
  EXPECT_NE(r.out.find("# newdoc id = " + input.string()), std::string::npos);
  for (const Sentence& s : parsed) {
    int roots = 0;
    for (const Token& t : s.tokens) {
      roots += t.head == 0;
      ASSERT_NE(t.start, std::string::npos) << t.form;
      if (t.start + t.form.size() <= text.size() && s.multiword_tokens.empty()) {
        EXPECT_EQ(text.substr(t.start, t.end - t.start), t.form);
      }
    }
    EXPECT_EQ(roots, 1);
  }
}

TEST_F(NlpCliTest, JsonLinesInputReportsBadLines) {
  fs::path input = dir() / "docs.jsonl";
  std::ofstream(input) << "{\"id\":\"a1\",\"text\":\"Gondor met Arnor.\"}\nnot json\n";
  CommandRun r = run("parse --input jsonl '" + input.string() + "' --model '" + model().string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("# newdoc id = a1"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find(input.string() + ":2:"), std::string::npos) << r.err;
}

TEST_F(NlpCliTest, BadModelFileIsRejectedWithItsName) {
  fs::path bad = dir() / "bad.parley";
  std::ofstream(bad) << "not a model";
  CommandRun r = run("parse --model '" + bad.string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(bad.string() + ": not a usable parley model: wrong magic number"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace parley
