// What an input holds, told from its first bytes (after decompression).
#pragma once

#include <string_view>

namespace parley {

enum class InputFormat { kEmpty, kBinary, kPetrarchXml, kHtml, kConllu, kJsonl, kText };

std::string_view input_format_name(InputFormat f);

// `head` is the start of the input (up to 64 KiB); `complete` says it is the
// whole input. Rules, in order: blank -> empty; NUL or mostly control bytes ->
// binary; first character '<' -> PETRARCH XML when a <Sentence, <Article or
// <Environment tag is there, else HTML when an html/head/body/article/p/div tag
// or an HTML doctype is, else PETRARCH XML; '{' -> JSON Lines; a CoNLL-U word
// line (10 tab-separated columns, ID N, N-M or N.M), or only '#' comments ->
// CoNLL-U; anything else -> plain text.
InputFormat detect_input_format(std::string_view head, bool complete);

// At least one CoNLL-U word line in `content`.
bool has_conllu_word_line(std::string_view content);

}  // namespace parley
