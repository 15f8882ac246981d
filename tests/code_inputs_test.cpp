// The input side of `parley code`, one reader at a time: byte streams (plain,
// gzip, zstd, truncated), lines, format detection, UTF-8 repair, boilerplate,
// dates and datelines, JSON Lines records, HTML pages, and the InputReader over
// files and folders. Every input is written here.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/byte_stream.h"
#include "io/file_documents.h"
#include "io/html_input.h"
#include "io/input_format.h"
#include "io/input_reader.h"
#include "io/jsonl_input.h"
#include "io/text_clean.h"
#include "io/text_dates.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

std::string gzip(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string zstd(const std::string& data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  std::size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  EXPECT_FALSE(ZSTD_isError(n));
  out.resize(n);
  return out;
}

// Everything a stream gives, or the error message.
std::string drain(ByteStream* s, std::string* error) {
  std::string out;
  char buf[1000];  // small reads, to cross buffer boundaries
  for (;;) {
    Result<std::size_t> got = s->read(buf, sizeof buf);
    if (!got.ok()) {
      *error = got.status().message();
      return out;
    }
    if (*got == 0) return out;
    out.append(buf, *got);
  }
}

std::string sample_text(int lines) {
  std::string s;
  for (int i = 0; i < lines; ++i) s += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Line number " + std::to_string(i) + ".\"}\n";
  return s;
}

TEST(ByteStream, PlainGzipAndZstdGiveTheSameBytes) {
  const std::string text = sample_text(5000);  // ~250 KB: several 64 KiB chunks
  for (const std::string& raw : {text, gzip(text), zstd(text)}) {
    auto s = ByteStream::from_string(raw, "mem");
    std::string error;
    EXPECT_EQ(drain(s.get(), &error), text);
    EXPECT_EQ(error, "");
  }
  EXPECT_EQ(ByteStream::from_string(gzip(text), "m")->compression(), Compression::kNone);  // not read yet
  auto g = ByteStream::from_string(gzip(text), "m");
  ASSERT_TRUE(g->peek(10).ok());
  EXPECT_EQ(g->compression(), Compression::kGzip);
  EXPECT_EQ(std::string(*g->peek(10)), text.substr(0, 10));
}

TEST(ByteStream, ConcatenatedGzipMembersAreRead) {
  auto s = ByteStream::from_string(gzip("first\n") + gzip("second\n"), "mem");
  std::string error;
  EXPECT_EQ(drain(s.get(), &error), "first\nsecond\n");
  EXPECT_EQ(error, "");
}

TEST(ByteStream, TruncatedGzipAndZstdAreErrorsAfterTheirGoodBytes) {
  const std::string text = sample_text(5000);
  for (const std::string& packed : {gzip(text), zstd(text)}) {
    auto s = ByteStream::from_string(packed.substr(0, packed.size() / 2), "cut");
    std::string error;
    std::string got = drain(s.get(), &error);
    EXPECT_NE(error.find("cut: truncated "), std::string::npos) << error;
    // gzip hands out bytes as it goes; zstd only whole blocks (up to 128 KiB).
    if (packed == gzip(text)) {
      EXPECT_GT(got.size(), 1000u);
    }
    EXPECT_EQ(got, text.substr(0, got.size()));
  }
}

TEST(ByteStream, CorruptGzipIsAnError) {
  std::string packed = gzip(sample_text(100));
  for (std::size_t i = 20; i < 60; ++i) packed[i] = static_cast<char>(packed[i] ^ 0x5a);
  auto s = ByteStream::from_string(packed, "bad");
  std::string error;
  drain(s.get(), &error);
  EXPECT_NE(error.find("bad: corrupt gzip data"), std::string::npos) << error;
}

TEST(ByteStream, MissingFileNamesTheFile) {
  Result<std::unique_ptr<ByteStream>> s = ByteStream::open("/no/such/file.jsonl", "/no/such/file.jsonl");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "/no/such/file.jsonl: cannot open: No such file or directory");
}

