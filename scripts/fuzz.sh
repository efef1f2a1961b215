#!/usr/bin/env bash
# fuzz.sh: builds the libFuzzer targets (tests/fuzz/fuzz_*.c) with clang,
# ASan and UBSan in build-fuzz/ and runs each for a bounded time over its
# seeds (seeds_of below, the lists CMakeLists.txt replays: the sample mail
# for fuzz_mime and fuzz_dsn, rule files for fuzz_rules, configurations for
# fuzz_config; tests/fuzz/seeds/TARGET; tests/fuzz/regress/ for all).
# scripts/test.sh runs it; CI therefore fuzzes every submission for about a
# minute.
#
#   bash scripts/fuzz.sh                 # every target
#   HL_FUZZ_SECONDS=600 bash scripts/fuzz.sh fuzz_dsn
#
# HL_FUZZ_SECONDS (default 60; 0 skips) is the wall time of the fuzzing:
# JOBS targets (default 2) run side by side, each for its share, so two
# targets on two cores both get the whole budget.  HL_FUZZ_BUILD_DIR moves
# build-fuzz/.
#
# Exits 0 when no target found anything, 1 when one crashed, hung (10 s for
# one input), leaked, ran out of memory or broke its contract (the report and
# the saved input's path are printed), 2 when the targets cannot be built.
# The corpus each run grows stays in build-fuzz/corpus/TARGET, so local runs
# build on earlier ones (CI starts from the seeds).  Replay a saved input
# with `build-fuzz/TARGET FILE`; once the bug is fixed, copy the input to
# tests/fuzz/regress/, where ctest replays it in every build.
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
SECONDS_TOTAL="${HL_FUZZ_SECONDS:-60}"
JOBS="${JOBS:-2}"
BUILD="${HL_FUZZ_BUILD_DIR:-$REPO/build-fuzz}"

if [ "$SECONDS_TOTAL" = 0 ]; then
    echo "fuzz: skipped (HL_FUZZ_SECONDS=0)"
    exit 0
fi
case "$SECONDS_TOTAL$JOBS" in
*[!0-9]*)
    echo "fuzz: HL_FUZZ_SECONDS and JOBS must be whole numbers" >&2
    exit 2
    ;;
esac

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(find tests/fuzz -maxdepth 1 -name 'fuzz_*.c' -printf '%f\n' |
        sed 's/\.c$//' | sort)
fi
if [ "${#targets[@]}" -eq 0 ]; then
    echo "fuzz: no targets in tests/fuzz" >&2
    exit 2
fi

if ! command -v clang >/dev/null; then
    echo "fuzz: clang is missing (scripts/setup.sh installs it)" >&2
    exit 2
fi
if ! cmake -S . -B "$BUILD" -DCMAKE_C_COMPILER=clang -DHL_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null ||
    ! make -C "$BUILD" -j"$JOBS" --no-print-directory "${targets[@]}"; then
    echo "fuzz: cannot build ${targets[*]} in $BUILD" >&2
    exit 2
fi

# The seed files of target $1, as CMakeLists.txt's HL_FUZZ_SEEDS_* list them.
seeds_of() {
    case "$1" in
    fuzz_mime | fuzz_dsn) ls tests/data/corpus/*.eml tests/data/dsn/*.eml tests/data/mime/*.eml ;;
    fuzz_rules) ls rules/*.conf tests/data/rules/*/*.conf ;;
    fuzz_config) ls tests/data/config/*.conf tests/data/config/*/*.conf ;;
    esac
    if [ -d "tests/fuzz/seeds/$1" ]; then
        find "tests/fuzz/seeds/$1" -maxdepth 1 -type f ! -name '.*'
    fi
    find tests/fuzz/regress -maxdepth 1 -type f ! -name '.*'
}

# The seeds are copied, not linked: libFuzzer reads only regular files.  Each
# copy is named after its path, so that rules/00-categories.conf and
# tests/data/rules/basic/00-categories.conf are two seeds.
rm -rf "$BUILD/seed"
for t in "${targets[@]}"; do
    mkdir -p "$BUILD/seed/$t"
    while IFS= read -r f; do
        cp "$f" "$BUILD/seed/$t/${f//\//_}"
    done < <(seeds_of "$t")
done

n="${#targets[@]}"
parallel=$((JOBS < 1 ? 1 : JOBS))
[ "$parallel" -gt "$n" ] && parallel=$n
rounds=$(((n + parallel - 1) / parallel))
each=$((SECONDS_TOTAL / rounds))
[ "$each" -lt 1 ] && each=1
echo "fuzz: ${targets[*]}: ${each} s each, ${parallel} at a time"

# libconfig's own leaks are not findings (tests/fuzz/lsan.supp says which).
export LSAN_OPTIONS="suppressions=$REPO/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

run_one() {
    local t="$1"
    mkdir -p "$BUILD/corpus/$t" "$BUILD/crashes/$t"
    # -timeout: an input that takes 10 s is a hang.  -rss_limit_mb: the
    # targets cap messages at 1 MiB, so 2 GiB means a runaway allocation.
    "$BUILD/$t" -max_total_time="$each" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$BUILD/crashes/$t/" \
        "$BUILD/corpus/$t" "$BUILD/seed/$t" >"$BUILD/$t.log" 2>&1
}

# Earlier findings would be reported again: each run starts with none.
for t in "${targets[@]}"; do
    rm -rf "$BUILD/crashes/$t"
done
declare -A pids=()
for t in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do
        wait -n
    done
    run_one "$t" &
    pids[$t]=$!
done

failed=()
for t in "${targets[@]}"; do
    wait "${pids[$t]}"
    rc=$?
    log="$BUILD/$t.log"
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")"
    corpus="$(find "$BUILD/corpus/$t" -type f | wc -l)"
    mapfile -t found < <(find "$BUILD/crashes/$t" -type f 2>/dev/null | sort)
    if [ "$rc" = 0 ] && [ "${#found[@]}" -eq 0 ]; then
        printf 'fuzz: %s: %s runs in %s s (%s/s), corpus %s inputs: nothing found\n' \
            "$t" "${runs:-?}" "$each" "${rate:-?}" "$corpus"
        continue
    fi
    failed+=("$t")
    # The sanitizer's report is the end of the log; the whole is kept.
    printf '\nfuzz: %s FAILED (exit %s); the end of %s:\n' "$t" "$rc" "$log"
    grep -v '^#[0-9]' "$log" | tail -n 60 | cut -c 1-400
    for f in "${found[@]}"; do
        printf 'fuzz: %s: input saved as %s (replay: %s %s)\n' "$t" "$f" "$BUILD/$t" "$f"
    done
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]}"
    exit 1
fi
echo "fuzz: all passed"
