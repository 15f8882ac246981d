#include "io/xml_records.h"

#include <algorithm>
#include <pugixml.hpp>
#include <utility>
#include <vector>

#include "io/conllu.h"
#include "io/xml_scan.h"

namespace parley {
namespace {

// pugixml's defaults without end-of-line normalisation: turning a lone '\r' into
// '\n' would shift the line numbers of <Parse> content (and <Text> stays as written).
constexpr unsigned kParseOptions = pugi::parse_default & ~pugi::parse_eol;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// Runs of whitespace become one space; leading and trailing whitespace go.
std::string normalize_space(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (char c : s) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

// Splits on any of `separators`, trimming pieces and dropping empty ones.
std::vector<std::string> split_list(std::string_view s, std::string_view separators) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t stop = s.find_first_of(separators, start);
    if (stop == std::string_view::npos) stop = s.size();
    std::string piece = trim(s.substr(start, stop - start));
    if (!piece.empty()) out.push_back(std::move(piece));
    start = stop + 1;
  }
  return out;
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
         });
}

// Text of a node: its PCDATA and CDATA children joined.
std::string text_of(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
  }
  return out;
}

void report(const XmlPieceOrigin& origin, int line, std::string message) {
  if (origin.diags) origin.diags->push_back({origin.file, line, std::move(message)});
}

// File lines of byte offsets into a piece (its text as before parsing). Cheap when
// asked in document order, as children are visited, so many children stay linear.
class PieceLines {
 public:
  PieceLines(int first_line, std::string_view original)
      : first_line_(first_line), counter_(original) {}
  int line_of(std::ptrdiff_t offset) {
    if (offset < 0) return first_line_;
    return first_line_ + counter_.line_at(static_cast<std::size_t>(offset)) - 1;
  }

 private:
  int first_line_;
  LineCounter counter_;
};

// Parses `xml` in place (so node offsets stay those of the original text).
bool load(pugi::xml_document& doc, std::string& xml, PieceLines& lines, const std::string& label,
          const XmlPieceOrigin& origin) {
  pugi::xml_parse_result result =
      doc.load_buffer_inplace(xml.data(), xml.size(), kParseOptions, pugi::encoding_utf8);
  if (result) return true;
  report(origin, origin.line,
         label + ": malformed XML at line " + std::to_string(lines.line_of(result.offset)) + ": " +
             result.description());
  return false;
}

XmlAttributes attributes_of(pugi::xml_node node) {
  XmlAttributes out;
  for (pugi::xml_attribute a : node.attributes()) out[a.name()] = a.value();
  return out;
}

void read_event_coding(pugi::xml_node node, const std::string& label, const XmlPieceOrigin& origin,
                       PetrarchRecord* record) {
  if (pugi::xml_attribute none = node.attribute("noevents")) {
    if (equals_ignore_case(trim(none.value()), "true")) {
      record->expects_no_events = true;
      record->has_expectations = true;
    }
    return;
  }
  if (pugi::xml_attribute error = node.attribute("error")) {
    record->expected_error = trim(error.value());
    record->expects_no_events = true;
    record->has_expectations = true;
    return;
  }
  pugi::xml_attribute code = node.attribute("eventcode");
  if (!code) {
    report(origin, origin.line,
           label + ": <EventCoding> has none of eventcode, noevents or error (ignored)");
    return;
  }
  record->expected.push_back(
      {node.attribute("sourcecode").value(), node.attribute("targetcode").value(), code.value()});
  record->has_expectations = true;
}

// Reads one <Parse> as CoNLL-U, with diagnostics on the file's own lines.
void read_parse(pugi::xml_node node, PieceLines& lines, const std::string& label,
                const XmlPieceOrigin& origin, PetrarchRecord* record) {
  std::string body;
  std::ptrdiff_t first_offset = -1;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata) continue;
    if (first_offset < 0) first_offset = child.offset_debug();
    body += child.value();
  }
  if (first_offset < 0) return;  // empty <Parse/>
  Diagnostics local;
  std::vector<Sentence> sentences =
      parse_conllu(body, origin.file, &local, lines.line_of(first_offset));
  for (Diagnostic& d : local) report(origin, d.line, label + ": " + d.message);
  for (Sentence& s : sentences) record->parses.push_back(std::move(s));
}

