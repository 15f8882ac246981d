// Helpers shared by the NLP tests: UD English EWT read from the shared data, and
// words written as slash-separated fields ("form/UPOS/XPOS").
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/conllu.h"
#include "parley/sentence.h"

namespace parley {

// The EWT split "train", "dev" or "test"; a failed expectation naming the path
// (and an empty result) when it cannot be read.
inline std::vector<Sentence> read_ewt(const std::string& split) {
  std::string path = std::string(PARLEY_DATA_DIR) + "/ud-english-ewt/en_ewt-ud-" + split + ".conllu";
  Diagnostics diags;
  Result<std::vector<Sentence>> r = read_conllu(path, &diags);
  EXPECT_TRUE(r.ok()) << "needs the shared UD English EWT data at " << path << ": "
                      << r.status().message();
  return r.ok() ? std::move(r).value() : std::vector<Sentence>();
}

// "a/b/c" -> {"a", "b", "c"}.
inline std::vector<std::string> split_slashes(const std::string& w) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t slash; (slash = w.find('/', start)) != std::string::npos; start = slash + 1) {
    fields.push_back(w.substr(start, slash - start));
  }
  fields.push_back(w.substr(start));
  return fields;
}

}  // namespace parley
