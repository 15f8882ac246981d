#include "coding/coder.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "coding/actor_resolver.h"
#include "coding/business_news.h"
#include "coding/document_context.h"
#include "coding/event_filter.h"
#include "coding/modality.h"
#include "coding/nominal_events.h"
#include "coding/parse_view.h"
#include "coding/sides.h"
#include "coding/speech_tone.h"
#include "coding/verb_matcher.h"

namespace parley {
namespace {

// One dictionary verb found in the sentence and what the coder makes of it.
struct Clause {
  VerbMatch verb;
  PatternMatch pattern;
  EventCodes codes;
  bool negated = false;
  bool passive = false;
  bool suppressed = false;  // folded into a governed clause's event
  bool inherited = false;   // the sources come from another clause (inherit_source)
  std::vector<int> target_words;  // where the targets were looked for (first_actors), if they were
  const CodedPhrase* tone = nullptr;  // the disapproving phrase that made a statement a criticism
  std::vector<ActorRef> sources;
  std::vector<ActorRef> targets;
};

class SentenceCoder {
 public:
  SentenceCoder(const Sentence& s, const Dictionaries& dicts, int date, const CoderOptions& options,
                const DocumentContext* context, std::vector<std::string>* trace)
      : trace_(trace),
        dicts_(dicts),
        options_(options),
        context_(context),
        view_(s),
        actors_(dicts, view_, date, options),
        matcher_(dicts, view_),
        clause_at_(view_.size(), -1) {
    actors_.set_context(context);
  }

  std::vector<Event> run() {
    find_clauses();
    for (Clause& c : clauses_) resolve_actors(&c);
    for (Clause& c : clauses_) inherit_source(&c);
    for (Clause& c : clauses_) drop_own_side_targets(&c);
    for (Clause& c : clauses_) apply_tone(&c);
    combine_governed();
    apply_modality();
    std::vector<Event> events;
    for (const Clause& c : clauses_) {
      if (trace_) trace_->push_back(describe(c));
      emit(c, &events);
    }
    emit_nominal(&events);
    return events;
  }

 private:
  void find_clauses() {
    for (int i = 0; i < view_.size(); ++i) {
      if (!view_.is_verb(i)) continue;
      Clause c;
      if (!matcher_.match_verb(i, &c.verb)) continue;
      clause_at_[i] = static_cast<int>(clauses_.size());
      clauses_.push_back(std::move(c));
    }
  }

  // The subject head an xcomp or conjoined verb without a subject takes from
  // its governor; -1 when none.
  int inherited_subject(int v) const {
    for (int ch : view_.children(v)) {
      if (is_subject(ch)) return -1;
    }
    std::string_view r = view_.base_rel(v);
    int g = view_.head(v);
    if (g < 0 || (r != "xcomp" && r != "conj")) return -1;
    for (int ch : view_.children(g)) {
      if (is_subject(ch) && ch < v) return ch;
    }
    return -1;
  }

  bool is_subject(int t) const {
    std::string_view r = view_.base_rel(t);
    return r == "nsubj" || r == "csubj";
  }

  // "left Riyadh after holding talks": a clause saying when the verb's act
  // happened, whose words are another act's and name no pattern of the verb.
  // So is a time phrase ("left Bonn after talks with Kohl").
  bool time_clause(int t) const {
    static const std::set<std::string_view> kTimeMarks = {"AFTER", "BEFORE", "WHEN", "WHILE", "SINCE",
                                                          "UNTIL", "ONCE",  "AS"};
    if (view_.base_rel(t) == "obl") {
      int prep = view_.case_child(t);
      return prep >= 0 && (view_.word(prep) == "AFTER" || view_.word(prep) == "BEFORE" ||
                           view_.word(prep) == "SINCE" || view_.word(prep) == "UNTIL");
    }
    if (view_.base_rel(t) != "advcl") return false;
    for (int c : view_.children(t)) {
      std::string_view r = view_.base_rel(c);
      if ((r == "mark" || r == "advmod") && c < t && kTimeMarks.count(view_.word(c))) return true;
    }
    return false;
  }

