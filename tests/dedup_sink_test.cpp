// The stream sinks behind make_sink: deduplication (counts, windows, bounds),
// TSV rows and escaping, and the plain JSON Lines output kept as it was.
#include "io/dedup_sink.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "coded_docs.h"
#include "io/event_json.h"
#include "io/event_table.h"
#include "io/merged_writer.h"
#include "io/sinks.h"

namespace parley {
namespace {

using nlohmann::json;
using testing_docs::make_doc;
using testing_docs::make_event;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Runs `docs` through make_sink(options) and returns what it wrote.
std::string run_sink(const SinkOptions& options, const std::vector<CodedDocument>& docs) {
  std::ostringstream out;
  Result<std::unique_ptr<DocumentSink>> sink = make_sink(options, out);
  EXPECT_TRUE(sink.ok()) << sink.status().message();
  if (!sink.ok()) return "";
  for (const CodedDocument& d : docs) EXPECT_TRUE((*sink)->write(d).ok());
  EXPECT_TRUE((*sink)->finish().ok());
  return out.str();
}

std::vector<json> json_lines(const std::string& text) {
  std::vector<json> out;
  for (const std::string& l : lines_of(text)) out.push_back(json::parse(l));
  return out;
}

SinkOptions dedup_jsonl() {
  SinkOptions o;
  o.dedup = true;
  return o;
}

TEST(DedupSink, MergesSameDayDyadAndCodeAcrossSentencesAndArticles) {
  std::vector<CodedDocument> docs = {
      make_doc("a1", "2031-05-04", "wire",
               {{make_event("MRDGOV", "VALGOV", "040")}, {make_event("MRDGOV", "VALGOV", "040")}}),
      make_doc("a2", "2031-05-04", "paper", {{make_event("MRDGOV", "VALGOV", "040")}}),
      make_doc("a3", "2031-05-04", "paper", {{make_event("MRDGOV", "VALGOV", "040")}}),
      make_doc("a4", "2031-05-04", "", {{make_event("MRDGOV", "VALGOV", "040")}})};
  std::vector<json> events = json_lines(run_sink(dedup_jsonl(), docs));
  ASSERT_EQ(events.size(), 1u);
  const json& e = events[0];
  EXPECT_EQ(e["num_mentions"], 5);
  EXPECT_EQ(e["num_articles"], 4);
  EXPECT_EQ(e["num_sources"], 2);  // wire and paper; a4 has no publisher
  ASSERT_EQ(e["mentions"].size(), 5u);
  EXPECT_EQ(e["mentions"][0]["doc_id"], "a1");
  EXPECT_EQ(e["mentions"][1]["sentence"], 1);
  EXPECT_EQ(e["mentions"][2]["doc_id"], "a2");
  // The record is the first mention's, with the key's id instead of the mention's.
  EXPECT_EQ(e["doc_id"], "a1");
  EXPECT_EQ(e["code"], "040");
  EXPECT_EQ(e["source"]["chars"], json::array({0, 5}));
  EXPECT_NE(e["id"], e["mentions"][0]["id"]);
}

TEST(DedupSink, KeepsDifferentDaysDyadsAndCodesApart) {
  std::vector<CodedDocument> docs = {
      make_doc("b1", "2031-05-04", "wire",
               {{make_event("MRDGOV", "VALGOV", "040"), make_event("VALGOV", "MRDGOV", "040"),
                 make_event("MRDGOV", "VALGOV", "042")}}),
      make_doc("b2", "2031-05-05", "wire", {{make_event("MRDGOV", "VALGOV", "040")}})};
  std::vector<json> events = json_lines(run_sink(dedup_jsonl(), docs));
  ASSERT_EQ(events.size(), 4u);
  for (const json& e : events) EXPECT_EQ(e["num_mentions"], 1);
}

TEST(DedupSink, UndatedEventsMergeOnlyWithinTheirDocument) {
  std::vector<CodedDocument> docs = {
      make_doc("u1", "", "wire",
               {{make_event("MRDGOV", "VALGOV", "040")}, {make_event("MRDGOV", "VALGOV", "040")}}),
      make_doc("u2", "", "wire", {{make_event("MRDGOV", "VALGOV", "040")}})};
  std::vector<json> events = json_lines(run_sink(dedup_jsonl(), docs));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0]["num_mentions"], 2);
  EXPECT_EQ(events[1]["num_mentions"], 1);
  EXPECT_EQ(events[0]["date"], "");
}

