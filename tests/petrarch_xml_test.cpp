#include "io/petrarch_xml.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace parley {
namespace {

std::string data_path(const std::string& relative) {
  std::string path = std::string(PARLEY_DATA_DIR) + "/" + relative;
  EXPECT_TRUE(std::filesystem::exists(path)) << "missing shared data file: " << path;
  return path;
}

// A two-word CoNLL-U parse "<subject> <verb>" (no trailing newline).
std::string tiny_parse(const std::string& subject, const std::string& verb) {
  return "1\t" + subject + "\t" + subject + "\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\t" + verb + "\t" +
         verb + "\tVERB\tVBD\t_\t0\troot\t_\t_";
}

std::string record(const std::string& id, const std::string& inner,
                   const std::string& attrs = "source=\"DEMO\" date=\"20240101\"") {
  return "<Sentence " + attrs + " id=\"" + id + "\" sentence=\"true\">\n" + inner +
         "\n</Sentence>\n";
}

std::string text_and_parse(const std::string& subject, const std::string& verb) {
  return "<Text>\n" + subject + " " + verb + ".\n</Text>\n<Parse>\n" + tiny_parse(subject, verb) +
         "\n</Parse>";
}

PetrarchFile parse_ok(const std::string& xml, Diagnostics* diags) {
  Result<PetrarchFile> file = parse_petrarch_xml(xml, "t.xml", diags);
  EXPECT_TRUE(file.ok()) << file.status().message();
  return file.ok() ? std::move(file).value() : PetrarchFile();
}

const PetrarchRecord* find_record(const PetrarchFile& file, const std::string& id) {
  for (const PetrarchRecord& r : file.records) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

TEST(PetrarchXmlParse, ReadsEnvironmentRecordsAndExpectations) {
  const std::string xml =
      "<?xml version='1.0' encoding='utf-8'?>\n"                                      // 1
      "<Validation>\n"                                                                // 2
      "<Environment>\n"                                                               // 3
      "  <Verbfile>velmora.verbs.txt</Verbfile>\n"                                    // 4
      "  <Actorfile>a1.txt, a2.txt</Actorfile>\n"                                     // 5
      "  <Actorfile>a3.txt</Actorfile>\n"                                             // 6
      "  <Agentfile>agents.txt</Agentfile>\n"                                         // 7
      "  <Discardfile>discards.txt</Discardfile>\n"                                   // 8
      "  <Issuefile>issues.txt</Issuefile>\n"                                         // 9
      "  <Errorfile>errors.txt</Errorfile>\n"                                         // 10
      "  <Include>DEMO  TRADE\n WAR</Include>\n"                                      // 11-12
      "  <Config option=\"stop_on_error\" value=\"True\"/>\n"                         // 13
      "</Environment>\n"                                                              // 14
      "<Sentences>\n"                                                                 // 15
      "<Sentence source=\"DEMO\" date=\"20240101\" id=\"V_01\" sentence=\"true\">\n"  // 16
      "<EventCoding eventcode=\"042\" sourcecode=\"VEL\" targetcode=\"QUA\"/>\n"
      "<EventCoding eventcode=\"043\" sourcecode=\"QUA\" targetcode=\"VEL\"/>\n"
      "<Text>\nVelmora   visited\n Quastia.\n</Text>\n"
      "<Parse>\n" +
      tiny_parse("Velmora", "visited") +
      "\n</Parse>\n</Sentence>\n"
      "<Sentence category=\"TRADE\" source=\"AFP\" date=\"20240102\" id=\"V_02\" "
      "sentence=\"True\">\n"
      "<EventCoding noevents=\"True\"/>\n<Text>Nothing happened.</Text>\n</Sentence>\n"
      "</Sentences>\n</Validation>\n";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  EXPECT_EQ(file.path, "t.xml");
  const PetrarchEnvironment& env = file.environment;
  EXPECT_EQ(env.verb_file, "velmora.verbs.txt");
  EXPECT_EQ(env.actor_files, (std::vector<std::string>{"a1.txt", "a2.txt", "a3.txt"}));
  EXPECT_EQ(env.agent_file, "agents.txt");
  EXPECT_EQ(env.discard_file, "discards.txt");
  EXPECT_EQ(env.issue_file, "issues.txt");
  EXPECT_TRUE(env.has_include);
  EXPECT_EQ(env.include, (std::vector<std::string>{"DEMO", "TRADE", "WAR"}));

  ASSERT_EQ(file.records.size(), 2u);
  const PetrarchRecord& first = file.records[0];
  EXPECT_EQ(first.id, "V_01");
  EXPECT_EQ(first.line, 16);
  EXPECT_EQ(first.category, "DEMO");  // falls back to source
  EXPECT_EQ(first.source, "DEMO");
  EXPECT_EQ(first.date, "20240101");
  EXPECT_EQ(first.sentence_attribute, "true");
  EXPECT_FALSE(first.is_article);
  EXPECT_EQ(first.text, "\nVelmora   visited\n Quastia.\n");  // kept as written
  EXPECT_TRUE(first.has_expectations);
  EXPECT_FALSE(first.expects_no_events);
  ASSERT_EQ(first.expected.size(), 2u);
  EXPECT_EQ(first.expected[0].code, "042");
  EXPECT_EQ(first.expected[0].source, "VEL");
  EXPECT_EQ(first.expected[0].target, "QUA");
  EXPECT_EQ(first.expected[1].source, "QUA");
  EXPECT_EQ(first.config.at("stop_on_error"), "True");
  ASSERT_EQ(first.parses.size(), 1u);
  EXPECT_EQ(first.parses[0].id, "V_01");
  EXPECT_EQ(first.parses[0].text, "Velmora visited Quastia.");  // whitespace normalised
  EXPECT_EQ(first.parses[0].source_line, 24);
  ASSERT_EQ(first.parses[0].tokens.size(), 2u);
  EXPECT_EQ(first.parses[0].tokens[1].lemma, "visited");

  const PetrarchRecord& second = file.records[1];
  EXPECT_EQ(second.category, "TRADE");
  EXPECT_EQ(second.source, "AFP");
  EXPECT_TRUE(second.has_expectations);
  EXPECT_TRUE(second.expects_no_events);
  EXPECT_TRUE(second.expected.empty());
  EXPECT_TRUE(second.parses.empty());
  EXPECT_EQ(second.text, "Nothing happened.");
}

TEST(PetrarchXmlParse, DecodesEntities) {
  const std::string xml =
      "<Sentences>\n" +
      record("E_1",
             "<EventCoding eventcode=\"190\" sourcecode=\"&quot;WAR COUNCIL&quot;\" "
             "targetcode=\"QUA\"/>\n<Text>Salt &amp; pepper &lt;talks&gt; AT&T "
             "&nope;</Text>\n<Parse>\n"
             "1\t&amp;\t&amp;\tCCONJ\tCC\t_\t0\troot\t_\t_\n</Parse>") +
      "</Sentences>";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(file.records.size(), 1u);
  EXPECT_EQ(file.records[0].expected.at(0).source, "\"WAR COUNCIL\"");
  EXPECT_EQ(file.records[0].text, "Salt & pepper <talks> AT&T &nope;");  // unknown kept
  EXPECT_EQ(file.records[0].parses.at(0).tokens.at(0).form, "&");
}

TEST(PetrarchXmlParse, ReadsErrorExpectation) {
  const std::string xml =
      "<Sentences>\n" + record("X_1", "<EventCoding error=\"sentencediscard\" />\n<Text>t</Text>") +
      record("X_2", "<Text>t</Text>") + "</Sentences>";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(file.records.size(), 2u);
  EXPECT_EQ(file.records[0].expected_error, "sentencediscard");
  EXPECT_TRUE(file.records[0].expects_no_events);
  EXPECT_TRUE(file.records[0].has_expectations);
  EXPECT_TRUE(file.records[0].expected.empty());
  EXPECT_FALSE(file.records[1].has_expectations);
  EXPECT_FALSE(file.records[1].expects_no_events);
}

TEST(PetrarchXmlParse, ReadsSelfClosedOpeningTagWithChildren) {
  const std::string xml =
      "<Sentences>\n"
      "<Sentence id=\"S_1\" source=\"DEMO\" date=\"20240101\" sentence=\"true\" />\n"  // 2
      "<EventCoding eventcode=\"051\" sourcecode=\"VEL\" targetcode=\"QUA\" />\n"
      "<Text>Velmora praised Quastia.</Text>\n<Parse>\n" +
      tiny_parse("Velmora", "praised") +
      "\n</Parse>\n</Sentence>\n"
      "<Sentence id=\"EMPTY\" source=\"DEMO\" date=\"20240101\"/>\n" +  // a truly empty record
      record("S_2", text_and_parse("Quastia", "left")) +
      "</Sentences>\n";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(file.records.size(), 3u);
  EXPECT_EQ(file.records[0].id, "S_1");
  EXPECT_EQ(file.records[0].line, 2);
  EXPECT_EQ(file.records[0].expected.at(0).code, "051");
  EXPECT_EQ(file.records[0].text, "Velmora praised Quastia.");
  EXPECT_EQ(file.records[0].parses.at(0).tokens.size(), 2u);
  EXPECT_EQ(file.records[0].parses.at(0).source_line, 6);
  EXPECT_EQ(file.records[1].id, "EMPTY");
  EXPECT_TRUE(file.records[1].parses.empty());
  EXPECT_EQ(file.records[2].id, "S_2");
  EXPECT_EQ(file.records[2].parses.at(0).tokens.at(0).form, "Quastia");
}

TEST(PetrarchXmlParse, SkipsCommentsHoldingStrayMarkup) {
  const std::string xml =
      "<Sentences>\n<!--Stop></Stop-->\n<!-- <Sentence id=\"GHOST\"> and <Config option=\"x\" "
      "value=\"1\"/> -->\n" +
      record("C_1",
             "<!-- inner note: </Sentence> <Sentence -->\n" + text_and_parse("Velmora", "waited")) +
      "<!-- --><!---->\n" + record("C_2", text_and_parse("Quastia", "waited")) + "</Sentences>";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(file.records.size(), 2u);
  EXPECT_EQ(file.records[0].id, "C_1");
  EXPECT_EQ(file.records[0].parses.at(0).tokens.size(), 2u);
  EXPECT_EQ(file.records[1].id, "C_2");
  EXPECT_TRUE(file.records[0].config.empty());
}

TEST(PetrarchXmlParse, BrokenRecordIsReportedAndOthersLoad) {
  const std::string xml = "<Sentences>\n" +                                 // 1
                          record("OK_1", text_and_parse("Velmora", "a")) +  // 2..10
                          "<Sentence id=\"BAD_1\" date=\"20240101\">\n"     // 11
                          "<Text>Quastia\n"                                 // 12
                          "</Txet>\n"                                       // 13
                          "</Sentence>\n" +
                          record("OK_2", text_and_parse("Ostrava", "b")) + "</Sentences>\n";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_EQ(file.records.size(), 2u);
  EXPECT_EQ(file.records[0].id, "OK_1");
  EXPECT_EQ(file.records[1].id, "OK_2");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].to_string(),
            "t.xml:11: record BAD_1: malformed XML at line 13: Start-end tags mismatch");
}

