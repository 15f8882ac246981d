#include "nlp/tagger_features.h"

#include <algorithm>

#include "nlp/linear_model.h"

namespace parley {
namespace {

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;
constexpr std::uint64_t kUnknownWord = 0x0BADC0DEull;
constexpr std::uint64_t kStartWord = 0x5747A27ull;
constexpr std::uint64_t kEndWord = 0xE4DE4Dull;

enum Flag : std::uint32_t {
  kHasDigit = 1,
  kHasHyphen = 2,
  kHasUpper = 4,
  kAllUpper = 8,
  kInitUpper = 16,
  kFirstWord = 32,
  kNoLetter = 64,
  kLong = 128,
  kLowerMatch = 256,     // known only through its lowercase form
  kTitleSentence = 512,  // most words of the sentence are capitalized
};

// Feature templates: each feature is hashed with its template's id.
enum Template : std::uint32_t {
  kBias = 1,
  kForm,
  kLower,
  kPrefix,
  kSuffix = kPrefix + kAffixes,
  kShape = kSuffix + kAffixes,
  kFlags,
  kDigit,
  kHyphen,
  kInitCap,
  kPrev1Word,
  kPrev2Word,
  kNext1Word,
  kNext2Word,
  kPrev1Suffix,
  kNext1Suffix,
  kPrev1Shape,
  kNext1Shape,
  kWordNext1,
  kPrev1Word0,
  kTag1,
  kTag2,
  kTag12,
  kTag1Word,
  kTag1Suffix,
  kTag1Next1Word,
  kAmb0,
  kAmbP1,
  kAmbN1,
  kAmbN2,
  kAmb0N1,
  kTag1Amb0,
  kTag1AmbN1,
  kTag12Amb0,
  kAmbN1N2,
  kClass0,
  kClassN1,
  kCaps,
  kTag1InitCap,
};

std::uint64_t fh(std::uint32_t template_id, std::uint64_t a, std::uint64_t b = 0,
                 std::uint64_t c = 0) {
  return feature_hash(template_id, a, b, c);
}

char char_class(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

std::uint64_t fnv_lower(std::string_view s) {
  std::uint64_t h = kFnvBasis;
  for (unsigned char c : s) h = (h ^ lower(c)) * kFnvPrime;
  return h;
}

std::uint32_t word_flags(std::string_view form) {
  std::uint32_t f = 0;
  bool any_letter = false, any_lower = false;
  for (unsigned char c : form) {
    if (c >= '0' && c <= '9') f |= kHasDigit;
    if (c == '-') f |= kHasHyphen;
    if (c >= 'A' && c <= 'Z') f |= kHasUpper, any_letter = true;
    if (c >= 'a' && c <= 'z') any_lower = any_letter = true;
  }
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') f |= kInitUpper;
  if (any_letter && !any_lower) f |= kAllUpper;
  if (!any_letter) f |= kNoLetter;
  if (form.size() > 12) f |= kLong;
  return f;
}

// Headlines and titles capitalize most words, which then say less about
// proper nouns.
void mark_title_sentence(TokenInfo* words, std::size_t n) {
  std::size_t letters = 0, capitalized = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (words[i].flags & kNoLetter) continue;
    ++letters;
    capitalized += (words[i].flags & (kInitUpper | kAllUpper)) != 0;
  }
  if (letters < 3 || capitalized * 10 < letters * 6) return;
  for (std::size_t i = 0; i < n; ++i) words[i].flags |= kTitleSentence;
}

void fill_padding(std::uint64_t word, TokenInfo* info) {
  *info = TokenInfo();
  info->form = info->lower = info->shape = info->ambiguity = word;
  for (int k = 0; k < kAffixes; ++k) info->prefix[k] = info->suffix[k] = word;
}

}  // namespace

void describe_word(std::string_view form, TokenInfo* info) {
  info->form = hash_string(form);
  std::uint64_t h = kFnvBasis, shape = kFnvBasis;
  char last_class = 0;
  for (std::size_t k = 0; k < form.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(form[k]);
    h = (h ^ lower(c)) * kFnvPrime;
    if (k < static_cast<std::size_t>(kAffixes)) info->prefix[k] = h;
    char cls = char_class(c);
    if (cls != last_class) shape = (shape ^ static_cast<unsigned char>(cls)) * kFnvPrime;
    last_class = cls;
  }
  info->lower = h;
  info->shape = shape;
  for (int k = 0; k < kAffixes; ++k) {
    std::size_t len = static_cast<std::size_t>(k) + 1;
    // Words shorter than the affix share the whole-word hash.
    if (len > form.size()) {
      info->prefix[k] = info->suffix[k] = h;
    } else {
      info->suffix[k] = fnv_lower(form.substr(form.size() - len));
    }
  }
  info->flags = word_flags(form);
}

void describe_sentence(const Sentence& s, const TaggerLexicon& lexicon,
                       std::vector<TokenInfo>* infos) {
  const std::size_t n = s.tokens.size();
  infos->resize(n + 2 * kTaggerPadding);
  TokenInfo* out = infos->data();
  for (int k = 0; k < kTaggerPadding; ++k) {
    fill_padding(kStartWord, &out[k]);
    fill_padding(kEndWord, &out[n + kTaggerPadding + k]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    TokenInfo* info = &out[i + kTaggerPadding];
    describe_word(s.tokens[i].form, info);
    if (i == 0) info->flags |= kFirstWord;
    bool exact = false;
    info->entry = lexicon.find(info->form, info->lower, &exact);
    if (info->entry && !exact) info->flags |= kLowerMatch;
    info->ambiguity = info->entry ? info->entry->ambiguity : kUnknownWord;
    if (info->entry) info->classes = lexicon.allowed(*info->entry);
  }
  mark_title_sentence(out + kTaggerPadding, n);
}

std::size_t static_features(const TokenInfo* infos, int i, std::uint64_t* out) {
  const TokenInfo& w = infos[i + kTaggerPadding];
  const TokenInfo& p1 = infos[i + kTaggerPadding - 1];
  const TokenInfo& p2 = infos[i + kTaggerPadding - 2];
  const TokenInfo& n1 = infos[i + kTaggerPadding + 1];
  const TokenInfo& n2 = infos[i + kTaggerPadding + 2];
  const std::uint32_t caps = kInitUpper | kAllUpper;
  std::size_t k = 0;
  out[k++] = fh(kBias, 0);
  out[k++] = fh(kForm, w.form);
  out[k++] = fh(kLower, w.lower);
  for (int a = 0; a < kAffixes; ++a) {
    out[k++] = fh(kPrefix + a, w.prefix[a]);
    out[k++] = fh(kSuffix + a, w.suffix[a]);
  }
  out[k++] = fh(kShape, w.shape);
  out[k++] = fh(kFlags, w.flags);
  out[k++] = fh(kDigit, w.flags & kHasDigit);
  out[k++] = fh(kHyphen, w.flags & kHasHyphen);
  out[k++] = fh(kInitCap, w.flags & (kInitUpper | kFirstWord));
  out[k++] = fh(kCaps, w.flags & (caps | kFirstWord), p1.flags & caps, n1.flags & caps);
  out[k++] = fh(kPrev1Word, p1.lower);
  out[k++] = fh(kPrev2Word, p2.lower);
  out[k++] = fh(kNext1Word, n1.lower);
  out[k++] = fh(kNext2Word, n2.lower);
  out[k++] = fh(kPrev1Suffix, p1.suffix[2]);
  out[k++] = fh(kNext1Suffix, n1.suffix[2]);
  out[k++] = fh(kPrev1Shape, p1.shape);
  out[k++] = fh(kNext1Shape, n1.shape);
  out[k++] = fh(kWordNext1, w.lower, n1.lower);
  out[k++] = fh(kPrev1Word0, p1.lower, w.lower);
  out[k++] = fh(kAmb0, w.ambiguity);
  out[k++] = fh(kAmbP1, p1.ambiguity);
  out[k++] = fh(kAmbN1, n1.ambiguity);
  out[k++] = fh(kAmbN2, n2.ambiguity);
  out[k++] = fh(kAmb0N1, w.ambiguity, n1.ambiguity);
  out[k++] = fh(kAmbN1N2, n1.ambiguity, n2.ambiguity);
  // The most frequent classes of this word and the next one.
  int m = w.entry ? std::min<int>(3, w.entry->allowed_size) : 0;
  for (int c = 0; c < m; ++c) out[k++] = fh(kClass0, w.classes[c], c);
  m = n1.entry ? std::min<int>(2, n1.entry->allowed_size) : 0;
  for (int c = 0; c < m; ++c) out[k++] = fh(kClassN1, n1.classes[c], c);
  return k;
}

std::size_t history_features(const TokenInfo* infos, int i, int prev1, int prev2,
                             std::uint64_t* out) {
  const TokenInfo& w = infos[i + kTaggerPadding];
  const TokenInfo& n1 = infos[i + kTaggerPadding + 1];
  const std::uint64_t t1 = static_cast<std::uint64_t>(prev1 + 2);
  const std::uint64_t t2 = static_cast<std::uint64_t>(prev2 + 2);
  std::size_t k = 0;
  out[k++] = fh(kTag1, t1);
  out[k++] = fh(kTag2, t2);
  out[k++] = fh(kTag12, t1, t2);
  out[k++] = fh(kTag1Word, t1, w.lower);
  out[k++] = fh(kTag1Suffix, t1, w.suffix[2]);
  out[k++] = fh(kTag1Next1Word, t1, n1.lower);
  out[k++] = fh(kTag1InitCap, t1, w.flags & (kInitUpper | kAllUpper | kFirstWord));
  out[k++] = fh(kTag1Amb0, t1, w.ambiguity);
  out[k++] = fh(kTag1AmbN1, t1, n1.ambiguity);
  out[k++] = fh(kTag12Amb0, t1, t2, w.ambiguity);
  return k;
}

}  // namespace parley
