// Cleaning of outside text before it is parsed: UTF-8 repair, binary detection,
// and the removal of web boilerplate (translation notices, update stamps,
// repeated captions) from page and plain-text documents.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace parley {

// Replaces every byte that does not start a well-formed UTF-8 sequence by U+FFFD.
// Returns the number of bytes replaced; *first_bad (when given) gets the byte
// offset of the first one.
std::size_t repair_utf8(std::string* text, std::size_t* first_bad = nullptr);

// True when `head` (the first bytes of an input) holds a NUL byte or is mostly
// control characters: an image, an archive, an executable.
bool looks_binary(std::string_view head);

struct CleanedText {
  std::string text;
  std::string date;  // YYYY-MM-DD from an "Updated:" / "Published:" stamp, "" when none
  int dropped = 0;   // boilerplate or repeated lines removed
};

// Drops lines that are boilerplate notices ("Powered by automated translation",
// "Live updates: ...", "Updated: March 29, 2022, 4:19 PM", ...) and lines that
// repeat an earlier line word for word (captions shown twice). Other lines are
// kept as written, with their line breaks.
CleanedText drop_boilerplate(std::string_view text);

}  // namespace parley
