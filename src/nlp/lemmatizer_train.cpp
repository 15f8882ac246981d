// Training of the Lemmatizer: counts over the gold (form, tag, lemma) triples.
// Ordered maps and first-seen edit ids keep the result independent of
// hash-table order; ties go to the smaller key.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "nlp/lemmatizer.h"
#include "nlp/linear_model.h"

namespace parley {

class LemmatizerTrainer {
 public:
  LemmatizerTrainer(const LemmatizerOptions& options, std::ostream* log)
      : options_(options), log_(log) {}

  Lemmatizer run(const std::vector<Sentence>& train, const std::vector<Sentence>& dev) {
    m_.max_suffix_ = static_cast<std::uint32_t>(std::max(0, options_.max_suffix));
    for (const Sentence& s : train) {
      for (const Token& t : s.tokens) count(t);
    }
    fill_exact();
    fill_lower();
    fill_casing();
    fill_suffixes();
    if (log_) log_accuracy(dev);
    return std::move(m_);
  }

 private:
  using Counts = std::map<std::uint32_t, int>;  // edit (or mode) -> tokens

  template <class K>
  static K most_frequent(const std::map<K, int>& counts) {
    K best{};
    int best_n = -1;
    for (const auto& [k, n] : counts) {
      if (n > best_n) best = k, best_n = n;
    }
    return best;
  }

  std::uint32_t edit_id(const LemmaEdit& e) {
    auto [it, added] = ids_.emplace(e, static_cast<std::uint32_t>(m_.edits_.size()));
    if (added) m_.edits_.push_back(e);
    return it->second;
  }

  void count(const Token& t) {
    std::uint64_t tag = lemma_tag_hash(t.upos, t.xpos);
    ++exact_[lemma_word_key(t.form, tag)][t.lemma];
    m_.lemmas_.insert(lemma_family_key(t.lemma, t.upos, t.xpos));
    LemmaEdit edit;
    CaseMode mode;
    if (!derive_edit(t.form, t.lemma, &edit, &mode)) return;
    std::string lower = ascii_lower(t.form);
    std::uint32_t id = edit_id(edit);
    ++lower_[lemma_word_key(lower, tag)][id];
    ++casing_[lemma_shape_key(case_shape(t.form), tag)][static_cast<std::uint32_t>(mode)];
    types_[std::make_tuple(tag, lower)][id] += 1;
  }

  void fill_exact() {
    for (const auto& [key, lemmas] : exact_) m_.exact_.emplace(key, most_frequent(lemmas));
  }
  void fill_lower() {
    for (const auto& [key, edits] : lower_) m_.lower_.emplace(key, most_frequent(edits));
  }
  void fill_casing() {
    for (const auto& [key, modes] : casing_) {
      m_.casing_.emplace(key, static_cast<CaseMode>(most_frequent(modes)));
    }
  }

  // Each word type (lowercase form, tag) votes once, with its usual edit, for
  // every suffix of it that covers the bytes the edit strips.
  void fill_suffixes() {
    std::map<std::uint64_t, Counts> votes;
    for (const auto& [type, edits] : types_) {
      const std::string& lower = std::get<1>(type);
      std::uint32_t id = most_frequent(edits);
      std::size_t strip = m_.edits_[id].strip;
      std::size_t longest = std::min<std::size_t>(lower.size(), m_.max_suffix_);
      for (std::size_t len = strip; len <= longest; ++len) {
        ++votes[lemma_suffix_key(std::string_view(lower).substr(lower.size() - len),
                                 std::get<0>(type))][id];
      }
    }
    for (const auto& [key, edits] : votes) {
      int total = 0;
      std::vector<std::pair<int, std::uint32_t>> ranked;  // (-types, edit): most frequent first
      for (const auto& [id, n] : edits) total += n, ranked.emplace_back(-n, id);
      if (total < options_.min_suffix_types) continue;
      std::sort(ranked.begin(), ranked.end());
      ranked.resize(std::min<std::size_t>(ranked.size(), std::max(1, options_.suffix_edits)));
      Lemmatizer::EditRun run{static_cast<std::uint32_t>(m_.suffix_edits_.size()),
                              static_cast<std::uint32_t>(ranked.size())};
      for (const auto& r : ranked) m_.suffix_edits_.push_back(r.second);
      m_.suffix_.emplace(key, run);
    }
  }

  void log_accuracy(const std::vector<Sentence>& dev) {
    long right = 0, total = 0;
    for (const Sentence& s : dev) {
      for (const Token& t : s.tokens) {
        right += m_.lemma(t.form, t.upos, t.xpos) == t.lemma;
        ++total;
      }
    }
    char line[160];
    std::snprintf(line, sizeof line,
                  "lemmatizer: %zu exact, %zu lowercase, %zu suffix entries, %zu edits; "
                  "dev lemma (gold tags) %.2f (%ld words)\n",
                  m_.exact_.size(), m_.lower_.size(), m_.suffix_.size(), m_.edits_.size(),
                  total ? 100.0 * static_cast<double>(right) / static_cast<double>(total) : 0.0,
                  total);
    *log_ << line << std::flush;
  }

  LemmatizerOptions options_;
  std::ostream* log_;
  Lemmatizer m_;
  std::map<LemmaEdit, std::uint32_t> ids_;
  std::map<std::uint64_t, std::map<std::string, int>> exact_;
  std::map<std::uint64_t, Counts> lower_;
  std::map<std::uint64_t, Counts> casing_;
  std::map<std::tuple<std::uint64_t, std::string>, Counts> types_;
};

Lemmatizer Lemmatizer::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                             const LemmatizerOptions& options, std::ostream* log) {
  return LemmatizerTrainer(options, log).run(train, dev);
}

}  // namespace parley
