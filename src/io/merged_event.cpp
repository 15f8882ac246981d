#include "io/merged_event.h"

#include <cstdio>

#include "io/event_json.h"
#include "util/strings.h"

namespace parley {
namespace {

// The [start, end) characters of tokens [first, last], or {-1, -1}.
std::pair<long long, long long> char_span(const Sentence& s, int first, int last) {
  if (first < 0 || last < first || last >= static_cast<int>(s.tokens.size())) return {-1, -1};
  const Token& f = s.tokens[first];
  const Token& l = s.tokens[last];
  if (f.start == std::string::npos || l.end == std::string::npos) return {-1, -1};
  return {static_cast<long long>(f.start), static_cast<long long>(l.end)};
}

std::string hex16(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

EventContext context_of(const Mention& m) { return {m.doc_id, m.sentence, m.date, nullptr}; }

nlohmann::ordered_json side_json(const EventActor& a) {
  nlohmann::ordered_json j = {{"text", a.text}};
  j["tokens"] = a.first >= 0 ? nlohmann::ordered_json::array({a.first, a.last})
                             : nlohmann::ordered_json(nullptr);
  return j;
}

}  // namespace

const std::string& sentence_date(const CodedDocument& d, std::size_t sentence) {
  const std::string& own = d.sentences[sentence].date;
  return own.empty() ? d.doc.date : own;
}

Mention make_mention(const CodedDocument& d, std::size_t sentence, const Event& e) {
  const Sentence& s = d.sentences[sentence].parsed;
  Mention m;
  m.doc_id = d.doc.id;
  m.sentence = static_cast<int>(sentence);
  m.date = sentence_date(d, sentence);
  m.publisher = d.doc.source;
  m.url = d.doc.url;
  m.text = s.text;
  m.event = e;
  std::tie(m.source_start, m.source_end) = char_span(s, e.source.first, e.source.last);
  std::tie(m.target_start, m.target_end) = char_span(s, e.target.first, e.target.last);
  return m;
}

std::string mention_id(const Mention& m) { return event_id(m.event, context_of(m)); }

nlohmann::ordered_json mention_json(const Mention& m) {
  nlohmann::ordered_json j = event_json(m.event, context_of(m));
  j["text"] = m.text;
  // event_json adds "chars" last in the actor object when it knows them; so here.
  if (m.source_start >= 0) j["source"]["chars"] = {m.source_start, m.source_end};
  if (m.target_start >= 0) j["target"]["chars"] = {m.target_start, m.target_end};
  return j;
}

EventKey event_key(const Mention& m, bool dedup) {
  EventKey k{m.date, m.event.source.code, m.event.target.code, m.event.code, ""};
  if (!dedup) {
    k.scope = mention_id(m);
  } else if (m.date.empty()) {
    k.scope = m.doc_id;
  }
  return k;
}

std::string event_key_id(const EventKey& k) {
  return hex16(hash_word(k.date + '\x1f' + k.source + '\x1f' + k.target + '\x1f' + k.code + '\x1f' +
                         k.scope));
}

std::size_t EventKeyHash::operator()(const EventKey& k) const {
  return static_cast<std::size_t>(hash_word(k.date + '\x1f' + k.source + '\x1f' + k.target +
                                            '\x1f' + k.code + '\x1f' + k.scope));
}

nlohmann::ordered_json merged_json(const MergedEvent& m) {
  nlohmann::ordered_json j = mention_json(m.mentions.front());
  j["id"] = event_key_id(m.key);
  j["num_mentions"] = m.num_mentions;
  j["num_sources"] = m.num_sources;
  j["num_articles"] = m.num_articles;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Mention& x : m.mentions) {
    nlohmann::ordered_json r;
    r["id"] = mention_id(x);
    r["doc_id"] = x.doc_id;
    r["sentence"] = x.sentence;
    r["url"] = x.url;
    r["source"] = side_json(x.event.source);
    r["target"] = side_json(x.event.target);
    r["rule"] = event_core_json(x.event)["rule"];
    list.push_back(std::move(r));
  }
  j["mentions"] = std::move(list);
  return j;
}

}  // namespace parley