TEST(PetrarchXmlParse, ReportsUnterminatedAndMismatchedRecords) {
  const std::string xml =
      "<Sentences>\n"
      "<Sentence id=\"OPEN\" date=\"20240101\">\n<Text>a</Text>\n" +  // 2
      record("NEXT", "<Text>b</Text>") +                              // 4
      "<Sentence id=\"MIX\" date=\"20240101\">\n<Text>c</Text>\n</Article>\n" +
      record("LAST", "<Text>d</Text>") + "</Sentence>\n";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_EQ(file.records.size(), 2u);
  EXPECT_EQ(file.records[0].id, "NEXT");
  EXPECT_EQ(file.records[1].id, "LAST");
  ASSERT_EQ(diags.size(), 3u);
  EXPECT_EQ(diags[0].to_string(),
            "t.xml:2: record OPEN: no </Sentence> before the <Sentence> on line 4 (skipped)");
  EXPECT_EQ(diags[1].to_string(),
            "t.xml:7: record MIX: closed by </Article> on line 9 instead of </Sentence> (skipped)");
  EXPECT_EQ(diags[2].to_string(), "t.xml:13: </Sentence> without an opening tag (ignored)");
}

TEST(PetrarchXmlParse, ConfigSnapshotsFollowFileOrder) {
  const std::string xml =
      "<Environment><Config option=\"global\" value=\"g\"/></Environment>\n<Sentences>\n" +
      record("R_1", "<Text>a</Text>") + "<Config option=\"new_actor_length\" value=\"4\" />\n" +
      record("R_2", "<Text>b</Text>") +
      "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
      "<Config option = 'new_actor_length' value = ' 0 ' />\n" +
      record("R_3", "<Text>c</Text>") + "</Sentences>";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(file.records.size(), 3u);
  using Map = std::map<std::string, std::string>;
  EXPECT_EQ(file.records[0].config, (Map{{"global", "g"}}));
  EXPECT_EQ(file.records[1].config, (Map{{"global", "g"}, {"new_actor_length", "4"}}));
  EXPECT_EQ(file.records[2].config,
            (Map{{"global", "g"}, {"new_actor_length", "0"}, {"require_dyad", "false"}}));
  EXPECT_FALSE(file.environment.has_include);
}

