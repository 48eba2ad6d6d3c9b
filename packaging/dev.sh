#!/usr/bin/env bash
# The two set-up commands of the README, in one script:
#   packaging/dev.sh run   install what is missing, build, start the app on the demo atlas
#   packaging/dev.sh test  install what is missing, build, run every test (in CI, or with
#                          PA_SANITIZE=1, a second time under ASan and UBSan)
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

(cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600)

# In CI (CI=true) or with PA_SANITIZE=1, every test runs a second time on a build with
# AddressSanitizer and UndefinedBehaviorSanitizer; any finding fails the run.
if [ "${CI:-}" = true ] || [ "${PA_SANITIZE:-}" = 1 ]; then
    sanitized=${build}-sanitize
    echo "== the test suite again under AddressSanitizer and UndefinedBehaviorSanitizer"
    if [ ! -f "$sanitized/build.ninja" ]; then
        # -O1 with line tables only: a third of the compile time of -O2 -g, readable traces.
        cmake -S "$here" -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
            "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DPA_SANITIZE=ON -DPA_BUILD_BENCHMARKS=OFF
    fi
    cmake --build "$sanitized" --parallel "$(nproc)"
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
    export LSAN_OPTIONS=suppressions=$here/packaging/sanitizers/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$here/packaging/sanitizers/ubsan.supp
    # The crash-safety harness already made its 1,000 kills above; a hundred show it is clean.
    export PA_CRASH_TRIALS=100
    (cd "$sanitized" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -LE packaging)
fi

# In CI (CI=true) or with PA_FUZZ=1, every importer and opening an atlas are fuzzed briefly
# (libFuzzer, clang, ASan, UBSan; PA_FUZZ_SECONDS per target, two at a time); a finding fails.
if [ "${CI:-}" = true ] || [ "${PA_FUZZ:-}" = 1 ]; then
    echo "== fuzzing the importers and opening an atlas (packaging/fuzz.sh)"
    FUZZ_BUILD_DIR=${build}-fuzz PA_FUZZ_JOBS=$(nproc) \
        bash "$here/packaging/fuzz.sh" "${PA_FUZZ_SECONDS:-15}"
fi
