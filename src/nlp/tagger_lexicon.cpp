#include "nlp/tagger_lexicon.h"

#include <algorithm>
#include <map>

#include "nlp/linear_model.h"

namespace parley {
namespace {

// Classes under this share of a word's tokens stay out of its ambiguity class
// (annotation noise), though they remain allowed.
constexpr double kAmbiguityShare = 0.01;
constexpr std::uint32_t kMaxEntries = 1u << 24;

}  // namespace

void TaggerLexicon::build(const std::vector<std::pair<std::uint64_t, int>>& tokens, int classes,
                          const LexiconOptions& options) {
  entries_.clear();
  allowed_.clear();
  // Ordered maps: the built lexicon does not depend on hash-table order.
  std::map<std::uint64_t, std::map<int, int>> counts;
  for (const auto& [form, cls] : tokens) {
    if (cls >= 0 && cls < classes) ++counts[form][cls];
  }
  for (const auto& [form, by_class] : counts) {
    int total = 0, best = -1, best_count = 0;
    for (const auto& [cls, n] : by_class) {
      total += n;
      if (n > best_count) best = cls, best_count = n;
    }
    if (total < options.min_count) continue;
    Entry e;
    std::uint64_t h = 0x51A7u;
    for (const auto& [cls, n] : by_class) {
      if (n >= kAmbiguityShare * total) h = hash_mix(h, static_cast<std::uint64_t>(cls) + 1);
    }
    e.ambiguity = h;
    if (total >= options.fixed_count && best_count >= options.fixed_share * total) e.fixed = best;
    e.restricted = total >= options.restrict_count;
    std::vector<std::pair<int, int>> seen;  // (-count, class): most frequent first
    for (const auto& [cls, n] : by_class) seen.emplace_back(-n, cls);
    std::sort(seen.begin(), seen.end());
    e.allowed_begin = static_cast<std::uint32_t>(allowed_.size());
    for (const auto& [neg, cls] : seen) allowed_.push_back(cls);
    e.allowed_size = static_cast<std::uint16_t>(seen.size());
    entries_.emplace(form, e);
  }
}

const TaggerLexicon::Entry* TaggerLexicon::find(std::uint64_t form_hash, std::uint64_t lower_hash,
                                                bool* exact) const {
  const Entry* e = entries_.find(form_hash);
  *exact = e != nullptr;
  if (!e && lower_hash != form_hash) e = entries_.find(lower_hash);
  return e;
}

void TaggerLexicon::save(ByteWriter* out) const {
  const std::vector<std::uint64_t> keys = entries_.sorted_keys();  // a stable byte image
  out->u32(static_cast<std::uint32_t>(keys.size()));
  for (std::uint64_t k : keys) {
    const Entry& e = *entries_.find(k);
    out->u64(k);
    out->u64(e.ambiguity);
    out->i32(e.fixed);
    out->u32(e.allowed_begin);
    out->u32(e.allowed_size);
    out->u8(e.restricted);
  }
  out->u32(static_cast<std::uint32_t>(allowed_.size()));
  for (std::int32_t c : allowed_) out->i32(c);
}

bool TaggerLexicon::load(ByteReader* in, int classes) {
  entries_.clear();
  allowed_.clear();
  std::uint32_t n;
  if (!in->count(&n, 29) || n > kMaxEntries) return false;
  entries_.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint64_t key;
    Entry e;
    std::uint32_t size;
    if (!in->u64(&key) || !in->u64(&e.ambiguity) || !in->i32(&e.fixed) ||
        !in->u32(&e.allowed_begin) || !in->u32(&size) || size > 0xFFFF || !in->u8(&e.restricted)) {
      return false;
    }
    e.allowed_size = static_cast<std::uint16_t>(size);
    if (e.fixed < -1 || e.fixed >= classes) return false;
    if (!entries_.emplace(key, e)) return false;
  }
  std::uint32_t m;
  if (!in->count(&m, 4)) return false;
  allowed_.resize(m);
  for (std::int32_t& c : allowed_) {
    if (!in->i32(&c) || c < 0 || c >= classes) return false;
  }
  bool in_range = true;
  entries_.for_each([&](std::uint64_t, const Entry& e) {
    if (static_cast<std::uint64_t>(e.allowed_begin) + e.allowed_size > m) in_range = false;
  });
  return in_range;
}

}  // namespace parley