TEST(PetrarchXmlParse, ReportsBadConfigAndEventCoding) {
  const std::string xml = "<Sentences>\n<Config value=\"1\"/>\n<Config option=\"x\"/>\n" +  // 2,3
                          record("E_2", "<EventCoding sourcecode=\"VEL\"/>\n<Text>t</Text>") +
                          "<Sentence id=\"NODATE\"><Text>t</Text></Sentence>\n" +
                          "<Config option=\"broken value=\"1\"/>\n</Sentences>";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  EXPECT_EQ(file.records.size(), 2u);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diags) messages.push_back(d.to_string());
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "t.xml:2: <Config> without an option attribute (ignored)",
                          "t.xml:3: <Config option=\"x\"> without a value (ignored)",
                          "t.xml:5: record E_2: <EventCoding> has none of eventcode, noevents or "
                          "error (ignored)",
                          "t.xml:8: record NODATE: no date attribute",
                          "t.xml:9: malformed <Config> tag",
                      }));
}

TEST(PetrarchXmlParse, ParseProblemsPointToFileLines) {
  const std::string xml = "<Sentences>\n" +
                          record("P_1",
                                 "<Text>Velmora left.</Text>\n<Parse>\n"               // 3,4
                                 "1\tVelmora\tVelmora\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"  // 5
                                 "2\tleft\tleave\tVERB\t_\t_\t7\troot\t_\t_\n"         // 6
                                 "</Parse>") +
                          "</Sentences>";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_EQ(file.records.size(), 1u);  // the record stays, without a parse
  EXPECT_TRUE(file.records[0].parses.empty());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].to_string(), "t.xml:6: record P_1: HEAD 7 is outside 0..2");
}

