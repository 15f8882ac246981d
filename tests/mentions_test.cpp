// find_actor_mentions: the known actors of a sentence, one per noun phrase.
#include "coding/mentions.h"

#include <gtest/gtest.h>

#include "io/conllu.h"

namespace parley {
namespace {

const std::string kDicts = std::string(PARLEY_SOURCE_DIR) + "/tests/data/dicts/";

Dictionaries test_dictionaries() {
  DictionaryFiles files;
  files.verbs = kDicts + "parley_test.verbs.txt";
  files.actors = {kDicts + "parley_test.actors.txt"};
  files.agents = kDicts + "parley_test.agents.txt";
  Dictionaries dicts;
  Diagnostics diags;
  EXPECT_TRUE(load_dictionaries(files, false, &dicts, &diags).ok());
  return dicts;
}

Sentence parse(const std::string& conllu) {
  Diagnostics diags;
  std::vector<Sentence> s = parse_conllu(conllu, "test", &diags);
  EXPECT_EQ(s.size(), 1u);
  return s.empty() ? Sentence{} : s[0];
}

// "Valorian soldiers and Mardonia met rebels near the river ."
const char* kSentence =
    "1\tValorian\tValorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
    "4\tMardonia\tMardonia\tPROPN\tNNP\t_\t2\tconj\t_\t_\n"
    "5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\trebels\trebel\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "7\tnear\tnear\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
    "9\triver\triver\tNOUN\tNN\t_\t5\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(MentionsTest, OnePerPhraseWithAgentsComposed) {
  Dictionaries dicts = test_dictionaries();
  std::vector<EventActor> m = find_actor_mentions(parse(kSentence), dicts, 0);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].code, "VALMIL");  // the adjective is part of the phrase, not a mention of its own
  EXPECT_EQ(m[0].first, 0);
  EXPECT_EQ(m[0].last, 1);
  EXPECT_EQ(m[0].text, "Valorian soldiers");
  EXPECT_EQ(m[1].code, "MRD");
  EXPECT_EQ(m[2].code, "---REB");  // an agent with no country
}

TEST(MentionsTest, DateRestrictedCodesFollowTheDate) {
  Dictionaries dicts = test_dictionaries();
  Sentence s = parse("1\tKorven\tKorven\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  ASSERT_EQ(find_actor_mentions(s, dicts, 20320101).size(), 1u);
  EXPECT_EQ(find_actor_mentions(s, dicts, 20320101)[0].code, "MRDGOV");
  EXPECT_EQ(find_actor_mentions(s, dicts, 20400101)[0].code, "MRDMIL");
}

TEST(MentionsTest, NoKnownActorGivesNone) {
  Dictionaries dicts = test_dictionaries();
  Sentence s = parse("1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\trained\train\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_TRUE(find_actor_mentions(s, dicts, 0).empty());
}

}  // namespace
}  // namespace parley
