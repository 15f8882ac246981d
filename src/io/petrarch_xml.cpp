#include "io/petrarch_xml.h"

#include <exception>
#include <optional>
#include <utility>

#include "io/xml_records.h"
#include "io/xml_scan.h"
#include "util/file.h"

namespace parley {
namespace {

constexpr std::size_t kMaxIdInMessages = 60;

// A record id for messages, cut short so a huge id cannot blow them up.
std::string shorten(const std::string& id) {
  return id.size() <= kMaxIdInMessages ? id : id.substr(0, kMaxIdInMessages) + "...";
}

bool is_record_name(std::string_view name) { return name == "Sentence" || name == "Article"; }

// Tags that delimit the pieces of a file; all others are left to pugixml.
bool is_block_name(std::string_view name) {
  return is_record_name(name) || name == "Environment" || name == "Config";
}

// Where a block (record or <Environment>) ends: its closing tag, or why there is none.
struct BlockEnd {
  std::optional<MarkupTag> close;
  std::string problem;  // empty when closed, or when a self-closed tag is the whole block
};

// Cuts the file into <Environment>, <Config> and record pieces with the raw-text
// scanner, keeps the <Config> options in force, and hands each piece to pugixml.
class PetrarchReader {
 public:
  PetrarchReader(std::string_view content, const std::string& name, Diagnostics* diags)
      : content_(content), name_(name), diags_(diags), scanner_(content) {}

  PetrarchFile run() {
    file_.path = name_;
    while (std::optional<MarkupTag> tag = scanner_.next()) handle(*tag);
    if (int line = scanner_.unterminated_line()) {
      report(line, "unterminated " + std::string(scanner_.unterminated_what()) +
                       ": the rest of the input is ignored");
    }
    if (file_.records.empty()) report(0, "no <Sentence> or <Article> records found");
    return std::move(file_);
  }

 private:
  void report(int line, std::string message) {
    if (diags_) diags_->push_back({name_, line, std::move(message)});
  }

  XmlPieceOrigin origin(int line) const { return {name_, line, diags_}; }

  void handle(const MarkupTag& tag) {
    if (tag.closing) {
      if (is_record_name(tag.name) || tag.name == "Environment") {
        report(tag.line, "</" + std::string(tag.name) + "> without an opening tag (ignored)");
      }
      return;
    }
    if (tag.name == "Environment") return read_environment(tag);
    if (tag.name == "Config") return read_config(tag);
    if (is_record_name(tag.name)) return read_record(tag);
  }

  // Scans to the tag closing `open`. Another block's tag ends the search: a
  // self-closed `open` is then complete; otherwise the block is unterminated.
  BlockEnd find_close(const MarkupTag& open) {
    const std::string name(open.name);
    while (std::optional<MarkupTag> tag = scanner_.next()) {
      if (!is_block_name(tag->name)) continue;
      if (tag->closing && tag->name == open.name) return {tag, ""};
      if (tag->name == "Config" && (tag->closing || name == "Environment")) continue;
      if (open.self_closing) {
        scanner_.push_back(*tag);
        return {};
      }
      const std::string other(tag->name);
      if (tag->closing) {
        return {std::nullopt, "closed by </" + other + "> on line " + std::to_string(tag->line) +
                                  " instead of </" + name + ">"};
      }
      scanner_.push_back(*tag);
      return {std::nullopt,
              "no </" + name + "> before the <" + other + "> on line " + std::to_string(tag->line)};
    }
    if (open.self_closing) return {};
    return {std::nullopt, "no </" + name + "> before the end of the input"};
  }

  // The block's text from `open` to its close; a self-closed opening tag that
  // still has a closing tag ("<Sentence .../> ... </Sentence>") is reopened.
  std::string block_text(const MarkupTag& open, const BlockEnd& end) const {
    std::size_t stop = end.close ? end.close->end : open.end;
    std::string xml(content_.substr(open.begin, stop - open.begin));
    if (open.self_closing && end.close) xml.erase(open.end - 2 - open.begin, 1);
    return xml;
  }

  void read_environment(const MarkupTag& open) {
    BlockEnd end = find_close(open);
    if (!end.problem.empty()) return report(open.line, "<Environment>: " + end.problem);
    parse_environment(block_text(open, end), origin(open.line), &file_.environment, &config_);
  }

  void read_config(const MarkupTag& tag) {
    XmlAttributes attributes;
    std::string_view text = content_.substr(tag.begin, tag.end - tag.begin);
    if (!parse_start_tag(text, &attributes)) return report(tag.line, "malformed <Config> tag");
    apply_config(attributes, origin(tag.line), &config_);
  }

  void read_record(const MarkupTag& open) {
    XmlAttributes attributes;
    parse_start_tag(content_.substr(open.begin, open.end - open.begin), &attributes);
    auto id = attributes.find("id");
    const std::string label = id == attributes.end() ? "record" : "record " + shorten(id->second);
    BlockEnd end = find_close(open);
    if (!end.problem.empty()) return report(open.line, label + ": " + end.problem + " (skipped)");
    PetrarchRecord record;
    record.config = config_;
    if (parse_record(block_text(open, end), label, origin(open.line), &record)) {
      file_.records.push_back(std::move(record));
    }
  }

  std::string_view content_;
  const std::string& name_;
  Diagnostics* diags_;
  MarkupScanner scanner_;
  std::map<std::string, std::string> config_;  // the <Config> options in force
  PetrarchFile file_;
};

}  // namespace

Result<PetrarchFile> parse_petrarch_xml(std::string_view content, const std::string& name,
                                        Diagnostics* diags) {
  // pugixml and the standard library may throw (std::bad_alloc); nothing leaves here.
  try {
    return PetrarchReader(content, name, diags).run();
  } catch (const std::exception& e) {
    return Status::corruption(name + ": cannot read: " + e.what());
  } catch (...) {
    return Status::corruption(name + ": cannot read: unknown error");
  }
}

Result<PetrarchFile> read_petrarch_xml(const std::string& path, Diagnostics* diags) {
  Result<std::string> content = read_file(path);
  if (!content.ok()) return content.status();
  return parse_petrarch_xml(*content, path, diags);
}

}  // namespace parley
