#include "io/conllu.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace parley {
namespace {

// One word line: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC.
std::string word(const std::string& id, const std::string& form, const std::string& lemma,
                 const std::string& upos, int head, const std::string& deprel,
                 const std::string& misc = "_") {
  return id + "\t" + form + "\t" + lemma + "\t" + upos + "\t_\t_\t" + std::to_string(head) + "\t" +
         deprel + "\t_\t" + misc + "\n";
}

// "Velmora thanked Quastia ." as a small valid sentence.
std::string velmora_sentence(const std::string& id) {
  return "# sent_id = " + id + "\n# text = Velmora thanked Quastia.\n" +
         word("1", "Velmora", "Velmora", "PROPN", 2, "nsubj") +
         word("2", "thanked", "thank", "VERB", 0, "root") +
         word("3", "Quastia", "Quastia", "PROPN", 2, "obj", "SpaceAfter=No") +
         word("4", ".", ".", "PUNCT", 2, "punct") + "\n";
}

std::string data_path(const std::string& relative) {
  std::string path = std::string(PARLEY_DATA_DIR) + "/" + relative;
  EXPECT_TRUE(std::filesystem::exists(path)) << "missing shared data file: " << path;
  return path;
}

TEST(ConlluParse, ReadsColumnsAndComments) {
  std::string input = "# newdoc id = doc-1\n" + velmora_sentence("s1") +
                      "1\tQuastia\tQuastia\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t2:nsubj\t_\n"
                      "2\twaited\twait\tVERB\tVBD\tTense=Past\t0\troot\t0:root\t_\n"
                      "3\t_\t_\tSYM\t_\t_\t2\tpunct\t_\tSpaceAfter=No\n";
  Diagnostics diags;
  std::vector<Sentence> sentences = parse_conllu(input, "mem.conllu", &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(sentences.size(), 2u);
  const Sentence& first = sentences[0];
  EXPECT_EQ(first.id, "s1");
  EXPECT_EQ(first.text, "Velmora thanked Quastia.");
  ASSERT_EQ(first.comments.size(), 1u);
  EXPECT_EQ(first.comments[0], "newdoc id = doc-1");
  ASSERT_EQ(first.tokens.size(), 4u);
  EXPECT_EQ(first.tokens[1].form, "thanked");
  EXPECT_EQ(first.tokens[1].lemma, "thank");
  EXPECT_EQ(first.tokens[1].upos, "VERB");
  EXPECT_EQ(first.tokens[1].xpos, "");  // "_" means empty
  EXPECT_EQ(first.tokens[1].feats, "");
  EXPECT_EQ(first.tokens[1].head, 0);
  EXPECT_EQ(first.tokens[0].head, 2);
  EXPECT_EQ(first.tokens[0].deprel, "nsubj");
  EXPECT_EQ(first.tokens[2].misc, "SpaceAfter=No");
  EXPECT_EQ(first.tokens[0].misc, "");
  EXPECT_EQ(first.tokens[0].start, std::string::npos);
  EXPECT_EQ(first.source_line, 1);

  const Sentence& second = sentences[1];
  EXPECT_EQ(second.id, "");
  EXPECT_EQ(second.source_line, 9);
  EXPECT_EQ(second.tokens[0].xpos, "NNP");
  EXPECT_EQ(second.tokens[0].feats, "Number=Sing");
  EXPECT_EQ(second.tokens[2].form, "_");  // FORM "_" is a real underscore
  EXPECT_EQ(second.tokens[2].lemma, "");
}

TEST(ConlluParse, FirstLineShiftsLineNumbers) {
  Diagnostics diags;
  std::string input = "\n" + velmora_sentence("a") + velmora_sentence("b");
  std::vector<Sentence> sentences = parse_conllu(input, "x", &diags, 40);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].source_line, 41);
  EXPECT_EQ(sentences[1].source_line, 48);
}

