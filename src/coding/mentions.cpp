#include "coding/mentions.h"

#include "coding/actor_resolver.h"
#include "coding/options.h"
#include "coding/parse_view.h"

namespace parley {

std::vector<EventActor> find_actor_mentions(const Sentence& sentence, const Dictionaries& dicts, int date) {
  ParseView view(sentence);
  CoderOptions options;
  options.new_actor_length = 0;
  ActorResolver resolver(dicts, view, date, options);
  std::vector<EventActor> out;
  std::vector<char> seen(view.size(), 0);
  for (int t = 0; t < view.size(); ++t) {
    // Phrase heads only: "Russian" in "Russian troops" is part of RUSMIL.
    if (seen[t] || !view.is_nominal(t) || (view.head(t) >= 0 && is_phrase_internal(view.rel(t)))) continue;
    seen[t] = 1;
    // resolve() (no conjuncts): each conjunct is met as a head of its own.
    for (const ActorRef& a : resolver.resolve(t, {})) {
      if (a.code.empty() || a.first < 0) continue;
      std::string text;
      for (int k = a.first; k <= a.last; ++k) text += (text.empty() ? "" : " ") + view.token(k).form;
      out.push_back({a.code, text, a.first, a.last});
    }
  }
  return out;
}

}  // namespace parley
