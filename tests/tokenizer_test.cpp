// Tests of the tokenizer and sentence splitter (src/text/tokenizer.h) and of the
// tokenization scorer (src/text/tokenizer_eval.h). The sentences are our own;
// the EWT test reads UD English EWT from PARLEY_DATA_DIR.
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "io/conllu.h"
#include "text/pieces.h"
#include "text/tokenizer_eval.h"

namespace parley {
namespace {

using Forms = std::vector<std::string>;

Forms forms(const Sentence& sentence) {
  Forms out;
  for (const Token& token : sentence.tokens) out.push_back(token.form);
  return out;
}

// All token forms of the text, sentences run together.
Forms all_forms(const std::string& text) {
  Forms out;
  for (const Sentence& s : split_text(text)) {
    for (const Token& t : s.tokens) out.push_back(t.form);
  }
  return out;
}

std::vector<Forms> sentence_forms(const std::string& text) {
  std::vector<Forms> out;
  for (const Sentence& s : split_text(text)) out.push_back(forms(s));
  return out;
}

// Offsets increase, lie in the text and give the forms; the sentence text is the
// span from its first to its last token.
void expect_consistent(const std::string& text, const std::vector<Sentence>& sentences,
                       std::size_t base = 0) {
  std::size_t previous_end = base;
  for (const Sentence& s : sentences) {
    ASSERT_FALSE(s.tokens.empty());
    const std::size_t first = s.tokens.front().start - base;
    EXPECT_EQ(s.text, text.substr(first, s.tokens.back().end - base - first));
    for (const Token& t : s.tokens) {
      ASSERT_GE(t.start, previous_end);
      ASSERT_LT(t.start, t.end);
      ASSERT_LE(t.end - base, text.size());
      EXPECT_EQ(t.form, text.substr(t.start - base, t.end - t.start));
      EXPECT_LE(t.form.size(), 1000u);
      previous_end = t.end;
    }
  }
}

TEST(TokenizerBasics, EmptyAndBlankInputGiveNoSentences) {
  EXPECT_TRUE(split_text("").empty());
  EXPECT_TRUE(split_text(" \n\t\n \xC2\xA0 ").empty());
  EXPECT_TRUE(split_text(std::string(5, '\0')).empty());
}

TEST(TokenizerBasics, OffsetsMiscAndSentenceText) {
  const std::string text = "Velmora thanked Quastia. It left.";
  std::vector<Sentence> sentences = split_text(text, 100);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].text, "Velmora thanked Quastia.");
  EXPECT_EQ(forms(sentences[1]), (Forms{"It", "left", "."}));
  const Token& quastia = sentences[0].tokens[2];
  EXPECT_EQ(quastia.start, 116u);
  EXPECT_EQ(quastia.end, 123u);
  EXPECT_EQ(quastia.misc, "SpaceAfter=No|TokenRange=116:123");
  EXPECT_EQ(sentences[0].tokens[3].misc, "TokenRange=123:124");
  EXPECT_EQ(sentences[1].tokens[2].misc, "TokenRange=132:133");  // end of text: no SpaceAfter
  expect_consistent(text, sentences, 100);
}