TEST(ConlluParse, KeepsMultiwordTokens) {
  std::string input =
      "# sent_id = mw\n"
      "1-2\tQuastia's\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
      word("1", "Quastia", "Quastia", "PROPN", 3, "nmod:poss") +
      word("2", "'s", "'s", "PART", 1, "case") + word("3", "envoy", "envoy", "NOUN", 4, "nsubj") +
      word("4", "left", "leave", "VERB", 0, "root");
  Diagnostics diags;
  std::vector<Sentence> sentences = parse_conllu(input, "x", &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(sentences.size(), 1u);
  ASSERT_EQ(sentences[0].tokens.size(), 4u);
  ASSERT_EQ(sentences[0].multiword_tokens.size(), 1u);
  const MultiwordToken& mwt = sentences[0].multiword_tokens[0];
  EXPECT_EQ(mwt.first, 1);
  EXPECT_EQ(mwt.last, 2);
  EXPECT_EQ(mwt.form, "Quastia's");
  EXPECT_EQ(mwt.misc, "SpaceAfter=No");
}

TEST(ConlluParse, SkipsEmptyNodes) {
  std::string input = word("1", "Velmora", "Velmora", "PROPN", 2, "nsubj") +
                      word("2", "voted", "vote", "VERB", 0, "root") +
                      "2.1\tvoted\tvote\tVERB\t_\t_\t_\t_\t2:conj\tCopyOf=2\n" +
                      word("3", "Quastia", "Quastia", "PROPN", 2, "conj");
  Diagnostics diags;
  std::vector<Sentence> sentences = parse_conllu(input, "x", &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(sentences.size(), 1u);
  ASSERT_EQ(sentences[0].tokens.size(), 3u);
  EXPECT_EQ(sentences[0].tokens[2].form, "Quastia");
}

TEST(ConlluParse, HeadOutsideSentenceDropsOnlyThatSentence) {
  std::string bad = "# sent_id = s2\n" + word("1", "Velmora", "Velmora", "PROPN", 2, "nsubj") +
                    word("2", "left", "leave", "VERB", 0, "root") +
                    word("3", "today", "today", "NOUN", 9, "obl") + "\n";
  std::string input = velmora_sentence("s1") + bad + velmora_sentence("s3");
  Diagnostics diags;
  std::vector<Sentence> sentences = parse_conllu(input, "bad.conllu", &diags);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].id, "s1");
  EXPECT_EQ(sentences[1].id, "s3");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].to_string(), "bad.conllu:11: HEAD 9 is outside 0..3 (sentence s2)");
}

TEST(ConlluParse, ReportsMalformedWordLines) {
  struct Case {
    std::string line;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"1\tVelmora\tVelmora\tPROPN\t_\t_\t0\troot\n", "expected 10 tab-separated columns, found 8"},
      {"1\tVelmora\tVelmora\tPROPN\t_\t_\t_\troot\t_\t_\n", "HEAD '_' is not a number"},
      {"1\tVelmora\tVelmora\tPROPN\t_\t_\t-1\troot\t_\t_\n", "HEAD '-1' is not a number"},
      {"x\tVelmora\tVelmora\tPROPN\t_\t_\t0\troot\t_\t_\n", "bad word ID 'x'"},
      {"2\tVelmora\tVelmora\tPROPN\t_\t_\t0\troot\t_\t_\n",
       "word ID 2 out of sequence, expected 1"},
      {"3-1\tVelmora\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad multiword token range '3-1'"},
      {"1.x\tVelmora\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad empty-node ID '1.x'"},
      {"1\tVelmora\tVelmora\tPROPN\t_\t_\t1\troot\t_\t_\n", "word 1 is its own HEAD"},
      {"1-4\tVelmora\t_\t_\t_\t_\t_\t_\t_\t_\n1\tVelmora\tVelmora\tPROPN\t_\t_\t0\troot\t_\t_\n",
       "multiword token range ends after the last word 1"},
  };
  for (const Case& c : cases) {
    Diagnostics diags;
    std::vector<Sentence> sentences = parse_conllu("# c\n" + c.line, "m.conllu", &diags);
    EXPECT_TRUE(sentences.empty()) << c.line;
    ASSERT_EQ(diags.size(), 1u) << c.line;
    EXPECT_EQ(diags[0].to_string(), "m.conllu:2: " + c.message);
  }
}

TEST(ConlluParse, ReportsHeadCycles) {
  std::string input = word("1", "Velmora", "Velmora", "PROPN", 3, "nsubj") +
                      word("2", "rules", "rule", "VERB", 0, "root") +
                      word("3", "Quastia", "Quastia", "PROPN", 1, "obj");
  Diagnostics diags;
  EXPECT_TRUE(parse_conllu(input, "c.conllu", &diags).empty());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].message.find("cycle"), std::string::npos) << diags[0].message;
}

