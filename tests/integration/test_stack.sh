#!/usr/bin/env bash
# test_stack: the test stack itself works (scripts/stack.sh start must have
# run): every other integration test relies on these facts.
set -u
. "$(dirname "$0")/lib.sh"

check_sql() {
    [ "$(hl_psql "select current_user || ':' || current_setting('fsync')")" = "hotline:on" ]
}
hl_check "psql connects as hotline with the password file, fsync on" check_sql

wrong_password_refused() {
    local f rc=0
    f="$(mktemp)"
    chmod 600 "$f"
    printf '127.0.0.1:%s:*:hotline:wrong\n' "$HL_PG_PORT" >"$f"
    if PGPASSFILE="$f" psql -X -w -Atc 'select 1' >/dev/null 2>&1; then
        rc=1
    fi
    rm -f "$f"
    return $rc
}
hl_check "a wrong database password is refused" wrong_password_refused

secrets_private() {
    local f
    for f in "$HL_SECRETS"/*.pass; do
        [ "$(stat -c %a "$f")" = 600 ] || return 1
    done
    [ -s "$HL_SECRETS/db.pass" ]
}
hl_check "secrets exist and are mode 0600" secrets_private

conf_lists_units() {
    local code
    for code in $HL_UNITS; do
        grep -q "user = \"$code\";" "$HL_CONF" || return 1
        [ -s "$HL_SECRETS/$code.pass" ] || return 1
    done
    grep -q "port = $HL_SMTP_PORT; tls = \"starttls\"" "$HL_CONF"
}
hl_check "hotline.conf has a mailbox for every unit and the SMTP port" conf_lists_units

# py_check: runs the Python on stdin with hl imported and e = the stack env.
py_check() {
    local code
    code="$(cat)"
    python3 -c "
import imaplib, os, ssl, sys
sys.path.insert(0, '$HL_REPO/tests/integration')
import hl
e = hl.env()
$code
"
}

imaps_verifies() {
    py_check <<'PY'
m = hl.imap_connect("so-xd")
caps = m.capability()[1][0].decode().split()
assert {"IDLE", "MOVE", "UIDPLUS"} <= set(caps), caps
typ, folders = m.list()
assert any(b"Processed" in f for f in folders), folders
m.logout()
PY
}
hl_check "IMAPS login verifies against the test CA; IDLE MOVE UIDPLUS; Processed exists" \
    imaps_verifies

wrong_password_imap() {
    py_check <<'PY'
ctx = ssl.create_default_context(cafile=e["HL_CA"])
m = imaplib.IMAP4_SSL("127.0.0.1", int(e["HL_IMAPS_PORT"]), ssl_context=ctx)
try:
    m.login("so-xd", "not-the-password")
    sys.exit("a wrong password was accepted")
except imaplib.IMAP4.error:
    pass
PY
}
hl_check "IMAP login with a wrong password is refused" wrong_password_imap

untrusted_refused() {
    py_check <<'PY'
ctx = ssl.create_default_context(cafile=e["HL_CA"])
try:
    imaplib.IMAP4_SSL("127.0.0.1", int(e["HL_IMAPS_UNTRUSTED_PORT"]), ssl_context=ctx)
    sys.exit("the untrusted certificate was accepted")
except ssl.SSLCertVerificationError:
    pass
# The same listener with its own CA works: the refusal above is about trust,
# not a dead port.
m = hl.imap_connect("so-xd", port=e["HL_IMAPS_UNTRUSTED_PORT"], cafile=e["HL_UNTRUSTED_CA"])
m.logout()
PY
}
hl_check "the untrusted listener fails verification with the test CA" untrusted_refused

starttls_works() {
    py_check <<'PY'
m = imaplib.IMAP4("127.0.0.1", int(e["HL_IMAP_PORT"]))
assert "STARTTLS" in m.capabilities, m.capabilities
m.starttls(ssl.create_default_context(cafile=e["HL_CA"]))
m.login("so-xd", hl.secret("so-xd"))
m.logout()
PY
}
hl_check "plain IMAP port offers STARTTLS, verified against the test CA" starttls_works

append_and_count() {
    py_check <<'PY'
hl.imap_clear("thanh-tra")
uid = hl.imap_append("thanh-tra", b"From: a@example.com\r\nSubject: stack test\r\n\r\nxin ch\xc3\xa0o\r\n")
assert uid is not None and uid in hl.imap_uids("thanh-tra"), uid
assert hl.imap_count("thanh-tra") == 1
hl.imap_clear("thanh-tra")
assert hl.imap_count("thanh-tra") == 0
PY
}
hl_check "APPEND returns a UID (UIDPLUS), counts and clearing work" append_and_count

smtp_stores() {
    py_check <<'PY'
import smtplib
hl.smtp_control({})
before = hl.smtp_count()
s = smtplib.SMTP("127.0.0.1", int(e["HL_SMTP_PORT"]), timeout=10)
s.starttls(context=ssl.create_default_context(cafile=e["HL_CA"]))
s.sendmail("hotline@test.example", ["dan@example.com"],
           "Subject: =?utf-8?q?th=E1=BB=AD?=\r\n\r\nNội dung\r\n".encode(),
           mail_options=["SMTPUTF8", "BODY=8BITMIME"])
hl.wait_until(lambda: hl.smtp_count() == before + 1, 10, "the message stored")
meta, raw = hl.smtp_messages()[-1]
assert meta["mail_from"] == "hotline@test.example", meta
assert meta["rcpt_tos"] == ["dan@example.com"], meta
assert meta["tls"] is True, meta
assert raw.startswith(b"X-Envelope-From: <hotline@test.example>\r\n"
                      b"X-Envelope-To: <dan@example.com>\r\n"), raw[:120]
assert "Nội dung".encode() in raw, raw
# Failures on demand: 550 for one recipient, 450 once for another.
hl.smtp_control({"RCPT:bad@example.com": 550,
                 "RCPT:later@example.com": {"code": 450, "times": 1}})
try:
    s.sendmail("hotline@test.example", ["bad@example.com"], b"Subject: x\r\n\r\nx\r\n")
    sys.exit("550 not applied")
except smtplib.SMTPRecipientsRefused as exc:
    assert exc.recipients["bad@example.com"][0] == 550, exc.recipients
try:
    s.sendmail("hotline@test.example", ["later@example.com"], b"Subject: x\r\n\r\nx\r\n")
    sys.exit("450 not applied")
except smtplib.SMTPRecipientsRefused as exc:
    assert exc.recipients["later@example.com"][0] == 450, exc.recipients
s.sendmail("hotline@test.example", ["later@example.com"], b"Subject: x\r\n\r\nx\r\n")
s.quit()
hl.smtp_control({})
assert hl.smtp_count() == before + 2, hl.smtp_count()
PY
}
hl_check "SMTP receiver stores a sent message (STARTTLS) and fails on demand" smtp_stores

pg_restart_keeps_data() {
    hl_psql "create table stack_probe(x int); insert into stack_probe values (42)" \
        >/dev/null || return 1
    hl_stack pg-restart || return 1
    local x
    x="$(hl_psql 'select x from stack_probe')"
    hl_psql "drop table stack_probe" >/dev/null
    [ "$x" = 42 ]
}
hl_check "pg-restart keeps the data and the port" pg_restart_keeps_data

hl_summary
