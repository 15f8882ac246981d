#include "coding/dictionaries.h"

namespace parley {

void Dictionaries::build_indexes() {
  actor_index = PhraseIndex();
  agent_index = PhraseIndex();
  for (std::size_t i = 0; i < actors.entries.size(); ++i) {
    const auto& phrases = actors.entries[i].phrases;
    for (std::size_t k = 0; k < phrases.size(); ++k) {
      actor_index.add(phrases[k], static_cast<int>(i), static_cast<int>(k));
    }
  }
  for (std::size_t i = 0; i < agents.entries.size(); ++i) {
    agent_index.add(agents.entries[i].words, static_cast<int>(i));
  }
}

Status load_dictionaries(const DictionaryFiles& files, bool strict, Dictionaries* dicts,
                         Diagnostics* diags) {
  std::size_t before = diags->size();
  Status s = read_verbs(files.verbs, &dicts->verbs, diags);
  for (const std::string& path : files.actors) {
    if (s.ok()) s = read_actors(path, &dicts->actors, diags);
  }
  if (s.ok() && !files.agents.empty()) s = read_agents(files.agents, &dicts->agents, diags);
  if (s.ok() && !files.discards.empty()) s = read_discards(files.discards, &dicts->discards, diags);
  if (s.ok() && !files.issues.empty()) s = read_issues(files.issues, &dicts->issues, diags);
  if (s.ok() && !files.ontology.empty()) s = dicts->algebra.read(files.ontology, diags);
  if (s.ok() && !files.negations.empty()) s = read_code_map(files.negations, &dicts->negations, diags);
  if (s.ok() && !files.nominals.empty()) s = read_phrase_codes(files.nominals, &dicts->nominals, diags);
  if (s.ok() && !files.tone.empty()) s = read_phrase_codes(files.tone, &dicts->tone, diags);
  if (s.ok() && !files.intents.empty()) s = read_code_map(files.intents, &dicts->intents, diags);
  if (!s.ok()) return s;
  if (strict && diags->size() > before) {
    return Status::corruption((*diags)[before].to_string() + " (--strict: " +
                              std::to_string(diags->size() - before) + " problems in all)");
  }
  dicts->build_indexes();
  return Status();
}

}  // namespace parley
