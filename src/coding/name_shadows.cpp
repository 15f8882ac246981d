#include "coding/name_shadows.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "coding/parse_view.h"

namespace parley {
namespace {

// Words that stand before a surname without being a given name.
constexpr std::array<std::string_view, 16> kHonorifics = {
    "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "SIR", "LORD", "LADY", "DAME",
    "SHEIKH", "SHEIK", "MADAME", "MONSIEUR"};

bool is_eli_person(const ActorEntry& e) {
  const std::string& d = e.default_code;
  return d.size() > 3 && d.compare(d.size() - 3, 3, "ELI") == 0;
}

// A word that can be a given name: letters (and apostrophes), at least two of
// them, no initial ("P."), no title.
bool looks_like_given_name(const std::string& w) {
  if (w.size() < 2 || w.find('.') != std::string::npos) return false;
  if (std::find(kHonorifics.begin(), kHonorifics.end(), w) != kHonorifics.end()) return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
  });
}

// At most one letter inserted, deleted or changed ("ATURO" for "ARTURO").
bool near_spelling(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + (i < a.size())) == b.substr(i + (i < b.size()));
  return a.substr(i) == b.substr(i + 1);
}

// One of the entry's words, or a misspelling of one of four letters or more.
bool entry_has_word(const ActorEntry& e, const std::string& w) {
  for (const auto& phrase : e.phrases) {
    for (const std::string& p : phrase) {
      if (p == w || (w.size() >= 4 && p.size() >= 4 && near_spelling(p, w))) return true;
    }
  }
  return false;
}

// True when an agent or actor phrase of the dictionaries ends at `pos` (a title,
// "President", or a country, "Brazilian", before the surname).
bool phrase_ends_at(const Dictionaries& dicts, const std::vector<std::string>& words, int first,
                    int pos) {
  for (int s = first; s <= pos; ++s) {
    for (const PhraseIndex* index : {&dicts.actor_index, &dicts.agent_index}) {
      PhraseIndex::Match m = index->longest_at(words, static_cast<std::size_t>(s));
      if (m.id >= 0 && s + m.length - 1 == pos) return true;
    }
  }
  return false;
}

// An agent phrase (a title) ends at `pos`.
bool agent_ends_at(const Dictionaries& dicts, const std::vector<std::string>& words, int pos) {
  for (int s = std::max(0, pos - 3); s <= pos; ++s) {
    PhraseIndex::Match m = dicts.agent_index.longest_at(words, static_cast<std::size_t>(s));
    if (m.id >= 0 && s + m.length - 1 == pos) return true;
  }
  return false;
}

void scan_sentence(const Sentence& sentence, const Dictionaries& dicts, std::set<int>* shadows,
                   std::set<int>* confirmed) {
  const ParseView view(sentence);
  const int n = view.size();
  std::vector<std::string> words(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) words[static_cast<std::size_t>(i)] = view.word(i);
  // The person is the dictionary's where the story gives the full name, or a
  // title before the surname ("President Reagan" in a story that also names
  // Nancy Reagan).
  for (int i = 0; i < n; ++i) {
    PhraseIndex::Match m = dicts.actor_index.longest_at(words, static_cast<std::size_t>(i));
    if (m.id < 0) continue;
    const bool short_form = dicts.actors.entries[static_cast<std::size_t>(m.id)].is_short_form(m.form);
    if (!short_form || (i > 0 && agent_ends_at(dicts, words, i - 1))) confirmed->insert(m.id);
  }
  for (int a = 0; a < n;) {
    int b = a;
    while (b < n && view.token(b).upos == "PROPN") ++b;
    // Proper nouns a..b-1; a run after a hyphen continues a hyphenated name.
    const bool after_hyphen = a > 0 && view.word(a - 1) == "-";
    for (int s = a + 1; s < b && !after_hyphen; ++s) {
      PhraseIndex::Match m = dicts.actor_index.longest_at(words, static_cast<std::size_t>(s));
      if (m.id < 0 || s + m.length != b) continue;
      const ActorEntry& e = dicts.actors.entries[static_cast<std::size_t>(m.id)];
      // A surname of one word: a longer one ("Hernandez Grisanti") is the person's own.
      if (!is_eli_person(e) || !e.is_short_form(m.form) || m.length != 1) break;
      // The word before the surname is a given name, and no word of the run is
      // one of the person's own (a middle name: "Orlan Dale Vesk").
      bool own = false;
      for (int k = a; k < s; ++k) own = own || entry_has_word(e, words[static_cast<std::size_t>(k)]);
      if (!own && looks_like_given_name(words[static_cast<std::size_t>(s - 1)]) &&
          !phrase_ends_at(dicts, words, a, s - 1)) {
        shadows->insert(m.id);
      }
      break;
    }
    a = std::max(b, a + 1);
  }
}

