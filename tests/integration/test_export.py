#!/usr/bin/env python3
"""hotlinectl export pakn on the real stack: hand-built cases (a feedback
answered by a clerk whose reply quotes the forward, a complaint in progress,
a denunciation, a spam, one outside the period), exported as JSON and
validated against docs/pakn-export.schema.json, every field checked (the
denunciation without any sender field, the answer as relayed without the
quote), then as CSV read back with the csv module.

    HL_STACK_ENV=... HL_BUILD_DIR=... python3 tests/integration/test_export.py

Last line: "N passed, M failed".
"""

import csv
import io
import json
import os
import subprocess
import sys

import jsonschema

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402
from test_report import ins  # noqa: E402

t = hl.Tally("test_export")
SCHEMA = os.path.join(hl.REPO, "docs/pakn-export.schema.json")


def export(*args):
    r = subprocess.run([hl.binary("hotlinectl"), "-c", hl.env("HL_CONF"), "export", *args],
                       capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def message(code, body, disposition="new_case", at="2026-11-02 09:00"):
    body = body.replace("'", "''")
    return hl.sql("INSERT INTO messages (case_id, disposition, raw, raw_size, sha256, body_text,"
                  " received_at) SELECT id, "
                  f"'{disposition}', convert_to('x', 'UTF8'), 1, md5('{code}{disposition}'),"
                  f" '{body}', '{at}+07' FROM cases WHERE code = '{code}' RETURNING id")


def main():
    hl.env()
    hl.reset_db()
    rc, out = hl.run_daemon_once(capture=True)  # the units
    t.check("units", rc == 0, out[-300:])
    hl.sql("TRUNCATE attachments, messages, ladder_steps, outbox, events, cases CASCADE")
    ins("HL-2026-900001", "so-xd", "phuong-cau-giay", "xay-dung", "2026-11-02 09:00",
        "2026-11-10 17:00", "2026-11-04 10:00", status="answered", subject="=SUM(A1) Công trình")
    hl.sql("UPDATE cases SET citizen_name = 'Nguyễn Văn \"An\"', citizen_address = "
           "'an@example.vn', fields = '{\"phone\": \"0912 345 678\"}' WHERE code = 'HL-2026-900001'")
    message("HL-2026-900001", "Kính gửi,\nCông trình xây dựng trái phép, ồn ào cả đêm.\n")
    clerk = message("HL-2026-900001", "Chúng tôi đã kiểm tra và đình chỉ công trình.\n\n"
                    "> Kính gửi,\n> Công trình xây dựng trái phép\n", "reply_clerk",
                    "2026-11-04 10:00")
    hl.sql("INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt, status) SELECT id, "
           f"{clerk}, 'relay', 'so-xd', ARRAY['an@example.vn'], 'sent' FROM cases WHERE code = "
           "'HL-2026-900001'")
    ins("HL-2026-900002", "so-tnmt", "so-tnmt", "moi-truong", "2026-11-20 14:00",
        "2026-12-01 17:00", channel="phone", kind="complaint", subject="Khiếu nại")
    ins("HL-2026-900003", "thanh-tra", "thanh-tra", "to-cao", "2026-11-21 08:00",
        "2026-12-20 17:00", kind="denunciation", subject="Tố cáo cán bộ")
    hl.sql("UPDATE cases SET citizen_name = 'Người tố cáo', citizen_address = 'secret@example.vn',"
           " fields = '{\"phone\": \"0988 000 111\", \"address\": \"số 1 phố X\"}'"
           " WHERE code = 'HL-2026-900003'")
    message("HL-2026-900003", "Nội dung tố cáo.")
    ins("HL-2026-900004", "so-xd", "so-xd", "spam", "2026-11-22 08:00", None, status="spam")
    ins("HL-2026-900005", "so-xd", "so-xd", "xay-dung", "2026-12-01 00:00", None)

    rc, out, err = export("pakn", "--from", "2026-11-01", "--to", "2026-11-30")
    t.check("export pakn: exit 0", rc == 0, err)
    doc = json.loads(out) if rc == 0 else {}
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        jsonschema.validate(doc, schema)
        t.check("valid against docs/pakn-export.schema.json", True)
    except jsonschema.ValidationError as e:
        t.check("valid against docs/pakn-export.schema.json", False, str(e)[:500])
    cases = {c["case_code"]: c for c in doc.get("cases", [])}
    t.check("the period's cases, spam and the next day left out",
            list(cases) == ["HL-2026-900001", "HL-2026-900002", "HL-2026-900003"], list(cases))
    a = cases.get("HL-2026-900001", {})
    t.check("an answered feedback, every field", a == {
        "case_code": "HL-2026-900001", "received_at": "2026-11-02T09:00:00+07:00",
        "channel": "email", "kind": "feedback",
        "sender": {"name": 'Nguyễn Văn "An"', "email": "an@example.vn", "phone": "0912 345 678",
                   "address": None},
        "title": "=SUM(A1) Công trình",
        "content": "Kính gửi,\nCông trình xây dựng trái phép, ồn ào cả đêm.\n",
        "field": "xay-dung",
        "receiving_unit": {"code": "phuong-cau-giay", "name": "Ủy ban nhân dân phường Cầu Giấy"},
        "responsible_unit": {"code": "so-xd", "name": "Sở Xây dựng thành phố Hà Nội"},
        "status": "answered", "status_label": "Đã trả lời",
        "answer": {"text": "Chúng tôi đã kiểm tra và đình chỉ công trình.\n",
                   "answered_at": "2026-11-04T10:00:00+07:00"},
        "published": False}, a)
    b = cases.get("HL-2026-900002", {})
    t.check("a complaint by phone in progress, no answer",
            (b.get("channel"), b.get("kind"), b.get("status_label"), b.get("answer"))
            == ("phone", "complaint", "Đang xử lý", None), b)
    d = cases.get("HL-2026-900003", {})
    t.check("a denunciation carries no sender at all", "sender" not in d and d.get("kind") ==
            "denunciation" and "secret@example.vn" not in out and "Người tố cáo" not in out
            and "0988" not in out, d)
    bad = dict(d, sender={"name": "x", "email": None, "phone": None, "address": None})
    try:
        jsonschema.validate(dict(doc, cases=[bad]), schema)
        t.check("the schema refuses a denunciation with a sender", False)
    except jsonschema.ValidationError:
        t.check("the schema refuses a denunciation with a sender", True)

    rc, out, err = export("pakn", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv")
    t.check("csv: exit 0, a BOM", rc == 0 and out.startswith("\ufeff"), err)
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"), newline="")))
    t.check("csv: three rows", [r["case_code"] for r in rows] ==
            ["HL-2026-900001", "HL-2026-900002", "HL-2026-900003"], [r.get("case_code") for r in rows])
    if rows:
        t.check("csv: Vietnamese, quotes and line breaks intact; a formula defused",
                rows[0]["sender_name"] == 'Nguyễn Văn "An"' and rows[0]["content"] ==
                "Kính gửi,\nCông trình xây dựng trái phép, ồn ào cả đêm.\n"
                and rows[0]["title"] == "'=SUM(A1) Công trình"
                and rows[0]["answered_at"] == "2026-11-04T10:00:00+07:00", rows[0])
        t.check("csv: the denunciation's sender cells are empty",
                all(rows[2][k] == "" for k in ("sender_name", "sender_email", "sender_phone",
                                                "sender_address")), rows[2])
    rc, out, err = export("pakn", "--format", "xml")
    t.check("export --format xml: exit 2, one line", rc == 2 and len(err.splitlines()) == 1, err)
    rc, out, err = export("cases")
    t.check("export cases: exit 2", rc == 2, err)
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