TEST(PetrarchXmlParse, ReadsArticlesWithSeveralSentences) {
  const std::string xml =
      "<Articles>\n"
      "<Article date=\"20240301\" id=\"ART_1\" source=\"WIRE\" sentence=\"false\">\n"  // 2
      "<Text>\nVelmora left.   Quastia\nstayed.\n</Text>\n"                            // 3-6
      "<Parse>" +
      tiny_parse("Velmora", "left") + "\n\n" +  // 7-8
      "# text = Quastia stayed.\n" + tiny_parse("Quastia", "stayed") +
      "\n</Parse>\n"  // 10-12
      "</Article>\n</Articles>\n";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(file.records.size(), 1u);
  const PetrarchRecord& article = file.records[0];
  EXPECT_TRUE(article.is_article);
  EXPECT_EQ(article.line, 2);
  EXPECT_EQ(article.category, "WIRE");
  EXPECT_FALSE(article.has_expectations);
  ASSERT_EQ(article.parses.size(), 2u);
  EXPECT_EQ(article.parses[0].id, "ART_1_1");
  EXPECT_EQ(article.parses[1].id, "ART_1_2");
  EXPECT_EQ(article.parses[0].text, "Velmora left. Quastia stayed.");
  EXPECT_EQ(article.parses[1].text, "Quastia stayed.");
  EXPECT_EQ(article.parses[0].source_line, 7);
  EXPECT_EQ(article.parses[1].source_line, 10);
}