TEST(LineReader, LinesNumbersCrlfAndALastLineWithoutNewline) {
  auto s = ByteStream::from_string("one\r\ntwo\n\nthree", "mem");
  LineReader lines(s.get(), 100);
  std::string line;
  std::vector<std::pair<std::string, int>> got;
  while (lines.next(&line) == LineReader::Kind::kLine) got.push_back({line, lines.line_number()});
  std::vector<std::pair<std::string, int>> want = {{"one", 1}, {"two", 2}, {"", 3}, {"three", 4}};
  EXPECT_EQ(got, want);
}

TEST(LineReader, AnOverlongLineIsSkippedAndTheNextOneRead) {
  std::string big(300000, 'x');  // across several chunks, far over the cap
  auto s = ByteStream::from_string("short\n" + big + "\nafter\n" + big, "mem");
  LineReader lines(s.get(), 1000);
  std::string line;
  EXPECT_EQ(lines.next(&line), LineReader::Kind::kLine);
  EXPECT_EQ(lines.next(&line), LineReader::Kind::kTooLong);
  EXPECT_EQ(lines.line_number(), 2);
  EXPECT_EQ(line, "");
  EXPECT_EQ(lines.next(&line), LineReader::Kind::kLine);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(lines.line_number(), 3);
  EXPECT_EQ(lines.next(&line), LineReader::Kind::kTooLong);  // the last line, no newline
  EXPECT_EQ(lines.next(&line), LineReader::Kind::kEnd);
}

TEST(LineReader, ATruncatedStreamEndsInAnError) {
  std::string packed = gzip(sample_text(3000));
  auto s = ByteStream::from_string(packed.substr(0, packed.size() - 10), "cut.gz");
  LineReader lines(s.get(), 1 << 20);
  std::string line;
  int n = 0;
  LineReader::Kind k;
  while ((k = lines.next(&line)) == LineReader::Kind::kLine) ++n;
  EXPECT_EQ(k, LineReader::Kind::kError);
  EXPECT_GT(n, 2000);
  EXPECT_NE(lines.error().message().find("truncated gzip"), std::string::npos);
}

TEST(InputFormat, EachFormatIsRecognisedByItsContent) {
  EXPECT_EQ(detect_input_format("  \n\t", true), InputFormat::kEmpty);
  EXPECT_EQ(detect_input_format(std::string("PK\x03\x04\0\0", 6), true), InputFormat::kBinary);
  EXPECT_EQ(detect_input_format("<Sentences><Sentence id=\"a\">", true), InputFormat::kPetrarchXml);
  EXPECT_EQ(detect_input_format("\xEF\xBB\xBF<Articles>\n<Article id=\"x\">", true), InputFormat::kPetrarchXml);
  EXPECT_EQ(detect_input_format("<!DOCTYPE html><html><body>", true), InputFormat::kHtml);
  EXPECT_EQ(detect_input_format("<div class=\"story\"><p>Hi</p></div>", true), InputFormat::kHtml);
  EXPECT_EQ(detect_input_format("{\"id\": 1, \"text\": \"x\"}\n", true), InputFormat::kJsonl);
  EXPECT_EQ(detect_input_format("# sent_id = 1\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n", true),
            InputFormat::kConllu);
  EXPECT_EQ(detect_input_format("# only a comment\n", true), InputFormat::kConllu);
  EXPECT_EQ(detect_input_format("Valoria praised Mardonia.\n", true), InputFormat::kText);
  EXPECT_EQ(detect_input_format("# A heading in a text file\nThen prose.\n", true), InputFormat::kText);
}

