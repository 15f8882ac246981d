#include "text/lexicon.h"

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/utf8.h"

namespace parley::internal {
namespace {

constexpr std::size_t kMaxListedWord = 16;

using KindTable = std::unordered_map<std::string, AbbreviationKind>;

constexpr std::string_view kTitles[] = {
    "Mr",  "Mrs",  "Ms",   "Messrs", "Mmes",  "Dr",    "Drs",  "Prof", "Profs", "Gen",  "Gens",
    "Lt",  "Col",  "Capt", "Cpt",    "Sgt",   "Maj",   "Adm",  "Cmdr", "Cdr",   "Brig", "Rev",
    "Hon", "Pres", "Gov",  "Govs",   "Sen",   "Sens",  "Rep",  "Reps", "Supt",  "Det",  "Insp",
    "Fr",  "Msgr", "Pvt",  "Cpl",    "Spc",   "Lieut", "Amb",  "Atty", "Mt",    "Ft",   "Rt",
    "Sec", "Gds",  "Attn", "Asst",   "Assoc", "Mme",   "Mlle", "Sra",  "Sr",    "Sta",  "Ste"};
// Lowercase abbreviations that never end a sentence.
constexpr std::string_view kLowerTitles[] = {"e.g", "i.e", "vs",  "cf",  "viz",   "approx", "ca",
                                             "eg",  "ie",  "ext", "tel", "a.k.a", "p.s",    "ps"};
constexpr std::string_view kNumberPrefixes[] = {"No", "Nos", "Vol", "Vols", "Fig", "Figs",
                                                "pp", "Art", "Ch",  "Para", "Sect"};
// Abbreviations that also end sentences: months, weekdays, company words, U.S. states.
constexpr std::string_view kMayEnd[] = {
    "Jan",   "Feb",  "Mar",  "Apr",  "Jun",  "Jul",  "Aug",  "Sep",   "Sept", "Oct",  "Nov",
    "Dec",   "Mon",  "Tue",  "Tues", "Wed",  "Thu",  "Thur", "Thurs", "Fri",  "Sat",  "Sun",
    "Inc",   "Corp", "Ltd",  "Co",   "Cos",  "Bros", "Jr",   "Esq",   "St",   "Ave",  "Blvd",
    "Rd",    "Hwy",  "Dept", "Univ", "Assn", "Intl", "Govt", "Ala",   "Ariz", "Ark",  "Calif",
    "Colo",  "Conn", "Del",  "Fla",  "Ga",   "Ill",  "Ind",  "Kan",   "Kans", "Ky",   "La",
    "Md",    "Mass", "Mich", "Minn", "Miss", "Mo",   "Mont", "Neb",   "Nev",  "Okla", "Ore",
    "Pa",    "Penn", "Tenn", "Tex",  "Va",   "Vt",   "Wash", "Wis",   "Wyo",  "Ph",   "Dist",
    "Gov't", "Mfg",  "Pty",  "Plc",  "Que",  "Ont",  "Alta", "Sask"};
constexpr std::string_view kLowerMayEnd[] = {"al", "yrs", "hrs", "mins", "min", "lb",   "lbs",
                                             "oz", "ft",  "sq",  "misc", "esp", "incl", "est"};

constexpr std::string_view kHyphenPrefixes[] = {
    "e",       "non",   "pre",   "anti",  "mid",   "re",    "post",  "co",     "pro",
    "multi",   "ex",    "over",  "semi",  "sub",   "neo",   "cross", "psycho", "socio",
    "counter", "intra", "arch",  "mis",   "un",    "ultra", "hyper", "bi",     "tri",
    "pseudo",  "macro", "micro", "infra", "quasi", "trans", "extra", "retro"};

constexpr std::string_view kUnits[] = {
    "am",  "pm",   "k",   "m",   "b",  "bn",  "mn", "mln", "bln", "tn",   "t",    "x",
    "ft",  "cm",   "mm",  "km",  "kg", "kgs", "lb", "lbs", "oz",  "mph",  "kph",  "hz",
    "khz", "mhz",  "ghz", "kb",  "mb", "gb",  "tb", "kw",  "mw",  "gw",   "kwh",  "sq",
    "min", "mins", "hr",  "hrs", "yr", "yrs", "hh", "ml",  "mg",  "mins", "days", "minutes"};

constexpr std::string_view kDomainSuffixes[] = {
    "com", "org", "net",  "edu", "gov",  "mil", "int",  "info", "biz",  "io",  "co",   "uk",
    "us",  "ca",  "au",   "de",  "fr",   "jp",  "cn",   "in",   "ru",   "eu",  "tv",   "me",
    "ly",  "nz",  "ie",   "za",  "ua",   "doc", "docx", "xls",  "xlsx", "ppt", "pptx", "pdf",
    "txt", "htm", "html", "jpg", "jpeg", "gif", "png",  "zip",  "exe",  "rtf", "csv",  "xml",
    "mp3", "mp4", "wav",  "avi", "mov",  "asp", "aspx", "php",  "cgi",  "js",  "css"};

struct Informal {
  std::string_view word;
  std::size_t split;
};
constexpr Informal kInformal[] = {
    {"dont", 2},   {"didnt", 3},  {"doesnt", 4}, {"cant", 2},    {"wont", 2},    {"isnt", 2},
    {"wasnt", 3},  {"arent", 3},  {"werent", 4}, {"couldnt", 5}, {"wouldnt", 5}, {"shouldnt", 6},
    {"havent", 4}, {"hasnt", 3},  {"hadnt", 3},  {"aint", 2},    {"im", 1},      {"ive", 1},
    {"youre", 3},  {"theyre", 4}, {"thats", 4},  {"whats", 4},   {"theres", 5},  {"heres", 4},
    {"hes", 2},    {"cannot", 3}, {"gonna", 3},  {"wanna", 3},   {"gotta", 3},   {"outta", 3},
    {"dunno", 3},  {"gimme", 3},  {"lemme", 3}};

constexpr std::string_view kStarters[] = {
    "The",    "A",       "An",        "He",      "She",    "It",      "They",      "We",
    "I",      "You",     "This",      "That",    "These",  "Those",   "There",     "Here",
    "His",    "Her",     "Its",       "Their",   "Our",    "My",      "Your",      "But",
    "And",    "Or",      "So",        "Yet",     "In",     "On",      "At",        "For",
    "With",   "After",   "Before",    "When",    "While",  "If",      "As",        "Although",
    "Though", "However", "Meanwhile", "Also",    "Some",   "Many",    "Most",      "All",
    "One",    "What",    "Why",       "How",     "Who",    "Where",   "Which",     "Yes",
    "Not",    "Now",     "Then",      "Still",   "Since",  "Because", "Despite",   "During",
    "Under",  "Last",    "Next",      "Earlier", "Later",  "Today",   "Yesterday", "Both",
    "Each",   "Such",    "Neither",   "Either",  "From",   "By",      "Among",     "Until",
    "Mr.",    "Mrs.",    "Ms.",       "Dr.",     "Thanks", "Please",  "Let",       "Do",
    "Does",   "Did",     "Is",        "Are",     "Was",    "Were",    "Can",       "Will",
    "Would",  "Should",  "Could"};

std::string lower_copy(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool all_upper_ascii(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

bool rest_lower_ascii(std::string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (w[i] >= 'A' && w[i] <= 'Z') return false;
  }
  return true;
}

// Keyed by the lowercase form; `capitalised` picks the table of entries written
// with a capital ("Ft" = Fort) or the one of lowercase entries ("ft" = feet).
const KindTable& abbreviation_table(bool capitalised) {
  static const std::array<KindTable, 2> tables = [] {
    KindTable lower, upper;
    auto add = [&](std::string_view w, AbbreviationKind kind) {
      const bool cap = w[0] >= 'A' && w[0] <= 'Z';
      (cap ? upper : lower).emplace(lower_copy(w), kind);
    };
    for (auto w : kTitles) add(w, AbbreviationKind::kTitle);
    for (auto w : kLowerTitles) add(w, AbbreviationKind::kTitle);
    for (auto w : kNumberPrefixes) add(w, AbbreviationKind::kNumberPrefix);
    for (auto w : kMayEnd) add(w, AbbreviationKind::kMayEnd);
    for (auto w : kLowerMayEnd) add(w, AbbreviationKind::kMayEnd);
    add("etc", AbbreviationKind::kUsuallyEnds);
    return std::array<KindTable, 2>{std::move(lower), std::move(upper)};
  }();
  return tables[capitalised ? 1 : 0];
}

AbbreviationKind find_kind(const KindTable& table, const std::string& key) {
  auto it = table.find(key);
  return it == table.end() ? AbbreviationKind::kNone : it->second;
}

template <std::size_t N>
std::unordered_set<std::string> lower_set(const std::string_view (&words)[N]) {
  std::unordered_set<std::string> set;
  for (auto w : words) set.insert(lower_copy(w));
  return set;
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (word.empty() || word.size() > kMaxListedWord) return AbbreviationKind::kNone;
  const std::string key = lower_copy(word);
  if (key == word) return find_kind(abbreviation_table(false), key);
  const bool capital = word[0] >= 'A' && word[0] <= 'Z';
  if (!capital || !(rest_lower_ascii(word) || all_upper_ascii(word))) {
    return AbbreviationKind::kNone;
  }
  AbbreviationKind kind = find_kind(abbreviation_table(true), key);
  return kind != AbbreviationKind::kNone ? kind : find_kind(abbreviation_table(false), key);
}

bool is_initialism(std::string_view word) {
  std::size_t run = 0;
  bool period = false;
  for (char c : word) {
    if (c == '.') {
      if (run == 0) return false;
      run = 0;
      period = true;
    } else if (is_ascii_alpha(c)) {
      if (++run > 2) return false;
    } else {
      return false;
    }
  }
  return period && run > 0;
}

bool is_hyphen_prefix(std::string_view word) {
  if (word.size() > kMaxListedWord) return false;
  static const std::unordered_set<std::string> prefixes = lower_set(kHyphenPrefixes);
  return prefixes.count(lower_copy(word)) > 0;
}

bool is_domain_suffix(std::string_view letters) {
  if (letters.size() > kMaxListedWord) return false;
  static const std::unordered_set<std::string> suffixes = lower_set(kDomainSuffixes);
  return suffixes.count(lower_copy(letters)) > 0;
}

bool is_unit_suffix(std::string_view letters) {
  if (letters.size() > kMaxListedWord) return false;
  static const std::unordered_set<std::string> units = lower_set(kUnits);
  return units.count(lower_copy(letters)) > 0;
}

std::size_t informal_contraction_split(std::string_view word) {
  if (word.size() > 8 || word.size() < 2) return 0;
  char buffer[8];
  for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = ascii_lower(word[i]);
  const std::string_view lower(buffer, word.size());
  for (const Informal& entry : kInformal) {
    if (entry.word == lower) return entry.split;
  }
  return 0;
}

bool is_sentence_starter(std::string_view word) {
  if (word.size() > kMaxListedWord) return false;
  for (std::string_view s : kStarters) {
    if (s == word) return true;
  }
  return false;
}

}  // namespace parley::internal