TEST(DedupSink, WritesADayOnceALaterDayArrivesInDateOrder) {
  std::ostringstream out;
  DedupSink sink(make_merged_writer("jsonl", out, true), out);
  ASSERT_TRUE(sink.write(make_doc("d1", "2031-05-04", "w", {{make_event("A", "B", "040")}})).ok());
  ASSERT_TRUE(sink.write(make_doc("d2", "2031-05-04", "w", {{make_event("A", "C", "040")}})).ok());
  EXPECT_EQ(sink.held(), 2u);
  EXPECT_EQ(out.str(), "");
  ASSERT_TRUE(sink.write(make_doc("d3", "2031-05-05", "w", {{make_event("A", "B", "040")}})).ok());
  EXPECT_EQ(sink.held(), 1u);  // the 4th is written, the 5th held
  EXPECT_EQ(lines_of(out.str()).size(), 2u);
  ASSERT_TRUE(sink.finish().ok());
  EXPECT_EQ(lines_of(out.str()).size(), 3u);
}

TEST(DedupSink, HoldsEverythingOnceDatesGoBackwards) {
  std::ostringstream out;
  DedupSink sink(make_merged_writer("jsonl", out, true), out);
  ASSERT_TRUE(sink.write(make_doc("d1", "2031-05-06", "w", {{make_event("A", "B", "040")}})).ok());
  ASSERT_TRUE(sink.write(make_doc("d2", "2031-05-04", "w", {{make_event("A", "B", "040")}})).ok());
  ASSERT_TRUE(sink.write(make_doc("d3", "2031-05-07", "w", {{make_event("A", "B", "040")}})).ok());
  EXPECT_EQ(sink.held(), 3u);
  EXPECT_EQ(out.str(), "");
  ASSERT_TRUE(sink.finish().ok());
  EXPECT_EQ(lines_of(out.str()).size(), 3u);
}

TEST(DedupSink, KeepsBoundedMentionsWithExactCounts) {
  std::vector<CodedDocument> docs;
  const int n = static_cast<int>(kMaxKeptMentions) + 15;
  for (int i = 0; i < n; ++i) {
    docs.push_back(make_doc("m" + std::to_string(i), "2031-05-04", "pub" + std::to_string(i % 7),
                            {{make_event("A", "B", "190")}}));
  }
  std::vector<json> events = json_lines(run_sink(dedup_jsonl(), docs));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["num_mentions"], n);
  EXPECT_EQ(events[0]["num_articles"], n);
  EXPECT_EQ(events[0]["num_sources"], 7);
  EXPECT_EQ(events[0]["mentions"].size(), kMaxKeptMentions);
}

TEST(Sinks, PlainJsonLinesAreTheEventJsonRecords) {
  CodedDocument d = make_doc("p1", "2031-05-04", "wire",
                             {{make_event("A", "B", "040"), make_event("A", "B", "040")}});
  std::vector<json> lines = json_lines(run_sink(SinkOptions{}, {d}));
  ASSERT_EQ(lines.size(), 2u);
  EventContext where{"p1", 0, "2031-05-04", &d.sentences[0].parsed};
  EXPECT_EQ(lines[0], json::parse(event_json(d.sentences[0].events[0], where).dump()));
  EXPECT_FALSE(lines[0].contains("num_mentions"));
  // The mention record rebuilt from a Mention is the same object.
  EXPECT_EQ(json::parse(mention_json(make_mention(d, 0, d.sentences[0].events[0])).dump()),
            lines[0]);
}

TEST(Sinks, UnknownFormatIsAnError) {
  std::ostringstream out;
  SinkOptions o;
  o.format = "xml";
  Result<std::unique_ptr<DocumentSink>> sink = make_sink(o, out);
  ASSERT_FALSE(sink.ok());
  EXPECT_NE(sink.status().message().find("xml"), std::string::npos);
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    out.push_back(line.substr(start, tab - start));
  }
  out.push_back(line.substr(start));
  return out;
}

TEST(Tsv, HeaderThenOneRowPerMentionInPhoenixOrder) {
  SinkOptions o;
  o.format = "tsv";
  CodedDocument d =
      make_doc("t1", "2031-05-04", "wire", {{make_event("MRDGOVREB", "VAL", "0356")}});
  std::vector<std::string> lines = lines_of(run_sink(o, {d}));
  ASSERT_EQ(lines.size(), 2u);
  std::vector<std::string> header = split_tabs(lines[0]);
  EXPECT_EQ(header, event_table_columns());
  std::vector<std::string> row = split_tabs(lines[1]);
  ASSERT_EQ(row.size(), header.size());
  auto col = [&](const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return row[i];
    }
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(col("date"), "20310504");
  EXPECT_EQ(col("year"), "2031");
  EXPECT_EQ(col("source_entity"), "MRD");
  EXPECT_EQ(col("source_role"), "GOV");
  EXPECT_EQ(col("source_attribute"), "REB");
  EXPECT_EQ(col("target_role"), "");
  EXPECT_EQ(col("root"), "03");
  EXPECT_EQ(col("quad_class"), "1");
  EXPECT_EQ(col("num_mentions"), "1");
  EXPECT_EQ(col("sources"), "wire");
  EventContext where{"t1", 0, "2031-05-04", &d.sentences[0].parsed};
  EXPECT_EQ(col("id"), event_id(d.sentences[0].events[0], where));
}

