// Lint checks for actor, agent, discard and issue dictionaries, and the driver
// that reads the files (the verb checks are in lint_verbs.cpp).
#include "dict/lint.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "dict/dict_text.h"
#include "dict/issues.h"
#include "util/file.h"

namespace parley {
namespace {

using dict_text::quote;

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string where(const std::string& file, int line) { return file + ":" + std::to_string(line); }

void add(Diagnostics* findings, const std::string& file, int line, std::string message) {
  findings->push_back({file, line, std::move(message)});
}

std::string date_text(int date) { return date == 0 || date == 99999999 ? "" : std::to_string(date); }

std::string restriction_text(const DateRestriction& r) {
  return r.code + " " + date_text(r.from) + "-" + date_text(r.to);
}

// An actor's codes as one comparable string: "[RUS] [RUSGOV 20000507-]".
std::string actor_codes(const ActorEntry& e) {
  std::string out = "[" + e.default_code + "]";
  for (const DateRestriction& r : e.restrictions) out += " [" + restriction_text(r) + "]";
  return out;
}

void lint_date_overlaps(const ActorEntry& e, Diagnostics* findings) {
  for (std::size_t i = 0; i < e.restrictions.size(); ++i) {
    for (std::size_t j = i + 1; j < e.restrictions.size(); ++j) {
      const DateRestriction& a = e.restrictions[i];
      const DateRestriction& b = e.restrictions[j];
      int first = std::max(a.from, b.from), last = std::min(a.to, b.to);
      if (first > last) continue;
      std::string ranges = "[" + restriction_text(a) + "] and [" + restriction_text(b) + "]";
      // A hand-over written with the same day at both ends is the usual slip: say so.
      std::string what = first == last ? " share the day " + std::to_string(first) + ": " + ranges +
                                             " (both ends are included; the first wins that day)"
                                       : " overlap: " + ranges + " (the first wins on the shared dates)";
      add(findings, e.file, e.line, "date ranges of " + quote(join_words(e.phrases[0])) + what);
    }
  }
}

// " (and 3 more phrases)" after the first of `phrases`.
std::string more_phrases(std::size_t count) {
  if (count <= 1) return "";
  return " (and " + std::to_string(count - 1) + " more phrase" + (count == 2 ? "" : "s") + ")";
}

}  // namespace

void lint_actors(const ActorDictionary& actors, Diagnostics* findings) {
  std::unordered_map<std::string, std::size_t> first;  // phrase -> entry that has it first
  for (std::size_t i = 0; i < actors.entries.size(); ++i) {
    const ActorEntry& e = actors.entries[i];
    // Phrases this entry shares with each earlier entry, in the entry's order: one finding per pair.
    std::vector<std::pair<std::size_t, std::vector<std::string>>> shared;
    for (const auto& words : e.phrases) {
      std::string phrase = join_words(words);
      auto [it, inserted] = first.emplace(phrase, i);
      if (inserted) continue;
      if (it->second == i) {
        add(findings, e.file, e.line, "duplicate phrase " + quote(phrase) + " within one actor entry");
        continue;
      }
      auto pair = std::find_if(shared.begin(), shared.end(), [&](const auto& p) { return p.first == it->second; });
      if (pair == shared.end()) pair = shared.insert(shared.end(), {it->second, {}});
      pair->second.push_back(phrase);
    }
    for (const auto& [other_index, phrases] : shared) {
      const ActorEntry& other = actors.entries[other_index];
      std::string named = quote(phrases.front()) + more_phrases(phrases.size());
      if (actor_codes(other) == actor_codes(e)) {
        add(findings, e.file, e.line, "duplicate actor " + named + ": already at " + where(other.file, other.line));
      } else {
        add(findings, e.file, e.line,
            "conflicting codes for actor " + named + ": " + actor_codes(e) + " here, " + actor_codes(other) +
                " at " + where(other.file, other.line));
      }
    }
    lint_date_overlaps(e, findings);
  }
}

void lint_agents(const AgentDictionary& agents, const ActorDictionary* actors, Diagnostics* findings) {
  std::unordered_map<std::string, const ActorEntry*> actor_phrases;
  if (actors) {
    for (const ActorEntry& e : actors->entries) {
      for (const auto& words : e.phrases) actor_phrases.emplace(join_words(words), &e);
    }
  }
  std::unordered_map<std::string, const AgentEntry*> first;
  std::unordered_set<std::string> reported;  // "line/other line" pairs already reported
  for (const AgentEntry& e : agents.entries) {
    std::string phrase = join_words(e.words);
    std::string code = e.prefix ? e.code + "~" : "~" + e.code;
    if (auto a = actor_phrases.find(phrase); a != actor_phrases.end()) {
      add(findings, e.file, e.line,
          "agent " + quote(phrase) + " [" + code + "] is also an actor at " + where(a->second->file, a->second->line) +
              " " + actor_codes(*a->second));
    }
    auto [it, inserted] = first.emplace(phrase, &e);
    if (inserted) continue;
    const AgentEntry& other = *it->second;
    std::string pair = where(e.file, e.line) + "/" + where(other.file, other.line);
    if (!reported.insert(pair).second) continue;  // one finding per pair of lines
    std::string other_code = other.prefix ? other.code + "~" : "~" + other.code;
    if (other_code == code) {
      add(findings, e.file, e.line, "duplicate agent " + quote(phrase) + ": already at " + where(other.file, other.line));
    } else {
      add(findings, e.file, e.line,
          "conflicting codes for agent " + quote(phrase) + ": [" + code + "] here, [" + other_code + "] at " +
              where(other.file, other.line));
    }
  }
}

namespace {

// True when every text `longer` matches, `shorter` matches at the same place too.
bool covers(const DiscardEntry& shorter, const DiscardEntry& longer) {
  if (shorter.whole_story < longer.whole_story) return false;  // a sentence discard does not cover a story
  const std::string& s = shorter.phrase;
  const std::string& l = longer.phrase;
  if (s.size() >= l.size() || l.compare(0, s.size(), s) != 0) return false;
  return !shorter.word_end || !dict_text::is_word_char(l[s.size()]);
}

}  // namespace

void lint_discards(const DiscardList& discards, Diagnostics* findings) {
  std::unordered_map<std::string, const DiscardEntry*> first;
  for (const DiscardEntry& e : discards.entries) {
    auto [it, inserted] = first.emplace(e.phrase, &e);
    if (inserted) continue;
    const DiscardEntry& other = *it->second;
    bool same = other.whole_story == e.whole_story && other.word_end == e.word_end;
    add(findings, e.file, e.line,
        std::string(same ? "duplicate" : "conflicting") + " discard " + quote(e.phrase) + ": already at " +
            where(other.file, other.line) + (same ? "" : " with a different '+' or final '_'"));
  }
  // A phrase that a shorter stem (or a whole-word phrase followed by a blank) always finds first.
  for (const DiscardEntry& longer : discards.entries) {
    for (const DiscardEntry& shorter : discards.entries) {
      if (&shorter == &longer || !covers(shorter, longer)) continue;
      add(findings, longer.file, longer.line,
          "discard " + quote(longer.phrase) + " is never needed: " + quote(shorter.phrase) + " at " +
              where(shorter.file, shorter.line) + " already matches it");
      break;
    }
  }
}

void lint_issues(std::string_view content, const std::string& name, Diagnostics* findings) {
  // Each line is parsed on its own, so every expanded form keeps its own line.
  std::unordered_map<std::string, int> first;   // "PHRASE [CODE]" -> line
  std::unordered_map<std::string, int> ignore;  // ignored phrase -> line
  std::vector<IssueEntry> coded;
  dict_text::TextLines lines(content);
  dict_text::XmlCommentStripper xml;
  std::string_view line;
  while (lines.next(&line)) {
    std::string_view text = dict_text::trim(dict_text::cut_comment(xml.strip(line, lines.number()), "#"));
    if (text.empty() || text[0] == '<') continue;
    IssueDictionary one;
    parse_issues(text, name, &one, nullptr);
    for (IssueEntry& e : one.entries) {
      std::string key = e.ignore ? "~" + e.phrase : e.phrase + " [" + e.code + "]";
      auto [it, inserted] = first.emplace(key, lines.number());
      if (!inserted && it->second != lines.number()) {
        add(findings, name, lines.number(),
            std::string(e.ignore ? "duplicate ignore phrase " : "duplicate issue phrase ") + quote(key) +
                ": already at line " + std::to_string(it->second));
      }
      e.line = lines.number();
      if (e.ignore) ignore.emplace(e.phrase, e.line);
      else coded.push_back(std::move(e));
    }
  }
  for (const IssueEntry& e : coded) {
    if (auto it = ignore.find(e.phrase); it != ignore.end()) {
      add(findings, name, e.line,
          "issue phrase " + quote(e.phrase) + " can never count: the ignore phrase at line " +
              std::to_string(it->second) + " cancels it");
    }
  }
}

namespace {

template <class Read>
bool read_into(const std::string& path, Diagnostics* findings, Read&& read) {
  if (path.empty()) return false;
  Status s = read(path, findings);
  if (!s.ok()) add(findings, path, 0, "cannot read the file: " + s.message());
  return s.ok();
}

}  // namespace

Diagnostics lint_dictionaries(const LintFiles& files) {
  Diagnostics findings;
  ActorDictionary actors;
  for (const std::string& path : files.actors) {
    read_into(path, &findings, [&](const std::string& p, Diagnostics* d) { return read_actors(p, &actors, d); });
  }
  lint_actors(actors, &findings);
  AgentDictionary agents;
  if (read_into(files.agents, &findings, [&](const std::string& p, Diagnostics* d) { return read_agents(p, &agents, d); })) {
    lint_agents(agents, &actors, &findings);
  }
  VerbDictionary verbs;
  if (read_into(files.verbs, &findings, [&](const std::string& p, Diagnostics* d) { return read_verbs(p, &verbs, d); })) {
    lint_verbs(verbs, &findings);
  }
  DiscardList discards;
  if (read_into(files.discards, &findings,
                [&](const std::string& p, Diagnostics* d) { return read_discards(p, &discards, d); })) {
    lint_discards(discards, &findings);
  }
  IssueDictionary issues;
  if (read_into(files.issues, &findings, [&](const std::string& p, Diagnostics* d) { return read_issues(p, &issues, d); })) {
    Result<std::string> content = read_file(files.issues);
    if (content.ok()) lint_issues(*content, files.issues, &findings);
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.file != b.file ? a.file < b.file : a.line < b.line;
  });
  return findings;
}

}  // namespace parley
