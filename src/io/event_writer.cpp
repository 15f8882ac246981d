#include "io/event_writer.h"

#include <cstdio>

#include "ontology/cameo.h"

namespace parley {
namespace {

class JsonLinesWriter : public EventWriter {
 public:
  explicit JsonLinesWriter(std::ostream& out) : out_(out) {}
  void write(const Event& e, const EventContext& where) override {
    // Invalid UTF-8 from the input is replaced rather than thrown on.
    out_ << event_json(e, where).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
         << '\n';
  }

 private:
  std::ostream& out_;
};

// "doc#2  RUSMIL -> UKR  0356 Express intent to de-escalate ...  'announced'  parley.verbs.txt:88"
// with the sentence printed once above its events.
class TextWriter : public EventWriter {
 public:
  explicit TextWriter(std::ostream& out) : out_(out) {}
  void write(const Event& e, const EventContext& where) override {
    std::string key = where.doc_id + "#" + std::to_string(where.sentence);
    if (key != last_sentence_) {
      out_ << "\n" << key << (where.date.empty() ? "" : "  " + where.date) << "  "
           << (where.parsed ? where.parsed->text : "") << "\n";
      last_sentence_ = key;
    }
    const CameoCode* cameo = resolve_cameo(e.code);
    char sides[64];
    std::snprintf(sides, sizeof sides, "  %-12s -> %-12s ", side(e.source).c_str(), side(e.target).c_str());
    out_ << sides << e.code << " " << (cameo ? std::string(cameo->name) : "?") << "  ['"
         << e.rule.verb << "' " << file_name(e.rule.file) << ":" << e.rule.line << " "
         << e.rule.pattern << "]\n";
  }

 private:
  static std::string side(const EventActor& a) { return a.code.empty() ? "---" : a.code; }
  static std::string file_name(const std::string& path) {
    std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
  }
  std::ostream& out_;
  std::string last_sentence_;
};

}  // namespace

const std::vector<std::string>& event_formats() {
  static const std::vector<std::string> kFormats = {"jsonl", "text"};
  return kFormats;
}

std::unique_ptr<EventWriter> make_event_writer(const std::string& format, std::ostream& out) {
  if (format == "jsonl") return std::make_unique<JsonLinesWriter>(out);
  if (format == "text") return std::make_unique<TextWriter>(out);
  return nullptr;
}

}  // namespace parley
