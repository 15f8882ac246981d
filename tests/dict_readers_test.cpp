// Actor and agent dictionary readers on small inputs written for these tests
// (fictional countries and people).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "dict/actors.h"
#include "dict/agents.h"

namespace parley {
namespace {

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

// The entry holding `phrase` (words joined by blanks) among its phrases.
const ActorEntry* find_actor(const ActorDictionary& dict, std::string_view phrase) {
  for (const ActorEntry& entry : dict.entries) {
    for (const auto& words : entry.phrases) {
      if (join(words) == phrase) return &entry;
    }
  }
  return nullptr;
}

std::vector<const AgentEntry*> find_agents(const AgentDictionary& dict, std::string_view phrase) {
  std::vector<const AgentEntry*> found;
  for (const AgentEntry& entry : dict.entries) {
    if (join(entry.words) == phrase) found.push_back(&entry);
  }
  return found;
}

std::string all(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags) out += d.to_string() + "\n";
  return out;
}

TEST(DictReadersActors, PhrasesCodesAndComments) {
  const std::string text =
      "# a comment line\n"
      "<!-- one-line XML comment -->\n"
      "<!-- a comment\n"
      "   spanning [XXX] lines -->\n"
      "<! -- a tag-like line -->\n"
      "FREEDONIA_  [FRD]  # trailing comment\r\n"
      "+FREEDONIAN\n"
      "+rufus_t._firefly's_ARMY ; TABARI comment\n"
      "\n"
      "GRAND fenwick-duchy [GFD]\n"
      "SYLVANIA\n"
      "\t[SYL]\n";
  ActorDictionary dict;
  Diagnostics diags;
  parse_actors(text, "fuzz.txt", &dict, &diags);
  EXPECT_TRUE(diags.empty()) << all(diags);
  ASSERT_EQ(dict.entries.size(), 3u);
  const ActorEntry& freedonia = dict.entries[0];
  EXPECT_EQ(freedonia.default_code, "FRD");
  EXPECT_EQ(freedonia.line, 6);
  EXPECT_EQ(freedonia.file, "fuzz.txt");
  ASSERT_EQ(freedonia.phrases.size(), 3u);
  EXPECT_EQ(join(freedonia.phrases[0]), "FREEDONIA");
  EXPECT_EQ(join(freedonia.phrases[2]), "RUFUS T. FIREFLY'S ARMY");
  EXPECT_EQ(join(dict.entries[1].phrases[0]), "GRAND FENWICK-DUCHY");
  EXPECT_EQ(dict.entries[2].default_code, "SYL");
  EXPECT_EQ(dict.entries[2].code_on(20200101), "SYL");
}

TEST(DictReadersActors, DateRestrictionsApplyToTheGroup) {
  const std::string text =
      "RUFUS_FIREFLY_  [FRDELI]\n"
      "+PRESIDENT_FIREFLY\n"
      "\t[FRDGOV 330101-341231]\n"
      "\t[FRDMIL < 321231]\n"
      "\t[FRDOPP >20200101]\n"
      "\t[FRDREB 19991231 - 20000102]\n"
      "TRENTINO_  [SYLGOV 330101-331231] [SYLELI >350101]\n";
  ActorDictionary dict;
  Diagnostics diags;
  parse_actors(text, "fuzz.txt", &dict, &diags);
  EXPECT_TRUE(diags.empty()) << all(diags);
  const ActorEntry* firefly = find_actor(dict, "PRESIDENT FIREFLY");
  ASSERT_NE(firefly, nullptr);
  EXPECT_EQ(firefly, find_actor(dict, "RUFUS FIREFLY"));
  ASSERT_EQ(firefly->restrictions.size(), 4u);
  EXPECT_EQ(firefly->restrictions[0].from, 19330101);
  EXPECT_EQ(firefly->restrictions[0].to, 19341231);
  EXPECT_EQ(firefly->code_on(19330101), "FRDGOV");  // bounds are inclusive
  EXPECT_EQ(firefly->code_on(19341231), "FRDGOV");
  EXPECT_EQ(firefly->code_on(19321231), "FRDMIL");  // "<date": before or on
  EXPECT_EQ(firefly->code_on(19350101), "FRDELI");  // no range holds: the default
  EXPECT_EQ(firefly->code_on(20200101), "FRDOPP");  // ">date": on or after
  EXPECT_EQ(firefly->code_on(20000101), "FRDREB");
  EXPECT_EQ(firefly->code_on(0), "FRDELI");  // unknown date
  const ActorEntry* trentino = find_actor(dict, "TRENTINO");
  ASSERT_NE(trentino, nullptr);
  EXPECT_EQ(trentino->default_code, "");
  EXPECT_EQ(trentino->code_on(19330601), "SYLGOV");
  EXPECT_EQ(trentino->code_on(19500101), "SYLELI");
  EXPECT_EQ(trentino->code_on(19340601), "");  // between the two ranges: no code
}

TEST(DictReadersActors, FirstMatchingRestrictionWins) {
  ActorDictionary dict;
  parse_actors("PINKY_  [MSE]\n\t[MSEA 20100101-20101231]\n\t[MSEB 20100601-20100630]\n", "t",
               &dict, nullptr);
  ASSERT_EQ(dict.entries.size(), 1u);
  EXPECT_EQ(dict.entries[0].code_on(20100615), "MSEA");
}

TEST(DictReadersActors, CodelessPhrasesInARowShareTheCodesThatFollow) {
  ActorDictionary dict;
  Diagnostics diags;
  parse_actors("BRAIN_\nTHE_BRAIN\n+MASTERMIND\n\t[LAB 20000101-20051231]\nPINKY [MSE]\n", "t",
               &dict, &diags);
  EXPECT_TRUE(diags.empty()) << all(diags);
  ASSERT_EQ(dict.entries.size(), 2u);
  EXPECT_EQ(dict.entries[0].phrases.size(), 3u);
  EXPECT_EQ(find_actor(dict, "MASTERMIND")->code_on(20010101), "LAB");
  EXPECT_EQ(find_actor(dict, "PINKY")->default_code, "MSE");
}

TEST(DictReadersActors, DictionaryDates) {
  EXPECT_EQ(parse_dictionary_date("20080120"), 20080120);
  EXPECT_EQ(parse_dictionary_date("950601"), 19950601);
  EXPECT_EQ(parse_dictionary_date("300101"), 19300101);  // YY >= 30: 19YY
  EXPECT_EQ(parse_dictionary_date("291231"), 20291231);  // YY < 30: 20YY
  EXPECT_EQ(parse_dictionary_date("000101"), 20000101);
  EXPECT_EQ(parse_dictionary_date("2008012"), 0);
  EXPECT_EQ(parse_dictionary_date("201005011"), 0);
  EXPECT_EQ(parse_dictionary_date("20081301"), 0);
  EXPECT_EQ(parse_dictionary_date("20080100"), 0);
  EXPECT_EQ(parse_dictionary_date("95O601"), 0);
  EXPECT_EQ(parse_dictionary_date(""), 0);
}

TEST(DictReadersActors, MalformedLinesAreReportedAndSkipped) {
  const std::string text =
      "+ORPHAN_SYNONYM\n"                      // 1: '+' before any primary
      "\t[FRD >990101]\n"                      // 2: restriction before any phrase
      "FREEDONIA_ [FRD\n"                      // 3: unterminated bracket
      "SYLVANIA_ [SYL]\n"                      // 4
      "\t[SYLGOV 19990101-1999]\n"             // 5: bad date
      "\t[SYLELI 20000101-19990101]\n"         // 6: range ends before it starts
      "\t[SYLMIL 20000101]\n"                  // 7: no '<', '>' or '-'
      "\t[ <20000101]\n"                       // 8: code missing
      "+___\n"                                 // 9: empty phrase
      "+BAD]WORD\n"                            // 10: bracket inside a phrase
      "\t[SYLOPP]\n"                           // 11: second default code
      "GRAND_FENWICK [GFD] junk\n"             // 12: text after the code
      "LATVERIA\n"                             // 13: never gets a code
      "OSTERLICH [OST] [OSTGOV >20010101]\n";  // 14: fine
  ActorDictionary dict;
  Diagnostics diags;
  parse_actors(text, "fuzz.txt", &dict, &diags);
  const std::vector<std::string> expected = {
      "fuzz.txt:1: '+' synonym 'ORPHAN_SYNONYM' before any primary phrase; line skipped",
      "fuzz.txt:2: date restriction '[FRD >990101]' before any actor phrase; line skipped",
      "fuzz.txt:3: unterminated '[' in '[FRD' (expected ']' after the code); ignored",
      "fuzz.txt:5: bad date '1999' in '[SYLGOV 19990101-1999]' (expected '<DATE', '>DATE' or "
      "'DATE-DATE', DATE as YYMMDD or YYYYMMDD); restriction skipped",
      "fuzz.txt:6: date range in '[SYLELI 20000101-19990101]' ends before it starts; "
      "restriction skipped",
      "fuzz.txt:7: bad date restriction in '[SYLMIL 20000101]' (expected '<DATE', '>DATE' or "
      "'DATE-DATE', DATE as YYMMDD or YYYYMMDD); restriction skipped",
      "fuzz.txt:8: code missing in '[ <20000101]' (expected '[CODE]' or '[CODE restriction]'); "
      "ignored",
      "fuzz.txt:9: empty phrase (expected words separated by blanks or '_'); line skipped",
      "fuzz.txt:10: unexpected bracket in phrase 'BAD]WORD' (expected words, then the code in "
      "'[CODE]'); line skipped",
      "fuzz.txt:11: second default code '[SYLOPP]' ignored (the entry already has '[SYL]')",
      "fuzz.txt:12: unexpected text 'junk' after the code (comments start with '#'); ignored",
      "fuzz.txt:13: code missing for actor 'LATVERIA' (expected '[CODE]' after the phrase or a "
      "tab-indented '[CODE ...]' line); entry skipped",
  };
  ASSERT_EQ(diags.size(), expected.size()) << all(diags);
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(diags[i].to_string(), expected[i]);
  // The rest of the file still loads.
  const ActorEntry* sylvania = find_actor(dict, "SYLVANIA");
  ASSERT_NE(sylvania, nullptr);
  EXPECT_EQ(sylvania->default_code, "SYL");
  EXPECT_TRUE(sylvania->restrictions.empty());
  EXPECT_EQ(sylvania->phrases.size(), 1u);
  EXPECT_EQ(find_actor(dict, "GRAND FENWICK")->default_code, "GFD");
  EXPECT_EQ(find_actor(dict, "OSTERLICH")->code_on(20050101), "OSTGOV");
  EXPECT_EQ(find_actor(dict, "LATVERIA"), nullptr);
  EXPECT_EQ(find_actor(dict, "FREEDONIA"), nullptr);  // no usable code
}

TEST(DictReadersActors, UnclosedXmlCommentIsReported) {
  ActorDictionary dict;
  Diagnostics diags;
  parse_actors("FREEDONIA [FRD]\n<!-- never closed\nSYLVANIA [SYL]\n", "fuzz.txt", &dict, &diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].line, 2);
  EXPECT_NE(diags[0].message.find("'<!--' comment is never closed"), std::string::npos);
  EXPECT_EQ(dict.entries.size(), 1u);
}