TEST(TextClean, InvalidUtf8IsRepairedAndCounted) {
  std::string s = "ok \xC3\xA9 bad \xFF\xFE end \xE2\x82";  // a stray pair and a cut sequence
  std::size_t first = 0;
  EXPECT_EQ(repair_utf8(&s, &first), 4u);
  EXPECT_EQ(first, 10u);
  EXPECT_EQ(s, "ok \xC3\xA9 bad \xEF\xBF\xBD\xEF\xBF\xBD end \xEF\xBF\xBD\xEF\xBF\xBD");
  std::string good = "caf\xC3\xA9";
  EXPECT_EQ(repair_utf8(&good), 0u);
  EXPECT_EQ(good, "caf\xC3\xA9");
}

TEST(TextClean, BinaryHeadsAreTold) {
  EXPECT_TRUE(looks_binary(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  EXPECT_TRUE(looks_binary(std::string(40, '\x01')));
  EXPECT_FALSE(looks_binary("Plain words,\n\ttabs and\r\nline ends.\f"));
}

TEST(TextClean, NoticesStampsAndRepeatedLinesAreDropped) {
  CleanedText c = drop_boilerplate(
      "Talks resumed\n\nPowered by automated translation\n\nValoria praised Mardonia.\n\n"
      "A caption shown twice\n\nA caption shown twice\n\nUpdated: March 29, 2022, 4:19 PM\n");
  EXPECT_EQ(c.text.find("Powered"), std::string::npos);
  EXPECT_EQ(c.text.find("Updated"), std::string::npos);
  EXPECT_NE(c.text.find("Valoria praised Mardonia."), std::string::npos);
  EXPECT_EQ(c.text.find("A caption shown twice"), c.text.rfind("A caption shown twice"));
  EXPECT_EQ(c.date, "2022-03-29");
  EXPECT_EQ(c.dropped, 3);
  // Lines keep their places: the line count does not change.
  EXPECT_EQ(std::count(c.text.begin(), c.text.end(), '\n'), 11);
}

TEST(TextDates, IsoWrittenAndInvalidDates) {
  EXPECT_EQ(iso_date_prefix("2022-03-29T16:19:00+04:00"), "2022-03-29");
  EXPECT_EQ(iso_date_prefix("20220329"), "2022-03-29");
  EXPECT_EQ(iso_date_prefix("2022-02-30"), "");
  EXPECT_EQ(iso_date_prefix("2024-02-29"), "2024-02-29");
  EXPECT_EQ(iso_date_prefix("2023-02-29"), "");
  EXPECT_EQ(iso_date_prefix("2022-3-29"), "");
  EXPECT_EQ(written_date("March 29, 2022, 4:19 PM"), "2022-03-29");
  EXPECT_EQ(written_date("29 Sept. 2021"), "2021-09-29");
  EXPECT_EQ(written_date("Mar 29"), "");  // no year
  EXPECT_EQ(month_number("Sept"), 9);
  EXPECT_EQ(month_number("Ma"), 0);
}

TEST(TextDates, Datelines) {
  EXPECT_EQ(dateline_date("KYIV, March 29 (Reuters) - Ukraine said", 2022), "2022-03-29");
  EXPECT_EQ(dateline_date("KYIV, March 29 (Reuters) - Ukraine said", 0), "");  // no year known
  EXPECT_EQ(dateline_date("SALVADOR, Feb 26 - Showers continued", 1987), "1987-02-26");
  EXPECT_EQ(dateline_date("  WASHINGTON, March 3, 1987 -- The", 2000), "1987-03-03");
  EXPECT_EQ(dateline_date("ISTANBUL, Turkey, 29 March \xE2\x80\x94 Talks", 2022), "2022-03-29");
  EXPECT_EQ(dateline_date("Peace talks between Russia and Ukraine, Monday, made", 2022), "");
  EXPECT_EQ(dateline_date("KYIV, March 29 Ukraine said - no dash after the date", 2022), "");
  EXPECT_EQ(dateline_date("", 2022), "");
}

TEST(JsonlRecord, FieldsAndExtrasAreRead) {
  Diagnostics w;
  Result<Document> d = parse_jsonl_record(
      R"({"id": 17, "date": "2031-05-04T10:00:00Z", "source": "Wire", "title": "T", "text": "Valoria praised Mardonia.", "url": "https://x.example/2031/05/04/a", "lang": "en", "tags": ["a", 1]})",
      "in.jsonl", 3, &w);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_TRUE(w.empty());
  EXPECT_EQ(d->id, "17");
  EXPECT_EQ(d->date, "2031-05-04");
  EXPECT_EQ(d->date_origin, "record");
  EXPECT_EQ(d->source, "Wire");
  EXPECT_EQ(d->title, "T");
  EXPECT_EQ(d->url, "https://x.example/2031/05/04/a");
  EXPECT_EQ(d->origin, "in.jsonl:3");
  EXPECT_EQ(nlohmann::json::parse(d->extra_json), nlohmann::json::parse(R"({"lang":"en","tags":["a",1]})"));
}

TEST(JsonlRecord, DefaultsBadDatesAndRepairedUtf8) {
  Diagnostics w;
  Result<Document> d = parse_jsonl_record("{\"text\": \"Caf\xE9 talks.\", \"date\": \"soon\"}", "in.jsonl", 9, &w);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->id, "in.jsonl:9");
  EXPECT_EQ(d->date, "");
  EXPECT_EQ(d->date_origin, "");
  EXPECT_EQ(d->extra_json, "");
  EXPECT_EQ(d->text, "Caf\xEF\xBF\xBD talks.");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].to_string(), "in.jsonl:9: invalid UTF-8 at byte 13 of the line (repaired: 1 byte(s) replaced by U+FFFD)");
  EXPECT_EQ(w[1].to_string(), "in.jsonl:9: date 'soon' is not YYYY-MM-DD (ignored)");
}

