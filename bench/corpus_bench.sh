#!/usr/bin/env bash
# End-to-end throughput of `parley code` on the news corpus: raw JSON Lines in,
# split, tagged, parsed and coded, events out (to /dev/null). Runs 1 and 2
# threads (or THREADS="1 2 4") and prints, per run, the wall time, the CPU time,
# sentences/s by wall clock, sentences/s per core (sentences over CPU seconds),
# the speed-up over one thread and the peak resident memory.
#
#   bench/corpus_bench.sh [CORPUS]      default ../shared/data/news/corpus.jsonl
#
# PARLEY (the binary, default build/parley), PARLEY_MODEL (the model) and DICTS
# (a --dicts folder, default parley's own) can be set. Needs GNU time
# (/usr/bin/time, Debian package "time"). docs/benchmarks.md records the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/news/corpus.jsonl}
parley=${PARLEY:-build/parley}
threads=${THREADS:-1 2}
dicts=()
[ -n "${DICTS:-}" ] && dicts=(--dicts "$DICTS")
[ -x "$parley" ] || { echo "corpus_bench: $parley not built (cmake --build build)" >&2; exit 2; }
[ -f "$corpus" ] || { echo "corpus_bench: no corpus at $corpus" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "corpus_bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $corpus ($(wc -l <"$corpus") lines, $(du -h "$corpus" | cut -f1))"
printf '%-8s %10s %10s %10s %12s %16s %9s %10s\n' threads sentences wall_s cpu_s sent/s sent/s/core speedup peak_MB
base_wall=""
for n in $threads; do
  log=$(mktemp)
  /usr/bin/time -v "$parley" code "$corpus" --threads "$n" "${dicts[@]}" >/dev/null 2>"$log"
  summary=$(grep '^code: ' "$log" | tail -1)
  sentences=$(sed -E 's/.* ([0-9]+) sentences.*/\1/' <<<"$summary")
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  user=$(grep 'User time' "$log" | awk '{print $NF}')
  sys=$(grep 'System time' "$log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$log" | awk '{print $NF}')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  [ -z "$base_wall" ] && base_wall=$wall
  awk -v n="$n" -v sent="$sentences" -v wall="$wall" -v cpu="$cpu" -v rss="$rss" -v base="$base_wall" 'BEGIN {
    printf "%-8s %10d %10.2f %10.2f %12.0f %16.0f %8.2fx %10.0f\n", n, sent, wall, cpu, sent / wall, sent / cpu, base / wall, rss / 1024 }'
  echo "  $summary"
  rm -f "$log"
done
