// The document rules of event_filter.h: placing `---` agents from the
// article and the political-actor gate (docs/coding.md, "8. Precision rules").
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

#include "coding/business_news.h"
#include "coding/document_coder.h"
#include "coding/document_context.h"
#include "coding/event_filter.h"
#include "coding/mentions.h"
#include "util/strings.h"

namespace parley {
namespace {
// Roles a country can be taken from the article for: state and political
// actors, not business (a firm in a Tokyo story may be American), nor rebels
// (they fight the article's country as often as they belong to it).
const std::set<std::string_view> kPlaceableRoles = {"GOV", "MIL", "LEG", "JUD", "COP",
                                                    "SPY", "OPP", "PTY", "ELI"};

// People from anywhere: the article's country says nothing about theirs.
const std::set<std::string_view> kUnplaceableHeads = {"DIPLOMAT",  "DIPLOMATS",  "DELEGATE",
                                                      "DELEGATES", "DELEGATION", "DELEGATIONS",
                                                      "SOURCE",    "SOURCES"};

// The dateline of a document's first sentence ("CITY, Month Day - ..."): the
// index of its dash, -1 when there is none.
int dateline_end(const Sentence& s) {
  bool comma = false;
  for (int i = 0; i < static_cast<int>(s.tokens.size()) && i < 12; ++i) {
    const std::string& f = s.tokens[i].form;
    if (f == ",") comma = true;
    if (is_dash(f) && comma && i >= 3) return i;
  }
  return -1;
}

// The country an article is about, for placing its `---` agents: the country
// of the most actor mentions when it has at least two and twice as many as
// any other, else the dateline's country; "" when neither.
std::string context_country(const CodedDocument& doc, const Dictionaries& dicts) {
  std::map<std::string, int> counts;
  std::string dateline;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const CodedSentence& s = doc.sentences[i];
    std::vector<EventActor> found =
        s.actors.empty() ? find_actor_mentions(s.parsed, dicts, 0) : s.actors;
    int dash = i == 0 ? dateline_end(s.parsed) : -1;
    for (const EventActor& a : found) {
      std::string c = country_of(a.code);
      if (c.empty()) continue;
      ++counts[c];
      if (a.last < dash && dateline.empty()) dateline = c;
    }
  }
  std::string top;
  int first = 0, second = 0;
  for (const auto& [c, n] : counts) {
    if (n > first) {
      second = first;
      first = n;
      top = c;
    } else if (n > second) {
      second = n;
    }
  }
  if (first >= 2 && first >= 2 * second) return top;
  // A dateline names the bureau as often as the story's country: it counts
  // only when no country is named more often.
  auto d = counts.find(dateline);
  return d != counts.end() && d->second == first ? dateline : "";
}

// "spokesman", "the officials": a word alone or after an article.
bool is_bare(const std::string& text) {
  std::size_t blank = text.find(' ');
  if (blank == std::string::npos) return true;
  if (text.find(' ', blank + 1) != std::string::npos) return false;
  std::string first = text.substr(0, blank);
  for (char& ch : first) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return first == "a" || first == "an" || first == "the";
}

// What the document says of its bare spokesmen and officials: a company
// story, or the organisation an earlier sentence gave the same word to.
struct SpeakerContext {
  const CodedDocument* doc = nullptr;
  const Dictionaries* dicts = nullptr;
  std::size_t sentence = 0;  // the sentence being gated
  bool firm_story = false;
};

// "---GOV" -> "USAGOV" when the article's country is known and the role is a
// state or political one; a bare spokesman or official in a company story,
// or one an earlier sentence gave to an unknown organisation, stays unplaced.
void place(EventActor* a, const std::string& country, const SpeakerContext& speakers) {
  if (country.empty() || a->code.rfind("---", 0) != 0 || a->code.size() < 6) return;
  std::string last =
      a->text.substr(a->text.rfind(' ') == std::string::npos ? 0 : a->text.rfind(' ') + 1);
  for (char& ch : last) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (kUnplaceableHeads.count(last)) return;
  if (is_speaker_word(last) && is_bare(a->text) &&
      (speakers.firm_story || names_organisation_speaker(speakers.doc->sentences, speakers.sentence,
                                                         last, *speakers.dicts))) {
    return;
  }
  for (std::size_t i = 3; i + 3 <= a->code.size(); i += 3) {
    if (!kPlaceableRoles.count(std::string_view(a->code).substr(i, 3))) return;
  }
  a->code = country + a->code.substr(3);
}

// "the conservatives", "Labour", "a centre-left party": a party the
// dictionary gives one country, named without a country word or another
// actor, in an article about another country is a party of that country.
void home_party(EventActor* a, const std::string& country, const Dictionaries& dicts) {
  std::string own = country_of(a->code);
  if (country.empty() || own.empty() || own == country || !has_role(a->code, "PTY")) return;
  std::vector<std::string> words;
  std::string w;
  for (char ch : a->text + " ") {
    if (ch != ' ') {
      w += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  auto is_country = [&](int id) {
    return id >= 0 && dicts.actors.entries[static_cast<std::size_t>(id)].default_code.size() == 3;
  };
  for (const std::string& one : words) {
    if (is_country(dicts.actor_index.longest_at(std::vector<std::string>{one}, 0).id))
      return;  // "British"
  }
  int entries = 0;
  for (std::size_t i = 0; i < words.size();) {
    PhraseIndex::Match m = dicts.actor_index.longest_at(words, i);
    if (m.id < 0) {
      ++i;
      continue;
    }
    if (is_country(m.id) || ++entries > 1) return;  // "Labour's Kinnock"
    i += static_cast<std::size_t>(m.length);
  }
  a->code = country + "PTY";
}

// Russia was part of the Soviet Union until 26 December 1991: "Moscow",
// "Russia" and "Russian" in an older story are the USSR's.
void historical_country(EventActor* a, int date) {
  if (date > 0 && date < 19911226 && a->code.rfind("RUS", 0) == 0)
    a->code = "SUN" + a->code.substr(3);
}

// Why the gate drops an event, or nullptr to keep it.
const char* rejection(const Event& e, int dateline, bool require_dyad) {
  // A side left out on purpose (require_dyad false) is absent, not unplaced.
  auto unplaced = [&](const EventActor& a) {
    return !is_placed(a.code) && (require_dyad || a.first >= 0);
  };
  if (unplaced(e.source) || unplaced(e.target)) return "unplaced";
  if (e.source.code == e.target.code) return "self";  // after placing: "officials ... ministers"
  // A statement about a firm is business news; a medium passing on its own
  // side's words reports, it does not speak to them.
  bool statement = e.code.rfind("01", 0) == 0;
  if (statement && is_business(e.target.code)) return "business";
  if (statement && has_role(e.source.code, "MED") &&
      country_of(e.source.code) == country_of(e.target.code)) {
    return "self";
  }
  if (is_business(e.source.code) && is_business(e.target.code)) return "business";
  if (e.source.last >= 0 && e.source.last < dateline) return "dateline";
  if (e.target.last >= 0 && e.target.last < dateline) return "dateline";
  // A country's own people aimed at the bare country: a domestic remark.
  if (e.target.code.size() == 3 && country_of(e.source.code) == e.target.code) return "self";
  if (e.source.code.size() == 3 && country_of(e.target.code) == e.source.code) return "self";
  // An organisation's own officers and the organisation: "OPEC's president
  // ... OPEC" (IGOOPCGOV, IGOOPC).
  if (e.source.code.rfind("IGO", 0) == 0 && e.target.code.rfind("IGO", 0) == 0 &&
      (e.source.code.rfind(e.target.code, 0) == 0 || e.target.code.rfind(e.source.code, 0) == 0)) {
    return "self";
  }
  return nullptr;
}

}  // namespace

int filter_document_events(CodedDocument* doc, const Dictionaries& dicts,
                           const CoderOptions& options) {
  if (options.keep_unplaced) return 0;
  bool any = false;
  for (const CodedSentence& s : doc->sentences) any = any || !s.events.empty();
  if (!any) return 0;
  std::string country = context_country(*doc, dicts);
  // The lead: the first sentence, or the second when the first is a bare dateline.
  bool firm_story = false;
  for (std::size_t i = 0; i < doc->sentences.size() && i < 2 && !firm_story; ++i) {
    firm_story = is_firm_story(doc->sentences[i].parsed);
    if (doc->sentences[i].parsed.tokens.size() > 8) break;
  }
  const int date = date_number(doc->doc.date);
  int dropped = 0;
  for (std::size_t i = 0; i < doc->sentences.size(); ++i) {
    CodedSentence& s = doc->sentences[i];
    int dateline = i == 0 ? dateline_end(s.parsed) : -1;
    std::vector<Event> kept;
    for (Event& e : s.events) {
      const SpeakerContext speakers{doc, &dicts, i, firm_story};
      home_party(&e.source, country, dicts);
      home_party(&e.target, country, dicts);
      place(&e.source, country, speakers);
      place(&e.target, country, speakers);
      historical_country(&e.source, date);
      historical_country(&e.target, date);
      if (rejection(e, dateline, options.require_dyad)) {
        ++dropped;
        continue;
      }
      bool repeated = std::any_of(kept.begin(), kept.end(), [&](const Event& o) {
        return o.source.code == e.source.code && o.target.code == e.target.code && o.code == e.code;
      });
      if (!repeated) kept.push_back(std::move(e));
    }
    s.events = std::move(kept);
  }
  return dropped;
}

}  // namespace parley
