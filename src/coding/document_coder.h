// One document through the engine: raw text is split and parsed with the NLP
// model, then every sentence is coded. Safe to call from many threads at once
// on the same dictionaries and model (both are only read).
#pragma once

#include "coding/dictionaries.h"
#include "coding/options.h"
#include "io/input_reader.h"
#include "nlp/pipeline.h"
#include "parley/document.h"

namespace parley {

// `model` may be null when the document is pre-parsed. Problems (an unusable
// <Config> option) are added to *warnings. `find_actors` also lists each
// sentence's known actor mentions (CodedSentence::actors).
CodedDocument code_document(InputDocument&& in, const Dictionaries& dicts, const NlpModel* model,
                            const CoderOptions& base, Diagnostics* warnings, bool find_actors = false);

// "2031-05-04" -> 20310504; 0 when empty.
int date_number(const std::string& iso);

}  // namespace parley
