#include "nlp/transition_system.h"

#include <utility>

namespace parley {

void ParseState::reset(int n) {
  n_ = n < 0 ? 0 : n;
  b0_ = 0;
  stack_.clear();
  stack_.reserve(n_);
  std::size_t size = static_cast<std::size_t>(n_) + 2;  // words, ROOT, none
  int none_index = none();
  head_.assign(size, -1);
  label_.assign(size, -1);
  left1_.assign(size, none_index);
  left2_.assign(size, none_index);
  right1_.assign(size, none_index);
  right2_.assign(size, none_index);
  left_count_.assign(size, 0);
  right_count_.assign(size, 0);
  left_labels_.assign(size, 0);
  right_labels_.assign(size, 0);
}

void ParseState::add_arc(int head, int dep, int label) {
  head_[dep] = head;
  label_[dep] = label;
  int none_index = none();
  std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(label) % 64);
  if (dep < head) {
    ++left_count_[head];
    left_labels_[head] |= bit;
    if (left1_[head] == none_index || dep < left1_[head]) {
      left2_[head] = left1_[head];
      left1_[head] = dep;
    } else if (left2_[head] == none_index || dep < left2_[head]) {
      left2_[head] = dep;
    }
  } else {
    ++right_count_[head];
    right_labels_[head] |= bit;
    if (right1_[head] == none_index || dep > right1_[head]) {
      right2_[head] = right1_[head];
      right1_[head] = dep;
    } else if (right2_[head] == none_index || dep > right2_[head]) {
      right2_[head] = dep;
    }
  }
}

void ParseState::apply(Move move, int label) {
  switch (move) {
    case Move::kShift:
      stack_.push_back(b0_);
      ++b0_;
      break;
    case Move::kLeft: {
      int dep = stack_.back();
      stack_.pop_back();
      add_arc(b0_, dep, label);
      break;
    }
    case Move::kRight: {
      int dep = stack_.back();
      stack_.pop_back();
      add_arc(stack_.back(), dep, label);
      break;
    }
  }
}

TransitionSet::TransitionSet(std::vector<std::string> labels, int root_label,
                             std::vector<Transition> arcs)
    : labels_(std::move(labels)), root_label_(root_label) {
  classes_.push_back({Move::kShift, -1});
  kinds_.push_back(kShiftKind);
  for (const Transition& t : arcs) {
    // SHIFT is class 0 only; nothing attaches to ROOT by RIGHT.
    if (t.move == Move::kShift || (t.move == Move::kRight && t.label == root_label_)) continue;
    classes_.push_back(t);
    if (t.move == Move::kRight) {
      kinds_.push_back(kRightKind);
    } else {
      kinds_.push_back(t.label == root_label_ ? kLeftToRoot : kLeftToWord);
    }
  }
}

int TransitionSet::find_label(const std::string& label) const {
  for (std::size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i] == label) return static_cast<int>(i);
  }
  return -1;
}

int TransitionSet::find(Move move, int label) const {
  for (std::size_t i = 0; i < classes_.size(); ++i) {
    if (classes_[i].move == move && classes_[i].label == label) return static_cast<int>(i);
  }
  return -1;
}

void TransitionSet::allowed_kinds(const ParseState& state, bool allowed[4]) {
  allowed[kShiftKind] = state.can_shift();
  allowed[kLeftToWord] = state.can_left_to_word();
  allowed[kLeftToRoot] = state.can_left_to_root();
  allowed[kRightKind] = state.can_right();
}

bool TransitionSet::valid(const ParseState& state, int cls) const {
  const Transition& t = classes_[cls];
  switch (t.move) {
    case Move::kShift:
      return state.can_shift();
    case Move::kLeft:
      return t.label == root_label_ ? state.can_left_to_root() : state.can_left_to_word();
    case Move::kRight:
      return t.label != root_label_ && state.can_right();
  }
  return false;
}

}  // namespace parley
