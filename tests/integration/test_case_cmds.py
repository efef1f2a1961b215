#!/usr/bin/env python3
"""test_case_cmds: hotlinectl case assign | transfer | resolve | reopen | show
against the real stack.

A corpus mail goes through the daemon and opens a case; then every command is
run and its effect read back from PostgreSQL: the case row, the event it
appended, the outbox rows a transfer queues (and, after a sender pass, the
mail the receiver got).  Every refusal exits 1 with one line and changes
nothing; every usage error exits 2 with one line, even without a database.
The new deadline of reopen --days is computed here from data/holidays.conf,
independently of lib/core/sla.c.  Last line: "N passed, M failed".
"""

import datetime
import email
import email.policy
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

CORPUS = os.path.join(hl.REPO, "tests/data/corpus")
t = hl.Tally("test_case_cmds")
VN = datetime.timezone(datetime.timedelta(hours=7))


def corpus(name):
    with open(os.path.join(CORPUS, name + ".eml"), "rb") as f:
        raw = f.read()
    with open(os.path.join(CORPUS, name + ".json"), encoding="utf-8") as f:
        return raw, json.load(f)


def units():
    return {u["code"]: u for u in hl.units_json()}


def ctl(*args, env=None, conf=None):
    """hotlinectl -c CONF case args...: (exit status, stdout, stderr)."""
    e = dict(os.environ)
    e.pop("SUDO_USER", None)
    e["USER"] = "tester"
    e.update(env or {})
    r = subprocess.run([hl.binary("hotlinectl"), "-c", conf or hl.env("HL_CONF"), "case",
                        *args], capture_output=True, text=True, env=e)
    return r.returncode, r.stdout, r.stderr


def one_line(err):
    return len(err.strip().splitlines()) == 1


def outbox_once():
    r = hl.run([hl.binary("outbox_once"), "-c", hl.env("HL_CONF")], check=False)
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr)
    return r.returncode


def q(sql_text):
    return hl.psql(sql_text)


def case_row(code):
    """The columns the commands may change, as one comparable tuple."""
    return tuple(q(f"select status, unit_code, coalesce(assignee, '~'), "
                   f"coalesce(resolved_at::text, '~'), coalesce(due_at::text, '~'), "
                   f"coalesce(deadline_days, -1), ladder_cycle from cases "
                   f"where code = '{code}'")[0])


def snapshot(code):
    return (case_row(code), hl.sql("select count(*) from events"),
            hl.sql("select count(*) from outbox"))


def last_event(kind):
    """(who hotlinectl said acted: --by, $SUDO_USER, $USER; detail).  The
    event's actor itself is the database role (schema 008): checked too."""
    row = q(f"select declared_by, detail, actor = session_user from events where kind = '{kind}' "
            "order by id desc limit 1")
    if row and row[0][2] != "t":
        t.check(f"event {kind}: the actor is the database role", False, row)
    return (row[0][0], json.loads(row[0][1])) if row else (None, None)


def reset():
    for code in hl.units():
        hl.imap_clear(code)
    hl.reset_db()
    hl.smtp_control({})
    hl.smtp_clear()


# ------------------------------------------------------------------ calendar


def parse_date(s):
    parts = [int(x) for x in s.split("/")]
    return datetime.date(parts[2], parts[1], parts[0])


def load_calendar(path):
    """(fixed {(month, day)}, days off {date}, working Saturdays {date},
    closing minute) from the libconfig calendar, read with regular
    expressions: an independent reading of the data lib/core/sla.c reads."""
    with open(path, encoding="utf-8") as f:
        text = "\n".join(line.split("#", 1)[0] if not line.lstrip().startswith("#") else ""
                         for line in f.read().splitlines())
    close = re.search(r'close\s*=\s*"(\d+):(\d+)"', text)
    close_min = int(close.group(1)) * 60 + int(close.group(2)) if close else 17 * 60
    fixed, off, saturdays = set(), set(), set()
    fixed_part = re.search(r"\bfixed\s*=\s*\((.*?)\);", text, re.S)
    for d, m in re.findall(r'date\s*=\s*"(\d+)/(\d+)"', fixed_part.group(1)):
        fixed.add((int(m), int(d)))
    # Each match belongs to the nearest section keyword before it.
    marks = [(m.start(), m.group(1)) for m in
             re.finditer(r"\b(days_off|working_saturdays)\s*=", text)]

    def section(pos):
        name = None
        for start, what in marks:
            if start < pos:
                name = what
        return name

    for m in re.finditer(r'from\s*=\s*"([\d/]+)"\s*;\s*to\s*=\s*"([\d/]+)"', text):
        a, b = parse_date(m.group(1)), parse_date(m.group(2))
        while a <= b:
            off.add(a)
            a += datetime.timedelta(days=1)
    for m in re.finditer(r'date\s*=\s*"(\d+/\d+/\d{4})"', text):
        (off if section(m.start()) == "days_off" else saturdays).add(parse_date(m.group(1)))
    return fixed, off, saturdays, close_min


