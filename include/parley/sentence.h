// A tokenized, tagged and dependency-parsed sentence in Universal Dependencies form.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace parley {

// One syntactic word of a UD parse. Token i of a Sentence has UD id i + 1;
// `head` is a UD id (0 = root), so the head's index is head - 1.
struct Token {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;
  int head = 0;
  std::string deprel;
  std::string misc;
  // Character offsets into Sentence::text (or the document), npos when unknown.
  std::size_t start = std::string::npos;
  std::size_t end = std::string::npos;
};

// A multiword token range from CoNLL-U ("1-2 don't"): kept for writing back out.
struct MultiwordToken {
  int first = 0;  // UD ids, inclusive
  int last = 0;
  std::string form;
  std::string misc;
};

struct Sentence {
  std::string id;                 // "# sent_id" or the record id
  std::string text;               // "# text" or the record's <Text>
  std::vector<std::string> comments;  // other comment lines, without "# "
  std::vector<Token> tokens;
  std::vector<MultiwordToken> multiword_tokens;
  int source_line = 0;            // line where the sentence starts in its file
};

}  // namespace parley
