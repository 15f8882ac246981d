// Planned, expected and denied acts (docs/coding.md, "Planned, expected and
// denied acts"), one of the precision rules.
//
// A dictionary verb's act is not always done. "Venezuela would lend crude",
// "talks are to resume tomorrow", "plans to visit" state a plan: CAMEO codes
// the stated intent (the intents table, parley.intents.txt: 071 -> 0331,
// 046 -> 036, 190 -> 138). "is expected to bring indictments", "speculation
// that X is weighing an offer", "predicted that X would ..." are only others'
// expectations, and "denied that it had sold arms", "rejected the
// suggestion to seek help", "refused to withdraw" say the act is not done:
// those give no event (the denial or refusal itself keeps its own code).
// Conditions and modals ("if", "unless", "could", "should") are the event
// filter's (is_hypothetical, event_filter.h).
#pragma once

#include <string>

#include "coding/parse_view.h"
#include "dict/code_tables.h"

namespace parley {

enum class Modality {
  kDone,      // said as done (or nothing says otherwise)
  kPlanned,   // a plan or stated intent of its actor: "will supply", "plans to visit"
  kExpected,  // only expected or rumoured: "is expected to", "speculation that"
  kDenied,    // denied, refused or rejected: "denied that it had sold"
};

// What the sentence says of the act of the verb at `verb`, coded `code`.
// Denied beats expected, which beats planned ("denied that it would sell" is
// denied).
Modality act_modality(const ParseView& view, int verb, const std::string& code);

// "next week", "later this month", "tomorrow": a time phrase (headed at t)
// that puts an act ahead.
bool future_time_phrase(const ParseView& view, int t);

// The code a planned act gets from the intents table: the intent code, "---"
// for no event, or `code` itself when the table has no entry for it.
std::string planned_code(const CodeMap& intents, const std::string& code);

}  // namespace parley