def working(cal, d):
    fixed, off, saturdays, _ = cal
    if d in saturdays:
        return True
    if d.weekday() >= 5:
        return False
    return (d.month, d.day) not in fixed and d not in off


def due_after(cal, now, n):
    """Closing time of the n-th working day after the day a request made at
    now (epoch seconds) counts as received."""
    local = datetime.datetime.fromtimestamp(now, VN)
    day = local.date()
    if not working(cal, day) or local.hour * 60 + local.minute >= cal[3]:
        day += datetime.timedelta(days=1)
        while not working(cal, day):
            day += datetime.timedelta(days=1)
    while n > 0:
        day += datetime.timedelta(days=1)
        if working(cal, day):
            n -= 1
    close = datetime.datetime(day.year, day.month, day.day, cal[3] // 60, cal[3] % 60,
                              tzinfo=VN)
    return int(close.timestamp())


def calendar_path():
    with open(hl.env("HL_CONF"), encoding="utf-8") as f:
        m = re.search(r'^calendar\s*=\s*"([^"]+)"', f.read(), re.M)
    path = m.group(1) if m else "data/holidays.conf"
    return path if os.path.isabs(path) else os.path.join(hl.REPO, path)


# ------------------------------------------------------------------ tests


def test_usage(code):
    bad = [
        [], ["frobnicate"], ["show"], ["show", code, "extra"], ["assign", code],
        ["assign", code, "who", "extra"], ["assign", code, ""], ["transfer", code],
        ["resolve"], ["reopen"], ["reopen", code, "--days"], ["reopen", code, "--days", "0"],
        ["reopen", code, "--days", "366"], ["reopen", code, "--days", "7x"],
        ["resolve", code, "--days", "3"], ["assign", code, "x", "--reason", "r"],
        ["transfer", code, "so-tnmt", "--note", "n"], ["resolve", code, "--by", ""],
        ["show", code, "--by", "x"], ["list", "--limit", "0"], ["list", "--bogus"],
    ]
    before = snapshot(code)
    for args in bad:
        rc, out, err = ctl(*args)
        t.check(f"case {' '.join(args) or '(nothing)'}: exit 2, one line",
                rc == 2 and one_line(err) and out == "", (rc, err))
    t.check("usage errors change nothing", snapshot(code) == before)
    # Arguments are checked before the configuration is read.
    rc, _, err = ctl("reopen", code, "--days", "0", conf="/nonexistent/hotline.conf")
    t.check("usage error without a configuration: exit 2", rc == 2 and one_line(err), (rc, err))
    rc, out, _ = ctl("--help")
    t.check("case --help lists the commands", rc == 0 and all(
        f"case {c}" in out for c in ("assign", "transfer", "resolve", "reopen", "show")), out)


def test_not_found():
    missing = "HL-2026-999999"
    for args in (["show", missing], ["assign", missing, "x"], ["transfer", missing, "so-xd"],
                 ["resolve", missing], ["reopen", missing, "--days", "3"]):
        rc, out, err = ctl(*args)
        t.check(f"case {args[0]} of an unknown case: exit 1, one line",
                rc == 1 and one_line(err) and missing in err and out == "", (rc, err))


