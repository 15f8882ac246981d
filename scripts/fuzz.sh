#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/*_fuzz.cpp) with clang++-14 in build-fuzz and
# runs each for SECONDS (default 60), one after the other.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     no TARGET: every fuzz target
#
# Each target keeps a corpus in build-fuzz/corpus/<target>, seeded from
# fuzz/corpus/<target>/, and uses fuzz/<target>.dict when present. Findings go to
# build-fuzz/artifacts/<target>/. Exits non-zero when any target finds a crash,
# leak, timeout or memory blow-up. FUZZ_MAX_LEN overrides -max_len (default 65536).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/build-fuzz"
seconds=${1:-60}
[ $# -gt 0 ] && shift
max_len=${FUZZ_MAX_LEN:-65536}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for src in fuzz/*_fuzz.cpp; do targets+=("$(basename "$src" .cpp)"); done
fi
if [ ${#targets[@]} -eq 0 ]; then
  echo "fuzz.sh: no fuzz targets under fuzz/" >&2
  exit 2
fi

CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g -fno-omit-frame-pointer" \
  -DPARLEY_BUILD_FUZZ=ON -DPARLEY_BUILD_TESTS=OFF -DPARLEY_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
failed=()
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  artifacts="$build/artifacts/$target/"
  mkdir -p "$corpus" "$artifacts"
  if [ -d "fuzz/corpus/$target" ]; then cp -n "fuzz/corpus/$target"/* "$corpus"/ 2>/dev/null || true; fi
  extra=()
  [ -f "fuzz/$target.dict" ] && extra+=("-dict=fuzz/$target.dict")
  echo "== $target: ${seconds}s, corpus $corpus"
  if ! "$build/fuzz/$target" "$corpus" "${extra[@]}" -max_total_time="$seconds" \
      -max_len="$max_len" -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$artifacts" \
      -print_final_stats=1; then
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in: ${failed[*]} (see $build/artifacts/)" >&2
  exit 1
fi
echo "fuzz.sh: no findings in ${targets[*]} (${seconds}s each)"
