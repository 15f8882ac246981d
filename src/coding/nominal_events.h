// Events said with a noun rather than a verb: "talks between A and B", "A's
// negotiations with B", "Arnorian-Gondorian talks" (docs/coding.md, section 8). The
// nouns and their codes come from a phrase table (parley.nominals.txt); each
// pair of actors the noun names gives an event in both directions, since
// talking with someone is mutual.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "coding/actor_resolver.h"
#include "coding/parse_view.h"
#include "dict/code_tables.h"

namespace parley {

struct NominalEvent {
  const CodedPhrase* phrase = nullptr;
  int noun = -1;  // the head noun's token
  ActorRef source, target;
};

// `verb_code(t)` is the code the coder gives the dictionary verb at token t,
// "" when t is none. A noun under a coded verb of another root than 04
// ("called for talks", "rejected talks") is that verb's business, and a noun
// under a modal, an infinitive, a negation, "for" or "to" ("would be followed
// by talks", "a path to talks", "no talks") reports no event that happened.
std::vector<NominalEvent> find_nominal_events(const ParseView& view, const ActorResolver& resolver,
                                              const PhraseCodeTable& table,
                                              const std::function<std::string(int)>& verb_code);

// The first phrase of `table` whose words end at token t (form or lemma), or nullptr.
const CodedPhrase* phrase_ending_at(const ParseView& view, int t, const PhraseCodeTable& table);

}  // namespace parley
