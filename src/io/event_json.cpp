#include "io/event_json.h"

#include <cstdint>
#include <cstdio>

#include "ontology/cameo.h"

namespace parley {
namespace {

nlohmann::ordered_json actor_json(const EventActor& a, const Sentence* parsed) {
  nlohmann::ordered_json j = {{"code", a.code == "---" ? "" : a.code}, {"text", a.text}};
  j["tokens"] = a.first >= 0 ? nlohmann::ordered_json::array({a.first, a.last}) : nlohmann::ordered_json(nullptr);
  if (parsed && a.first >= 0 && a.last < static_cast<int>(parsed->tokens.size())) {
    const Token& f = parsed->tokens[a.first];
    const Token& l = parsed->tokens[a.last];
    if (f.start != std::string::npos && l.end != std::string::npos) {
      j["chars"] = nlohmann::ordered_json::array({f.start, l.end});
    }
  }
  return j;
}

std::uint64_t fnv1a(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

std::string iso_date(const std::string& d) {
  if (d.size() != 8) return "";
  for (char c : d) {
    if (c < '0' || c > '9') return "";
  }
  return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
}

std::string event_id(const Event& e, const EventContext& where) {
  std::string key = where.doc_id + '\x1f' + std::to_string(where.sentence) + '\x1f' +
                    e.source.code + '\x1f' + e.target.code + '\x1f' + e.code + '\x1f' +
                    std::to_string(e.rule.verb_token);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
  return buf;
}

nlohmann::ordered_json event_core_json(const Event& e) {
  return {{"source", actor_json(e.source, nullptr)},
          {"target", actor_json(e.target, nullptr)},
          {"code", e.code},
          {"rule", {{"file", e.rule.file}, {"line", e.rule.line}, {"pattern", e.rule.pattern},
                    {"verb", e.rule.verb}, {"verb_token", e.rule.verb_token}}}};
}

nlohmann::ordered_json event_json(const Event& e, const EventContext& where) {
  const CameoCode* cameo = resolve_cameo(e.code);
  nlohmann::ordered_json j;  // fields in the order of docs/output.md
  j["id"] = event_id(e, where);
  j["doc_id"] = where.doc_id;
  j["sentence"] = where.sentence;
  j["date"] = where.date;
  j["source"] = actor_json(e.source, where.parsed);
  j["target"] = actor_json(e.target, where.parsed);
  j["code"] = e.code;
  j["name"] = cameo ? std::string(cameo->name) : "";
  j["root"] = cameo_root(e.code);
  j["quad_class"] = cameo_quad_class(e.code);
  j["goldstein"] = cameo ? nlohmann::ordered_json(cameo->goldstein) : nlohmann::ordered_json(nullptr);
  j["plover"] = cameo ? std::string(cameo->plover) : "";
  j["plover_mode"] = cameo ? std::string(cameo->plover_mode) : "";
  j["text"] = where.parsed ? where.parsed->text : "";
  j["rule"] = event_core_json(e)["rule"];
  return j;
}

}  // namespace parley
