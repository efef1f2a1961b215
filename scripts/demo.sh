#!/usr/bin/env bash
# demo.sh: the quick start.  Installs what is missing, builds, starts the
# throwaway stack (PostgreSQL, Dovecot, SMTP receiver on 127.0.0.1), migrates
# the database, delivers the 63-message corpus to the units' mailboxes, runs
# hotlined until the cases are in, and lists them.  The stack stays up:
# stop it with scripts/stack.sh stop.
#
# HL_SKIP_SETUP=1 skips the package check; DEMO_SECONDS bounds the wait
# (default 60).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
export HL_STACK_DIR="${HL_STACK_DIR:-$REPO/run/stack}"
export HL_STACK_ENV="$HL_STACK_DIR/stack.env"
BUILD="${HL_BUILD_DIR:-$REPO/build}"
export HL_BUILD_DIR="$BUILD"
say() { printf '\n== %s\n' "$*"; }

if [ "${HL_SKIP_SETUP:-0}" != 1 ]; then
    say "packages"
    bash scripts/setup.sh
fi

say "build"
cmake -S . -B "$BUILD" >/dev/null
make -C "$BUILD" -j"${JOBS:-2}" --no-print-directory hotlined hotlinectl

say "stack"
bash scripts/stack.sh start "$HL_STACK_DIR"
# shellcheck disable=SC1090
. "$HL_STACK_ENV"

say "database"
"$BUILD/hotlinectl" -c "$HL_CONF" db migrate

say "mail: the corpus into the units' mailboxes"
python3 scripts/imap_append.py --by-delivered-to tests/data/corpus/*.eml

say "hotlined"
# Run as the stack's unprivileged user when we are root (lib.sh knows how).
. tests/integration/lib.sh
hl_start_hotlined
trap 'hl_stop_hotlined 10 || true' EXIT
# Until every INBOX is empty (all mail processed and moved), or nothing has
# moved for 15 seconds, or DEMO_SECONDS pass.
deadline=$((SECONDS + ${DEMO_SECONDS:-60}))
last=-1
last_change=$SECONDS
while [ "$SECONDS" -lt "$deadline" ]; do
    left=0
    for code in $HL_UNITS; do
        left=$((left + $(hl_imap_count "$code" INBOX)))
    done
    [ "$left" = 0 ] && break
    if [ "$left" != "$last" ]; then
        last=$left
        last_change=$SECONDS
    elif [ $((SECONDS - last_change)) -ge 15 ]; then
        echo "demo: $left messages still in the INBOXes, nothing moving; stopping" >&2
        break
    fi
    if ! kill -0 "$HL_DAEMON_PID" 2>/dev/null; then
        echo "demo: hotlined exited; its log:" >&2
        tail -n 30 "$HL_RUN/hotlined.log" >&2
        exit 1
    fi
    sleep 1
done
hl_stop_hotlined 10 || true
trap - EXIT
echo "hotlined log: $HL_RUN/hotlined.log (last lines below)"
tail -n 5 "$HL_RUN/hotlined.log" || true

say "cases"
"$BUILD/hotlinectl" -c "$HL_CONF" case list

say "mailboxes"
"$BUILD/hotlinectl" -c "$HL_CONF" mailbox status || true

cat <<EOF

The stack is still running (state in $HL_RUN):
  . $HL_STACK_ENV               # HL_* variables; plain psql connects as hotline
  $BUILD/hotlinectl -c $HL_CONF case list
  $BUILD/hotlined -c $HL_CONF    # poll continuously (Ctrl-C to stop)
  ls $HL_SMTP_DIR                # mail hotline sent (acknowledgements, forwards)
  scripts/stack.sh stop          # stop PostgreSQL, Dovecot and the SMTP receiver
EOF