  // Tokens of the verb's subtree before and after it, without the words of a
  // multi-word verb and without parenthetical or reported-speech side clauses.
  // before: the subject's head (patterns name pre-verb nouns, and {A B HEAD}
  // checks the head's modifiers). after: the verb's subtree right of it, without
  // side clauses; `pattern_after` also leaves out clausal complements ("allowed
  // [that Mordor isn't the neatest place]"), whose words belong to their own verb.
  void regions(const Clause& c, std::vector<int>* before, std::vector<int>* after,
               std::vector<int>* pattern_after) const {
    int v = c.verb.token;
    std::vector<int> tokens{v};
    std::vector<char> in_complement(view_.size(), 0);
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      for (int ch : view_.children(tokens[k])) {
        std::string_view r = view_.base_rel(ch);
        if (r == "parataxis" || r == "punct" || (tokens[k] == v && r == "conj")) continue;
        in_complement[ch] = in_complement[tokens[k]] || (tokens[k] == v && (r == "ccomp" || (options_.precision_rules && time_clause(ch))));
        tokens.push_back(ch);
      }
    }
    std::sort(tokens.begin(), tokens.end());
    for (int t : tokens) {
      if (std::find(c.verb.tokens.begin(), c.verb.tokens.end(), t) != c.verb.tokens.end()) continue;
      if (t < v && view_.head(t) == v && is_subject(t)) before->push_back(t);
      if (t == v + 1 && before->empty()) {
        // No subject of its own ("Gollum was seen to break ..."): the
        // controller's subject stands before the verb.
        int controller = inherited_subject(v);
        if (controller >= 0) before->push_back(controller);
      }
      if (t > v) after->push_back(t);
      if (t > v && !in_complement[t]) pattern_after->push_back(t);
    }
  }

  std::vector<ActorRef> subject_actors(int v, bool* passive) const {
    *passive = view_.is_passive(v);
    for (int ch : view_.children(v)) {
      if (is_subject(ch)) return actors_.actors_of(ch);
    }
    return {};
  }

  // "[...] would hurt A, said B": with a subject on each side of a speech
  // verb (the parser's reading of a quote inversion), the speaker is the one
  // after it.
  void inverted_speaker(int v, std::vector<ActorRef>* subject) const {
    bool before = false;
    for (int ch : view_.children(v)) {
      if (!is_subject(ch)) continue;
      if (ch < v) before = true;
      if (ch > v && before) {
        *subject = actors_.actors_of(ch);
        return;
      }
    }
  }

  // The agent of a passive: "by Osgiliath".
  std::vector<ActorRef> by_agent(int v) const {
    for (int ch : view_.children(v)) {
      int prep = view_.case_child(ch);
      if (prep >= 0 && view_.word(prep) == "BY") return actors_.actors_of(ch);
    }
    return {};
  }

  // The first noun phrase in `region` that names an actor. Words inside a
  // larger phrase ("Gondor" in "Gondor's government") count as that phrase.
  // A phrase naming only an agent ("military activity" = ---MIL) counts only
  // when no phrase in the region names a country or organisation.
  std::vector<ActorRef> first_actors(const std::vector<int>& region) const {
    std::set<int> tried;
    std::vector<ActorRef> agent_only;
    for (int t : region) {
      if (!view_.is_nominal(t)) continue;
      int h = phrase_head(t);
      if (!tried.insert(h).second) continue;
      if (options_.precision_rules && with_pronoun(view_, h)) continue;
      std::vector<ActorRef> found = actors_.actors_of(h);
      refine(&found);
      if (found.empty()) continue;
      bool named = std::any_of(found.begin(), found.end(),
                               [](const ActorRef& a) { return a.code.rfind("---", 0) != 0; });
      if (named) return found;
      if (agent_only.empty()) agent_only = std::move(found);
    }
    return agent_only;
  }

  int phrase_head(int t) const {
    for (int guard = 0; guard < view_.size() && view_.head(t) >= 0; ++guard) {
      const std::string& r = view_.rel(t);
      if (r != "compound" && r != "flat" && r != "nmod:poss" && r != "amod" && r != "appos") break;
      t = view_.head(t);
    }
    return t;
  }

