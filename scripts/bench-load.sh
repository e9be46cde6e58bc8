#!/usr/bin/env bash
# Team server under load (docs/performance.md, "Team server under load"): N simulated
# caseworkers, each a process of its own logged in as their own Vangnet user (own login role, own
# connection), work the 100,000-household demo municipality on the local PostgreSQL test server
# through the core services the GUI uses (tests/bench/bench_load, LoadClient.cpp).
#
#   scripts/bench-load.sh [CLIENTS...]          # default: 5 15 30 (at most 30 each)
#
# Environment (all optional):
#   VANGNET_LOAD_PG=postgresql://postgres@127.0.0.1:54329   the test server, as its superuser (loopback only)
#   VANGNET_LOAD_DB=vangnet_load       the database made for the run (and its roles vangnet_load.*)
#   VANGNET_LOAD_SECONDS=60            how long each load runs (every client the same window)
#   VANGNET_LOAD_THINK_MS=1000         mean pause between a client's actions (uniform 0.5–1.5 ×)
#   VANGNET_LOAD_STAGGER_MS=700        between two clients' starts: Argon2id takes ~0.5 s and
#                                      256 MiB per login, so 30 logins at once would need 7.5 GB
#   VANGNET_LOAD_HOUSEHOLDS=100000  VANGNET_LOAD_ROWS=500000   the demo and its synthetic signals
#   VANGNET_LOAD_CACHE=DIR             keep the prepared SQLite municipality there between runs
#   VANGNET_LOAD_KEEP=1                keep the server database and its users for the next run
#                                      (it grows by each run's attempts and notes)
#
# Setup: a release build; the demo municipality with its signals imported and the rules
# evaluated (scripts/bench-city-db.sh --evaluated), moved onto a new database with `vangnet-cli
# migrate` (which sets the team server up as `server init` does); 30 caseworkers added by the
# beheerder, spread over the demo's two teams by their share of the households; one login of a
# member of each team so the new colleagues receive their team's key. Then a reference (one
# client alone), the row-level-security reads (a caseworker's role vs. the superuser), and the
# loads. After each load the ids of every contact attempt and note a client was told were saved
# are counted in the database as the superuser: a missing one is a lost update.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(5 15 30)
for n in "${counts[@]}"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]] || [ "$n" -lt 1 ] || [ "$n" -gt 30 ]; then
    echo "bench-load: $n clients: run 1 to 30" >&2
    exit 2
  fi
done
server="${VANGNET_LOAD_PG:-postgresql://postgres@127.0.0.1:54329}"
case "$server" in
  postgresql://*@127.0.0.1:*|postgresql://*@localhost:*|postgresql://*@\[::1\]:*) ;;
  *) echo "bench-load: $server: the load runs against this machine only (127.0.0.1, localhost, ::1)" >&2; exit 2 ;;
esac
dbname="${VANGNET_LOAD_DB:-vangnet_load}"
seconds="${VANGNET_LOAD_SECONDS:-60}"
think="${VANGNET_LOAD_THINK_MS:-1000}"
stagger="${VANGNET_LOAD_STAGGER_MS:-700}"
households="${VANGNET_LOAD_HOUSEHOLDS:-100000}"
rows="${VANGNET_LOAD_ROWS:-500000}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
admin_url="$server/$dbname"
users_url="postgresql://${server#postgresql://*@}/$dbname" # the same server, no user: a team server's URL
hostport="${server#postgresql://*@}"
trap 'rm -rf "$work"' EXIT
export HOME="$work"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=OFF -DVANGNET_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" vangnet-cli bench_load >/dev/null
cli="$build/src/cli/vangnet-cli"
driver="$build/tests/bench/bench_load"
sql() { psql -X -q -At -v ON_ERROR_STOP=1 "$1" -c "$2"; }

echo "== team server under load: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), $(sql "$server/postgres" 'SHOW server_version')"

