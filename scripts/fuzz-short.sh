#!/usr/bin/env bash
# Short fuzzing run of the import readers: builds the libFuzzer targets with clang (ASan +
# UBSan) in build-fuzz/ and runs each for SECONDS (default 30), starting from the test data.
# Exits non-zero when a target finds a crash or a broken invariant; the input is left in
# build-fuzz/findings/.
#
#   scripts/fuzz-short.sh [SECONDS]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-30}"
build="${VANGNET_FUZZ_BUILD:-$root/build-fuzz}"

command -v clang++ >/dev/null || { echo "fuzz-short: clang++ is needed (scripts/setup.sh installs it)" >&2; exit 2; }
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVANGNET_BUILD_FUZZERS=ON -DVANGNET_BUILD_TESTS=OFF -DVANGNET_BUILD_APP=OFF >/dev/null
targets=(fuzz_signal_csv fuzz_csv_records fuzz_ddas_json)
ninja -C "$build" "${targets[@]}" >/dev/null

mkdir -p "$build/findings"
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  # Seeds: the DDAS examples for JSON, a few valid CSV lines for the rest.
  if [ "$target" = fuzz_ddas_json ]; then
    cp "$root"/tests/importing/data/*.json "$corpus/"
  else
    printf 'signaal_id;signaalpartner;signaaldatum;bedrag;bsn;achternaam;postcode;huisnummer\n1;Huur;2025-01-02;1.234,56;999990019;Vries;1234 AB;12a\n"2";"Water";02-01-2025;"12";;"de ""Boer""\nx";1234ab;3\n' \
      > "$corpus/seed.csv"
  fi
  echo "== $target: ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 \
      -artifact_prefix="$build/findings/$target-" -print_final_stats=1 "$corpus" 2>"$build/$target.log"; then
    echo "fuzz-short: $target failed; see $build/$target.log and $build/findings/" >&2
    tail -30 "$build/$target.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$build/$target.log" | tail -2
  fi
done
exit $status
