#include "nlp/parser_features.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "nlp/linear_model.h"

namespace parley {
namespace {

constexpr std::uint64_t kRootAtom = 0x526F6F74ull;  // "Root"
constexpr std::uint64_t kNoneAtom = 0x4E6F6E65ull;  // "None"

std::uint64_t hash_lower(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = (h ^ c) * 1099511628211ull;
  }
  return h;
}

// 1 lowercase, 2 capitalised, 3 all capitals, 4 with a digit, 5 other.
std::uint64_t word_shape(std::string_view s) {
  bool upper = false, lower = false, digit = false;
  for (unsigned char c : s) {
    upper |= c >= 'A' && c <= 'Z';
    lower |= c >= 'a' && c <= 'z';
    digit |= c >= '0' && c <= '9';
  }
  if (digit) return 4;
  if (upper && !lower) return s.size() > 1 ? 3 : 2;
  if (upper) return s[0] >= 'A' && s[0] <= 'Z' ? 2 : 5;
  return lower ? 1 : 5;
}

TokenAtoms special_atoms(std::uint64_t v) {
  TokenAtoms a;
  a.word = a.xpos = a.upos = a.lemma = a.suffix = a.shape = v;
  a.word_xpos = hash_mix(v, v);
  return a;
}

// Distances 1..5 exactly, then wider buckets; ROOT as b0 is its own bucket.
std::uint64_t distance_bucket(int from, int to, int root) {
  if (to == root) return 10;
  int d = to - from;
  if (d <= 5) return static_cast<std::uint64_t>(d);
  if (d <= 7) return 6;
  if (d <= 10) return 7;
  if (d <= 15) return 8;
  return 9;
}

std::uint64_t cap(int count) { return static_cast<std::uint64_t>(std::min(count, 8)); }

// template_seed(first + k) for k < N, computed at compile time.
template <std::size_t N>
constexpr std::array<std::uint64_t, N> template_seeds(std::uint32_t first) {
  std::array<std::uint64_t, N> seeds{};
  for (std::size_t k = 0; k < N; ++k) seeds[k] = template_seed(first + static_cast<std::uint32_t>(k));
  return seeds;
}
constexpr std::uint32_t kFirstMoveTemplate = 1;
constexpr std::uint32_t kFirstLabelTemplate = 1001;
constexpr auto kMoveSeeds = template_seeds<kMaxMoveFeatures>(kFirstMoveTemplate);
constexpr auto kLabelSeeds = template_seeds<kMaxLabelFeatures>(kFirstLabelTemplate);

// Appends hashed features; the template id is the feature's position in the
// fixed order of the add() calls below, after the first id whose seeds are
// given: feature_hash(first + k, a, b, c) without the per-call seed mixing.
// Only the features of the groups in kGroups (a mask of FeatureGroup bits)
// are written; the others still take their template ids.
template <unsigned kGroups>
class FeatureWriter {
 public:
  FeatureWriter(std::uint64_t* out, const std::uint64_t* seeds) : out_(out), seeds_(seeds) {}
  // Inlined: the extractors call it some 150 times per state.
  [[gnu::always_inline]] void add(std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    add(FeatureGroup::kState, a, b, c);
  }
  [[gnu::always_inline]] void add(FeatureGroup group, std::uint64_t a, std::uint64_t b = 0,
                                  std::uint64_t c = 0) {
    if (static_cast<unsigned>(group) & kGroups) {
      out_[written_++] = hash_mix(hash_mix(hash_mix(seeds_[n_], a), b), c);
    }
    ++n_;
  }
  std::size_t size() const { return written_; }

 private:
  std::uint64_t* out_;
  const std::uint64_t* seeds_;
  std::uint32_t n_ = 0;
  std::uint32_t written_ = 0;
};

// The groups of one-token templates, as the first argument of add().
constexpr FeatureGroup kOnB0 = FeatureGroup::kB0, kOnS0 = FeatureGroup::kS0,
                       kOnS1 = FeatureGroup::kS1, kOnS2 = FeatureGroup::kS2;

}  // namespace

