# Shared by scripts/run and scripts/test: install what is missing, then build.
# Sourced, not run.

LIANXIN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LIANXIN_BUILD=${LIANXIN_BUILD:-$LIANXIN_ROOT/build}

# Debian 12 packages the build, the tests and the screenshots need (see TOOLCHAIN.md).
LIANXIN_PACKAGES=(
  cmake ninja-build g++ pkg-config
  libgdal-dev libgeos-dev libproj-dev libspatialite-dev libsqlite3-mod-spatialite libsqlite3-dev
  libboost-dev libboost-graph-dev liblemon-dev catch2 libbenchmark-dev libcli11-dev nlohmann-json3-dev
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  qt6-qpa-plugins qt6-translations-l10n libgl-dev fonts-wqy-microhei xvfb xauth imagemagick sqlite3 poppler-utils
)

lianxin_install_missing() {
  local missing=()
  local p
  for p in "${LIANXIN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "lianxin: installing ${#missing[@]} missing Debian package(s): ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${missing[@]}"
}

lianxin_build() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  cmake -S "$LIANXIN_ROOT" -B "$LIANXIN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLIANXIN_WERROR=$werror >/dev/null
  # Two jobs: this machine has 2 cores and the heavy Qt/Boost TUs need ~1 GB each.
  cmake --build "$LIANXIN_BUILD" -j "${LIANXIN_JOBS:-2}" "$@"
}
