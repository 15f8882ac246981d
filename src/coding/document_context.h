// What a document says about its own actors, for the phrases that name an
// actor only through it (docs/coding.md, section 8):
//
// - the two principal parties: the pair most often named together in a
//   "between A and B" phrase. "the two sides", "both parties", "the warring
//   countries" resolve to them, and a target-less event (not a statement)
//   whose source is one of them, as a state, takes the other as its target;
// - the aggressor: the country the conflict words point to ("A's invasion",
//   "annexed by A", "A attacked ..."), the target of criticism in reported
//   speech that names no one (speech_tone.h);
// - possessive pronoun phrases ("his country", "its government") take the
//   country of the speaker (the subject of a governing verb) or of the
//   nearest actor before them.
//
// A context is built once per document from all its parsed sentences before
// any is coded, and then only read.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "coding/actor_resolver.h"
#include "coding/dictionaries.h"
#include "coding/parse_view.h"
#include "parley/sentence.h"

namespace parley {

struct DocumentContext {
  std::string party_a, party_b;  // country codes, both "" when the document names no pair
  std::string aggressor;         // "" when the conflict words point to no one country
  std::vector<int> shadowed;     // people whose short forms name someone else here (name_shadows.h)
  std::vector<std::pair<int, int>> surname_places;  // (entry, form) of places used as surnames here

  bool has_pair() const { return !party_a.empty() && !party_b.empty(); }
  // The pair's other member when `code`'s country is one of them, else "".
  std::string other_party(const std::string& code) const;
  // The story introduces another person under actor entry `actor`'s surname.
  bool shadows(int actor) const { return std::binary_search(shadowed.begin(), shadowed.end(), actor); }
  // The story uses this form of place entry `actor` as someone's surname.
  bool is_surname_place(int actor, int form) const {
    return std::binary_search(surname_places.begin(), surname_places.end(),
                              std::pair<int, int>{actor, form});
  }
};

DocumentContext build_document_context(const std::vector<Sentence>& sentences, const Dictionaries& dicts,
                                       int date);

// A state agent code: GOV, MIL, LEG, JUD, COP or SPY after the country part.
bool is_state_agent(const std::string& code);
// A country ("RUS") or one of its state agents ("RUSGOV"), not "RUSBUS".
bool is_state_actor(const std::string& code);

// The country part of an actor code ("RUSGOV" -> "RUS"); "" for an agent
// without one ("---GOV") and for international and non-state codes (IGO..., NGO...).
std::string country_of(const std::string& code);

// "his country", "its forces": a phrase with a possessive pronoun.
bool has_possessive_pronoun(const ParseView& view, int head);
// "the two sides", "both parties": a phrase naming the document's pair.
bool is_pair_phrase(const ParseView& view, int head);

// The actors the phrase headed by `head` names through the document, given
// what the resolver found alone (`found`): the parties for "the two sides",
// the speaker's country for "his country", that country composed with the
// agent of an agent-only phrase ("its government" -> RUSGOV). `found` itself
// when the phrase is none of these.
std::vector<ActorRef> context_actors(const ParseView& view, int head, const ActorResolver& resolver,
                                     const DocumentContext& context, std::vector<ActorRef> found);

}  // namespace parley