void compute_atoms(const Sentence& s, std::vector<TokenAtoms>* atoms) {
  atoms->resize(s.tokens.size() + 2);
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    TokenAtoms& a = (*atoms)[i];
    a.word = hash_lower(t.form);
    a.upos = hash_string(t.upos);
    bool no_xpos = t.xpos.empty() || t.xpos == "_";
    a.xpos = no_xpos ? hash_mix(a.upos, 1) : hash_string(t.xpos);
    a.lemma = hash_lower(t.lemma);
    a.word_xpos = hash_mix(a.word, a.xpos);
    std::string_view form = t.form;
    a.suffix = hash_lower(form.substr(form.size() > 3 ? form.size() - 3 : 0));
    a.shape = word_shape(form);
  }
  (*atoms)[s.tokens.size()] = special_atoms(kRootAtom);
  (*atoms)[s.tokens.size() + 1] = special_atoms(kNoneAtom);
}

namespace {

// A stand-in for ParseState with one token in one role (s0, s1, s2 or b0) and
// nothing else: no other stack items, no arcs. Enough for the one-token
// groups, which read nothing else.
class RoleState {
 public:
  RoleState(FeatureGroup group, int token, int words) : n_(words), b0_(words) {
    stack_[0] = stack_[1] = stack_[2] = none();
    if (group == FeatureGroup::kB0) b0_ = token;
    if (group == FeatureGroup::kS0) stack_[0] = token;
    if (group == FeatureGroup::kS1) stack_[1] = token;
    if (group == FeatureGroup::kS2) stack_[2] = token;
  }
  int root() const { return n_; }
  int none() const { return n_ + 1; }
  int s(int i) const { return stack_[i]; }
  int b(int i) const { return b0_ + i <= n_ ? b0_ + i : none(); }
  int label(int) const { return -1; }
  int left1(int) const { return none(); }
  int left2(int) const { return none(); }
  int right1(int) const { return none(); }
  int right2(int) const { return none(); }
  int left_count(int) const { return 0; }
  int right_count(int) const { return 0; }
  std::uint64_t left_labels(int) const { return 0; }
  std::uint64_t right_labels(int) const { return 0; }

