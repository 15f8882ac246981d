#!/usr/bin/env bash
# The README's first command: installs what parley needs, builds it (Release, in
# build/, or in $PARLEY_DEMO_BUILD_DIR when set), and codes the example report
# examples/istanbul-talks-2022.conllu with parley's starter dictionaries in
# data/dictionaries. Prints each sentence with its events and the dictionary rule
# behind each; the JSON Lines are left in BUILD/istanbul-talks-2022.events.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
build=${PARLEY_DEMO_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)"

example=examples/istanbul-talks-2022.conllu
echo
echo "Events coded from $example (source -> target, CAMEO code and name, [verb, rule]):"
"$build/parley" code "$example" --dicts data/dictionaries --format text
"$build/parley" code "$example" --dicts data/dictionaries \
  --out "$build/istanbul-talks-2022.events.jsonl" 2>/dev/null
echo
echo "JSON Lines (docs/output.md): $build/istanbul-talks-2022.events.jsonl"