# The 30 caseworkers: Team Noord's share of the households gets its share of the people (the
# demo: 69,636 of 109,636 households after the import's newcomers → 19 Noord, 11 Zuid), in an
# order whose every prefix keeps that spread, so 5 and 15 clients are spread the same way.
caseworkers=()
password_of() { echo "Belronde-2026-$(printf %s "$1" | md5sum | cut -c1-10)"; }
zuid_share=11
for i in $(seq 30); do
  if [ $(( i * zuid_share / 30 )) -gt $(( (i - 1) * zuid_share / 30 )) ]; then
    caseworkers+=("zuid$(printf %02d "$i")")
  else
    caseworkers+=("noord$(printf %02d "$i")")
  fi
done

prepare_file() {
  local file="$1"
  VANGNET_PASSWORD=demo "$root/scripts/bench-city-db.sh" "$cli" "$file" "$households" "$rows" --evaluated
}

prepare_server() {
  local source="$work/city.sqlite"
  if [ -n "${VANGNET_LOAD_CACHE:-}" ]; then
    mkdir -p "$VANGNET_LOAD_CACHE"
    source="$VANGNET_LOAD_CACHE/city-$households-$rows.sqlite"
    [ -f "$source" ] || prepare_file "$source"
  else
    prepare_file "$source"
  fi
  sql "$server/postgres" "DROP DATABASE IF EXISTS $dbname"
  sql "$server/postgres" "CREATE DATABASE $dbname"
  printf 'beheerder:demo\nteamleider:demo\nconsulent:demo\nconsulent2:demo\n' >"$work/passwords"
  local start=$SECONDS
  "$cli" migrate --from "$source" --to "$admin_url" --passwords "$work/passwords" --json >"$work/migrate.json"
  echo "migrate: $(cat "$work/migrate.json") in $((SECONDS - start)) s"
  for name in "${caseworkers[@]}"; do
    local team="Team Noord"
    [[ "$name" == zuid* ]] && team="Team Zuid"
    NEW_PASSWORD="$(password_of "$name")" VANGNET_PASSWORD=demo "$cli" --db "$users_url" --user beheerder user add "$name" \
      --name "Consulent $name" --role consulent --team "$team" --password-env NEW_PASSWORD >/dev/null
  done
  # A member of each team logs in: the new colleagues receive the team's key (docs/security.md).
  for member in consulent consulent2; do
    VANGNET_PASSWORD=demo "$cli" --db "$users_url" --user "$member" clocks list >/dev/null
  done
}

if [ "${VANGNET_LOAD_KEEP:-}" = 1 ] && [ "$(sql "$server/postgres" "SELECT count(*) FROM pg_database WHERE datname = '$dbname'")" = 1 ] \
  && [ "$(sql "$admin_url" "SELECT count(*) FROM users WHERE username LIKE 'noord%' OR username LIKE 'zuid%'")" = 30 ]; then
  echo "reusing the prepared database $dbname (VANGNET_LOAD_KEEP=1)"
else
  prepare_server
fi
# Roles belong to the cluster and outlive the database (docs/team-mode.md): both go at the end.
cleanup() {
  sql "$server/postgres" "DROP DATABASE IF EXISTS $dbname" || true
  sql "$server/postgres" "DO \$\$ DECLARE r text; BEGIN
    FOR r IN SELECT rolname FROM pg_roles WHERE starts_with(rolname, '$dbname.') OR rolname IN ('${dbname}_owner', '${dbname}_app',
      '${dbname}_member', '${dbname}_consulent', '${dbname}_teamleider', '${dbname}_beheerder') LOOP
      EXECUTE format('DROP ROLE %I', r);
    END LOOP; END \$\$" || true
  rm -rf "$work"
}
[ "${VANGNET_LOAD_KEEP:-}" = 1 ] || trap cleanup EXIT
granted=$(sql "$admin_url" "SELECT count(DISTINCT g.user_id) FROM key_grants g JOIN users u ON u.id = g.user_id WHERE u.username LIKE 'noord%' OR u.username LIKE 'zuid%'")
echo "$(sql "$admin_url" "SELECT (SELECT count(*) FROM households) || ' households (' || string_agg(t.name || ' ' || c, ', ') || '), '
  || (SELECT count(*) FROM signals) || ' signals, ' || (SELECT count(*) FROM flags WHERE resolved_on IS NULL) || ' open flags, '
  || (SELECT count(*) FROM cases) || ' cases, ' || (SELECT count(*) FROM contact_attempts) || ' contact attempts'
  FROM (SELECT team_id, count(*) AS c FROM households GROUP BY team_id) h JOIN teams t ON t.id = h.team_id")"
