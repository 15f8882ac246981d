// libFuzzer target for the coder: any CoNLL-U the reader accepts, however odd its
// tree, is coded against a small dictionary set without a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "coding/coder.h"
#include "io/conllu.h"

namespace {

const parley::Dictionaries& dictionaries() {
  static const parley::Dictionaries* dicts = [] {
    auto* d = new parley::Dictionaries();
    parley::parse_verbs(
        "&ARMY\n+TROOPS\n+SOLDIER\n--- MEET [040:040] ---\nMEET {MEETS MET MEETING}\n"
        "+SIT_DOWN {+SAT_DOWN}\n- * (WITH +) [042:043]\n- $ * {PEACE TALKS} [046]\n"
        "- * (AT ^) (IN $) [0361]\n- % * [040]\n- &ARMY * TOWARD + [154]\n"
        "--- WILL [030] ---\nPROMISE\n--- HELP [070] ---\nHELP\n--- SAY [010] ---\nSAY {SAID SAYS}\n",
        "fuzz.verbs", &d->verbs, nullptr);
    parley::parse_actors("ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON]\nMINAS_TIRITH [GON]\n", "fuzz.actors",
                         &d->actors, nullptr);
    parley::parse_agents("GOVERNMENT [~GOV]\nTROOP [~MIL]\nNGO [NGO~]\n", "fuzz.agents", &d->agents, nullptr);
    d->algebra.parse("010:0x1000\n030:0x3000\n070:0x0040\n033:0x3040\n040:0xB000\n", "fuzz.ontology",
                     nullptr);
    d->build_indexes();
    return d;
  }();
  return *dicts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  parley::Diagnostics diags;
  parley::CoderOptions options;
  options.require_dyad = size % 2 == 0;
  options.new_actor_length = static_cast<int>(size % 5);
  for (const parley::Sentence& s : parley::parse_conllu(text, "fuzz.conllu", &diags)) {
    std::vector<std::string> trace;
    (void)parley::code_sentence(s, dictionaries(), 20220329, options, &trace);
  }
  return 0;
}
