#include "nlp/raw_evaluation.h"

#include <map>
#include <string>
#include <tuple>

namespace parley {
namespace {

// A word's place: its surface token's span and its index inside that token.
using WordKey = std::tuple<std::size_t, std::size_t, int>;

struct WordRef {
  const Token* token;
  const Sentence* sentence;
};

// Keys of every word of `s`, given the spans of its surface tokens in order.
std::vector<WordKey> word_keys(const Sentence& s, const std::vector<TextSpan>& surface) {
  std::vector<WordKey> keys(s.tokens.size());
  std::size_t next_surface = 0;
  std::size_t w = 0;
  while (w < s.tokens.size() && next_surface < surface.size()) {
    const TextSpan& span = surface[next_surface++];
    int id = static_cast<int>(w) + 1;
    int last = id;
    for (const MultiwordToken& m : s.multiword_tokens) {
      if (m.first == id) last = m.last;
    }
    for (int k = 0; id + k <= last && w < s.tokens.size(); ++k, ++w) keys[w] = {span.start, span.end, k};
  }
  return keys;
}

void add_counts(F1Score* score, std::size_t gold, std::size_t predicted, std::size_t correct) {
  score->gold += gold;
  score->predicted += predicted;
  score->correct += correct;
}

std::string universal(const std::string& rel) { return rel.substr(0, rel.find(':')); }

}  // namespace

Result<RawScores> score_raw(const std::vector<Sentence>& gold_sentences, const GoldText& gold,
                            const std::vector<Sentence>& predicted) {
  Result<TokenizationScores> tok = score_tokenization(gold, predicted);
  if (!tok.ok()) return tok.status();
  RawScores out;
  out.tokenization = *tok;

  // Gold words by key, with the key of their head.
  std::map<WordKey, std::pair<const Token*, WordKey>> gold_words;
  std::size_t surface = 0;
  for (const Sentence& s : gold_sentences) {
    std::size_t count = s.tokens.size();
    for (const MultiwordToken& m : s.multiword_tokens) count -= static_cast<std::size_t>(m.last - m.first);
    std::vector<TextSpan> spans(gold.tokens.begin() + static_cast<long>(std::min(surface, gold.tokens.size())),
                                gold.tokens.begin() + static_cast<long>(std::min(surface + count, gold.tokens.size())));
    surface += count;
    std::vector<WordKey> keys = word_keys(s, spans);
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      int h = s.tokens[i].head;
      WordKey head = h >= 1 && h <= static_cast<int>(keys.size()) ? keys[h - 1] : WordKey{0, 0, -1};
      gold_words[keys[i]] = {&s.tokens[i], head};
    }
  }
  std::size_t predicted_words = 0, aligned = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  for (const Sentence& s : predicted) {
    Result<std::vector<TextSpan>> spans = surface_spans(s);
    if (!spans.ok()) return spans.status();
    std::vector<WordKey> keys = word_keys(s, *spans);
    predicted_words += s.tokens.size();
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      auto it = gold_words.find(keys[i]);
      if (it == gold_words.end()) continue;
      const Token& g = *it->second.first;
      const Token& p = s.tokens[i];
      ++aligned;
      upos += g.upos == p.upos;
      xpos += g.xpos == p.xpos;
      lemma += g.lemma == p.lemma;
      int h = p.head;
      WordKey head = h >= 1 && h <= static_cast<int>(keys.size()) ? keys[h - 1] : WordKey{0, 0, -1};
      bool attached = head == it->second.second;
      uas += attached;
      las += attached && universal(g.deprel) == universal(p.deprel);
    }
  }
  std::size_t gold_count = gold_words.size();
  add_counts(&out.words, gold_count, predicted_words, aligned);
  add_counts(&out.upos, gold_count, predicted_words, upos);
  add_counts(&out.xpos, gold_count, predicted_words, xpos);
  add_counts(&out.lemma, gold_count, predicted_words, lemma);
  add_counts(&out.uas, gold_count, predicted_words, uas);
  add_counts(&out.las, gold_count, predicted_words, las);
  return out;
}

}  // namespace parley
