// The tone of reported speech (docs/coding.md, section 9): a plain statement
// (010) whose reported clause carries a strongly disapproving phrase of the
// tone table (parley.tone.txt: "at gunpoint", "war crimes", "unacceptable")
// is a criticism or an accusation, coded with that phrase's code (11x). Its
// target is the first actor named in the reported clause, else the
// document's aggressor (document_context.h); with neither, it stays 010.
//
// Limits: the words are read, not the meaning, so irony, a quoted opponent
// ("they call it a sham") or a speaker condemning his own side are coded as
// criticism of the target found; a negation on the phrase's word or its head
// ("not unacceptable") cancels it.
#pragma once

#include <vector>

#include "coding/parse_view.h"
#include "dict/code_tables.h"

namespace parley {

// The reported clause of the speech verb at `verb`: the subtrees of its
// clausal complements ("said [the deal was a sham]"), or, when the verb is a
// side clause of the quote ("[the deal is a sham], she said"), the rest of its
// head's subtree. Sorted; empty when none.
std::vector<int> reported_clause(const ParseView& view, int verb);

// The first phrase of `table` found in `tokens`, with its last token in *at;
// nullptr when none.
const CodedPhrase* disapproving_phrase(const ParseView& view, const std::vector<int>& tokens,
                                       const PhraseCodeTable& table, int* at);

}  // namespace parley
