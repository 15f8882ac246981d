#!/usr/bin/env bash
# Builds the Google Benchmark programs (bench/*_bench.cpp) in Release and runs
# each with repetitions, printing only the aggregates (mean, median, stddev, cv).
# The JSON of every run goes to build-bench/bench.json (one key per program).
#
#   scripts/bench.sh                                  # all benchmarks, 7 repetitions
#   PARLEY_BENCH_REPS=9 scripts/bench.sh --benchmark_filter=Code
#
# Extra arguments are passed to every benchmark program. docs/benchmarks.md
# records the figures measured with it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PARLEY_BENCH_BUILD_DIR:-build-bench}
reps=${PARLEY_BENCH_REPS:-7}
jobs=${PARLEY_BENCH_JOBS:-2}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_TESTS=OFF >/dev/null
targets=()
for src in bench/*_bench.cpp; do
  targets+=("$(basename "$src" .cpp)")
done
if [ ${#targets[@]} -eq 0 ]; then
  echo "no bench/*_bench.cpp found" >&2
  exit 1
fi
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
json="$build/bench.json"
first=1
printf '{\n' >"$json.tmp"
for name in "${targets[@]}"; do
  out="$build/$name.json"
  "$build/bench/$name" \
    --benchmark_repetitions="$reps" \
    --benchmark_report_aggregates_only=true \
    --benchmark_out="$out" --benchmark_out_format=json \
    "$@"
  [ $first -eq 1 ] || printf ',\n' >>"$json.tmp"
  first=0
  printf '"%s": ' "$name" >>"$json.tmp"
  cat "$out" >>"$json.tmp"
done
printf '}\n' >>"$json.tmp"
mv "$json.tmp" "$json"
echo "JSON written to $json"
