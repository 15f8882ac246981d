// People a story introduces under another given name. News names a person in
// full at first mention and by surname after; when a story's full name ends in
// a dictionary person's surname but starts with another given name ("Mario
// Branco Peres" in a story about orange juice), the surname alone in that story
// names the story's person, not the dictionary's (Shimon Peres). The coder then
// gives the dictionary person's short forms no code in that story
// (DocumentContext::shadowed, ActorEntry::is_short_form).
#pragma once

#include <utility>
#include <vector>

#include "coding/dictionaries.h"
#include "parley/sentence.h"

namespace parley {

// The actor entries (indexes into dicts.actors.entries, sorted) whose short forms
// the story's full names shadow: a person entry (an ELI default) whose one-word
// short form ends a run of proper nouns after a given name, when no word of the
// run is one of the entry's words (or a misspelling of one, "Aturo" for
// "Arturo") and the story never gives the entry's full name or a title before
// the surname ("President Reagan" beside "Nancy Reagan").
std::vector<int> shadowed_people(const std::vector<Sentence>& sentences, const Dictionaries& dicts);

// Places the story uses as a person's surname ("David Kingston", "Pedro
// Martinez Cuenca"): (entry, form) pairs, sorted, of a one-word place phrase
// that ends a run of proper nouns after a given name, with no title, country
// or longer actor phrase before it in the run, when the story never writes it
// after "in", "at", "from", "near" or "to". A country's own name is never one.
std::vector<std::pair<int, int>> surname_places(const std::vector<Sentence>& sentences,
                                                const Dictionaries& dicts);

}  // namespace parley
