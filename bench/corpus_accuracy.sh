#!/usr/bin/env bash
# Coverage and a sample for judging, on the first N documents of the news corpus
# (docs/accuracy.md, "News corpus"): codes them with parley's own dictionaries and
# with the Phoenix/CAMEO set, prints each run's coverage line (sentences that name
# a known actor, sentences with an event), and writes a reproducible random
# sample of events (one per line: code, source, target, verb, rule, sentence) for
# a person to judge.
#
#   bench/corpus_accuracy.sh [N] [SAMPLE]     defaults 2000 documents, 100 events
#
# PARLEY (default build/parley), PARLEY_MODEL, CORPUS and OUT (default
# build/corpus-accuracy) can be set.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
sample=${2:-100}
parley=${PARLEY:-build/parley}
corpus=${CORPUS:-../shared/data/news/corpus.jsonl}
out=${OUT:-build/corpus-accuracy}
[ -x "$parley" ] || { echo "corpus_accuracy: $parley not built (cmake --build build)" >&2; exit 2; }
[ -f "$corpus" ] || { echo "corpus_accuracy: no corpus at $corpus" >&2; exit 2; }
mkdir -p "$out"
head -n "$n" "$corpus" >"$out/docs.jsonl"
echo "model: ${PARLEY_MODEL:-data/models/en_ewt.parley}; first $n documents of $corpus"
for set in parley phoenix; do
  dicts=()
  [ "$set" = phoenix ] && dicts=(--dicts ../shared/data/petrarch)
  "$parley" code "$out/docs.jsonl" "${dicts[@]}" --no-dedup --coverage --out "$out/events.$set.jsonl" 2>"$out/log.$set"
  echo "$set: $(grep '^code: ' "$out/log.$set")"
  echo "$set: $(grep '^coverage: ' "$out/log.$set")"
done
# The sample: a fixed pseudo-random choice, the same on every run of the same events.
shuf -n "$sample" --random-source=<(yes parley) "$out/events.parley.jsonl" >"$out/sample.jsonl"
echo "sample of $(wc -l <"$out/sample.jsonl") events: $out/sample.jsonl"
