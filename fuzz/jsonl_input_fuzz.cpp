// libFuzzer target for the JSON Lines input: any bytes, streamed through
// ByteStream (plain or, with the magic bytes, gzip/zstd) and LineReader with a
// small record cap, then parse_jsonl_record. No crash, hang or leak; every
// document kept has valid UTF-8, a non-blank text, an id, extras as a JSON
// object, and a date that is empty or YYYY-MM-DD.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "io/byte_stream.h"
#include "io/input_reader.h"
#include "io/jsonl_input.h"
#include "io/text_clean.h"
#include "io/text_dates.h"
#include "util/strings.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  auto stream = parley::ByteStream::from_string(input, "fuzz");
  parley::LineReader lines(stream.get(), 4096);
  std::string line;
  for (;;) {
    parley::LineReader::Kind k = lines.next(&line);
    if (k == parley::LineReader::Kind::kEnd || k == parley::LineReader::Kind::kError) break;
    if (k == parley::LineReader::Kind::kTooLong) continue;
    if (line.size() > 4096) __builtin_trap();  // the cap was not applied
    parley::Diagnostics warnings;
    parley::Result<parley::Document> d = parley::parse_jsonl_record(line, "fuzz", lines.line_number(), &warnings);
    if (!d.ok()) continue;
    parley::resolve_date(&d.value(), "2031-05-04");
    std::string copy = d->text + d->id + d->title + d->source + d->url;
    if (parley::repair_utf8(&copy) != 0) __builtin_trap();
    if (d->id.empty() || parley::trim(d->text).empty()) __builtin_trap();
    if (!d->date.empty() && parley::iso_date_prefix(d->date) != d->date) __builtin_trap();
    if (!d->extra_json.empty()) {
      nlohmann::json extra = nlohmann::json::parse(d->extra_json, nullptr, false);
      if (!extra.is_object()) __builtin_trap();
    }
  }
  return 0;
}
