#!/usr/bin/env python3
"""hotlinectl report on the real stack.

Part 1: corpus mail through hotlined, cases put into known states (answered
on time, late, overdue, resolved, escalated, transferred with hotlinectl case
transfer, received before the period), then the per-unit figures checked in
JSON and in the table, and bad arguments refused in one line.

Part 2: hand-built cases inserted with known timestamps (November 2026, no
holiday in it or in October), the report judged at a fixed --now, and every
figure checked: by channel and kind, on time / late / overdue, transfers and
late transfers, escalations, undeliverable, medians and 90th percentiles in
hours and working days, topics, hotspots, weeks, ranking, the overdue list
with ages, --unit --rollup, --compare; then the same report as CSV (read back
with the csv module) and HTML (parsed with html.parser: well-formed, escaped,
self-contained, one <svg> per chart, every unit's row).

    HL_STACK_ENV=... HL_BUILD_DIR=... python3 tests/integration/test_report.py

Last line: "N passed, M failed".
"""

import csv
import glob
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

CORPUS = os.path.join(hl.REPO, "tests/data/corpus")
t = hl.Tally("test_report")


def report(*args):
    r = subprocess.run([hl.binary("hotlinectl"), "-c", hl.env("HL_CONF"), "report", *args],
                       capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def pick(unit, n):
    """n corpus mails that open a case for unit, from distinct senders."""
    out, senders = [], set()
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.json"))):
        with open(path, encoding="utf-8") as f:
            side = json.load(f)
        if (not isinstance(side, dict) or side.get("kind") != "new_case"
                or side.get("to_unit") != unit or side.get("responsible_unit") != unit
                or side.get("case_ref") or side["from"]["address"] in senders):
            continue
        senders.add(side["from"]["address"])
        with open(path[:-len(".json")] + ".eml", "rb") as f:
            out.append((f.read(), side))
        if len(out) == n:
            break
    return out


def code_of(side):
    return hl.sql("SELECT c.code FROM cases c JOIN messages m ON m.case_id = c.id "
                  f"WHERE m.message_id = '{side['message_id']}'")


def main():
    hl.env()
    for code in hl.units():
        hl.imap_clear(code)
    hl.reset_db()
    xd, cg = pick("so-xd", 4), pick("phuong-cau-giay", 2)
    t.check("corpus has the mail this test needs", len(xd) == 4 and len(cg) == 2)
    for raw, side in xd:
        hl.imap_append("so-xd", raw)
    for raw, side in cg:
        hl.imap_append("phuong-cau-giay", raw)
    rc, out = hl.run_daemon_once(capture=True)
    t.check("intake", rc == 0, out[-400:])
    a, b, c, f = (code_of(s) for _, s in xd)
    d, e = (code_of(s) for _, s in cg)
    t.check("six cases", all([a, b, c, d, e, f]), [a, b, c, d, e, f])

    def upd(code, sets):
        hl.sql(f"UPDATE cases SET {sets} WHERE code = '{code}'")

    # a: answered 5 h after receipt, before the due date, and escalated once.
    upd(a, "due_at = created_at + interval '3 days', first_response_at = created_at + "
        "interval '5 hours', status = 'answered'")
    hl.sql("INSERT INTO ladder_steps (case_id, cycle, unit_code, step, fired_at) SELECT id, 0, "
           f"'so-xd', 'head', now() FROM cases WHERE code = '{a}'")
    # b: answered after 50 h, past its due date (24 h).
    upd(b, "due_at = created_at + interval '24 hours', first_response_at = created_at + "
        "interval '50 hours', status = 'answered'")
    # c: no answer, due yesterday: overdue.  A reminder is no escalation.
    upd(c, "due_at = now() - interval '1 day'")
    hl.sql("INSERT INTO ladder_steps (case_id, cycle, unit_code, step, fired_at) SELECT id, 0, "
           f"'so-xd', 'reminder', now() FROM cases WHERE code = '{c}'")
    # f: received 60 days ago: outside the default period of 30 days.
    upd(f, "created_at = now() - interval '60 days', due_at = now() + interval '1 day'")
    # d: answered in 3 h and resolved; e: transferred to another ward.
    upd(d, "due_at = created_at + interval '3 days', first_response_at = created_at + "
        "interval '3 hours', status = 'resolved', resolved_at = now()")
    upd(e, "due_at = now() + interval '5 days'")
    r = subprocess.run([hl.binary("hotlinectl"), "-c", hl.env("HL_CONF"), "case", "transfer", e,
                        "phuong-ba-dinh", "--reason", "địa bàn phường Ba Đình", "--by", "test"],
                       capture_output=True, text=True)
    t.check("case transfer", r.returncode == 0, r.stderr)

    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date()
    last30 = ("--from", (today - datetime.timedelta(days=29)).isoformat(), "--to",
              today.isoformat())
    rc, out, err = report("--json")
    doc = json.loads(out) if rc == 0 else {}
    first = today.replace(day=1)
    prev_last = first - datetime.timedelta(days=1)
    t.check("default period: the last full month",
            doc.get("to") == prev_last.isoformat()
            and doc.get("from") == prev_last.replace(day=1).isoformat(), doc.get("from"))
    rc, out, err = report("--json", *last30)
    t.check("report --json: exit 0", rc == 0, err)
    try:
        doc = json.loads(out)
    except ValueError:
        doc = {"units": []}
        t.check("report --json is JSON", False, out[:300])
    rows = {u["unit"]: u for u in doc["units"]}
    t.check("every unit and a TOTAL row", sorted(rows) == sorted(hl.units() + ["TOTAL"]),
            sorted(rows))
    want = {
        "so-xd": dict(received=3, answered=2, on_time=1, late=1, overdue=1, resolved=0,
                      escalated=1, transferred=0, median_response_h=27.5, on_time_pct=33),
        "phuong-cau-giay": dict(received=1, answered=1, on_time=1, late=0, overdue=0,
                                resolved=1, escalated=0, transferred=1, median_response_h=3.0,
                                on_time_pct=100),
        "phuong-ba-dinh": dict(received=1, answered=0, overdue=0, transferred=0,
                               median_response_h=None, on_time_pct=None),
        "ca-tp": dict(received=0, answered=0, on_time_pct=None),
        "TOTAL": dict(received=5, answered=3, on_time=2, late=1, overdue=1, resolved=1,
                      escalated=1, transferred=1, on_time_pct=50),
    }
    for unit, fields in want.items():
        got = {k: rows.get(unit, {}).get(k) for k in fields}
        t.check(f"{unit}: {fields}", got == fields, got)
    t.check("units carry name and parent", rows.get("so-xd", {}).get("parent") == "ubnd-tp"
            and rows["so-xd"].get("name"), rows.get("so-xd"))

    since = (today - datetime.timedelta(days=61)).isoformat()
    rc, out, err = report("--json", "--from", since, "--unit", "so-xd")
    one = json.loads(out)["units"] if rc == 0 else []
    t.check("--from 61 days back takes in the older case; --unit keeps one row and TOTAL",
            [(u["unit"], u["received"]) for u in one] == [("so-xd", 4), ("TOTAL", 4)], one)
    old = (today - datetime.timedelta(days=60)).isoformat()
    rc, out, err = report("--json", "--from", old, "--to", old, "--unit", "so-xd")
    t.check("a one-day period", rc == 0 and json.loads(out)["units"][0]["received"] == 1, out)

    rc, out, err = report("--format", "table", *last30)
    lines = out.splitlines()
    t.check("table: exit 0 with the period in dd/mm/yyyy", rc == 0 and lines and
            today.strftime("%d/%m/%Y") in lines[0], out[:200])
    total = [ln for ln in lines if ln.startswith("TOTAL")]
    t.check("table: the first TOTAL line (of the main table) says 5 received",
            len(total) >= 1 and total[0].split()[1] == "5", total)
    t.check("table: so-xd shows 33% on time",
            any(ln.startswith("so-xd ") and ln.rstrip().endswith("33%") for ln in lines), out)

    for bad in (["--from", "2026-02-30"], ["--from", "yesterday"], ["--to"],
                ["--from", "2026-12-02", "--to", "2026-12-01"], ["--by", "x"],
                ["--format", "pdf"], ["--rollup"], ["--now", "tomorrow"], ["--out"]):
        rc, out, err = report(*bad)
        t.check(f"report {' '.join(bad)}: exit 2, one line",
                rc == 2 and len(err.strip().splitlines()) == 1, (rc, err))
    rc, out, err = report("--unit", "so-xay-dung")
    t.check("unknown unit: exit 1, one line naming it",
            rc == 1 and len(err.strip().splitlines()) == 1 and "so-xay-dung" in err, (rc, err))
    hand_built()
    return t.summary()


# ---------------------------------------------------------------- part 2

NASTY = '<script>alert("x")</script> & Đường "Láng"'


def ins(code, unit, recv, cat, created, due, answered=None, status="open", channel="email",
        kind="feedback", fields="{}", undeliverable=False, subject="Phản ánh"):
    """One case with known timestamps (Viet Nam time)."""
    def ts(v):
        return "NULL" if v is None else f"'{v}+07'"
    subject = subject.replace("'", "''")
    hl.sql("INSERT INTO cases (code, unit_code, received_unit, category, status, channel, kind,"
           " fields, citizen_undeliverable, subject, created_at, due_at, first_response_at)"
           f" VALUES ('{code}', '{unit}', '{recv}', '{cat}', '{status}', '{channel}', '{kind}',"
           f" '{fields}', {str(undeliverable).lower()}, '{subject}', {ts(created)}, {ts(due)},"
           f" {ts(answered)})")


def transfer_event(code, frm, to, at, within):
    hl.sql("INSERT INTO events (case_id, at, actor, kind, detail) SELECT id, "
           f"'{at}+07', 'test', 'transferred', jsonb_build_object('from', '{frm}', 'to', '{to}',"
           f" 'within_deadline', {str(within).lower()}) FROM cases WHERE code = '{code}'")


class Html(html.parser.HTMLParser):
    """Checks nesting (every element closed in order, void elements aside)
    and collects what the test looks at."""
    VOID = {"meta", "link", "br", "hr", "img", "input", "circle", "rect", "line", "polyline",
            "path"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.tags, self.text, self.attrs = [], [], [], [], []
        self.cells = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self.stack and self.stack[-1] == "td":
            self.cells.append(data)


def hand_built():
    hl.sql("TRUNCATE attachments, messages, ladder_steps, outbox, events, cases CASCADE")
    hl.sql("DELETE FROM units WHERE code = 'to-dan-pho-1'")
    hl.sql("INSERT INTO units (code, name, parent, kind) VALUES ('to-dan-pho-1', "
           "'Tổ dân phố 1 <Cầu Giấy> & \"Dịch Vọng\"', 'phuong-cau-giay', 'other')")
    # so-xd, topic xay-dung.  X1: on time (25 h, 1 wd), escalated.
    ins("X1", "so-xd", "so-xd", "xay-dung", "2026-11-02 09:00", "2026-11-06 17:00",
        "2026-11-03 10:00")
    hl.sql("INSERT INTO ladder_steps (case_id, cycle, unit_code, step, fired_at) SELECT id, 0,"
           " 'so-xd', 'head', now() FROM cases WHERE code = 'X1'")
    # X2: after closing time on Monday (receipt day Tuesday), answered late
    # the next Monday: 159 h, 4 working days.  By phone, a complaint.
    ins("X2", "so-xd", "so-xd", "xay-dung", "2026-11-02 18:00", "2026-11-05 17:00",
        "2026-11-09 09:00", status="answered", channel="phone", kind="complaint")
    # X3: never answered, due 20/11: overdue at --now 01/12 09:00, 15 working
    # days old, 7 late.  From the portal, a denunciation, the citizen's
    # address bounced, a subject that must be escaped.
    ins("X3", "so-xd", "so-xd", "xay-dung", "2026-11-10 08:30", "2026-11-20 17:00",
        channel="portal", kind="denunciation", undeliverable=True, subject=NASTY)
    # X4: on time (30 h, 1 wd) and resolved.
    ins("X4", "so-xd", "so-xd", "xay-dung", "2026-11-16 10:00", "2026-11-27 17:00",
        "2026-11-17 16:00", status="resolved")
    # X5: spam, left out.
    ins("X5", "so-xd", "so-xd", "xay-dung", "2026-11-20 14:00", "2026-11-21 17:00",
        status="spam")
    # X6: the last minutes of the previous period (02/10-31/10); X0 before it.
    ins("X6", "so-xd", "so-xd", "xay-dung", "2026-10-31 23:30", "2026-11-06 17:00",
        "2026-11-02 09:00")
    ins("X0", "so-xd", "so-xd", "xay-dung", "2026-10-01 23:00", "2026-10-08 17:00")
    # X8: the first instant of November (a Sunday), a ward's, open, not due.
    ins("X8", "phuong-hoan-kiem", "phuong-hoan-kiem", "moi-truong", "2026-11-01 00:00",
        "2026-12-15 17:00")
    # T1: received by so-xd, transferred to so-tnmt after the 5-day limit.
    ins("T1", "so-tnmt", "so-xd", "moi-truong", "2026-11-04 09:00", "2026-12-20 17:00")
    transfer_event("T1", "so-xd", "so-tnmt", "2026-11-12 10:00", False)
    # T2: received by so-xd, transferred in time to phuong-cau-giay, answered
    # on time (72 h, 3 wd).
    ins("T2", "phuong-cau-giay", "so-xd", "moi-truong", "2026-11-03 09:00", "2026-11-10 17:00",
        "2026-11-06 09:00")
    transfer_event("T2", "so-xd", "phuong-cau-giay", "2026-11-05 10:00", True)
    # C2: phuong-cau-giay, open, not due.  C3: its sub-unit, late (97 h, 2 wd).
    ins("C2", "phuong-cau-giay", "phuong-cau-giay", "moi-truong", "2026-11-25 09:00",
        "2026-12-09 17:00")
    ins("C3", "to-dan-pho-1", "phuong-cau-giay", "moi-truong", "2026-11-26 09:00",
        "2026-11-27 17:00", "2026-11-30 10:00")
    # C4: so-tnmt, a ward named by a rule's capture; overdue, 9 wd old, 4 late.
    ins("C4", "so-tnmt", "so-tnmt", "moi-truong", "2026-11-18 09:00", "2026-11-25 17:00",
        fields='{"ward": "Phường <Láng>"}')

    nov = ("--from", "2026-11-01", "--to", "2026-11-30", "--now", "2026-12-01 09:00")
    rc, out, err = report("--json", *nov)
    t.check("hand-built: exit 0", rc == 0, err)
    doc = json.loads(out) if rc == 0 else {"units": []}
    rows = {u["unit"]: u for u in doc["units"]}
    t.check("hand-built: the period and as-of", (doc.get("from"), doc.get("to"), doc.get("as_of"))
            == ("2026-11-01", "2026-11-30", "2026-12-01 09:00"), doc.get("as_of"))
    ch = lambda **kw: dict(dict(email=0, phone=0, box=0, counter=0, portal=0), **kw)  # noqa: E731
    kd = lambda **kw: dict(dict(feedback=0, complaint=0, denunciation=0), **kw)  # noqa: E731
    want = {
        "so-xd": dict(received=4, by_channel=ch(email=2, phone=1, portal=1),
                      by_kind=kd(feedback=2, complaint=1, denunciation=1), answered=3,
                      on_time=2, late=1, overdue=1, resolved=1, escalated=1, transferred=2,
                      transferred_late=1, undeliverable=1, median_response_h=30.0,
                      median_answer_wd=1.0, p90_answer_wd=3.4, on_time_pct=50),
        "phuong-cau-giay": dict(received=2, answered=1, on_time=1, late=0, overdue=0,
                                transferred=0, median_response_h=72.0, median_answer_wd=3.0,
                                on_time_pct=100),
        "to-dan-pho-1": dict(received=1, answered=1, on_time=0, late=1, median_response_h=97.0,
                             median_answer_wd=2.0, p90_answer_wd=2.0, on_time_pct=0),
        "so-tnmt": dict(received=2, answered=0, overdue=1, median_response_h=None,
                        on_time_pct=0),
        "phuong-hoan-kiem": dict(received=1, overdue=0, on_time_pct=None),
        "TOTAL": dict(received=10, by_channel=ch(email=8, phone=1, portal=1),
                      by_kind=kd(feedback=8, complaint=1, denunciation=1), answered=5,
                      on_time=3, late=2, overdue=2, resolved=1, escalated=1, transferred=2,
                      transferred_late=1, undeliverable=1, median_response_h=72.0,
                      median_answer_wd=2.0, p90_answer_wd=3.6, on_time_pct=43),
    }
    for unit, fields in want.items():
        got = {k: rows.get(unit, {}).get(k) for k in fields}
        t.check(f"hand-built {unit}: {fields}", got == fields, got)
    t.check("hand-built: the sub-unit shows its parent",
            rows.get("to-dan-pho-1", {}).get("parent") == "phuong-cau-giay", rows.get("to-dan-pho-1"))
    topics = [(x["category"], x["received"], x["answered"], x["on_time"], x["late"], x["overdue"])
              for x in doc.get("topics", [])]
    t.check("topics, most received first",
            topics == [("moi-truong", 6, 2, 1, 1, 1), ("xay-dung", 4, 3, 2, 1, 1)], topics)
    hot = [(x["category"], x["rank"], x["ward"], x["cases"]) for x in doc.get("hotspots", [])]
    t.check("hotspots: wards by the case's field, else the ward unit responsible or receiving",
            hot == [("moi-truong", 1, "phuong-cau-giay", 3), ("moi-truong", 2, "Phường <Láng>", 1),
                    ("moi-truong", 3, "phuong-hoan-kiem", 1)], hot)
    weeks = [(w["monday"], w["received"]) for w in doc.get("weeks", [])]
    t.check("weeks from the Monday before the first day",
            weeks == [("2026-10-26", 1), ("2026-11-02", 4), ("2026-11-09", 1), ("2026-11-16", 2),
                      ("2026-11-23", 2), ("2026-11-30", 0)], weeks)
    rank = [(x["unit"], x["on_time_pct"]) for x in doc.get("ranking", [])]
    t.check("ranking by on-time rate, then by cases due, then code",
            rank == [("phuong-cau-giay", 100), ("so-xd", 50), ("so-tnmt", 0), ("to-dan-pho-1", 0)],
            rank)
    od = [(x["code"], x["age_wd"], x["late_wd"], x["due"]) for x in doc.get("overdue_cases", [])]
    t.check("overdue list, most working days late first",
            od == [("X3", 15, 7, "2026-11-20 17:00"), ("C4", 9, 4, "2026-11-25 17:00")], od)
    t.check("overdue list keeps the subject as written",
            doc.get("overdue_cases", [{}])[0].get("subject") == NASTY, doc.get("overdue_cases"))

    rc, out, err = report("--json", "--unit", "phuong-cau-giay", "--rollup", *nov)
    one = json.loads(out) if rc == 0 else {"units": []}
    got = [(u["unit"], u["received"], u["answered"], u["on_time"], u["late"], u["on_time_pct"],
            u["median_response_h"], u["median_answer_wd"], u["p90_answer_wd"])
           for u in one["units"]]
    t.check("--unit --rollup: the unit, its sub-unit, and their TOTAL",
            got == [("phuong-cau-giay", 2, 1, 1, 0, 100, 72.0, 3.0, 3.0),
                    ("to-dan-pho-1", 1, 1, 0, 1, 0, 97.0, 2.0, 2.0),
                    ("TOTAL", 3, 2, 1, 1, 50, 84.5, 2.5, 2.9)], got)
    t.check("--rollup: topics only of the covered units",
            [(x["category"], x["received"]) for x in one.get("topics", [])] == [("moi-truong", 3)],
            one.get("topics"))
    rc, out, err = report("--json", "--unit", "phuong-cau-giay", *nov)
    got = [(u["unit"], u["received"]) for u in json.loads(out)["units"]] if rc == 0 else err
    t.check("--unit without --rollup: the unit alone",
            got == [("phuong-cau-giay", 2), ("TOTAL", 2)], got)

    rc, out, err = report("--json", "--compare", "--unit", "so-xd", *nov)
    cmp = json.loads(out) if rc == 0 else {"units": [{}]}
    prev = cmp["units"][0].get("previous", {})
    t.check("--compare: the previous period of equal length",
            cmp.get("previous") == {"from": "2026-10-02", "to": "2026-10-31"}, cmp.get("previous"))
    t.check("--compare: the previous period's figures beside",
            (cmp["units"][0].get("received"), prev.get("received"), prev.get("on_time"),
             prev.get("on_time_pct"), prev.get("median_response_h"))
            == (4, 1, 1, 100, 33.5), (cmp["units"][0].get("received"), prev))
    t.check("--compare: topics carry the previous count",
            [(x["category"], x.get("previous_received")) for x in cmp.get("topics", [])]
            == [("xay-dung", 1)], cmp.get("topics"))

    rc, out, err = report("--format", "table", "--compare", *nov)
    t.check("table --compare: both periods", rc == 0 and "01/11/2026 – 30/11/2026" in out
            and "Previous period 02/10/2026 – 31/10/2026" in out, out[:300])

    # CSV, written to a file with --out.
    path = os.path.join(os.path.dirname(hl.env("HL_CONF")), "report-test.csv")
    rc, out, err = report("--format", "csv", "--out", path, *nov)
    t.check("csv --out: exit 0, nothing on stdout", rc == 0 and out == "", (rc, err))
    raw = open(path, "rb").read() if rc == 0 else b""
    t.check("csv starts with a UTF-8 BOM and ends lines with CRLF",
            raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in
            raw.replace(b"\r\n", b""), raw[:20])
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    units_rows = {r[1]: r for r in table if r and r[0] == "units"}
    head = table[0] if table else []
    t.check("csv: every unit's row", set(units_rows) >= {"so-xd", "to-dan-pho-1", "TOTAL"},
            sorted(units_rows))
    sub = units_rows.get("to-dan-pho-1", [])
    t.check("csv: Vietnamese and quotes intact",
            len(sub) > 2 and sub[2] == 'Tổ dân phố 1 <Cầu Giấy> & "Dịch Vọng"', sub[:3])
    col = {h: i for i, h in enumerate(head)}
    xd = units_rows.get("so-xd", [])
    t.check("csv: so-xd figures", xd and [xd[col[k]] for k in
            ("received", "phone", "denunciation", "on_time", "late", "overdue",
             "transferred_late", "p90_answer_wd", "on_time_pct")]
            == ["4", "1", "1", "2", "1", "1", "1", "3.4", "50"], xd)
    overdue = [r for r in table if r and r[0] == "overdue"]
    t.check("csv: the overdue list with the subject round-tripped",
            [(r[1], r[4], r[7], r[8]) for r in overdue] == [("X3", NASTY, "15", "7"),
                                                            ("C4", "Phản ánh", "9", "4")],
            overdue)

    # HTML.
    rc, out, err = report("--format", "html", "--compare", *nov)
    t.check("html: exit 0", rc == 0, err)
    p = Html()
    p.feed(out)
    p.close()
    t.check("html: well-formed (every element closed in order)", not p.errors and not p.stack,
            (p.errors[:3], p.stack))
    t.check("html: Vietnamese, viewport for phones, @media print for A4",
            '<html lang="vi">' in out and 'name="viewport"' in out and "@media print" in out
            and "size:A4" in out, out[:400])
    t.check("html: three SVG charts", p.tags.count("svg") == 3, p.tags.count("svg"))
    t.check("html: self-contained, no script",
            "script" not in p.tags and "link" not in p.tags and "img" not in p.tags
            and not any(k in ("src", "href") for k, _ in p.attrs), [a for a in p.attrs
                                                                    if a[0] in ("src", "href")])
    t.check("html: untrusted text escaped (the subject and the unit name come back as text)",
            NASTY in "".join(p.text) and "<script>" not in out and "<Cầu Giấy>" not in out
            and 'Tổ dân phố 1 <Cầu Giấy> & "Dịch Vọng"' in "".join(p.text), None)
    t.check("html: every unit's row", all(u in p.cells for u in rows if u != "TOTAL")
            and "Tổng cộng" in p.cells, [u for u in rows if u not in p.cells])
    t.check("html: the overdue list", "X3" in p.cells and "C4" in p.cells, None)
    html_path = os.path.join(os.path.dirname(path), "report-test.html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(out)
    render(html_path)
    replica(nov)


def replica(nov):
    """database.report_conninfo: report and export read there (a hot standby
    in production).  Pointed at a closed port, they fail while the primary
    serves case list; pointed at the stack's server, the same figures."""
    with open(hl.env("HL_CONF"), encoding="utf-8") as f:
        conninfo = re.search(r'conninfo = "([^"]+)"', f.read()).group(1)
    dead = hl.variant_config({"database": {"report_conninfo": re.sub(
        r"port=\d+", f"port={hl.free_port()}", conninfo)}})
    r = subprocess.run([hl.binary("hotlinectl"), "-c", dead, "report", "--json", *nov],
                       capture_output=True, text=True)
    t.check("report_conninfo unreachable: report fails, one line",
            r.returncode == 1 and "cannot connect" in r.stderr
            and len(r.stderr.strip().splitlines()) == 1, (r.returncode, r.stderr))
    r = subprocess.run([hl.binary("hotlinectl"), "-c", dead, "export", "pakn", "--from",
                        "2026-11-01", "--to", "2026-11-30"], capture_output=True, text=True)
    t.check("report_conninfo unreachable: export fails too", r.returncode == 1
            and "cannot connect" in r.stderr, (r.returncode, r.stderr))
    r = subprocess.run([hl.binary("hotlinectl"), "-c", dead, "case", "list"],
                       capture_output=True, text=True)
    t.check("report_conninfo unreachable: the primary still serves case list",
            r.returncode == 0, r.stderr)
    live = hl.variant_config({"database": {"report_conninfo": conninfo}})
    r1 = subprocess.run([hl.binary("hotlinectl"), "-c", live, "report", "--json", *nov],
                        capture_output=True, text=True)
    rc, out, err = report("--json", *nov)
    t.check("report_conninfo reachable: the same report", r1.returncode == 0 and r1.stdout == out,
            r1.stderr)


def render(html_path):
    """Headless Chromium draws the HTML report to PNG, at a desktop's and at
    a phone's width, where the package is installed (it is not in
    scripts/setup.sh: 300 MB for one check)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("skip headless Chromium rendering: chromium is not installed")
        return
    for name, size in (("desktop", "1100,3000"), ("phone", "390,6000")):
        png = html_path[:-len(".html")] + f"-{name}.png"
        if os.path.exists(png):
            os.unlink(png)
        r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                            "--hide-scrollbars", f"--window-size={size}", f"--screenshot={png}",
                            "file://" + html_path], capture_output=True, text=True, timeout=120)
        ok = os.path.exists(png) and os.path.getsize(png) > 20000
        with open(png, "rb") if ok else io.BytesIO() as f:
            ok = ok and f.read(8) == b"\x89PNG\r\n\x1a\n"
        t.check(f"headless Chromium renders the report ({name}) to a PNG", ok,
                (r.returncode, r.stderr[-300:]))


if __name__ == "__main__":
    sys.exit(main())
