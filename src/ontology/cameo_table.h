// Internal: the static CAMEO table behind cameo.h, sorted by code.
#pragma once

#include <span>

#include "ontology/cameo.h"

namespace parley::internal {

std::span<const CameoCode> cameo_table();

}  // namespace parley::internal
