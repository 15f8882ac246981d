// Dictionary lint: problems that load without a reader diagnostic but make a
// dictionary wrong or useless. Each finding is a Diagnostic ("file:line:
// problem"). The checks (docs/dictionaries.md, "Lint"):
//   - duplicate entries (the same phrase or pattern twice with the same codes);
//   - conflicting codes (the same phrase with different codes, within a file or
//     across the actor files; an agent phrase that is also an actor phrase);
//   - unknown event codes in the verb dictionary (not in the CAMEO table);
//   - patterns and entries that can never match or are never needed (an
//     undefined or empty &SYNSET, an empty pattern, an issue phrase cancelled by
//     its own ignore phrase, a discard already covered by a shorter stem);
//   - overlapping date ranges of one actor.
// The lint_* functions check loaded dictionaries; lint_dictionaries reads the
// files too and adds the readers' own diagnostics.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/actors.h"
#include "dict/agents.h"
#include "dict/discards.h"
#include "dict/verbs.h"
#include "parley/status.h"

namespace parley {

struct LintFiles {
  std::string verbs;                // "" when not linted
  std::vector<std::string> actors;  // checked together: conflicts across files count
  std::string agents;
  std::string discards;
  std::string issues;
};

void lint_actors(const ActorDictionary& actors, Diagnostics* findings);
// `actors` may be null; when given, agent phrases that are also actor phrases are reported.
void lint_agents(const AgentDictionary& agents, const ActorDictionary* actors, Diagnostics* findings);
void lint_verbs(const VerbDictionary& verbs, Diagnostics* findings);
void lint_discards(const DiscardList& discards, Diagnostics* findings);
// Issues are checked on the file text: the reader drops repeated forms, so
// duplicates are only visible line by line.
void lint_issues(std::string_view content, const std::string& name, Diagnostics* findings);

// Reads every named file (a file that cannot be read is a finding) and runs the
// checks; the findings come sorted by file, then line.
Diagnostics lint_dictionaries(const LintFiles& files);

}  // namespace parley
