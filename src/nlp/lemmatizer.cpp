#include "nlp/lemmatizer.h"

#include <algorithm>
#include <utility>

#include "nlp/linear_model.h"

namespace parley {
namespace {

constexpr std::uint32_t kLemmatizerFormat = 1;
constexpr std::uint32_t kMaxSuffixLimit = 64;

// Keys in ascending order: the saved bytes do not depend on hash-table order.
template <class Map>
std::vector<std::uint64_t> sorted_keys(const Map& map) {
  std::vector<std::uint64_t> keys;
  keys.reserve(map.size());
  for (const auto& kv : map) keys.push_back(kv.first);
  std::sort(keys.begin(), keys.end());
  return keys;
}

void save_edit_map(const std::unordered_map<std::uint64_t, std::uint32_t>& map, ByteWriter* out) {
  out->u32(static_cast<std::uint32_t>(map.size()));
  for (std::uint64_t k : sorted_keys(map)) {
    out->u64(k);
    out->u32(map.at(k));
  }
}

bool load_edit_map(ByteReader* in, std::size_t edits,
                   std::unordered_map<std::uint64_t, std::uint32_t>* map) {
  std::uint32_t n;
  if (!in->count(&n, 12)) return false;
  map->reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint64_t key;
    std::uint32_t edit;
    if (!in->u64(&key) || !in->u32(&edit) || edit >= edits) return false;
    if (!map->emplace(key, edit).second) return false;
  }
  return true;
}

}  // namespace

CaseMode Lemmatizer::case_mode(std::string_view form, std::uint64_t tag) const {
  auto it = casing_.find(lemma_shape_key(case_shape(form), tag));
  return it == casing_.end() ? CaseMode::kKeep : it->second;
}

// Rule 3 of the header: the suffix edits of an unseen (form, tag).
std::string Lemmatizer::guess(std::string_view form, std::string_view lower, const TagKeys& tags,
                              CaseMode mode) const {
  const std::uint64_t tag = tags.tag;
  std::string first;
  bool have_first = false;
  std::size_t longest = std::min<std::size_t>(lower.size(), max_suffix_);
  for (std::size_t len = longest + 1; len-- > 0;) {
    auto it = suffix_.find(lemma_suffix_key(lower.substr(lower.size() - len), tag));
    if (it == suffix_.end()) continue;
    for (std::uint32_t k = 0; k < it->second.count; ++k) {
      const LemmaEdit& edit = edits_[suffix_edits_[it->second.begin + k]];
      if (edit.strip > form.size()) continue;  // only from a hash collision
      std::string lemma = apply_edit(form, edit, mode);
      if (lemmas_.count(lemma_family_key(lemma, tags.upos, tags.xpos))) return lemma;
      if (!have_first) first = std::move(lemma), have_first = true;
    }
  }
  return have_first ? first : apply_edit(form, LemmaEdit(), mode);
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view upos,
                              std::string_view xpos) const {
  const std::uint64_t tag = lemma_tag_hash(upos, xpos);
  if (const std::string* exact = exact_.find(lemma_word_key(form, tag))) return *exact;
  return derived(form, tag, upos, xpos);
}

std::string Lemmatizer::derived(std::string_view form, std::uint64_t tag, std::string_view upos,
                                std::string_view xpos) const {
  const std::string lower = ascii_lower(form);
  const CaseMode mode = case_mode(form, tag);
  auto known = lower_.find(lemma_word_key(lower, tag));
  if (known == lower_.end()) return guess(form, lower, {tag, upos, xpos}, mode);
  // The edit came from this lowercase form, so it fits (unless hashes collide).
  const LemmaEdit& edit = edits_[known->second];
  return apply_edit(form, edit.strip <= form.size() ? edit : LemmaEdit(), mode);
}

