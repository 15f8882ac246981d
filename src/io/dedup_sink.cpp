#include "io/dedup_sink.h"

#include <algorithm>
#include <vector>

#include "util/strings.h"

namespace parley {

DedupSink::DedupSink(std::unique_ptr<MergedWriter> writer, std::ostream& out)
    : writer_(std::move(writer)), out_(out) {}

Status DedupSink::write(const CodedDocument& d) {
  // The earliest and latest dates of the document's sentences (a sentence may
  // carry its own date).
  std::string first, last;
  for (std::size_t i = 0; i <= d.sentences.size(); ++i) {
    const std::string& date = i < d.sentences.size() ? sentence_date(d, i) : d.doc.date;
    if (date.empty()) continue;
    if (first.empty() || date < first) first = date;
    last = std::max(last, date);
  }
  if (!first.empty()) {
    if (!max_date_.empty() && first < max_date_) in_order_ = false;
    if (in_order_ && !max_date_.empty() && first > max_date_) flush_before(first);
    max_date_ = std::max(max_date_, last);
  }
  for (std::size_t i = 0; i < d.sentences.size(); ++i) {
    for (const Event& e : d.sentences[i].events) add(make_mention(d, i, e));
  }
  ++documents_;
  return stream_status();
}

void DedupSink::add(Mention m) {
  EventKey key = event_key(m, true);
  auto [it, inserted] = held_.try_emplace(std::move(key));
  Entry& entry = it->second;
  if (inserted) {
    entry.event.key = it->first;
    entry.order = next_order_++;
  }
  MergedEvent& ev = entry.event;
  ++ev.num_mentions;
  if (entry.last_doc != documents_) ++ev.num_articles;  // a document's mentions come together
  entry.last_doc = documents_;
  if (!m.publisher.empty() && entry.publishers.insert(hash_word(m.publisher)).second) {
    ++ev.num_sources;
  }
  if (ev.mentions.size() < kMaxKeptMentions) ev.mentions.push_back(std::move(m));
}

void DedupSink::flush_before(const std::string& date) {
  std::vector<std::pair<long long, EventKey>> ready;
  for (const auto& [key, entry] : held_) {
    if (date.empty() || key.date.empty() || key.date < date) ready.emplace_back(entry.order, key);
  }
  std::sort(ready.begin(), ready.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& r : ready) {
    auto it = held_.find(r.second);
    writer_->write(it->second.event);
    held_.erase(it);
  }
}

Status DedupSink::finish() {
  flush_before("");
  out_.flush();
  return stream_status();
}

Status DedupSink::stream_status() const {
  return out_ ? Status::ok_status() : Status::io_error("output: write failed");
}

}  // namespace parley
