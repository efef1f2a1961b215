#!/usr/bin/env bash
# stack.sh: a throwaway PostgreSQL 15, Dovecot 2.3 and SMTP receiver on
# 127.0.0.1, for integration tests, benchmarks and the demo.
#
#   scripts/stack.sh start|stop|status|env [DIR]
#   scripts/stack.sh pg-stop|pg-start|pg-restart [DIR]
#   scripts/stack.sh dovecot-stop|dovecot-start|dovecot-restart [DIR]
#   scripts/stack.sh smtp-stop|smtp-start|smtp-restart [DIR]
#
# DIR defaults to $HL_STACK_DIR, else <repo>/run/stack.  `start` always builds
# a fresh stack (wiping DIR) on free ports; the per-service commands keep the
# data and the ports, which is what "the database restarted" tests need.
#
# Everything lives under DIR: pg/ (cluster, socket, log), dovecot/ (config,
# users, maildirs, log), dovecot-untrusted/ (a second Dovecot whose certificate
# comes from a CA nobody trusts), smtp/ (received mail, control.json, log),
# tls/ (test CA and certificates), secrets/ (one password per file, 0600, and
# bounce.key, which signs bounce addresses), hotline.conf (hotlined's config)
# and stack.env (sourceable).
#
# The servers refuse to run as root or should not: when run as root, PostgreSQL
# runs as `postgres` and Dovecot as $HL_STACK_USER (default `hotline`, created
# if missing); as a normal user everything runs as that user.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
PGBIN=/usr/lib/postgresql/15/bin