 private:
  int n_;
  int b0_;
  int stack_[3];
};

template <unsigned kGroups, class State>
[[gnu::always_inline]] inline std::size_t write_move_features(const State& st,
                                                             const TokenAtoms* atoms,
                                                             std::uint64_t* out) {
  const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const int b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
  const TokenAtoms &S0 = atoms[s0], &S1 = atoms[s1], &S2 = atoms[s2];
  const TokenAtoms &B0 = atoms[b0], &B1 = atoms[b1], &B2 = atoms[b2];
  const int s0l1 = st.left1(s0), s0l2 = st.left2(s0), s0r1 = st.right1(s0), s0r2 = st.right2(s0);
  const int s1l1 = st.left1(s1), s1r1 = st.right1(s1), s1r2 = st.right2(s1);
  const int b0l1 = st.left1(b0), b0l2 = st.left2(b0);
  auto lab = [&](int t) { return static_cast<std::uint64_t>(st.label(t) + 1); };
  auto pos = [&](int t) { return atoms[t].xpos; };
  auto word = [&](int t) { return atoms[t].word; };
  const std::uint64_t d01 = s0 == st.none() ? 0 : distance_bucket(s0, b0, st.root());
  const std::uint64_t d10 = s1 == st.none() ? 0 : distance_bucket(s1, s0, st.root());

  FeatureWriter<kGroups> f(out, kMoveSeeds.data());
  f.add(kOnB0, 1);  // bias
  // Single tokens.
  f.add(kOnS0, S0.word_xpos); f.add(kOnS0, S0.word); f.add(kOnS0, S0.xpos); f.add(kOnS0, S0.lemma);
  f.add(kOnB0, B0.word_xpos); f.add(kOnB0, B0.word); f.add(kOnB0, B0.xpos); f.add(kOnB0, B0.lemma);
  f.add(kOnB0, B1.word_xpos); f.add(kOnB0, B1.word); f.add(kOnB0, B1.xpos);
  f.add(kOnB0, B2.word); f.add(kOnB0, B2.xpos);
  f.add(kOnS1, S1.word_xpos); f.add(kOnS1, S1.word); f.add(kOnS1, S1.xpos); f.add(kOnS1, S1.lemma);
  f.add(kOnS2, S2.word); f.add(kOnS2, S2.xpos);
  // Pairs: s0 with b0 (LEFT), s1 with s0 (RIGHT).
  f.add(S0.word_xpos, B0.word_xpos); f.add(S0.word_xpos, B0.word); f.add(S0.word, B0.word_xpos);
  f.add(S0.word_xpos, B0.xpos); f.add(S0.xpos, B0.word_xpos); f.add(S0.word, B0.word);
  f.add(S0.xpos, B0.xpos); f.add(kOnB0, B0.xpos, B1.xpos); f.add(S0.lemma, B0.lemma);
  f.add(S1.word_xpos, S0.word_xpos); f.add(S1.word, S0.word); f.add(S1.xpos, S0.xpos);
  f.add(S1.xpos, S0.word_xpos); f.add(S1.word_xpos, S0.xpos); f.add(S1.lemma, S0.lemma);
  f.add(S0.upos, B0.upos, S1.upos);
  // Triples of tags.
  f.add(kOnB0, B0.xpos, B1.xpos, B2.xpos); f.add(S0.xpos, B0.xpos, B1.xpos);
  f.add(S1.xpos, S0.xpos, B0.xpos); f.add(S2.xpos, S1.xpos, S0.xpos);
  f.add(S0.xpos, pos(s0l1), B0.xpos); f.add(S0.xpos, pos(s0r1), B0.xpos);
  f.add(S0.xpos, B0.xpos, pos(b0l1)); f.add(S1.xpos, pos(s1r1), S0.xpos);
  f.add(S1.xpos, S0.xpos, pos(s0l1)); f.add(S1.xpos, pos(s1l1), S0.xpos);
  f.add(S1.xpos, S0.xpos, B1.xpos);
  // Robustness to tagging errors: suffixes, shapes and the coarser UPOS.
  f.add(S0.suffix, B0.xpos); f.add(S0.xpos, B0.suffix); f.add(kOnS0, S0.suffix);
  f.add(kOnB0, B0.suffix); f.add(kOnB0, B1.suffix); f.add(S1.suffix, S0.xpos); f.add(S0.upos, B0.upos); f.add(S1.upos, S0.upos);
  f.add(kOnB0, B0.upos, B1.upos); f.add(S0.shape, B0.shape, B0.xpos);
  // Distances.
  f.add(S0.word, d01); f.add(S0.xpos, d01); f.add(B0.word, d01); f.add(B0.xpos, d01);
  f.add(S0.word, B0.word, d01); f.add(S0.xpos, B0.xpos, d01);
  f.add(S1.word, d10); f.add(S0.word, d10); f.add(S1.xpos, S0.xpos, d10);
  f.add(S1.word, S0.word, d10);
  // Valencies.
  const std::uint64_t s0vl = cap(st.left_count(s0)), s0vr = cap(st.right_count(s0));
  const std::uint64_t s1vr = cap(st.right_count(s1)), b0vl = cap(st.left_count(b0));
  f.add(S0.word, s0vr); f.add(S0.xpos, s0vr); f.add(S0.word, s0vl); f.add(S0.xpos, s0vl);
  f.add(B0.word, b0vl); f.add(B0.xpos, b0vl); f.add(S1.word, s1vr); f.add(S1.xpos, s1vr);
  // Children and their labels.
  f.add(word(s0l1)); f.add(pos(s0l1)); f.add(lab(s0l1));
  f.add(word(s0r1)); f.add(pos(s0r1)); f.add(lab(s0r1));
  f.add(word(b0l1)); f.add(pos(b0l1)); f.add(lab(b0l1));
  f.add(word(s1r1)); f.add(pos(s1r1)); f.add(lab(s1r1)); f.add(pos(s1l1)); f.add(lab(s1l1));
  f.add(word(s0l2)); f.add(pos(s0l2)); f.add(lab(s0l2));
  f.add(word(s0r2)); f.add(pos(s0r2)); f.add(lab(s0r2));
  f.add(word(b0l2)); f.add(pos(b0l2)); f.add(lab(b0l2));
  f.add(S0.xpos, pos(s0l1), pos(s0l2)); f.add(S0.xpos, pos(s0r1), pos(s0r2));
  f.add(B0.xpos, pos(b0l1), pos(b0l2)); f.add(S1.xpos, pos(s1r1), pos(s1r2));
  f.add(S0.xpos, lab(s0l1), lab(s0r1)); f.add(S1.xpos, lab(s1l1), lab(s1r1));
  // Label sets.
  f.add(S0.word, st.right_labels(s0)); f.add(S0.xpos, st.right_labels(s0));
  f.add(S0.word, st.left_labels(s0)); f.add(S0.xpos, st.left_labels(s0));
  f.add(B0.word, st.left_labels(b0)); f.add(B0.xpos, st.left_labels(b0));
  f.add(S1.xpos, st.right_labels(s1)); f.add(S1.xpos, st.left_labels(s1));
  return f.size();
}

}  // namespace

