// Mentions and merged events: the records behind deduplicated output.
//
// A Mention is one event as coded in one sentence, with what every output
// needs of its document and sentence (so it can be kept after the document is
// gone, or read back from the store). A MergedEvent is one (date, source,
// target, event code) with the counts of the mentions that report it, in the
// manner of GDELT's NumMentions / NumSources / NumArticles and Phoenix's
// one-a-day filter (docs/output.md, "Deduplication").
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "parley/document.h"
#include "parley/event.h"

namespace parley {

struct Mention {
  std::string doc_id;
  int sentence = 0;       // index of the sentence in its document
  std::string date;       // YYYY-MM-DD, "" when unknown
  std::string publisher;  // Document::source, "" when unknown
  std::string url;
  std::string text;  // the sentence text
  Event event;
  // Character offsets [start, end) of each side in `text`; -1 when unknown.
  long long source_start = -1, source_end = -1;
  long long target_start = -1, target_end = -1;
};

// The date of sentence `sentence` of `d`: its own, else the document's.
const std::string& sentence_date(const CodedDocument& d, std::size_t sentence);
// Mention `e` of sentence `sentence` of `d`.
Mention make_mention(const CodedDocument& d, std::size_t sentence, const Event& e);
// The stable event id of docs/output.md (the `id` of a plain record).
std::string mention_id(const Mention& m);
// The plain JSON Lines record of the mention: the same object event_json gives.
nlohmann::ordered_json mention_json(const Mention& m);

// What deduplication merges on. `scope` keeps apart what must not merge: ""
// for dated events, the document id for undated ones (an unknown date is not
// one day), and the mention id when deduplication is off.
struct EventKey {
  std::string date;
  std::string source;
  std::string target;
  std::string code;
  std::string scope;
  bool operator==(const EventKey&) const = default;
};

// The key of a mention; `dedup` false gives every mention its own key.
EventKey event_key(const Mention& m, bool dedup);
// 16 hex digits of a 64-bit FNV-1a hash of the key: the merged event's id.
std::string event_key_id(const EventKey& k);

struct EventKeyHash {
  std::size_t operator()(const EventKey& k) const;
};

// At most this many mentions are kept in full per merged event (the counts
// stay exact): the bound on memory per distinct key.
inline constexpr std::size_t kMaxKeptMentions = 20;

struct MergedEvent {
  EventKey key;
  std::vector<Mention> mentions;  // the first kMaxKeptMentions, in input order
  long long num_mentions =
      0;  // sentences reporting it (an event twice in one sentence counts twice)
  long long num_articles = 0;  // distinct documents
  long long num_sources = 0;   // distinct non-empty publishers (Document::source)
};

// The record of a merged event: the first mention's plain record with `id`
// the key's id, then num_mentions, num_sources, num_articles and `mentions`
// (id, doc_id, sentence, url, source and target text and tokens, rule).
nlohmann::ordered_json merged_json(const MergedEvent& m);

}  // namespace parley