  // The actors of a phrase a pattern names, or the first actor inside it
  // ("the Prince of Dol Amroth").
  std::vector<ActorRef> actors_in(int head) const {
    std::vector<ActorRef> found = actors_.actors_of(head);
    if (!found.empty()) return found;
    std::vector<int> inside = view_.subtree(head);
    inside.erase(std::remove(inside.begin(), inside.end(), head), inside.end());
    return first_actors(inside);
  }

  // The region after the verb without adverbial clauses ("after crowds
  // trashed its embassy"), where the target is looked for.
  std::vector<int> target_region(const std::vector<int>& after, int v) const {
    std::vector<int> out;
    for (int t : after) {
      bool in_adverbial = false;
      for (int a = t; a >= 0 && a != v; a = view_.head(a)) {
        if (view_.base_rel(a) == "advcl" && view_.head(a) == v && !is_infinitive(a)) in_adverbial = true;
      }
      if (!in_adverbial) out.push_back(t);
    }
    return out;
  }

  // "urged commercial banks to lend to X", "backed rebels fighting X": a
  // direct object naming people is the target, even when only an agent names
  // them and a country comes later in the sentence.
  std::vector<ActorRef> object_people(int v) const {
    for (int ch : view_.children(v)) {
      if (view_.base_rel(ch) != "obj" || !names_people(view_, dicts_, ch)) continue;
      std::vector<ActorRef> found = actors_.actors_of(ch);
      refine(&found);
      bool own = std::any_of(found.begin(), found.end(), [&](const ActorRef& a) { return a.head == ch; });
      if (own) return found;
    }
    return {};
  }

  void resolve_actors(Clause* c) {
    std::vector<int> before, after, pattern_after;
    regions(*c, &before, &after, &pattern_after);
    c->pattern = matcher_.match_patterns(c->verb, before, pattern_after);
    c->codes = c->pattern.pattern ? c->pattern.pattern->codes : dicts_.verbs.verbs[c->verb.verb].codes;
    int v = c->verb.token;
    for (int ch : view_.children(v)) c->negated = c->negated || view_.is_negation(ch);
    std::vector<ActorRef> subject = subject_actors(v, &c->passive);
    if (options_.precision_rules && c->codes.forward.rfind("01", 0) == 0) inverted_speaker(v, &subject);
    if (c->passive) {
      c->targets = subject;
      c->sources = by_agent(v);
      bool raising = std::any_of(view_.children(v).begin(), view_.children(v).end(),
                                 [&](int ch) { return view_.base_rel(ch) == "xcomp" && view_.is_verb(ch); });
      // "Gollum was seen to break ...": without a "by", the seeing has no actor.
      if (c->sources.empty() && !raising) c->sources = first_actors(after);
    } else {
      c->sources = subject;
      c->target_words = target_region(after, v);
      c->targets = first_actors(c->target_words);
      // Not for statements: "told reporters", and the parser's stray objects of "said".
      if (options_.precision_rules && c->codes.forward.rfind("01", 0) != 0) {
        std::vector<ActorRef> object = object_people(v);
        if (!object.empty()) c->targets = std::move(object);
      }
    }
    if (c->pattern.source >= 0) c->sources = actors_in(c->pattern.source);
    if (c->pattern.target >= 0) {
      c->targets = actors_in(c->pattern.target);
      c->target_words.clear();
    }
    if (c->pattern.compound) c->targets.clear();  // '%': the subjects act on each other
    refine(&c->sources);
    refine(&c->targets);
    // A statement is not addressed to a market ("said sales to A rose") nor
    // to what the data it comments on measure ("said A's growth figures").
    if (options_.precision_rules && c->codes.forward.rfind("01", 0) == 0) {
      std::erase_if(c->targets, [&](const ActorRef& a) {
        return is_trade_partner(view_, a) || is_listed_party(view_, a) || is_data_source(view_, a);
      });
    }
  }