TEST(TokenizerWords, Abbreviations) {
  const std::string text =
      "Mr. Ames, Mrs. Bo, Dr. Cy, Gen. Di, Sen. Ek, Rep. Fa, Gov. Gu, Lt. Ha and Col. Io met "
      "the U.S., U.K., U.N. and E.U. envoys of Acme Inc., Bix Corp., Cog Ltd. and Dax Co. on "
      "St. Anne's Day, No. 5 vs. No. 6, i.e. cats, e.g. dogs, etc. on Jan. 2, Feb. 3, Aug. 9, "
      "Sept. 4, Oct. 7, Nov. 8 and Dec. 9.";
  std::vector<Sentence> sentences = split_text(text);
  ASSERT_EQ(sentences.size(), 1u) << sentences[1].text;
  const Forms f = forms(sentences[0]);
  for (const char* abbreviation :
       {"Mr.",  "Mrs.", "Dr.",  "Gen.", "Sen.",  "Rep.", "Gov.",  "Lt.",  "Col.", "U.S.",
        "U.K.", "U.N.", "E.U.", "Inc.", "Corp.", "Ltd.", "Co.",   "St.",  "No.",  "vs.",
        "i.e.", "e.g.", "etc.", "Jan.", "Feb.",  "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}) {
    EXPECT_NE(std::find(f.begin(), f.end(), abbreviation), f.end()) << abbreviation;
  }
  EXPECT_EQ(f.back(), ".");
}

TEST(TokenizerWords, InitialsStayWithTheirName) {
  EXPECT_EQ(sentence_forms("Ask J. R. R. Tolkien. He knows."),
            (std::vector<Forms>{{"Ask", "J.", "R.", "R.", "Tolkien", "."}, {"He", "knows", "."}}));
  EXPECT_EQ(all_forms("J.R.R. Tolkien"), (Forms{"J.R.R.", "Tolkien"}));
}

TEST(TokenizerWords, NumbersTimesMoneyAndPercentages) {
  EXPECT_EQ(all_forms("3.5 1,000 1,000,000.25 10:30 3 p.m. 5pm 1980s 3rd .5"),
            (Forms{"3.5", "1,000", "1,000,000.25", "10:30", "3", "p.m.", "5", "pm", "1980s", "3rd",
                   ".5"}));
  EXPECT_EQ(all_forms("$5, €3bn, £10 and US$4.5 or 12%"),
            (Forms{"$", "5", ",", "€", "3", "bn", ",", "£", "10", "and", "US", "$", "4.5", "or",
                   "12", "%"}));
  EXPECT_EQ(all_forms("call 713-853-3989 on 11/20/2000, not 1969-1970 or 3/4"),
            (Forms{"call", "713-853-3989", "on", "11/20/2000", ",", "not", "1969", "-", "1970",
                   "or", "3", "/", "4"}));
}

TEST(TokenizerWords, UrlsMailsHashtagsAndMentions) {
  EXPECT_EQ(all_forms("See https://example.org/a_b?x=1&y=(2). Or www.example.com, "
                      "amazon.com and mail jo.ve@example.co.uk. #Kyiv2022 @user_1!"),
            (Forms{"See", "https://example.org/a_b?x=1&y=(2)", ".", "Or", "www.example.com", ",",
                   "amazon.com", "and", "mail", "jo.ve@example.co.uk", ".", "#Kyiv2022", "@user_1",
                   "!"}));
  EXPECT_EQ(all_forms("(http://a.org/x)"), (Forms{"(", "http://a.org/x", ")"}));
}

TEST(TokenizerWords, QuotesDashesEllipsesAndBrackets) {
  EXPECT_EQ(all_forms("\"Yes,\" he said—“no”… ‘maybe’ – (or [not]) -- wait..."),
            (Forms{"\"", "Yes", ",", "\"", "he", "said", "—", "“", "no", "”",    "…",  "‘", "maybe",
                   "’",  "–",   "(", "or", "[",  "not",  "]", ")", "--", "wait", "..."}));
  EXPECT_EQ(all_forms("Really?! ``odd'' :)"), (Forms{"Really", "?!", "``", "odd", "''", ":)"}));
}

TEST(TokenizerWords, PossessivesAreMultiwordTokens) {
  std::vector<Sentence> s = split_text("Russia's and the parents' views");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(forms(s[0]), (Forms{"Russia", "'s", "and", "the", "parents", "'", "views"}));
  ASSERT_EQ(s[0].multiword_tokens.size(), 2u);
  EXPECT_EQ(s[0].multiword_tokens[0].first, 1);
  EXPECT_EQ(s[0].multiword_tokens[0].last, 2);
  EXPECT_EQ(s[0].multiword_tokens[0].form, "Russia's");
  EXPECT_EQ(s[0].multiword_tokens[0].misc, "TokenRange=0:8");
  EXPECT_EQ(s[0].multiword_tokens[1].form, "parents'");
  EXPECT_EQ(s[0].tokens[0].misc, "TokenRange=0:6");  // a word of a multiword token
  EXPECT_EQ(s[0].tokens[1].misc, "TokenRange=6:8");
  // A quotation in single quotes is closed, not possessed.
  EXPECT_EQ(all_forms("the 'good times' came"), (Forms{"the", "'", "good", "times", "'", "came"}));
}

TEST(TokenizerWords, ContractionsSplitAsInEwt) {
  EXPECT_EQ(all_forms("don't can't won't I'm they're we've he'll she'd cannot gonna"),
            (Forms{"do", "n't", "ca", "n't", "wo",  "n't", "I",   "'m",  "they", "'re",
                   "we", "'ve", "he", "'ll", "she", "'d",  "can", "not", "gon",  "na"}));
  EXPECT_EQ(all_forms("Don’t we’re O'Brien o'clock"),
            (Forms{"Do", "n’t", "we", "’re", "O'Brien", "o'clock"}));
  std::vector<Sentence> s = split_text("I don't.");
  ASSERT_EQ(s[0].multiword_tokens.size(), 1u);
  EXPECT_EQ(s[0].multiword_tokens[0].misc, "SpaceAfter=No|TokenRange=2:7");
}

TEST(TokenizerWords, HyphensAsInEwt) {
  EXPECT_EQ(all_forms("a 15-year-old pro-Russian e-mail, non-violence, mid-1980s, al-Qaeda"),
            (Forms{"a", "15", "-", "year", "-", "old", "pro-Russian", "e-mail", ",", "non-violence",
                   ",", "mid-1980s", ",", "al", "-", "Qaeda"}));
}

TEST(TokenizerWords, UnicodeSpacesAndPunctuation) {
  // NBSP, thin space, zero-width space, ideographic full stop, a guillemet.
  const std::string text =
      "Kyiv\xC2\xA0talks\xE2\x80\x89resumed\xE2\x80\x8B"
      "today\xE3\x80\x82 \xC2\xABYes\xC2\xBB";
  std::vector<Sentence> s = split_text(text);
  Forms f;
  for (const Sentence& sentence : s) {
    for (const Token& t : sentence.tokens) f.push_back(t.form);
  }
  EXPECT_EQ(f, (Forms{"Kyiv", "talks", "resumed", "today", "\xE3\x80\x82", "\xC2\xAB", "Yes",
                      "\xC2\xBB"}));
  expect_consistent(text, s);
  EXPECT_EQ(s[0].tokens[2].misc.rfind("SpaceAfter=No|", 0), 0u);         // ZWSP is not a space
  EXPECT_EQ(s[0].tokens[0].misc.find("SpaceAfter"), std::string::npos);  // NBSP is one
}

TEST(TokenizerSentences, EndsAfterStopsAndClosingQuotes) {
  EXPECT_EQ(sentence_forms("It rained. \"Why?\" she asked (twice). Then 5 left! ok"),
            (std::vector<Forms>{{"It", "rained", "."},
                                {"\"", "Why", "?", "\"", "she", "asked", "(", "twice", ")", "."},
                                {"Then", "5", "left", "!"},
                                {"ok"}}));
  EXPECT_EQ(
      sentence_forms("He said \"stop.\" Then he left."),
      (std::vector<Forms>{{"He", "said", "\"", "stop", ".", "\""}, {"Then", "he", "left", "."}}));
}

TEST(TokenizerSentences, AbbreviationAtTheEndOfASentence) {
  // Titles and initials never end a sentence; Inc., U.S. and the like end one
  // when a common sentence-starting word follows, and then give it their period.
  EXPECT_EQ(sentence_forms("Mr. Smith met Dr. Jones. He works for Acme Inc. The firm is big."),
            (std::vector<Forms>{{"Mr.", "Smith", "met", "Dr.", "Jones", "."},
                                {"He", "works", "for", "Acme", "Inc", "."},
                                {"The", "firm", "is", "big", "."}}));
  EXPECT_EQ(sentence_forms("Acme Inc. Chairman Bo spoke in the U.S. Senate."),
            (std::vector<Forms>{
                {"Acme", "Inc.", "Chairman", "Bo", "spoke", "in", "the", "U.S.", "Senate", "."}}));
}

TEST(TokenizerSentences, LineBreaksAndParagraphs) {
  EXPECT_EQ(
      sentence_forms("The talks\nresumed today\r\n\r\nNew paragraph\n \nThird"),
      (std::vector<Forms>{{"The", "talks", "resumed", "today"}, {"New", "paragraph"}, {"Third"}}));
}

TEST(TokenizerSentences, DatelineIsItsOwnSentence) {
  EXPECT_EQ(sentence_forms("KYIV, March 29 (Reuters) - Russia said it would cut activity."),
            (std::vector<Forms>{{"KYIV", ",", "March", "29", "(", "Reuters", ")", "-"},
                                {"Russia", "said", "it", "would", "cut", "activity", "."}}));
  EXPECT_EQ(sentence_forms("WASHINGTON (AP) \xE2\x80\x94 Senators voted."),
            (std::vector<Forms>{{"WASHINGTON", "(", "AP", ")", "\xE2\x80\x94"},
                                {"Senators", "voted", "."}}));
  // Not a dateline: no agency, no capitals.
  EXPECT_EQ(sentence_forms("Well, March 29 - a date.").size(), 1u);
}

TEST(TokenizerRobustness, InvalidUtf8AndNulBytesSeparateTokens) {
  const std::string text = std::string("Kyi\xFFv talks\0\0 end\xC3\x28 \xE2\x82 ok", 25);
  std::vector<Sentence> s = split_text(text);
  expect_consistent(text, s);
  EXPECT_EQ(all_forms(text), (Forms{"Kyi", "v", "talks", "end", "(", "ok"}));
}

TEST(TokenizerRobustness, BinaryJunkKeepsOffsetsRight) {
  std::string junk;
  for (int i = 0; i < 20000; ++i) junk += static_cast<char>((i * 7919 + i / 13) % 256);
  std::vector<Sentence> s = split_text(junk);
  expect_consistent(junk, s);
}

TEST(TokenizerRobustness, LongLineWithoutSpacesIsCut) {
  const std::string text(1 << 20, 'a');
  std::vector<Sentence> s = split_text(text);
  std::size_t tokens = 0;
  for (const Sentence& sentence : s) {
    EXPECT_LE(sentence.tokens.size(), 1000u);
    tokens += sentence.tokens.size();
  }
  EXPECT_EQ(tokens, (text.size() + 999) / 1000);
  expect_consistent(text, s);
  // Many short tokens: sentences are cut at 1,000 tokens.
  std::string commas;
  for (int i = 0; i < 5000; ++i) commas += "a,";
  std::vector<Sentence> cut = split_text(commas);
  ASSERT_EQ(cut.size(), 10u);
  for (const Sentence& sentence : cut) EXPECT_EQ(sentence.tokens.size(), 1000u);
}

TEST(TokenizerRobustness, CutsLongTokensOnCharacterBoundaries) {
  std::string text;
  for (int i = 0; i < 700; ++i) text += "\xC3\xA9";  // é, 1,400 bytes
  std::vector<Sentence> s = split_text(text);
  ASSERT_EQ(s.size(), 1u);
  ASSERT_EQ(s[0].tokens.size(), 2u);
  EXPECT_EQ(s[0].tokens[0].form.size(), 1000u);
  EXPECT_EQ(s[0].tokens[1].form.size(), 400u);
}

// The sentences, their forms, offsets and misc, as one comparable string.
std::string describe(const std::vector<Sentence>& sentences) {
  std::string out;
  for (const Sentence& s : sentences) {
    for (const Token& t : s.tokens) out += t.form + "|" + t.misc + " ";
    for (const MultiwordToken& m : s.multiword_tokens) {
      out += std::to_string(m.first) + "-" + std::to_string(m.last) + m.misc + " ";
    }
    out += "\n";
  }
  return out;
}

std::vector<Sentence> split_in_batches(const std::string& text, std::size_t batch) {
  std::vector<Sentence> out;
  internal::for_each_sentence_in_batches(text, 3, batch,
                                         [&out](Sentence&& s) { out.push_back(std::move(s)); });
  return out;
}

TEST(TokenizerStreaming, BatchSizeDoesNotChangeTheResult) {
  const std::string text =
      "KYIV, March 29 (Reuters) - Russia's envoy didn't say. \"Why?\" Mr. Li asked.\n\n"
      "Acme Inc. The firm (see www.acme.com) is 1. big 2. rich... Yes! :) No\n\n"
      "03/15/2001 04:11 PM Hello ----- >> Yes. Gov. Ames met J. R. R. Tolkien etc. Then "
      "it ended at 3 p.m. The end.";
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += text + " ";
  for (const std::string* t : std::vector<const std::string*>{&text, &long_text}) {
    const std::string expected = describe(split_in_batches(*t, 1 << 20));
    for (std::size_t batch : {1u, 2u, 3u, 7u, 33u, 100u}) {
      EXPECT_EQ(describe(split_in_batches(*t, batch)), expected) << "batch " << batch;
    }
  }
  std::vector<Sentence> streamed;
  for_each_sentence(text, 3, [&streamed](Sentence&& s) { streamed.push_back(std::move(s)); });
  EXPECT_EQ(describe(streamed), describe(split_text(text, 3)));
}

// Two paragraphs of gold CoNLL-U: "I don't know." / "Yes" "Fine" (two
// sentences without punctuation, which the splitter cannot tell apart).
constexpr char kGold[] =
    "# newpar\n# text = I don't know.\n"
    "1\tI\t_\t_\t_\t_\t0\troot\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\t_\t_\t_\t_\t1\tdep\t_\t_\n"
    "3\tn't\t_\t_\t_\t_\t1\tdep\t_\t_\n"
    "4\tknow\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n"
    "5\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n"
    "# newpar\n# text = Yes\n"
    "1\tYes\t_\t_\t_\t_\t0\troot\t_\t_\n\n"
    "1\tFine\t_\t_\t_\t_\t0\troot\t_\t_\n\n";

TEST(TokenizerEval, RebuildsTheTextAndScoresSurfaceTokens) {
  Diagnostics diags;
  std::vector<Sentence> gold = parse_conllu(kGold, "gold", &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  GoldText text = gold_text(gold);
  EXPECT_EQ(text.text, "I don't know.\n\nYes Fine\n");
  ASSERT_EQ(text.tokens.size(), 6u);
  EXPECT_EQ(text.tokens[1], (TextSpan{2, 7}));  // "don't" is one surface token
  ASSERT_EQ(text.sentences.size(), 3u);
  EXPECT_EQ(text.sentences[2], (TextSpan{19, 23}));
  TokenizationScores scores = evaluate_tokenizer(gold);
  EXPECT_EQ(scores.tokens.correct, 6u);
  EXPECT_DOUBLE_EQ(scores.tokens.f1(), 100.0);
  EXPECT_EQ(scores.sentences.gold, 3u);
  EXPECT_EQ(scores.sentences.predicted, 2u);  // "Yes Fine" is one predicted sentence
  EXPECT_EQ(scores.sentences.correct, 1u);
  EXPECT_DOUBLE_EQ(scores.sentences.precision(), 50.0);
  EXPECT_NEAR(scores.sentences.recall(), 100.0 / 3, 1e-9);
}

TEST(TokenizerEval, PrecisionRecallAndErrors) {
  Diagnostics diags;
  GoldText text = gold_text(parse_conllu(kGold, "gold", &diags));
  Sentence predicted;
  Token whole;
  whole.form = "I don't";
  whole.start = 0;
  whole.end = 7;
  predicted.tokens.push_back(whole);
  Result<TokenizationScores> scores = score_tokenization(text, {predicted});
  ASSERT_TRUE(scores.ok());
  EXPECT_EQ(scores->tokens.gold, 6u);
  EXPECT_EQ(scores->tokens.predicted, 1u);
  EXPECT_EQ(scores->tokens.correct, 0u);
  EXPECT_DOUBLE_EQ(scores->tokens.f1(), 0.0);
  predicted.tokens[0].start = std::string::npos;
  Result<TokenizationScores> bad = score_tokenization(text, {predicted});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("no character offsets"), std::string::npos);
  predicted.tokens[0].start = 0;
  predicted.tokens[0].end = 999;
  EXPECT_FALSE(score_tokenization(text, {predicted}).ok());
}

// Scores split_text on one EWT file and prints the figures docs/tokenizer.md reports.
TokenizationScores ewt_scores(const std::string& part) {
  const std::string path =
      std::string(PARLEY_DATA_DIR) + "/ud-english-ewt/en_ewt-ud-" + part + ".conllu";
  EXPECT_TRUE(std::filesystem::exists(path)) << "missing shared data file: " << path;
  Diagnostics diags;
  Result<std::vector<Sentence>> gold = read_conllu(path, &diags);
  EXPECT_TRUE(gold.ok()) << gold.status().message();
  if (!gold.ok()) return {};
  TokenizationScores scores = evaluate_tokenizer(*gold);
  std::printf("EWT %-5s tokens P %.2f R %.2f F1 %.2f | sentences P %.2f R %.2f F1 %.2f\n",
              part.c_str(), scores.tokens.precision(), scores.tokens.recall(), scores.tokens.f1(),
              scores.sentences.precision(), scores.sentences.recall(), scores.sentences.f1());
  return scores;
}

TEST(TokenizerEwt, DevScoresStayAboveTheMeasuredFigures) {
  TokenizationScores scores = ewt_scores("dev");
  EXPECT_EQ(scores.sentences.gold, 2001u);
  EXPECT_GE(scores.tokens.f1(), 99.35);    // measured 99.67
  EXPECT_GE(scores.sentences.f1(), 86.5);  // measured 87.58
}

// Train was used to write the rules; test is only reported (docs/tokenizer.md).
TEST(TokenizerEwt, ReportsTrainAndTestScores) {
  EXPECT_EQ(ewt_scores("train").sentences.gold, 12544u);
  EXPECT_EQ(ewt_scores("test").sentences.gold, 2077u);
}

}  // namespace
}  // namespace parley
