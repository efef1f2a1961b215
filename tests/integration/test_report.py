#!/usr/bin/env python3
"""hotlinectl report on the real stack: corpus mail through hotlined, cases
put into known states (answered on time, late, overdue, resolved, escalated,
transferred with hotlinectl case transfer, received before the period), then
the per-unit figures checked in JSON and in the table, and bad arguments
refused in one line.

    HL_STACK_ENV=... HL_BUILD_DIR=... python3 tests/integration/test_report.py

Last line: "N passed, M failed".
"""

import glob
import json
import os
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

    rc, out, err = report("--json")
    t.check("report --json: exit 0", rc == 0, err)
    try:
        doc = json.loads(out)
    except ValueError:
        doc = {"units": []}
        t.check("report --json is JSON", False, out[:300])
    rows = {u["unit"]: u for u in doc["units"]}
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date()
    t.check("default period: the last 30 days",
            doc.get("to") == today.isoformat()
            and doc.get("from") == (today - datetime.timedelta(days=29)).isoformat(), doc)
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

    rc, out, err = report()
    lines = out.splitlines()
    t.check("table: exit 0 with the period in dd/mm/yyyy", rc == 0 and lines and
            today.strftime("%d/%m/%Y") in lines[0], out[:200])
    total = [ln for ln in lines if ln.startswith("TOTAL")]
    t.check("table: a TOTAL line", len(total) == 1 and total[0].split()[1] == "5", total)
    t.check("table: so-xd shows 33% on time",
            any(ln.startswith("so-xd ") and ln.rstrip().endswith("33%") for ln in lines), out)

    for bad in (["--from", "2026-02-30"], ["--from", "yesterday"], ["--to"],
                ["--from", "2026-12-02", "--to", "2026-12-01"], ["--by", "x"]):
        rc, out, err = report(*bad)
        t.check(f"report {' '.join(bad)}: exit 2, one line",
                rc == 2 and len(err.strip().splitlines()) == 1, (rc, err))
    rc, out, err = report("--unit", "so-xay-dung")
    t.check("unknown unit: exit 1, one line naming it",
            rc == 1 and len(err.strip().splitlines()) == 1 and "so-xay-dung" in err, (rc, err))
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
