// A learned sentence-boundary model: an averaged perceptron (LinearModel, 2
// classes) that decides, before each token the rules leave open, whether a
// sentence starts there. Its features are the forms and shapes of the two
// tokens on each side, the gap before the token, the length of the sentence so
// far and what the rules (text/sentence_splitter.cpp) say, so it learns where
// EWT's web text departs from them: e-mail signatures and headers, greetings,
// lists, chat without punctuation. Paragraph starts, datelines, the 1,000-token
// limit and multiword tokens stay with the rules.
//
// Trained on gold CoNLL-U (the raw text rebuilt by gold_text), saved as the
// optional SENT section of the model file (docs/model_format.md). A trained or
// loaded model is immutable and may be shared by threads.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <vector>

#include "nlp/linear_model.h"
#include "nlp/model_io.h"
#include "parley/sentence.h"
#include "text/pieces.h"

namespace parley {

struct SentenceModelOptions {
  int epochs = 10;
  // Drop features updated fewer times than this: a smaller, faster model.
  std::uint32_t min_feature_updates = 3;
};

class SentenceModel {
 public:
  // Trains on the raw text of `gold` as gold_text rebuilds it; `log` (may be
  // null) gets one line per epoch. Fewer than 500 sentences train nothing: the
  // model returned is empty (the rules then split alone).
  static SentenceModel train(const std::vector<Sentence>& gold, const SentenceModelOptions& options,
                             std::ostream* log);

  bool empty() const { return model_.classes() == 0; }
  std::size_t features() const { return model_.features(); }

  // Encoding: a u32 format number (1), then the LinearModel.
  void save(ByteWriter* out) const;
  bool load(ByteReader* in);  // false on malformed data

  // The perceptron; the judge in sentence_model.cpp scores with it.
  const LinearModel& linear() const { return model_; }

 private:
  LinearModel model_;
};

namespace internal {
// A judge that asks `model` (which must outlive it); it keeps per-call scratch,
// so make one per text.
std::unique_ptr<BoundaryJudge> make_judge(const SentenceModel& model);
}  // namespace internal

}  // namespace parley
