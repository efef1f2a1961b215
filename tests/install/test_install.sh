#!/usr/bin/env bash
# test_install.sh: proves the production install (README.md, "Production install").
#
#   1. `cmake --install` of build/ into a DESTDIR: every file in its FHS place.
#   2. hotlined.service: `systemd-analyze verify` says nothing at all (it
#      exits 0 on unknown keys and bad values, so any output is a failure).
#   3. As root only (CI runs on a throwaway machine): scripts/package.sh, then
#      `dpkg -i` into the real system; files, the hotline user, the manual
#      pages; the installed example, completed with its secrets in
#      /etc/hotline, passes `hotlined --check-config` run as the hotline user
#      -- with no rules, templates or calendar beside it, so the shipped ones
#      under /usr/share/hotline are found; `systemd-analyze verify` of the
#      installed unit (manual pages included); then `dpkg -r`, which must
#      remove the binaries.
#
# HL_BUILD_DIR (default build/) must hold a finished build.  Exits non-zero on
# the first failure with a line saying what.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${HL_BUILD_DIR:-$REPO/build}"
work="$(mktemp -d /tmp/hl-install-XXXXXX)"
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        rm -f /etc/hotline/hotline.conf /etc/hotline/secrets/*.pass /etc/hotline/secrets/bounce.key
        rm -rf /etc/hotline/certs
        dpkg -P hotline >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "test_install: FAIL: $*" >&2
    exit 1
}
need_file() { [ -f "$1" ] || fail "missing $1"; }

# --- 1. DESTDIR ---------------------------------------------------------------
dest="$work/dest"
DESTDIR="$dest" cmake --install "$BUILD" >/dev/null
prefix="$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$BUILD/CMakeCache.txt")"
root="$dest$prefix"
[ -x "$root/sbin/hotlined" ] || fail "hotlined not installed in sbin/"
[ -x "$root/bin/hotlinectl" ] || fail "hotlinectl not installed in bin/"
for f in rules/00-categories.conf rules/topics.model rules/README.md templates/ack.vi.txt data/holidays.conf \
    schema/001_init.sql; do
    need_file "$root/share/hotline/$f"
done
for f in "$REPO"/rules/*.conf "$REPO"/templates/* "$REPO"/schema/*.sql; do
    rel="${f#"$REPO"/}"
    need_file "$root/share/hotline/$rel"
done
confdir="$root/etc/hotline"
[ "$prefix" = /usr ] && confdir="$dest/etc/hotline"
need_file "$confdir/hotline.conf.example"
for m in man8/hotlined.8 man8/hotlinectl.8 man5/hotline.conf.5 man5/hotline-rules.5; do
    need_file "$root/share/man/$m"
done
need_file "$root/lib/systemd/system/hotlined.service"
echo "test_install: DESTDIR tree complete ($prefix)"

# --- 2. the unit, pointed at this build's binary -------------------------------
sed -e "s#$prefix/sbin/hotlined#$BUILD/hotlined#g" "$root/lib/systemd/system/hotlined.service" \
    >"$work/hotlined.service"
out="$(systemd-analyze verify --man=no "$work/hotlined.service" 2>&1)" ||
    fail "systemd-analyze verify: $out"
[ -z "$out" ] || fail "systemd-analyze verify complains: $out"
echo "test_install: systemd-analyze verify: clean"

# --- 3. the Debian package, installed for real ----------------------------------
if [ "$(id -u)" != 0 ]; then
    echo "test_install: not root: package install skipped"
    exit 0
fi
if dpkg-query -W -f='${Status}' hotline 2>/dev/null | grep -q "install ok installed"; then
    fail "a hotline package is already installed here; not touching it"
fi
[ ! -e /etc/hotline/hotline.conf ] || fail "/etc/hotline/hotline.conf exists; not touching it"
deb="$(bash "$REPO/scripts/package.sh")"
installed=1
dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb"
[ -x /usr/sbin/hotlined ] || fail "/usr/sbin/hotlined"
[ -x /usr/bin/hotlinectl ] || fail "/usr/bin/hotlinectl"
need_file /usr/share/hotline/rules/50-topics.conf
need_file /usr/share/hotline/rules/topics.model
need_file /usr/share/hotline/templates/forward.vi.txt
need_file /usr/share/hotline/data/holidays.conf
need_file /etc/hotline/hotline.conf.example
need_file /usr/lib/systemd/system/hotlined.service
getent passwd hotline >/dev/null || fail "postinst made no hotline user"
[ -d /etc/hotline/secrets ] || fail "postinst made no /etc/hotline/secrets"
man -w hotlined >/dev/null || fail "man hotlined: not found"
man -w 5 hotline.conf >/dev/null || fail "man 5 hotline.conf: not found"

# The example, completed as README.md says: secrets readable by the hotline group.
cp /etc/hotline/hotline.conf.example /etc/hotline/hotline.conf
for s in db.pass smtp.pass ubnd-tp.pass; do
    echo x >"/etc/hotline/secrets/$s"
done
openssl rand -hex 32 >/etc/hotline/secrets/bounce.key
install -d -m 0755 /etc/hotline/certs
cp "$REPO/tests/data/config/good/ca.pem" /etc/hotline/certs/soxd-ca.pem
chown hotline: /etc/hotline/secrets/* && chmod 0600 /etc/hotline/secrets/*
out="$(cd / && HOTLINE_SOXD_IMAP_PASSWORD=x runuser -u hotline -- \
    /usr/sbin/hotlined --check-config -c /etc/hotline/hotline.conf 2>&1)" ||
    fail "hotlined --check-config on the installed example: $out"
echo "test_install: $out"
out="$(systemd-analyze verify /usr/lib/systemd/system/hotlined.service 2>&1)" ||
    fail "systemd-analyze verify (installed): $out"
[ -z "$out" ] || fail "systemd-analyze verify (installed) complains: $out"
/usr/bin/hotlinectl --help >/dev/null 2>&1 || true

rm -f /etc/hotline/hotline.conf /etc/hotline/secrets/*.pass /etc/hotline/secrets/bounce.key
rm -rf /etc/hotline/certs
dpkg -r hotline >/dev/null || fail "dpkg -r hotline"
installed=0
[ ! -e /usr/sbin/hotlined ] || fail "dpkg -r left /usr/sbin/hotlined"
[ ! -e /usr/share/hotline/rules ] || fail "dpkg -r left /usr/share/hotline/rules"
dpkg -P hotline >/dev/null || fail "dpkg -P hotline"
echo "test_install: package installed, checked and removed"