TEST(Tsv, EscapesTabsNewlinesAndBackslashes) {
  EXPECT_EQ(tsv_field("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
  CodedDocument d = make_doc("t2", "2031-05-04", "", {{make_event("A", "B", "040")}});
  d.sentences[0].parsed.text = "line one\nline\ttwo";
  SinkOptions o;
  o.format = "tsv";
  std::vector<std::string> lines = lines_of(run_sink(o, {d}));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(split_tabs(lines[1]).size(), event_table_columns().size());
  EXPECT_NE(lines[1].find("line one\\nline\\ttwo"), std::string::npos);
}

TEST(Tsv, DeduplicatedRowsCarryTheCounts) {
  SinkOptions o;
  o.format = "tsv";
  o.dedup = true;
  std::vector<CodedDocument> docs = {
      make_doc("a", "2031-05-04", "wire", {{make_event("A", "B", "040")}}),
      make_doc("b", "2031-05-04", "paper", {{make_event("A", "B", "040")}})};
  std::vector<std::string> lines = lines_of(run_sink(o, docs));
  ASSERT_EQ(lines.size(), 2u);
  std::vector<std::string> row = split_tabs(lines[1]);
  const std::vector<std::string>& h = event_table_columns();
  std::size_t n = std::find(h.begin(), h.end(), "num_mentions") - h.begin();
  EXPECT_EQ(row[n], "2");
  EXPECT_EQ(row[n + 1], "2");  // sources
  EXPECT_EQ(row[n + 2], "2");  // articles
  std::size_t s = std::find(h.begin(), h.end(), "sources") - h.begin();
  EXPECT_EQ(row[s], "wire;paper");
}

TEST(Csv, QuotesFieldsThatNeedIt) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(DedupSink, ASentenceDateOverridesTheDocumentDate) {
  CodedDocument d = make_doc("s1", "2031-05-04", "w",
                             {{make_event("A", "B", "040")}, {make_event("A", "B", "040")}});
  d.sentences[1].date = "2031-05-05";
  std::vector<json> events = json_lines(run_sink(dedup_jsonl(), {d}));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0]["date"], "2031-05-04");
  EXPECT_EQ(events[1]["date"], "2031-05-05");
  EXPECT_EQ(events[1]["sentence"], 1);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(DedupSink, TextLinesCarryTheCounts) {
  SinkOptions o;
  o.format = "text";
  o.dedup = true;
  std::vector<CodedDocument> docs = {
      make_doc("x1", "2031-05-04", "wire", {{make_event("MRDGOV", "VALGOV", "040")}}),
      make_doc("x2", "2031-05-04", "wire", {{make_event("MRDGOV", "VALGOV", "040")}})};
  std::vector<std::string> lines = lines_of(run_sink(o, docs));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("2031-05-04  MRDGOV -> VALGOV  040 Consult  x2 (2 articles, 1 source)"),
            std::string::npos)
      << lines[0];
}

TEST(DedupSink, MergedIdDependsOnTheKeyOnly) {
  std::vector<json> one = json_lines(run_sink(
      dedup_jsonl(), {make_doc("i1", "2031-05-04", "w", {{make_event("A", "B", "040")}})}));
  std::vector<json> two = json_lines(run_sink(
      dedup_jsonl(), {make_doc("i9", "2031-05-04", "v", {{make_event("A", "B", "040", "held")}}),
                      make_doc("i1", "2031-05-04", "w", {{make_event("A", "B", "040")}})}));
  ASSERT_EQ(one.size(), 1u);
  ASSERT_EQ(two.size(), 1u);
  EXPECT_EQ(one[0]["id"], two[0]["id"]);
  EXPECT_EQ(two[0]["num_mentions"], 2);
  EXPECT_EQ(two[0]["rule"]["verb"], "held");  // the record is the first mention's
  EXPECT_EQ(two[0]["mentions"][1]["url"], "https://w.example/i1");
  std::vector<json> other_day = json_lines(run_sink(
      dedup_jsonl(), {make_doc("i1", "2031-05-05", "w", {{make_event("A", "B", "040")}})}));
  EXPECT_NE(other_day[0]["id"], one[0]["id"]);
}

}  // namespace
}  // namespace parley
