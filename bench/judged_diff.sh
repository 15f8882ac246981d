#!/usr/bin/env bash
# What a change does to the judged events (docs/accuracy.md, "Actor, country and
# list-pair rules"): joins two runs' events with bench/corpus_judgments.tsv on the
# five key fields (doc_id, sentence, source, target, code) and counts the judged
# right and wrong events each run has, the ones removed and the ones added
# (listed on stderr with their verdicts and reasons).
#
#   awk 'NR <= 12000' ../shared/data/news/corpus.jsonl >build/docs12k.jsonl
#   build/parley code build/docs12k.jsonl --no-dedup --out build/before.jsonl   # and after
#   bench/judged_diff.sh build/before.jsonl build/after.jsonl
#
# JUDGMENTS (default bench/corpus_judgments.tsv) can be set.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: bench/judged_diff.sh BEFORE.jsonl AFTER.jsonl" >&2; exit 2; }
judgments=${JUDGMENTS:-$(dirname "$0")/corpus_judgments.tsv}
keys() { jq -r '[.doc_id, (.sentence|tostring), .source.code, .target.code, .code] | @tsv' "$1"; }
awk -F'\t' -v J="$judgments" '
  BEGIN {
    while ((getline l < J) > 0) {
      if (l ~ /^#/) continue
      split(l, f, "\t"); k = f[1] FS f[2] FS f[3] FS f[4] FS f[5]; v[k] = f[6]; why[k] = f[7]
    }
  }
  FILENAME == ARGV[1] { before[$0] = 1; next }
  { after[$0] = 1 }
  END {
    for (k in before) if (k in v) b[v[k]]++
    for (k in after) if (k in v) a[v[k]]++
    for (k in before) if (!(k in after)) {
      if (k in v) { lost[v[k]]++; print "removed " v[k] "\t" k "\t" why[k] > "/dev/stderr" } else lostu++
    }
    for (k in after) if (!(k in before)) {
      if (k in v) { won[v[k]]++; print "added " v[k] "\t" k > "/dev/stderr" } else wonu++
    }
    printf "before: %d right, %d wrong judged; after: %d right, %d wrong\n", b["right"], b["wrong"], a["right"], a["wrong"]
    printf "removed: %d wrong, %d right, %d unjudged; added: %d wrong, %d right, %d unjudged\n",
           lost["wrong"], lost["right"], lostu, won["wrong"], won["right"], wonu
  }' <(keys "$1") <(keys "$2")