TEST(ConlluParse, ReportsOnlyFirstProblemOfASentence) {
  std::string input = "1\tbad\n2\talso bad\n3\tstill bad\n\n" + velmora_sentence("ok");
  Diagnostics diags;
  std::vector<Sentence> sentences = parse_conllu(input, "x", &diags);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].id, "ok");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].line, 1);
}

TEST(ConlluParse, ToleratesCrlfTrailingSpaceBlankSpacesAndNoFinalNewline) {
  std::string input =
      "\xEF\xBB\xBF# sent_id = a\r\n1\tVelmora\tVelmora\tPROPN\t_\t_\t0\troot\t_\t_  \r\n"
      "   \r\n"
      "# sent_id = b \r\n1\tQuastia\tQuastia\tPROPN\t_\t_\t0\troot\t_\tSpaceAfter=No\t";
  Diagnostics diags;
  std::vector<Sentence> sentences = parse_conllu(input, "x", &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].id, "a");
  EXPECT_EQ(sentences[0].tokens[0].misc, "");
  EXPECT_EQ(sentences[1].id, "b");
  EXPECT_EQ(sentences[1].tokens[0].misc, "SpaceAfter=No");
  EXPECT_EQ(sentences[1].source_line, 4);
}

TEST(ConlluParse, SplitsSentencesPastedWithoutBlankLine) {
  std::string input = word("1", "Velmora", "Velmora", "PROPN", 0, "root") +
                      word("1", "Quastia", "Quastia", "PROPN", 0, "root") + "# sent_id = third\n" +
                      word("1", "Ostrava", "Ostrava", "PROPN", 0, "root");
  Diagnostics diags;
  std::vector<Sentence> sentences = parse_conllu(input, "x", &diags);
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[1].tokens[0].form, "Quastia");
  EXPECT_EQ(sentences[2].id, "third");
  EXPECT_EQ(sentences[2].source_line, 3);
}

TEST(ConlluParse, IgnoresCommentOnlyBlocksAndEmptyInput) {
  Diagnostics diags;
  EXPECT_TRUE(parse_conllu("", "x", &diags).empty());
  EXPECT_TRUE(parse_conllu("\n\n  \n", "x", &diags).empty());
  EXPECT_TRUE(parse_conllu("# newdoc id = d\n\n", "x", &diags).empty());
  EXPECT_TRUE(diags.empty());
}

TEST(ConlluParse, FillsOffsetsFromTokenRange) {
  std::string input = word("1", "Velmora", "Velmora", "PROPN", 2, "nsubj", "TokenRange=0:7") +
                      word("2", "won", "win", "VERB", 0, "root", "SpaceAfter=No|TokenRange=8:11") +
                      word("3", "x", "x", "X", 2, "dep", "TokenRange=9:2");
  Diagnostics diags;
  std::vector<Sentence> sentences = parse_conllu(input, "x", &diags);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].tokens[0].start, 0u);
  EXPECT_EQ(sentences[0].tokens[0].end, 7u);
  EXPECT_EQ(sentences[0].tokens[1].start, 8u);
  EXPECT_EQ(sentences[0].tokens[1].end, 11u);
  EXPECT_EQ(sentences[0].tokens[2].start, std::string::npos);  // reversed range ignored
}

TEST(ConlluParse, SurvivesJunkWithShortMessages) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 7919) % 256);
  std::string long_line(200000, 'x');
  long_line += "\t1\n";
  std::size_t reported = 0;
  for (const std::string& input :
       {junk, long_line, std::string("1-999999999\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"),
        std::string("\t\t\t\t\t\t\t\t\t\n"), std::string(1000, '\n'),
        "# sent_id = " + std::string(10000, 'i') + "\n1\tbad\n"}) {
    Diagnostics diags;
    std::vector<Sentence> sentences = parse_conllu(input, "junk", &diags);
    EXPECT_TRUE(sentences.empty());
    for (const Diagnostic& d : diags) EXPECT_LT(d.message.size(), 200u);
    reported += diags.size();
  }
  EXPECT_GE(reported, 3u);  // the junk, the long line and the long sent_id
}