def test_database_down(code):
    with open(hl.env("HL_CONF"), encoding="utf-8") as f:
        conninfo = re.search(r'conninfo = "([^"]+)"', f.read()).group(1)
    down = re.sub(r"port=\d+", f"port={hl.free_port()}", conninfo)
    conf = hl.variant_config({"database": {"conninfo": down}})
    rc, out, err = ctl("resolve", code, conf=conf)
    t.check("database unreachable: exit 1, one line", rc == 1 and one_line(err)
            and "database" in err.lower(), (rc, err))


def test_assign(code):
    rc, out, err = ctl("assign", code, "Ngo.Thi.Thu@soxaydung.hanoi.example.vn")
    t.check("assign: exit 0", rc == 0, err)
    t.check("assignee set", hl.sql(f"select assignee from cases where code = '{code}'")
            == "Ngo.Thi.Thu@soxaydung.hanoi.example.vn")
    actor, detail = last_event("assigned")
    t.check("event assigned {to, previous: null} by $USER",
            actor == "tester" and detail == {"to": "Ngo.Thi.Thu@soxaydung.hanoi.example.vn",
                                             "previous": None}, (actor, detail))
    rc, out, err = ctl("assign", code, "Phạm Văn Đức", env={"SUDO_USER": "admin"})
    t.check("assign to a name: exit 0", rc == 0, err)
    actor, detail = last_event("assigned")
    t.check("event assigned names the previous assignee, actor $SUDO_USER",
            actor == "admin" and detail == {"to": "Phạm Văn Đức",
                                            "previous": "Ngo.Thi.Thu@soxaydung.hanoi.example.vn"},
            (actor, detail))
    rc, _, _ = ctl("assign", code, "Phạm Văn Đức", "--by", "Trưởng phòng")
    t.check("--by names the actor", rc == 0 and last_event("assigned")[0] == "Trưởng phòng")
    t.check("three assigned events",
            hl.sql("select count(*) from events where kind = 'assigned'") == "3")


def test_transfer_refused(code):
    before = snapshot(code)
    hl.psql("update units set active = false where code = 'so-khdt'")
    for args, says in ((["so-tmnt"], 'unknown unit "so-tmnt" (did you mean "so-tnmt"?)'),
                       (["SO-TNMT"], 'did you mean "so-tnmt"?'),
                       (["so-qwerty"], 'unknown unit "so-qwerty"'),
                       (["so-khdt"], "so-khdt is not active"),
                       (["so-xd"], "already with so-xd")):
        rc, out, err = ctl("transfer", code, *args)
        t.check(f"transfer to {args[0]} refused: exit 1, one line, says {says!r}",
                rc == 1 and one_line(err) and says in err and out == "", (rc, err))
    rc, _, err = ctl("transfer", code, "so-qwerty")
    t.check("no suggestion when nothing is close", "did you mean" not in err, err)
    hl.psql("update units set active = true where code = 'so-khdt'")
    t.check("refused transfers change nothing", snapshot(code) == before)


def expected_notice_rcpt(u, a, b):
    seen = []
    for code in (a, b):
        addrs = [x.lower() for x in u[code]["clerks"]] or [u[code]["feedback_email"].lower()]
        for x in addrs:
            if x not in seen:
                seen.append(x)
    return seen


def pg_array(text):
    return [x for x in text.strip("{}").split(",") if x]


