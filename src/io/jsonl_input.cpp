#include "io/jsonl_input.h"

#include <nlohmann/json.hpp>

#include "io/text_clean.h"
#include "io/text_dates.h"
#include "util/strings.h"

namespace parley {
namespace {

using nlohmann::json;

// A string field, or a number written as text (ids are sometimes numbers).
bool string_field(const json& j, const char* key, std::string* out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return false;
  if (it->is_string()) {
    *out = it->get<std::string>();
  } else if (it->is_number()) {
    *out = it->dump();
  } else {
    return false;
  }
  return true;
}

}  // namespace

Result<Document> parse_jsonl_record(std::string line, const std::string& name, int line_no,
                                    Diagnostics* warnings) {
  std::size_t first_bad = 0;
  if (std::size_t bad = repair_utf8(&line, &first_bad); bad > 0) {
    warnings->push_back({name, line_no,
                         "invalid UTF-8 at byte " + std::to_string(first_bad) + " of the line (repaired: " +
                             std::to_string(bad) + " byte(s) replaced by U+FFFD)"});
  }
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::invalid_argument("malformed JSON (skipped)");
  if (!j.is_object()) return Status::invalid_argument("expected a JSON object (skipped)");
  Document d;
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    return Status::invalid_argument("no string \"text\" field (skipped)");
  }
  d.text = text->get<std::string>();
  if (trim(d.text).empty()) return Status::invalid_argument("empty document: \"text\" is blank (skipped)");
  if (!string_field(j, "id", &d.id) || d.id.empty()) d.id = name + ":" + std::to_string(line_no);
  std::string date;
  if (string_field(j, "date", &date) && !date.empty()) {
    d.date = iso_date_prefix(date);
    if (d.date.empty()) {
      warnings->push_back({name, line_no, "date '" + date.substr(0, 40) + "' is not YYYY-MM-DD (ignored)"});
    } else {
      d.date_origin = "record";
    }
  }
  string_field(j, "source", &d.source);
  string_field(j, "title", &d.title);
  string_field(j, "url", &d.url);
  json extra = json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    if (k == "id" || k == "date" || k == "source" || k == "title" || k == "text" || k == "url") continue;
    extra[k] = it.value();
  }
  if (!extra.empty()) d.extra_json = extra.dump(-1, ' ', false, json::error_handler_t::replace);
  d.origin = name + ":" + std::to_string(line_no);
  return d;
}

}  // namespace parley
