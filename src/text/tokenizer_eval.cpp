#include "text/tokenizer_eval.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace parley {
namespace {

// A surface token of a gold sentence: its form and whether a space follows.
struct Surface {
  std::string_view form;
  bool space_after = true;
};

bool has_space_after_no(std::string_view misc) {
  std::size_t pos = 0;
  while (pos <= misc.size()) {
    std::size_t bar = misc.find('|', pos);
    if (bar == std::string_view::npos) bar = misc.size();
    if (misc.substr(pos, bar - pos) == "SpaceAfter=No") return true;
    pos = bar + 1;
  }
  return false;
}

std::vector<Surface> surface_tokens(const Sentence& sentence) {
  std::vector<Surface> out;
  std::size_t next_mwt = 0;
  for (std::size_t i = 0; i < sentence.tokens.size();) {
    const int id = static_cast<int>(i) + 1;
    while (next_mwt < sentence.multiword_tokens.size() &&
           sentence.multiword_tokens[next_mwt].first < id) {
      ++next_mwt;
    }
    if (next_mwt < sentence.multiword_tokens.size() &&
        sentence.multiword_tokens[next_mwt].first == id) {
      const MultiwordToken& mwt = sentence.multiword_tokens[next_mwt++];
      out.push_back({mwt.form, !has_space_after_no(mwt.misc)});
      i = static_cast<std::size_t>(std::max(mwt.last, id));
      continue;
    }
    out.push_back({sentence.tokens[i].form, !has_space_after_no(sentence.tokens[i].misc)});
    ++i;
  }
  return out;
}

bool is_paragraph_start(const Sentence& sentence) {
  for (const std::string& comment : sentence.comments) {
    if (comment.rfind("newpar", 0) == 0 || comment.rfind("newdoc", 0) == 0) return true;
  }
  return false;
}

// Finds the forms in order in `text` (skipping whitespace between them); spans
// are relative to text. False when a form is not where it should be.
bool align(std::string_view text, const std::vector<Surface>& tokens,
           std::vector<TextSpan>* spans) {
  std::size_t pos = 0;
  for (const Surface& token : tokens) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (token.form.empty() || text.substr(pos, token.form.size()) != token.form) return false;
    spans->push_back({pos, pos + token.form.size()});
    pos += token.form.size();
  }
  return true;
}

std::string text_from_forms(const std::vector<Surface>& tokens) {
  std::string out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out += tokens[i].form;
    if (tokens[i].space_after && i + 1 < tokens.size()) out += ' ';
  }
  return out;
}

std::size_t count_matches(const std::vector<TextSpan>& gold, std::vector<TextSpan> predicted) {
  auto before = [](const TextSpan& a, const TextSpan& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  };
  std::sort(predicted.begin(), predicted.end(), before);
  std::size_t correct = 0;
  for (std::size_t i = 0, j = 0; i < gold.size() && j < predicted.size();) {
    if (gold[i] == predicted[j]) {
      ++correct, ++i, ++j;
    } else if (before(gold[i], predicted[j])) {
      ++i;
    } else {
      ++j;
    }
  }
  return correct;
}

}  // namespace

double F1Score::precision() const {
  return predicted == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / predicted;
}

double F1Score::recall() const {
  return gold == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / gold;
}

double F1Score::f1() const {
  const std::size_t total = gold + predicted;
  return total == 0 ? 0.0 : 200.0 * static_cast<double>(correct) / total;
}

GoldText gold_text(const std::vector<Sentence>& gold) {
  GoldText out;
  for (const Sentence& sentence : gold) {
    const std::vector<Surface> tokens = surface_tokens(sentence);
    if (tokens.empty()) continue;
    if (!out.text.empty()) out.text += is_paragraph_start(sentence) ? "\n\n" : " ";
    std::vector<TextSpan> spans;
    std::string text = sentence.text;
    if (text.empty() || !align(text, tokens, &spans)) {
      spans.clear();
      text = text_from_forms(tokens);
      align(text, tokens, &spans);
    }
    const std::size_t base = out.text.size();
    for (const TextSpan& span : spans) out.tokens.push_back({base + span.start, base + span.end});
    out.sentences.push_back({base + spans.front().start, base + spans.back().end});
    out.text += text;
  }
  if (!out.text.empty()) out.text += '\n';
  return out;
}

Result<std::vector<TextSpan>> surface_spans(const Sentence& sentence) {
  std::vector<TextSpan> spans;
  const std::size_t n = sentence.tokens.size();
  std::vector<int> covered_by(n, -1);  // multiword token index per word
  for (std::size_t m = 0; m < sentence.multiword_tokens.size(); ++m) {
    const MultiwordToken& mwt = sentence.multiword_tokens[m];
    if (mwt.first < 1 || mwt.last < mwt.first || static_cast<std::size_t>(mwt.last) > n) {
      return Status::invalid_argument("sentence '" + sentence.id + "': bad multiword range " +
                                      std::to_string(mwt.first) + "-" + std::to_string(mwt.last));
    }
    for (int id = mwt.first; id <= mwt.last; ++id) covered_by[id - 1] = static_cast<int>(m);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const Token& token = sentence.tokens[i];
    if (token.start == std::string::npos || token.end == std::string::npos ||
        token.end < token.start) {
      return Status::invalid_argument("sentence '" + sentence.id + "': token " +
                                      std::to_string(i + 1) + " has no character offsets");
    }
    if (covered_by[i] < 0) {
      spans.push_back({token.start, token.end});
    } else if (i == 0 || covered_by[i - 1] != covered_by[i]) {
      const auto& mwt = sentence.multiword_tokens[static_cast<std::size_t>(covered_by[i])];
      spans.push_back({token.start, sentence.tokens[static_cast<std::size_t>(mwt.last) - 1].end});
    }
  }
  return spans;
}

Result<TokenizationScores> score_tokenization(const GoldText& gold,
                                              const std::vector<Sentence>& predicted) {
  std::vector<TextSpan> tokens, sentences;
  for (const Sentence& sentence : predicted) {
    Result<std::vector<TextSpan>> spans = surface_spans(sentence);
    if (!spans.ok()) return spans.status();
    if (spans->empty()) continue;
    for (const TextSpan& span : *spans) {
      if (span.end > gold.text.size()) {
        return Status::invalid_argument("sentence '" + sentence.id + "': token span " +
                                        std::to_string(span.start) + ":" +
                                        std::to_string(span.end) + " lies outside the text");
      }
    }
    sentences.push_back({spans->front().start, spans->back().end});
    tokens.insert(tokens.end(), spans->begin(), spans->end());
  }
  TokenizationScores scores;
  scores.tokens = {gold.tokens.size(), tokens.size(), count_matches(gold.tokens, tokens)};
  scores.sentences = {gold.sentences.size(), sentences.size(),
                      count_matches(gold.sentences, sentences)};
  return scores;
}

TokenizationScores evaluate_tokenizer(const std::vector<Sentence>& gold) {
  const GoldText text = gold_text(gold);
  Result<TokenizationScores> scores = score_tokenization(text, split_text(text.text));
  return scores.ok() ? *scores : TokenizationScores{};  // split_text always gives offsets
}

}  // namespace parley
