#include "nlp/evaluation.h"

namespace parley {
namespace {

std::string universal(const std::string& rel) { return rel.substr(0, rel.find(':')); }

}  // namespace

void AnnotationScores::add(const AnnotationScores& o) {
  words += o.words;
  upos += o.upos;
  xpos += o.xpos;
  lemma += o.lemma;
  uas += o.uas;
  las += o.las;
}

AnnotationScores score_annotations(const std::vector<Sentence>& gold,
                                   const std::vector<Sentence>& predicted, int* mismatched) {
  AnnotationScores s;
  int bad = 0;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (i >= predicted.size() || gold[i].tokens.size() != predicted[i].tokens.size()) {
      ++bad;
      continue;
    }
    for (std::size_t k = 0; k < gold[i].tokens.size(); ++k) {
      const Token& g = gold[i].tokens[k];
      const Token& p = predicted[i].tokens[k];
      ++s.words;
      s.upos += g.upos == p.upos;
      s.xpos += g.xpos == p.xpos;
      s.lemma += g.lemma == p.lemma;
      bool head = g.head == p.head;
      s.uas += head;
      s.las += head && universal(g.deprel) == universal(p.deprel);
    }
  }
  if (mismatched) *mismatched = bad;
  return s;
}

Sentence strip_annotations(const Sentence& s) {
  Sentence out;
  out.id = s.id;
  out.text = s.text;
  out.source_line = s.source_line;
  out.multiword_tokens = s.multiword_tokens;
  for (const Token& t : s.tokens) {
    Token w;
    w.form = t.form;
    w.misc = t.misc;
    w.start = t.start;
    w.end = t.end;
    out.tokens.push_back(std::move(w));
  }
  return out;
}

}  // namespace parley
