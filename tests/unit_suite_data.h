// The PETRARCH UD unit suite and its own dictionaries, read from the shared
// data; shared by the tests that score the suite.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "coding/dictionaries.h"

namespace parley {

inline const std::string kSuiteDir = std::string(PARLEY_DATA_DIR) + "/petrarch/";
inline const std::string kSuiteFile = kSuiteDir + "PETR.UnitTest.records.ud.xml";

// verbs 2.0 (the file the UD expectations were re-coded for), the UD actors,
// agents, discards and the internal coding ontology.
inline Dictionaries load_suite_dictionaries() {
  DictionaryFiles files;
  files.verbs = kSuiteDir + "PETR.Validate.verbs.2.0.txt";
  files.actors = {kSuiteDir + "PETR.Validate.actors.ud.txt"};
  files.agents = kSuiteDir + "PETR.Validate.agents.txt";
  files.discards = kSuiteDir + "PETR.Validate.discards.txt";
  files.ontology = kSuiteDir + "PETR.Internal.Coding.Ontology.txt";
  Dictionaries dicts;
  Diagnostics diags;
  Status s = load_dictionaries(files, false, &dicts, &diags);
  EXPECT_TRUE(s.ok()) << s.message();
  return dicts;
}

}  // namespace parley
