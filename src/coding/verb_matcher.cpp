#include "coding/verb_matcher.h"

#include <algorithm>

namespace parley {
namespace {

using Kind = PatternItem::Kind;

bool is_marker(const PatternItem& item) {
  return item.kind == Kind::kSource || item.kind == Kind::kTarget || item.kind == Kind::kCompound ||
         item.kind == Kind::kSkip;
}

}  // namespace

VerbMatcher::VerbMatcher(const Dictionaries& dicts, const ParseView& view)
    : dicts_(dicts), view_(view) {}

bool VerbMatcher::form_matches(const VerbForm& form, int token, std::vector<int>* tokens) const {
  tokens->clear();
  int n = static_cast<int>(form.words.size());
  int first = token - form.verb_index;
  // Words before the verb must precede it directly ("WIRE TAP"); words after it
  // may be its particle anywhere ("broken the treaty down") or follow directly.
  for (int k = 0; k < n; ++k) {
    if (k == form.verb_index) {
      tokens->push_back(token);
      continue;
    }
    int t = first + k;
    bool found = t >= 0 && t < view_.size() && view_.is(t, form.words[k]);
    if (!found && k > form.verb_index) {
      for (int c : view_.children(token)) {
        if (view_.rel(c) == "compound:prt" && view_.is(c, form.words[k])) {
          t = c;
          found = true;
        }
      }
    }
    if (!found) return false;
    tokens->push_back(t);
  }
  return true;
}

bool VerbMatcher::match_verb(int i, VerbMatch* out) const {
  const auto& index = dicts_.verbs.by_word;
  std::vector<int> candidates;
  auto it = index.find(view_.word(i));
  if (it != index.end()) candidates = it->second;
  bool found = false;
  std::vector<int> tokens;
  for (int id : candidates) {
    const VerbEntry& verb = dicts_.verbs.verbs[id];
    for (const VerbForm& form : verb.forms) {
      // Verbs match on their written forms, as the dictionary lists or derives
      // them: a misspelt "departes" is not "depart".
      if (view_.word(i) != form.words[form.verb_index] || !form_matches(form, i, &tokens)) continue;
      if (!found || tokens.size() > out->tokens.size()) {
        *out = VerbMatch{id, i, tokens};
        found = true;
      }
    }
  }
  return found;
}

bool VerbMatcher::head_matches(const PatternItem& item, int token) const {
  if (item.kind == Kind::kWord) return item.hash ? view_.is_hash(token, item.hash) : view_.is(token, item.text);
  if (item.kind != Kind::kSynset) return false;
  if (!item.synset) return false;
  if (!item.synset->may_end_with(view_.word(token)) && !item.synset->may_end_with(view_.lemma(token))) {
    return false;
  }
  for (const auto& phrase : item.synset->phrases) {
    // A multi-word member matches when its last word is the head and the words
    // before it precede the head directly.
    int n = static_cast<int>(phrase.size());
    int first = token - (n - 1);
    if (first < 0) continue;
    bool ok = true;
    for (int k = 0; k < n && ok; ++k) ok = view_.is(first + k, phrase[k]);
    if (ok) return true;
  }
  return false;
}

// {A B HEAD}: HEAD is `head`; A, B are, in order, among the words of its phrase
// before it (direct modifiers, or words linked to it by compound/amod chains).
bool VerbMatcher::phrase_matches(const std::vector<PatternItem>& words, int head) const {
  std::vector<const PatternItem*> items;
  for (const PatternItem& w : words) {
    if (!is_marker(w)) items.push_back(&w);
  }
  if (items.empty()) return true;
  if (!head_matches(*items.back(), head)) return false;
  std::vector<int> modifiers;
  for (int c : view_.children(head)) {
    if (c < head && view_.base_rel(c) != "case" && view_.base_rel(c) != "punct") modifiers.push_back(c);
  }
  std::size_t next = 0;
  int last_matched = -1;
  for (std::size_t k = 0; k + 1 < items.size(); ++k) {
    while (next < modifiers.size() && !head_matches(*items[k], modifiers[next])) ++next;
    if (next == modifiers.size()) return false;
    last_matched = modifiers[next++];
  }
  // The modifier next to the head must be the pattern's word next to it:
  // {&TIETYPES MEMOS} is "economic memos", not "economic secret memos".
  if (last_matched < 0) return true;
  // Words between them may only belong to that modifier ("death and injury toll").
  for (int t = last_matched + 1; t < head; ++t) {
    int a = t;
    while (a >= 0 && a != last_matched && a != head) a = view_.head(a);
    if (a != last_matched) return false;
  }
  return true;
}

// (PREP X): X is the object's head, or, for a single word, one of its direct
// modifiers ("memos on economic issues" matches (ON &TIETYPES)).
bool VerbMatcher::object_matches(const std::vector<PatternItem>& items, int object) const {
  if (phrase_matches(items, object)) return true;
  const PatternItem* only = nullptr;
  for (const PatternItem& w : items) {
    if (is_marker(w)) continue;
    if (only) return false;
    only = &w;
  }
  if (!only || only->kind == Kind::kPhrase) return false;
  for (int c : view_.children(object)) {
    if (c < object && head_matches(*only, c)) return true;
  }
  return false;
}

int VerbMatcher::next_noun(const std::vector<int>& region, std::size_t* cursor) const {
  for (std::size_t p = *cursor; p < region.size(); ++p) {
    int t = region[p];
    if (!view_.is_nominal(t)) continue;
    // Skip to the phrase's head: a compound or flat word is part of a larger name.
    int h = t;
    while (view_.head(h) >= 0 && (view_.base_rel(h) == "compound" || view_.base_rel(h) == "flat" ||
                                  view_.base_rel(h) == "amod" || view_.rel(h) == "nmod:poss")) {
      h = view_.head(h);
    }
    std::size_t end = p;
    while (end < region.size() && region[end] <= h) ++end;
    *cursor = end;
    return h;
  }
  return -1;
}

bool VerbMatcher::word_item_at(const PatternItem& item, const std::vector<int>& region,
                               std::size_t pos) const {
  int t = region[pos];
  if (item.kind == Kind::kPhrase) return phrase_matches(item.children, t);
  if (item.kind == Kind::kWord && item.text.find(' ') != std::string::npos) {
    // "REAL PLEASANT": consecutive words ending at t.
    std::vector<std::string> parts;
    std::size_t s = 0, e;
    while ((e = item.text.find(' ', s)) != std::string::npos) {
      parts.push_back(item.text.substr(s, e - s));
      s = e + 1;
    }
    parts.push_back(item.text.substr(s));
    int first = t - static_cast<int>(parts.size()) + 1;
    if (first < 0) return false;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      if (!view_.is(first + static_cast<int>(k), parts[k])) return false;
    }
    return true;
  }
  return head_matches(item, t);
}