void Lemmatizer::lemmatize(Sentence* s) const {
  for (Token& t : s->tokens) {
    const std::uint64_t tag = lemma_tag_hash(t.upos, t.xpos);
    if (const std::string* exact = exact_.find(lemma_word_key(t.form, tag))) {
      t.lemma = *exact;  // copy-assigned: reuses the token's buffer
    } else {
      t.lemma = derived(t.form, tag, t.upos, t.xpos);
    }
  }
}

bool Lemmatizer::load_suffixes(ByteReader* in) {
  std::uint32_t n;
  if (!in->count(&n, 16)) return false;
  suffix_.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint64_t key;
    EditRun run;
    run.begin = static_cast<std::uint32_t>(suffix_edits_.size());
    if (!in->u64(&key) || !in->count(&run.count, 4) || run.count == 0) return false;
    for (std::uint32_t k = 0; k < run.count; ++k) {
      std::uint32_t edit;
      if (!in->u32(&edit) || edit >= edits_.size()) return false;
      suffix_edits_.push_back(edit);
    }
    if (!suffix_.emplace(key, run).second) return false;
  }
  return true;
}

void Lemmatizer::save(ByteWriter* out) const {
  out->u32(kLemmatizerFormat);
  out->u32(max_suffix_);
  out->u32(static_cast<std::uint32_t>(edits_.size()));
  for (const LemmaEdit& e : edits_) {
    out->u32(e.strip);
    out->str(e.append);
  }
  out->u32(static_cast<std::uint32_t>(exact_.size()));
  for (std::uint64_t k : exact_.sorted_keys()) {
    out->u64(k);
    out->str(*exact_.find(k));
  }
  save_edit_map(lower_, out);
  out->u32(static_cast<std::uint32_t>(suffix_.size()));
  for (std::uint64_t k : sorted_keys(suffix_)) {
    const EditRun& run = suffix_.at(k);
    out->u64(k);
    out->u32(run.count);
    for (std::uint32_t i = 0; i < run.count; ++i) out->u32(suffix_edits_[run.begin + i]);
  }
  out->u32(static_cast<std::uint32_t>(casing_.size()));
  for (std::uint64_t k : sorted_keys(casing_)) {
    out->u64(k);
    out->u8(static_cast<std::uint8_t>(casing_.at(k)));
  }
  std::vector<std::uint64_t> lemmas(lemmas_.begin(), lemmas_.end());
  std::sort(lemmas.begin(), lemmas.end());
  out->u32(static_cast<std::uint32_t>(lemmas.size()));
  for (std::uint64_t h : lemmas) out->u64(h);
}

bool Lemmatizer::load(ByteReader* in) {
  *this = Lemmatizer();
  Lemmatizer m;
  std::uint32_t format, n;
  if (!in->u32(&format) || format != kLemmatizerFormat) return false;
  if (!in->u32(&m.max_suffix_) || m.max_suffix_ > kMaxSuffixLimit) return false;
  if (!in->count(&n, 8)) return false;
  m.edits_.resize(n);
  for (LemmaEdit& e : m.edits_) {
    if (!in->u32(&e.strip) || !in->str(&e.append)) return false;
  }
  if (!in->count(&n, 12)) return false;
  m.exact_.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint64_t key;
    std::string lemma;
    if (!in->u64(&key) || !in->str(&lemma) || !m.exact_.emplace(key, std::move(lemma))) return false;
  }
  if (!load_edit_map(in, m.edits_.size(), &m.lower_)) return false;
  if (!m.load_suffixes(in)) return false;
  if (!in->count(&n, 9)) return false;
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint64_t key;
    std::uint8_t mode;
    if (!in->u64(&key) || !in->u8(&mode) || mode >= kCaseModes) return false;
    if (!m.casing_.emplace(key, static_cast<CaseMode>(mode)).second) return false;
  }
  if (!in->count(&n, 8)) return false;
  m.lemmas_.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint64_t h;
    if (!in->u64(&h) || !m.lemmas_.insert(h).second) return false;
  }
  *this = std::move(m);
  return true;
}

}  // namespace parley
