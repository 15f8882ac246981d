#include "io/conllu.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <exception>
#include <optional>
#include <utility>

#include "util/file.h"

namespace parley {
namespace {

constexpr int kColumns = 10;
constexpr std::size_t kMaxQuoted = 40;  // longest piece of input quoted in a diagnostic

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  return s;
}

// A piece of input for a message, cut short so messages stay small.
std::string shorten(std::string_view s) {
  if (s.size() <= kMaxQuoted) return std::string(s);
  return std::string(s.substr(0, kMaxQuoted)) + "...";
}

std::string quote(std::string_view s) { return "'" + shorten(s) + "'"; }

// A non-negative decimal number of at most 9 digits (no sign, no spaces).
std::optional<int> parse_int(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  int value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size() || s.front() == '-') return std::nullopt;
  return value;
}

std::optional<std::size_t> parse_size(std::string_view s) {
  if (s.empty() || s.size() > 15) return std::nullopt;
  std::size_t value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

std::string optional_field(std::string_view s) { return s == "_" ? std::string() : std::string(s); }

// Splits a word line on tabs into at most kColumns views; returns the column count.
int split_columns(std::string_view line, std::string_view (&cols)[kColumns]) {
  int count = 0;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    std::string_view piece = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    if (count < kColumns) cols[count] = piece;
    ++count;
    if (tab == std::string_view::npos) return count;
    start = tab + 1;
  }
}

// Fills start/end from a "TokenRange=a:b" item in MISC.
void fill_token_range(Token& token) {
  std::string_view misc = token.misc;
  while (!misc.empty()) {
    std::size_t bar = misc.find('|');
    std::string_view item = misc.substr(0, bar);
    misc = bar == std::string_view::npos ? std::string_view() : misc.substr(bar + 1);
    if (item.substr(0, 11) != "TokenRange=") continue;
    item.remove_prefix(11);
    std::size_t colon = item.find(':');
    if (colon == std::string_view::npos) return;
    auto start = parse_size(item.substr(0, colon));
    auto end = parse_size(item.substr(colon + 1));
    if (start && end && *start <= *end) {
      token.start = *start;
      token.end = *end;
    }
    return;
  }
}

// "key = value" in a comment body; the value when the key matches.
std::optional<std::string_view> comment_value(std::string_view body, std::string_view key) {
  if (body.substr(0, key.size()) != key) return std::nullopt;
  std::string_view rest = trim_left(body.substr(key.size()));
  if (rest.empty() || rest.front() != '=') return std::nullopt;
  return trim_left(rest.substr(1));
}

bool is_empty_node_id(std::string_view id) {
  std::size_t dot = id.find('.');
  return dot != std::string_view::npos && parse_int(id.substr(0, dot)) &&
         parse_int(id.substr(dot + 1));
}

// Builds sentences line by line. The first problem in a sentence is reported and
// the sentence is dropped; its remaining lines are read but not reported again.
class ConlluBuilder {
 public:
  ConlluBuilder(const std::string& name, Diagnostics* diags) : name_(name), diags_(diags) {}

  void add_line(std::string_view raw, int line_no) {
    std::string_view line = trim_right(raw);
    if (line.empty()) return finish();
    // A comment or a new ID 1 right after word lines starts a new sentence
    // (leniency for parses pasted together without the blank line).
    if (!current_.tokens.empty() && (line.front() == '#' || starts_new_sentence(line))) finish();
    if (!started_) {
      started_ = true;
      current_.source_line = line_no;
    }
    if (failed_) return;
    if (line.front() == '#') return add_comment(line.substr(1));
    add_word_line(line, line_no);
  }

  // Ends the current sentence, keeping it when it is valid and has words.
  void finish() {
    if (started_ && !failed_ && !current_.tokens.empty() && check_tree()) {
      sentences_.push_back(std::move(current_));
    }
    current_ = Sentence();
    token_lines_.clear();
    range_lines_.clear();
    started_ = false;
    failed_ = false;
  }

  std::vector<Sentence> take() { return std::move(sentences_); }

 private:
  static bool starts_new_sentence(std::string_view line) {
    return line.substr(0, 2) == "1\t" || line.substr(0, 2) == "1-";
  }

