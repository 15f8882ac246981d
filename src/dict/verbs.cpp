// Reader for the verb dictionary: one pass over the lines, dispatching on the
// first character, then synset expansion and the verb-word index.
#include "dict/verbs.h"

#include <algorithm>
#include <functional>
#include <set>

#include "dict/verb_patterns.h"
#include "util/file.h"
#include "util/strings.h"

namespace parley {
namespace {

bool is_consonant(char c) { return std::string_view("AEIOU").find(c) == std::string_view::npos; }

class VerbReader {
 public:
  VerbReader(const std::string& name, VerbDictionary* dict, Diagnostics* diags)
      : name_(name), dict_(dict), diags_(diags) {}

  void read(std::string_view content) {
    for_each_line(content, [this](std::string_view line, int no) { read_line(line, no); });
    expand_synsets();
    resolve_patterns();
    build_index();
  }

 private:
  enum class Context { kNone, kSynset, kBlock };

  void report(int line, std::string message) {
    if (diags_) diags_->push_back({name_, line, std::move(message)});
  }

  void read_line(std::string_view raw, int line) {
    std::string_view text = strip_comment(raw);
    if (text.empty() || starts_with(text, "<!--")) return;  // XML-style comment lines in old files
    if (starts_with(text, "---")) return read_block_header(text, line);
    switch (text[0]) {
      case '&': return read_synset_header(text, line);
      case '+':
        if (context_ == Context::kSynset) return read_synset_member(text.substr(1), line);
        return read_verb(text, line);
      case '-': return read_pattern(text.substr(1), line);
      case '~': return read_transformation(text.substr(1), line);
      case '*':
        // Old files have pattern lines that lost their leading '-'.
        report(line, "pattern line without its leading '-': read as a pattern");
        return read_pattern(text, line);
      default:
        if (context_ == Context::kSynset && text[0] != '<') context_ = Context::kNone;
        return read_verb(text, line);
    }
  }

  void read_block_header(std::string_view text, int line) {
    std::string_view inner = trim(text.substr(3));
    if (inner.size() >= 3 && inner.substr(inner.size() - 3) == "---") inner = trim(inner.substr(0, inner.size() - 3));
    VerbBlock block;
    block.line = line;
    block.codes.forward = "---";
    std::size_t open = inner.find('[');
    if (open != std::string_view::npos) {
      std::size_t close = inner.find(']', open);
      std::string error = "missing ']'";
      // A bad code still opens the block (with the null code), so its verbs do not
      // fall into the previous block.
      if (close == std::string_view::npos ||
          !parse_event_codes(inner.substr(open + 1, close - open - 1), &block.codes, &error)) {
        report(line, "verb block header: " + error + "; block uses the null code ---");
        block.codes = EventCodes{"---", ""};
      }
      inner = trim(inner.substr(0, open));
    }
    block.name = to_upper(inner);
    dict_->blocks.push_back(std::move(block));
    context_ = Context::kBlock;
  }

  void read_synset_header(std::string_view text, int line) {
    std::string name = to_upper(trim(text.substr(1)));
    if (name.empty() || name.find(' ') != std::string::npos) {
      return report(line, "synset name must be one word after '&'");
    }
    if (dict_->synsets.count(name)) {
      synset_ = name;  // a repeated definition extends the first one
    } else {
      Synset s;
      s.name = name;
      s.line = line;
      dict_->synsets.emplace(name, std::move(s));
      synset_ = name;
    }
    context_ = Context::kSynset;
  }

  void read_synset_member(std::string_view text, int line) {
    text = trim(text);
    Synset& s = dict_->synsets[synset_];
    if (text.empty()) return report(line, "empty synset member");
    if (text[0] == '(') {
      std::vector<PatternItem> before, after;
      std::string error;
      if (!parse_pattern_items(std::string("* ") + std::string(text), &before, &after, &error) ||
          after.size() != 1 || after[0].kind != PatternItem::Kind::kPrep) {
        return report(line, "synset member: expected one (PREP ...) phrase");
      }
      s.preps.push_back(std::move(after[0]));
      return;
    }
    if (text[0] == '&') {
      nested_.push_back({synset_, to_upper(text.substr(1)), line});
      return;
    }
    bool no_plural = text.back() == '_' || synset_.back() == '_';
    std::vector<std::string> words;
    for (std::string_view w : split_any(text, " _")) words.push_back(to_upper(w));
    if (words.empty()) return report(line, "empty synset member");
    s.phrases.push_back(words);
    if (!no_plural) {
      words.back() = regular_plural(words.back());
      s.phrases.push_back(std::move(words));
    }
  }

  // "WIRE_+TAP", "+CORDON_OFF": the words and the verb's position.
  static bool parse_form(std::string_view token, VerbForm* form) {
    form->words.clear();
    form->verb_index = -1;
    for (std::string_view w : split_any(token, "_")) {
      if (w[0] == '+') {
        form->verb_index = static_cast<int>(form->words.size());
        w.remove_prefix(1);
      }
      if (w.empty()) return false;
      form->words.push_back(to_upper(w));
    }
    if (form->words.empty()) return false;
    if (form->verb_index < 0) form->verb_index = 0;
    return true;
  }