# HL_STACK_UNITS=FILE: the units (a JSON list shaped like
# tests/data/corpus/units.json), one Dovecot mailbox each; Dovecot's limits
# are raised to match (bench/scale.sh and the many-mailbox test use it).
UNITS_JSON="${HL_STACK_UNITS:-$REPO/tests/data/corpus/units.json}"
case "$UNITS_JSON" in /*) ;; *) UNITS_JSON="$PWD/$UNITS_JSON" ;; esac

cmd="${1:-status}"
RUN="${2:-${HL_STACK_DIR:-$REPO/run/stack}}"
case "$RUN" in /*) ;; *) RUN="$PWD/$RUN" ;; esac

log() { printf 'stack: %s\n' "$*" >&2; }
die() {
    printf 'stack: error: %s\n' "$*" >&2
    exit 1
}

if [ "$(id -u)" = 0 ]; then
    PG_USER=postgres
    MAIL_USER="${HL_STACK_USER:-hotline}"
else
    PG_USER="$(id -un)"
    MAIL_USER="$PG_USER"
fi

# as USER CMD...: runs CMD as USER (directly when that is us already).
as() {
    local user="$1"
    shift
    if [ "$(id -un)" = "$user" ]; then
        "$@"
    else
        runuser -u "$user" -- "$@"
    fi
}

ensure_user() {
    getent passwd "$MAIL_USER" >/dev/null && return 0
    [ "$(id -u)" = 0 ] || die "user $MAIL_USER does not exist"
    useradd --system --user-group --home-dir /nonexistent --shell /usr/sbin/nologin "$MAIL_USER"
}

# free_ports N: prints N distinct ports the kernel considers free right now.
# All sockets are held open until every port is chosen, so they differ.
free_ports() {
    "$PY" - "$1" <<'EOF'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
}

# wait_port PORT SECONDS: until something accepts on 127.0.0.1:PORT.
wait_port() {
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        if "$PY" -c "import socket,sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 1).close()" \
            "$1" 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}

# wait_gone PID SECONDS: until PID has exited.
wait_gone() {
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    return 1
}

pidfile_pid() {
    [ -s "$1" ] && head -n1 "$1" | tr -dc '0-9' || true
}

load_env() {
    [ -f "$RUN/stack.env" ] || die "no stack in $RUN (run: scripts/stack.sh start)"
    # shellcheck disable=SC1091
    . "$RUN/stack.env"
    RUN="$HL_RUN"
}

# ---------------------------------------------------------------- TLS

gen_tls() {
    local t="$RUN/tls"
    mkdir -p "$t"
    (
        cd "$t"
        for ca in ca untrusted-ca; do
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
                -keyout "$ca.key" -out "$ca.pem" -days 30 -subj "/CN=hotline $ca (test only)" \
                -addext "basicConstraints=critical,CA:TRUE" \
                -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
        done
        printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
            "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" >leaf.ext
        for leaf in server:ca untrusted:untrusted-ca; do
            local name="${leaf%%:*}" ca="${leaf##*:}"
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
                -keyout "$name.key" -out "$name.csr" -subj "/CN=127.0.0.1" 2>/dev/null
            openssl x509 -req -in "$name.csr" -CA "$ca.pem" -CAkey "$ca.key" -CAcreateserial \
                -out "$name.pem" -days 30 -extfile leaf.ext 2>/dev/null
            rm -f "$name.csr"
        done
        # Fixed RFC 7919 group: generating DH parameters would take minutes.
        openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out dh.pem 2>/dev/null
        rm -f ./*.srl leaf.ext
        chmod 0644 ./*.pem
        chmod 0640 ./*.key
        chown "root:$MAIL_USER" ./*.key 2>/dev/null || true
    )
}

# ---------------------------------------------------------------- secrets

new_secret() {
    # Hex only, so it never needs quoting in SQL, passwd-file or pgpass.
    openssl rand -hex 16 >"$1"
    chmod 0600 "$1"
    chown "$MAIL_USER:" "$1" 2>/dev/null || true
}

# ---------------------------------------------------------------- PostgreSQL

pg_setup() {
    local d="$RUN/pg"
    mkdir -p "$d/data" "$d/sock"
    chown -R "$PG_USER:" "$d"
    chmod 0700 "$d/data"
    as "$PG_USER" "$PGBIN/initdb" -D "$d/data" -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
        --auth-local=trust --auth-host=scram-sha-256 >"$d/initdb.log" 2>&1 ||
        die "initdb failed, see $d/initdb.log"
    cat >>"$d/data/postgresql.conf" <<EOF

# hotline test stack
listen_addresses = '127.0.0.1'
port = $HL_PG_PORT
unix_socket_directories = '$d/sock'
unix_socket_permissions = 0700
fsync = on
synchronous_commit = on
full_page_writes = on
max_connections = 100
shared_buffers = 64MB
password_encryption = scram-sha-256
log_min_messages = warning
log_connections = off
EOF
    cat >"$d/data/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 scram-sha-256
EOF
}

pg_start() {
    local d="$RUN/pg"
    as "$PG_USER" "$PGBIN/pg_ctl" -D "$d/data" -l "$d/postgres.log" -w -t 60 start >/dev/null ||
        die "PostgreSQL did not start, see $d/postgres.log"
}

pg_stop() {
    local d="$RUN/pg"
    [ -f "$d/data/postmaster.pid" ] || return 0
    as "$PG_USER" "$PGBIN/pg_ctl" -D "$d/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    local pid
    pid="$(pidfile_pid "$d/data/postmaster.pid")"
    if [ -n "$pid" ] && ! wait_gone "$pid" 10; then
        kill -9 "$pid" 2>/dev/null || true
    fi
}

pg_admin() {
    as "$PG_USER" "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$RUN/pg/sock" -p "$HL_PG_PORT" \
        -U postgres "$@"
}

pg_create_db() {
    local pass
    pass="$(cat "$RUN/secrets/db.pass")"
    pg_admin -d postgres -c "CREATE ROLE hotline LOGIN CREATEROLE PASSWORD '$pass'" >/dev/null
    pg_admin -d postgres -c "CREATE DATABASE hotline OWNER hotline ENCODING 'UTF8'" >/dev/null
    # Migrations create tables in public; PostgreSQL 15 no longer lets every
    # role do that, the owner of the database must own the schema.
    pg_admin -d hotline -c "ALTER SCHEMA public OWNER TO hotline" >/dev/null
    printf '127.0.0.1:%s:*:hotline:%s\n' "$HL_PG_PORT" "$pass" >"$RUN/secrets/pgpass"
    chmod 0600 "$RUN/secrets/pgpass"
}

# ---------------------------------------------------------------- Dovecot

# dovecot_conf DIR IMAPS_PORT IMAP_PORT CERT KEY: one self-contained config.
dovecot_conf() {
    local d="$1" imaps="$2" imap="$3" cert="$4" key="$5"
    local n_units
    n_units="$(wc -w <<<"$UNIT_CODES")"
    DOVECOT_PROCESS_LIMIT=$((n_units + 100))
    # Port 0 disables the listener (Dovecot would otherwise bind 143).
    local imap_listener="inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }"
    cat >"$d/dovecot.conf" <<EOF
# hotline test stack: nothing from /etc/dovecot is read.
base_dir = $d/base
state_dir = $d/state
log_path = $d/dovecot.log
info_log_path = $d/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = $MAIL_USER
default_internal_group = $MAIL_USER
default_login_user = $MAIL_USER
mail_uid = $MAIL_USER
mail_gid = $MAIL_USER
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
mail_fsync = optimized
ssl = yes
ssl_cert = <$cert
ssl_key = <$key
ssl_dh = <$RUN/tls/dh.pem
ssl_min_protocol = TLSv1.2
# Plain IMAP is for STARTTLS and for "plain" with allow_plain tests.
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $RUN/dovecot/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $RUN/dovecot/users
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Processed {
    auto = subscribe
  }
}
protocol imap {
  mail_max_userip_connections = 100
}
# One imap process per connection: room for every mailbox at once, plus
# the tests' own clients.
default_process_limit = $DOVECOT_PROCESS_LIMIT
default_client_limit = $((DOVECOT_PROCESS_LIMIT * 2))
service imap-login {
  chroot =
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps
    ssl = yes
  }
  $imap_listener
}
service anvil {
  chroot =
}
service stats {
  chroot =
}
service auth {
  user = $MAIL_USER
}
service auth-worker {
  user = $MAIL_USER
}
EOF
    mkdir -p "$d/base" "$d/state"
}

dovecot_setup() {
    local d="$RUN/dovecot" u="$RUN/dovecot-untrusted"
    mkdir -p "$d/home" "$u"
    local uid gid code
    uid="$(id -u "$MAIL_USER")"
    gid="$(id -g "$MAIL_USER")"
    : >"$d/users"
    for code in $UNIT_CODES; do
        new_secret "$RUN/secrets/$code.pass"
        printf '%s:{PLAIN}%s:%s:%s::%s::\n' "$code" "$(cat "$RUN/secrets/$code.pass")" \
            "$uid" "$gid" "$d/home/$code" >>"$d/users"
        mkdir -p "$d/home/$code"
    done
    chmod 0600 "$d/users"
    dovecot_conf "$d" "$HL_IMAPS_PORT" "$HL_IMAP_PORT" "$RUN/tls/server.pem" "$RUN/tls/server.key"
    # Same users and maildirs, a certificate from a CA nobody was given.
    dovecot_conf "$u" "$HL_IMAPS_UNTRUSTED_PORT" 0 "$RUN/tls/untrusted.pem" \
        "$RUN/tls/untrusted.key"
    chown -R "$MAIL_USER:" "$d" "$u"
}

dovecot_start_one() {
    local d="$1" port="$2"
    as "$MAIL_USER" /usr/sbin/dovecot -c "$d/dovecot.conf" </dev/null >>"$d/startup.log" 2>&1 ||
        die "dovecot ($d) did not start, see $d/startup.log and $d/dovecot.log"
    wait_port "$port" 20 || die "dovecot ($d) does not listen on $port, see $d/dovecot.log"
}

dovecot_start() {
    dovecot_start_one "$RUN/dovecot" "$HL_IMAPS_PORT"
    wait_port "$HL_IMAP_PORT" 10 || die "dovecot does not listen on $HL_IMAP_PORT"
    dovecot_start_one "$RUN/dovecot-untrusted" "$HL_IMAPS_UNTRUSTED_PORT"
}

dovecot_stop() {
    local d pid
    for d in "$RUN/dovecot" "$RUN/dovecot-untrusted"; do
        pid="$(pidfile_pid "$d/base/master.pid")"
        [ -n "$pid" ] || continue
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            wait_gone "$pid" 15 || kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$d/base/master.pid"
    done
}

# ---------------------------------------------------------------- SMTP

smtp_start() {
    local s="$RUN/smtp"
    mkdir -p "$s"
    [ -f "$s/control.json" ] || echo '{}' >"$s/control.json"
    nohup "$PY" "$REPO/scripts/smtp_receiver.py" --port "$HL_SMTP_PORT" --dir "$s" \
        --cert "$RUN/tls/server.pem" --key "$RUN/tls/server.key" \
        --auth-user hotline --auth-password-file "$RUN/secrets/smtp.pass" \
        >>"$s/receiver.log" 2>&1 </dev/null &
    echo $! >"$s/receiver.pid"
    wait_port "$HL_SMTP_PORT" 20 || die "SMTP receiver did not start, see $s/receiver.log"
}

smtp_stop() {
    local pid
    pid="$(pidfile_pid "$RUN/smtp/receiver.pid")"
    [ -n "$pid" ] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        wait_gone "$pid" 10 || kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN/smtp/receiver.pid"
}

# ---------------------------------------------------------------- config files

write_conf() {
    local rules="$REPO/rules" templates="$REPO/templates" calendar="$REPO/data/holidays.conf"
    local places="$REPO/data/places"
    if [ "$(id -u)" = 0 ] && ! as "$MAIL_USER" test -r "$REPO/rules/." 2>/dev/null; then
        # The checkout is not readable by the daemon's user (say, under
        # /root): give it copies it can read.
        rm -rf "$RUN/share"
        mkdir -p "$RUN/share"
        cp -r "$REPO/rules" "$REPO/templates" "$REPO/data" "$RUN/share/"
        chmod -R a+rX "$RUN/share"
        calendar="$RUN/share/data/holidays.conf"
        places="$RUN/share/data/places"
        rules="$RUN/share/rules"
        templates="$RUN/share/templates"
    fi
    RULES_DIR="$rules" PLACES_DIR="$places" TEMPLATES_DIR="$templates" CALENDAR="$calendar" \
        UNITS_JSON="$UNITS_JSON" RUN="$RUN" HL_PG_PORT="$HL_PG_PORT" \
        HL_IMAPS_PORT="$HL_IMAPS_PORT" HL_SMTP_PORT="$HL_SMTP_PORT" "$PY" - <<'EOF'
import json, os

run = os.environ["RUN"]
env = os.environ


def s(v):
    if v is None:
        return '""'
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


units = json.load(open(env["UNITS_JSON"], encoding="utf-8"))
ca = f"{run}/tls/ca.pem"
out = []
out.append("# Written by scripts/stack.sh for the throwaway test stack.")
out.append(
    "database = { conninfo = %s; password_file = %s; };"
    % (s(f"host=127.0.0.1 port={env['HL_PG_PORT']} dbname=hotline user=hotline"),
       s(f"{run}/secrets/db.pass")))
out.append('case_prefix = "HL";')
out.append(f"rules_dir = {s(env['RULES_DIR'])};")
# The places of the shipped sample: without them the default left-out path
# (data/places next to this file) holds none and nothing routes by place.
out.append(f"places_dir = {s(env['PLACES_DIR'])};")
out.append(f"templates_dir = {s(env['TEMPLATES_DIR'])};")
out.append(f"calendar = {s(env['CALENDAR'])};")
out.append('log_level = "info";')
out.append(f"bounce_key_file = {s(f'{run}/secrets/bounce.key')};")
out.append("intake = { poll_interval = 30; idle = true; fetch_batch = 200; backoff_max = 300; };")
out.append("limits = { max_message_bytes = 26214400; max_mime_depth = 20; max_parts = 200; "
           "max_header_bytes = 65536;")
out.append("           message_budget_ms = 2000; regex_match_limit = 1000000; "
           "regex_depth_limit = 10000; };")
out.append("smtp = { host = \"127.0.0.1\"; port = %s; tls = \"starttls\"; ca_file = %s; "
           "helo = \"hotline.test\"; };" % (env["HL_SMTP_PORT"], s(ca)))
# Denunciations go to the accused unit's parent; the inspectorate is the
# designated handler a rule may name (rules/20-harassment.conf does).
if any(u["code"] == "thanh-tra" for u in units):
    out.append('denunciations = { handler = "parent"; designated = ["thanh-tra"]; };')
out.append("units = (")
items = []
for u in units:
    code = u["code"]
    lines = [f"  {{ code = {s(code)}; name = {s(u['name'])};"]
    if u.get("parent"):
        lines.append(f"    parent = {s(u['parent'])};")
    lines.append(f"    kind = {s(u['kind'])};")
    lines.append(f"    feedback_email = {s(u['feedback_email'])}; "
                 f"hotline_phone = {s(u['hotline_phone'])};")
    lines.append("    clerks = [" + ", ".join(s(c) for c in u.get("clerks", [])) + "]; "
                 f"head = {s(u['head'])};")
    lines.append(f"    mailbox = {{ host = \"127.0.0.1\"; port = {env['HL_IMAPS_PORT']}; "
                 f"tls = \"implicit\"; user = {s(code)};")
    lines.append(f"                password_file = {s(f'{run}/secrets/{code}.pass')}; "
                 "inbox = \"INBOX\"; processed = \"Processed\";")
    lines.append(f"                ca_file = {s(ca)}; }}; }}")
    items.append("\n".join(lines))
out.append(",\n".join(items))
out.append(");")
with open(f"{run}/hotline.conf", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
# The same units with their mailboxes as a units file, for
# `hotlinectl unit import` (units are data in the database; a configuration
# without units, hotline-dbunits.conf, reads them only from there).
full = []
for u in units:
    v = dict(u)
    v["mailbox"] = {"host": "127.0.0.1", "port": int(env["HL_IMAPS_PORT"]), "tls": "implicit",
                    "user": u["code"], "password_file": f"{run}/secrets/{u['code']}.pass",
                    "inbox": "INBOX", "processed": "Processed", "ca_file": ca}
    full.append(v)
with open(f"{run}/units.json", "w", encoding="utf-8") as f:
    json.dump(full, f, ensure_ascii=False, indent=2)
    f.write("\n")
cut = out.index("units = (")
with open(f"{run}/hotline-dbunits.conf", "w", encoding="utf-8") as f:
    f.write("\n".join(out[:cut]) + "\n")
EOF
    chmod 0644 "$RUN/units.json" "$RUN/hotline-dbunits.conf"
    chmod 0644 "$RUN/hotline.conf"
}

write_env() {
    cat >"$RUN/stack.env" <<EOF
# Written by scripts/stack.sh; source it.
export HL_RUN='$RUN'
export HL_STACK_ENV='$RUN/stack.env'
export HL_CONF='$RUN/hotline.conf'
export HL_CA='$RUN/tls/ca.pem'
export HL_UNTRUSTED_CA='$RUN/tls/untrusted-ca.pem'
export HL_SECRETS='$RUN/secrets'
export HL_UNITS_JSON='$UNITS_JSON'
export HL_UNITS_FILE='$RUN/units.json'
export HL_CONF_DBUNITS='$RUN/hotline-dbunits.conf'
export HL_UNITS='$UNIT_CODES'
export HL_RUN_USER='$( [ "$(id -u)" = 0 ] && echo "$MAIL_USER" )'
export HL_PG_PORT=$HL_PG_PORT
export HL_PGHOST=127.0.0.1
export HL_PG_SOCKET='$RUN/pg/sock'
export HL_PG_USER='$PG_USER'
export HL_PG_DATA='$RUN/pg/data'
export HL_IMAPS_PORT=$HL_IMAPS_PORT
export HL_IMAP_PORT=$HL_IMAP_PORT
export HL_IMAPS_UNTRUSTED_PORT=$HL_IMAPS_UNTRUSTED_PORT
export HL_SMTP_PORT=$HL_SMTP_PORT
export HL_SMTP_DIR='$RUN/smtp'
export HL_SMTP_USER=hotline
export HL_SMTP_PASSWORD_FILE='$RUN/secrets/smtp.pass'
# The key hotlined signs bounce addresses with (tests compute the tags).
export HL_BOUNCE_KEY_FILE='$RUN/secrets/bounce.key'
# Plain psql connects as the application role.
export PGHOST=127.0.0.1
export PGPORT=$HL_PG_PORT
export PGDATABASE=hotline
export PGUSER=hotline
export PGPASSFILE='$RUN/secrets/pgpass'
EOF
    chmod 0644 "$RUN/stack.env"
}

# ---------------------------------------------------------------- commands

# A run directory the servers' users cannot reach (a checkout under /root)
# is replaced by a symlink to one under /tmp that they can.
prepare_run_dir() {
    local real
    if [ -L "$RUN" ]; then
        real="$(readlink -f "$RUN")"
        rm -rf "$real"
        rm -f "$RUN"
    fi
    rm -rf "$RUN"
    mkdir -p "$RUN"
    chmod 0755 "$RUN"
    if [ "$(id -u)" = 0 ] && ! { as "$PG_USER" test -x "$RUN" && as "$MAIL_USER" test -x "$RUN"; }; then
        real="$(mktemp -d /tmp/hl-stack.XXXXXX)"
        chmod 0755 "$real"
        rmdir "$RUN"
        ln -s "$real" "$RUN"
        log "$RUN is not reachable by $PG_USER/$MAIL_USER; using $real"
    fi
    RUN="$(readlink -f "$RUN")"
}

do_stop() {
    [ -d "$RUN" ] || return 0
    RUN="$(readlink -f "$RUN")"
    if [ -f "$RUN/stack.env" ]; then
        load_env
    fi
    smtp_stop
    dovecot_stop
    if [ -f "$RUN/stack.env" ]; then
        pg_stop
    fi
}

do_start() {
    do_stop
    ensure_user
    prepare_run_dir
    UNIT_CODES="$("$PY" -c 'import json,sys; print(" ".join(u["code"] for u in json.load(open(sys.argv[1]))))' \
        "$UNITS_JSON")"
    read -r HL_PG_PORT HL_IMAPS_PORT HL_IMAP_PORT HL_IMAPS_UNTRUSTED_PORT HL_SMTP_PORT \
        <<<"$(free_ports 5)"
    mkdir -p "$RUN/secrets" "$RUN/smtp"
    chmod 0700 "$RUN/secrets"
    chown "$MAIL_USER:" "$RUN/secrets" 2>/dev/null || true
    new_secret "$RUN/secrets/db.pass"
    new_secret "$RUN/secrets/smtp.pass"
    # 32 hex characters: twice the 16 bytes a bounce key needs at least.
    new_secret "$RUN/secrets/bounce.key"
    gen_tls
    write_env
    pg_setup
    pg_start
    pg_create_db
    dovecot_setup
    dovecot_start
    smtp_start
    write_conf
    log "up in $RUN: postgres 127.0.0.1:$HL_PG_PORT, imaps :$HL_IMAPS_PORT, imap :$HL_IMAP_PORT," \
        "imaps-untrusted :$HL_IMAPS_UNTRUSTED_PORT, smtp :$HL_SMTP_PORT"
    log "source $RUN/stack.env; config $RUN/hotline.conf"
}

do_status() {
    load_env
    local bad=0 pid
    if as "$PG_USER" "$PGBIN/pg_ctl" -D "$RUN/pg/data" status >/dev/null 2>&1; then
        echo "postgresql  running  127.0.0.1:$HL_PG_PORT"
    else
        echo "postgresql  stopped"
        bad=1
    fi
    for d in dovecot:$HL_IMAPS_PORT dovecot-untrusted:$HL_IMAPS_UNTRUSTED_PORT; do
        pid="$(pidfile_pid "$RUN/${d%%:*}/base/master.pid")"
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            echo "${d%%:*}  running  pid $pid  127.0.0.1:${d##*:}"
        else
            echo "${d%%:*}  stopped"
            bad=1
        fi
    done
    pid="$(pidfile_pid "$RUN/smtp/receiver.pid")"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        echo "smtp  running  pid $pid  127.0.0.1:$HL_SMTP_PORT"
    else
        echo "smtp  stopped"
        bad=1
    fi
    return $((bad ? 3 : 0))
}

case "$cmd" in
start) do_start ;;
stop) do_stop ;;
status) do_status ;;
env)
    load_env
    cat "$RUN/stack.env"
    ;;
pg-stop) load_env && pg_stop ;;
pg-start) load_env && pg_start ;;
pg-restart) load_env && pg_stop && pg_start ;;
dovecot-stop) load_env && dovecot_stop ;;
dovecot-start) load_env && dovecot_start ;;
dovecot-restart) load_env && dovecot_stop && dovecot_start ;;
smtp-stop) load_env && smtp_stop ;;
smtp-start) load_env && smtp_start ;;
smtp-restart) load_env && smtp_stop && smtp_start ;;
*)
    echo "usage: $0 start|stop|status|env|pg-stop|pg-start|pg-restart|dovecot-stop|dovecot-start|" \
        "dovecot-restart|smtp-stop|smtp-start|smtp-restart [DIR]" >&2
    exit 2
    ;;
esac
