#include "coding/code_algebra.h"

#include <cctype>

#include "util/file.h"
#include "util/strings.h"

namespace parley {
namespace {

constexpr long kNegation = 0xFFFF;

// "0x10a0-0xFFFF" -> 0x10a0 - 0xFFFF; nullopt when malformed.
std::optional<long> parse_sum(std::string_view text) {
  long total = 0;
  std::size_t i = 0;
  bool any = false;
  while (i < text.size()) {
    int sign = 1;
    if (text[i] == '+' || text[i] == '-') sign = text[i++] == '-' ? -1 : 1;
    if (text.substr(i, 2) != "0x" && text.substr(i, 2) != "0X") {
      if (text.substr(i) == "0") return total;  // "---:0"
      return std::nullopt;
    }
    i += 2;
    std::size_t start = i;
    while (i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == start || i - start > 8) return std::nullopt;
    total += sign * std::stol(std::string(text.substr(start, i - start)), nullptr, 16);
    any = true;
  }
  if (!any) return std::nullopt;
  return total;
}

}  // namespace

void CodeAlgebra::parse(std::string_view content, const std::string& name, Diagnostics* diags) {
  for_each_line(content, [&](std::string_view raw, int line_no) {
    std::string_view text = strip_comment(raw);
    if (text.empty()) return;
    std::size_t colon = text.find(':');
    std::optional<long> v;
    if (colon != std::string_view::npos) v = parse_sum(trim(text.substr(colon + 1)));
    if (!v) {
      if (diags) diags->push_back({name, line_no, "expected CODE:0xHEX[+0xHEX...]"});
      return;
    }
    std::string code(trim(text.substr(0, colon)));
    value_of_[code] = *v;
    code_of_.emplace(*v, code);  // the first code listed for a value wins
  });
}

Status CodeAlgebra::read(const std::string& path, Diagnostics* diags) {
  return read_and_parse(path, [&](std::string_view content) { parse(content, path, diags); });
}

std::optional<long> CodeAlgebra::value(const std::string& code) const {
  auto it = value_of_.find(code);
  if (it == value_of_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> CodeAlgebra::code_for(long v) const {
  auto it = code_of_.find(v);
  if (it == code_of_.end() || it->second == "---") return std::nullopt;
  return it->second;
}

std::optional<std::string> CodeAlgebra::negate(const std::string& code) const {
  std::optional<long> v = value(code);
  if (!v || *v == 0) return std::nullopt;
  long negated = *v < 0 ? *v + kNegation : *v >= kNegation ? *v - kNegation : *v + kNegation;
  return code_for(negated);
}

std::optional<std::string> CodeAlgebra::combine(const std::string& outer,
                                                const std::string& inner) const {
  std::optional<long> a = value(outer), b = value(inner);
  if (!a || !b || *a == 0 || *b == 0) return std::nullopt;
  return code_for(*a + *b);
}

}  // namespace parley
