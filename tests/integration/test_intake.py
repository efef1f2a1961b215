#!/usr/bin/env python3
"""Intake against the real stack (PostgreSQL, Dovecot over IMAPS, scripts/stack.sh).

Each test starts from empty mailboxes and an empty database, drives the real
hotlined and hotlinectl binaries, and checks what the servers hold afterwards:
N messages appended -> N cases, every message in Processed, nothing doubled
across kill -9, a broken mailbox never stalls the others, an untrusted
certificate is refused, a database restart loses nothing.
"""
import email.utils
import glob
import json
import os
import random
import re
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402  (the stack helpers: env, psql, IMAP, daemon control)

CORPUS = os.path.join(hl.REPO, "tests", "data", "corpus")
results = {"passed": 0, "failed": 0}


def check(cond, what):
    if cond:
        results["passed"] += 1
    else:
        results["failed"] += 1
        print(f"FAIL: {what}", flush=True)
    return cond


def feedback(i, unit="so-xd"):
    """A citizen's mail, distinct bytes for every i."""
    subj = f"Phản ánh ngập úng ngõ {i} đường Nguyễn Khánh Toàn"
    body = (f"Kính gửi {unit},\r\n\r\nNgõ {i} bị ngập sâu 40cm sau mỗi trận mưa, "
            f"nước tràn vào nhà dân.\r\nĐề nghị kiểm tra cống thoát nước.\r\n\r\n"
            f"Nguyễn Văn {i}\r\n")
    return ("From: =?UTF-8?B?Tmd1eeG7hW4gVsSDbiBB?= <citizen%d@example.com>\r\n"
            "To: phananh@%s.example.vn\r\n"
            "Subject: %s\r\n"
            "Date: %s\r\n"
            "Message-ID: <t%d.%d@example.com>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n%s"
            % (i, unit, hl.encode_subject(subj), email.utils.formatdate(), i,
               random.randrange(1 << 30), body)).encode("utf-8")


def reset():
    hl.stop_all_daemons()
    hl.reset_db()
    for unit in hl.units():
        hl.imap_clear(unit)


def test_n_messages_n_cases():
    reset()
    corpus = sorted(f for f in os.listdir(CORPUS) if f.endswith(".eml"))
    hl.imap_append("so-xd", [feedback(i) for i in range(40)])
    for name in corpus[:12]:
        with open(os.path.join(CORPUS, name), "rb") as f:
            hl.imap_append("so-tp", [f.read()])
    rc = hl.run_daemon_once()
    check(rc == 0, f"hotlined --once exit status {rc}")
    check(hl.sql("SELECT count(*) FROM messages") == "52", "52 messages stored")
    check(hl.sql("SELECT count(*) FROM cases WHERE received_unit = 'so-xd'") == "40",
          "40 cases from so-xd")
    check(hl.imap_count("so-xd", "INBOX") == 0, "so-xd inbox emptied")
    check(hl.imap_count("so-xd", "Processed") == 40, "40 in so-xd Processed")
    check(hl.imap_count("so-tp", "Processed") == 12, "12 in so-tp Processed")
    # raw bytes exactly as received
    raw = hl.sql("SELECT encode(raw, 'hex') FROM messages m JOIN mailboxes b ON b.id = "
                 "m.mailbox_id WHERE b.unit_code = 'so-tp' ORDER BY uid LIMIT 1")
    with open(os.path.join(CORPUS, corpus[0]), "rb") as f:
        first = f.read()
    check(bytes.fromhex(raw) == first.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
          or bytes.fromhex(raw) == first, "raw bytes stored as received")
    # Vietnamese intact and the case list shows it
    out = hl.ctl("case", "list", "--unit", "so-xd", "--limit", "100")
    check("Phản ánh ngập úng" in out, "case list shows decoded Vietnamese subject")
    code = hl.sql("SELECT code FROM cases ORDER BY id LIMIT 1")
    check(re.fullmatch(r"HL-20\d\d-\d{6}", code or "") is not None, f"case code {code}")
    show = hl.ctl("case", "show", code)
    check("received" in show and "classified" in show, "case show lists its events")
    # a second pass finds nothing new
    check(hl.run_daemon_once() == 0, "second pass ok")
    check(hl.sql("SELECT count(*) FROM messages") == "52", "second pass stores nothing more")
    status = hl.ctl("mailbox", "status")
    check("so-xd" in status, "mailbox status lists so-xd")