TEST(PetrarchXmlParse, ToleratesCrlf) {
  std::string xml =
      "<Sentences>\r\n" + record("W_1", text_and_parse("Velmora", "won")) + "</Sentences>\r\n";
  std::string crlf;
  for (char c : xml) {
    if (c == '\n' && (crlf.empty() || crlf.back() != '\r')) crlf += '\r';
    crlf += c;
  }
  Diagnostics diags;
  PetrarchFile file = parse_ok(crlf, &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(file.records.size(), 1u);
  EXPECT_EQ(file.records[0].line, 2);
  EXPECT_EQ(file.records[0].parses.at(0).tokens.size(), 2u);
  EXPECT_EQ(file.records[0].parses.at(0).source_line, 7);
  EXPECT_EQ(file.records[0].parses.at(0).text, "Velmora won.");
}

// Found by fuzzing: pugixml's EOL normalisation turned lone '\r' into '\n' and
// shifted the lines reported for <Parse> content.
TEST(PetrarchXmlParse, LoneCarriageReturnsDoNotShiftLines) {
  const std::string xml = "<Sentences>\n" +
                          record("CR_1",
                                 "<Text>a\r\r\rb</Text>\n<Parse>\n"                   // 3,4
                                 "1\tVel\r\r\tVel\tX\t_\t_\t0\troot\t_\t_\n2\tbad\n"  // 5,6
                                 "</Parse>") +
                          "</Sentences>";
  Diagnostics diags;
  PetrarchFile file = parse_ok(xml, &diags);
  ASSERT_EQ(file.records.size(), 1u);
  EXPECT_EQ(file.records[0].text, "a\r\r\rb");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].to_string(),
            "t.xml:6: record CR_1: expected 10 tab-separated columns, found 2");
}

TEST(PetrarchXmlParse, ReportsUnterminatedCommentAndEmptyInput) {
  Diagnostics diags;
  PetrarchFile file = parse_ok(
      "<Sentences>\n" + record("K_1", "<Text>a</Text>") + "<!-- open\n" + record("K_2", ""),
      &diags);
  ASSERT_EQ(file.records.size(), 1u);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].to_string(),
            "t.xml:5: unterminated comment: the rest of the input is ignored");

  diags.clear();
  file = parse_ok("", &diags);
  EXPECT_TRUE(file.records.empty());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].to_string(), "t.xml: no <Sentence> or <Article> records found");
}

TEST(PetrarchXmlParse, SurvivesJunk) {
  std::vector<std::string> inputs = {
      std::string("<Sentence id=\"a\x00\xff\"><Parse>\x01\x02</Parse></Sentence>", 45),
      "<Sentence",
      "</Sentence>",
      "<Sentence/",
      "<<<<>>>><!--",
      "<![CDATA[",
      "<?xml",
      "<Sentence id='x'><Parse><![CDATA[1\tx\tx\tX\t_\t_\t0\troot\t_\t_]]></Parse></Sentence>",
      std::string(100000, '<'),
      "<Environment>" + std::string(50000, 'a'),
      "<Sentence " + std::string(50000, '"'),
      "<Config option=\"a\" value=\"b\"",
  };
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "<Sentence id=\"" + std::to_string(i) + "\"/>";
  inputs.push_back(many);
  for (const std::string& input : inputs) {
    Diagnostics diags;
    Result<PetrarchFile> file = parse_petrarch_xml(input, "junk", &diags);
    EXPECT_TRUE(file.ok());
  }
  Result<PetrarchFile> file = parse_petrarch_xml(many, "junk", nullptr);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->records.size(), 2000u);
  Result<PetrarchFile> cdata = parse_petrarch_xml(inputs[7], "junk", nullptr);
  ASSERT_TRUE(cdata.ok());
  ASSERT_EQ(cdata->records.size(), 1u);
  EXPECT_EQ(cdata->records[0].parses.size(), 1u);
}

TEST(PetrarchXmlRead, MissingFileIsIoError) {
  Diagnostics diags;
  Result<PetrarchFile> file = read_petrarch_xml("/nonexistent/parley/none.xml", &diags);
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kIOError);
}