  // docs/coding.md, "8. Precision rules": no actor named only as the modifier
  // of a non-actor noun; firm phrases become business actors; an agent with
  // "its"/"their" takes its clause subject's country.
  void refine(std::vector<ActorRef>* refs) const {
    if (!options_.precision_rules) return;
    std::vector<ActorRef> out;
    for (const ActorRef& a : *refs) {
      if (names_non_actor(view_, a, &dicts_.agent_index) || is_market_place(view_, a) ||
          is_surname_title(view_, a) || is_in_hyphenated_name(view_, dicts_, a) || is_setting(view_, a) ||
          is_dateline(view_, a) || is_comparison(view_, a)) {
        continue;
      }
      bool firm = is_firm_phrase(view_, a.head) || is_unknown_organisation_person(view_, dicts_, a);
      out.push_back(firm ? as_business(view_, actors_, a) : a);
      int owner = out.back().code.rfind("---", 0) == 0 ? possessive_antecedent(view_, a.head) : -1;
      std::vector<ActorRef> owners = owner >= 0 ? actors_.actors_of(owner) : std::vector<ActorRef>{};
      // "Ruritania said its troops ...": the agent is the subject's.
      if (owners.size() == 1 && country_of(owners[0].code).size() == 3) {
        out.back().code = country_of(owners[0].code) + out.back().code.substr(3);
      }
    }
    *refs = std::move(out);
  }

  // Sources of the clause headed by any token t (a dictionary verb or not).
  std::vector<ActorRef> sources_of(int t, int depth) const {
    if (t < 0 || depth > 8) return {};
    if (clause_at_[t] >= 0 && !clauses_[clause_at_[t]].passive &&
        !clauses_[clause_at_[t]].sources.empty()) {
      return clauses_[clause_at_[t]].sources;
    }
    bool passive = false;
    std::vector<ActorRef> subject = subject_actors(t, &passive);
    if (!subject.empty()) return subject;  // "Gollum was seen to break ...": Gollum breaks
    int g = view_.head(t);
    std::string_view r = view_.base_rel(t);
    if (g < 0) return {};
    if (r == "xcomp") {
      for (int ch : view_.children(g)) {
        if (view_.base_rel(ch) == "obj") {
          std::vector<ActorRef> object = actors_.actors_of(ch);
          if (!object.empty()) return object;
        }
      }
      return sources_of(g, depth + 1);
    }
    if (r == "conj") return sources_of(g, depth + 1);
    // A clause on a noun with a subject of its own other than a relative
    // pronoun ("the Parliament [that he had told ...]") is no act of the noun.
    if (options_.precision_rules && r == "acl" && has_own_subject(view_, t)) return {};
    // A participle on a noun ("crowds [burned down] its embassy"); some parsers
    // leave such a verb labelled "root" under the noun.
    if (r == "acl" || (r == "root" && view_.is_nominal(g))) return actors_.actors_of(g);
    if ((r == "ccomp" || r == "advcl") && has_pronoun_subject(t)) return sources_of(g, depth + 1);
    if (r == "advcl" && is_infinitive(t)) return sources_of(g, depth + 1);  // "inching nearer to accord"
    return {};
  }

  bool has_pronoun_subject(int v) const {
    for (int ch : view_.children(v)) {
      if (is_subject(ch) && view_.token(ch).upos == "PRON") return true;
    }
    return false;
  }

  void inherit_source(Clause* c) {
    if (!c->sources.empty() || c->passive) return;
    int v = c->verb.token;
    bool passive = false;
    if (!subject_actors(v, &passive).empty()) return;
    c->sources = sources_of(v, 0);
    refine(&c->sources);
    c->inherited = !c->sources.empty();
    // The subject may be the target already taken as first actor after the verb.
    if (!c->sources.empty() && !c->targets.empty() && c->sources[0].head == c->targets[0].head) {
      c->targets.clear();
    }
  }

  bool has_mark(int v, std::string_view word) const {
    for (int ch : view_.children(v)) {
      if (view_.base_rel(ch) == "mark" && view_.is(ch, word)) return true;
    }
    return false;
  }

  bool is_infinitive(int v) const {
    for (int ch : view_.children(v)) {
      if (view_.base_rel(ch) == "mark" && view_.is(ch, "TO")) return true;
    }
    return false;
  }