def test_idle_picks_up_within_seconds():
    reset()
    d = hl.start_daemon()
    try:
        hl.wait_until(lambda: hl.sql("SELECT count(*) FROM mailboxes WHERE owner IS NOT NULL")
                      == str(len(hl.units())), 30, "all mailboxes served")
        time.sleep(1)
        t0 = time.time()
        hl.imap_append("so-gtvt", [feedback(9001, "so-gtvt")])
        ok = hl.wait_until(lambda: hl.sql("SELECT count(*) FROM cases") == "1", 10)
        elapsed = time.time() - t0
        check(ok, "a message appended to a running daemon becomes a case")
        check(elapsed < 3.0, f"picked up by IDLE in {elapsed:.2f} s (< 3 s)")
    finally:
        before = len(d.log())
        rc = hl.stop_daemon(d)
    # Every mailbox was in IDLE: a clean stop closes them without a word.
    said = re.findall(r"^\S+ (?:warning|error): .*$", d.log()[before:], re.M)
    check(rc == 0 and not said, f"a clean stop logs no warning or error (exit {rc}): {said[:3]}")


def test_kill9_midway_loses_and_doubles_nothing():
    reset()
    n = 900
    hl.imap_append("so-xd", [feedback(i) for i in range(n)])
    kills = 0
    for attempt in range(4):
        d = hl.start_daemon()
        target = (attempt + 1) * n // 5
        hl.wait_until(lambda: int(hl.sql("SELECT count(*) FROM messages")) >= target, 60)
        # land somewhere inside a batch: a random few milliseconds later
        time.sleep(random.uniform(0.0, 0.08))
        d.send_signal(signal.SIGKILL)
        d.wait()
        kills += 1
    d = hl.start_daemon()
    try:
        done = hl.wait_until(lambda: hl.imap_count("so-xd", "INBOX") == 0
                             and hl.sql("SELECT count(*) FROM messages") == str(n), 120)
        check(done, "after %d kill -9, every message was ingested" % kills)
    finally:
        hl.stop_daemon(d)
    check(hl.sql("SELECT count(*) FROM messages") == str(n), f"exactly {n} messages")
    check(hl.sql("SELECT count(*) FROM cases") == str(n), f"exactly {n} cases")
    check(hl.sql("SELECT count(DISTINCT message_id) FROM messages") == str(n),
          "no message stored twice")
    check(hl.imap_count("so-xd", "Processed") == n, f"all {n} in Processed")
    check(hl.imap_count("so-xd", "INBOX") == 0, "inbox empty")


def test_broken_mailboxes_do_not_stall_others():
    reset()
    conf = hl.variant_config({
        "so-tp": {"password_file": hl.write_secret("wrong.pass", "not-the-password")},
        "so-tnmt": {"port": hl.free_port()},
    })
    hl.imap_append("ca-tp", [feedback(i, "ca-tp") for i in range(5)])
    hl.imap_append("so-tp", [feedback(i, "so-tp") for i in range(3)])
    d = hl.start_daemon(conf)
    try:
        ok = hl.wait_until(lambda: hl.sql("SELECT count(*) FROM cases") == "5", 20)
        check(ok, "healthy mailbox flows while two others fail")
        hl.wait_until(lambda: hl.sql("SELECT count(*) FROM mailboxes WHERE last_error IS NOT "
                                     "NULL") == "2", 20)
        err_tp = hl.sql("SELECT last_error FROM mailboxes WHERE unit_code = 'so-tp'") or ""
        err_tnmt = hl.sql("SELECT last_error FROM mailboxes WHERE unit_code = 'so-tnmt'") or ""
        check("login" in err_tp.lower() or "auth" in err_tp.lower(),
              f"so-tp error names the login: {err_tp!r}")
        check(err_tnmt != "", f"so-tnmt error recorded: {err_tnmt!r}")
        status = hl.ctl("-c", conf, "mailbox", "status", config=False)
        check("so-tp" in status and "so-tnmt" in status, "mailbox status shows the failures")
        check("not-the-password" not in hl.daemon_log(d), "password never logged")
    finally:
        hl.stop_daemon(d)
    check(hl.imap_count("so-tp", "INBOX") == 3, "so-tp mail untouched while login fails")


