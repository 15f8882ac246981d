#include "text/sentence_model.h"

#include <algorithm>
#include <array>
#include <ostream>
#include <string_view>

#include "text/tokenizer_eval.h"

namespace parley {
namespace {

constexpr std::uint32_t kFormat = 1;
constexpr std::uint64_t kFnvBasis = 0xCBF29CE484222325ull;
constexpr std::uint64_t kFnvPrime = 0x100000001B3ull;
constexpr std::uint64_t kNoPiece = 0x5EB7A11u;  // the hash of a piece outside the paragraph
constexpr std::size_t kFeatures = 18;
// A treebank smaller than this trains no model (the rules do better than a
// model of a few sentences): train() returns an empty one.
constexpr std::size_t kMinSentences = 500;

enum Template : std::uint32_t {
  kBias = 1, kRule, kPrevWord, kWord, kPrev2Word, kNextWord, kPrevShape, kShape, kNextShape,
  kPrev2Shape, kShapePair, kPrevWordShape, kPrevShapeWord, kPrevWords, kWords, kRuleShape,
  kRulePrevWord, kGap, kLength, kRuleLength, kShapeTriple, kShapeNextShape, kRulePrevShape,
  kWordAcross,
};

// feature_hash (nlp/linear_model.h) with the template seeds computed once:
// this runs some 24 times a token.
struct Seeds {
  std::array<std::uint64_t, 32> seed{};
  Seeds() {
    for (std::uint32_t t = 0; t < seed.size(); ++t) seed[t] = template_seed(t);
  }
};
const Seeds kSeeds;

inline std::uint64_t fh(Template t, std::uint64_t a) { return hash_mix(kSeeds.seed[t], a); }
inline std::uint64_t fh(Template t, std::uint64_t a, std::uint64_t b) { return hash_mix(fh(t, a), b); }
inline std::uint64_t fh(Template t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return hash_mix(fh(t, a, b), c);
}

// A form's two hashes: of its ASCII lowercase (FNV-1a) and of its shape:
// "Xx" for "The", "d/d/d" for "03/15/2001", "X.X." for "U.S.": each run of
// upper, lower, digit or non-ASCII characters becomes one letter, other bytes
// stay; at most 6 letters. One pass: this runs once a token.
struct FormHashes {
  std::uint64_t lower = kFnvBasis;
  std::uint64_t shape = kFnvBasis;
};

char shape_class(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0x80) return 'u';
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  return c >= '0' && c <= '9' ? 'd' : c;
}

FormHashes form_hashes(std::string_view form) {
  FormHashes h;
  char last = 0;
  int letters = 0;
  for (char c : form) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    h.lower = (h.lower ^ static_cast<unsigned char>(lower)) * kFnvPrime;
    const char cls = shape_class(c);
    const bool run = cls == 'u' || cls == 'X' || cls == 'x' || cls == 'd';
    if ((cls == last && run) || letters == 6) continue;
    ++letters;
    h.shape = (h.shape ^ static_cast<unsigned char>(cls)) * kFnvPrime;
    last = cls;
  }
  return h;
}

// The shape of a word of ASCII lowercase letters only ("x").
const std::uint64_t kLowercaseShape = form_hashes("a").shape;

std::uint64_t length_bucket(std::size_t n) {
  if (n <= 4) return n;
  if (n <= 7) return 5;
  if (n <= 12) return 6;
  if (n <= 20) return 7;
  return n <= 40 ? 8 : 9;
}

// Features of a boundary before pieces[i]; word/shape hashes per piece.
class FeatureCache {
 public:
  void fill(std::string_view text, const std::vector<internal::Piece>& pieces) {
    if (words_.size() == pieces.size() && ready_text_ == text.data()) return;
    words_.resize(pieces.size());
    shapes_.resize(pieces.size());
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      const FormHashes h = form_hashes(text.substr(pieces[k].start, pieces[k].end - pieces[k].start));
      words_[k] = h.lower;
      shapes_[k] = h.shape;
    }
    ready_text_ = text.data();
  }

  // Between two lowercase words, where the rules see no boundary, EWT almost
  // never has one: the model is not asked (half the tokens of running text).
  bool settled(std::size_t i, bool rule) const {
    return !rule && shapes_[i - 1] == kLowercaseShape && shapes_[i] == kLowercaseShape;
  }

  std::size_t extract(const std::vector<internal::Piece>& pieces, std::size_t i,
                      std::size_t sentence_start, bool rule,
                      std::array<std::uint64_t, kFeatures>* out) const {
    const std::uint64_t r = rule ? 1 : 2;
    const std::uint64_t w = words_[i], s = shapes_[i];
    const std::uint64_t pw = words_[i - 1], ps = shapes_[i - 1];
    const bool has_prev2 = i >= 2 && pieces[i - 1].gap_before != internal::Gap::kParagraph;
    const std::uint64_t p2w = has_prev2 ? words_[i - 2] : kNoPiece;
    const std::uint64_t p2s = has_prev2 ? shapes_[i - 2] : kNoPiece;
    const bool has_next = i + 1 < pieces.size() && pieces[i + 1].gap_before != internal::Gap::kParagraph;
    const std::uint64_t nw = has_next ? words_[i + 1] : kNoPiece;
    const std::uint64_t ns = has_next ? shapes_[i + 1] : kNoPiece;
    const std::uint64_t gap = pieces[i].gap_before == internal::Gap::kNone ? 1 : 2;
    const std::uint64_t len = length_bucket(i - sentence_start);
    std::array<std::uint64_t, kFeatures>& f = *out;
    std::size_t k = 0;
    f[k++] = fh(kBias, 0);
    f[k++] = fh(kRule, r, gap);
    f[k++] = fh(kPrevWord, pw);
    f[k++] = fh(kWord, w);
    f[k++] = fh(kPrev2Word, p2w);
    f[k++] = fh(kNextWord, nw);
    f[k++] = fh(kPrevShape, ps);
    f[k++] = fh(kNextShape, ns);
    f[k++] = fh(kPrev2Shape, p2s);
    f[k++] = fh(kPrevWordShape, pw, s);
    f[k++] = fh(kPrevShapeWord, ps, w);
    f[k++] = fh(kPrevWords, p2w, pw);
    f[k++] = fh(kRuleShape, r, s);
    f[k++] = fh(kLength, len);
    f[k++] = fh(kRuleLength, r, len);
    f[k++] = fh(kShapeTriple, p2s, ps, s);
    f[k++] = fh(kShapeNextShape, s, ns);
    f[k++] = fh(kWordAcross, pw, w);
    return k;
  }

 private:
  std::vector<std::uint64_t> words_, shapes_;
  const char* ready_text_ = nullptr;
};

