// The shipped people dictionary (data/dictionaries/parley.people.actors.txt):
// it loads without a diagnostic, and names code the right country and role on
// the story's date, including the office holders of the 1980s and the surnames
// shared by two people, and a surname alone codes nothing before the person's
// first office (ActorEntry::code_on with the form matched).
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "actor_lookup.h"
#include "dict/actors.h"

namespace parley {
namespace {

const std::string kFile =
    std::string(PARLEY_SOURCE_DIR) + "/data/dictionaries/parley.people.actors.txt";


struct Loaded {
  ActorDictionary dict;
  Diagnostics diags;
  Status status;
};

const Loaded& loaded() {
  static const Loaded l = [] {
    Loaded out;
    out.status = read_actors(kFile, &out.dict, &out.diags);
    return out;
  }();
  return l;
}

// The code `phrase` gets on `date` (actor_lookup::code_of).
std::string code_of(const std::string& phrase, int date) {
  return actor_lookup::code_of(loaded().dict, phrase, date);
}

TEST(PeopleDictionary, LoadsWithoutDiagnostics) {
  const Loaded& l = loaded();
  ASSERT_TRUE(l.status.ok()) << l.status.message();
  std::string all;
  for (const Diagnostic& d : l.diags) all += d.to_string() + "\n";
  EXPECT_TRUE(l.diags.empty()) << all;
  EXPECT_GT(l.dict.entries.size(), 1300u);
}

TEST(PeopleDictionary, OfficeHoldersOfThe1980sOnTheirDates) {
  const int d1987 = 19870315;
  const std::vector<std::tuple<std::string, int, std::string>> expected = {
      {"STOLTENBERG", d1987, "DEUGOV"},         // Gerhard, West Germany's finance minister
      {"STOLTENBERG", 20200101, "IGOWSTNAT"},   // Jens at NATO
      {"JENS STOLTENBERG", d1987, "NORELI"},    // the full name keeps its default
      {"DE CROO", d1987, "BELGOV"},             // Herman
      {"DE CROO", 20220101, "BELGOV"},          // Alexander
      {"ANDRIESSEN", d1987, "IGOEUREECGOV"},
      {"ROBERT GATES", d1987, "USASPY"},        // deputy director of the CIA
      {"ROBERT GATES", 20080101, "USAGOV"},
      {"BUSH", d1987, "USAGOV"},                // the vice-president
      {"BUSH", 20050101, "USAGOV"},
      {"GEORGE W. BUSH", d1987, "USAELI"},
      {"REAGAN", d1987, "USAGOV"},
      {"REAGAN", 19900101, "USAELI"},
      {"GORBACHEV", d1987, "SUNGOV"},
      {"SHEVARDNADZE", d1987, "SUNGOV"},
      {"SHEVARDNADZE", 20000101, "GEOGOV"},
      {"KHAMENEI", d1987, "IRNGOV"},            // president before he was supreme leader
      {"LUSINCHI", d1987, "VENGOV"},
      {"FEBRES CORDERO", d1987, "ECUGOV"},
      {"PERES", d1987, "ISRGOV"},
      {"PERES", 19910101, "ISROPP"},
      {"DUISENBERG", d1987, "none"},            // listed only with the given name
      {"WIM DUISENBERG", d1987, "NLDGOV"},      // the Dutch central bank, not the ECB
      {"ROH", d1987, ""},                       // neither Roh in office
      {"ROH", 19900101, "KORGOV"},
      {"ABE", d1987, ""},                       // Shintaro Abe left office in 1986
      {"ABE", 19850101, "JPNGOV"},
      {"CAMDESSUS", d1987, "IGOIMF"},
      {"PEREZ DE CUELLAR", d1987, "IGOUNO"},
      {"ALI KHALIFA", d1987, "KWTGOV"},
  };
  for (const auto& [phrase, date, code] : expected) {
    EXPECT_EQ(code_of(phrase, date), code) << phrase << " on " << date;
  }
}

TEST(PeopleDictionary, ASurnameAloneCodesNothingBeforeTheFirstOffice) {
  // Gustavo Petro took his first office in 2018: "Petro" in 1987 is someone else
  // (or part of a firm's name); the full name still gets the default.
  EXPECT_EQ(code_of("PETRO", 19870315), "");
  EXPECT_EQ(code_of("GUSTAVO PETRO", 19870315), "COLELI");
  EXPECT_EQ(code_of("PETRO", 20230101), "COLGOV");
  EXPECT_EQ(code_of("PETRO", 0), "COLELI");  // no date: the default
  EXPECT_EQ(code_of("KURODA", 19870315), "");
  EXPECT_EQ(code_of("KURODA", 20150101), "JPNGOV");
}

TEST(PeopleDictionary, CommonWordSurnamesAreNotListedAlone) {
  for (const char* word : {"BAKER", "MAJOR", "NORTH", "WILSON", "GATES", "KING", "DOLE", "REGAN",
                           "BRADY", "HILLS", "PERRY", "JOHNSON", "WRIGHT", "GANDHI", "BOTHA"}) {
    EXPECT_EQ(code_of(word, 19870315), "none") << word;
  }
}

}  // namespace
}  // namespace parley
