// The event coder: from one UD-parsed sentence to its events.
//
// For every verb in the verb dictionary: find its source (the subject, the
// agent of a passive, or the subject it inherits as an xcomp, a conjunct or a
// relative clause), its pattern (verb_matcher.h), and its target (the pattern's
// '+' or the first actor after the verb); apply negation and the codes of
// verbs that govern other verbs; then expand conjoined actors and compound
// codes into events. docs/coding.md describes each rule.
#pragma once

#include <string>
#include <vector>

#include "coding/dictionaries.h"
#include "coding/options.h"
#include "parley/event.h"
#include "parley/sentence.h"

namespace parley {

struct DocumentContext;

// `date` is YYYYMMDD (0 when unknown: date-restricted actors take their default).
// `trace`, when given, receives one line per dictionary verb found: its code,
// pattern, sources and targets, and what became of it.
std::vector<Event> code_sentence(const Sentence& sentence, const Dictionaries& dicts, int date,
                                 const CoderOptions& options, std::vector<std::string>* trace = nullptr);
// The same within a document: `context` (document_context.h, may be null)
// resolves "the two sides" and "his country", aims target-less events of one
// party at the other, and gives criticism without a named target its target.
std::vector<Event> code_sentence(const Sentence& sentence, const Dictionaries& dicts, int date,
                                 const CoderOptions& options, const DocumentContext* context,
                                 std::vector<std::string>* trace = nullptr);

}  // namespace parley