// Words that begin place names or dates, not given names: "West Berlin",
// "New Delhi", "June Venice summit".
const std::set<std::string_view> kPlacePrefixes = {
    "WEST",  "EAST",  "NORTH",  "SOUTH",     "NEW",      "GREATER",  "CENTRAL", "UPPER",
    "LOWER", "SAN",   "SANTA",  "ST",        "PORT",     "FORT",     "LAKE",    "MOUNT",
    "CAPE",  "GREAT", "OLD",    "JANUARY",   "FEBRUARY", "MARCH",    "APRIL",   "MAY",
    "JUNE",  "JULY",  "AUGUST", "SEPTEMBER", "OCTOBER",  "NOVEMBER", "DECEMBER"};

bool is_place_preposition(const std::string& w) {
  return w == "IN" || w == "AT" || w == "FROM" || w == "TO" || w == "NEAR";
}

void scan_places(const Sentence& sentence, const Dictionaries& dicts,
                 std::set<std::pair<int, int>>* surnames, std::set<std::pair<int, int>>* places) {
  const ParseView view(sentence);
  const int n = view.size();
  const std::vector<std::string>& words = view.words();
  for (int i = 1; i < n; ++i) {
    if (!is_place_preposition(words[static_cast<std::size_t>(i - 1)])) continue;
    for (int k = i; k < std::min(n, i + 3); ++k) {  // "in Kingston", "to West Berlin"
      PhraseIndex::Match m = dicts.actor_index.longest_at(words, static_cast<std::size_t>(k));
      if (m.id >= 0) places->insert({m.id, m.form});
    }
  }
  for (int a = 0; a < n;) {
    int b = a;
    while (b < n && view.token(b).upos == "PROPN") ++b;
    const int s = b - 1;  // the run's last word
    PhraseIndex::Match m = s > a ? dicts.actor_index.longest_at(words, static_cast<std::size_t>(s))
                                 : PhraseIndex::Match{};
    if (m.id >= 0 && m.length == 1 && !(a > 0 && words[static_cast<std::size_t>(a - 1)] == "-")) {
      const ActorEntry& e = dicts.actors.entries[static_cast<std::size_t>(m.id)];
      bool country_name = e.default_code.size() == 3 && m.form == 0;
      bool covered = false;  // "Petro Canada": a longer phrase of the run holds it
      for (int k = a; k < s && !covered; ++k) {
        PhraseIndex::Match o = dicts.actor_index.longest_at(words, static_cast<std::size_t>(k));
        covered = o.id >= 0 && k + o.length > s;
      }
      // A place: a country's code, or a capital's (the country's GOV).
      const std::string& d = e.default_code;
      bool place = d.size() == 3 || (d.size() == 6 && d.compare(3, 3, "GOV") == 0);
      if (place && !country_name && !covered && d.rfind("IGO", 0) != 0 &&
          looks_like_given_name(words[static_cast<std::size_t>(s - 1)]) &&
          !kPlacePrefixes.count(words[static_cast<std::size_t>(s - 1)]) &&
          !phrase_ends_at(dicts, words, a, s - 1)) {
        surnames->insert({m.id, m.form});
      }
    }
    a = std::max(b, a + 1);
  }
}

}  // namespace

std::vector<std::pair<int, int>> surname_places(const std::vector<Sentence>& sentences,
                                                const Dictionaries& dicts) {
  std::set<std::pair<int, int>> surnames, places;
  for (const Sentence& s : sentences) scan_places(s, dicts, &surnames, &places);
  std::vector<std::pair<int, int>> out;
  for (const auto& p : surnames) {
    if (!places.count(p)) out.push_back(p);
  }
  return out;
}

std::vector<int> shadowed_people(const std::vector<Sentence>& sentences, const Dictionaries& dicts) {
  std::set<int> shadows, confirmed;
  for (const Sentence& s : sentences) scan_sentence(s, dicts, &shadows, &confirmed);
  std::vector<int> out;
  for (int id : shadows) {
    if (!confirmed.count(id)) out.push_back(id);
  }
  return out;
}

}  // namespace parley
