#!/usr/bin/env bash
# bench/latency.sh [N]: how long a citizen waits for the acknowledgement.
# Not a test: it prints figures.
#
# From a message appended to a mailbox to its acknowledgement accepted by the
# SMTP receiver (end of DATA), over N messages (default 1000) appended one at
# a time at a steady rate well below saturation, each from its own citizen;
# median, p90, p99 and max, once per mode:
#
#   idle    intake.idle = true (IMAP IDLE; Dovecot announces new mail)
#   pollS   intake.idle = false, intake.poll_interval = S seconds
#
# Each mode gets a fresh stack (its own under run/bench-latency, started and
# stopped here), a freshly migrated database and a long-running hotlined that
# serves one mailbox; bench/latency.py does the appending and the matching.
#
# The rate must stay well below what the sender sustains, or the figures
# measure a growing queue: each citizen costs an acknowledgement and a
# forward, and on the development machine the sender managed about 20
# citizens a second (a forward took ~50 ms), hence 10/s by default.
#
# Knobs: HL_BENCH_MODES (default "idle poll1"; say "idle poll1 poll5"),
# HL_BENCH_RATE (APPENDs a second, default 10), HL_BENCH_LOG (hotlined's
# log_level, default info), HL_BENCH_STACK_DIR (default run/bench-latency),
# HL_BUILD_DIR (default build/).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-1000}"
RATE="${HL_BENCH_RATE:-10}"
MODES="${HL_BENCH_MODES:-idle poll1}"
export HL_BUILD_DIR="${HL_BUILD_DIR:-$REPO/build}"
export HL_STACK_DIR="${HL_BENCH_STACK_DIR:-$REPO/run/bench-latency}"

for b in hotlined hotlinectl; do
    [ -x "$HL_BUILD_DIR/$b" ] || {
        echo "latency: no $HL_BUILD_DIR/$b (build first, or set HL_BUILD_DIR)" >&2
        exit 1
    }
done
for m in $MODES; do
    case "$m" in idle | poll[0-9]*) ;; *)
        echo "latency: unknown mode $m in HL_BENCH_MODES (idle, pollS)" >&2
        exit 2
        ;;
    esac
done

cleanup() {
    "$REPO/scripts/stack.sh" stop "$HL_STACK_DIR" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "messages: $N per mode, appended one at a time at $RATE/s, each from its own citizen"

status=0
summaries=()
for m in $MODES; do
    "$REPO/scripts/stack.sh" start "$HL_STACK_DIR" >/dev/null 2>&1 ||
        { echo "latency: stack did not start (scripts/stack.sh start $HL_STACK_DIR)" >&2; exit 1; }
    # shellcheck disable=SC1091
    . "$HL_STACK_DIR/stack.env"
    "$HL_BUILD_DIR/hotlinectl" -c "$HL_CONF" db migrate >/dev/null
    if [ "$m" = idle ]; then
        args=(--mode idle --poll-interval 30)
    else
        args=(--mode poll --poll-interval "${m#poll}")
    fi
    python3 "$REPO/bench/latency.py" "${args[@]}" --label "$m" --count "$N" --rate "$RATE" |
        tee "$HL_RUN/latency.out" || status=1
    summaries+=("$(sed -n 's/^summary: //p' "$HL_RUN/latency.out")")
    "$REPO/scripts/stack.sh" stop "$HL_STACK_DIR" >/dev/null 2>&1 || true
done

echo
echo "| mode | acks | median ms | p90 ms | p99 ms | max ms | acks/s | peak RSS |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${summaries[@]}"
exit "$status"
