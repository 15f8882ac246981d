#include "nlp/lemmatizer_rules.h"

#include "nlp/linear_model.h"

namespace parley {
namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
char to_lower(char c) {
  return is_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c;
}
char to_upper(char c) {
  return is_lower(static_cast<unsigned char>(c)) ? static_cast<char>(c - 32) : c;
}

// The kept part of the form, cased by `mode`, appended to *out.
void append_cased(std::string_view base, CaseMode mode, std::string* out) {
  for (std::size_t i = 0; i < base.size(); ++i) {
    char c = base[i];
    if (mode == CaseMode::kLower) c = to_lower(c);
    if (mode == CaseMode::kTitle) c = i == 0 ? to_upper(c) : to_lower(c);
    out->push_back(c);
  }
}

}  // namespace

int case_shape(std::string_view form) {
  int upper = 0, lower = 0;
  bool first_upper = false;
  for (unsigned char c : form) {
    if (is_upper(c)) {
      if (upper + lower == 0) first_upper = true;
      ++upper;
    } else if (is_lower(c)) {
      ++lower;
    }
  }
  if (upper == 0) return 0;
  if (upper == 1 && first_upper) return 1;
  if (lower == 0) return upper >= 2 ? 2 : 1;
  return 3;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool derive_edit(std::string_view form, std::string_view lemma, LemmaEdit* edit, CaseMode* mode) {
  std::size_t lcp = 0;
  while (lcp < form.size() && lcp < lemma.size() && to_lower(form[lcp]) == to_lower(lemma[lcp])) {
    ++lcp;
  }
  edit->strip = static_cast<std::uint32_t>(form.size() - lcp);
  edit->append = std::string(lemma.substr(lcp));
  std::string_view base = form.substr(0, lcp), want = lemma.substr(0, lcp);
  // Lowercasing first: for a form with no capitals all modes but title agree.
  for (CaseMode m : {CaseMode::kLower, CaseMode::kKeep, CaseMode::kTitle}) {
    std::string cased;
    append_cased(base, m, &cased);
    if (cased == want) {
      *mode = m;
      return true;
    }
  }
  return false;
}

std::string apply_edit(std::string_view form, const LemmaEdit& edit, CaseMode mode) {
  std::string out;
  std::size_t keep = edit.strip <= form.size() ? form.size() - edit.strip : 0;
  out.reserve(keep + edit.append.size());
  append_cased(form.substr(0, keep), mode, &out);
  out += edit.append;
  return out;
}

std::uint64_t lemma_tag_hash(std::string_view upos, std::string_view xpos) {
  (void)upos;  // XPOS refines UPOS in EWT; see docs/tagger.md
  return hash_string(xpos);
}

std::uint64_t lemma_word_key(std::string_view word, std::uint64_t tag) {
  return hash_mix(hash_mix(0x301Du, tag), hash_string(word));
}

std::uint64_t lemma_suffix_key(std::string_view suffix, std::uint64_t tag) {
  return hash_mix(hash_mix(0x5FF1u, tag), hash_string(suffix));
}

std::uint64_t lemma_shape_key(int shape, std::uint64_t tag) {
  return hash_mix(hash_mix(0xCA5Eu, tag), static_cast<std::uint64_t>(shape));
}

std::uint64_t lemma_family_key(std::string_view lemma, std::string_view upos,
                               std::string_view xpos) {
  std::string_view tag = xpos.empty() ? upos : xpos;
  std::uint64_t family = tag.empty() ? 0 : static_cast<unsigned char>(tag[0]);
  return hash_mix(hash_mix(0xFA417u, family), hash_string(ascii_lower(lemma)));
}

}  // namespace parley
