#include "coding/options.h"

#include <charconv>

#include "util/strings.h"

namespace parley {
namespace {

Status parse_bool(const std::string& name, const std::string& value, bool* out) {
  std::string v = to_upper(trim(value));
  if (v == "TRUE" || v == "1" || v == "YES") {
    *out = true;
  } else if (v == "FALSE" || v == "0" || v == "NO") {
    *out = false;
  } else {
    return Status::invalid_argument("option " + name + ": expected true or false, got '" + value + "'");
  }
  return Status();
}

Status parse_int(const std::string& name, const std::string& value, int* out) {
  std::string_view v = trim(value);
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
  if (ec != std::errc() || ptr != v.data() + v.size()) {
    return Status::invalid_argument("option " + name + ": expected an integer, got '" + value + "'");
  }
  return Status();
}

}  // namespace

Status CoderOptions::apply(const std::map<std::string, std::string>& config) {
  const std::map<std::string, int*> ints = {
      {"new_actor_length", &new_actor_length}, {"comma_min", &comma_min},
      {"comma_max", &comma_max},               {"comma_bmin", &comma_bmin},
      {"comma_bmax", &comma_bmax},             {"comma_emin", &comma_emin},
      {"comma_emax", &comma_emax}};
  for (const auto& [name, value] : config) {
    Status s;
    if (name == "require_dyad") {
      s = parse_bool(name, value, &require_dyad);
    } else if (name == "keep_unplaced") {
      s = parse_bool(name, value, &keep_unplaced);
    } else if (name == "precision_rules") {
      s = parse_bool(name, value, &precision_rules);
    } else if (auto it = ints.find(name); it != ints.end()) {
      s = parse_int(name, value, it->second);
    }
    if (!s.ok()) return s;
  }
  return Status();
}

}  // namespace parley
