// One JSON Lines record as a Document: `id`, `date`, `source`, `title`, `text`,
// `url`; every other field is carried through in Document::extra_json.
#pragma once

#include <string>
#include <string_view>

#include "parley/document.h"
#include "parley/status.h"

namespace parley {

// `line` is one line of the file (without its newline), `name` and `line_no`
// place it for messages. Invalid UTF-8 is repaired (each bad byte becomes
// U+FFFD) and reported in *warnings. An error Status (malformed JSON, not an
// object, no string "text", an empty text) means the record is skipped; its
// message has no file:line prefix (the caller adds it).
Result<Document> parse_jsonl_record(std::string line, const std::string& name, int line_no,
                                    Diagnostics* warnings);

}  // namespace parley
