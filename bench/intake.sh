#!/usr/bin/env bash
# bench/intake.sh [N]: end-to-end intake throughput against the real stack,
# and the ceiling it is compared with.  Not a test: it prints figures.
#
#  1. ceiling: N generated mails appended to one mailbox, then fetched with
#     ONE UID FETCH and COPYed raw into PostgreSQL (bench_ceiling);
#  2. hotlined: N generated mails appended to another mailbox while the daemon
#     is stopped, then hotlined started and timed until all N are committed
#     cases and moved to Processed.  Peak RSS is the daemon's VmHWM.
#
# Uses its own stack under run/bench (started and stopped here) and the
# release build in build/.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-10000}"
BUILD="${HL_BUILD_DIR:-$REPO/build}"
export HL_STACK_DIR="$REPO/run/bench"

cleanup() {
    [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    "$REPO/scripts/stack.sh" stop "$HL_STACK_DIR" >/dev/null 2>&1 || true
}
trap cleanup EXIT

"$REPO/scripts/stack.sh" start "$HL_STACK_DIR" >/dev/null
sed -i "s/^log_level = .*/log_level = \"${HL_BENCH_LOG:-info}\";/" "$HL_STACK_DIR/hotline.conf"
[ "${HL_BENCH_NOSMTP:-0}" = 1 ] && sed -i "/^smtp = /d" "$HL_STACK_DIR/hotline.conf"
# 10,000 citizens writing to one unit within the hour: no hourly acknowledgement cap.
echo 'acks = { max_per_unit_hour = 0; };' >>"$HL_STACK_DIR/hotline.conf"
# shellcheck disable=SC1091
. "$HL_STACK_DIR/stack.env"
"$BUILD/hotlinectl" -c "$HL_CONF" db migrate >/dev/null
export PGPASSWORD
PGPASSWORD="$(cat "$HL_SECRETS/db.pass")"
q() { psql -h 127.0.0.1 -p "$HL_PG_PORT" -U hotline -d hotline -Atc "$1"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "messages: $N generated citizen mails per run"

python3 "$REPO/scripts/imap_append.py" --generate "$N" --unit so-tp >/dev/null
ceiling_line="$("$BUILD/bench_ceiling" -c "$HL_CONF" so-tp)"
echo "$ceiling_line"
ceiling_rate="$(echo "$ceiling_line" | sed -n 's/.*: \([0-9]*\) messages\/s.*/\1/p')"
# the ceiling's mailbox is not part of the daemon's run
python3 -c "import sys; sys.path.insert(0, '$REPO/tests/integration'); import hl; hl.imap_clear('so-tp')"

python3 "$REPO/scripts/imap_append.py" --generate "$N" --unit so-xd >/dev/null
start="$(date +%s.%N)"
# hotlined refuses root: as root, run it as the stack's unprivileged user
HL_STACK_ENV="$HL_STACK_DIR/stack.env" HL_BUILD_DIR="$BUILD" . "$REPO/tests/integration/lib.sh"
hl_daemon_cmd "$BUILD/hotlined" -c "$HL_CONF"
"${HL_CMD[@]}" 2>"$HL_STACK_DIR/bench-hotlined.log" &
pid=$!
peak=0
while :; do
    n="$(q "SELECT count(*) FROM messages m JOIN mailboxes b ON b.id = m.mailbox_id WHERE b.unit_code = 'so-xd'")"
    hwm="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
    [ "${hwm:-0}" -gt "$peak" ] && peak="$hwm"
    [ "$n" -ge "$N" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "hotlined died; see $HL_STACK_DIR/bench-hotlined.log"; exit 1; }
    sleep 0.05
done
end="$(date +%s.%N)"
cases="$(q "SELECT count(*) FROM cases WHERE received_unit = 'so-xd'")"
rate="$(awk -v n="$N" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f", n / (e - s)}')"
secs="$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}')"
echo "hotlined: $N messages -> $cases committed cases in $secs s: $rate messages/s, peak RSS $((peak / 1024)) MiB"
awk -v a="$rate" -v b="$ceiling_rate" 'BEGIN {printf "ratio: hotlined reaches %.0f%% of the ceiling\n", 100 * a / b}'
