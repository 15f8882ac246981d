// Business and market news that must not become political events
// (docs/coding.md, "8. Precision rules", "Business news"): trade figures,
// dealings in securities, the markets they happen in, and the officers of
// organisations the dictionaries do not know. Sentence rules, used by the
// coder (src/coding/coder.cpp) beside those of event_filter.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coding/actor_resolver.h"
#include "coding/dictionaries.h"
#include "coding/parse_view.h"
#include "parley/document.h"

namespace parley {

// The verb reports commerce: a trade verb (export, import, trade, sell, buy,
// purchase, ship, invest) in its economic sense (`code` 061, before any
// negation). Sales, purchases and trade figures are quantities, not acts
// between political actors ("Ruritania exported 9,000 tonnes of rye to
// Mardonia in 1986"); arms sales code 062 and are kept.
bool is_trade_report(const ParseView& view, int verb, const std::string& code);

// The verb deals in securities: its object (or passive subject) is a bond,
// a share, a stake, an equity or a bond or share issue ("offered 60 bonds",
// "floated a Yankee bond issue"). Financial business, whoever does it.
bool is_securities_deal(const ParseView& view, int verb);

// `a` is only where a market deal happens: the object of "in" or "on" under
// a security, a market of money ("the bond market"), a bourse or a listing,
// or a verb that deals in securities ("a bond issue in Velmar", "will float a
// bond in Velmar"), through the nouns between. No party.
bool is_market_place(const ParseView& view, const ActorRef& a);

// `a` is only a trade partner: the object of "to", "from", "in" or "with"
// under a trade noun ("sales to Mardonia", "imports from Valoria") or a trade
// verb ("prudence in exporting to Mardonia"), or of "for" under a trade verb
// ("bought dollars for the central bank"). A market or a client, not the one spoken to:
// the coder drops it as the target of a statement (01) only, since a ban on
// imports from a country (16x) is aimed at that country.
bool is_trade_partner(const ParseView& view, const ActorRef& a);

// `a` is only what economic data measure or who publishes them: a phrase
// headed by a data noun (figures, data, forecast, growth, output, crop,
// prices, ...: "U.S. GNP"), or a name, possessive or "for"/"of" modifier of
// one through at most one noun between ("Mardonia growth figures", "a crop
// forecast for Mardonia's rye sector"; not "between" or "with" it). A comment
// on the data is not addressed to it: the coder drops it as the target of a
// statement (01) only.
bool is_data_source(const ParseView& view, const ActorRef& a);

// `a` names the officer of an organisation the dictionaries do not know: a
// speaker word (official, spokesman, chairman, president, director, ...)
// with an unknown proper noun as its compound or possessive, or in its
// "of"/"for" modifier ("a Zorvane official", "the vice president of Acme").
// Such a person is no state official: the coder makes it a business actor.
bool is_unknown_organisation_person(const ParseView& view, const Dictionaries& dicts,
                                    const ActorRef& a);

// One of the words for people who speak or act for an organisation
// (official, spokesman, chairman, ...), in uppercase.
bool is_speaker_word(std::string_view word);

// `lead` opens a company story: a firm's name (a company suffix, "Acme
// Corp", or a stock symbol in angle brackets) comes before its main verb.
// Its bare spokesmen and officials are the firm's: the document gate does
// not place them in the article's country.
bool is_firm_story(const Sentence& lead);

// Some sentence of `earlier` names `word` (a speaker word, uppercase) as an
// unknown organisation's ("a spokeswoman for the Acme Institute"): a later
// bare "the spokeswoman" is that person, not the state's.
bool names_organisation_speaker(const std::vector<CodedSentence>& earlier, std::size_t count,
                                const std::string& word, const Dictionaries& dicts);

// `a` is one half of a hyphenated proper name whose other half no dictionary
// knows ("Bristol-Myers", "Petro-Canada", "Georgia-Pacific"): a firm's or a
// person's name, not the place. Combining forms ("Sino-", "Franco-") and
// pairs of known names ("Russia-Ukraine") are not such names.
bool is_in_hyphenated_name(const ParseView& view, const Dictionaries& dicts, const ActorRef& a);

// `a` is a title word standing alone as a name: capitalised, in running text
// (not a headline's capitals), with no article, modifier or name of its own,
// and coded as an agent only ("King was arrested" of a Mr King; the office
// reads "the king" or "King Arvid"). A surname, no office holder.
bool is_surname_title(const ParseView& view, const ActorRef& a);

}  // namespace parley