  // The coded verb that governs v as its complement: v's head for an xcomp;
  // for an infinitive attached elsewhere ("urged Eriador [to respond]",
  // "signed an accord [to supply]"), the verb above it. -1 when none.
  int governing_clause(int v) const {
    int g = view_.head(v);
    if (g < 0) return -1;
    std::string_view r = view_.base_rel(v);
    if (r == "xcomp") return clause_at_[g];
    if ((r != "acl" && r != "advcl") || !is_infinitive(v)) return -1;
    if (clause_at_[g] >= 0) return clause_at_[g];
    int gg = view_.head(g);
    return gg >= 0 && view_.is_nominal(g) ? clause_at_[gg] : -1;
  }

  // "A said [its forces ...]", "A said [his country ...]", "A spoke of contacts
  // between the two sides": a phrase resolved through the document to the
  // source's own country is the source's side, not what it acts on.
  // So are its own forces sent or withdrawn (is_own_instrument), and the body
  // its own phrase names (is_own_organisation).
  void drop_own_side_targets(Clause* c) const {
    auto own_side = [&](const ActorRef& t) {
      if (options_.precision_rules && std::any_of(c->sources.begin(), c->sources.end(), [&](const ActorRef& s) {
            return is_own_instrument(view_, t, s) || is_own_organisation(view_, t, s);
          })) {
        return true;
      }
      if (!context_) return false;
      if (!has_possessive_pronoun(view_, t.head) && !is_pair_phrase(view_, t.head)) return false;
      return std::any_of(c->sources.begin(), c->sources.end(), [&](const ActorRef& s) {
        return !country_of(s.code).empty() && country_of(s.code) == country_of(t.code);
      });
    };
    if (c->targets.empty() || !own_side(c->targets[0])) return;
    // A conjunct that is not its own side stays ("said Arnor and Gondor agreed").
    if (options_.precision_rules && c->targets.size() > 1) {
      std::vector<ActorRef> others = c->targets;
      std::erase_if(others, own_side);
      if (!others.empty()) {
        c->targets = std::move(others);
        return;
      }
    }
    // Look further: the next phrase after the source's own side ("Arnor said
    // its forces repelled Gondor's troops").
    std::vector<int> rest;
    for (int t : c->target_words) {
      bool in_own = false;
      for (const ActorRef& own : c->targets) in_own = in_own || (t >= own.first && t <= own.last);
      if (!in_own && t > c->targets[0].head) rest.push_back(t);
    }
    c->targets = first_actors(rest);
    c->targets.erase(std::remove_if(c->targets.begin(), c->targets.end(), own_side), c->targets.end());
  }

  // A statement whose reported clause disapproves (speech_tone.h) becomes a
  // criticism of the actor the clause names, else of the document's aggressor.
  void apply_tone(Clause* c) {
    if (dicts_.tone.empty() || c->negated || c->codes.forward != "010" || c->sources.empty()) return;
    std::vector<int> quote = reported_clause(view_, c->verb.token);
    int at = -1;
    const CodedPhrase* phrase = disapproving_phrase(view_, quote, dicts_.tone, &at);
    if (!phrase) return;
    const std::string speaker = country_of(c->sources[0].code);
    std::vector<ActorRef> targets = first_actors(quote);
    if (!targets.empty() && !speaker.empty() && country_of(targets[0].code) == speaker) targets.clear();
    if (targets.empty() && context_ && !context_->aggressor.empty() && context_->aggressor != speaker) {
      targets.push_back({context_->aggressor, -1, -1, -1});
    }
    if (targets.empty()) return;
    c->codes = EventCodes{phrase->code, ""};
    c->targets = std::move(targets);
    c->tone = phrase;
  }

  // Planned, expected and denied acts (modality.h), with the precision rules.
  // Without an ontology (combine_governed), a coded verb absorbs a coded
  // complement ("urged X to lend", "refused to withdraw", "promised to free"):
  // the complement's act is asked, refused or promised, not done.
  void apply_modality() {
    if (!options_.precision_rules) return;
    for (Clause& inner : clauses_) {
      if (inner.suppressed || inner.codes.is_null() || inner.negated) continue;
      int g = dicts_.algebra.loaded() ? -1 : governing_clause(inner.verb.token);
      if (g >= 0 && !clauses_[g].codes.is_null() && !clauses_[g].passive && !clauses_[g].negated) {
        absorb(&clauses_[g], &inner);
        continue;
      }
      Modality m = act_modality(view_, inner.verb.token, inner.codes.forward);
      if (m == Modality::kExpected || m == Modality::kDenied) inner.suppressed = true;
      if (m != Modality::kPlanned || dicts_.intents.empty()) continue;
      std::string code = planned_code(dicts_.intents, inner.codes.forward);
      if (code == "---") inner.suppressed = true;
      if (code != inner.codes.forward) inner.codes = EventCodes{code, ""};
    }
  }

