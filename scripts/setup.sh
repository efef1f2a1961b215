#!/usr/bin/env bash
# setup.sh: installs what hotline needs to build and test on Debian 12, and
# stops the system-wide PostgreSQL and Dovecot the packages start (the test
# stack runs its own, see scripts/stack.sh).  Run as root; non-interactive;
# a rerun with everything installed does not touch apt.
set -euo pipefail

# systemd provides systemd-analyze (the unit file is verified without systemd
# running), groff-base and man-db render and find the manual pages, dpkg-dev
# and adduser build and install the Debian package (tests/install).
# clang with libclang-rt-14-dev builds the fuzz targets (scripts/fuzz.sh): that
# package (the libFuzzer and sanitizer runtimes) is only recommended by
# clang-14's packages, and --no-install-recommends below leaves it out.
PACKAGES=(
    build-essential cmake pkg-config clang-format clang libclang-rt-14-dev
    libetpan-dev libpq-dev libpcre2-dev libconfig-dev libutf8proc-dev libssl-dev
    postgresql-15 postgresql-client-15 dovecot-core dovecot-imapd
    python3 python3-aiosmtpd python3-jsonschema libsasl2-modules
    openssl ca-certificates procps iproute2 util-linux passwd
    libsystemd-dev libmicrohttpd-dev libjansson-dev systemd groff-base man-db adduser dpkg-dev
)

SUDO=()
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || {
        echo "setup: run as root (or install sudo)" >&2
        exit 1
    }
    SUDO=(sudo)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # The packages' own services must not grab the ports or wait on systemd
    # inside a container: forbid starting services while installing.
    policy_added=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee /usr/sbin/policy-rc.d >/dev/null
        "${SUDO[@]}" chmod 0755 /usr/sbin/policy-rc.d
        policy_added=1
    fi
    "${SUDO[@]}" apt-get update -q
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
    if [ "$policy_added" = 1 ]; then
        "${SUDO[@]}" rm -f /usr/sbin/policy-rc.d
    fi
else
    echo "setup: all packages present"
fi

# Stop the system-wide servers whether or not systemd runs here.  Only their
# own pid files are used, never a process-name match.
stop_pidfile() {
    local f="$1" pid
    [ -s "$f" ] || return 0
    pid="$(head -n1 "$f" | tr -dc '0-9')"
    [ -n "$pid" ] && "${SUDO[@]}" kill -TERM "$pid" 2>/dev/null || true
}
"${SUDO[@]}" service dovecot stop >/dev/null 2>&1 || true
"${SUDO[@]}" service postgresql stop >/dev/null 2>&1 || true
if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    "${SUDO[@]}" systemctl disable --now dovecot postgresql >/dev/null 2>&1 || true
fi
stop_pidfile /run/dovecot/master.pid
for f in /var/lib/postgresql/15/*/postmaster.pid /run/postgresql/*.pid; do
    [ -e "$f" ] && stop_pidfile "$f"
done

# The unprivileged user the test stack's Dovecot and hotlined run as when the
# tests run as root (scripts/stack.sh creates it too when missing).
if [ "$(id -u)" = 0 ] && ! getent passwd hotline >/dev/null; then
    useradd --system --user-group --home-dir /nonexistent --shell /usr/sbin/nologin hotline
fi
echo "setup: done"
