#include "ontology/cameo.h"

#include <algorithm>

#include "ontology/cameo_table.h"

namespace parley {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The root as a number 1..20, or 0 when the code does not start with one.
int root_number(std::string_view code) {
  if (code.size() < 2 || !is_digit(code[0]) || !is_digit(code[1])) return 0;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20 ? root : 0;
}

}  // namespace

std::string cameo_root(std::string_view code) {
  return root_number(code) > 0 ? std::string(code.substr(0, 2)) : std::string();
}

int cameo_quad_class(std::string_view code) {
  const int root = root_number(code);
  if (root == 0) return 0;
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

const std::vector<CameoCode>& cameo_codes() {
  // Built once; C++ guarantees thread-safe initialisation of function statics.
  static const std::vector<CameoCode> codes(internal::cameo_table().begin(),
                                            internal::cameo_table().end());
  return codes;
}

const CameoCode* find_cameo(std::string_view code) {
  const std::vector<CameoCode>& codes = cameo_codes();  // sorted by code
  auto it = std::lower_bound(codes.begin(), codes.end(), code,
                             [](const CameoCode& c, std::string_view key) { return c.code < key; });
  return it != codes.end() && it->code == code ? &*it : nullptr;
}

const CameoCode* resolve_cameo(std::string_view code) {
  // Drop trailing characters until a CAMEO code remains ("174L" -> "174").
  for (std::size_t len = code.size(); len >= 2; --len) {
    const std::string_view prefix = code.substr(0, len);
    const CameoCode* found = find_cameo(prefix);
    if (found == nullptr) continue;
    if (len > 2) return found;
    // A bare root stands for its "not specified below" code: "03" -> "030".
    return find_cameo(std::string(prefix) + "0");
  }
  return nullptr;
}

}  // namespace parley
