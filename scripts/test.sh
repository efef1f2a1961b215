#!/usr/bin/env bash
# test.sh: everything CI checks, from a clean clone.
#
#   1. scripts/setup.sh (Debian packages; fast when already installed)
#   2. clang-format --dry-run --Werror over the C sources, and
#      scripts/checksrc.sh (libpq/libetpan only in their seams, layers
#      point down, no file in lib/ over 1,000 lines)
#   3. build/ (RelWithDebInfo) and build-asan/ (-DHL_SANITIZE=ON)
#   4. the test stack (scripts/stack.sh), database migrated
#   5. ctest in build/ (unit + integration) and in build-asan/ (unit tests;
#      HL_ASAN_INTEGRATION=1 adds integration tests there too)
#   6. tests/install/test_install.sh: cmake --install into a DESTDIR, the
#      systemd unit verified, the Debian package built, installed (root only),
#      checked and removed
#   7. scripts/fuzz.sh: the libFuzzer targets built with clang in build-fuzz/
#      and run over the sample mail for HL_FUZZ_SECONDS (default 60; 0 skips)
#
# Exits non-zero if any step fails; later steps still run where they can, so
# one report shows every failure.  The stack is stopped on exit (KEEP_STACK=1
# leaves it up).  HL_SKIP_SETUP=1 skips step 1.
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
JOBS="${JOBS:-2}"
export HL_STACK_DIR="${HL_STACK_DIR:-$REPO/run/stack}"
export HL_STACK_ENV="$HL_STACK_DIR/stack.env"
# ASan in a container: leak checking needs ptrace-like access that may be
# missing; keep it on but do not let UBSan findings pass silently.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"

failures=()
step() { printf '\n==== %s\n' "$*"; }
fail() {
    failures+=("$1")
    printf '==== FAILED: %s\n' "$1"
}

cleanup() {
    if [ "${KEEP_STACK:-0}" != 1 ]; then
        bash "$REPO/scripts/stack.sh" stop "$HL_STACK_DIR" || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${HL_SKIP_SETUP:-0}" != 1 ]; then
    step "setup"
    bash "$REPO/scripts/setup.sh" || {
        echo "setup failed" >&2
        exit 1
    }
fi

step "clang-format"
mapfile -t sources < <(find lib daemon tests bench -type f \( -name '*.c' -o -name '*.h' \) \
    2>/dev/null | sort)
mapfile -t top < <(find . -maxdepth 1 -type f \( -name '*.c' -o -name '*.h' \) | sort)
sources+=("${top[@]}")
unformatted=()
for f in "${sources[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if [ "${#unformatted[@]}" -gt 0 ]; then
    # The first file's complaints show what is meant; the list says the rest.
    clang-format --dry-run --Werror "${unformatted[0]}" 2>&1 | head -n 12
    printf 'not clang-formatted (fix: clang-format -i FILE...):\n'
    printf '  %s\n' "${unformatted[@]}"
    fail "clang-format"
fi

step "checksrc"
bash "$REPO/scripts/checksrc.sh" || fail "checksrc"

step "build (build/)"
# make -k: build all that can be built, so that ctest still reports on the
# rest (a test whose binary is missing fails there, by name).
built=0
if cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null; then
    built=1
    make -k -C build -j"$JOBS" --no-print-directory || fail "build"
else
    fail "cmake build/"
fi

step "build with ASan+UBSan (build-asan/)"
built_asan=0
if cmake -S . -B build-asan -DHL_SANITIZE=ON >/dev/null; then
    built_asan=1
    make -k -C build-asan -j"$JOBS" --no-print-directory || fail "build-asan"
else
    fail "cmake build-asan/"
fi

step "test stack"
stack_up=0
if bash scripts/stack.sh start "$HL_STACK_DIR"; then
    stack_up=1
    # shellcheck disable=SC1090
    . "$HL_STACK_ENV"
else
    fail "stack start"
fi

if [ "$stack_up" = 1 ] && [ -x build/hotlinectl ]; then
    step "db migrate"
    build/hotlinectl -c "$HL_CONF" db migrate || fail "hotlinectl db migrate"
fi

if [ "$built" = 1 ]; then
    step "ctest (build/)"
    if [ "$stack_up" = 1 ]; then
        HL_BUILD_DIR="$REPO/build" ctest --test-dir build --output-on-failure ||
            fail "ctest build/"
    else
        ctest --test-dir build --output-on-failure -L unit || fail "ctest build/ (unit)"
    fi
fi

if [ "$built_asan" = 1 ]; then
    if [ "${HL_ASAN_INTEGRATION:-0}" = 1 ] && [ "$stack_up" = 1 ]; then
        step "ctest (build-asan/, unit + integration)"
        # A fresh database, so the sanitised daemon starts from the same state.
        bash scripts/stack.sh start "$HL_STACK_DIR" && . "$HL_STACK_ENV" &&
            build-asan/hotlinectl -c "$HL_CONF" db migrate &&
            HL_BUILD_DIR="$REPO/build-asan" ctest --test-dir build-asan --output-on-failure ||
            fail "ctest build-asan/"
    else
        step "ctest (build-asan/, unit)"
        ctest --test-dir build-asan --output-on-failure -L unit || fail "ctest build-asan/ (unit)"
    fi
fi

# The production install: DESTDIR tree, `systemd-analyze verify` of the unit,
# and (as root) the Debian package installed, checked and removed again.
if [ "$built" = 1 ]; then
    step "install, unit file, Debian package (tests/install/test_install.sh)"
    HL_BUILD_DIR="$REPO/build" bash tests/install/test_install.sh || fail "install"
fi

# Last: a fixed minute on every core, after the quick checks have spoken.
# A finding prints the sanitizer's report and the saved input's path.
if [ "${HL_FUZZ_SECONDS:-60}" != 0 ]; then
    step "fuzz (build-fuzz/, ${HL_FUZZ_SECONDS:-60} s)"
    JOBS="$JOBS" bash scripts/fuzz.sh || fail "fuzz"
fi

echo
if [ "${#failures[@]}" -gt 0 ]; then
    echo "test.sh: FAILED: ${failures[*]}"
    exit 1
fi
echo "test.sh: all passed"
