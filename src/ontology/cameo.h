// The CAMEO event ontology: every code with its name, root, quad class and
// Goldstein value, and its PLOVER event type and mode. The table lives in
// cameo_table.cpp, written from the CAMEO codebook and the CAMEO-to-PLOVER
// conversion facts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parley {

struct CameoCode {
  std::string_view code;  // "0356"; codes are strings ("010" and "10" differ)
  std::string_view name;  // "Express intent to de-escalate military engagement"
  double goldstein = 0.0;
  std::string_view plover;          // "AGREE"; "" when PLOVER has no counterpart
  std::string_view plover_mode;     // "" when none
  std::string_view plover_context;  // "crime;corruption" (';' between contexts); "" when none
};

// Root ("03"), quad class (1 verbal cooperation .. 4 material conflict), from the code.
std::string cameo_root(std::string_view code);
int cameo_quad_class(std::string_view code);

// Exact look-up; nullptr when the code is not a CAMEO code.
const CameoCode* find_cameo(std::string_view code);

// The code itself, or the nearest CAMEO ancestor of a non-standard code
// ("174L" -> "174", "0358" -> "035"); nullptr when none. A bare root resolves
// to its "not specified below" code ("03" -> "030", "08X" -> "080"), the form
// coded events use.
const CameoCode* resolve_cameo(std::string_view code);

const std::vector<CameoCode>& cameo_codes();

}  // namespace parley
