# lib.sh: helpers for bash integration tests against the stack of
# scripts/stack.sh; source it.  Mirrors tests/integration/hl.py (which does
# the IMAP work).
#
#   . tests/integration/lib.sh        # loads the stack env or exits 1
#   hl_psql "select count(*) from cases"          -> rows, tab-separated
#   hl_imap_count so-xd Processed                 -> 12
#   hl_start_hotlined [ARGS...]; hl_stop_hotlined; hl_kill9_hotlined
#   hl_wait_until 30 "INBOX drained" '[ "$(hl_imap_count so-xd)" = 0 ]'
#   hl_check "name" CMD...; ...; hl_summary       (exit status of the test)

HL_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HL_PY="$HL_REPO/tests/integration/hl.py"
: "${HL_BUILD_DIR:=$HL_REPO/build}"
: "${HL_STACK_ENV:=$HL_REPO/run/stack/stack.env}"
export HL_BUILD_DIR HL_STACK_ENV
if [ ! -f "$HL_STACK_ENV" ]; then
    echo "lib.sh: no stack env at $HL_STACK_ENV (run scripts/stack.sh start)" >&2
    exit 1
fi
# shellcheck disable=SC1090
. "$HL_STACK_ENV"

HL_PASSED=0
HL_FAILED=0
HL_DAEMON_PID=

# hl_psql SQL: as the application role; prints rows tab-separated.
hl_psql() {
    psql -X -At -F $'\t' -v ON_ERROR_STOP=1 -h "$HL_PGHOST" -p "$HL_PG_PORT" -U hotline \
        -d hotline -c "$1"
}

# hl_psql_admin SQL: as the superuser over the stack's Unix socket.
hl_psql_admin() {
    psql -X -At -F $'\t' -v ON_ERROR_STOP=1 -h "$HL_PG_SOCKET" -p "$HL_PG_PORT" -U postgres \
        -d hotline -c "$1"
}

hl_imap_count() { python3 "$HL_PY" imap-count "$1" "${2:-INBOX}"; }
hl_imap_uids() { python3 "$HL_PY" imap-uids "$1" "${2:-INBOX}"; }
hl_imap_clear() { python3 "$HL_PY" imap-clear "$1"; }
hl_smtp_count() { python3 "$HL_PY" smtp-count; }
hl_imap_append() { python3 "$HL_REPO/scripts/imap_append.py" -q "$@"; }
hl_stack() { bash "$HL_REPO/scripts/stack.sh" "$1" "$HL_RUN"; }

# hl_daemon_cmd BINARY ARGS...: prints nothing, sets HL_CMD to the command
# line that runs BINARY as the stack's unprivileged user when we are root
# (hotlined refuses root; HL_DAEMON_AS_ROOT=1 skips this).
hl_daemon_cmd() {
    HL_CMD=("$@")
    if [ "$(id -u)" = 0 ] && [ -n "${HL_RUN_USER:-}" ] && [ "${HL_DAEMON_AS_ROOT:-}" != 1 ]; then
        if ! runuser -u "$HL_RUN_USER" -- test -x "$1"; then
            mkdir -p "$HL_RUN/bin"
            cp "$1" "$HL_RUN/bin/"
            HL_CMD[0]="$HL_RUN/bin/$(basename "$1")"
        fi
        # setpriv execs (runuser would stay as a parent), so HL_DAEMON_PID
        # is hotlined's own pid.
        HL_CMD=(setpriv "--reuid=$HL_RUN_USER" "--regid=$HL_RUN_USER" --init-groups -- "${HL_CMD[@]}")
    fi
}

# hl_start_hotlined ARGS...: background hotlined -c $HL_CONF ARGS, output to
# $HL_RUN/hotlined.log; its pid (a process group leader) in HL_DAEMON_PID.
hl_start_hotlined() {
    hl_daemon_cmd "$HL_BUILD_DIR/hotlined" -c "$HL_CONF" "$@"
    setsid "${HL_CMD[@]}" >>"$HL_RUN/hotlined.log" 2>&1 </dev/null &
    HL_DAEMON_PID=$!
}

# hl_stop_hotlined [SECONDS]: SIGTERM, wait; returns its exit status.
hl_stop_hotlined() {
    [ -n "$HL_DAEMON_PID" ] || return 0
    kill -TERM -- "-$HL_DAEMON_PID" 2>/dev/null || true
    local i
    for ((i = 0; i < ${1:-30} * 10; i++)); do
        kill -0 "$HL_DAEMON_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$HL_DAEMON_PID" 2>/dev/null; then
        echo "lib.sh: hotlined ignored SIGTERM, killing it" >&2
        kill -KILL -- "-$HL_DAEMON_PID" 2>/dev/null || true
    fi
    local rc=0
    wait "$HL_DAEMON_PID" 2>/dev/null || rc=$?
    HL_DAEMON_PID=
    return $rc
}

hl_kill9_hotlined() {
    [ -n "$HL_DAEMON_PID" ] || return 0
    kill -KILL -- "-$HL_DAEMON_PID" 2>/dev/null || true
    wait "$HL_DAEMON_PID" 2>/dev/null || true
    HL_DAEMON_PID=
}

hl_hotlinectl() { "$HL_BUILD_DIR/hotlinectl" -c "$HL_CONF" "$@"; }

# hl_wait_until SECONDS WHAT SHELL-CONDITION
hl_wait_until() {
    local deadline=$((SECONDS + $1))
    while ! eval "$3" 2>/dev/null; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "lib.sh: timed out after $1s waiting for $2" >&2
            return 1
        fi
        sleep 0.2
    done
}

# hl_check NAME CMD...: runs CMD, counts it as passed when it succeeds.
hl_check() {
    local name="$1"
    shift
    if "$@"; then
        HL_PASSED=$((HL_PASSED + 1))
        echo "ok   $name"
    else
        HL_FAILED=$((HL_FAILED + 1))
        echo "FAIL $name"
    fi
}

# hl_summary: prints "N passed, M failed"; returns non-zero on any failure
# (or when nothing was checked).  Use as the test's last command.
hl_summary() {
    echo "$(basename "$0"): $HL_PASSED passed, $HL_FAILED failed"
    [ "$HL_FAILED" = 0 ] && [ "$HL_PASSED" -gt 0 ]
}