def test_untrusted_certificate_refused():
    reset()
    conf = hl.variant_config({"so-tp": {"port": int(hl.env("HL_IMAPS_UNTRUSTED_PORT"))}},
                             only=["so-tp"])
    rc, out = hl.run_daemon_once(conf, capture=True)
    check(rc != 0, "one pass against an untrusted certificate fails")
    check(re.search(r"certif|trust|verif", out, re.I) is not None,
          "the error says the certificate is not trusted")
    err = hl.sql("SELECT last_error FROM mailboxes WHERE unit_code = 'so-tp'") or ""
    check(re.search(r"certif|trust|verif", err, re.I) is not None,
          f"mailbox health records the TLS failure: {err!r}")


def test_database_restart_loses_nothing():
    reset()
    hl.imap_append("so-xd", [feedback(i) for i in range(30)])
    d = hl.start_daemon()
    try:
        hl.wait_until(lambda: hl.sql("SELECT count(*) FROM cases") == "30", 30)
        hl.stack("pg-restart")
        hl.imap_append("so-xd", [feedback(100 + i) for i in range(30)])
        ok = hl.wait_until(lambda: hl.sql("SELECT count(*) FROM cases") == "60", 90)
        check(ok, "after a PostgreSQL restart the daemon reconnects and stores new mail")
    finally:
        hl.stop_daemon(d)
    check(hl.sql("SELECT count(DISTINCT message_id) FROM messages") == "60", "no duplicates")
    check(hl.imap_count("so-xd", "Processed") == 60, "all 60 moved")


def test_two_daemons_share_and_take_over():
    reset()
    a = hl.start_daemon(owner="daemon-a")
    time.sleep(2)
    b = hl.start_daemon(owner="daemon-b")
    try:
        hl.imap_append("so-xd", [feedback(i) for i in range(200)])
        hl.wait_until(lambda: hl.sql("SELECT count(*) FROM cases") == "200", 60)
        owner = hl.sql("SELECT owner FROM mailboxes WHERE unit_code = 'so-xd'")
        check(owner in ("daemon-a", "daemon-b"), f"one owner: {owner}")
        victim, survivor = (a, b) if owner == "daemon-a" else (b, a)
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        hl.imap_append("so-xd", [feedback(1000 + i) for i in range(50)])
        ok = hl.wait_until(lambda: hl.sql("SELECT count(*) FROM cases") == "250", 90)
        check(ok, "the surviving daemon takes over the dead one's mailbox")
        new_owner = hl.sql("SELECT owner FROM mailboxes WHERE unit_code = 'so-xd'")
        check(new_owner != owner, f"ownership moved from {owner} to {new_owner}")
    finally:
        hl.stop_daemon(a)
        hl.stop_daemon(b)
    check(hl.sql("SELECT count(DISTINCT message_id) FROM messages") == "250",
          "two daemons never store a message twice")


def test_bad_config_and_schema_version():
    bad = os.path.join(hl.env("HL_RUN"), "bad.conf")
    with open(hl.env("HL_CONF"), encoding="utf-8") as f:
        text = f.read()
    text = text.replace("case_prefix", "case_prefx", 1)
    with open(bad, "w", encoding="utf-8") as f:
        f.write(text)
    p = subprocess.run([hl.binary("hotlined"), "--check-config", "-c", bad],
                       capture_output=True, text=True)
    check(p.returncode == 78, f"bad config exits 78 (got {p.returncode})")
    check(re.search(re.escape(bad) + r":\d+: .*case_prefx", p.stderr) is not None,
          f"bad config reported as FILE:LINE: {p.stderr.strip()[:200]!r}")
    p = subprocess.run([hl.binary("hotlined"), "--bogus"], capture_output=True, text=True)
    check(p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1,
          "a bad argument gets one line and exit 2")
    hl.sql("INSERT INTO schema_version (version, name) VALUES (999, 'future')")
    try:
        rc, out = hl.run_daemon_once(capture=True)
        check(rc != 0 and "schema version 999" in out and "migrate" in out,
              "daemon refuses a database at another schema version, saying which")
    finally:
        hl.sql("DELETE FROM schema_version WHERE version = 999")


