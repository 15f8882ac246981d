// The business-news rules of business_news.h.
#include "coding/business_news.h"

#include <set>
#include <string_view>

#include "coding/event_filter.h"

namespace parley {
namespace {

// Verbs of buying and selling goods, in any of their forms.
const std::set<std::string_view> kTradeVerbs = {
    "EXPORT", "EXPORTS", "EXPORTED", "EXPORTING", "IMPORT",   "IMPORTS",   "IMPORTED",
    "IMPORTING", "RE-EXPORT", "TRADE", "TRADES",  "TRADED",   "TRADING",   "SELL",
    "SELLS",  "SOLD",    "SELLING", "BUY",       "BUYS",     "BOUGHT",    "BUYING",
    "PURCHASE", "PURCHASES", "PURCHASED", "PURCHASING", "SHIP", "SHIPS", "SHIPPED",
    "SHIPPING", "INVEST", "INVESTS", "INVESTED", "INVESTING"};

// Nouns of trade flows: what a country sells or buys, not whom it deals with.
const std::set<std::string_view> kTradeNouns = {
    "EXPORT",    "EXPORTS",   "IMPORT",    "IMPORTS",   "SALE",       "SALES",
    "SHIPMENT",  "SHIPMENTS", "PURCHASE",  "PURCHASES", "TRADE",      "EXPORTING",
    "IMPORTING", "SELLING",   "INVESTMENT", "INVESTMENTS"};

// Securities: what is issued, floated, offered or bought on a market.
const std::set<std::string_view> kSecurities = {
    "BOND",   "BONDS",    "EUROBOND",   "EUROBONDS", "SHARE",      "SHARES",
    "STOCK",  "STOCKS",   "STAKE",      "STAKES",    "EQUITY",     "EQUITIES",
    "DEBENTURE", "DEBENTURES", "SECURITIES", "OFFERING", "FLOTATION", "CERTIFICATES"};

// Where securities change hands: a bourse, a listing, a placement, or a
// market of money ("the bond market", "capital markets"; a market square in a
// city is a place, and an attack on it is aimed at its country).
const std::set<std::string_view> kMarkets = {"BOURSE", "LISTING", "PLACEMENT"};
const std::set<std::string_view> kMarketWords = {"MARKET", "MARKETS"};
const std::set<std::string_view> kMoneyWords = {
    "BOND",   "BONDS",     "STOCK",  "STOCKS",     "SHARE",  "EQUITY", "MONEY",    "CURRENCY",
    "CAPITAL", "CREDIT",   "FINANCIAL", "SECURITIES", "DEBT", "EUROBOND", "EURO", "EUROMARKET"};

// Economic data: figures, forecasts and prices that a country or an office
// is named in as what they measure or who publishes them ("U.S. growth
// figures", "the Agriculture Department's price data", "a crop forecast for
// Velmar").
const std::set<std::string_view> kDataNouns = {
    "FIGURES",  "FIGURE",   "DATA",      "STATISTICS", "STATISTIC", "FORECAST",   "FORECASTS",
    "ESTIMATE", "ESTIMATES", "PROJECTION", "PROJECTIONS", "GROWTH", "INFLATION", "GNP",
    "GDP",      "OUTPUT",   "PRODUCTION", "CROP",     "CROPS",     "HARVEST",    "PRICE",
    "PRICES",   "UNEMPLOYMENT", "INDEX"};

// People who speak or act for an organisation, whichever it is.
const std::set<std::string_view> kSpeakerWords = {
    "OFFICIAL",  "OFFICIALS",   "SPOKESMAN", "SPOKESMEN",  "SPOKESWOMAN", "SPOKESPERSON",
    "CHAIRMAN",  "CHAIRWOMAN",  "CHAIR",     "PRESIDENT",  "DIRECTOR",    "DIRECTORS",
    "EXECUTIVE", "EXECUTIVES",  "MANAGER",   "MANAGERS",   "SPOKESPEOPLE"};

// Offices and bodies that follow a title's "of" as capitalised common nouns
// ("Chief of Staff", "President of the Republic", "Director of Budget").
const std::set<std::string_view> kOfficeNouns = {
    "STATE",   "REPUBLIC", "STAFF",    "COMMISSION", "COUNCIL",     "BOARD",     "PARLIAMENT",
    "ASSEMBLY", "CONGRESS", "SENATE",  "HOUSE",      "COMMITTEE",   "TREASURY",  "BUDGET",
    "DEFENCE", "DEFENSE",  "JUSTICE",  "INTERIOR",   "FINANCE",     "AGRICULTURE", "COMMERCE",
    "TRADE",   "ENERGY",   "LABOR",    "LABOUR",     "INTELLIGENCE", "GOVERNMENT", "CABINET",
    "MINISTRY", "DEPARTMENT", "OFFICE", "AGENCY",    "BUREAU",      "SECRETARIAT", "PRESIDENCY",
    "COURT",   "POLICE",   "ARMY",     "NAVY",       "FEDERATION",  "UNION",     "PARTY"};

// The words that end a company's name.
const std::set<std::string_view> kCorporateSuffixes = {
    "CORP", "CORP.", "CORPORATION", "INC", "INC.", "CO", "CO.", "LTD", "LTD.", "PLC", "LLC",
    "AG",   "NV",    "N.V.",        "GMBH", "SPA", "BHD", "HOLDINGS", "INDUSTRIES", "AIRLINES",
    "AIRWAYS", "BANCORP"};

// A security ("bonds"), or an issue of one ("a bond issue", "a rights issue").
bool is_security(const ParseView& view, int t) {
  if (t < 0 || view.is_verb(t)) return false;  // "shared", "stocked": verbs
  if (view.is_one_of(t, kSecurities)) return true;
  if (view.word(t) != "ISSUE" && view.word(t) != "ISSUES") return false;
  for (int c : view.children(t)) {
    if (view.rel(c) == "compound" && (view.is_one_of(c, kSecurities) || view.is(c, "RIGHTS")))
      return true;
  }
  return false;
}

// A market of money: "the bond market", "the New York capital markets".
bool is_money_market(const ParseView& view, int t) {
  if (t < 0 || view.is_verb(t)) return false;
  if (view.is_one_of(t, kMarkets)) return true;
  if (!view.is_one_of(t, kMarketWords)) return false;
  for (int c : view.children(t)) {
    const std::string& r = view.rel(c);
    if ((r == "compound" || r == "amod") && view.is_one_of(c, kMoneyWords)) return true;
  }
  return false;
}

// The preposition of `t`, or "" when it has none.
std::string_view preposition(const ParseView& view, int t) {
  int p = view.case_child(t);
  return p >= 0 ? std::string_view(view.word(p)) : std::string_view();
}

// Some dictionary phrase (actor or agent) covers token t.
bool known_word(const ParseView& view, const Dictionaries& dicts, int t) {
  for (int s = t < 6 ? 0 : t - 6; s <= t; ++s) {
    for (const PhraseIndex* index : {&dicts.actor_index, &dicts.agent_index}) {
      PhraseIndex::Match m = index->longest_at(view.words(), s);
      if (m.id >= 0 && s + m.length > t) return true;
    }
  }
  return false;
}

// An unknown proper noun among the modifiers of speaker word `w`: its compound
// or possessive, or the head of its "of"/"for" phrase.
bool unknown_modifier(const ParseView& view, const Dictionaries& dicts, int w) {
  for (int c : view.children(w)) {
    if (view.token(c).upos != "PROPN") continue;
    const std::string& r = view.rel(c);
    bool modifier = (r == "compound" || r == "nmod:poss") && c < w;
    if (!modifier && view.base_rel(c) == "nmod") {
      std::string_view p = preposition(view, c);
      modifier = p == "OF" || p == "FOR";
    }
    if (modifier && !known_word(view, dicts, c) && !view.is_one_of(c, kOfficeNouns)) return true;
  }
  return false;
}

// Titles that are also surnames.
const std::set<std::string_view> kTitles = {"KING",      "QUEEN",    "PRINCE", "EMIR",
                                            "PRESIDENT", "PREMIER",  "CHANCELLOR",
                                            "MINISTER",  "GOVERNOR", "SENATOR"};

// Combining forms of country names, first halves of "Sino-Soviet" and the like.
const std::set<std::string_view> kCombiningForms = {
    "SINO", "FRANCO", "ANGLO", "RUSSO", "INDO", "AFRO", "EURO", "AUSTRO",
    "IBERO", "GRECO", "ITALO", "HISPANO", "JUDEO", "NIPPO", "TURCO", "SERBO"};

// Token t is a capitalised proper noun that neither a dictionary nor the
// combining forms know: the unknown half of a hyphenated name.
bool unknown_name_part(const ParseView& view, const Dictionaries& dicts, int t) {
  if (t < 0 || t >= view.size() || view.token(t).upos != "PROPN") return false;
  const std::string& form = view.token(t).form;
  if (form.empty() || form.front() < 'A' || form.front() > 'Z') return false;
  return !kCombiningForms.count(view.word(t)) && !known_word(view, dicts, t);
}

}  // namespace

bool is_in_hyphenated_name(const ParseView& view, const Dictionaries& dicts, const ActorRef& a) {
  if (a.first < 0 || a.last < 0) return false;
  auto dash = [&](int t) { return t >= 0 && t < view.size() && view.token(t).form == "-"; };
  return (dash(a.first - 1) && unknown_name_part(view, dicts, a.first - 2)) ||
         (dash(a.last + 1) && unknown_name_part(view, dicts, a.last + 2));
}

bool is_surname_title(const ParseView& view, const ActorRef& a) {
  int h = a.head;
  if (h < 0 || a.first != h || a.last != h || a.code.rfind("---", 0) != 0) return false;
  const Token& t = view.token(h);
  if (t.upos != "PROPN" || !kTitles.count(view.word(h))) return false;
  bool lower = false;
  for (char ch : t.form) lower = lower || (ch >= 'a' && ch <= 'z');
  if (!lower || t.form.front() < 'A' || t.form.front() > 'Z') return false;
  for (int c : view.children(h)) {
    std::string_view r = view.base_rel(c);
    if (r != "case" && r != "punct" && r != "cc" && r != "acl" && r != "conj") return false;
  }
  return true;
}

bool is_speaker_word(std::string_view word) { return kSpeakerWords.count(word) > 0; }

bool is_firm_story(const Sentence& lead) {
  ParseView view(lead);
  int root = -1;
  for (int i = 0; i < view.size() && root < 0; ++i) {
    if (view.head(i) < 0) root = i;
  }
  if (root < 0 || !view.is_verb(root)) return false;
  // A firm's name before the main verb: a company suffix ("Acme Corp"), or
  // a stock symbol in angle brackets as wire services print it.
  for (int t = 0; t < root; ++t) {
    if (view.token(t).form == "<") return true;
    if (view.token(t).upos == "PROPN" && kCorporateSuffixes.count(view.word(t))) return true;
  }
  return false;
}

bool names_organisation_speaker(const std::vector<CodedSentence>& earlier, std::size_t count,
                                const std::string& word, const Dictionaries& dicts) {
  for (std::size_t i = 0; i < count && i < earlier.size(); ++i) {
    ParseView view(earlier[i].parsed);
    for (int t = 0; t < view.size(); ++t) {
      if (view.word(t) == word && unknown_modifier(view, dicts, t)) return true;
    }
  }
  return false;
}

bool is_trade_report(const ParseView& view, int verb, const std::string& code) {
  return code == "061" && view.is_one_of(verb, kTradeVerbs);
}

bool is_securities_deal(const ParseView& view, int verb) {
  for (int c : view.children(verb)) {
    std::string_view r = view.base_rel(c);
    bool object = r == "obj" || (r == "nsubj" && view.rel(c) == "nsubj:pass");
    if (object && is_security(view, c)) return true;
  }
  return false;
}

bool is_market_place(const ParseView& view, const ActorRef& a) {
  if (a.head < 0) return false;
  std::string_view p = preposition(view, a.head);
  if (p != "IN" && p != "ON") return false;
  // Up through the nouns it modifies ("a bond with a coupon in Velmar") to
  // the first verb.
  for (int g = view.head(a.head), guard = 0; g >= 0 && guard < 4; g = view.head(g), ++guard) {
    if (view.is_verb(g)) return is_securities_deal(view, g);
    if (is_security(view, g) || is_money_market(view, g)) return true;
    if (!view.is_nominal(g)) return false;
  }
  return false;
}

bool is_trade_partner(const ParseView& view, const ActorRef& a) {
  if (a.head < 0) return false;
  std::string_view p = preposition(view, a.head);
  if (p != "TO" && p != "FROM" && p != "IN" && p != "WITH" && p != "FOR") return false;
  int g = view.head(a.head);
  if (g < 0) return false;
  // "bought dollars for the central bank": a client of the deal.
  if (p == "FOR") return view.is_verb(g) && view.is_one_of(g, kTradeVerbs);
  return view.is_one_of(g, kTradeNouns) || view.is_one_of(g, kTradeVerbs);
}

bool is_data_source(const ParseView& view, const ActorRef& a) {
  if (a.head < 0) return false;
  // "U.S. GNP": the phrase is the data, its name only their modifier.
  if (a.first < a.head && !view.is_verb(a.head) && view.is_one_of(a.head, kDataNouns)) return true;
  // Only a modifier of a noun: a name, a possessive, "for"/"of"/"on" X; not
  // a party of trade "between" or "with" it.
  std::string_view r = view.base_rel(a.head);
  if (r != "compound" && r != "nmod" && r != "amod") return false;
  std::string_view p = preposition(view, a.head);
  if (p == "BETWEEN" || p == "WITH" || p == "AMONG") return false;
  for (int g = view.head(a.head), guard = 0; g >= 0 && guard < 2; g = view.head(g), ++guard) {
    if (view.is_verb(g) || !view.is_nominal(g)) return false;
    if (view.is_one_of(g, kDataNouns)) return true;
  }
  return false;
}

bool is_unknown_organisation_person(const ParseView& view, const Dictionaries& dicts,
                                    const ActorRef& a) {
  if (a.head < 0 || !has_role(a.code, "GOV") || a.code.rfind("IGO", 0) == 0) return false;
  // The speaker word is the head ("a Zorvane official") or a compound of a
  // name that heads the phrase ("Zorvane spokesman Jan Smit").
  if (view.is_one_of(a.head, kSpeakerWords)) return unknown_modifier(view, dicts, a.head);
  for (int c : view.children(a.head)) {
    if (view.rel(c) == "compound" && c < a.head && view.is_one_of(c, kSpeakerWords))
      return unknown_modifier(view, dicts, c);
  }
  return false;
}

}  // namespace parley
