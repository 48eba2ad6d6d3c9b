#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang 16, ASan and UBSan into their own build
# folder and runs each for SECONDS (default 15) on the seeds in tests/fuzz/corpus/, plus the
# real files in ../shared/data/ when they are there (read, never copied into the project).
#   packaging/fuzz.sh [SECONDS]
# Exits non-zero on the first finding (a crash, a sanitizer report, a leak, a hang longer than
# PA_FUZZ_TIMEOUT seconds); the reproducer is kept in FUZZ_BUILD_DIR/findings/.
# FUZZ_BUILD_DIR overrides the build folder (default: build-fuzz/ in the checkout);
# PA_FUZZ_TARGETS lists the targets to run (default: all); PA_FUZZ_JOBS runs that many
# targets at once (default 1); PA_FUZZ_NO_BUILD=1 skips the build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$here/build-fuzz}
seconds=${1:-15}
timeout=${PA_FUZZ_TIMEOUT:-10}
targets=${PA_FUZZ_TARGETS:-"csvreader import_cde import_nces import_districts \
import_districts_mapped import_facilitators open_atlas"}
shared=$here/../shared/data

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
if [ ! -f "$build/build.ninja" ]; then
    # -O1 with line tables: fast enough to fuzz, quick to build, readable traces.
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_COMPILER=clang++-16 "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
        -DPA_FUZZ=ON -DPA_BUILD_BENCHMARKS=OFF >/dev/null
fi
# PA_FUZZ_NO_BUILD=1 runs the targets as built (a long campaign while the sources change).
if [ "${PA_FUZZ_NO_BUILD:-}" != 1 ]; then
    # shellcheck disable=SC2046
    cmake --build "$build" --parallel "$(nproc)" --target $(printf 'fuzz_%s ' $targets)
fi

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$here/packaging/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$here/packaging/sanitizers/ubsan.supp

# Seeds: the hand-written ones, the atlases the store itself writes, and the real data.
seeds=$build/seeds
rm -rf "$seeds" && mkdir -p "$seeds"/{atlas,cde,nces,districts,facilitators}
PA_FUZZ_WRITE_SEEDS=$seeds/atlas "$build/tests/fuzz/fuzz_open_atlas" >"$build/seeds.log" 2>&1 || {
    echo "== could not write the seed atlases:" >&2
    cat "$build/seeds.log" >&2
    exit 1
}
if [ -d "$shared" ]; then
    # The first 40 lines of each real file: enough structure, small enough to mutate.
    real_seed() { [ -f "$shared/$2" ] && head -n 40 "$shared/$2" >"$seeds/$1/$(basename "$2")"; }
    real_seed cde cde/pubdistricts-2022.txt || true
    real_seed cde cde/pubdistricts-2020.txt || true
    real_seed nces nces/california-districts.csv || true
    for points in CA MA OH; do real_seed districts "districts-2016/${points}_district_points_2016.csv" || true; done
fi

corpus_for() {
    case "$1" in
        csvreader) echo "$here/tests/fuzz/corpus/csv $seeds/cde $seeds/nces $seeds/districts" ;;
        import_cde) echo "$here/tests/fuzz/corpus/cde $seeds/cde" ;;
        import_nces) echo "$here/tests/fuzz/corpus/nces $seeds/nces" ;;
        import_districts) echo "$here/tests/fuzz/corpus/districts $seeds/districts" ;;
        import_districts_mapped) echo "$here/tests/fuzz/corpus/mapped" ;;
        import_facilitators) echo "$here/tests/fuzz/corpus/facilitators $seeds/facilitators" ;;
        open_atlas) echo "$seeds/atlas" ;;
    esac
}

findings=$build/findings
mkdir -p "$findings" "$build/corpus"
run_one() {
    local target=$1 work=$build/corpus/$1 log=$build/fuzz-$1.log
    mkdir -p "$work"
    # The first directory collects what the run finds new (kept between runs, never in git).
    # shellcheck disable=SC2046
    if "$build/tests/fuzz/fuzz_$target" "$work" $(corpus_for "$target") \
        -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$findings/$target-" -print_final_stats=1 >"$log" 2>&1; then
        awk -v t="$target" '/^stat::number_of_executed_units/ {e=$2}
            /^stat::average_exec_per_sec/ {s=$2}
            / cov: / {c=$0; sub(/.* cov: /, "", c); sub(/ .*/, "", c)}
            / ft: / {f=$0; sub(/.* ft: /, "", f); sub(/ .*/, "", f)}
            END {printf "fuzz %-24s %6d execs %5d/s  cov %s  ft %s  findings 0\n", t, e, s, c, f}' "$log"
    else
        echo "== fuzz_$target FOUND A PROBLEM; its log: $log; reproducer in $findings/" >&2
        tail -n 60 "$log" >&2
        return 1
    fi
}

status=0
jobs=${PA_FUZZ_JOBS:-1}
pids=()
for target in $targets; do
    run_one "$target" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