TEST(DictReadersAgents, RegularPluralsOnTheLastWord) {
  const std::string text =
      "SOLDIER [~MIL]\nNAVY [~MILNAV]\nENVOY [~GOV]\nCONGRESS [~LEG]\nPARISH_CHURCH [~REL]\n"
      "TAX_BOX [~BUS]\nATTORNEY_GENERAL [~JUD]\nPOLICE {} [~COP]\n"
      "GOOSE_HERDER {GEESE_HERDERS GOOSEHERDERS} [~AGR]\nMINISTRY_ [~GOV]\n";
  AgentDictionary dict;
  Diagnostics diags;
  parse_agents(text, "fuzz.txt", &dict, &diags);
  EXPECT_TRUE(diags.empty()) << all(diags);
  for (const char* phrase :
       {"SOLDIER", "SOLDIERS", "NAVY", "NAVIES", "ENVOY", "ENVOYS", "CONGRESS", "CONGRESSES",
        "PARISH CHURCH", "PARISH CHURCHES", "TAX BOX", "TAX BOXES", "ATTORNEY GENERALS", "POLICE",
        "GOOSE HERDER", "GEESE HERDERS", "GOOSEHERDERS", "MINISTRY"}) {
    EXPECT_EQ(find_agents(dict, phrase).size(), 1u) << phrase;
  }
  for (const char* absent : {"POLICES", "GOOSE HERDERS", "MINISTRIES", "MINISTRYS", "ENVOIES"}) {
    EXPECT_TRUE(find_agents(dict, absent).empty()) << absent;
  }
  EXPECT_EQ(dict.entries.size(), 19u);
  EXPECT_EQ(find_agents(dict, "NAVIES")[0]->code, "MILNAV");
  EXPECT_EQ(find_agents(dict, "NAVIES")[0]->line, 2);
}

