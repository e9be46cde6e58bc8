#!/usr/bin/env bash
# Case summary benchmark (docs/performance.md, "Case summary PDF"): a release build makes the demo
# municipality of HOUSEHOLDS households after its first working day, gives the demo caseworker's
# busiest household a long record (bench_summary: ≈5 pages) and times gathering, the document,
# the PDF and the whole audited write, per profile; then the same through
# `vangnet-cli export pdf` (the process, including the login's key derivation).
#
#   scripts/bench-summary.sh [HOUSEHOLDS] [REPEAT]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
households="${1:-2000}"
repeat="${2:-7}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" VANGNET_PASSWORD=demo XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=OFF -DVANGNET_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" vangnet-cli bench_summary >/dev/null
cli="$build/src/cli/vangnet-cli"

echo "== case summary: demo of $households households (--workday), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
"$cli" demo --db "$work/db.sqlite" --households "$households" --workday >/dev/null
"$build/tests/bench/bench_summary" --db "$work/db.sqlite" --repeat "$repeat"
household=$(sqlite3 "$work/db.sqlite" "SELECT object_id FROM audit_log WHERE detail = 'case_summary:intern' AND object_type = 'household' LIMIT 1")
for profile in intern partner; do
  start=$(date +%s%N)
  "$cli" --db "$work/db.sqlite" --user consulent export pdf --household "$household" --profile "$profile" \
    --out "$work/$profile.pdf" >/dev/null
  echo "vangnet-cli export pdf --profile $profile: $(( ($(date +%s%N) - start) / 1000000 )) ms (whole process)"
done
