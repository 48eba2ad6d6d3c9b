#!/usr/bin/env bash
# The two set-up commands of the README, in one script:
#   packaging/dev.sh run   install what is missing, build, start the app on the demo atlas
#   packaging/dev.sh test  install what is missing, build, run every test
# Works from a clean clone on Debian 12; safe to run again (installs and builds only what
# changed). BUILD_DIR overrides the build folder (default: build/ in the checkout).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$here/build}
mode=${1:-}
case "$mode" in
    run | test) ;;
    *)
        echo "usage: packaging/dev.sh run|test" >&2
        exit 2
        ;;
esac

install_missing() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$here/packaging/debian-packages.txt" | grep -v '^\s*$')
    for package in $wanted; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "== installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

configure_and_build() {
    export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

install_missing
configure_and_build

if [ "$mode" = run ]; then
    # With no display (a server or CI shell), start under a virtual one.
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/partnership-atlas" "${@:2}"
    fi
    exec "$build/app/partnership-atlas" "${@:2}"
fi

cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
