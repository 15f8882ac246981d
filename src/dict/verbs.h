// The verb dictionary (PETRARCH 2 / UniversalPetrarch format): synsets (&NAME
// with '+' members), verb blocks ("--- NAME [CODE] ---") holding verbs (with
// irregular forms in {...}, own codes in [...], multi-word verbs marked with '+')
// and patterns ("- BEFORE * AFTER [CODE]"), and transformations ("~ a (a b X) Y =
// a b CODE"). See docs/dictionaries.md for the grammar and the choices made.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/status.h"

namespace parley {

// The event codes a pattern or verb yields: `forward` for source -> target and,
// for compound codes "A:B", `reverse` for target -> source. "---" is the null
// code (no event); "" means absent.
struct EventCodes {
  std::string forward;
  std::string reverse;
  bool is_null() const { return (forward.empty() || forward == "---") && reverse.empty(); }
};

// One element of a pattern.
struct PatternItem {
  enum class Kind {
    kWord,      // a word, "REAL_PLEASANT" kept as one item with words joined by ' '
    kSynset,    // &NAME
    kPhrase,    // {MODIFIER ... HEAD}: the last child is the head
    kPrep,      // (PREP OBJECT...): text = preposition, children = object items
    kSource,    // $  the source actor comes from here
    kTarget,    // +  the target actor comes from here
    kCompound,  // %  a compound actor that is both source and target
    kSkip,      // ^  skip a noun phrase
  };
  Kind kind = Kind::kWord;
  std::string text;
  std::vector<PatternItem> children;
  // kSynset (and a kPrep whose preposition is a synset): the set, resolved when
  // the dictionary is read; nullptr when it is not defined.
  const struct Synset* synset = nullptr;
  // kWord of one word: hash_word(text), set when the dictionary is read.
  std::uint64_t hash = 0;
};

struct VerbPattern {
  std::vector<PatternItem> before;  // items left of '*', in text order
  std::vector<PatternItem> after;   // items right of '*', in text order
  EventCodes codes;
  int block = 0;
  int line = 0;
  std::string text;  // the pattern as written, without comment
  // Hashes (hash_word) of the plain words the pattern cannot match without: a
  // sentence lacking one of them skips the pattern at once.
  std::vector<std::uint64_t> required_words;
  int specificity() const;  // count of words the pattern requires (longer wins)
};

// A verb form: words with the verb at verb_index ("CORDON OFF": 0, "WIRE TAP": 1).
struct VerbForm {
  std::vector<std::string> words;
  int verb_index = 0;
};

struct VerbEntry {
  std::string lemma;            // the primary form's verb word ("CORDON" for +CORDON_OFF)
  std::vector<VerbForm> forms;  // base form first, then inflections
  EventCodes codes;             // own code, else the block's
  int block = 0;
  int line = 0;
  bool multiword() const { return forms.front().words.size() > 1; }
};

struct VerbBlock {
  std::string name;
  EventCodes codes;
  std::vector<int> verbs;  // indexes into VerbDictionary::verbs
  std::vector<VerbPattern> patterns;
  int line = 0;
};

struct Synset {
  std::string name;  // without '&'
  std::vector<std::vector<std::string>> phrases;  // expanded: members, plurals, nested synsets
  std::vector<PatternItem> preps;                 // "(TO THE END)" members
  int line = 0;
  // Sorted hashes (util/strings.h hash_word) of every phrase's last word: a
  // token not among them cannot end a member.
  std::vector<std::uint64_t> last_words;
  bool may_end_with(std::string_view word) const;
};

// "~ a (b . ATTACK) SAY = a b 112": when verb SAY (source a) governs an event
// ATTACK from b to someone, the result is a -> b 112. Variables are letters,
// '.' any actor, '_' no actor; verbs are matched by their code; "Q" any verb.
struct Transformation {
  std::string outer_source, inner_source, inner_target, inner_verb, outer_verb;
  std::string result_source, result_target, result_code;
  int line = 0;
};

// PatternItem::synset points into `synsets`: the dictionary can be moved but
// not copied.
struct VerbDictionary {
  VerbDictionary() = default;
  VerbDictionary(VerbDictionary&&) = default;
  VerbDictionary& operator=(VerbDictionary&&) = default;
  VerbDictionary(const VerbDictionary&) = delete;
  VerbDictionary& operator=(const VerbDictionary&) = delete;

  std::string file;
  std::vector<VerbBlock> blocks;
  std::vector<VerbEntry> verbs;
  std::unordered_map<std::string, Synset> synsets;
  std::vector<Transformation> transformations;
  // Every single-word verb form and every multi-word form's verb word -> verbs.
  std::unordered_map<std::string, std::vector<int>> by_word;
  std::size_t pattern_count() const;
};

void parse_verbs(std::string_view content, const std::string& name, VerbDictionary* dict,
                 Diagnostics* diags);
Status read_verbs(const std::string& path, VerbDictionary* dict, Diagnostics* diags);

// Regular English inflections of a base verb: 3rd person -S, past -ED, -ING.
std::vector<std::string> regular_verb_forms(const std::string& base);
// Regular plural of a noun as PETRARCH forms it (S, Y -> IES, SS -> SSES).
std::string regular_plural(const std::string& noun);

}  // namespace parley