def test_replies_join_their_case():
    reset()
    with open(os.path.join(CORPUS, "001-so-do-cham-8-thang.eml"), "rb") as f:
        hl.imap_append("so-tnmt", [f.read()])
    check(hl.run_daemon_once() == 0, "first pass")
    code = hl.sql("SELECT code FROM cases")
    citizen = hl.sql("SELECT citizen_address FROM cases")
    clerk = hl.units_json()[[u["code"] for u in hl.units_json()].index("so-tnmt")]["clerks"][0]

    def mail(frm, subject, body="Tôi xin bổ sung thêm thông tin.", mid=None,
             to="phananh@sotnmt.hanoi.example.vn"):
        return ("From: %s\r\nTo: %s\r\nSubject: %s\r\n"
                "Message-ID: <%s@example.com>\r\nMIME-Version: 1.0\r\n"
                "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit"
                "\r\n\r\n%s\r\n" % (frm, to, hl.encode_subject(subject),
                                        mid or random.random(), body)).encode("utf-8")

    # The clerk answers at the reply address of the forward they were sent.
    reply_to, _ = hl.clerk_forward(code, clerk)

    hl.imap_append("so-tnmt", [
        mail(citizen, f"Re: TL: [{code}] Sổ đỏ chậm"),
        mail(clerk, f"RE: {code.lower()}", to=reply_to),
        mail("nguoi.la@example.net", f"Fwd: [{code}]"),
        mail(citizen, "Không có mã ở tiêu đề", body=f"Xin bổ sung.\n[Mã phản ánh: {code}]"),
        mail(citizen, "Re: [HL-2026-999999] mã không tồn tại"),
    ])
    check(hl.run_daemon_once() == 0, "second pass")
    check(hl.sql("SELECT count(*) FROM cases") == "2",
          "replies open no case; an unknown code opens a new one")
    roles = [r[0] for r in hl.psql(
        "SELECT disposition FROM messages m JOIN cases c ON c.id = m.case_id "
        f"WHERE c.code = '{code}' ORDER BY m.uid")]
    check(roles == ["new_case", "reply_citizen", "reply_clerk", "reply_stranger",
                    "reply_citizen"], f"messages joined with their sender's role: {roles}")
    kinds = [r[0] for r in hl.psql(
        "SELECT e.kind FROM events e JOIN cases c ON c.id = e.case_id "
        f"WHERE c.code = '{code}' ORDER BY e.id")]
    check("clerk_reply" in kinds and "stranger_mail" in kinds,
          f"the audit trail names the reply kinds: {kinds}")
    check(hl.sql(f"SELECT flagged FROM cases WHERE code = '{code}'") == "t",
          "a stranger quoting the case flags it")


