// Agent dictionaries (PETRARCH format): "PHRASE {PLURALS} [~CODE]" lines, with
// automatic regular plurals, {} to suppress them, and !MARKER! substitution sets
// declared as "!PERSON! = MAN, MEN, ...". `~CODE` is appended after the actor's
// code (RUS + ~MIL = RUSMIL); `CODE~` goes before it (NGO~ + ARN = NGOARN).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

struct AgentEntry {
  std::vector<std::string> words;  // uppercase, one fully expanded form (singular or plural)
  std::string code;                // without the '~'
  bool prefix = false;             // true for "CODE~" (goes before the actor code)
  std::string file;
  int line = 0;
};

struct AgentDictionary {
  std::vector<AgentEntry> entries;  // every expanded form is its own entry
};

void parse_agents(std::string_view content, const std::string& name, AgentDictionary* dict,
                  Diagnostics* diags);
Status read_agents(const std::string& path, AgentDictionary* dict, Diagnostics* diags);

}  // namespace parley
