// The "not copied" test: parley's dictionaries are written for parley, so a
// file in data/dictionaries may share only a little with the PETRARCH/Phoenix
// files in ../shared/data/petrarch.
//
// The rule (docs/dictionaries.md, "Originality"):
//   - a line is normalised: the '#' comment cut off, '_' read as a blank,
//     ASCII letters uppercased, runs of blanks made one, ends trimmed;
//   - it is non-trivial when, outside its [...] code groups, it holds at least
//     two words (a word: a run of characters with a letter in it). Single-word
//     entries ("SOLDIER [~MIL]", "FOOTBALL") and pure code lines ("[UKRGOV
//     20190520-]") are facts any two dictionaries share and are skipped;
//   - a line is shared when its normalised form is a non-trivial line of a file
//     in ../shared/data/petrarch, and copied when it is also one of two
//     neighbouring non-trivial lines that are neighbours, in the same order, in
//     a shared file (copying keeps order; facts written afresh seldom do);
//   - a file fails when more than kMaxCopiedShare of its non-trivial lines are
//     copied, or more than kMaxSharedShare are shared, and in either case more
//     than kSmallFileAllowance lines are (a tiny file is not failed for one or
//     two coincidences). The shared share has the looser limit because names
//     and their standard codes are facts: a gazetteer written from scratch
//     shares many lines such as "+GAZA STRIP" with any other gazetteer;
//   - over all the files together, at most kMaxAggregateCopiedShare of the
//     non-trivial lines may be copied and kMaxAggregateSharedShare shared.
// Comments get the plain check on their own: at most kMaxSharedComments of the
// comments of six words or more may repeat a comment or line of the shared files.
// PARLEY_ORIGINALITY_DIR=DIR checks DIR instead of data/dictionaries (the other
// helpers' folders, for instance).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr double kMaxCopiedShare = 0.05;
constexpr double kMaxSharedShare = 0.25;
constexpr double kMaxAggregateCopiedShare = 0.02;
constexpr double kMaxAggregateSharedShare = 0.055;
constexpr double kMaxSharedComments = 0.05;
constexpr int kSmallFileAllowance = 2;
constexpr int kMinCommentWords = 6;