echo "caseworkers: ${caseworkers[*]} ($granted of 30 hold their team's key)"

# One load: N clients started $stagger ms apart (each logs in, then waits for the common start).
load() {
  local n="$1" label="$2" dir="$work/$2"
  mkdir -p "$dir"
  local start_at=$(( $(date +%s%3N) + n * stagger + 3000 ))
  local pids=()
  for i in $(seq 0 $((n - 1))); do
    local name="${caseworkers[$i]}"
    LOAD_PASSWORD="$(password_of "$name")" "$driver" client --db "$users_url" --user "$name" --clients "$n" \
      --password-env LOAD_PASSWORD --seconds "$seconds" --think-ms "$think" --start-at "$start_at" --seed $((i + 1)) \
      --out "$dir/$name.tsv" 2>"$dir/$name.err" &
    pids+=($!)
    sleep "$(awk "BEGIN { print $stagger / 1000 }")"
  done
  local failed=0
  for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
  echo "--- $label: $n clients, $seconds s, think ${think} ms; $failed client processes failed"
  [ "$failed" = 0 ] || cat "$dir"/*.err
  "$driver" report --saved "$dir/saved" "$dir"/*.tsv
  for kind in attempt note; do
    local table="contact_attempts"
    [ "$kind" = note ] && table="notes"
    local missing
    missing=$(psql -X -q -At -v ON_ERROR_STOP=1 "$admin_url" <<SQL
CREATE TEMP TABLE saved (id bigint);
\\copy saved FROM '$dir/saved.$kind'
SELECT count(*) FROM saved s WHERE NOT EXISTS (SELECT 1 FROM $table t WHERE t.id = s.id);
SQL
)
    echo "lost updates ($table the clients were told were saved, missing from the database): $missing"
  done
}

# The cost of row-level security: the same reads (queue, household, search) by the same Vangnet
# user with the same seed, once through their own login role, once over a superuser connection
# (which, like the owner role's BYPASSRLS, skips the policies; the owner cannot log in).
rls() {
  local dir="$work/rls"
  mkdir -p "$dir"
  local name="${caseworkers[0]}" mix="queue=1,household=2,search=1"
  LOAD_PASSWORD="$(password_of "$name")" "$driver" client --db "$users_url" --user "$name" --clients 1 \
    --password-env LOAD_PASSWORD --think-ms 0 --seed 99 --mix "$mix" --actions 80 --out "$dir/role.tsv"
  LOAD_PASSWORD="$(password_of "$name")" "$driver" client --db "$admin_url" --superuser yes --user "$name" --clients 1 \
    --password-env LOAD_PASSWORD --think-ms 0 --seed 99 --mix "$mix" --actions 80 --out "$dir/bypass.tsv"
  echo "--- row-level security: $name's reads, one client alone, 80 actions ($mix), no think time"
  echo "as the caseworker's own login role (policies on):"
  "$driver" report --saved "$dir/role" "$dir/role.tsv"
  echo "over a superuser connection (policies skipped, as BYPASSRLS):"
  "$driver" report --saved "$dir/bypass" "$dir/bypass.tsv"
}

load 1 "reference-1-client"
rls
for n in "${counts[@]}"; do
  load "$n" "load-$n-clients"
done
