// Coding options, named as in PETRARCH's config files and <Config> tags.
#pragma once

#include <map>
#include <string>

#include "parley/status.h"

namespace parley {

struct CoderOptions {
  bool require_dyad = true;  // drop events missing a source or a target
  int new_actor_length = 0;  // >0: an uncoded noun phrase of at most N words becomes an actor
  // The political-actor gate of `parley code` (src/coding/event_filter.h):
  // false places `---` agents from the article and drops events without a
  // placed actor on both sides; true keeps every event as coded.
  bool keep_unplaced = false;
  // The sentence precision rules (non-actor heads, firm phrases, list
  // members not paired); off for PETRARCH's own records (see validate).
  bool precision_rules = true;
  // Comma handling of PETRARCH (clauses between commas); read and kept for
  // compatibility, documented in docs/coding.md.
  int comma_min = 2, comma_max = 8, comma_bmin = 0, comma_bmax = 0, comma_emin = 2, comma_emax = 8;

  // Applies option=value pairs; unknown options are ignored (PETRARCH has many
  // that do not affect coding), bad values are reported.
  Status apply(const std::map<std::string, std::string>& config);
};

}  // namespace parley