std::string normalise(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '_' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') c = ' ';
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Words of a normalised line outside its [...] groups.
int words_outside_codes(const std::string& line) {
  int words = 0, depth = 0;
  bool in_word = false, has_letter = false;
  auto end_word = [&] {
    if (in_word && has_letter) ++words;
    in_word = has_letter = false;
  };
  for (char c : line) {
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if (c == ' ' || c == '[' || c == ']' || depth > 0) {
      end_word();
      continue;
    }
    in_word = true;
    if (c >= 'A' && c <= 'Z') has_letter = true;
  }
  end_word();
  return words;
}

struct SplitLine {
  std::string code;     // normalised text before '#'
  std::string comment;  // normalised text after the first '#'
};

SplitLine split(const std::string& raw) {
  std::size_t hash = raw.find('#');
  if (hash == std::string::npos) return {normalise(raw), ""};
  std::string_view rest = std::string_view(raw).substr(hash);
  while (!rest.empty() && rest.front() == '#') rest.remove_prefix(1);
  return {normalise(raw.substr(0, hash)), normalise(rest)};
}

std::vector<std::string> read_lines(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

struct Shared {
  std::unordered_set<std::string> lines;     // normalised non-trivial code parts
  std::unordered_set<std::string> pairs;     // neighbouring non-trivial lines, "A\nB"
  std::unordered_set<std::string> comments;  // normalised comment parts
};

const Shared& shared() {
  static const Shared s = [] {
    Shared out;
    fs::path dir = fs::path(PARLEY_DATA_DIR) / "petrarch";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (!entry.is_regular_file()) continue;
      std::string previous;
      for (const std::string& raw : read_lines(entry.path())) {
        SplitLine l = split(raw);
        if (!l.comment.empty()) out.comments.insert(l.comment);
        if (words_outside_codes(l.code) < 2) continue;
        out.lines.insert(l.code);
        if (!previous.empty()) out.pairs.insert(previous + "\n" + l.code);
        previous = l.code;
      }
    }
    return out;
  }();
  return s;
}

fs::path checked_dir() {
  if (const char* env = std::getenv("PARLEY_ORIGINALITY_DIR"); env && *env) return env;
  return fs::path(PARLEY_SOURCE_DIR) / "data" / "dictionaries";
}

std::vector<fs::path> checked_files() {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(checked_dir(), ec)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct Measure {
  int checked = 0;
  std::vector<std::string> shared_lines;  // "file:line: text"
  std::vector<std::string> copied_lines;  // the shared lines in a run kept from a shared file
};

// The code part of each line: which non-trivial lines are shared, which copied.
Measure measure_lines(const fs::path& file) {
  Measure m;
  std::vector<std::string> lines = read_lines(file);
  std::vector<std::size_t> kept;  // indexes of the non-trivial lines
  std::vector<std::string> codes;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string code = split(lines[i]).code;
    if (words_outside_codes(code) < 2) continue;
    kept.push_back(i);
    codes.push_back(code);
  }
  m.checked = static_cast<int>(kept.size());
  std::vector<bool> copied(kept.size(), false);
  for (std::size_t k = 0; k + 1 < kept.size(); ++k) {
    if (shared().pairs.count(codes[k] + "\n" + codes[k + 1])) copied[k] = copied[k + 1] = true;
  }
  for (std::size_t k = 0; k < kept.size(); ++k) {
    std::string where = file.filename().string() + ":" + std::to_string(kept[k] + 1) + ": " + lines[kept[k]];
    if (shared().lines.count(codes[k])) m.shared_lines.push_back(where);
    if (copied[k]) m.copied_lines.push_back(where);
  }
  return m;
}

// The comment part of each line: which comments of six words or more are shared.
Measure measure_comments(const fs::path& file) {
  Measure m;
  std::vector<std::string> lines = read_lines(file);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string comment = split(lines[i]).comment;
    if (words_outside_codes(comment) < kMinCommentWords) continue;
    ++m.checked;
    if (shared().comments.count(comment) || shared().lines.count(comment)) {
      m.shared_lines.push_back(file.filename().string() + ":" + std::to_string(i + 1) + ": " + lines[i]);
    }
  }
  return m;
}

// Prints the measured share and fails (listing the lines) when it is over `limit`.
void check_share(const fs::path& file, const char* what, const std::vector<std::string>& hits, int checked,
                 double limit) {
  int count = static_cast<int>(hits.size());
  double share = checked == 0 ? 0.0 : static_cast<double>(count) / checked;
  std::printf("%-34s %-8s %4d of %5d non-trivial (%5.2f%%; limit %g%%)\n", file.filename().string().c_str(), what,
              count, checked, 100.0 * share, 100.0 * limit);
  std::string listing;
  for (const std::string& h : hits) listing += "  " + h + "\n";
  EXPECT_FALSE(share > limit && count > kSmallFileAllowance)
      << file << ": " << count << " of " << checked << " non-trivial lines " << what << " with " << PARLEY_DATA_DIR
      << "/petrarch:\n"
      << listing;
}

std::vector<fs::path> files_to_check() {
  EXPECT_TRUE(fs::is_directory(fs::path(PARLEY_DATA_DIR) / "petrarch"))
      << "the shared PETRARCH files are needed: " << PARLEY_DATA_DIR << "/petrarch";
  EXPECT_GT(shared().lines.size(), 10000u) << "the shared PETRARCH files did not read";
  std::vector<fs::path> files = checked_files();
  EXPECT_FALSE(files.empty()) << "no dictionary files in " << checked_dir();
  return files;
}

