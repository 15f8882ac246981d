// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta 2011)
// used by the dependency parser.
//
// A state is a stack, a buffer and the arcs built so far. Words are indexed
// 0..n-1; an artificial ROOT has index n and sits at the end of the buffer
// (Ballesteros and Nivre 2013), so the root decision is taken last:
//   SHIFT      push b0 onto the stack (not ROOT)
//   LEFT(l)    pop s0 and make b0 its head with label l
//   RIGHT(l)   pop s0 and make s1 its head with label l
// LEFT onto ROOT is allowed only when s0 is the last word on the stack and only
// with the "root" label, which no other arc may carry: every terminal state is
// a single-rooted projective tree, reached after exactly 2n transitions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace parley {

enum class Move : std::uint8_t { kShift, kLeft, kRight };

struct Transition {
  Move move = Move::kShift;
  int label = -1;  // index into the label list; -1 for SHIFT
};

class ParseState {
 public:
  // Starts parsing n words (n >= 0).
  void reset(int n);

  int words() const { return n_; }
  int root() const { return n_; }
  // The index standing for "no token": reads of it give neutral values.
  int none() const { return n_ + 1; }
  bool terminal() const { return b0_ == n_ && stack_.empty(); }

  int stack_size() const { return static_cast<int>(stack_.size()); }
  // The i-th stack item from the top (0 = s0), or none().
  int s(int i) const {
    return i < stack_size() ? stack_[stack_.size() - 1 - i] : none();
  }
  // The i-th buffer item (0 = b0; ROOT is the last), or none().
  int b(int i) const { return b0_ + i <= n_ ? b0_ + i : none(); }
  int b0() const { return b0_; }

  // Arcs so far: head (-1 when none yet) and label (-1 when none) of a token.
  int head(int t) const { return head_[t]; }
  int label(int t) const { return label_[t]; }
  // Leftmost / second leftmost and rightmost / second rightmost children, or none().
  int left1(int t) const { return left1_[t]; }
  int left2(int t) const { return left2_[t]; }
  int right1(int t) const { return right1_[t]; }
  int right2(int t) const { return right2_[t]; }
  int left_count(int t) const { return left_count_[t]; }
  int right_count(int t) const { return right_count_[t]; }
  // Sets of labels of the left and right children (bit = label % 64).
  std::uint64_t left_labels(int t) const { return left_labels_[t]; }
  std::uint64_t right_labels(int t) const { return right_labels_[t]; }

  bool can_shift() const { return b0_ < n_; }
  bool can_left_to_word() const { return !stack_.empty() && b0_ < n_; }
  bool can_left_to_root() const { return stack_.size() == 1 && b0_ == n_; }
  bool can_right() const { return stack_.size() >= 2; }

  // Applies a move; the caller checks it is valid.
  void apply(Move move, int label);

 private:
  void add_arc(int head, int dep, int label);

  int n_ = 0;
  int b0_ = 0;
  std::vector<int> stack_;
  std::vector<int> head_, label_;
  std::vector<int> left1_, left2_, right1_, right2_;
  std::vector<int> left_count_, right_count_;
  std::vector<std::uint64_t> left_labels_, right_labels_;
};

// The model's classes: SHIFT and one (move, label) pair per class, with the
// label list they refer to. Class 0 is SHIFT.
class TransitionSet {
 public:
  TransitionSet() = default;
  // `root_label` must be one of `labels`. SHIFT and RIGHT with the root label
  // in `arcs` are dropped.
  TransitionSet(std::vector<std::string> labels, int root_label, std::vector<Transition> arcs);

  int classes() const { return static_cast<int>(classes_.size()); }
  const Transition& at(int cls) const { return classes_[cls]; }
  const std::vector<Transition>& all() const { return classes_; }
  const std::vector<std::string>& labels() const { return labels_; }
  int root_label() const { return root_label_; }
  // The label's index, or -1.
  int find_label(const std::string& label) const;
  // The class of (move, label), or -1 when the model has no such class.
  int find(Move move, int label) const;

  bool valid(const ParseState& state, int cls) const;

  // Validity depends only on a class's kind, so a parser can test the four
  // kinds once per state and then each class by a table lookup.
  enum Kind : std::uint8_t { kShiftKind, kLeftToWord, kLeftToRoot, kRightKind };
  Kind kind(int cls) const { return kinds_[cls]; }
  // allowed[k] = whether classes of kind k are valid in `state`.
  static void allowed_kinds(const ParseState& state, bool allowed[4]);

 private:
  std::vector<std::string> labels_;
  int root_label_ = -1;
  std::vector<Transition> classes_;
  std::vector<Kind> kinds_;
};

}  // namespace parley