def test_transfer(code, first_msg):
    u = units()
    due_before = hl.sql(f"select due_at from cases where code = '{code}'")
    cycle_before = hl.sql(f"select ladder_cycle from cases where code = '{code}'")
    max_id = int(hl.sql("select coalesce(max(id), 0) from outbox"))
    # Within the transfer deadline (tomorrow).
    hl.psql(f"update cases set transfer_due_at = now() + interval '1 day' where code = '{code}'")
    tdue = int(hl.sql(f"select extract(epoch from transfer_due_at)::bigint from cases "
                      f"where code = '{code}'"))
    rc, out, err = ctl("transfer", code, "so-tnmt", "--reason", "Thuộc thẩm quyền Sở TN&MT",
                       "--by", "lan")
    t.check("transfer so-xd -> so-tnmt: exit 0", rc == 0 and "so-tnmt" in out, (rc, err))
    row = q(f"select unit_code, assignee is null, received_unit, due_at, ladder_cycle "
            f"from cases where code = '{code}'")[0]
    t.check("case now with so-tnmt, unassigned", row[:3] == ["so-tnmt", "t", "so-xd"], row)
    t.check("due date unchanged", row[3] == due_before, (row[3], due_before))
    t.check("ladder cycle unchanged", row[4] == cycle_before)
    actor, detail = last_event("transferred")
    t.check("event transferred", actor == "lan" and detail == {
        "from": "so-xd", "to": "so-tnmt", "reason": "Thuộc thẩm quyền Sở TN&MT",
        "within_deadline": True}, (actor, detail))
    rows = q(f"select kind, unit_code, rcpt, message_id, status, vars from outbox "
             f"where id > {max_id} order by id")
    new_clerks = sorted(x.lower() for x in u["so-tnmt"]["clerks"])
    t.check("the notice and one forward per new clerk queued",
            [r[0] for r in rows] == ["transfer"] + ["forward"] * len(new_clerks), rows)
    want_notice = expected_notice_rcpt(u, "so-xd", "so-tnmt")
    if len(rows) == 1 + len(new_clerks):
        notice, fwd = rows[0], rows[1]
        t.check("transfer notice sent from so-tnmt", notice[1] == "so-tnmt")
        t.check("transfer notice to both units' clerks, lower-case, once each",
                sorted(pg_array(notice[2])) == sorted(want_notice), notice[2])
        t.check("transfer notice carries the first message", notice[3] == first_msg)
        t.check("transfer vars", json.loads(notice[5]) == {
            "from_unit": "so-xd", "to_unit": "so-tnmt", "reason": "Thuộc thẩm quyền Sở TN&MT",
            "by": "lan", "transfer_due_at": tdue, "late": False}, notice[5])
        t.check("forwards from so-tnmt, one to each of its clerks",
                all(f[1] == "so-tnmt" for f in rows[1:]) and
                sorted(a for f in rows[1:] for a in pg_array(f[2])) == new_clerks and
                all(len(pg_array(f[2])) == 1 for f in rows[1:]), rows[1:])
        t.check("forward attaches the first message", fwd[3] == first_msg)
        t.check("both pending", notice[4] == fwd[4] == "pending")
    return want_notice


def test_transfer_late(code):
    # After the deadline: within_deadline false, late true.
    hl.psql(f"update cases set transfer_due_at = now() - interval '1 day' where code = '{code}'")
    tdue = int(hl.sql(f"select extract(epoch from transfer_due_at)::bigint from cases "
                      f"where code = '{code}'"))
    max_id = int(hl.sql("select max(id) from outbox"))
    rc, out, err = ctl("transfer", code, "phuong-cau-giay")
    t.check("late transfer: exit 0, says so", rc == 0 and "after the transfer deadline" in out,
            (rc, out, err))
    actor, detail = last_event("transferred")
    t.check("late transfer event", actor == "tester" and detail == {
        "from": "so-tnmt", "to": "phuong-cau-giay", "reason": None,
        "within_deadline": False}, detail)
    v = hl.sql(f"select vars from outbox where id > {max_id} and kind = 'transfer'")
    t.check("late transfer vars", v and json.loads(v) == {
        "from_unit": "so-tnmt", "to_unit": "phuong-cau-giay", "reason": None, "by": "tester",
        "transfer_due_at": tdue, "late": True}, v)
    # No transfer deadline at all: within it.
    hl.psql(f"update cases set transfer_due_at = null where code = '{code}'")
    # A unit without clerks hears at its feedback address and gets no forward.
    hl.psql("update units set clerks = '{}' where code = 'xa-soc-son'")
    max_id = int(hl.sql("select max(id) from outbox"))
    rc, out, err = ctl("transfer", code, "xa-soc-son")
    t.check("transfer to a unit without clerks: exit 0", rc == 0, err)
    _, detail = last_event("transferred")
    t.check("no transfer deadline counts as within it", detail["within_deadline"] is True)
    rows = q(f"select kind, rcpt, vars from outbox where id > {max_id} order by id")
    u = units()
    want = [x.lower() for x in u["phuong-cau-giay"]["clerks"]] + \
        [u["xa-soc-son"]["feedback_email"].lower()]
    t.check("only the notice, to the old clerks and the new unit's feedback address",
            len(rows) == 1 and rows[0][0] == "transfer" and
            sorted(pg_array(rows[0][1])) == sorted(want), rows)
    t.check("vars transfer_due_at null", rows and json.loads(rows[0][2])["transfer_due_at"]
            is None and json.loads(rows[0][2])["late"] is False)
    hl.psql("update units set clerks = array['motcua@socson.hanoi.example.vn'] "
            "where code = 'xa-soc-son'")