TEST(DictReadersAgents, CodePositionAndMarkers) {
  const std::string text =
      "<!-- agents for the test -->\n"
      "!FOLK! = MAN, WOMEN , PERSON\n"
      "HUMAN_RIGHTS_BODY [ NGO~ ]\n"
      "SELECT!FOLK! [~LEG]\n"
      "!FOLK!_OF_LETTERS {} [~EDU]\n"
      "!LATE! = LATER\n";
  AgentDictionary dict;
  Diagnostics diags;
  parse_agents(text, "fuzz.txt", &dict, &diags);
  EXPECT_TRUE(diags.empty()) << all(diags);
  const auto body = find_agents(dict, "HUMAN RIGHTS BODY");
  ASSERT_EQ(body.size(), 1u);
  EXPECT_TRUE(body[0]->prefix);
  EXPECT_EQ(body[0]->code, "NGO");
  EXPECT_EQ(find_agents(dict, "HUMAN RIGHTS BODIES").size(), 1u);
  for (const char* phrase : {"SELECTMAN", "SELECTWOMEN", "SELECTPERSON", "MAN OF LETTERS",
                             "WOMEN OF LETTERS", "PERSON OF LETTERS"}) {
    const auto found = find_agents(dict, phrase);
    ASSERT_EQ(found.size(), 1u) << phrase;
    EXPECT_FALSE(found[0]->prefix);
  }
  EXPECT_TRUE(find_agents(dict, "SELECTMANS").empty());  // substituted forms get no plural
  EXPECT_EQ(dict.entries.size(), 8u);
}