def test_corpus_stored_as_it_reads():
    """The whole corpus, each mail in its unit's mailbox, in one pass: every
    mail stored once with its decoded subject and sender, a case exactly for
    those that should open one (routed to the responsible unit), every
    attachment stored with its name and sha256, and within a mailbox the
    case numbers follow the UIDs (intake stores a batch's new cases in one
    statement)."""
    reset()
    sides = {}
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.json"))):
        with open(path, encoding="utf-8") as f:
            side = json.load(f)
        if not isinstance(side, dict):
            continue
        with open(path[:-len(".json")] + ".eml", "rb") as f:
            raw = f.read()
        if not raw or b"\0" in raw:
            continue  # Dovecot refuses empty mail and NUL bytes; unit tests cover them
        hl.imap_append(side["to_unit"], [raw])
        sides[os.path.basename(path)] = side
    check(hl.run_daemon_once() == 0, "one pass over the corpus")
    check(hl.sql("SELECT count(*) FROM messages") == str(len(sides)),
          f"{len(sides)} mails stored once each")
    for name, side in sides.items():
        mid = side.get("message_id")
        if not mid:
            continue
        rows = hl.psql("SELECT coalesce(m.subject, ''), coalesce(m.from_address, ''), "
                       "coalesce(c.unit_code, ''), m.id FROM messages m "
                       "LEFT JOIN cases c ON c.id = m.case_id "
                       f"WHERE m.message_id = '{mid}'")
        if not check(len(rows) == 1, f"{name}: stored once ({len(rows)})"):
            continue
        subject, sender, unit, msg_id = rows[0]
        if side.get("subject") is not None:
            check(subject == side["subject"], f"{name}: subject {subject!r}")
        if side["from"].get("address"):
            check(sender.lower() == side["from"]["address"].lower(), f"{name}: sender {sender}")
        if side["kind"] == "new_case":
            check(unit == side["responsible_unit"],
                  f"{name}: case for {side['responsible_unit']}, got {unit!r}")
        elif side["kind"] in ("auto_reply", "bounce", "mailing_list", "spam"):
            check(unit == "", f"{name}: {side['kind']} opens no case")
        atts = hl.psql("SELECT coalesce(filename, ''), sha256 FROM attachments "
                       f"WHERE message_id = {msg_id} ORDER BY position")
        want = [[a["filename"] or "", a["sha256"]] for a in side.get("attachments", [])]
        check(atts == want, f"{name}: attachments {atts} (want {want})")
    # New mail naming no case is numbered in UID order; a reply naming a case
    # that does not exist opens one too, but after the batch's new mail.
    fresh = {side["message_id"] for side in sides.values()
             if side["kind"] == "new_case" and not side.get("case_ref")}
    rows = hl.psql("SELECT m.mailbox_id, m.uid, c.code, m.message_id FROM messages m "
                   "JOIN cases c ON c.id = m.case_id ORDER BY m.mailbox_id, m.uid")
    rows = [r for r in rows if r[3] in fresh]
    late = [(a[2], b[2]) for a, b in zip(rows, rows[1:]) if a[0] == b[0] and a[2] > b[2]]
    check(len(rows) > 40 and not late, f"case numbers follow the UIDs: {len(rows)} cases, {late}")


def test_machine_mail_opens_no_case():
    reset()
    names = ["047-tu-dong-tra-loi-outlook.eml", "048-tra-loi-tu-dong-x-autoreply.eml",
             "049-bao-loi-gui-ack-dsn.eml", "050-ban-tin-cai-cach-hanh-chinh.eml"]
    for n in names:
        with open(os.path.join(CORPUS, n), "rb") as f:
            hl.imap_append("so-tp", [f.read()])
    check(hl.run_daemon_once() == 0, "pass over machine mail")
    check(hl.sql("SELECT count(*) FROM messages") == "4", "all four stored")
    check(hl.sql("SELECT count(*) FROM cases") == "0", "none opens a case")
    disp = sorted(r[0] for r in hl.psql("SELECT disposition FROM messages"))
    check(disp == ["auto_reply", "auto_reply", "bounce", "list"], f"dispositions {disp}")
    check(hl.imap_count("so-tp", "Processed") == 4, "all four moved to Processed")


TESTS = [
    test_corpus_stored_as_it_reads,
    test_replies_join_their_case,
    test_machine_mail_opens_no_case,
    test_bad_config_and_schema_version,
    test_n_messages_n_cases,
    test_idle_picks_up_within_seconds,
    test_broken_mailboxes_do_not_stall_others,
    test_untrusted_certificate_refused,
    test_kill9_midway_loses_and_doubles_nothing,
    test_database_restart_loses_nothing,
    test_two_daemons_share_and_take_over,
]

if __name__ == "__main__":
    only = sys.argv[1:]
    for t in TESTS:
        if only and t.__name__ not in only:
            continue
        print(f"== {t.__name__}", flush=True)
        try:
            t()
        except Exception as e:  # a crashed test is a failed test, the others still run
            import traceback
            traceback.print_exc()
            check(False, f"{t.__name__} raised {e!r}")
        finally:
            hl.stop_all_daemons()
    print(f"{results['passed']} passed, {results['failed']} failed")
    sys.exit(1 if results["failed"] else 0)