  // The outer verb's event stands; a bare intent ("promised", 030) takes the
  // planned code of what was promised ("promised to lend" 0331), and so does
  // a hope for one's own act ("hopes to meet" 036, not an optimistic comment).
  void absorb(Clause* outer, Clause* inner) {
    inner->suppressed = true;
    bool own_hope = outer->codes.forward == "013" && view_.base_rel(inner->verb.token) == "xcomp";
    if ((outer->codes.forward == "030" || own_hope) && !dicts_.intents.empty()) {
      std::string code = planned_code(dicts_.intents, inner->codes.forward);
      if (code.rfind("03", 0) == 0) outer->codes = EventCodes{code, ""};
    }
  }

  // Events said with nouns ("talks between A and B"), nominal_events.h.
  void emit_nominal(std::vector<Event>* events) const {
    auto verb_code = [&](int t) { return clause_at_[t] >= 0 ? clauses_[clause_at_[t]].codes.forward : std::string(); };
    for (const NominalEvent& n : find_nominal_events(view_, actors_, dicts_.nominals, verb_code)) {
      EventRule rule;
      rule.file = dicts_.nominals.file;
      rule.line = n.phrase->line;
      for (const std::string& w : n.phrase->words) rule.pattern += (rule.pattern.empty() ? "" : " ") + w;
      rule.verb = view_.token(n.noun).form;
      rule.verb_token = n.noun;
      if (trace_) trace_->push_back("noun '" + rule.verb + "' (token " + std::to_string(n.noun) + ") code " + n.phrase->code + " " + n.source.code + " -> " + n.target.code);
      add(rule, &n.source, &n.target, n.phrase->code, events);
    }
  }

  // "A will [help B]", "A urged B [to help]": a coded verb governing another
  // coded verb yields one event whose code combines the two when the ontology
  // has such a code.
  void combine_governed() {
    if (!dicts_.algebra.loaded()) return;
    for (Clause& inner : clauses_) {
      int g = governing_clause(inner.verb.token);
      if (g < 0) continue;
      Clause& outer = clauses_[g];
      // "Gollum was seen to break ...": a passive outer verb reports, it does not act.
      if (outer.codes.is_null() || inner.codes.is_null() || outer.passive) continue;
      // An outer verb whose code already says what is done ("urge" = appeal for
      // aid) absorbs its complement; a bare mode ("will", "refuse") combines.
      std::optional<long> outer_value = dicts_.algebra.value(outer.codes.forward);
      bool bare_mode = outer_value && (*outer_value < 0 || (*outer_value & 0xFFF) == 0);
      std::optional<std::string> code;
      if (bare_mode) code = dicts_.algebra.combine(outer.codes.forward, inner.codes.forward);
      if (!code) {
        inner.suppressed = true;  // "urged Eriador to respond": the urging is the event
        continue;
      }
      inner.codes = EventCodes{*code, ""};
      if (!outer.sources.empty()) inner.sources = outer.sources;
      if (inner.targets.empty()) inner.targets = outer.targets;
      inner.negated = inner.negated != outer.negated;
      outer.suppressed = true;
    }
  }

  EventActor side(const ActorRef* a) const {
    EventActor out;
    if (!a) return out;
    out.code = a->code;
    out.first = a->first;
    out.last = a->last;
    for (int t = a->first; t >= 0 && t <= a->last; ++t) {
      out.text += (out.text.empty() ? "" : " ") + view_.token(t).form;
    }
    return out;
  }