def test_rendered(code, notice_rcpt, first_message_id):
    """The sender's pass over the first transfer's two rows."""
    hl.smtp_clear()
    t.check("sender pass runs", outbox_once() == 0)
    u = units()
    msgs = hl.smtp_messages()
    new_clerks = sorted(x.lower() for x in u["so-tnmt"]["clerks"])
    fwd = [(m, raw) for m, raw in msgs if len(m["rcpt_tos"]) == 1 and m["rcpt_tos"][0] in new_clerks]
    t.check("each of the new unit's clerks got the forward",
            sorted(m["rcpt_tos"][0] for m, _ in fwd) == new_clerks,
            [m["rcpt_tos"] for m, _ in msgs])
    if fwd:
        msg = email.message_from_bytes(fwd[0][1], policy=email.policy.default)
        t.check("forward subject carries the case tag", f"[{code}]" in str(msg["Subject"]))
        t.check("forward is from the new unit", u["so-tnmt"]["feedback_email"] in
                str(msg["From"]), msg["From"])
        parts = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
        t.check("forward has the original attached", len(parts) == 1 and
                str(parts[0].get_content()["Message-ID"]) == first_message_id)
    notice = [(m, raw) for m, raw in msgs if sorted(m["rcpt_tos"]) == sorted(notice_rcpt)]
    t.check("both units' clerks got the transfer notice (needs outbox.c to render "
            "kind 'transfer')", len(notice) == 1,
            hl.psql("select id, kind, status, last_reply from outbox where kind = 'transfer' "
                    "order by id"))
    if notice:
        msg = email.message_from_bytes(notice[0][1], policy=email.policy.default)
        t.check("transfer notice subject carries the case tag", f"[{code}]" in
                str(msg["Subject"]), msg["Subject"])


def test_resolve_reopen(code):
    due_before = hl.sql(f"select due_at from cases where code = '{code}'")
    rc, out, err = ctl("resolve", code, "--note", "Đã nạo vét cống", "--by", "lan")
    t.check("resolve: exit 0", rc == 0, err)
    row = q(f"select status, resolved_at is not null from cases where code = '{code}'")[0]
    t.check("status resolved, resolved_at set", row == ["resolved", "t"], row)
    actor, detail = last_event("resolved")
    t.check("event resolved {note}", actor == "lan" and detail.get("note") == "Đã nạo vét cống",
            detail)
    before = snapshot(code)
    for args, says in ((["resolve", code], "already resolved"),
                       (["transfer", code, "so-xd"], "reopen it first")):
        rc, out, err = ctl(*args)
        t.check(f"{args[0]} of a resolved case refused: exit 1, one line",
                rc == 1 and one_line(err) and says in err, (rc, err))
    t.check("refusals change nothing", snapshot(code) == before)

    rc, out, err = ctl("reopen", code, "--reason", "Công dân phản ánh lại")
    t.check("reopen without --days: exit 0", rc == 0, err)
    row = q(f"select status, resolved_at is null, due_at, ladder_cycle from cases "
            f"where code = '{code}'")[0]
    t.check("open again, resolved_at cleared, deadline and cycle kept",
            row == ["open", "t", due_before, "0"], row)
    actor, detail = last_event("reopened")
    t.check("event reopened {reason, days: null}",
            detail.get("reason") == "Công dân phản ánh lại" and detail.get("days") is None,
            detail)
    before = snapshot(code)
    rc, out, err = ctl("reopen", code, "--days", "5")
    t.check("reopen of an open case refused: exit 1, one line",
            rc == 1 and one_line(err) and "already open" in err, (rc, err))
    t.check("refused reopen changes nothing", snapshot(code) == before)

    # A new deadline over the new year (1/1 is a holiday): computed here from
    # the calendar file.
    cal = load_calendar(calendar_path())
    ctl("resolve", code)
    start = time.time()
    rc, out, err = ctl("reopen", code, "--days", "30", "--reason", "hạn mới")
    end = time.time()
    t.check("reopen --days 30: exit 0", rc == 0, err)
    row = q(f"select extract(epoch from due_at)::bigint, deadline_days, ladder_cycle, status "
            f"from cases where code = '{code}'")[0]
    want = {due_after(cal, start, 30), due_after(cal, end, 30)}
    t.check("due_at is 30 working days from now by the calendar", int(row[0]) in want,
            (row[0], want))
    local = datetime.datetime.fromtimestamp(int(row[0]), VN).strftime("%d/%m/%Y %H:%M")
    t.check("confirmation gives the new due date", local in out, (local, out))
    t.check("deadline_days 30, a new ladder cycle, open", row[1:] == ["30", "1", "open"], row)
    _, detail = last_event("reopened")
    t.check("event reopened {days: 30}", detail.get("days") == 30 and
            detail.get("reason") == "hạn mới", detail)
    return local


