// Events as table rows: the TSV (--format tsv) and CSV (export --format csv)
// outputs, in the Phoenix column order with GDELT's counts (docs/output.md,
// "TSV"). One header line, then one row per event.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/merged_event.h"

namespace parley {

// The column names, in order.
const std::vector<std::string>& event_table_columns();
// The row of a merged event; `merged` false writes the first mention's own id
// (a plain record, as with --no-dedup).
std::vector<std::string> event_table_row(const MergedEvent& m, bool merged);

// A TSV field: backslash, tab, newline and carriage return as \\ \t \n \r.
std::string tsv_field(std::string_view s);
// A CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view s);
// Fields joined by tabs (escaped) or commas (quoted), ending in '\n'.
std::string tsv_line(const std::vector<std::string>& fields);
std::string csv_line(const std::vector<std::string>& fields);

// A MergedEvent of one mention (counts 1, 1, and 1 or 0 sources).
MergedEvent single_event(Mention m);

}  // namespace parley
