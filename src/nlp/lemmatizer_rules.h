// Lemma edits: how a lemma is made from its form. An edit strips `strip`
// bytes from the end of the form and appends `append` ("studies" -> "study":
// strip 3, append "y"); a casing mode says how the kept part of the form is
// cased (lowercased, kept as written, or title-cased). Edits are found by
// comparing forms and lemmas case-insensitively, so "Studies" and "studies"
// share the edit and differ only in their casing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

enum class CaseMode : std::uint8_t { kLower = 0, kKeep = 1, kTitle = 2 };
inline constexpr int kCaseModes = 3;

struct LemmaEdit {
  std::uint32_t strip = 0;
  std::string append;
  bool operator<(const LemmaEdit& o) const {
    return strip != o.strip ? strip < o.strip : append < o.append;
  }
  bool operator==(const LemmaEdit& o) const { return strip == o.strip && append == o.append; }
};

// Casing shape of a form: 0 no uppercase letter, 1 first letter only,
// 2 all letters uppercase (two or more), 3 mixed.
int case_shape(std::string_view form);

// ASCII lowercase (other bytes kept).
std::string ascii_lower(std::string_view s);

// The edit from form to lemma, and the casing mode that reproduces the lemma;
// false when no mode does ("Non-Bondad" -> "non-Bondad").
bool derive_edit(std::string_view form, std::string_view lemma, LemmaEdit* edit, CaseMode* mode);

// Applies an edit (strip must not exceed the form's length).
std::string apply_edit(std::string_view form, const LemmaEdit& edit, CaseMode mode);

// Keys of the lemmatizer's tables: a word (or suffix) with its tag, and a tag
// with a casing shape. Distinct salts keep the tables' key spaces apart.
std::uint64_t lemma_tag_hash(std::string_view upos, std::string_view xpos);
std::uint64_t lemma_word_key(std::string_view word, std::uint64_t tag);
std::uint64_t lemma_suffix_key(std::string_view suffix, std::uint64_t tag);
std::uint64_t lemma_shape_key(int shape, std::uint64_t tag);
// A lemma (any case) with the coarse family of its tag: the first letter of
// XPOS (N, V, J, R... in EWT), else of UPOS.
std::uint64_t lemma_family_key(std::string_view lemma, std::string_view upos,
                               std::string_view xpos);

}  // namespace parley
