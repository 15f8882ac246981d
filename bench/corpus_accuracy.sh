#!/usr/bin/env bash
# Coverage and a sample for judging, on the first N documents of the news corpus
# (docs/accuracy.md, "News corpus"): codes them with parley's own dictionaries and
# with the Phoenix/CAMEO set, prints each run's coverage line (sentences that name
# a known actor, sentences with an event), and writes a reproducible random
# sample of events (one per line: code, source, target, verb, rule, sentence) for
# a person to judge. Judgments kept in bench/corpus_judgments.tsv (doc_id,
# sentence, source, target, code, verdict, reason; tab-separated, keyed by the
# first five) are matched to the sample: the script reports how many of the
# sample are judged and how many of those are right, and lists the unjudged
# events (build/corpus-accuracy/unjudged.tsv) so a re-sample only needs those.
#
#   bench/corpus_accuracy.sh [N] [SAMPLE]     defaults 2000 documents, 100 events
#
# PARLEY (default build/parley), PARLEY_MODEL, CORPUS, OUT (default
# build/corpus-accuracy), JUDGMENTS (default bench/corpus_judgments.tsv) and
# CODE_FLAGS (extra `parley code` options, e.g. --keep-unplaced) can be set;
# SKIP=K takes the N documents after the first K (a held-out sample: SKIP=2000).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
sample=${2:-100}
parley=${PARLEY:-build/parley}
corpus=${CORPUS:-../shared/data/news/corpus.jsonl}
out=${OUT:-build/corpus-accuracy}
judgments=${JUDGMENTS:-bench/corpus_judgments.tsv}
read -r -a code_flags <<<"${CODE_FLAGS:-}"
[ -x "$parley" ] || { echo "corpus_accuracy: $parley not built (cmake --build build)" >&2; exit 2; }
[ -f "$corpus" ] || { echo "corpus_accuracy: no corpus at $corpus" >&2; exit 2; }
mkdir -p "$out"
skip=${SKIP:-0}
awk -v skip="$skip" -v n="$n" 'NR > skip + n { exit } NR > skip' "$corpus" >"$out/docs.jsonl"
echo "model: ${PARLEY_MODEL:-data/models/en_ewt.parley}; $n documents of $corpus after the first $skip"
for set in parley phoenix; do
  dicts=()
  [ "$set" = phoenix ] && dicts=(--dicts ../shared/data/petrarch)
  "$parley" code "$out/docs.jsonl" "${dicts[@]}" "${code_flags[@]}" --no-dedup --coverage --out "$out/events.$set.jsonl" 2>"$out/log.$set"
  echo "$set: $(grep '^code: ' "$out/log.$set")"
  echo "$set: $(grep '^coverage: ' "$out/log.$set")"
done
# The sample: a fixed pseudo-random choice, the same on every run of the same events.
shuf -n "$sample" --random-source=<(yes parley) "$out/events.parley.jsonl" >"$out/sample.jsonl"
echo "sample of $(wc -l <"$out/sample.jsonl") events: $out/sample.jsonl"

# The sample against the judgments: key = doc_id, sentence, source, target, code.
jq -r '[.doc_id, (.sentence|tostring), .source.code, .target.code, .code, .rule.verb, .text] | @tsv' \
  "$out/sample.jsonl" >"$out/sample.tsv"
[ -f "$judgments" ] || judgments=/dev/null
: >"$out/unjudged.tsv"
awk -F'\t' -v judgments="$judgments" -v unjudged="$out/unjudged.tsv" '
  BEGIN {
    while ((getline line <judgments) > 0) {
      if (line ~ /^#/) continue
      n = split(line, f, "\t")
      if (n >= 6) verdict[f[1] FS f[2] FS f[3] FS f[4] FS f[5]] = f[6]
    }
  }
  { key = $1 FS $2 FS $3 FS $4 FS $5
    if (key in verdict) { judged++; if (verdict[key] == "right") right++ }
    else print >unjudged }
  END {
    printf "judged %d of the sample, %d right", judged, right
    if (judged) printf " (%.0f%%)", 100 * right / judged
    printf "\n"
  }' "$out/sample.tsv"
if [ -s "$out/unjudged.tsv" ]; then
  echo "unjudged ($(wc -l <"$out/unjudged.tsv")): $out/unjudged.tsv"
  cut -f1-6 "$out/unjudged.tsv" | sed 's/^/  /'
fi
