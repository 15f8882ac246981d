// Internal: the grammar of verb patterns and event codes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/verbs.h"

namespace parley {

// "REAL_PLEASANT" -> "REAL PLEASANT" (uppercase, '_' joins words).
std::string normalize_words(std::string_view word);

// Parses the text between "- " and the code: items before and after '*'.
bool parse_pattern_items(std::string_view text, std::vector<PatternItem>* before,
                         std::vector<PatternItem>* after, std::string* error);

// "043:042" -> {043, 042}; ":190" -> {"", 190}; "---" -> {---, ""}.
bool parse_event_codes(std::string_view text, EventCodes* codes, std::string* error);

}  // namespace parley
