#!/usr/bin/env bash
# What a coder change does to the judged events (docs/accuracy.md, "News corpus"):
# codes the first N documents of the news corpus with two parley binaries (before
# and after the change, each run from its own checkout so that it reads its own
# dictionaries and model), and joins the events each one loses or gains with
# bench/corpus_judgments.tsv on doc_id, sentence, source, target and code.
# Prints how many lost and gained events are judged right, wrong or not at all,
# and lists them in OUT/lost.tsv and OUT/gained.tsv (verdict first).
#
#   bench/judged_diff.sh BEFORE_PARLEY AFTER_PARLEY [N]    N defaults to 16000
#
# CORPUS (default ../shared/data/news/corpus.jsonl), OUT (default
# build/judged-diff) and JUDGMENTS (default bench/corpus_judgments.tsv) can be
# set. Never give N above 16000: later documents are the blind test (documents 12,001-16,000 were judged blind once, and rules were written from them after).
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(realpath "$1")
after=$(realpath "$2")
n=${3:-16000}
corpus=$(realpath "${CORPUS:-../shared/data/news/corpus.jsonl}")
out=$(realpath -m "${OUT:-build/judged-diff}")
judgments=$(realpath "${JUDGMENTS:-bench/corpus_judgments.tsv}")
[ "$n" -le 16000 ] || { echo "judged_diff: N above 16000 reaches the blind test documents" >&2; exit 2; }
mkdir -p "$out"
awk -v n="$n" 'NR > n { exit } { print }' "$corpus" >"$out/docs.jsonl"
for side in before after; do
  bin=${!side}
  (cd "$(dirname "$bin")/.." && "$bin" code "$out/docs.jsonl" --no-dedup --out "$out/events.$side.jsonl" 2>"$out/log.$side")
  jq -r '[.doc_id, (.sentence|tostring), .source.code, .target.code, .code] | @tsv' "$out/events.$side.jsonl" |
    sort -u >"$out/keys.$side.tsv"
done
join_verdicts() {
  awk -F'\t' 'NR == FNR { if ($0 !~ /^#/ && NF >= 6) v[$1 FS $2 FS $3 FS $4 FS $5] = $6 "\t" $7; next }
              { k = $1 FS $2 FS $3 FS $4 FS $5; print (k in v ? v[k] : "unjudged\t") "\t" $0 }' "$judgments" -
}
comm -23 "$out/keys.before.tsv" "$out/keys.after.tsv" | join_verdicts >"$out/lost.tsv"
comm -13 "$out/keys.before.tsv" "$out/keys.after.tsv" | join_verdicts >"$out/gained.tsv"
for f in lost gained; do
  printf '%s: %d events (judged wrong %d, judged right %d, unjudged %d)\n' "$f" "$(wc -l <"$out/$f.tsv")" \
    "$(grep -c '^wrong' "$out/$f.tsv" || true)" "$(grep -c '^right' "$out/$f.tsv" || true)" \
    "$(grep -c '^unjudged' "$out/$f.tsv" || true)"
done
