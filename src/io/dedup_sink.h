// The deduplicating stage of a stream output: every mention of the same
// (date, source, target, event code) becomes one MergedEvent with its counts
// (docs/output.md, "Deduplication").
//
// Events are held until no later document can add to them: until finish(),
// or, while the documents come in date order, until a document with a later
// date arrives (the day's window has closed). Memory is bounded per distinct
// key: the counts, the first kMaxKeptMentions mentions, and one 8-byte hash
// per distinct publisher. Once a document comes with an earlier date than one
// already seen, nothing more is written before finish(); a mention of a day
// already written then starts a second record for its key.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "io/document_sink.h"
#include "io/merged_writer.h"

namespace parley {

class DedupSink : public DocumentSink {
 public:
  DedupSink(std::unique_ptr<MergedWriter> writer, std::ostream& out);
  Status write(const CodedDocument& doc) override;
  Status finish() override;
  // Distinct keys held now (for tests of the window).
  std::size_t held() const { return held_.size(); }

 private:
  struct Entry {
    MergedEvent event;
    long long order = 0;      // first appearance, for the output order
    long long last_doc = -1;  // the last document that added a mention
    std::unordered_set<std::uint64_t> publishers;
  };
  void add(Mention m);
  // Writes, in first-appearance order, every held event dated before `date`
  // and every undated one (its document is complete); all of them when
  // `date` is empty.
  void flush_before(const std::string& date);
  Status stream_status() const;

  std::unique_ptr<MergedWriter> writer_;
  std::ostream& out_;
  std::unordered_map<EventKey, Entry, EventKeyHash> held_;
  std::string max_date_;
  bool in_order_ = true;
  long long documents_ = 0;
  long long next_order_ = 0;
};

}  // namespace parley