  void fail(int line_no, std::string message) {
    failed_ = true;
    if (!current_.id.empty()) message += " (sentence " + shorten(current_.id) + ")";
    if (diags_) diags_->push_back({name_, line_no, std::move(message)});
  }

  void add_comment(std::string_view body) {
    body = trim_left(body);
    if (auto id = comment_value(body, "sent_id")) {
      current_.id = std::string(*id);
    } else if (auto text = comment_value(body, "text")) {
      current_.text = std::string(*text);
    } else {
      current_.comments.emplace_back(body);
    }
  }

  void add_word_line(std::string_view line, int line_no) {
    std::string_view cols[kColumns];
    int count = split_columns(line, cols);
    if (count != kColumns) {
      return fail(line_no, "expected 10 tab-separated columns, found " + std::to_string(count));
    }
    std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) {
      if (!is_empty_node_id(id)) fail(line_no, "bad empty-node ID " + quote(id));
      return;  // empty nodes (enhanced graphs only) are skipped
    }
    if (std::size_t dash = id.find('-'); dash != std::string_view::npos) {
      return add_range(id.substr(0, dash), id.substr(dash + 1), cols, line_no);
    }
    auto number = parse_int(id);
    int expected = static_cast<int>(current_.tokens.size()) + 1;
    if (!number) return fail(line_no, "bad word ID " + quote(id));
    if (*number != expected) {
      return fail(line_no, "word ID " + std::to_string(*number) + " out of sequence, expected " +
                               std::to_string(expected));
    }
    auto head = parse_int(cols[6]);
    if (!head) return fail(line_no, "HEAD " + quote(cols[6]) + " is not a number");
    Token token;
    token.form = std::string(cols[1]);
    token.lemma = optional_field(cols[2]);
    token.upos = optional_field(cols[3]);
    token.xpos = optional_field(cols[4]);
    token.feats = optional_field(cols[5]);
    token.head = *head;
    token.deprel = optional_field(cols[7]);
    token.misc = optional_field(cols[9]);
    fill_token_range(token);
    current_.tokens.push_back(std::move(token));
    token_lines_.push_back(line_no);
  }

  void add_range(std::string_view first, std::string_view last,
                 const std::string_view (&cols)[kColumns], int line_no) {
    auto a = parse_int(first);
    auto b = parse_int(last);
    if (!a || !b || *a < 1 || *a > *b) {
      return fail(line_no, "bad multiword token range " + quote(cols[0]));
    }
    current_.multiword_tokens.push_back({*a, *b, std::string(cols[1]), optional_field(cols[9])});
    range_lines_.push_back(line_no);
  }

  // HEADs within 0..n and free of cycles; multiword ranges within the words.
  bool check_tree() {
    const int n = static_cast<int>(current_.tokens.size());
    for (int i = 0; i < n; ++i) {
      int head = current_.tokens[i].head;
      if (head > n) {
        fail(token_lines_[i],
             "HEAD " + std::to_string(head) + " is outside 0.." + std::to_string(n));
        return false;
      }
      if (head == i + 1) {
        fail(token_lines_[i], "word " + std::to_string(i + 1) + " is its own HEAD");
        return false;
      }
    }
    if (int bad = find_cycle(); bad >= 0) {
      fail(token_lines_[bad], "HEADs form a cycle through word " + std::to_string(bad + 1));
      return false;
    }
    for (std::size_t i = 0; i < current_.multiword_tokens.size(); ++i) {
      if (current_.multiword_tokens[i].last > n) {
        fail(range_lines_[i],
             "multiword token range ends after the last word " + std::to_string(n));
        return false;
      }
    }
    return true;
  }

  // Index of a word on a HEAD cycle, or -1. Linear: each word is walked once.
  int find_cycle() const {
    const auto& tokens = current_.tokens;
    std::vector<char> state(tokens.size(), 0);  // 0 new, 1 on current walk, 2 reaches root
    for (std::size_t start = 0; start < tokens.size(); ++start) {
      std::size_t i = start;
      while (state[i] == 0) {
        state[i] = 1;
        if (tokens[i].head == 0) break;
        i = static_cast<std::size_t>(tokens[i].head - 1);
      }
      if (state[i] == 1 && tokens[i].head != 0) return static_cast<int>(i);
      for (std::size_t j = start; state[j] == 1; j = static_cast<std::size_t>(tokens[j].head - 1)) {
        state[j] = 2;
        if (tokens[j].head == 0) break;
      }
    }
    return -1;
  }

  const std::string& name_;
  Diagnostics* diags_;
  std::vector<Sentence> sentences_;
  Sentence current_;
  std::vector<int> token_lines_;
  std::vector<int> range_lines_;
  bool started_ = false;
  bool failed_ = false;
};

