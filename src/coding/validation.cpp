#include "coding/validation.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "coding/coder.h"
#include "coding/options.h"

namespace parley {
namespace {

using Triple = std::tuple<std::string, std::string, std::string>;

bool included(const PetrarchFile& file, const PetrarchRecord& r) {
  const PetrarchEnvironment& env = file.environment;
  if (!env.has_include) return true;
  return std::find(env.include.begin(), env.include.end(), r.category) != env.include.end();
}

RecordResult score(const PetrarchFile& file, const PetrarchRecord& r, const Dictionaries& dicts,
                   Diagnostics* diags) {
  RecordResult out;
  out.id = r.id;
  out.category = r.category;
  out.line = r.line;
  out.expected = r.expected;
  if (!included(file, r)) {
    out.skip_reason = "category " + r.category + " not in <Include>";
    return out;
  }
  if (!r.has_expectations) {
    out.skip_reason = "no <EventCoding> expectation";
    return out;
  }
  if (r.parses.empty()) {
    out.skip_reason = "no <Parse>";
    return out;
  }
  CoderOptions options;
  // PETRARCH's records expect PETRARCH's rules: joint subjects paired whatever
  // the verb, place words inside names taken as actors (docs/coding.md, 8).
  options.precision_rules = false;
  Status s = options.apply(r.config);
  if (!s.ok()) diags->push_back({file.path, r.line, "record " + r.id + ": " + s.message()});
  int date = parse_record_date(r.date);
  for (const Sentence& sentence : r.parses) {
    for (Event& e : code_sentence(sentence, dicts, date, options, &out.trace)) out.coded.push_back(std::move(e));
  }
  std::set<Triple> want, got;
  for (const ExpectedEvent& e : r.expected) want.emplace(e.source, e.target, e.code);
  for (const Event& e : out.coded) got.emplace(e.source.code, e.target.code, e.code);
  bool pass = r.expects_no_events ? got.empty() && want.empty() : want == got;
  out.outcome = pass ? RecordResult::Outcome::kPassed : RecordResult::Outcome::kFailed;
  return out;
}

}  // namespace

int parse_record_date(const std::string& date) {
  std::string digits;
  for (char c : date) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.size() != 8) return 0;
  return std::stoi(digits);
}

std::string ValidationReport::summary() const {
  return std::to_string(passed) + " passed, " + std::to_string(failed) + " failed, " +
         std::to_string(skipped) + " skipped";
}

ValidationReport validate(const PetrarchFile& file, const Dictionaries& dicts, Diagnostics* diags) {
  ValidationReport report;
  for (const PetrarchRecord& r : file.records) {
    RecordResult result = score(file, r, dicts, diags);
    switch (result.outcome) {
      case RecordResult::Outcome::kPassed: ++report.passed; break;
      case RecordResult::Outcome::kFailed: ++report.failed; break;
      case RecordResult::Outcome::kSkipped: ++report.skipped; break;
    }
    report.records.push_back(std::move(result));
  }
  return report;
}

}  // namespace parley
