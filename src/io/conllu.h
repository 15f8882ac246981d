// CoNLL-U reader and writer (https://universaldependencies.org/format.html).
// Comments "# sent_id = ..", "# text = .." fill Sentence::id and ::text; other
// comments (e.g. "# newdoc id = ..") are kept in Sentence::comments. Multiword
// token ranges ("3-4") are kept in Sentence::multiword_tokens; empty nodes
// ("5.1") are skipped. A malformed line is reported as file:line: problem and
// its sentence is dropped; the other sentences still load.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/sentence.h"
#include "parley/status.h"

namespace parley {

// `first_line` is the line number of content's first line in its file (for
// CoNLL-U embedded in XML).
std::vector<Sentence> parse_conllu(std::string_view content, const std::string& name,
                                   Diagnostics* diags, int first_line = 1);

Result<std::vector<Sentence>> read_conllu(const std::string& path, Diagnostics* diags);

// One sentence as CoNLL-U: its comments, "# sent_id", "# text", the multiword
// ranges and words (DEPS written as "_"; TokenRange added to MISC when the token
// has offsets and MISC has none), then the blank line that ends it.
std::string write_conllu(const Sentence& sentence);

}  // namespace parley
