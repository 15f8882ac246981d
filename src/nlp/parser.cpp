#include "nlp/parser.h"

#include <algorithm>
#include <string>

#include "nlp/parser_features.h"

namespace parley {
namespace {

constexpr std::uint32_t kParserFormat = 1;
constexpr char kRootLabel[] = "root";
constexpr char kFallbackLabel[] = "dep";

// Copies the arcs of `state` into the tokens. Words left without a head (only
// when the model lacks a class it needs) hang from the root, or become it.
void write_tree(const ParseState& state, const std::vector<std::string>& labels,
                const char* root_label, Sentence* s) {
  const int n = state.words();
  int root = -1;
  for (int i = 0; i < n; ++i) {
    Token& t = s->tokens[i];
    int h = state.head(i);
    int label = state.label(i);
    t.head = h == n ? 0 : h + 1;
    t.deprel = label >= 0 && label < static_cast<int>(labels.size()) ? labels[label] : kFallbackLabel;
    if (h == n) root = i;
  }
  for (int i = 0; i < n; ++i) {
    if (state.head(i) >= 0) continue;
    Token& t = s->tokens[i];
    if (root < 0) {
      root = i;
      t.head = 0;
      t.deprel = root_label;
    } else {
      t.head = root + 1;
      t.deprel = kFallbackLabel;
    }
  }
}

}  // namespace

void Parser::parse(Sentence* s) const {
  const int n = static_cast<int>(s->tokens.size());
  const TransitionSet& set = model_.transitions();
  ParseState state;
  state.reset(n);
  if (trained()) {
    thread_local std::vector<TokenAtoms> atoms;  // resized, not reallocated, per sentence
    compute_atoms(*s, &atoms);
    // Kept by the thread across sentences: sizing it (the group scores) then
    // allocates nothing once it has grown to the longest sentence.
    thread_local ParseScratch scratch;
    model_.prepare(&scratch, atoms.data(), n);
    while (!state.terminal()) {
      int best = model_.predict(state, atoms.data(), &scratch);
      if (best < 0) break;
      const Transition& t = set.at(best);
      state.apply(t.move, t.label);
    }
  }
  const char* root_label = kRootLabel;
  if (set.root_label() >= 0) root_label = set.labels()[set.root_label()].c_str();
  write_tree(state, set.labels(), root_label, s);
}

void Parser::save(ByteWriter* out) const {
  out->u32(kParserFormat);
  out->u32(kParserFeatureVersion);
  model_.save(out);
}

bool Parser::load(ByteReader* in, ScoringLayout layout) {
  *this = Parser();
  std::uint32_t format, features;
  if (!in->u32(&format) || format != kParserFormat) return false;
  if (!in->u32(&features) || features != kParserFeatureVersion) return false;
  ParserModel model;
  if (!model.load(in, layout)) return false;
  model_ = std::move(model);
  return true;
}

}  // namespace parley