  EventRule rule_of(const Clause& c) const {
    EventRule rule;
    const VerbEntry& verb = dicts_.verbs.verbs[c.verb.verb];
    rule.file = dicts_.verbs.file;
    rule.line = c.pattern.pattern ? c.pattern.pattern->line : verb.line;
    rule.pattern = c.pattern.pattern ? c.pattern.pattern->text : verb.lemma;
    rule.verb = view_.token(c.verb.token).form;
    rule.verb_token = c.verb.token;
    return rule;
  }

  void add(const EventRule& rule, const ActorRef* src, const ActorRef* tgt, const std::string& code,
           std::vector<Event>* events) const {
    if (code.empty() || code == "---") return;
    if (options_.require_dyad && (!src || !tgt)) return;
    if (!src && !tgt) return;  // an event between nobody and nobody says nothing
    if (src && tgt && src->code == tgt->code) return;
    // "A, B and C will be visited": members of one list act on each other
    // only when the act is mutual ("A and B met").
    if (options_.precision_rules && src && tgt && same_list(view_, src->head, tgt->head) &&
        !is_reciprocal_code(code)) {
      return;
    }
    Event e;
    e.source = side(src);
    e.target = side(tgt);
    if (e.source.code.empty()) e.source.code = "---";
    if (e.target.code.empty()) e.target.code = "---";
    e.code = code;
    e.rule = rule;
    for (const Event& old : *events) {
      if (old.source.code == e.source.code && old.target.code == e.target.code && old.code == e.code) return;
    }
    events->push_back(std::move(e));
  }

  // "France protested over Canada's decision", "the EC protested to Tokyo":
  // a state or an international body protests by a note, not in the street,
  // so its protest is an official complaint (114), not a demonstration (14x).
  std::string lodged(const ActorRef* s, const std::string& code, int verb) const {
    if (!options_.precision_rules || !s || code.rfind("14", 0) != 0 || view_.lemma(verb) != "PROTEST") return code;
    return is_state_actor(s->code) || s->code.rfind("IGO", 0) == 0 ? "114" : code;
  }

  void emit(const Clause& c, std::vector<Event>* events) const {
    if (c.suppressed || c.codes.is_null()) return;
    // A threat (13) names its condition: "threatened to X if Y" is a threat.
    if (options_.precision_rules && c.codes.forward.rfind("13", 0) != 0 &&
        is_hypothetical(view_, c.verb.token, clause_at_)) {
      return;
    }
    if (options_.precision_rules && is_mistagged_noun(view_, c.verb.token)) return;
    if (options_.precision_rules && is_given_as_preposition(view_, c.verb.token)) return;
    // Trade figures and dealings in securities are business news.
    if (options_.precision_rules && (is_trade_report(view_, c.verb.token, c.codes.forward) ||
                                     is_securities_deal(view_, c.verb.token))) {
      return;
    }
    EventCodes codes = c.codes;
    if (c.negated) {
      // A negation in a condition ("if you don't protect ...") is no refusal.
      if (!dicts_.algebra.loaded() && has_mark(c.verb.token, "IF")) return;
      // The ontology's negation when one is loaded, else parley's negation table.
      std::optional<std::string> f = dicts_.algebra.loaded() ? dicts_.algebra.negate(codes.forward)
                                                             : dicts_.negations.find(codes.forward);
      if (!f || *f == "---") return;  // "did not X" with no code for it: no event rather than X
      codes = EventCodes{*f, ""};
    }
    const EventRule rule = rule_of(c);
    std::vector<const ActorRef*> sources, targets;
    for (const ActorRef& a : c.sources) {
      // "He approved the sale, the Times reported": a medium that reports an
      // act is not its actor; only its own statements are its events.
      if (options_.precision_rules && c.inherited && has_role(a.code, "MED") &&
          codes.forward.rfind("01", 0) != 0) {
        continue;
      }
      sources.push_back(&a);
    }
    if (!c.sources.empty() && sources.empty()) return;
    for (const ActorRef& a : c.targets) targets.push_back(&a);
    // A passive's actors after the verb ("to be negotiated with A, B and C")
    // are no joint subject.
    // Nor are the object of a governor ("let A and B attend") or a reduced
    // relative's noun: only the verb's own or a conjunct's subject is joint.
    bool own_subject = view_.base_rel(c.verb.token) == "conj";
    for (int ch : view_.children(c.verb.token)) own_subject = own_subject || is_subject(ch);
    bool joint = !(options_.precision_rules && (c.passive || !own_subject || joint_on_object(view_, c.verb.token, c.codes.forward)));
    if (targets.empty() && sources.size() >= 2 && joint &&
        !(options_.precision_rules && joint_not_mutual(view_, c.verb.token, codes.forward))) {
      // "Gondor and Osgiliath postponed their meeting": each acts on the other.
      for (const ActorRef* s : sources) {
        for (const ActorRef* t : sources) {
          if (s != t) add(rule, s, t, codes.forward, events);
        }
      }
      return;
    }
    if (sources.empty()) sources.push_back(nullptr);
    if (targets.empty()) {
      for (const ActorRef* s : sources) {
        add_toward_other_party(rule, s, !c.inherited, lodged(s, codes.forward, c.verb.token), events);
      }
      return;
    }
    for (const ActorRef* s : sources) {
      for (const ActorRef* t : targets) {
        add(rule, s, t, lodged(s, codes.forward, c.verb.token), events);
        if (!codes.reverse.empty()) add(rule, t, s, codes.reverse, events);
      }
    }
  }