  void read_verb(std::string_view text, int line) {
    if (context_ != Context::kBlock) return report(line, "verb outside a '--- NAME [CODE] ---' block");
    VerbBlock& block = dict_->blocks.back();
    VerbEntry verb;
    verb.block = static_cast<int>(dict_->blocks.size()) - 1;
    verb.line = line;
    verb.codes = block.codes;
    std::size_t brace = text.find('{'), bracket = text.find('[');
    std::string_view head = trim(text.substr(0, std::min(brace, bracket)));
    if (head.find(' ') != std::string_view::npos) {
      return report(line, "verb '" + std::string(head) + "': words of a verb are joined with '_'");
    }
    VerbForm base;
    if (!parse_form(head, &base)) return report(line, "verb: empty verb word");
    verb.lemma = base.words[base.verb_index];
    verb.forms.push_back(base);
    if (brace != std::string_view::npos && (bracket == std::string_view::npos || brace < bracket)) {
      std::size_t close = text.find('}', brace);
      if (close == std::string_view::npos) return report(line, "verb '" + verb.lemma + "': missing '}'");
      for (std::string_view tok : split_any(text.substr(brace + 1, close - brace - 1), " \t")) {
        VerbForm form;
        if (!parse_form(tok, &form)) return report(line, "verb '" + verb.lemma + "': bad form");
        verb.forms.push_back(std::move(form));
      }
    } else {
      for (const std::string& inflected : regular_verb_forms(verb.lemma)) {
        VerbForm form = base;
        form.words[form.verb_index] = inflected;
        verb.forms.push_back(std::move(form));
      }
    }
    if (bracket != std::string_view::npos) {
      std::size_t close = text.find(']', bracket);
      std::string error;
      if (close == std::string_view::npos) return report(line, "verb '" + verb.lemma + "': missing ']'");
      if (!parse_event_codes(text.substr(bracket + 1, close - bracket - 1), &verb.codes, &error)) {
        return report(line, "verb '" + verb.lemma + "': " + error);
      }
    }
    block.verbs.push_back(static_cast<int>(dict_->verbs.size()));
    dict_->verbs.push_back(std::move(verb));
  }

  void read_pattern(std::string_view text, int line) {
    if (context_ != Context::kBlock) return report(line, "pattern outside a verb block");
    std::size_t open = text.rfind('[');
    std::size_t close = text.rfind(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      return report(line, "pattern has no [CODE]");
    }
    VerbPattern pattern;
    std::string error;
    if (!parse_event_codes(text.substr(open + 1, close - open - 1), &pattern.codes, &error) ||
        !parse_pattern_items(text.substr(0, open), &pattern.before, &pattern.after, &error)) {
      return report(line, "pattern: " + error);
    }
    pattern.block = static_cast<int>(dict_->blocks.size()) - 1;
    pattern.line = line;
    pattern.text = "- " + std::string(trim(text));
    dict_->blocks.back().patterns.push_back(std::move(pattern));
  }

  void read_transformation(std::string_view text, int line) {
    std::string spaced;
    for (char c : text) {
      if (c == '(' || c == ')' || c == '=') {
        spaced += ' ';
        spaced += c;
        spaced += ' ';
      } else {
        spaced += c;
      }
    }
    std::vector<std::string_view> t = split_any(spaced, " \t");
    if (t.size() != 11 || t[1] != "(" || t[5] != ")" || t[7] != "=") {
      return report(line, "transformation: expected '~ a (b c VERB) VERB = a b CODE'");
    }
    Transformation tr;
    tr.outer_source = t[0];
    tr.inner_source = t[2];
    tr.inner_target = t[3];
    tr.inner_verb = to_upper(t[4]);
    tr.outer_verb = to_upper(t[6]);
    tr.result_source = t[8];
    tr.result_target = t[9];
    tr.result_code = t[10];
    tr.line = line;
    dict_->transformations.push_back(std::move(tr));
  }

  void expand_synsets() {
    for (const Nested& n : nested_) {
      std::set<std::string> seen;
      std::function<void(const std::string&)> add = [&](const std::string& inner) {
        if (!seen.insert(inner).second) return;
        auto it = dict_->synsets.find(inner);
        if (it == dict_->synsets.end()) return report(n.line, "synset &" + inner + " is not defined");
        Synset& outer = dict_->synsets[n.outer];
        if (&outer == &it->second) return;
        for (const auto& p : it->second.phrases) outer.phrases.push_back(p);
        for (const auto& p : it->second.preps) outer.preps.push_back(p);
        for (const Nested& deeper : nested_) {
          if (deeper.outer == inner) add(deeper.inner);
        }
      };
      add(n.inner);
    }
  }

