// Every dictionary the coder uses, loaded once and then shared read-only by
// any number of threads.
#pragma once

#include <string>
#include <vector>

#include "coding/code_algebra.h"
#include "coding/phrase_index.h"
#include "dict/code_tables.h"
#include "dict/actors.h"
#include "dict/agents.h"
#include "dict/discards.h"
#include "dict/issues.h"
#include "dict/verbs.h"
#include "parley/status.h"

namespace parley {

struct DictionaryFiles {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;  // optional
  std::string issues;    // optional
  std::string ontology;  // optional: the internal coding ontology for negation and combination
  // optional, parley's own coding tables (src/dict/code_tables.h)
  std::string negations;  // negated code -> refusal, used when no ontology is loaded
  std::string nominals;   // nouns that name events ("talks between A and B")
  std::string tone;       // disapproving words of reported speech
  std::string intents;    // planned act's code -> intent code (coding/modality.h)
};

struct Dictionaries {
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardList discards;
  IssueDictionary issues;
  CodeAlgebra algebra;
  CodeMap negations;
  PhraseCodeTable nominals;
  PhraseCodeTable tone;
  CodeMap intents;
  PhraseIndex actor_index;  // phrase -> index into actors.entries (form: index into its phrases)
  PhraseIndex agent_index;  // phrase -> index into agents.entries

  void build_indexes();
};

// Loads the named files. A file that cannot be read is an error; malformed
// lines are collected in `diags` (and are an error too when `strict`).
Status load_dictionaries(const DictionaryFiles& files, bool strict, Dictionaries* dicts,
                         Diagnostics* diags);

}  // namespace parley