std::size_t move_features(const ParseState& st, const TokenAtoms* atoms, std::uint64_t* out,
                          FeatureGroup group) {
  switch (group) {
    case FeatureGroup::kState: return write_move_features<1u>(st, atoms, out);
    case FeatureGroup::kB0: return write_move_features<2u>(st, atoms, out);
    case FeatureGroup::kS0: return write_move_features<4u>(st, atoms, out);
    case FeatureGroup::kS1: return write_move_features<8u>(st, atoms, out);
    case FeatureGroup::kS2: return write_move_features<16u>(st, atoms, out);
    case FeatureGroup::kAll: break;
  }
  return write_move_features<31u>(st, atoms, out);
}

std::size_t move_group_features(FeatureGroup group, int token, int words, const TokenAtoms* atoms,
                                std::uint64_t* out) {
  const RoleState st(group, token, words);
  switch (group) {
    case FeatureGroup::kB0: return write_move_features<2u>(st, atoms, out);
    case FeatureGroup::kS0: return write_move_features<4u>(st, atoms, out);
    case FeatureGroup::kS1: return write_move_features<8u>(st, atoms, out);
    case FeatureGroup::kS2: return write_move_features<16u>(st, atoms, out);
    case FeatureGroup::kState: case FeatureGroup::kAll: break;
  }
  return 0;
}

