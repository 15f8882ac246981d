// Finds the actors a noun phrase names: dictionary actors ("Gondor"), agents
// composed with a country ("Gondor's government" -> GONGOV, "soldiers from
// Gondor" -> GONMIL), conjoined phrases ("Arnor and Gondor"), date-restricted
// codes resolved on the sentence date, and new actors when configured.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coding/dictionaries.h"
#include "coding/options.h"
#include "coding/parse_view.h"

namespace parley {

struct DocumentContext;

// Relations that stay inside a noun phrase's own words (det, amod, compound, ...).
bool is_phrase_internal(std::string_view rel);

struct ActorRef {
  std::string code;
  int head = -1;   // the noun phrase's head token
  int first = -1;  // the words that name it
  int last = -1;
};

class ActorResolver {
 public:
  ActorResolver(const Dictionaries& dicts, const ParseView& view, int date,
                const CoderOptions& options);

  // Actors of the noun phrase headed by `head`, with its conjuncts.
  std::vector<ActorRef> actors_of(int head) const;
  // Actors of `head` alone (no conjuncts); `country` is used for an agent
  // without one (conjoined "lawmakers and officials in Arnor").
  // `in_list`: a conjunct, which may name its actor only in a modifier ("goats
  // of Gondor").
  std::vector<ActorRef> resolve(int head, const std::vector<ActorRef>& inherited,
                                bool in_list = false) const;
  // With a document context, actors_of() also resolves the phrases that name
  // actors through it ("the two sides", "his country": document_context.h).
  void set_context(const DocumentContext* context) { context_ = context; }
  // The words first..last are exactly an actor entry's primary phrase
  // ("Canada", not its city "Montreal" nor its adjective "Canadian").
  bool is_primary_name(int first, int last) const;
  // The code of the longest actor phrase of two or more words starting at
  // token `first` ("Bank of Montreal"), "" if none.
  std::string phrase_code_at(int first) const;

 private:
  struct Found {
    std::string actor;  // code of the first actor phrase, "" if none
    int actor_first = -1, actor_last = -1;
    std::vector<const AgentEntry*> agents;
    std::vector<const AgentEntry*> modifier_agents;  // agents not naming the head itself
    int first = -1, last = -1;  // span of everything found
  };
  Found scan(const std::vector<int>& tokens, int head) const;
  std::vector<ActorRef> find_actors(int head) const;
  std::vector<int> phrase_tokens(int head) const;
  std::vector<int> title_chain(const std::vector<int>& tokens) const;
  int spanning_phrase(const PhraseIndex& index, int head, int* first, int* last,
                      int* form = nullptr) const;
  std::vector<ActorRef> countries_from_modifiers(int head) const;
  std::string compose(const std::string& actor, const std::vector<const AgentEntry*>& agents) const;
  std::string actor_code(int id, int form) const;
  ActorRef new_actor(int head) const;

  const Dictionaries& dicts_;
  const ParseView& view_;
  int date_;
  const CoderOptions& options_;
  const DocumentContext* context_ = nullptr;
  // actors_of() is asked about the same phrase by several verbs: answers are
  // kept for this sentence (the resolver lives as long as one sentence's coding).
  mutable std::vector<std::vector<ActorRef>> memo_;
  mutable std::vector<char> memo_done_;
};

}  // namespace parley
