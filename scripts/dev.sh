#!/usr/bin/env bash
# The README's two commands.
#   scripts/dev.sh run [vangnet options]   install what is missing, build, start the app on the demo database
#   scripts/dev.sh test                    install what is missing, build, run every test (SQLite and PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc 2>/dev/null || echo 2)
werror=OFF
[ "${CI:-}" = true ] && werror=ON

configure_and_build() { # build-dir, extra cmake args…
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVANGNET_WARNINGS_AS_ERRORS=$werror "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

case ${1:-} in
run)
  shift
  scripts/setup.sh
  configure_and_build build -DVANGNET_BUILD_TESTS=OFF
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "dev.sh: no display; built build/src/app/vangnet — start it from a desktop session." >&2
    exit 0
  fi
  exec build/src/app/vangnet "$@"
  ;;
test)
  scripts/setup.sh
  pg_url=$(scripts/pg-test-server.sh start)
  pg_dir=$(cat /tmp/vangnet-pg-current)
  trap 'scripts/pg-test-server.sh stop "$pg_dir"' EXIT
  configure_and_build build-test -DVANGNET_BUILD_TESTS=ON -DVANGNET_TEST_PG_URL="$pg_url"
  # Test programs get a private home, so no test reads or writes the user's own settings or data.
  export HOME; HOME=$(mktemp -d /tmp/vangnet-test-home.XXXXXX)
  export XDG_RUNTIME_DIR=$HOME/runtime; mkdir -m 700 -p "$XDG_RUNTIME_DIR"
  ctest --test-dir build-test --output-on-failure -j "$jobs"
  ;;
*)
  echo "usage: scripts/dev.sh run [vangnet options] | test" >&2
  exit 2
  ;;
esac
