// Dates found in documents: ISO timestamps in page metadata, written dates
// ("March 29, 2022", "29 March 2022"), and news datelines ("KYIV, March 29
// (Reuters) -"), all turned into YYYY-MM-DD.
#pragma once

#include <string>
#include <string_view>

namespace parley {

// "2022-03-29", "2022-03-29T16:19:00+04:00", "20220329" -> "2022-03-29"; "" when
// the text does not start with a valid date.
std::string iso_date_prefix(std::string_view text);

// Exactly "YYYY-MM-DD" or "YYYYMMDD" (blanks around allowed) as YYYY-MM-DD; "" otherwise.
std::string exact_iso_date(std::string_view text);

// 1..12 for an English month name or abbreviation ("Mar", "Sept.", "March"), else 0.
int month_number(std::string_view word);

// A written date at the start of `text`: "March 29, 2022", "Mar 29 2022",
// "29 March 2022", or an ISO date. "" when none.
std::string written_date(std::string_view text);

// The date of a dateline at the start of the text: a place, a comma, a month and
// day, an optional year, an optional "(Agency)", then a dash ("-", "--", "–",
// "—"). Without a year in the dateline, `year` is used (0: no date). "" when the
// text does not open with a dateline.
std::string dateline_date(std::string_view text, int year);

// "2022-..." -> 2022; 0 when `iso` is empty.
int year_of(std::string_view iso);

}  // namespace parley
