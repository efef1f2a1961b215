#!/usr/bin/env bash
# bench/routing.sh: how well the shipped rules route citizen mail.  Not a
# test: it prints figures and exits 0.
#
# Unit and topic accuracy of rules/ on the sample corpus (tests/data/corpus)
# and on the held-out set (tests/data/routing, written by someone other than
# the rule author; see its README), each split into accented and
# diacritic-free mail; for the held-out set also the confusion table (rows:
# the responsible unit, columns: the unit the rules chose) and every miss.
#
#   bash bench/routing.sh [RULESDIR]        (default: rules)
#
# The rules' own verdict is measured.  With HL_ROUTING_CONF=FILE (a config
# that loads, secrets included) the daemon's routing of complaints and
# denunciations (denunciations = {...}) is applied after the rules, as at
# intake.  Builds build/routing_accuracy when it is missing (cmake + make;
# cmake again when the build directory predates the target).
#
# Never tune a rule to one held-out message: add new held-out mail instead.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${HL_BUILD_DIR:-$REPO/build}"
RULES="${1:-$REPO/rules}"
cd "$REPO"

if [ ! -x "$BUILD/routing_accuracy" ]; then
    # A build directory configured before the target existed has no rule for
    # it ("No rule to make target"): configure it again, which keeps its cache.
    if [ ! -f "$BUILD/CMakeCache.txt" ] ||
        ! make -C "$BUILD" help 2>/dev/null | grep -q '\<routing_accuracy\>'; then
        cmake -S "$REPO" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    make -C "$BUILD" -j2 routing_accuracy >/dev/null
fi

conf=()
[ -n "${HL_ROUTING_CONF:-}" ] && conf=(-c "$HL_ROUTING_CONF")
echo "routing accuracy of $(basename "$RULES")/ at $(git -C "$REPO" describe --always --dirty 2>/dev/null || echo unknown)"
"$BUILD/routing_accuracy" "${conf[@]}" -r "$RULES" -u tests/data/corpus/units.json \
    -s tests/data/corpus -d tests/data/routing || echo "routing_accuracy failed (exit $?)"
exit 0
