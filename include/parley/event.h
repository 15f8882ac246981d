// A coded event: who did what to whom, with the words and the dictionary rule
// that produced it.
#pragma once

#include <string>

namespace parley {

// One side of an event. `code` is the full CAMEO actor code ("RUSGOV"), or ""
// when the side is absent; `---` prefixes a code whose country is unknown.
struct EventActor {
  std::string code;
  std::string text;   // the words of the mention
  int first = -1;     // token span [first, last], 0-based; -1 when absent
  int last = -1;
};

// Why an event was coded: the verb-dictionary line that fired.
struct EventRule {
  std::string file;
  int line = 0;
  std::string pattern;  // the pattern or verb as written
  std::string verb;     // the verb word matched in the sentence
  int verb_token = -1;
};

struct Event {
  EventActor source;
  EventActor target;
  std::string code;  // CAMEO event code as a string ("0356")
  EventRule rule;
};

}  // namespace parley