TEST(ConlluWrite, WritesCommentsRangesAndWords) {
  Sentence s;
  s.id = "w1";
  s.text = "Quastia's envoy\nleft";
  s.comments = {"newdoc id = d"};
  s.tokens = {{"Quastia", "Quastia", "PROPN", "", "", 3, "nmod:poss", "", 0, 7},
              {"'s", "", "PART", "", "", 1, "case", "SpaceAfter=No"},
              {"envoy", "envoy", "NOUN", "", "", 0, "root", ""}};
  s.tokens[1].start = std::string::npos;
  s.tokens[2].deprel = "ro\tot";
  s.multiword_tokens = {{1, 2, "Quastia's", ""}};
  EXPECT_EQ(write_conllu(s),
            "# newdoc id = d\n# sent_id = w1\n# text = Quastia's envoy left\n"
            "1-2\tQuastia's\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "1\tQuastia\tQuastia\tPROPN\t_\t_\t3\tnmod:poss\t_\tTokenRange=0:7\n"
            "2\t's\t_\tPART\t_\t_\t1\tcase\t_\tSpaceAfter=No\n"
            "3\tenvoy\tenvoy\tNOUN\t_\t_\t0\tro ot\t_\t_\n\n");
}

void expect_same(const Sentence& a, const Sentence& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.comments, b.comments);
  ASSERT_EQ(a.tokens.size(), b.tokens.size());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& x = a.tokens[i];
    const Token& y = b.tokens[i];
    EXPECT_EQ(x.form, y.form);
    EXPECT_EQ(x.lemma, y.lemma);
    EXPECT_EQ(x.upos, y.upos);
    EXPECT_EQ(x.xpos, y.xpos);
    EXPECT_EQ(x.feats, y.feats);
    EXPECT_EQ(x.head, y.head);
    EXPECT_EQ(x.deprel, y.deprel);
    EXPECT_EQ(x.misc, y.misc);
  }
  ASSERT_EQ(a.multiword_tokens.size(), b.multiword_tokens.size());
  for (std::size_t i = 0; i < a.multiword_tokens.size(); ++i) {
    EXPECT_EQ(a.multiword_tokens[i].first, b.multiword_tokens[i].first);
    EXPECT_EQ(a.multiword_tokens[i].last, b.multiword_tokens[i].last);
    EXPECT_EQ(a.multiword_tokens[i].form, b.multiword_tokens[i].form);
  }
}

TEST(ConlluRealData, EwtDevReadsAndRoundTrips) {
  Diagnostics diags;
  auto sentences = read_conllu(data_path("ud-english-ewt/en_ewt-ud-dev.conllu"), &diags);
  ASSERT_TRUE(sentences.ok()) << sentences.status().message();
  EXPECT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(sentences->size(), 2001u);
  std::size_t words = 0;
  std::size_t ranges = 0;
  std::string written;
  for (const Sentence& s : *sentences) {
    EXPECT_FALSE(s.id.empty());
    EXPECT_FALSE(s.text.empty());
    words += s.tokens.size();
    ranges += s.multiword_tokens.size();
    written += write_conllu(s);
  }
  EXPECT_GT(words, 20000u);
  EXPECT_GT(ranges, 0u);
  Diagnostics again_diags;
  std::vector<Sentence> again = parse_conllu(written, "written", &again_diags);
  EXPECT_TRUE(again_diags.empty());
  ASSERT_EQ(again.size(), sentences->size());
  for (std::size_t i = 0; i < again.size(); ++i) expect_same(again[i], (*sentences)[i]);
}

TEST(ConlluRealData, EwtTestReads) {
  Diagnostics diags;
  auto sentences = read_conllu(data_path("ud-english-ewt/en_ewt-ud-test.conllu"), &diags);
  ASSERT_TRUE(sentences.ok()) << sentences.status().message();
  EXPECT_TRUE(diags.empty()) << diags[0].to_string();
  EXPECT_EQ(sentences->size(), 2077u);
}

TEST(ConlluRead, MissingFileIsIoError) {
  Diagnostics diags;
  auto result = read_conllu("/nonexistent/parley/none.conllu", &diags);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kIOError);
  EXPECT_NE(result.status().message().find("/nonexistent/parley/none.conllu"), std::string::npos);
}

}  // namespace
}  // namespace parley
