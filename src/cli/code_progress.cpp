#include "cli/code_progress.h"

#include <cstdio>
#include <ostream>

namespace parley::cli {

Progress::Progress(bool enabled, std::ostream& out)
    : enabled_(enabled), out_(out), start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::update(const CodeCounts& c, std::uint64_t bytes_done, std::uint64_t bytes_total) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(500)) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  char line[200];
  int n = std::snprintf(line, sizeof line, "code: %lld documents (%.0f/s), %lld sentences (%.0f/s), %lld events",
                        c.documents, c.documents / secs, c.sentences, c.sentences / secs, c.events);
  if (bytes_total > 0 && bytes_done > 0 && n > 0 && n < static_cast<int>(sizeof line)) {
    double done = static_cast<double>(bytes_done) / static_cast<double>(bytes_total);
    if (done > 1) done = 1;
    long left = static_cast<long>(secs * (1 - done) / done);
    std::snprintf(line + n, sizeof line - n, ", %.0f%%, ETA %ld:%02ld", done * 100, left / 60, left % 60);
  }
  out_ << "\r\033[K" << line << std::flush;
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  out_ << "\r\033[K" << std::flush;
  shown_ = false;
}

}  // namespace parley::cli