// Writes a field, "_" when empty; tabs and line breaks would break the format.
void append_field(std::string& out, std::string_view value) {
  if (value.empty()) {
    out += '_';
    return;
  }
  for (char c : value) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

void append_comment(std::string& out, std::string_view prefix, std::string_view body) {
  out += "# ";
  out += prefix;
  for (char c : body) out += (c == '\n' || c == '\r') ? ' ' : c;
  out += '\n';
}

std::string misc_with_range(const Token& token) {
  if (token.start == std::string::npos || token.end == std::string::npos ||
      token.misc.find("TokenRange=") != std::string::npos) {
    return token.misc;
  }
  std::string range = "TokenRange=" + std::to_string(token.start) + ":" + std::to_string(token.end);
  return token.misc.empty() ? range : token.misc + "|" + range;
}

}  // namespace

std::vector<Sentence> parse_conllu(std::string_view content, const std::string& name,
                                   Diagnostics* diags, int first_line) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);  // UTF-8 BOM
  // Only std::bad_alloc can be thrown here; it must not leave the library.
  try {
    ConlluBuilder builder(name, diags);
    int line_no = first_line;
    std::size_t pos = 0;
    while (pos < content.size()) {
      std::size_t newline = content.find('\n', pos);
      if (newline == std::string_view::npos) newline = content.size();
      builder.add_line(content.substr(pos, newline - pos), line_no);
      pos = newline + 1;
      ++line_no;
    }
    builder.finish();
    return builder.take();
  } catch (const std::exception& e) {
    if (diags) diags->push_back({name, 0, std::string("cannot read: ") + e.what()});
    return {};
  }
}

Result<std::vector<Sentence>> read_conllu(const std::string& path, Diagnostics* diags) {
  Result<std::string> content = read_file(path);
  if (!content.ok()) return content.status();
  return parse_conllu(*content, path, diags);
}

std::string write_conllu(const Sentence& sentence) {
  std::string out;
  for (const std::string& comment : sentence.comments) append_comment(out, "", comment);
  if (!sentence.id.empty()) append_comment(out, "sent_id = ", sentence.id);
  if (!sentence.text.empty()) append_comment(out, "text = ", sentence.text);
  std::vector<const MultiwordToken*> ranges;
  for (const MultiwordToken& mwt : sentence.multiword_tokens) ranges.push_back(&mwt);
  std::stable_sort(ranges.begin(), ranges.end(),
                   [](const auto* a, const auto* b) { return a->first < b->first; });
  std::size_t next_range = 0;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const int id = static_cast<int>(i) + 1;
    while (next_range < ranges.size() && ranges[next_range]->first <= id) {
      const MultiwordToken& mwt = *ranges[next_range++];
      out += std::to_string(mwt.first) + "-" + std::to_string(mwt.last) + "\t";
      append_field(out, mwt.form);
      out += "\t_\t_\t_\t_\t_\t_\t_\t";
      append_field(out, mwt.misc);
      out += '\n';
    }
    const Token& t = sentence.tokens[i];
    out += std::to_string(id);
    for (std::string_view field :
         {std::string_view(t.form), std::string_view(t.lemma), std::string_view(t.upos),
          std::string_view(t.xpos), std::string_view(t.feats)}) {
      out += '\t';
      append_field(out, field);
    }
    out += '\t' + std::to_string(t.head) + '\t';
    append_field(out, t.deprel);
    out += "\t_\t";
    append_field(out, misc_with_range(t));
    out += '\n';
  }
  out += '\n';
  return out;
}

}  // namespace parley
