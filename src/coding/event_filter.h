// Precision rules over coded events (docs/coding.md, "8. Precision rules"):
// the sentence rules in event_filter.cpp, the document rules in event_gate.cpp.
//
// Sentence rules, used by the coder while it picks sources and targets:
// a country word that only modifies a non-actor noun ("Ruritanian crude prices")
// is no actor; a firm's name or personnel is a business actor whatever place
// its name holds ("Bank of Tokyo", "a company spokesman"); members of one
// list are not paired with each other unless the verb is reciprocal.
//
// Document rules, applied to a coded document (the political-actor gate):
// `---` agents are placed from the article (its dateline, or its dominant
// country); events with an unplaced side, between two business actors, from a
// dateline place, or aimed by a country's own people at that bare country are
// dropped; in a company story a bare spokesman or official stays unplaced
// (business_news.h). CoderOptions::keep_unplaced turns the document rules off.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coding/actor_resolver.h"
#include "coding/dictionaries.h"
#include "coding/options.h"
#include "coding/parse_view.h"
#include "parley/document.h"

namespace parley {

// The actor named in `a` is only an adjective or compound of a head noun that
// is no actor (a price, a currency, a weapon, a product). `agents`, when
// given, tells agent words: a head that is one names people.
bool names_non_actor(const ParseView& view, const ActorRef& a, const PhraseIndex* agents = nullptr);

// The phrase headed by `head` names a firm or a firm's people: its words, or
// those of a possessive or "of/for/at" modifier, hold a firm word.
bool is_firm_phrase(const ParseView& view, int head);

// `a` (a firm phrase) recoded as a business actor: the country kept only when
// an adjective gives it ("Japanese banks" = JPNBUS), else ---BUS; a central
// bank ("the central bank", "Bank of Japan") is its country's GOV instead.
ActorRef as_business(const ParseView& view, const ActorResolver& actors, const ActorRef& a);

// "Ruritania said its troops ...": for a phrase headed by `head` with a possessive
// pronoun ("its", "their"), the subject of the nearest clause above it that
// has one (other than the phrase itself), else -1. Its country is the agent's.
int possessive_antecedent(const ParseView& view, int head);

// The verb's act is only supposed: a purpose ("to X" as an adverbial clause);
// on a condition of its own ("X unless Y"); under "if", "unless" or "whether"; with
// "should", "could", "might", "may" or "must" on it or on a verb it completes ("could
// help negotiate"); under a negated verb that codes nothing ("is not
// considering offering"); with a "few" or "no" subject; or inside a rumour or
// speculation; a conjoined verb without its own subject shares its first
// conjunct's condition. `coded` maps a
// token to its clause (-1: no dictionary verb there).
bool is_hypothetical(const ParseView& view, int verb, const std::vector<int>& coded);

// A "verb" with a determiner, adjective, possessive or preposition of its own
// ("Chilean exports to Japan"): a noun the tagger took for a verb.
bool is_mistagged_noun(const ParseView& view, int verb);

// "especially given the furore over the deal": "given" used as a
// preposition (no subject, no auxiliary, no agent, an object with a
// determiner), which gives nothing.
bool is_given_as_preposition(const ParseView& view, int verb);

// Heads `a` and `b` are members of one coordination ("A, B and C").
bool same_list(const ParseView& view, int a, int b);

// Codes whose act is mutual, so that a joint subject acts on each other
// ("A and B met"): consult and negotiate (04), intend to cooperate or meet
// (030, 036), cooperate (050), sign an agreement (057), material cooperation
// (06), fight (19, 20).
bool is_reciprocal_code(const std::string& code);

// Side codes.
bool is_placed(const std::string& code);          // not empty, not ---, not "quoted"
// A role (three letters after the country part) among the code's roles.
bool has_role(const std::string& code, std::string_view role);
bool is_business(const std::string& code);        // a BUS role

// The document rules: places `---` agents, then drops what the gate rejects.
// Returns the number of events dropped.
int filter_document_events(CodedDocument* doc, const Dictionaries& dicts,
                           const CoderOptions& options);

}  // namespace parley
