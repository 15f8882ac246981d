// Arithmetic over event codes for negation ("did not criticize") and for verbs
// that govern other verbs ("will help" = intend + aid). Each CAMEO code maps to
// a number in which separate hex digits carry the kind of act (say, appeal,
// intend, ...) and its content (aid, meet, ...); negation adds or removes a
// 0xFFFF term. The mapping is read from a PETRARCH 2 "internal coding ontology"
// file (CODE:VALUE lines, VALUE a sum of signed hex terms).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "parley/status.h"

namespace parley {

class CodeAlgebra {
 public:
  bool loaded() const { return !value_of_.empty(); }

  // The code meaning "not `code`", if the ontology has one.
  std::optional<std::string> negate(const std::string& code) const;
  // The code for `outer` governing `inner` ("urge" + "help" -> 023), if any.
  std::optional<std::string> combine(const std::string& outer, const std::string& inner) const;
  std::optional<long> value(const std::string& code) const;

  void parse(std::string_view content, const std::string& name, Diagnostics* diags);
  Status read(const std::string& path, Diagnostics* diags);

 private:
  std::optional<std::string> code_for(long value) const;
  std::unordered_map<std::string, long> value_of_;
  std::unordered_map<long, std::string> code_of_;
};

}  // namespace parley