TEST(JsonlRecord, UnusableRecordsSayWhy) {
  Diagnostics w;
  auto message = [&w](const std::string& line) {
    Result<Document> d = parse_jsonl_record(line, "f", 1, &w);
    return d.ok() ? std::string("ok") : d.status().message();
  };
  EXPECT_EQ(message("{\"text\": \"cut"), "malformed JSON (skipped)");
  EXPECT_EQ(message("[1, 2]"), "expected a JSON object (skipped)");
  EXPECT_EQ(message("{\"body\": \"x\"}"), "no string \"text\" field (skipped)");
  EXPECT_EQ(message("{\"text\": 5}"), "no string \"text\" field (skipped)");
  EXPECT_EQ(message("{\"text\": \"  \\n \"}"), "empty document: \"text\" is blank (skipped)");
  EXPECT_EQ(message(std::string(100000, '[')), "malformed JSON (skipped)");
}

const char* kPage = R"(<!DOCTYPE html>
<html><head>
<title>Valoria and Mardonia agree | The Tarsk Times</title>
<meta property="og:site_name" content="The Tarsk Times">
<meta property="article:published_time" content="2031-05-04T09:30:00Z">
<link rel="canonical" href="https://tarsk.example/2031/05/04/talks">
<style>p { color: red; }</style>
<script>var notText = "Valoria attacked Mardonia.";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav></header>
<article>
  <h1>Valoria and Mardonia agree</h1>
  <p>Powered by automated translation</p>
  <p>Valoria praised   Mardonia on Monday.</p>
  <figure><img src="x.jpg"><figcaption>Ministers in Tarsk. Photo: agency</figcaption></figure>
  <div class="share-buttons">Share on social media</div>
  <p>The two sides <b>met</b> again in Tarsk.</p>
  <p>The two sides <b>met</b> again in Tarsk.</p>
  <aside>Read also: an unrelated story</aside>
</article>
<footer>Copyright notice of the footer</footer>
</body></html>)";