  // A target-less event of one of the document's two parties, as a state
  // (not "German banks"), whose source is named in its own clause is aimed at
  // the other ("his country would not compromise"), unless it is a statement
  // (root 01), which needs no one to be aimed at.
  void add_toward_other_party(const EventRule& rule, const ActorRef* s, bool own_source, const std::string& code,
                              std::vector<Event>* events) const {
    bool aim = own_source && s && context_ && is_state_actor(s->code) && code.rfind("01", 0) != 0;
    std::string other = aim ? context_->other_party(s->code) : "";
    ActorRef target{other, -1, -1, -1};
    add(rule, s, other.empty() ? nullptr : &target, code, events);
  }

  std::string describe(const Clause& c) const {
    auto names = [](const std::vector<ActorRef>& refs) {
      std::string out;
      for (const ActorRef& a : refs) out += (out.empty() ? "" : ",") + a.code;
      return out.empty() ? std::string("-") : out;
    };
    std::string out = "verb '" + view_.token(c.verb.token).form + "' (token " +
                      std::to_string(c.verb.token) + ", " + dicts_.verbs.verbs[c.verb.verb].lemma + ")";
    out += " code " + c.codes.forward + (c.codes.reverse.empty() ? "" : ":" + c.codes.reverse);
    if (c.pattern.pattern) out += " pattern line " + std::to_string(c.pattern.pattern->line) + " '" + c.pattern.pattern->text + "'";
    out += " sources " + names(c.sources) + " targets " + names(c.targets);
    if (c.negated) out += " negated";
    if (c.passive) out += " passive";
    if (c.suppressed) out += " suppressed";
    if (c.tone) out += " tone '" + c.tone->words[0] + (c.tone->words.size() > 1 ? " ..." : "") + "' (" + dicts_.tone.file + ":" + std::to_string(c.tone->line) + ")";
    return out;
  }

  std::vector<std::string>* trace_;
  const Dictionaries& dicts_;
  const CoderOptions& options_;
  const DocumentContext* context_;
  ParseView view_;
  ActorResolver actors_;
  VerbMatcher matcher_;
  std::vector<Clause> clauses_;
  std::vector<int> clause_at_;  // token -> index into clauses_, -1
};

}  // namespace

std::vector<Event> code_sentence(const Sentence& sentence, const Dictionaries& dicts, int date,
                                 const CoderOptions& options, std::vector<std::string>* trace) {
  return code_sentence(sentence, dicts, date, options, nullptr, trace);
}

std::vector<Event> code_sentence(const Sentence& sentence, const Dictionaries& dicts, int date,
                                 const CoderOptions& options, const DocumentContext* context,
                                 std::vector<std::string>* trace) {
  if (!sentence.text.empty()) {
    if (const DiscardEntry* d = dicts.discards.find(sentence.text)) {
      if (trace) trace->push_back("discarded by " + d->file + ":" + std::to_string(d->line) + " " + d->phrase);
      return {};
    }
  }
  return SentenceCoder(sentence, dicts, date, options, context, trace).run();
}

}  // namespace parley
