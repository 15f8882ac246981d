// Who acts on whom (docs/coding.md, section 5, and "8. Precision rules"):
// sentence tests the coder uses, with the precision rules, when it picks the
// source and target of a verb. Co-actors are not each other's targets ("he
// and a group of lawmakers", "police and marines occupied a ship"), and a
// direct object naming people is whom the verb acts on ("urged commercial
// banks to lend to X").
#pragma once

#include <string>

#include "coding/actor_resolver.h"
#include "coding/dictionaries.h"
#include "coding/parse_view.h"

namespace parley {

// The head of `h`'s phrase is a word for people: an agent word covering it
// ("commercial banks", "rebels", "the foreign ministry") or a firm word.
bool names_people(const ParseView& view, const Dictionaries& dicts, int h);

// "said he and a group of lawmakers would ...": the phrase headed by `h` is
// conjoined with a personal pronoun (or is "of" such a conjunct, or is the
// pronoun with conjuncts): the speaker's partners, not whom he addresses.
bool with_pronoun(const ParseView& view, int h);

// "marines and police occupied a ship": a joint subject of force (18, 19, 20)
// with a direct object acts together on it, not on each other; "A and B
// clashed", "A and B exchanged fire" still pair them.
bool joint_on_object(const ParseView& view, int verb, const std::string& code);

// "A, B and C submitted bids", "officials of A, B and C talking quietly": a
// joint subject whose verb takes an object of its own (not a mutual one:
// "signed an accord", "exchanged views", "met each other") or is a bare -ing
// form without an auxiliary acts together, not on each other. The object of
// a consultation (04), signing (057) or cooperation (06) is its topic.
bool joint_not_mutual(const ParseView& view, int verb, const std::string& code);

// A subject of `verb` other than a relative pronoun ("who", "which", "that").
bool has_own_subject(const ParseView& view, int verb);

// The actor phrase `a` is only mentioned, not acted on: where or in what
// setting something happens. A proper name after "in", "at" or "near" on a
// word of meeting or speaking, a site or a time, or on a noun such a verb
// takes ("the accord reached in Velmar", "spoke at Davos", "last December in
// Lorenza"), a later conjunct sharing that place; or a name on a setting noun
// (interview, session, round, report, affair, ...), as its modifier, through
// a preposition or written right before it ("a television interview", "the
// Uruguay round", "at the IMF session", "a report on the Ruritania affair"),
// unless it owns it or the report is the speaker's own; or a country named
// before "arms" ("the Ruritania arms initiative").
bool is_setting(const ParseView& view, const ActorRef& a);

// "said the accord between A, B, C and D had worked": one of three or more
// parties listed with "between" or "among" on an accord, an agreement, a pact
// or a treaty. A statement about the accord is not addressed to each of them.
bool is_listed_party(const ParseView& view, const ActorRef& a);

// "Ruritania withdrew its troops", "Ruritania sent police to the mines": a
// country's own forces or police (`target`, a MIL or COP actor of the
// source's country, or both unplaced) as the object of withdrawing, sending,
// ordering or deploying them, by the source itself (the mover's subject is
// the source, a pronoun or none), are its instrument, not whom it acts on.
bool is_own_instrument(const ParseView& view, const ActorRef& target, const ActorRef& source);

// "The Ruritanian central bank's deputy governor said the bank ...", "a
// Unity Party official said the party ...": a target of the source's country
// (or unplaced) whose head word names the body the source's own phrase
// belongs to (the same noun or name among the source phrase's earlier words)
// is the source's own side.
bool is_own_organisation(const ParseView& view, const ActorRef& target, const ActorRef& source);

// "compared with Ruritania's 7 billion", "more than Ruritania", "unlike
// Ruritania", "similar to Ruritania's": a name (or the owner of a noun) a
// comparison is made with is a yardstick, not a party.
bool is_comparison(const ParseView& view, const ActorRef& a);

// "Velmar - The Harbour Bank said ...": a proper name opening the sentence
// and followed by a dash is a dateline (in digests of short items), not an actor.
bool is_dateline(const ParseView& view, const ActorRef& a);

}  // namespace parley
