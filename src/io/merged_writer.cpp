#include "io/merged_writer.h"

#include "io/event_table.h"
#include "ontology/cameo.h"

namespace parley {
namespace {

class JsonWriter : public MergedWriter {
 public:
  JsonWriter(std::ostream& out, bool merged) : out_(out), merged_(merged) {}
  void write(const MergedEvent& m) override {
    nlohmann::ordered_json j = merged_ ? merged_json(m) : mention_json(m.mentions.front());
    // Invalid UTF-8 from the input is replaced rather than thrown on.
    out_ << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }

 private:
  std::ostream& out_;
  bool merged_;
};

class TableWriter : public MergedWriter {
 public:
  TableWriter(std::ostream& out, bool merged, bool csv) : out_(out), merged_(merged), csv_(csv) {
    line(event_table_columns());
  }
  void write(const MergedEvent& m) override { line(event_table_row(m, merged_)); }

 private:
  void line(const std::vector<std::string>& fields) {
    out_ << (csv_ ? csv_line(fields) : tsv_line(fields));
  }
  std::ostream& out_;
  bool merged_;
  bool csv_;
};

// "2031-05-04  MRDGOV -> VALGOV  040 Consult  x3 (2 articles, 1 source)  The Mardonian ..."
class TextWriter : public MergedWriter {
 public:
  explicit TextWriter(std::ostream& out) : out_(out) {}
  void write(const MergedEvent& m) override {
    const Mention& first = m.mentions.front();
    const Event& e = first.event;
    const CameoCode* cameo = resolve_cameo(e.code);
    out_ << (first.date.empty() ? "(undated)" : first.date) << "  " << side(e.source.code) << " -> "
         << side(e.target.code) << "  " << e.code << " " << (cameo ? std::string(cameo->name) : "?")
         << "  x" << m.num_mentions << " (" << m.num_articles
         << (m.num_articles == 1 ? " article, " : " articles, ") << m.num_sources
         << (m.num_sources == 1 ? " source)  " : " sources)  ") << first.text << "\n";
  }

 private:
  static std::string side(const std::string& code) { return code.empty() ? "---" : code; }
  std::ostream& out_;
};

}  // namespace

const std::vector<std::string>& merged_formats() {
  static const std::vector<std::string> kFormats = {"jsonl", "tsv", "csv", "text"};
  return kFormats;
}

std::unique_ptr<MergedWriter> make_merged_writer(const std::string& format, std::ostream& out,
                                                 bool merged) {
  if (format == "jsonl") return std::make_unique<JsonWriter>(out, merged);
  if (format == "tsv") return std::make_unique<TableWriter>(out, merged, false);
  if (format == "csv") return std::make_unique<TableWriter>(out, merged, true);
  if (format == "text") return std::make_unique<TextWriter>(out);
  return nullptr;
}

}  // namespace parley