TEST(DictionaryOriginality, NormalisationFoldsCaseBlanksAndUnderscores) {
  EXPECT_EQ(normalise("  Prime_minister \t [~GOV]  "), "PRIME MINISTER [~GOV]");
  EXPECT_EQ(split("FOO_BAR [X] # a note").code, "FOO BAR [X]");
  EXPECT_EQ(split("FOO_BAR [X] # a note").comment, "A NOTE");
  EXPECT_EQ(words_outside_codes("SOLDIER [~MIL]"), 1);
  EXPECT_EQ(words_outside_codes("[UKRGOV 20190520-20240101]"), 0);
  EXPECT_EQ(words_outside_codes("RIOT POLICE {} [~COP]"), 2);
  EXPECT_EQ(words_outside_codes("- * + (ON &TALKS) [043]"), 2);
}

TEST(DictionaryOriginality, SharedLinesAreFound) {
  // The test can fail: a line of a shared file counts as shared once normalised.
  fs::path phoenix = fs::path(PARLEY_DATA_DIR) / "petrarch" / "Phoenix.agents.txt";
  ASSERT_TRUE(fs::exists(phoenix)) << phoenix;
  int found = 0, tried = 0;
  for (const std::string& raw : read_lines(phoenix)) {
    std::string code = split(raw).code;
    if (words_outside_codes(code) < 2) continue;
    ++tried;
    std::string lowered;
    for (char c : code) lowered += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : (c == ' ' ? '_' : c);
    found += shared().lines.count(normalise(lowered)) > 0;
  }
  EXPECT_GT(tried, 100);
  EXPECT_EQ(found, tried);
}

TEST(DictionaryOriginality, RunsKeptFromASharedFileAreCopied) {
  // Two neighbouring non-trivial lines of a shared file, rewritten in lower case,
  // around a line of our own: both are shared and copied, ours is neither.
  fs::path phoenix = fs::path(PARLEY_DATA_DIR) / "petrarch" / "Phoenix.agents.txt";
  std::vector<std::string> picked;
  for (const std::string& raw : read_lines(phoenix)) {
    if (words_outside_codes(split(raw).code) >= 2) picked.push_back(raw);
    if (picked.size() == 2) break;
  }
  ASSERT_EQ(picked.size(), 2u);
  fs::path file = fs::temp_directory_path() / ("parley_originality_" + std::to_string(::getpid()) + ".txt");
  {
    std::ofstream out(file);
    out << "A_LINE_WRITTEN_FOR_PARLEY_ONLY [~XYZ]\n";
    for (const std::string& raw : picked) {
      std::string lowered;
      for (char c : raw) lowered += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      out << lowered << "  # a note of ours\n";
    }
  }
  Measure m = measure_lines(file);
  fs::remove(file);
  EXPECT_EQ(m.checked, 3);
  EXPECT_EQ(m.shared_lines.size(), 2u);
  EXPECT_EQ(m.copied_lines.size(), 2u);
}

TEST(DictionaryOriginality, LinesAreWrittenForParley) {
  Measure all;  // every file's lines together
  for (const fs::path& file : files_to_check()) {
    Measure m = measure_lines(file);
    check_share(file, "copied", m.copied_lines, m.checked, kMaxCopiedShare);
    check_share(file, "shared", m.shared_lines, m.checked, kMaxSharedShare);
    all.checked += m.checked;
    all.copied_lines.insert(all.copied_lines.end(), m.copied_lines.begin(), m.copied_lines.end());
    all.shared_lines.insert(all.shared_lines.end(), m.shared_lines.begin(), m.shared_lines.end());
  }
  EXPECT_GT(all.checked, 0);
  check_share("all files", "copied", all.copied_lines, all.checked, kMaxAggregateCopiedShare);
  check_share("all files", "shared", all.shared_lines, all.checked, kMaxAggregateSharedShare);
}

TEST(DictionaryOriginality, CommentsAreWrittenForParley) {
  for (const fs::path& file : files_to_check()) {
    Measure m = measure_comments(file);
    check_share(file, "comments", m.shared_lines, m.checked, kMaxSharedComments);
  }
}

}  // namespace