namespace {

template <unsigned kGroups, class State>
[[gnu::always_inline]] inline std::size_t write_label_features(const State& st,
                                                              const TokenAtoms* atoms,
                                                              std::uint64_t* out) {
  const int s0 = st.s(0), s1 = st.s(1), b0 = st.b(0);
  const int none = st.none();
  const TokenAtoms &S0 = atoms[s0], &S1 = atoms[s1], &B0 = atoms[b0], &B1 = atoms[st.b(1)];
  // Linear neighbours of s0 (any word's own attributes are fair features).
  const TokenAtoms& before = atoms[s0 == none || s0 == 0 ? none : s0 - 1];
  const TokenAtoms& after = atoms[s0 == none ? none : s0 + 1];
  const int s0l1 = st.left1(s0), s0r1 = st.right1(s0);
  auto lab = [&](int t) { return static_cast<std::uint64_t>(st.label(t) + 1); };
  const std::uint64_t d01 = s0 == none ? 0 : distance_bucket(s0, b0, st.root());
  const std::uint64_t d10 = s1 == none ? 0 : distance_bucket(s1, s0, st.root());

  FeatureWriter<kGroups> f(out, kLabelSeeds.data());
  f.add(kOnB0, 1);  // bias
  f.add(kOnS0, S0.word); f.add(kOnS0, S0.xpos); f.add(kOnS0, S0.word_xpos); f.add(kOnS0, S0.lemma);
  f.add(kOnS0, S0.upos);
  f.add(kOnB0, B0.word); f.add(kOnB0, B0.xpos); f.add(kOnB0, B0.lemma);
  f.add(kOnS1, S1.word); f.add(kOnS1, S1.xpos); f.add(kOnS1, S1.lemma);
  f.add(S0.xpos, B0.xpos); f.add(S1.xpos, S0.xpos); f.add(S0.word, B0.xpos);
  f.add(S0.xpos, B0.word); f.add(S1.word, S0.xpos); f.add(S1.xpos, S0.word);
  f.add(S0.lemma, B0.lemma); f.add(S1.lemma, S0.lemma);
  f.add(S0.xpos, B0.xpos, d01); f.add(S1.xpos, S0.xpos, d10);
  f.add(lab(s0l1), atoms[s0l1].xpos); f.add(atoms[s0l1].word); f.add(lab(s0r1), atoms[s0r1].xpos);
  f.add(S0.xpos, atoms[s0l1].word, B0.xpos); f.add(S1.xpos, atoms[s0l1].word, S0.xpos);
  f.add(S0.xpos, st.left_labels(s0)); f.add(S0.xpos, st.right_labels(s0));
  f.add(B0.xpos, st.left_labels(b0)); f.add(S1.xpos, st.right_labels(s1));
  f.add(B0.xpos, lab(st.left1(b0))); f.add(S1.xpos, lab(st.right1(s1)));
  f.add(kOnB0, B1.xpos); f.add(S0.xpos, B1.xpos);
  f.add(kOnS0, before.xpos, S0.xpos); f.add(kOnS0, S0.xpos, after.xpos);
  f.add(kOnS0, before.word, S0.xpos);
  f.add(kOnS0, S0.suffix); f.add(S0.suffix, B0.upos); f.add(S1.upos, S0.suffix);
  f.add(kOnS0, S0.shape, S0.upos);
  return f.size();
}

}  // namespace

std::size_t label_features(const ParseState& st, const TokenAtoms* atoms, std::uint64_t* out,
                           FeatureGroup group) {
  switch (group) {
    case FeatureGroup::kState: return write_label_features<1u>(st, atoms, out);
    case FeatureGroup::kB0: return write_label_features<2u>(st, atoms, out);
    case FeatureGroup::kS0: return write_label_features<4u>(st, atoms, out);
    case FeatureGroup::kS1: return write_label_features<8u>(st, atoms, out);
    case FeatureGroup::kS2: return 0;  // no label template reads s2
    case FeatureGroup::kAll: break;
  }
  return write_label_features<31u>(st, atoms, out);
}

std::size_t label_group_features(FeatureGroup group, int token, int words, const TokenAtoms* atoms,
                                 std::uint64_t* out) {
  const RoleState st(group, token, words);
  switch (group) {
    case FeatureGroup::kB0: return write_label_features<2u>(st, atoms, out);
    case FeatureGroup::kS0: return write_label_features<4u>(st, atoms, out);
    case FeatureGroup::kS1: return write_label_features<8u>(st, atoms, out);
    case FeatureGroup::kS2: case FeatureGroup::kState: case FeatureGroup::kAll: break;
  }
  return 0;
}

}  // namespace parley
