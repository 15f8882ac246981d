// parley's own small coding tables (docs/coding.md, "parley's coding tables"):
//
// - a phrase table, one "WORDS [CODE]" line each: the nouns that name an event
//   ("TALKS [046]", parley.nominals.txt) or the disapproving words of reported
//   speech ("AT GUNPOINT [111]", parley.tone.txt). Words are matched on a
//   token's uppercase form or lemma, consecutively.
// - a code map, one "CODE CODE" line each: the refusal a negated code becomes
//   ("080 124", parley.negations.txt). A code not listed takes its nearest
//   listed ancestor's entry ("0872", then "087", then the root's "080");
//   "CODE ---" says the negated code is no event and stops that search.
//
// '#' starts a comment. Codes must be CAMEO codes; a bad line is reported
// (file, line, what was expected) and skipped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/status.h"

namespace parley {

struct CodedPhrase {
  std::vector<std::string> words;  // uppercase
  std::string code;
  int line = 0;
};

struct PhraseCodeTable {
  std::string file;
  std::vector<CodedPhrase> phrases;
  bool empty() const { return phrases.empty(); }
};

struct CodeMap {
  std::string file;
  std::unordered_map<std::string, std::string> to;  // code -> mapped code
  bool empty() const { return to.empty(); }
  // The entry of `code` or of its nearest listed ancestor.
  std::optional<std::string> find(const std::string& code) const;
};

void parse_phrase_codes(std::string_view content, const std::string& name, PhraseCodeTable* table,
                        Diagnostics* diags);
Status read_phrase_codes(const std::string& path, PhraseCodeTable* table, Diagnostics* diags);

void parse_code_map(std::string_view content, const std::string& name, CodeMap* map, Diagnostics* diags);
Status read_code_map(const std::string& path, CodeMap* map, Diagnostics* diags);

}  // namespace parley
