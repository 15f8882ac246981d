// Oracles for the arc-hybrid system: the static oracle (one gold transition
// sequence per projective tree) and the dynamic oracle of Goldberg and Nivre
// (2013), which gives the cost of any transition in any state: how many gold
// arcs become unreachable by taking it. Arc-hybrid is arc-decomposable for
// projective trees, so the cost is a sum of local checks; the single-root
// constraint of our variant adds one (the gold root must be shifted onto an
// empty stack). The costs are exact: following zero-cost transitions from any
// state reaches a tree with every gold arc that was still reachable.
#pragma once

#include <vector>

#include "nlp/transition_system.h"

namespace parley {

// A gold tree over n words: heads are 0-based word indices, n for ROOT.
class GoldTree {
 public:
  GoldTree(std::vector<int> heads, std::vector<int> labels);

  int words() const { return static_cast<int>(heads_.size()); }
  int head(int t) const { return heads_[t]; }
  int label(int t) const { return labels_[t]; }
  // Gold children of t, in index order.
  const std::vector<int>& children(int t) const { return children_[t]; }

 private:
  std::vector<int> heads_;
  std::vector<int> labels_;
  std::vector<std::vector<int>> children_;  // n + 1 lists (ROOT last)
};

// The cost of each class of `set` in `state` (-1 for invalid classes).
void transition_costs(const TransitionSet& set, const ParseState& state, const GoldTree& gold,
                      std::vector<int>* costs);

// The static oracle's class: LEFT/RIGHT as soon as s0 has all its children and
// its head is b0/s1, else SHIFT. -1 when no gold class applies (the tree is not
// projective or uses a label/class the set lacks).
int static_oracle(const TransitionSet& set, const ParseState& state, const GoldTree& gold);

// True when no arc of the tree crosses another (heads 0-based, n = ROOT).
bool is_projective(const std::vector<int>& heads);
// Makes a tree projective by lifting: while an arc is non-projective, the
// shortest such arc's dependent is re-attached to its head's head (Nivre and
// Nilsson 2005, without encoding the lift in the label). Returns the lifts.
int projectivize(std::vector<int>* heads);

}  // namespace parley
