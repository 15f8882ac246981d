// The progress line of `parley code` on a terminal: documents/s, sentences/s,
// events and, when the input size is known, the share done and the time left.
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>

namespace parley::cli {

struct CodeCounts {
  long long documents = 0;
  long long sentences = 0;
  long long events = 0;
  long long sentences_with_actor = 0;  // counted with --coverage only
  long long sentences_with_event = 0;
};

class Progress {
 public:
  // Shows nothing unless `enabled` (stderr is a terminal and --quiet not given).
  Progress(bool enabled, std::ostream& out);
  // Redraws the line at most twice a second.
  void update(const CodeCounts& counts, std::uint64_t bytes_done, std::uint64_t bytes_total);
  // Clears the line (before a message, and at the end).
  void clear();

 private:
  bool enabled_;
  std::ostream& out_;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
};

}  // namespace parley::cli