// Names the parsed sentences after the record and gives them its text.
void finish_parses(PetrarchRecord* record) {
  const std::size_t n = record->parses.size();
  std::string text = normalize_space(record->text);
  for (std::size_t i = 0; i < n; ++i) {
    Sentence& s = record->parses[i];
    s.id = n > 1 ? record->id + "_" + std::to_string(i + 1) : record->id;
    if (s.text.empty()) s.text = text;
  }
}

}  // namespace

bool parse_start_tag(std::string_view tag, XmlAttributes* attributes) {
  std::string xml(tag);
  if (xml.size() >= 2 && xml.back() == '>') {
    if (xml[xml.size() - 2] != '/') xml.insert(xml.size() - 1, "/");
  } else {
    xml += "/>";
  }
  pugi::xml_document doc;
  if (!doc.load_buffer_inplace(xml.data(), xml.size(), kParseOptions, pugi::encoding_utf8)) {
    return false;
  }
  *attributes = attributes_of(doc.document_element());
  return true;
}

void apply_config(const XmlAttributes& attributes, const XmlPieceOrigin& origin,
                  std::map<std::string, std::string>* config) {
  auto option = attributes.find("option");
  if (option == attributes.end() || trim(option->second).empty()) {
    return report(origin, origin.line, "<Config> without an option attribute (ignored)");
  }
  auto value = attributes.find("value");
  if (value == attributes.end()) {
    return report(origin, origin.line,
                  "<Config option=\"" + option->second + "\"> without a value (ignored)");
  }
  (*config)[trim(option->second)] = trim(value->second);
}

bool parse_environment(std::string xml, const XmlPieceOrigin& origin, PetrarchEnvironment* env,
                       std::map<std::string, std::string>* config) {
  const std::string original = xml;
  PieceLines lines(origin.line, original);
  pugi::xml_document doc;
  if (!load(doc, xml, lines, "<Environment>", origin)) return false;
  for (pugi::xml_node child : doc.document_element().children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (name == "Verbfile") {
      env->verb_file = trim(text_of(child));
    } else if (name == "Actorfile") {
      for (std::string& file : split_list(text_of(child), ",")) {
        env->actor_files.push_back(std::move(file));
      }
    } else if (name == "Agentfile") {
      env->agent_file = trim(text_of(child));
    } else if (name == "Discardfile") {
      env->discard_file = trim(text_of(child));
    } else if (name == "Issuefile") {
      env->issue_file = trim(text_of(child));
    } else if (name == "Include") {
      env->has_include = true;
      for (std::string& category : split_list(text_of(child), " \t\r\n")) {
        env->include.push_back(std::move(category));
      }
    } else if (name == "Config") {
      XmlPieceOrigin at{origin.file, lines.line_of(child.offset_debug()), origin.diags};
      apply_config(attributes_of(child), at, config);
    }
  }
  return true;
}

bool parse_record(std::string xml, const std::string& label, const XmlPieceOrigin& origin,
                  PetrarchRecord* record) {
  const std::string original = xml;
  PieceLines lines(origin.line, original);
  pugi::xml_document doc;
  if (!load(doc, xml, lines, label, origin)) return false;
  pugi::xml_node root = doc.document_element();
  record->is_article = std::string_view(root.name()) == "Article";
  record->id = root.attribute("id").value();
  record->date = root.attribute("date").value();
  record->source = root.attribute("source").value();
  pugi::xml_attribute category = root.attribute("category");
  record->category = category ? category.value() : record->source;
  record->sentence_attribute = root.attribute("sentence").value();
  record->line = origin.line;
  if (record->id.empty()) report(origin, origin.line, label + ": no id attribute");
  if (record->date.empty()) report(origin, origin.line, label + ": no date attribute");
  bool have_text = false;
  for (pugi::xml_node child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (name == "EventCoding") {
      XmlPieceOrigin at{origin.file, lines.line_of(child.offset_debug()), origin.diags};
      read_event_coding(child, label, at, record);
    } else if (name == "Text" && !have_text) {
      record->text = text_of(child);
      have_text = true;
    } else if (name == "Parse") {
      read_parse(child, lines, label, origin, record);
    }
  }
  finish_parses(record);
  return true;
}

}  // namespace parley
