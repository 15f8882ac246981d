#include "io/event_table.h"

#include <cstdio>
#include <set>

#include "ontology/cameo.h"

namespace parley {
namespace {

std::string side_code(const std::string& code) { return code == "---" ? "" : code; }

// Phoenix splits an actor code by position: entity (country or
// international actor, 3 characters), role (the next 3), attribute (the rest).
void add_actor(const std::string& full, std::vector<std::string>* row) {
  std::string code = side_code(full);
  row->push_back(code);
  row->push_back(code.substr(0, 3));
  row->push_back(code.size() > 3 ? code.substr(3, 3) : "");
  row->push_back(code.size() > 6 ? code.substr(6) : "");
}

// The distinct non-empty values of `field` over the kept mentions, joined by ';'.
template <class Field>
std::string distinct(const std::vector<Mention>& mentions, Field field) {
  std::set<std::string> seen;
  std::string out;
  for (const Mention& m : mentions) {
    const std::string& v = field(m);
    if (v.empty() || !seen.insert(v).second) continue;
    if (!out.empty()) out += ';';
    out += v;
  }
  return out;
}

}  // namespace

const std::vector<std::string>& event_table_columns() {
  // One line per group of the Phoenix/GDELT layout (docs/output.md).
  // clang-format off
  static const std::vector<std::string> kColumns = {
      "id", "date", "year", "month", "day",
      "source", "source_entity", "source_role", "source_attribute",
      "target", "target_entity", "target_role", "target_attribute",
      "code", "root", "quad_class", "goldstein",
      "num_mentions", "num_sources", "num_articles",
      "doc_id", "sentence", "urls", "sources",
      "name", "plover", "plover_mode", "verb", "text"};
  // clang-format on
  return kColumns;
}

std::vector<std::string> event_table_row(const MergedEvent& m, bool merged) {
  const Mention& first = m.mentions.front();
  const Event& e = first.event;
  std::vector<std::string> row;
  row.reserve(event_table_columns().size());
  row.push_back(merged ? event_key_id(m.key) : mention_id(first));
  const std::string& d = first.date;  // YYYY-MM-DD or ""
  bool dated = d.size() == 10;
  row.push_back(dated ? d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2) : "");
  row.push_back(dated ? d.substr(0, 4) : "");
  row.push_back(dated ? d.substr(5, 2) : "");
  row.push_back(dated ? d.substr(8, 2) : "");
  add_actor(e.source.code, &row);
  add_actor(e.target.code, &row);
  const CameoCode* cameo = resolve_cameo(e.code);
  row.push_back(e.code);
  row.push_back(cameo_root(e.code));
  row.push_back(std::to_string(cameo_quad_class(e.code)));
  char g[32] = "";
  if (cameo) std::snprintf(g, sizeof g, "%.1f", cameo->goldstein);
  row.push_back(g);
  row.push_back(std::to_string(m.num_mentions));
  row.push_back(std::to_string(m.num_sources));
  row.push_back(std::to_string(m.num_articles));
  row.push_back(first.doc_id);
  row.push_back(std::to_string(first.sentence));
  row.push_back(distinct(m.mentions, [](const Mention& x) -> const std::string& { return x.url; }));
  row.push_back(
      distinct(m.mentions, [](const Mention& x) -> const std::string& { return x.publisher; }));
  row.push_back(cameo ? std::string(cameo->name) : "");
  row.push_back(cameo ? std::string(cameo->plover) : "");
  row.push_back(cameo ? std::string(cameo->plover_mode) : "");
  row.push_back(e.rule.verb);
  row.push_back(first.text);
  return row;
}

std::string tsv_field(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string tsv_line(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += '\t';
    line += tsv_field(fields[i]);
  }
  return line + "\n";
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += csv_field(fields[i]);
  }
  return line + "\n";
}

MergedEvent single_event(Mention m) {
  MergedEvent out;
  out.key = event_key(m, false);
  out.num_mentions = 1;
  out.num_articles = 1;
  out.num_sources = m.publisher.empty() ? 0 : 1;
  out.mentions.push_back(std::move(m));
  return out;
}

}  // namespace parley
