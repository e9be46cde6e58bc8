#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL 15 server for the test suite: a fresh cluster in a
# temporary folder, listening on 127.0.0.1 only. The postgres superuser is trusted (loopback,
# tests only); every other role logs in with its SCRAM password, as on a team server, so the
# team-server tests prove that a wrong password or a disabled login role is refused.
#   scripts/pg-test-server.sh start   prints the postgresql:// URL of the server on stdout
#   scripts/pg-test-server.sh stop DIR
set -euo pipefail

pgbin=/usr/lib/postgresql/15/bin
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case ${1:-} in
start)
  port=${VANGNET_PG_PORT:-54329}
  while (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null; do port=$((port + 1)); done
  dir=$(mktemp -d /tmp/vangnet-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  as_pg "$pgbin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  printf '%s\n' 'local all all trust' 'host all postgres 127.0.0.1/32 trust' \
    'host all all 127.0.0.1/32 scram-sha-256' >"$dir/data/pg_hba.conf"
  as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$dir" >"${VANGNET_PG_STATE:-/tmp/vangnet-pg-current}"
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  dir=${2:-$(cat "${VANGNET_PG_STATE:-/tmp/vangnet-pg-current}" 2>/dev/null || true)}
  [ -n "$dir" ] && [ -d "$dir/data" ] || exit 0
  as_pg "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
