// Reader for PETRARCH / UniversalPetrarch XML: <Sentences>/<Sentence> and
// <Articles>/<Article> records with <Text>, an optional CoNLL-U <Parse>,
// <EventCoding> expectations, and the file's <Environment> and <Config> options.
// The reader is lenient: records are found and parsed one at a time, so one
// malformed record is reported (file:line: problem) and the rest still load.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "parley/sentence.h"
#include "parley/status.h"

namespace parley {

// One <EventCoding eventcode=".." sourcecode=".." targetcode=".."/>.
struct ExpectedEvent {
  std::string source;
  std::string target;
  std::string code;
};

struct PetrarchRecord {
  std::string id;
  std::string category;   // the "category" attribute, else "source" (the unit tests use source)
  std::string source;     // the "source" attribute
  std::string date;       // as written, normally YYYYMMDD
  std::string sentence_attribute;  // the "sentence" attribute as written ("True"), or empty
  bool is_article = false;
  std::string text;       // <Text>, whitespace kept as written
  std::vector<Sentence> parses;  // from <Parse> (CoNLL-U); empty when absent
  bool has_expectations = false; // at least one <EventCoding>
  bool expects_no_events = false;  // <EventCoding noevents="True"/> (or error=".." below)
  // <EventCoding error=".."/> ("dateline", "storydiscard", ...): the coder should reject
  // the record; expects_no_events is set too, as nothing may be coded.
  std::string expected_error;
  std::vector<ExpectedEvent> expected;
  // <Config option=".." value=".."/> settings in force for this record: the
  // <Environment> ones, then every <Config> met before the record in file order.
  std::map<std::string, std::string> config;
  int line = 0;  // line of the opening <Sentence>/<Article> tag
};

struct PetrarchEnvironment {
  std::string verb_file;
  std::vector<std::string> actor_files;
  std::string agent_file;
  std::string discard_file;
  std::string issue_file;
  bool has_include = false;
  std::vector<std::string> include;  // categories to score
};

struct PetrarchFile {
  std::string path;
  PetrarchEnvironment environment;
  std::vector<PetrarchRecord> records;
};

// Parses `content` (named `name` in diagnostics). Records that cannot be read are
// skipped with a diagnostic naming the record's line and id when known.
Result<PetrarchFile> parse_petrarch_xml(std::string_view content, const std::string& name,
                                        Diagnostics* diags);

// Reads and parses a file; IOError when it cannot be read.
Result<PetrarchFile> read_petrarch_xml(const std::string& path, Diagnostics* diags);

}  // namespace parley
