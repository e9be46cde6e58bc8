#!/usr/bin/env bash
# The city-scale benchmark database (docs/performance.md): the demo municipality of HOUSEHOLDS
# households (default 200,000) and ROWS synthetic signals about its people (default 1,000,000),
# imported without the import's own evaluation — most households end up with stacked arrears, the
# shape a large city's year of signals takes. With --evaluated the team lead then evaluates the
# rules once, so the flags are stored (the state a nightly run starts from).
#
#   scripts/bench-city-db.sh CLI OUT [HOUSEHOLDS] [ROWS] [--evaluated]
set -euo pipefail

cli="$1"
out="$2"
households="${3:-200000}"
rows="${4:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export VANGNET_PASSWORD=demo

"$cli" demo --db "$out" --households "$households" --signals-csv "$work/signals.csv" --rows "$rows" >/dev/null
"$cli" --db "$out" --user consulent import signals "$work/signals.csv" --skip-rules >/dev/null
if [ "${5:-}" = "--evaluated" ]; then
  "$cli" --db "$out" --user teamleider rules evaluate >/dev/null
fi
