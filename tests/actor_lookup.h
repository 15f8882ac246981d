// Looking up a phrase in a loaded actor dictionary the way the tests of the
// shipped dictionaries need it: the words of a phrase joined by blanks, and the
// code a phrase gets on a date.
#pragma once

#include <string>
#include <vector>

#include "dict/actors.h"

namespace parley::actor_lookup {

inline std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The code `phrase` (words joined by blanks) gets on `date` as the coder looks it
// up (ActorEntry::code_on with the form matched), or "none" when no entry has it.
inline std::string code_of(const ActorDictionary& dict, const std::string& phrase, int date) {
  for (const ActorEntry& e : dict.entries) {
    for (std::size_t k = 0; k < e.phrases.size(); ++k) {
      if (join(e.phrases[k]) == phrase) return e.code_on(date, k);
    }
  }
  return "none";
}

}  // namespace parley::actor_lookup
