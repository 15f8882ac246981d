// A forgiving lexer over raw XML text: finds start and end tags in file order,
// skipping comments, CDATA sections, processing instructions and declarations,
// without building a tree. Used to cut a PETRARCH file into records before each
// record is parsed on its own, so one malformed record cannot spoil the rest.
// Runs in time linear in the input.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace parley {

struct MarkupTag {
  std::string_view name;
  bool closing = false;       // </name>
  bool self_closing = false;  // <name .../>
  bool complete = false;      // ended with '>' (false: cut short by '<' or the end)
  std::size_t begin = 0;      // offset of '<'
  std::size_t end = 0;        // offset just past the tag
  int line = 0;               // line of '<', 1-based
};

// Line numbers of offsets; cheap when queried in (nearly) increasing order.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  int line_at(std::size_t offset);

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

class MarkupScanner {
 public:
  explicit MarkupScanner(std::string_view text) : text_(text), lines_(text) {}

  // The next tag, or nullopt at the end of the input (or of an unterminated
  // comment, CDATA section or processing instruction, which ends the scan).
  std::optional<MarkupTag> next();
  // Makes next() return `tag` again (one tag of look-back).
  void push_back(const MarkupTag& tag) { pushed_ = tag; }

  // Line of the unterminated construct that ended the scan, 0 when none.
  int unterminated_line() const { return unterminated_line_; }
  std::string_view unterminated_what() const { return unterminated_what_; }
  int line_at(std::size_t offset) { return lines_.line_at(offset); }

 private:
  bool skip_special(std::size_t lt);
  MarkupTag read_tag(std::size_t lt, std::size_t name_begin, bool closing);

  std::string_view text_;
  LineCounter lines_;
  std::size_t pos_ = 0;
  std::optional<MarkupTag> pushed_;
  int unterminated_line_ = 0;
  std::string_view unterminated_what_;
};

}  // namespace parley
