#!/usr/bin/env bash
# Whole-import benchmark (docs/performance.md): a release build makes the demo municipality of
# HOUSEHOLDS households with a synthetic signal file of ROWS rows, then times
# `vangnet-cli import signals` of that file into a copy of the database (reading, validating,
# matching, duplicate checks, inserts, one transaction), and `sqlite3 .import` of the same file
# into a plain table as the reference, in the same run; and, to show SQLite's own share, the rows
# the import stored loaded again into the same tables with SQL alone.
#
#   scripts/bench-import.sh [ROWS] [HOUSEHOLDS]
#
# With VANGNET_BENCH_PG_URL=postgresql://USER@HOST:PORT/DB (a server where USER may create
# databases, e.g. from scripts/pg-test-server.sh start) the same is measured on PostgreSQL:
# the demo is made in a fresh database, copied as a template for the import, and the reference
# is psql's \copy of the same file into a plain table; the engine's own share is the rows the
# import stored, COPY'd into another copy of the demo.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
households="${2:-100000}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" VANGNET_PASSWORD=demo

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=OFF >/dev/null
ninja -C "$build" vangnet-cli >/dev/null
cli="$build/src/cli/vangnet-cli"

echo "== $rows signal rows into $households households, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
"$cli" demo --db "$work/base.sqlite" --households "$households" --signals-csv "$work/signals.csv" --rows "$rows" >/dev/null
echo "file: $(du -h "$work/signals.csv" | cut -f1)"

cp "$work/base.sqlite" "$work/import.sqlite"
/usr/bin/time -f "import: %e s wall, peak RSS %M KiB" "$cli" --db "$work/import.sqlite" --user consulent \
  import signals "$work/signals.csv" --skip-rules --json >"$work/summary.json"
tr -d ' \n' <"$work/summary.json" | sed 's/,"rejects":\[[^]]*\]//'; echo

start=$(date +%s%N)
sqlite3 "$work/ref.sqlite" <<SQL
.mode csv
.separator ;
.import $work/signals.csv signals
SQL
echo "reference: sqlite3 .import into a plain table: $(( ($(date +%s%N) - start) / 1000000 )) ms"

# SQLite's own share: the rows the import stored (its batch, the addresses, households and people
# it created, its signals) loaded again with SQL alone into another copy of the demo, the
# non-unique signal indexes dropped and built again inside the transaction as the import does.
cp "$work/base.sqlite" "$work/store.sqlite"
deferred=$(sqlite3 "$work/store.sqlite" "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'signals' AND sql NOT LIKE 'CREATE UNIQUE%'")
rebuild=$(sqlite3 "$work/store.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'signals' AND sql NOT LIKE 'CREATE UNIQUE%'")
copy_new() { echo "INSERT INTO main.$1 SELECT * FROM done.$1 WHERE id > (SELECT coalesce(max(id), 0) FROM main.$1);"; }
start=$(date +%s%N)
sqlite3 "$work/store.sqlite" <<SQL
PRAGMA cache_size = -65536;
ATTACH '$work/import.sqlite' AS done;
BEGIN IMMEDIATE;
$(copy_new import_batches)
$(copy_new addresses)
$(copy_new households)
$(copy_new persons)
$(for name in $deferred; do echo "DROP INDEX $name;"; done)
$(copy_new signals)
$rebuild
COMMIT;
SQL
echo "engine alone: the same rows into the same tables with SQL: $(( ($(date +%s%N) - start) / 1000000 )) ms," \
  "$(sqlite3 "$work/store.sqlite" 'SELECT count(*) FROM signals') signals in all"

pg_url="${VANGNET_BENCH_PG_URL:-}"
[ -n "$pg_url" ] || exit 0
server="${pg_url%/*}"
export PGOPTIONS="-c client_min_messages=warning"
psql_admin() { psql -q -v ON_ERROR_STOP=1 "$pg_url" "$@"; }
for name in vangnet_bench_base vangnet_bench_import vangnet_bench_store vangnet_bench_ref; do
  psql_admin -c "DROP DATABASE IF EXISTS $name" >/dev/null
done
psql_admin -c "CREATE DATABASE vangnet_bench_base" >/dev/null
echo "== PostgreSQL ($(psql -tA "$pg_url" -c 'SHOW server_version'), fsync $(psql -tA "$pg_url" -c 'SHOW fsync'))"
"$cli" demo --db "$server/vangnet_bench_base" --households "$households" >/dev/null
psql_admin -c "CREATE DATABASE vangnet_bench_import TEMPLATE vangnet_bench_base" >/dev/null
/usr/bin/time -f "import: %e s wall, peak RSS %M KiB" "$cli" --db "$server/vangnet_bench_import" --user consulent \
  import signals "$work/signals.csv" --skip-rules --json >"$work/summary-pg.json"
tr -d ' \n' <"$work/summary-pg.json" | sed 's/,"rejects":\[[^]]*\]//'; echo

# PostgreSQL's own share: the rows the import stored, copied out and COPY'd straight into another
# copy of the demo in one transaction (indexes, unique keys and foreign keys live, as for the import).
psql_admin -c "CREATE DATABASE vangnet_bench_store TEMPLATE vangnet_bench_base" >/dev/null
stored_tables="import_batches addresses households persons signals"
load_stored="BEGIN;"
for t in $stored_tables; do
  first=$(psql -tA "$server/vangnet_bench_base" -c "SELECT coalesce(max(id), 0) FROM $t")
  psql -q -v ON_ERROR_STOP=1 "$server/vangnet_bench_import" \
    -c "\\copy (SELECT * FROM $t WHERE id > $first ORDER BY id) TO '$work/stored-$t.copy'"
  load_stored="$load_stored
\\copy $t FROM '$work/stored-$t.copy'"
done
start=$(date +%s%N)
psql -q -v ON_ERROR_STOP=1 "$server/vangnet_bench_store" <<<"$load_stored
COMMIT;"
echo "engine alone: the same rows into the same tables with COPY: $(( ($(date +%s%N) - start) / 1000000 )) ms"

psql_admin -c "CREATE DATABASE vangnet_bench_ref" >/dev/null
columns=$(head -1 "$work/signals.csv" | tr -d '\r\357\273\277' | sed 's/;/ text, /g; s/$/ text/')
psql -q -v ON_ERROR_STOP=1 "$server/vangnet_bench_ref" -c "CREATE TABLE signals ($columns)"
start=$(date +%s%N)
psql -q -v ON_ERROR_STOP=1 "$server/vangnet_bench_ref" \
  -c "\\copy signals FROM '$work/signals.csv' WITH (FORMAT csv, DELIMITER ';', HEADER true)"
echo "reference: psql \\copy into a plain table: $(( ($(date +%s%N) - start) / 1000000 )) ms"
for name in vangnet_bench_base vangnet_bench_import vangnet_bench_store vangnet_bench_ref; do
  psql_admin -c "DROP DATABASE IF EXISTS $name" >/dev/null
done
