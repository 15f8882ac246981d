// Writers of MergedEvents by format name: the output of the deduplicating
// stage and of `parley export`. "jsonl" (one JSON object per event), "tsv"
// and "csv" (a header line, then one row per event; io/event_table.h), and
// "text" (one readable line per event).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "io/merged_event.h"

namespace parley {

class MergedWriter {
 public:
  virtual ~MergedWriter() = default;
  virtual void write(const MergedEvent& m) = 0;
};

// `merged` false writes plain records (the first mention as --no-dedup would
// write it); nullptr when `format` is not one of merged_formats(). Table
// formats write their header line here.
std::unique_ptr<MergedWriter> make_merged_writer(const std::string& format, std::ostream& out,
                                                 bool merged);
const std::vector<std::string>& merged_formats();

}  // namespace parley