TEST(HtmlPage, ArticleBodyWithoutBoilerplate) {
  HtmlPage p = extract_html(kPage);
  EXPECT_EQ(p.title, "Valoria and Mardonia agree | The Tarsk Times");
  EXPECT_EQ(p.site, "The Tarsk Times");
  EXPECT_EQ(p.date, "2031-05-04");
  EXPECT_EQ(p.url, "https://tarsk.example/2031/05/04/talks");
  EXPECT_EQ(p.text,
            "Valoria and Mardonia agree\n\nValoria praised Mardonia on Monday.\n\n"
            "The two sides met again in Tarsk.");
  EXPECT_EQ(p.dropped, 2);  // the notice and the repeated paragraph
}

TEST(HtmlPage, DatesFromTimeAndJsonLdAndBodyFallback) {
  HtmlPage t = extract_html("<html><body><main><time datetime=\"2030-12-01\">1 Dec</time><p>Text here.</p></main></body></html>");
  EXPECT_EQ(t.date, "2030-12-01");
  EXPECT_EQ(t.text, "1 Dec\n\nText here.");
  HtmlPage j = extract_html(
      "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2029-07-08T00:00:00Z\"}]}</script></head><body><p>Plain body.</p></body></html>");
  EXPECT_EQ(j.date, "2029-07-08");
  EXPECT_EQ(j.text, "Plain body.");
  HtmlPage none = extract_html("<html><body><p>No date anywhere.</p></body></html>");
  EXPECT_EQ(none.date, "");
}

TEST(HtmlPage, JunkAndDeepNestingGiveNoCrash) {
  EXPECT_EQ(extract_html("").text, "");
  EXPECT_EQ(extract_html("<<<>>>&&&;</p></div>").text, "<<<>>>&&&;");
  std::string deep;
  for (int i = 0; i < 30000; ++i) deep += "<div>";
  EXPECT_EQ(extract_html(deep + "x").text, "");  // refused before parsing
  std::string many_br = "<html><body><p>";
  for (int i = 0; i < 30000; ++i) many_br += "a<br>";
  EXPECT_NE(extract_html(many_br).text, "");  // flat elements do not count as nesting
}

// --- InputReader over files and folders ---------------------------------------

class InputReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parley_inputs_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::vector<InputDocument> read_all_docs(const std::vector<std::string>& paths, InputOptions options = {}) {
    InputReader reader(paths, options, [this](Problem p, const Diagnostic& d) {
      problems_.push_back({p, d.to_string()});
    });
    std::vector<InputDocument> docs;
    InputDocument d;
    while (reader.next(&d)) docs.push_back(std::move(d));
    counts_ = reader.counts();
    return docs;
  }
  bool has_problem(Problem p, const std::string& text) const {
    for (const auto& [kind, message] : problems_) {
      if (kind == p && message.find(text) != std::string::npos) return true;
    }
    return false;
  }
  std::string all_problems() const {
    std::string s;
    for (const auto& pr : problems_) s += pr.second + "\n";
    return s;
  }

  fs::path dir_;
  std::vector<std::pair<Problem, std::string>> problems_;
  InputCounts counts_;
};

TEST_F(InputReaderTest, FolderIsReadRecursivelyInSortedOrderWithoutHiddenFiles) {
  write("b.txt", "Second file.");
  write("a/z.txt", "First file, in a folder.");
  write(".hidden.txt", "Not read.");
  write("c/.git/config", "Not read either.");
  write("c/d.jsonl", "{\"id\": \"j1\", \"text\": \"From JSON.\"}\n");
  std::vector<InputDocument> docs = read_all_docs({dir_.string()});
  ASSERT_EQ(docs.size(), 3u) << all_problems();
  EXPECT_EQ(docs[0].doc.id, (dir_ / "a/z.txt").string());
  EXPECT_EQ(docs[1].doc.id, (dir_ / "b.txt").string());
  EXPECT_EQ(docs[2].doc.id, "j1");
  for (const InputDocument& d : docs) EXPECT_TRUE(d.raw);
  EXPECT_EQ(counts_.files, 3);
  EXPECT_EQ(counts_.raw_documents, 3);
}

