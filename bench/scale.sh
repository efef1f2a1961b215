#!/usr/bin/env bash
# bench/scale.sh [MAILBOXES...]: a city's and a province's mailboxes on one
# database.  Not a test: it prints figures.
#
# For each MAILBOXES (default "100 1000"): its own stack under run/bench-scale
# with that many Dovecot mailboxes (scripts/stack.sh, HL_STACK_UNITS), the
# ceiling (one UID FETCH + one binary COPY of HL_SCALE_MAILS mails in one
# mailbox, bench_ceiling), then HL_SCALE_MAILS mails (default 2 per mailbox)
# spread over the mailboxes, served by 1 and by 3 hotlined (HL_SCALE_DAEMONS,
# default "1 3"); bench/scale.py prints seconds to every case and every
# acknowledgement, peak RSS per daemon, peak PostgreSQL and IMAP
# connections, and the spread of mailboxes over the daemons.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${HL_BUILD_DIR:-$REPO/build}"
export HL_BUILD_DIR="$BUILD"
export HL_STACK_DIR="$REPO/run/bench-scale"
export HL_STACK_ENV="$HL_STACK_DIR/stack.env"

cleanup() { "$REPO/scripts/stack.sh" stop "$HL_STACK_DIR" >/dev/null 2>&1 || true; }
trap cleanup EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for n in ${*:-100 1000}; do
    mails="${HL_SCALE_MAILS:-$((n * 2))}"
    units="$REPO/run/units-$n.json"
    mkdir -p "$REPO/run"
    python3 "$REPO/scripts/units_gen.py" "$n" "$units"
    HL_STACK_UNITS="$units" "$REPO/scripts/stack.sh" start "$HL_STACK_DIR" >/dev/null 2>&1
    sed -i 's/^log_level = .*/log_level = "warning";/' "$HL_STACK_DIR/hotline.conf"
    # shellcheck disable=SC1091
    . "$HL_STACK_ENV"
    "$BUILD/hotlinectl" -c "$HL_CONF" db migrate >/dev/null
    python3 "$REPO/scripts/imap_append.py" --generate "$mails" --unit so-tp >/dev/null
    echo "ceiling, $mails mails in one mailbox: $("$BUILD/bench_ceiling" -c "$HL_CONF" so-tp)"
    python3 -c "import sys; sys.path.insert(0, '$REPO/tests/integration'); import hl; hl.imap_clear('so-tp')"
    for d in ${HL_SCALE_DAEMONS:-1 3}; do
        python3 "$REPO/bench/scale.py" "$n" "$mails" "$d"
    done
    cleanup
done
