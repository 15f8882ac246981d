#include "nlp/parser_oracle.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace parley {

GoldTree::GoldTree(std::vector<int> heads, std::vector<int> labels)
    : heads_(std::move(heads)), labels_(std::move(labels)) {
  int n = words();
  children_.resize(static_cast<std::size_t>(n) + 1);
  for (int d = 0; d < n; ++d) {
    int h = heads_[d];
    if (h >= 0 && h <= n) children_[h].push_back(d);
  }
}

namespace {

// Gold children of t at index >= from (they are still in the buffer).
int children_from(const GoldTree& gold, int t, int from) {
  const std::vector<int>& kids = gold.children(t);
  return static_cast<int>(kids.end() - std::lower_bound(kids.begin(), kids.end(), from));
}

// SHIFT loses b0's head when it is on the stack below s0, and every gold
// child of b0 still on the stack (words left of b0 without a head). The gold
// root must be shifted onto an empty stack: the words below it could never be
// popped before it, so it could not end up alone on the stack.
int shift_cost(const ParseState& state, const GoldTree& gold) {
  int b0 = state.b0();
  int s0 = state.s(0);
  int cost = 0;
  int h = gold.head(b0);
  if (h < b0 && h != s0 && state.head(h) < 0) ++cost;
  if (h == gold.words() && state.stack_size() > 0) ++cost;
  for (int d : gold.children(b0)) {
    if (d >= b0) break;
    if (state.head(d) < 0) ++cost;
  }
  return cost;
}

// Whether popping s0 with `head` loses its gold head arc. The root arc is
// only still reachable for the word alone on the stack (see shift_cost).
bool pop_loses_head(const ParseState& state, const GoldTree& gold, bool left) {
  int s0 = state.s(0);
  int s1 = state.s(1);
  int b0 = state.b0();
  int h = gold.head(s0);
  if (h == gold.words()) return left && b0 != h && state.stack_size() == 1;
  if (left) return h != b0 && (h == s1 || h > b0);
  return h != s1 && h >= b0;
}

// The unlabelled cost of popping s0 by LEFT or RIGHT: its gold head, unless
// that is the head it gets or already unreachable, and its gold children
// still in the buffer.
int pop_cost(const ParseState& state, const GoldTree& gold, bool left) {
  int cost = children_from(gold, state.s(0), state.b0());
  return cost + (pop_loses_head(state, gold, left) ? 1 : 0);
}

}  // namespace

void transition_costs(const TransitionSet& set, const ParseState& state, const GoldTree& gold,
                      std::vector<int>* costs) {
  costs->assign(set.classes(), -1);
  int s0 = state.s(0);
  int s1 = state.s(1);
  int b0 = state.b0();
  bool has_s0 = state.stack_size() > 0;
  int shift = state.can_shift() ? shift_cost(state, gold) : 0;
  int left = has_s0 ? pop_cost(state, gold, true) : 0;
  int right = state.can_right() ? pop_cost(state, gold, false) : 0;
  int gold_head = has_s0 ? gold.head(s0) : -1;
  int gold_label = has_s0 ? gold.label(s0) : -1;
  for (int c = 0; c < set.classes(); ++c) {
    if (!set.valid(state, c)) continue;
    const Transition& t = set.at(c);
    switch (t.move) {
      case Move::kShift:
        (*costs)[c] = shift;
        break;
      case Move::kLeft:
        (*costs)[c] = left + (gold_head == b0 && t.label != gold_label ? 1 : 0);
        break;
      case Move::kRight:
        (*costs)[c] = right + (gold_head == s1 && t.label != gold_label ? 1 : 0);
        break;
    }
  }
}

int static_oracle(const TransitionSet& set, const ParseState& state, const GoldTree& gold) {
  if (state.stack_size() > 0) {
    int s0 = state.s(0);
    int attached = state.left_count(s0) + state.right_count(s0);
    bool complete = attached == static_cast<int>(gold.children(s0).size());
    int h = gold.head(s0);
    if (complete && h == state.b0()) {
      int cls = set.find(Move::kLeft, gold.label(s0));
      return set.valid(state, cls) ? cls : -1;
    }
    if (complete && state.stack_size() > 1 && h == state.s(1)) {
      int cls = set.find(Move::kRight, gold.label(s0));
      return set.valid(state, cls) ? cls : -1;
    }
  }
  return state.can_shift() ? 0 : -1;
}

namespace {

bool dominates(const std::vector<int>& heads, int h, int k) {
  int n = static_cast<int>(heads.size());
  for (int steps = 0; k != h && k >= 0 && k < n && steps <= n; ++steps) k = heads[k];
  return k == h;
}

bool arc_projective(const std::vector<int>& heads, int d) {
  int h = heads[d];
  int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k) {
    if (!dominates(heads, h, k)) return false;
  }
  return true;
}

}  // namespace

bool is_projective(const std::vector<int>& heads) {
  for (int d = 0; d < static_cast<int>(heads.size()); ++d) {
    if (!arc_projective(heads, d)) return false;
  }
  return true;
}

int projectivize(std::vector<int>* heads) {
  int n = static_cast<int>(heads->size());
  int lifts = 0;
  while (lifts <= n * n) {
    int best = -1;
    int best_span = n + 2;
    for (int d = 0; d < n; ++d) {
      int span = std::abs((*heads)[d] - d);
      if (span < best_span && !arc_projective(*heads, d)) {
        best = d;
        best_span = span;
      }
    }
    if (best < 0) break;
    // A non-projective arc never comes from ROOT (it dominates everything).
    (*heads)[best] = (*heads)[(*heads)[best]];
    ++lifts;
  }
  return lifts;
}

}  // namespace parley