TEST_F(InputReaderTest, CompressedFilesAreReadByTheirMagicBytes) {
  std::string jsonl = "{\"id\": \"g1\", \"text\": \"One.\"}\n{\"id\": \"g2\", \"text\": \"Two.\"}\n";
  std::string gz = write("x.data", gzip(jsonl));
  std::string zst = write("y.txt", zstd("Plain text, compressed."));
  std::vector<InputDocument> docs = read_all_docs({gz, zst});
  ASSERT_EQ(docs.size(), 3u) << all_problems();
  EXPECT_EQ(docs[1].doc.id, "g2");
  EXPECT_EQ(docs[2].doc.text, "Plain text, compressed.");
}

TEST_F(InputReaderTest, JsonlProblemsNameTheLineAndTheOtherRecordsAreRead) {
  std::string f = write("p.jsonl", "{\"id\": \"ok1\", \"text\": \"Fine.\"}\n"
                                   "{\"id\": \"broken\", \"text\": \n"
                                   "\n"
                                   "{\"id\": \"empty\", \"text\": \"\"}\n" +
                                       std::string("{\"id\": \"big\", \"text\": \"") + std::string(5000, 'x') +
                                       "\"}\n"
                                       "{\"id\": \"ok2\", \"text\": \"Also fine.\"}");
  InputOptions options;
  options.max_record_bytes = 1000;
  std::vector<InputDocument> docs = read_all_docs({f}, options);
  ASSERT_EQ(docs.size(), 2u) << all_problems();
  EXPECT_EQ(docs[0].doc.id, "ok1");
  EXPECT_EQ(docs[1].doc.id, "ok2");
  EXPECT_EQ(docs[1].doc.origin, f + ":6");
  EXPECT_TRUE(has_problem(Problem::kRecordSkipped, f + ":2: malformed JSON (skipped)")) << all_problems();
  EXPECT_TRUE(has_problem(Problem::kRecordSkipped, f + ":4: empty document")) << all_problems();
  EXPECT_TRUE(has_problem(Problem::kRecordSkipped, f + ":5: line longer than the 0 MiB cap")) << all_problems();
  EXPECT_EQ(counts_.skipped_records, 3);
  EXPECT_EQ(counts_.failed_files, 0);
}

TEST_F(InputReaderTest, TruncatedGzipKeepsTheRecordsBefore) {
  std::string packed = gzip(sample_text(3000));
  std::string f = write("cut.jsonl.gz", packed.substr(0, packed.size() * 2 / 3));
  std::vector<InputDocument> docs = read_all_docs({f});
  EXPECT_GT(docs.size(), 1000u);
  EXPECT_LT(docs.size(), 3000u);
  EXPECT_TRUE(has_problem(Problem::kRecordSkipped, "truncated gzip data")) << all_problems();
  EXPECT_TRUE(has_problem(Problem::kRecordSkipped, "(the rest of the file is skipped)")) << all_problems();
}

TEST_F(InputReaderTest, BinaryEmptyMissingAndOversizedFiles) {
  std::string bin = write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string empty = write("empty.txt", "  \n");
  std::string big = write("big.txt", std::string(3000, 'w'));
  std::string missing = (dir_ / "missing.txt").string();
  InputOptions options;
  options.max_record_bytes = 1000;
  std::vector<InputDocument> docs = read_all_docs({bin, empty, big, missing}, options);
  EXPECT_TRUE(docs.empty());
  EXPECT_TRUE(has_problem(Problem::kRecordSkipped, bin + ": binary data")) << all_problems();
  EXPECT_TRUE(has_problem(Problem::kWarning, empty + ": no sentences (empty input)")) << all_problems();
  EXPECT_TRUE(has_problem(Problem::kRecordSkipped, big + ": larger than the 0 MiB cap")) << all_problems();
  EXPECT_TRUE(has_problem(Problem::kFileFailed, missing + ": cannot open: No such file")) << all_problems();
  EXPECT_EQ(counts_.files, 4);
  EXPECT_EQ(counts_.failed_files, 1);
}

