#!/usr/bin/env bash
# The README's first command: installs what parley needs, builds it (Release, in
# build/, or in $PARLEY_DEMO_BUILD_DIR when set), and codes the example report
# examples/istanbul-talks-2022.conllu with parley's starter dictionaries in
# data/dictionaries. Prints the events, one line each, grouped by sentence; the
# raw JSON Lines are left in BUILD/istanbul-talks-2022.events.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
build=${PARLEY_DEMO_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" -j"$(nproc)"

example=examples/istanbul-talks-2022.conllu
events=$build/istanbul-talks-2022.events.jsonl
"$build/parley" code "$example" \
  --dicts data/dictionaries \
  --verbs parley.verbs.txt --actors parley.actors.txt \
  --agents parley.agents.txt --discards parley.discards.txt \
  --out "$events"

# The value of "key" in one JSON line: the first string (or bare value) after
# "key":, looked for after `after` when given (e.g. inside "source":{...}).
# parley writes each event on one line with its keys in a fixed order, so a
# regular expression is enough here and the demo needs neither jq nor python.
field() {
  local line=$1 key=$2 after=${3:-}
  if [[ -n $after ]]; then
    line=${line#*\""$after"\":\{}
  fi
  local string_re="\"$key\":\"(([^\"\\\\]|\\\\.)*)\""
  local bare_re="\"$key\":([^,}\"]*)"
  if [[ $line =~ $string_re ]]; then
    printf '%s' "${BASH_REMATCH[1]}"
  elif [[ $line =~ $bare_re ]]; then
    printf '%s' "${BASH_REMATCH[1]}"
  fi
}

echo
echo "Events coded from $example (source -> target, CAMEO code, PLOVER, Goldstein, verb, rule):"
count=0
last_sentence=
while IFS= read -r line || [[ -n $line ]]; do
  [[ -z $line ]] && continue
  count=$((count + 1))
  sentence=$(field "$line" sentence)
  if [[ $sentence != "$last_sentence" ]]; then
    echo
    text=${line##*\"text\":\"}   # the sentence: the last key of the line
    text=${text%\"\}}
    echo "  [$((sentence + 1))] ${text//\\\"/\"}"
    last_sentence=$sentence
  fi
  source=$(field "$line" code source)
  target=$(field "$line" code target)
  code=$(field "$line" code)
  plover=$(field "$line" plover)
  mode=$(field "$line" plover_mode)
  goldstein=$(field "$line" goldstein)
  verb=$(field "$line" verb rule)
  pattern=$(field "$line" pattern rule)
  rule_line=$(field "$line" line rule)
  printf '      %-7s -> %-7s %-5s %-18s %5s  "%s"  (line %s: %s)\n' \
    "$source" "$target" "$code" "${plover:--}${mode:+/$mode}" "$goldstein" "$verb" "$rule_line" "$pattern"
done < "$events"
echo
echo "$count events from $example; JSON Lines in $events"
