// Scoring a PETRARCH-style test file: code every record and compare with its
// <EventCoding> expectations by the strict rule (the set of (source, target,
// code) triples must be equal; a record expecting no events passes only when
// nothing is coded). Records whose category is not in <Include>, and records
// without expectations, are skipped.
#pragma once

#include <string>
#include <vector>

#include "coding/dictionaries.h"
#include "io/petrarch_xml.h"
#include "parley/event.h"

namespace parley {

struct RecordResult {
  std::string id;
  std::string category;
  int line = 0;
  enum class Outcome { kPassed, kFailed, kSkipped } outcome = Outcome::kSkipped;
  std::string skip_reason;
  std::vector<ExpectedEvent> expected;
  std::vector<Event> coded;
  std::vector<std::string> trace;  // the coder's account of each verb
};

struct ValidationReport {
  std::vector<RecordResult> records;
  int passed = 0, failed = 0, skipped = 0;
  // "N passed, M failed, K skipped"
  std::string summary() const;
};

// Records are coded from their parses (`parley validate --reparse` replaces them
// with parley's own parse of <Text> first).
ValidationReport validate(const PetrarchFile& file, const Dictionaries& dicts, Diagnostics* diags);

// YYYYMMDD from a record date ("19950101", "1995-01-01"); 0 when unreadable.
int parse_record_date(const std::string& date);

}  // namespace parley