TEST_F(InputReaderTest, InvalidUtf8InTextIsRepairedWithItsLine) {
  std::string f = write("latin1.txt", "First line.\nCaf\xE9 on the second.\n");
  std::vector<InputDocument> docs = read_all_docs({f});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].doc.text, "First line.\nCaf\xEF\xBF\xBD on the second.\n");
  EXPECT_TRUE(has_problem(Problem::kWarning, f + ":2: invalid UTF-8 (repaired: 1 byte(s) replaced by U+FFFD)"))
      << all_problems();
}

TEST_F(InputReaderTest, DatesComeFromRecordPageDatelineOrOption) {
  std::string j = write("d.jsonl",
                        "{\"id\": \"rec\", \"date\": \"2031-01-02\", \"text\": \"KYIV, March 29 (Reuters) - x.\"}\n"
                        "{\"id\": \"line\", \"text\": \"KYIV, March 29 (Reuters) - Talks went on.\"}\n"
                        "{\"id\": \"url\", \"url\": \"https://n.example/2019/03/29/x\", \"text\": \"KYIV, March 29 (Reuters) - y.\"}\n"
                        "{\"id\": \"opt\", \"text\": \"No dateline here.\"}\n");
  std::string page = write("p.html", "<html><head><meta property=\"article:published_time\" content=\"2028-08-08\"></head>"
                                     "<body><p>KYIV, March 29 (Reuters) - Page text.</p></body></html>");
  std::string stamp = write("s.txt", "Story text.\nPublished: 4 July 2027\n");
  InputOptions with_date;
  with_date.fallback_date = "2022-06-01";
  std::vector<InputDocument> docs = read_all_docs({j, page, stamp}, with_date);
  ASSERT_EQ(docs.size(), 6u) << all_problems();
  auto date = [&](int i) { return docs[i].doc.date + "/" + docs[i].doc.date_origin; };
  EXPECT_EQ(date(0), "2031-01-02/record");
  EXPECT_EQ(date(1), "2022-03-29/dateline");  // the year of --date
  EXPECT_EQ(date(2), "2019-03-29/dateline");  // the year of the URL
  EXPECT_EQ(date(3), "2022-06-01/option");
  EXPECT_EQ(date(4), "2028-08-08/page");
  EXPECT_EQ(date(5), "2027-07-04/page");
  std::vector<InputDocument> undated = read_all_docs({j});
  ASSERT_EQ(undated.size(), 4u);
  EXPECT_EQ(undated[1].doc.date, "");  // a dateline without a year anywhere
  EXPECT_EQ(undated[1].doc.date_origin, "");
  EXPECT_EQ(undated[3].doc.date_origin, "");
}

// The seed report, as scraped: its translation notice, live-updates link,
// captions shown twice and update stamp (read from ../shared/data at run time).
TEST_F(InputReaderTest, SeedReportLosesItsBoilerplateAndTakesItsStampDate) {
  const std::string seed = std::string(PARLEY_DATA_DIR) + "/seed/istanbul-talks-2022-03-29.txt";
  ASSERT_TRUE(fs::exists(seed)) << "shared data missing: " << seed;
  std::vector<InputDocument> docs = read_all_docs({seed});
  ASSERT_EQ(docs.size(), 1u) << all_problems();
  const std::string& text = docs[0].doc.text;
  EXPECT_EQ(text.find("Powered by automated translation"), std::string::npos);
  EXPECT_EQ(text.find("Live updates:"), std::string::npos);
  EXPECT_EQ(text.find("Updated:"), std::string::npos);
  const std::string caption = "Russia set to sharply reduce military activity around Kyiv and Chernihiv";
  ASSERT_NE(text.find(caption), std::string::npos);
  EXPECT_EQ(text.find(caption), text.rfind(caption));  // shown twice in the page, kept once
  EXPECT_NE(text.find("Peace talks between Russia and Ukraine"), std::string::npos);
  EXPECT_EQ(docs[0].doc.date, "2022-03-29");
  EXPECT_EQ(docs[0].doc.date_origin, "page");
}

