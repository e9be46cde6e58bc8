#!/usr/bin/env bash
# Household-list benchmark (docs/performance.md): builds a release build with the benchmarks,
# runs bench_households on a 100k-household demo municipality, then times the same queries
# with the sqlite3 command-line tool on the same file as a reference.
#
#   scripts/bench-households.sh [HOUSEHOLDS] [REPEAT]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
households="${1:-100000}"
repeat="${2:-5}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" bench_households >/dev/null

echo "== vangnet bench_households: $households households, $repeat runs, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
"$build/tests/bench/bench_households" --dir "$work" --households "$households" --repeat "$repeat"

db="$work/bench.sqlite"
echo "== reference: sqlite3 $(sqlite3 --version | cut -d' ' -f1) command-line tool on the same file (median of $repeat)"
reference() {
  local name="$1" sql="$2" runs=() t
  for _ in $(seq "$repeat"); do
    # .timer prints "Run Time: real 0.012 ..." after each statement; keep the real seconds.
    t=$(printf '.timer on\n%s\n' "$sql" | sqlite3 "$db" | awk '/^Run Time/ {print $4 * 1000}' | tail -1)
    runs+=("$t")
  done
  printf '%-38s median %9s ms   runs: %s\n' "$name" \
    "$(printf '%s\n' "${runs[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m}')" \
    "$(IFS=,; echo "${runs[*]}")"
}
# The same SQL that HouseholdQuery sends, run by the sqlite3 tool: the cost of SQLite alone.
from="FROM households h LEFT JOIN addresses a ON a.id = h.address_id"
reference "sqlite3 count(*) households" "SELECT count(*) FROM households;"
# Team Noord (id 1) is the caseworker's team in the benchmark: every list query is scoped to it.
team="h.team_id = 1"      # the plain list uses the team index;
fteam="+h.team_id = 1"    # searches and other sorts keep it off the index, as HouseholdQuery does
reference "sqlite3 ids ORDER BY name" "SELECT count(*) FROM (SELECT h.id $from WHERE $team ORDER BY h.name_key, h.id);"
reference "sqlite3 ids ORDER BY postcode" "SELECT count(*) FROM (SELECT h.id $from WHERE $fteam ORDER BY a.postcode, a.huisnummer, a.toevoeging, h.id);"
reference "sqlite3 postcode prefix 7415 B" "SELECT count(*) FROM (SELECT h.id $from WHERE $fteam AND h.address_id IN (SELECT id FROM addresses WHERE postcode LIKE '7415 B%') ORDER BY h.name_key, h.id);"
reference "sqlite3 name jansen" "SELECT count(*) FROM (SELECT h.id $from WHERE $fteam AND (h.id IN (SELECT household_id FROM persons WHERE name_key LIKE '%jansen%') OR h.address_id IN (SELECT id FROM addresses WHERE street_key LIKE 'jansen%')) ORDER BY h.name_key, h.id);"

# Reference for generation: copying the finished rows into an empty database with the same
# schema, in one transaction (SQLite's own insert and index cost, without generating anything).
copies=()
for _ in $(seq "$repeat"); do
  rm -f "$work/copy.sqlite"
  sqlite3 "$db" .schema | grep -v '^CREATE TABLE sqlite_' | sqlite3 "$work/copy.sqlite"
  t=$(printf '.timer on\nPRAGMA foreign_keys=ON;\nATTACH %s AS src;\nBEGIN;\nINSERT INTO teams SELECT * FROM src.teams;\nINSERT INTO addresses SELECT * FROM src.addresses;\nINSERT INTO households SELECT * FROM src.households;\nINSERT INTO persons SELECT * FROM src.persons;\nCOMMIT;\n' "'$db'" \
      | sqlite3 "$work/copy.sqlite" | awk '/^Run Time/ {s += $4} END {print s * 1000}')
  copies+=("$t")
done
printf '%-38s median %9s ms   runs: %s\n' "sqlite3 copy all rows (insert ref.)" \
  "$(printf '%s\n' "${copies[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m}')" \
  "$(IFS=,; echo "${copies[*]}")"