def test_other_statuses(code):
    hl.psql(f"update cases set status = 'spam' where code = '{code}'")
    before = snapshot(code)
    for args, says in ((["reopen", code], "spam"), (["transfer", code, "so-xd"],
                                                    "reopen it first")):
        rc, _, err = ctl(*args)
        t.check(f"{args[0]} of a spam case refused: exit 1, one line",
                rc == 1 and one_line(err) and says in err, (rc, err))
    t.check("refusals change nothing", snapshot(code) == before)
    hl.psql(f"update cases set status = 'answered' where code = '{code}'")
    rc, _, err = ctl("reopen", code)
    t.check("an answered case can be reopened",
            rc == 0 and hl.sql(f"select status from cases where code = '{code}'") == "open", err)


def test_show(code, due_local, first_msg):
    hl.psql(f"update cases set citizen_undeliverable = true where code = '{code}'")
    rc, out, err = ctl("show", code)
    t.check("show: exit 0", rc == 0, err)
    for label, value in (("Case", code), ("Status", "open"), ("Unit", "xa-soc-son ("),
                         ("Received by", "so-xd ("), ("Assignee", None), ("Due", due_local),
                         ("Citizen", "undeliverable — phone them")):
        line = re.search(rf"^{re.escape(label)}\s+(.*)$", out, re.M)
        if value is None:
            t.check(f"show: no {label} after a transfer", line is None, line)
        else:
            t.check(f"show: {label} {value}", line and value in line.group(1), line)
    for section in ("Messages:", "Events:", "Outbox:"):
        t.check(f"show: {section}", f"\n{section}\n" in out)
    for kind in ("received", "classified", "assigned", "transferred", "resolved", "reopened"):
        t.check(f"show lists event {kind}", re.search(rf"\s{kind}\s", out))
    t.check("show lists the message", re.search(rf"^\s+{first_msg}\s+\d\d/\d\d/\d{{4}}", out,
                                                re.M))
    ids = [r[0] for r in q("select o.id from outbox o join cases c on c.id = o.case_id "
                           f"where c.code = '{code}' and o.kind = 'transfer'")]
    t.check("show lists the outbox rows", ids and all(
        re.search(rf"^\s+{i}\s+transfer\s", out, re.M) for i in ids), ids)


def main():
    hl.env()
    try:
        reset()
        raw, side = corpus("009-ngap-ung-nguyen-khanh-toan")
        hl.imap_append(side["to_unit"], raw)
        rc, log = hl.run_daemon_once(capture=True)
        t.check("intake of a corpus mail", rc == 0, log[-500:])
        code = hl.sql("select code from cases")
        first_msg = hl.sql("select min(id) from messages")
        t.check("one case opened with so-xd", code and
                hl.sql("select unit_code from cases") == "so-xd")
        if not code:
            return t.summary()
        test_usage(code)
        test_not_found()
        test_database_down(code)
        test_assign(code)
        test_transfer_refused(code)
        notice_rcpt = test_transfer(code, first_msg)
        test_rendered(code, notice_rcpt, side["message_id"])
        test_transfer_late(code)
        due_local = test_resolve_reopen(code)
        test_other_statuses(code)
        test_show(code, due_local, first_msg)
    finally:
        hl.smtp_control({})
        hl.stop_all_daemons()
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