TEST_F(InputReaderTest, PreParsedInputsKeepTheirDocumentsAndDates) {
  const std::string word = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
  std::string c = write("x.conllu", "# newdoc id = d1\n# newdoc date = 2031-05-04\n" + word + "# date = 2031-06-01\n" + word +
                                        "# newdoc id = d2\n" + word);
  std::vector<InputDocument> docs = read_all_docs({c});
  ASSERT_EQ(docs.size(), 2u) << all_problems();
  EXPECT_FALSE(docs[0].raw);
  EXPECT_EQ(docs[0].parsed.size(), 2u);
  EXPECT_EQ(docs[0].doc.date, "2031-05-04");
  EXPECT_EQ(docs[0].doc.date_origin, "record");
  EXPECT_EQ(docs[0].sentence_dates, (std::vector<std::string>{"2031-05-04", "2031-06-01"}));
  EXPECT_EQ(docs[1].doc.id, "d2");
  EXPECT_EQ(docs[1].doc.date, "");
}

TEST_F(InputReaderTest, ConlluIsStreamedAndLongDocumentsGoOnInParts) {
  const std::string word = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
  std::string content = "# newdoc id = long\n# newdoc date = 2031-05-04\n";
  for (std::size_t i = 0; i < kMaxDocumentSentences + 5; ++i) content += word;
  content += "# newdoc\n" + word;
  std::string f = write("long.conllu.gz", gzip(content));
  std::vector<InputDocument> docs = read_all_docs({f});
  ASSERT_EQ(docs.size(), 3u) << all_problems();
  EXPECT_EQ(docs[0].doc.id, "long");
  EXPECT_EQ(docs[0].parsed.size(), kMaxDocumentSentences);
  EXPECT_EQ(docs[1].doc.id, "long/part2");
  EXPECT_EQ(docs[1].parsed.size(), 5u);
  EXPECT_EQ(docs[1].doc.date, "2031-05-04");  // the document's date goes on
  EXPECT_EQ(docs[2].doc.id, f + "#2");          // parts do not count as documents
  EXPECT_EQ(docs[2].parsed[0].source_line, static_cast<int>(2 + 2 * (kMaxDocumentSentences + 5) + 1));
}

TEST_F(InputReaderTest, ConlluWithoutAReadableSentenceFailsAndATruncatedOneKeepsItsStart) {
  std::string bad = write("bad.conllu", "1\tHi\thi\tINTJ\tUH\t_\tX\troot\t_\t_\n");
  EXPECT_TRUE(read_all_docs({bad}).empty());
  EXPECT_TRUE(has_problem(Problem::kWarning, bad + ":1: HEAD 'X' is not a number")) << all_problems();
  EXPECT_TRUE(has_problem(Problem::kFileFailed, bad + ": no CoNLL-U sentence could be read")) << all_problems();
  std::string many;
  for (int i = 0; i < 4000; ++i) many += "# newdoc id = d" + std::to_string(i) + "\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
  std::string packed = gzip(many);
  std::string cut = write("cut.conllu.gz", packed.substr(0, packed.size() / 2));
  std::vector<InputDocument> docs = read_all_docs({cut});
  EXPECT_GT(docs.size(), 100u);
  EXPECT_LT(docs.size(), 4000u);
  EXPECT_TRUE(has_problem(Problem::kRecordSkipped, cut + ":")) << all_problems();
  EXPECT_TRUE(has_problem(Problem::kRecordSkipped, "truncated gzip data")) << all_problems();
}

}  // namespace
}  // namespace parley