TEST(DictReadersAgents, MalformedLinesAreReportedAndSkipped) {
  const std::string text =
      "GREEN_PARTY [~ENV}\n"        // 1: unterminated bracket
      "LOBBYIST\n"                  // 2: code missing
      "BANKER [BUS]\n"              // 3: no '~'
      "!UNDECLARED!_CLUB [~CVL]\n"  // 4: unknown marker (declared later)
      "!UNDECLARED! = CHESS\n"      // 5
      "  {} [~GOV]\n"               // 6: empty phrase
      "CHAIR {CHAIRS [~GOV]\n"      // 7: unterminated '{'
      "BROKEN!MARK [~GOV]\n"        // 8: unterminated marker
      "!BAD = X\n"                  // 9: malformed declaration
      "SHEPHERD [~AGR] extra\n"     // 10: text after the code (kept)
      "[~]\n"                       // 11: code missing inside the brackets
      "!UNDECLARED!_CLUB [~CVL]\n"  // 12: fine now
      "!TEN! = A, B, C, D, E, F, G, H, I, J\n"
      "!TEN!!TEN!!TEN!!TEN! [~X]\n";  // 14: 10^4 forms
  AgentDictionary dict;
  Diagnostics diags;
  parse_agents(text, "fuzz.txt", &dict, &diags);
  const std::vector<std::pair<int, std::string>> expected = {
      {1, "unterminated '[' in '[~ENV}' (expected ']' after the code); line skipped"},
      {2,
       "code missing for 'LOBBYIST' (expected 'PHRASE {PLURALS} [~CODE]' or 'PHRASE "
       "[CODE~]'); line skipped"},
      {3,
       "agent code 'BUS' has no '~' (expected '~CODE' to follow the actor code or 'CODE~' to "
       "precede it); line skipped"},
      {4,
       "unknown substitution marker '!UNDECLARED!' in '!UNDECLARED!_CLUB' (declare it before "
       "use: '!UNDECLARED! = A, B'); line skipped"},
      {6,
       "empty phrase before the code (expected 'PHRASE {PLURALS} [~CODE]' or 'PHRASE "
       "[CODE~]'); line skipped"},
      {7, "unterminated '{' in 'CHAIR {CHAIRS' (expected '}' after the plurals); line skipped"},
      {8, "unterminated substitution marker in 'BROKEN!MARK' (expected '!NAME!'); line skipped"},
      {9, "malformed substitution set '!BAD = X' (expected '!NAME! = A, B, ...'); line skipped"},
      {10, "unexpected text 'extra' after the code (comments start with '#'); ignored"},
      {11,
       "code missing or malformed in '[~]' (expected 'PHRASE {PLURALS} [~CODE]' or 'PHRASE "
       "[CODE~]'); line skipped"},
      {14,
       "substitution markers in '!TEN!!TEN!!TEN!!TEN!' expand to more than 1000 forms; line "
       "skipped"},
  };
  ASSERT_EQ(diags.size(), expected.size()) << all(diags);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(diags[i].file, "fuzz.txt");
    EXPECT_EQ(diags[i].line, expected[i].first);
    EXPECT_EQ(diags[i].message, expected[i].second);
  }
  EXPECT_EQ(find_agents(dict, "SHEPHERDS").size(), 1u);
  EXPECT_EQ(find_agents(dict, "CHESS CLUB").size(), 1u);
  EXPECT_EQ(dict.entries.size(), 3u);
}

}  // namespace
}  // namespace parley
