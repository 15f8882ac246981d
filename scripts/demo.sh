#!/usr/bin/env bash
# The README's first command: installs what parley needs, builds it (Release, in
# build/, or in $PARLEY_DEMO_BUILD_DIR when set), and codes the example report
# examples/istanbul-talks-2022.txt from its raw text: parley's own tokenizer,
# tagger and parser (the model in data/models/) and its own dictionaries
# (data/dictionaries). Prints each sentence with its events and the dictionary
# rule behind each; the JSON Lines (one deduplicated event per line) are left in
# BUILD/istanbul-talks-2022.events.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
build=${PARLEY_DEMO_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)"

example=examples/istanbul-talks-2022.txt
echo
echo "Events coded from the raw text of $example"
echo "(source -> target, CAMEO code and name, [verb, dictionary file:line, pattern]):"
"$build/parley" code "$example" --date 2022-03-29 --no-dedup --format text
"$build/parley" code "$example" --date 2022-03-29 --out "$build/istanbul-talks-2022.events.jsonl" 2>/dev/null
echo
echo "JSON Lines (docs/output.md): $build/istanbul-talks-2022.events.jsonl"