TEST(PetrarchXmlRealData, UnitTestRecordsLoad) {
  Diagnostics diags;
  Result<PetrarchFile> file =
      read_petrarch_xml(data_path("petrarch/PETR.UnitTest.records.ud.xml"), &diags);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(file->records.size(), 284u);
  std::set<std::string> categories;
  for (const PetrarchRecord& r : file->records) {
    categories.insert(r.category);
    ASSERT_FALSE(r.parses.empty()) << r.id;
    EXPECT_GT(r.parses[0].tokens.size(), 0u) << r.id;
    EXPECT_EQ(r.parses[0].id, r.id);
    EXPECT_EQ(r.has_expectations, r.id != "PATTERN_06") << r.id;  // it has no <EventCoding>
    EXPECT_EQ(r.config.at("stop_on_error"), "True") << r.id;
  }
  const PetrarchRecord* discard = find_record(*file, "DISCARD_01");
  ASSERT_NE(discard, nullptr);
  EXPECT_EQ(discard->expected_error, "storydiscard");
  EXPECT_TRUE(discard->expects_no_events);
  EXPECT_EQ(find_record(*file, "ERROR_01")->expected_error, "dateline");
  EXPECT_EQ(categories, (std::set<std::string>{"ACTOR", "AGENT", "AGENTS", "COMPOUND", "COMPOUNDx",
                                               "DATE", "DEMO", "ERROR", "MODIFY", "PARSING",
                                               "PATTERN", "SYNSET", "VERB"}));
  const PetrarchEnvironment& env = file->environment;
  EXPECT_TRUE(env.has_include);
  EXPECT_EQ(env.include,
            (std::vector<std::string>{"valid", "DEMO", "ACTOR", "VERB", "AGENT", "COMPOUND",
                                      "PARSING", "PATTERN", "DATE", "MODIFY", "SYNSET", "ERROR"}));
  EXPECT_EQ(env.verb_file, "PETR.Validate.verbs.txt");
  EXPECT_EQ(env.actor_files, (std::vector<std::string>{"PETR.Validate.actors.txt"}));
  EXPECT_EQ(env.agent_file, "PETR.Validate.agents.txt");
  EXPECT_EQ(env.discard_file, "PETR.Validate.discards.txt");

  const PetrarchRecord* demo = find_record(*file, "DEMO_01");
  ASSERT_NE(demo, nullptr);
  ASSERT_EQ(demo->expected.size(), 1u);
  EXPECT_EQ(demo->expected[0].code, "050");
  EXPECT_EQ(demo->expected[0].source, "ARN");
  EXPECT_EQ(demo->expected[0].target, "GON");
  EXPECT_EQ(demo->category, "DEMO");
  EXPECT_EQ(demo->date, "19950101");
  EXPECT_EQ(demo->parses[0].tokens.size(), 26u);

  const PetrarchRecord* toll = find_record(*file, "DEMO_22");
  ASSERT_NE(toll, nullptr);
  ASSERT_EQ(toll->expected.size(), 2u);
  EXPECT_EQ(toll->expected[1].source, "\"INJURY TOLL\"");

  // new_actor_length is first set just before DEMO_22; every later record has it.
  bool after = false;
  for (const PetrarchRecord& r : file->records) {
    after = after || r.id == "DEMO_22";
    EXPECT_EQ(r.config.count("new_actor_length"), after ? 1u : 0u) << r.id;
  }
  EXPECT_EQ(toll->config.at("new_actor_length"), "4");
  EXPECT_EQ(find_record(*file, "DEMO_23")->config.at("new_actor_length"), "0");
  EXPECT_EQ(find_record(*file, "ACTOR_03")->config.at("new_actor_length"), "3");
  EXPECT_EQ(find_record(*file, "COMPOUND_03")->config.at("require_dyad"), "false");
  EXPECT_EQ(find_record(*file, "COMPOUND_05")->config.at("require_dyad"), "true");
  EXPECT_EQ(find_record(*file, "DEMO_00")->config.count("require_dyad"), 0u);
}

TEST(PetrarchXmlRealData, GigaWordSampleLoads) {
  Diagnostics diags;
  Result<PetrarchFile> file =
      read_petrarch_xml(data_path("petrarch/GigaWord.sample.PETR.ud.xml"), &diags);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_TRUE(diags.empty()) << diags[0].to_string();
  ASSERT_EQ(file->records.size(), 76u);
  EXPECT_FALSE(file->environment.has_include);
  for (const PetrarchRecord& r : file->records) {
    EXPECT_FALSE(r.has_expectations) << r.id;
    ASSERT_EQ(r.parses.size(), 1u) << r.id;
    EXPECT_GT(r.parses[0].tokens.size(), 0u) << r.id;
    EXPECT_EQ(r.category, "AFP") << r.id;
    // A few records (TEST_1..) have an empty <Text>.
    EXPECT_EQ(r.parses[0].text.empty(), r.text.find_first_not_of(" \n") == std::string::npos)
        << r.id;
  }
  EXPECT_EQ(file->records[0].line, 3);
}

}  // namespace
}  // namespace parley