class ModelJudge : public internal::BoundaryJudge {
 public:
  explicit ModelJudge(const LinearModel& model) : model_(model) {}
  bool starts_sentence(std::string_view text, const std::vector<internal::Piece>& pieces,
                       std::size_t i, std::size_t sentence_start, bool rule) override {
    cache_.fill(text, pieces);
    if (cache_.settled(i, rule)) return false;
    std::array<std::uint64_t, kFeatures> feats;
    const std::size_t n = cache_.extract(pieces, i, sentence_start, rule, &feats);
    float scores[2] = {0, 0};
    model_.score(feats.data(), n, scores);
    return scores[1] > scores[0];
  }

 private:
  const LinearModel& model_;
  FeatureCache cache_;
};

// Updates the perceptron at every boundary it is asked about and answers with
// the gold boundary, so the sentence lengths it sees are the gold ones.
class TrainingJudge : public internal::BoundaryJudge {
 public:
  TrainingJudge(LinearModel* model, const std::vector<bool>* gold) : model_(model), gold_(gold) {}
  bool starts_sentence(std::string_view text, const std::vector<internal::Piece>& pieces,
                       std::size_t i, std::size_t sentence_start, bool rule) override {
    cache_.fill(text, pieces);
    if (cache_.settled(i, rule)) return (*gold_)[i];
    std::array<std::uint64_t, kFeatures> feats;
    const std::size_t n = cache_.extract(pieces, i, sentence_start, rule, &feats);
    float scores[2] = {0, 0};
    model_->score(feats.data(), n, scores);
    const int guess = scores[1] > scores[0] ? 1 : 0;
    const int gold = (*gold_)[i] ? 1 : 0;
    model_->update(feats.data(), n, gold, guess);
    model_->tick();
    ++asked_;
    if (guess != gold) ++errors_;
    return gold == 1;
  }
  std::size_t asked_ = 0, errors_ = 0;

 private:
  LinearModel* model_;
  const std::vector<bool>* gold_;
  FeatureCache cache_;
};

// The pieces of the whole text, and for each whether a gold sentence starts at it.
std::vector<internal::Piece> lex_all(std::string_view text) {
  internal::Lexer lexer(text);
  std::vector<internal::Piece> pieces;
  while (lexer.fill(&pieces, pieces.size() + (1u << 16))) {
  }
  return pieces;
}

std::vector<bool> gold_starts(const GoldText& gold, const std::vector<internal::Piece>& pieces) {
  std::vector<bool> out(pieces.size(), false);
  std::size_t k = 0;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    while (k < gold.sentences.size() && gold.sentences[k].start < pieces[i].start) ++k;
    out[i] = k < gold.sentences.size() && gold.sentences[k].start == pieces[i].start;
  }
  return out;
}

}  // namespace

SentenceModel SentenceModel::train(const std::vector<Sentence>& gold, const SentenceModelOptions& options,
                                   std::ostream* log) {
  if (gold.size() < kMinSentences) {
    if (log) {
      *log << "sentence model: not trained: " << gold.size() << " sentences, fewer than " << kMinSentences
           << "; the rules split sentences alone\n";
    }
    return {};
  }
  const GoldText text = gold_text(gold);
  const std::vector<internal::Piece> pieces = lex_all(text.text);
  const std::vector<bool> starts = gold_starts(text, pieces);
  SentenceModel m;
  m.model_ = LinearModel(2);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    TrainingJudge judge(&m.model_, &starts);
    internal::sentence_starts(text.text, pieces, &judge);
    if (log) {
      *log << "sentence model epoch " << epoch << ": " << judge.errors_ << " errors at "
           << judge.asked_ << " token boundaries\n";
    }
  }
  m.model_.finish_training(options.min_feature_updates);
  if (log) *log << "sentence model: " << m.model_.features() << " features\n";
  return m;
}

void SentenceModel::save(ByteWriter* out) const {
  out->u32(kFormat);
  model_.save(out);
}

bool SentenceModel::load(ByteReader* in) {
  std::uint32_t format = 0;
  if (!in->u32(&format) || format != kFormat) return false;
  LinearModel m;
  if (!m.load(in) || m.classes() != 2) return false;
  model_ = std::move(m);
  return true;
}

namespace internal {

std::unique_ptr<BoundaryJudge> make_judge(const SentenceModel& model) {
  return std::make_unique<ModelJudge>(model.linear());
}

}  // namespace internal
}  // namespace parley