bool VerbMatcher::match_item(const PatternItem& item, const std::vector<int>& region,
                             std::size_t* cursor, PatternMatch* m) const {
  switch (item.kind) {
    case Kind::kSource:
    case Kind::kTarget:
    case Kind::kCompound:
    case Kind::kSkip: {
      int h = next_noun(region, cursor);
      if (h < 0) return false;
      if (item.kind == Kind::kSource) m->source = h;
      if (item.kind == Kind::kTarget) m->target = h;
      if (item.kind == Kind::kCompound) m->compound = true;
      return true;
    }
    case Kind::kPrep: {
      for (std::size_t p = *cursor; p < region.size(); ++p) {
        int t = region[p];
        bool preposition = item.synset ? head_matches(PatternItem{Kind::kSynset, "", {}, item.synset}, t)
                                       : view_.is(t, item.text);
        if (!preposition) continue;
        int object = view_.head(t);
        if (object < 0) continue;
        if (item.children.empty()) {  // "(AT)": any object, which later items may still name
          *cursor = p + 1;
          return true;
        }
        if (!item.children.empty()) {
          if (!object_matches(item.children, object)) continue;
          for (const PatternItem& c : item.children) {
            if (c.kind == Kind::kTarget) m->target = object;
            if (c.kind == Kind::kSource) m->source = object;
          }
        }
        // Continue after the prepositional phrase's words.
        std::vector<int> inside = view_.subtree(object);
        std::size_t next = p + 1;
        while (next < region.size() && region[next] <= inside.back()) ++next;
        *cursor = next;
        return true;
      }
      return false;
    }
    default:
      for (std::size_t p = *cursor; p < region.size(); ++p) {
        if (word_item_at(item, region, p)) {
          *cursor = p + 1;
          return true;
        }
      }
      return false;
  }
}

bool VerbMatcher::match_items(const std::vector<PatternItem>& items, const std::vector<int>& region,
                              PatternMatch* m) const {
  std::size_t cursor = 0;
  for (const PatternItem& item : items) {
    if (!match_item(item, region, &cursor, m)) return false;
  }
  return true;
}

PatternMatch VerbMatcher::match_patterns(const VerbMatch& verb, const std::vector<int>& before,
                                         const std::vector<int>& after) const {
  const VerbBlock& block = dicts_.verbs.blocks[dicts_.verbs.verbs[verb.verb].block];
  PatternMatch best;
  int best_score = -1;
  for (const VerbPattern& p : block.patterns) {
    bool possible = std::all_of(p.required_words.begin(), p.required_words.end(),
                                [&](std::uint64_t w) { return view_.has_word(w); });
    if (!possible) continue;
    PatternMatch m;
    m.pattern = &p;
    if (!match_items(p.before, before, &m) || !match_items(p.after, after, &m)) continue;
    int score = p.specificity();
    if (score > best_score) {
      best = m;
      best_score = score;
    }
  }
  return best;
}

}  // namespace parley
