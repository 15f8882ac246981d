// Helpers for the coding tests that write their sentences as hand-made UD
// parses: a word list in, a Sentence out (through the CoNLL-U reader, so the
// parse is what `parley code` would see); dictionaries loaded from a test's
// own files; the events the coder gives a sentence as "SRC>TGT:CODE".
#pragma once

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "coding/coder.h"
#include "coding/dictionaries.h"
#include "io/conllu.h"

namespace parley::hand_parse {

// form, lemma, UPOS, head (1-based, 0 = root), relation
using Word = std::tuple<std::string, std::string, std::string, int, std::string>;

inline Sentence parse(const std::vector<Word>& words) {
  std::ostringstream c;
  std::string text;
  for (const auto& [form, lemma, upos, head, rel] : words) text += (text.empty() ? "" : " ") + form;
  c << "# text = " << text << "\n";
  int i = 0;
  for (const auto& [form, lemma, upos, head, rel] : words) {
    c << ++i << "\t" << form << "\t" << lemma << "\t" << upos << "\t_\t_\t" << head << "\t" << rel
      << "\t_\t_\n";
  }
  c << "\n";
  Diagnostics diags;
  std::vector<Sentence> s = parse_conllu(c.str(), "test", &diags);
  EXPECT_EQ(s.size(), 1u);
  return s.empty() ? Sentence{} : s[0];
}

// The files of a test's made-up world: DIR/STEM.verbs.txt, .actors.txt, .agents.txt.
inline DictionaryFiles world_files(const std::string& dir, const std::string& stem) {
  DictionaryFiles files;
  files.verbs = dir + stem + ".verbs.txt";
  files.actors = {dir + stem + ".actors.txt"};
  files.agents = dir + stem + ".agents.txt";
  return files;
}

// The dictionaries of `files`, which must load without an error.
inline Dictionaries load(const DictionaryFiles& files) {
  Dictionaries d;
  Diagnostics diags;
  EXPECT_TRUE(load_dictionaries(files, true, &d, &diags).ok());
  return d;
}

// The events code_sentence gives `s` (date 0), as "SRC>TGT:CODE", with or
// without the precision rules.
inline std::vector<std::string> coded(const Sentence& s, const Dictionaries& dicts,
                                      bool rules = true) {
  CoderOptions options;
  options.precision_rules = rules;
  std::vector<std::string> out;
  for (const Event& e : code_sentence(s, dicts, 0, options)) {
    out.push_back(e.source.code + ">" + e.target.code + ":" + e.code);
  }
  return out;
}

}  // namespace parley::hand_parse
