// Lint checks for the verb dictionary: unknown event codes, patterns that can
// never match, duplicate and conflicting patterns and verbs.
#include <unordered_map>

#include "dict/dict_text.h"
#include "dict/lint.h"
#include "ontology/cameo.h"

namespace parley {
namespace {

using dict_text::quote;

class VerbLinter {
 public:
  VerbLinter(const VerbDictionary& verbs, Diagnostics* findings) : verbs_(verbs), findings_(findings) {}

  void run() {
    for (const auto& [name, synset] : verbs_.synsets) {
      if (synset.phrases.empty() && synset.preps.empty()) {
        add(synset.line, "synset &" + name + " has no members: patterns using it can never match");
      }
    }
    for (const VerbBlock& block : verbs_.blocks) {
      check_codes(block.codes, block.line, "verb block " + quote(block.name));
      check_patterns(block);
    }
    check_verbs();
    for (const Transformation& t : verbs_.transformations) {
      if (t.result_code != "---" && !find_cameo(t.result_code)) {
        add(t.line, "unknown event code " + t.result_code + " in a transformation (not in the CAMEO table)");
      }
    }
  }

 private:
  void add(int line, std::string message) { findings_->push_back({verbs_.file, line, std::move(message)}); }

  void check_code(const std::string& code, int line, const std::string& what) {
    if (code.empty() || code == "---" || find_cameo(code)) return;
    add(line, "unknown event code " + code + " in " + what + " (not in the CAMEO table)");
  }
  void check_codes(const EventCodes& codes, int line, const std::string& what) {
    check_code(codes.forward, line, what);
    check_code(codes.reverse, line, what);
  }

  // The first synset an item refers to that is undefined or empty; "" when none.
  std::string dead_synset(const PatternItem& item) const {
    bool refers = item.kind == PatternItem::Kind::kSynset ||
                  (item.kind == PatternItem::Kind::kPrep && !item.text.empty() && item.text[0] == '&');
    if (refers) {
      std::string name = item.kind == PatternItem::Kind::kSynset ? item.text : item.text.substr(1);
      if (!item.synset) return "&" + name + " is not defined";
      if (item.synset->phrases.empty() && item.synset->preps.empty()) return "&" + name + " is empty";
    }
    for (const PatternItem& child : item.children) {
      if (std::string dead = dead_synset(child); !dead.empty()) return dead;
    }
    return "";
  }

  static std::string codes_text(const EventCodes& c) { return c.reverse.empty() ? c.forward : c.forward + ":" + c.reverse; }

  // The pattern without its code, case and blanks folded: two patterns with the same key match alike.
  static std::string pattern_key(const VerbPattern& p) {
    std::string text = p.text.substr(0, p.text.rfind('['));
    return dict_text::normalize_phrase(text);
  }

  void check_patterns(const VerbBlock& block) {
    std::unordered_map<std::string, const VerbPattern*> seen;
    for (const VerbPattern& p : block.patterns) {
      check_codes(p.codes, p.line, "pattern " + quote(p.text));
      if (p.before.empty() && p.after.empty()) {
        add(p.line, "empty pattern " + quote(p.text) + ": it says no more than the verb (give the code on the verb line)");
      }
      for (const auto* side : {&p.before, &p.after}) {
        for (const PatternItem& item : *side) {
          if (std::string dead = dead_synset(item); !dead.empty()) {
            add(p.line, "pattern " + quote(p.text) + " can never match: " + dead);
            break;
          }
        }
      }
      auto [it, inserted] = seen.emplace(pattern_key(p), &p);
      if (inserted) continue;
      const VerbPattern& other = *it->second;
      if (codes_text(other.codes) == codes_text(p.codes)) {
        add(p.line, "duplicate pattern " + quote(p.text) + ": already at line " + std::to_string(other.line));
      } else {
        add(p.line, "conflicting codes for pattern " + quote(p.text) + ": already at line " +
                        std::to_string(other.line) + " with [" + codes_text(other.codes) + "] (the first wins)");
      }
    }
  }

  void check_verbs() {
    std::unordered_map<std::string, const VerbEntry*> seen;  // base form -> first verb
    for (const VerbEntry& v : verbs_.verbs) {
      const EventCodes& block_codes = verbs_.blocks[v.block].codes;
      if (codes_text(v.codes) != codes_text(block_codes)) check_codes(v.codes, v.line, "verb " + quote(v.lemma));
      std::string base;
      for (const std::string& w : v.forms.front().words) base += (base.empty() ? "" : " ") + w;
      auto [it, inserted] = seen.emplace(base, &v);
      if (inserted) continue;
      const VerbEntry& other = *it->second;
      std::string where = "line " + std::to_string(other.line) + " (block " +
                          quote(verbs_.blocks[other.block].name) + ")";
      if (codes_text(other.codes) == codes_text(v.codes)) {
        add(v.line, "duplicate verb " + quote(base) + ": already at " + where);
      } else {
        add(v.line, "conflicting codes for verb " + quote(base) + ": [" + codes_text(v.codes) + "] here, [" +
                        codes_text(other.codes) + "] at " + where);
      }
    }
  }

  const VerbDictionary& verbs_;
  Diagnostics* findings_;
};

}  // namespace

void lint_verbs(const VerbDictionary& verbs, Diagnostics* findings) { VerbLinter(verbs, findings).run(); }

}  // namespace parley