  // Links synset items to their sets and lists each pattern's required words.
  void resolve_patterns() {
    for (auto& [name, synset] : dict_->synsets) {
      synset.last_words.clear();
      for (const auto& phrase : synset.phrases) synset.last_words.push_back(hash_word(phrase.back()));
      std::sort(synset.last_words.begin(), synset.last_words.end());
    }
    for (VerbBlock& block : dict_->blocks) {
      for (VerbPattern& p : block.patterns) {
        for (auto* items : {&p.before, &p.after}) {
          for (PatternItem& item : *items) resolve_item(&item, &p.required_words);
        }
      }
    }
  }

  void resolve_item(PatternItem* item, std::vector<std::uint64_t>* required) {
    using Kind = PatternItem::Kind;
    std::string_view synset_name;
    if (item->kind == Kind::kSynset) synset_name = item->text;
    if (item->kind == Kind::kPrep && !item->text.empty() && item->text[0] == '&') {
      synset_name = std::string_view(item->text).substr(1);
    }
    if (!synset_name.empty()) {
      auto it = dict_->synsets.find(std::string(synset_name));
      item->synset = it == dict_->synsets.end() ? nullptr : &it->second;
    }
    if (item->kind == Kind::kWord && item->text.find(' ') == std::string::npos) item->hash = hash_word(item->text);
    bool plain_word = item->kind == Kind::kWord || (item->kind == Kind::kPrep && synset_name.empty());
    if (plain_word) {
      for (std::string_view w : split_any(item->text, " ")) required->push_back(hash_word(w));
    }
    for (PatternItem& child : item->children) resolve_item(&child, required);
  }

  void build_index() {
    for (std::size_t i = 0; i < dict_->verbs.size(); ++i) {
      for (const VerbForm& f : dict_->verbs[i].forms) {
        auto& ids = dict_->by_word[f.words[f.verb_index]];
        if (std::find(ids.begin(), ids.end(), static_cast<int>(i)) == ids.end()) {
          ids.push_back(static_cast<int>(i));
        }
      }
    }
  }

  struct Nested {
    std::string outer, inner;
    int line;
  };

  const std::string& name_;
  VerbDictionary* dict_;
  Diagnostics* diags_;
  Context context_ = Context::kNone;
  std::string synset_;
  std::vector<Nested> nested_;
};

int item_words(const PatternItem& item) {
  switch (item.kind) {
    case PatternItem::Kind::kWord:
    case PatternItem::Kind::kSynset:
      return 1;
    case PatternItem::Kind::kPhrase:
    case PatternItem::Kind::kPrep: {
      int n = 1;
      for (const PatternItem& c : item.children) n += item_words(c);
      return item.kind == PatternItem::Kind::kPhrase ? n - 1 : n;
    }
    default:
      return 0;
  }
}

}  // namespace

bool Synset::may_end_with(std::string_view word) const {
  return std::binary_search(last_words.begin(), last_words.end(), hash_word(word));
}

int VerbPattern::specificity() const {
  int n = 0;
  for (const PatternItem& i : before) n += item_words(i);
  for (const PatternItem& i : after) n += item_words(i);
  return n;
}

std::size_t VerbDictionary::pattern_count() const {
  std::size_t n = 0;
  for (const VerbBlock& b : blocks) n += b.patterns.size();
  return n;
}

std::string regular_plural(const std::string& noun) {
  if (noun.empty()) return noun;
  char last = noun.back();
  if (last == 'Y' && noun.size() > 1 && is_consonant(noun[noun.size() - 2])) {
    return noun.substr(0, noun.size() - 1) + "IES";
  }
  if (noun.size() > 1 && noun.substr(noun.size() - 2) == "SS") return noun + "ES";
  return noun + "S";
}

std::vector<std::string> regular_verb_forms(const std::string& base) {
  if (base.empty()) return {};
  auto ends = [&](std::string_view s) {
    return base.size() >= s.size() && base.compare(base.size() - s.size(), s.size(), s) == 0;
  };
  char last = base.back();
  bool y_after_consonant = last == 'Y' && base.size() > 1 && is_consonant(base[base.size() - 2]);
  std::string stem_y = base.substr(0, base.size() - 1);
  std::string third = y_after_consonant                                                ? stem_y + "IES"
                      : (ends("S") || ends("X") || ends("Z") || ends("CH") || ends("SH")) ? base + "ES"
                                                                                        : base + "S";
  std::string past = y_after_consonant ? stem_y + "IED" : last == 'E' ? base + "D" : base + "ED";
  std::string ing = ends("IE")                       ? base.substr(0, base.size() - 2) + "YING"
                    : (last == 'E' && !ends("EE")) ? stem_y + "ING"
                                                   : base + "ING";
  return {third, past, ing};
}

void parse_verbs(std::string_view content, const std::string& name, VerbDictionary* dict,
                 Diagnostics* diags) {
  if (dict->file.empty()) dict->file = name;
  VerbReader(name, dict, diags).read(content);
}

Status read_verbs(const std::string& path, VerbDictionary* dict, Diagnostics* diags) {
  return read_and_parse(path, [&](std::string_view content) { parse_verbs(content, path, dict, diags); });
}

}  // namespace parley
