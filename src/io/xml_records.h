// pugixml-based parsing of the pieces that io/xml_scan.h cuts out of a PETRARCH
// XML file: one start tag, one <Environment> block, one <Sentence>/<Article>
// record. Each piece is parsed on its own; problems become Diagnostics.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "io/petrarch_xml.h"
#include "parley/status.h"

namespace parley {

using XmlAttributes = std::map<std::string, std::string>;

// Where a piece came from, for diagnostics: the file and the line of its first byte.
struct XmlPieceOrigin {
  const std::string& file;
  int line = 0;
  Diagnostics* diags = nullptr;
};

// The entity-decoded attributes of one start tag such as <Config option="a" value="b">
// (self-closed or not, possibly cut short). False when it cannot be parsed.
bool parse_start_tag(std::string_view tag, XmlAttributes* attributes);

// Applies one <Config option=".." value=".."/> to `config`; a missing option or
// value is reported at origin.line and the tag ignored.
void apply_config(const XmlAttributes& attributes, const XmlPieceOrigin& origin,
                  std::map<std::string, std::string>* config);

// Parses an <Environment>...</Environment> block into `env`; its <Config> options
// are applied to `config` in order. False (with a diagnostic) when malformed.
bool parse_environment(std::string xml, const XmlPieceOrigin& origin, PetrarchEnvironment* env,
                       std::map<std::string, std::string>* config);

// Parses one record's text (a complete <Sentence>/<Article> element) into `record`;
// `label` names it in messages ("record DEMO_01"). False (with a diagnostic) when
// the XML is malformed. Problems in its <EventCoding> or <Parse> are reported but
// do not make it fail.
bool parse_record(std::string xml, const std::string& label, const XmlPieceOrigin& origin,
                  PetrarchRecord* record);

}  // namespace parley
