#include "coding/actor_resolver.h"

#include <algorithm>

#include "coding/document_context.h"
#include "util/strings.h"

namespace parley {
namespace {

bool is_country_preposition(const std::string& w) {
  return w == "OF" || w == "IN" || w == "FROM" || w == "AT" || w == "FOR";
}

}  // namespace

bool is_phrase_internal(std::string_view rel) {
  return rel == "det" || rel == "amod" || rel == "compound" || rel == "flat" || rel == "nummod" ||
         rel == "nmod:poss" || rel == "goeswith" || rel == "fixed" || rel == "case" ||
         rel == "compound:prt";
}

ActorResolver::ActorResolver(const Dictionaries& dicts, const ParseView& view, int date,
                             const CoderOptions& options)
    : dicts_(dicts), view_(view), date_(date), options_(options) {}

std::vector<int> ActorResolver::phrase_tokens(int head) const {
  std::vector<int> out{head};
  for (std::size_t k = 0; k < out.size(); ++k) {
    for (int c : view_.children(out[k])) {
      if (is_phrase_internal(view_.rel(c))) out.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
  // A leading case marker ("of Gondor") is not part of the name.
  if (!out.empty() && out.front() != head && view_.base_rel(out.front()) == "case" &&
      view_.head(out.front()) == head) {
    out.erase(out.begin());
  }
  return out;
}

// `tokens` with the adjectives and nouns right before its first word, when
// that word is a title the parse gave the phrase ("Minister"): at most four,
// none the head's own child, up to a word of another kind.
std::vector<int> ActorResolver::title_chain(const std::vector<int>& tokens) const {
  int lead = tokens.front();
  PhraseIndex::Match title =
      dicts_.agent_index.longest_at(view_.words(), static_cast<std::size_t>(lead));
  if (title.id < 0 || lead + title.length - 1 > tokens.back()) return tokens;
  std::vector<int> out;
  for (int t = lead - 1; t >= 0 && lead - t <= 4; --t) {
    const std::string& u = view_.token(t).upos;
    if ((u != "ADJ" && u != "NOUN" && u != "PROPN") ||
        std::find(tokens.begin(), tokens.end(), view_.head(t)) != tokens.end()) {
      break;
    }
    out.insert(out.begin(), t);
  }
  out.insert(out.end(), tokens.begin(), tokens.end());
  return out;
}

ActorResolver::Found ActorResolver::scan(const std::vector<int>& tokens, int head) const {
  std::vector<std::string> words, lemmas;
  words.reserve(tokens.size());
  lemmas.reserve(tokens.size());
  for (int t : tokens) {
    words.push_back(view_.word(t));
    lemmas.push_back(view_.lemma(t));
  }
  // A phrase matches the words as written or their lemmas ("the Rohans").
  auto longest = [&](const PhraseIndex& index, std::size_t i) {
    PhraseIndex::Match a = index.longest_at(words, i, view_.word_hash(tokens[i]));
    PhraseIndex::Match b = words[i] == lemmas[i] ? PhraseIndex::Match{}
                                                 : index.longest_at(lemmas, i, view_.lemma_hash(tokens[i]));
    return b.length > a.length ? b : a;
  };
  Found f;
  for (std::size_t i = 0; i < words.size();) {
    PhraseIndex::Match actor = longest(dicts_.actor_index, i);
    PhraseIndex::Match agent = longest(dicts_.agent_index, i);
    // "Labour Minister Silva": an office title read along the sentence
    // (whatever the parse attached) outweighs a shorter actor at its start.
    PhraseIndex::Match office = actor.id >= 0
                                    ? dicts_.agent_index.longest_at(view_.words(), tokens[i])
                                    : PhraseIndex::Match{};
    if (office.length > actor.length) {
      f.agents.push_back(&dicts_.agents.entries[office.id]);
      if (head < tokens[i] || head > tokens[i] + office.length - 1)
        f.modifier_agents.push_back(f.agents.back());
      if (f.first < 0) f.first = tokens[i];
      int office_last = tokens[i] + office.length - 1;
      f.last = std::max(f.last, office_last);
      while (i < words.size() && tokens[i] <= office_last) ++i;
    } else if (actor.id >= 0 && actor.length >= agent.length) {
      if (f.actor.empty()) {
        f.actor = actor_code(actor.id, actor.form);
        f.actor_first = tokens[i];
        f.actor_last = tokens[i + actor.length - 1];
      }
      i += actor.length;
    } else if (agent.id >= 0) {
      f.agents.push_back(&dicts_.agents.entries[agent.id]);
      int agent_last = tokens[i + agent.length - 1];
      if (head < tokens[i] || head > agent_last) f.modifier_agents.push_back(f.agents.back());
      if (f.first < 0) f.first = tokens[i];
      f.last = tokens[i + agent.length - 1];
      i += agent.length;
    } else {
      ++i;
    }
  }
  if (f.actor_first >= 0) {
    f.first = f.first < 0 ? f.actor_first : std::min(f.first, f.actor_first);
    f.last = std::max(f.last, f.actor_last);
  }
  return f;
}

// "" for a short form the story gives to someone else (name_shadows.h).
std::string ActorResolver::actor_code(int id, int form) const {
  const ActorEntry& e = dicts_.actors.entries[static_cast<std::size_t>(id)];
  if (context_ != nullptr && context_->shadows(id) && e.is_short_form(static_cast<std::size_t>(form))) {
    return "";
  }
  if (context_ != nullptr && context_->is_surname_place(id, form)) return "";  // "David Kingston"
  return e.code_on(date_, static_cast<std::size_t>(form));
}

std::string ActorResolver::compose(const std::string& actor,
                                   const std::vector<const AgentEntry*>& agents) const {
  std::string prefix, suffix;
  for (const AgentEntry* a : agents) {
    std::string& part = a->prefix ? prefix : suffix;
    if (part.find(a->code) == std::string::npos && actor.find(a->code) == std::string::npos) {
      part += a->code;
    }
  }
  return prefix + (actor.empty() ? "---" : actor) + suffix;
}

std::vector<ActorRef> ActorResolver::countries_from_modifiers(int head) const {
  for (int c : view_.children(head)) {
    if (view_.base_rel(c) != "nmod" && view_.base_rel(c) != "obl") continue;
    int prep = view_.case_child(c);
    if (prep < 0 || !is_country_preposition(view_.word(prep))) continue;
    std::vector<ActorRef> found = actors_of(c);
    if (!found.empty()) return found;
  }
  return {};
}

ActorRef ActorResolver::new_actor(int head) const {
  std::vector<int> tokens = view_.subtree(head);
  std::string text;
  int words = 0;
  std::vector<int> clause_tokens;
  for (int c : view_.children(head)) {
    if (view_.base_rel(c) == "acl") {
      for (int t : view_.subtree(c)) clause_tokens.push_back(t);
    }
  }
  int own_case = view_.case_child(head);
  for (int t : tokens) {
    const std::string& u = view_.token(t).upos;
    if (u == "PUNCT" || view_.word(t) == "'S" || t == own_case) continue;
    if (std::find(clause_tokens.begin(), clause_tokens.end(), t) != clause_tokens.end()) continue;
    text += (text.empty() ? "" : " ") + view_.word(t);
    ++words;
  }
  if (words == 0 || words > options_.new_actor_length) return {};
  return {"\"" + text + "\"", head, tokens.front(), tokens.back()};
}

// A dictionary phrase that runs from the head into its modifiers ("Prince of
// Dol Amroth", "Ministry of Silly Walks"): the longest phrase of `index` over
// the head's whole subtree that covers the head and goes past it. Its id, or -1.
int ActorResolver::spanning_phrase(const PhraseIndex& index, int head, int* first, int* last,
                                   int* form) const {
  std::vector<int> tokens;
  for (int t : view_.subtree(head)) {
    if (view_.token(t).upos != "PUNCT") tokens.push_back(t);
  }
  std::vector<std::string> words;
  for (int t : tokens) words.push_back(view_.word(t));
  for (std::size_t i = 0; i < tokens.size() && tokens[i] <= head; ++i) {
    PhraseIndex::Match m = index.longest_at(words, i, view_.word_hash(tokens[i]));
    if (m.id < 0 || tokens[i + m.length - 1] <= head) continue;
    *first = tokens[i];
    *last = tokens[i + m.length - 1];
    if (form != nullptr) *form = m.form;
    return m.id;
  }
  return -1;
}

std::vector<ActorRef> ActorResolver::resolve(int head, const std::vector<ActorRef>& inherited,
                                             bool in_list) const {
  int first = -1, last = -1, form = 0;
  int actor = spanning_phrase(dicts_.actor_index, head, &first, &last, &form);
  if (actor >= 0) {
    std::string code = actor_code(actor, form);
    if (!code.empty()) return {{code, head, first, last}};
  }
  std::vector<int> tokens = phrase_tokens(head);
  Found f = scan(tokens, head);
  if (f.actor.empty() && !f.agents.empty()) {
    // "Mexican Finance Minister Ruiz" with "Mexican Finance" hung elsewhere
    // by the parse: the words just before the title are the title's.
    std::vector<int> chain = title_chain(tokens);
    if (chain.size() > tokens.size()) {
      Found g = scan(chain, head);
      if (!g.actor.empty()) f = std::move(g);
    }
  }
  int agent = spanning_phrase(dicts_.agent_index, head, &first, &last);
  if (agent >= 0) {
    f.agents.push_back(&dicts_.agents.entries[agent]);
    f.first = f.first < 0 ? first : std::min(f.first, first);
    f.last = std::max(f.last, last);
  }
  if (!f.actor.empty()) {
    std::vector<ActorRef> out{{compose(f.actor, f.agents), head, f.first, f.last}};
    // "Eriadori and Calenardhon leaders": conjoined names inside the phrase.
    for (int c : view_.children(f.actor_last)) {
      if (view_.base_rel(c) != "conj") continue;
      Found other = scan(phrase_tokens(c), c);
      if (!other.actor.empty()) out.push_back({compose(other.actor, f.agents), head, c, c});
    }
    return out;
  }
  if (f.agents.empty()) {
    if (in_list) {
      std::vector<ActorRef> named = countries_from_modifiers(head);
      if (!named.empty()) return named;
    }
    if (options_.new_actor_length > 0 && view_.is_nominal(head)) {
      ActorRef fresh = new_actor(head);
      if (!fresh.code.empty()) return {fresh};
    }
    return {};
  }
  std::vector<ActorRef> countries = countries_from_modifiers(head);
  if (countries.empty()) countries = inherited;
  if (countries.empty()) return {{compose("", f.agents), head, f.first, f.last}};
  std::vector<ActorRef> out;
  for (const ActorRef& c : countries) {
    out.push_back({compose(c.code, f.agents), head, std::min(f.first, c.first), std::max(f.last, c.last)});
  }
  return out;
}

bool ActorResolver::is_primary_name(int first, int last) const {
  if (first < 0 || last < first) return false;
  PhraseIndex::Match m =
      dicts_.actor_index.longest_at(view_.words(), static_cast<std::size_t>(first));
  return m.id >= 0 && m.form == 0 && first + m.length - 1 == last;
}

std::string ActorResolver::phrase_code_at(int first) const {
  if (first < 0) return "";
  PhraseIndex::Match m =
      dicts_.actor_index.longest_at(view_.words(), static_cast<std::size_t>(first));
  return m.length > 1 ? actor_code(m.id, m.form) : "";
}

std::vector<ActorRef> ActorResolver::actors_of(int head) const {
  if (memo_done_.empty()) {
    memo_.resize(view_.size());
    memo_done_.assign(view_.size(), 0);
  }
  if (!memo_done_[head]) {
    memo_done_[head] = 2;  // in progress: a context phrase asking back about it gets nothing
    std::vector<ActorRef> found = find_actors(head);
    if (context_) found = context_actors(view_, head, *this, *context_, std::move(found));
    memo_[head] = std::move(found);
    memo_done_[head] = 1;
  }
  return memo_[head];
}

std::vector<ActorRef> ActorResolver::find_actors(int head) const {
  std::vector<ActorRef> out = resolve(head, {});
  // Conjoined agents share the first conjunct's country: "Danish media and
  // government", "lawmakers and officials in Arnor".
  std::vector<ActorRef> countries = countries_from_modifiers(head);
  if (countries.empty()) {
    // The country with the agents of the head's modifiers: "the Danish Islamist
    // media and government" = DNKMUSMED, DNKMUSGOV.
    Found f = scan(phrase_tokens(head), head);
    if (!f.actor.empty() && !f.agents.empty()) {
      countries.push_back({compose(f.actor, f.modifier_agents), head, f.actor_first, f.actor_last});
    }
  }
  for (int c : view_.children(head)) {
    std::string_view r = view_.base_rel(c);
    if (r == "conj") {
      for (ActorRef& a : resolve(c, countries, true)) out.push_back(std::move(a));
    } else if (r == "appos" && view_.token(c).upos == "PROPN" && !out.empty() &&
               out.front().code.front() != '"') {
      // "Mordor, the Shire, Arnor and Bree": a named apposition in a list.
      for (ActorRef& a : actors_of(c)) {
        bool known = std::any_of(out.begin(), out.end(), [&](const ActorRef& o) { return o.code == a.code; });
        if (!known) out.push_back(std::move(a));
      }
    }
  }
  return out;
}

}  // namespace parley
