#!/usr/bin/env bash
# Installs what Vangnet needs to build, run and test on Debian 12, from Debian's own packages.
# Idempotent: packages already present are left alone, so a second run costs a few seconds.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  clang libclang-rt-14-dev  # libFuzzer for scripts/fuzz-short.sh
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  # libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL, which qt6-charts-dev does not pull in
  qt6-qpa-plugins libgl-dev libvulkan-dev
  libsqlite3-dev sqlite3 libspdlog-dev catch2 libsodium-dev liblemon-dev
  postgresql-15 postgresql-client-15
  libpq-dev  # COPY for large imports on PostgreSQL, on the Qt driver's own connection
  libxlsxwriter-dev  # list exports as .xlsx (docs/adr/0010-libxlsxwriter-for-xlsx.md)
  qtkeychain-qt6-dev  # saved connection passwords in the desktop's keychain (docs/adr/0013-qtkeychain-for-saved-passwords.md)
  fonts-dejavu-core
  poppler-utils qpdf
  unzip  # the list-export tests read the .xlsx back
  python3-jsonschema  # validates the DDAS delivery against its schema in the tests
  python3-scipy  # the planner's independent check: linear_sum_assignment in test_planner and bench-planner.sh
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
