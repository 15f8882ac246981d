#include "io/xml_scan.h"

#include <algorithm>

namespace parley {
namespace {

bool is_name_start(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u == '_' || u == ':' || u >= 0x80;
}

bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

}  // namespace

int LineCounter::line_at(std::size_t offset) {
  offset = std::min(offset, text_.size());
  if (offset >= pos_) {
    line_ += static_cast<int>(std::count(text_.begin() + pos_, text_.begin() + offset, '\n'));
  } else {
    line_ -= static_cast<int>(std::count(text_.begin() + offset, text_.begin() + pos_, '\n'));
  }
  pos_ = offset;
  return line_;
}

std::optional<MarkupTag> MarkupScanner::next() {
  if (pushed_) {
    MarkupTag tag = *pushed_;
    pushed_.reset();
    return tag;
  }
  while (pos_ < text_.size()) {
    std::size_t lt = text_.find('<', pos_);
    if (lt == std::string_view::npos) break;
    if (lt + 1 < text_.size() && (text_[lt + 1] == '!' || text_[lt + 1] == '?')) {
      if (!skip_special(lt)) break;
      continue;
    }
    bool closing = lt + 1 < text_.size() && text_[lt + 1] == '/';
    std::size_t name_begin = lt + (closing ? 2 : 1);
    if (name_begin >= text_.size() || !is_name_start(text_[name_begin])) {
      pos_ = lt + 1;  // a lone '<' in text: not a tag
      continue;
    }
    return read_tag(lt, name_begin, closing);
  }
  pos_ = text_.size();
  return std::nullopt;
}

// Skips "<!-- -->", "<![CDATA[ ]]>", "<? ?>" or "<!DOCTYPE >" starting at lt.
// False when it is unterminated: the scan then ends.
bool MarkupScanner::skip_special(std::size_t lt) {
  std::string_view rest = text_.substr(lt);
  std::string_view terminator = ">";
  std::string_view what = "declaration";
  if (rest.substr(0, 4) == "<!--") {
    terminator = "-->";
    what = "comment";
  } else if (rest.substr(0, 9) == "<![CDATA[") {
    terminator = "]]>";
    what = "CDATA section";
  } else if (rest.substr(0, 2) == "<?") {
    terminator = "?>";
    what = "processing instruction";
  }
  std::size_t from = lt + (what == "comment" ? 4 : 2);
  std::size_t end = text_.find(terminator, std::min(from, text_.size()));
  if (end == std::string_view::npos) {
    unterminated_line_ = lines_.line_at(lt);
    unterminated_what_ = what;
    pos_ = text_.size();
    return false;
  }
  pos_ = end + terminator.size();
  return true;
}

// Reads a tag up to its '>' (quotes respected). '<' cannot occur inside a tag,
// even in a quoted value, so a '<' cuts the tag short: that keeps scanning linear.
MarkupTag MarkupScanner::read_tag(std::size_t lt, std::size_t name_begin, bool closing) {
  std::size_t q = name_begin;
  while (q < text_.size() && is_name_char(text_[q])) ++q;
  MarkupTag tag;
  tag.name = text_.substr(name_begin, q - name_begin);
  tag.closing = closing;
  tag.begin = lt;
  tag.line = lines_.line_at(lt);
  char quote = 0;
  for (; q < text_.size(); ++q) {
    char c = text_[q];
    if (c == '<') break;
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
  }
  tag.complete = q < text_.size() && text_[q] == '>';
  tag.self_closing = tag.complete && !closing && text_[q - 1] == '/';
  tag.end = tag.complete ? q + 1 : q;
  pos_ = tag.end;
  return tag;
}

}  // namespace parley
