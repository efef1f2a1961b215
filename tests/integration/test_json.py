#!/usr/bin/env python3
"""hotlinectl --json on the real stack: corpus mail through hotlined --once,
then `case list`, `case show`, `mailbox status` and `outbox list` with
--json, each parsed and checked against the documented keys
(docs/hotlinectl.md, "JSON output"): the same cases as the tables, the
filters and limits, Vietnamese text intact, times as RFC 3339 UTC, null for
what is absent; an unknown case is one line on stderr and exit 1.
Last line: "N passed, M failed".
"""

import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

t = hl.Tally("test_json")
CORPUS = os.path.join(hl.REPO, "tests/data/corpus")
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

CASE_LIST_KEYS = {"code", "status", "unit", "received_unit", "category", "priority", "kind",
                  "channel", "urgency", "flagged", "citizen_address", "citizen_name", "subject", "assignee",
                  "received_at", "due_at"}
CASE_KEYS = {"code", "status", "category", "priority", "kind", "channel", "urgency",
             "citizen_phone", "citizen_postal", "refusal_reason", "refusal_where", "unit", "unit_name",
             "received_unit", "assignee", "tags", "fields", "citizen_address", "citizen_name",
             "citizen_undeliverable", "subject", "received_at", "due_at", "deadline_days",
             "overdue", "transfer_due_at", "first_response_at", "resolved_at", "ladder_cycle",
             "no_ack", "flagged", "flag_reason"}
MESSAGE_KEYS = {"id", "received_at", "disposition", "from_address", "from_name", "subject",
                "message_id", "raw_size", "truncated", "malformed", "charset_note", "problems",
                "text", "attachments"}
ATTACHMENT_KEYS = {"position", "filename", "content_type", "size", "sha256"}
EVENT_KEYS = {"at", "actor", "kind", "detail"}
CASE_OUTBOX_KEYS = {"id", "kind", "status", "rcpt", "attempts", "created_at", "next_attempt_at",
                    "sent_at", "last_reply", "bounced_at", "bounce_detail"}
MAILBOX_KEYS = {"unit", "state", "owner", "last_ok_at", "waiting", "ingested", "flagged",
                "failures", "last_error", "last_error_at"}
OUTBOX_KEYS = {"id", "kind", "case", "unit", "rcpt", "status", "attempts", "created_at",
               "next_attempt_at", "sent_at", "last_reply", "bounced_at"}


def ctl_json(*args):
    """(exit status, parsed stdout or None, stderr)."""
    r = subprocess.run([hl.binary("hotlinectl"), "-c", hl.env("HL_CONF"), *args],
                       capture_output=True, text=True)
    try:
        doc = json.loads(r.stdout) if r.returncode == 0 else None
    except json.JSONDecodeError as exc:
        print(f"not JSON ({exc}): {r.stdout[:300]!r}")
        doc = None
    return r.returncode, doc, r.stderr


def times_ok(obj, keys):
    return all(obj[k] is None or RFC3339.match(obj[k]) for k in keys)


def main():
    hl.env()
    hl.reset_db()
    for u in hl.units():
        hl.imap_clear(u)
    hl.smtp_clear()
    names = ["001-so-do-cham-8-thang", "006-giay-phep-xay-dung-kem-pdf", "004-khai-sinh-cp1258"]
    raws = []
    for n in names:
        with open(os.path.join(CORPUS, n + ".eml"), "rb") as f:
            raws.append(f.read())
    hl.imap_append("so-xd", raws)
    conf_rc = hl.run_daemon_once()
    t.check("hotlined --once stored the mail", conf_rc == 0)

    rc, doc, err = ctl_json("case", "list", "--json")
    t.check("case list --json: exit 0, JSON", rc == 0 and doc is not None, err)
    doc = doc or {"cases": [], "count": -1}
    t.check("case list: three cases, count agrees",
            len(doc["cases"]) == 3 and doc["count"] == 3, doc.get("count"))
    t.check("case list: the documented keys",
            all(set(c) == CASE_LIST_KEYS for c in doc["cases"]),
            [sorted(set(c) ^ CASE_LIST_KEYS) for c in doc["cases"]])
    t.check("case list: times are RFC 3339 UTC",
            all(times_ok(c, ("received_at", "due_at")) for c in doc["cases"]))
    t.check("case list: Vietnamese intact",
            any("sổ đỏ" in (c["subject"] or "") for c in doc["cases"]),
            [c["subject"] for c in doc["cases"]])
    t.check("case list: null, not empty, for no assignee",
            all(c["assignee"] is None for c in doc["cases"]))
    table = hl.ctl("case", "list")
    t.check("case list: the same codes as the table",
            all(c["code"] in table for c in doc["cases"]))
    rc, lim, _ = ctl_json("case", "list", "--limit", "1", "--json")
    t.check("case list --limit 1", rc == 0 and lim and len(lim["cases"]) == 1)
    rc, none, _ = ctl_json("case", "list", "--unit", "no-such-unit", "--json")
    t.check("case list of nothing: an empty list, count 0",
            rc == 0 and none == {"count": 0, "cases": []}, none)

    code = next((c["code"] for c in doc["cases"] if "giấy phép" in (c["subject"] or "").lower()
                 or "xây dựng" in (c["subject"] or "").lower()), None)
    code = code or (doc["cases"][1]["code"] if len(doc["cases"]) > 1 else "HL-2026-000002")
    rc, show, err = ctl_json("case", "show", code, "--json")
    t.check("case show --json: exit 0, JSON", rc == 0 and show is not None, err)
    show = show or {"case": {}, "messages": [], "events": [], "outbox": []}
    t.check("case show: case, messages, events, outbox",
            set(show) == {"case", "messages", "events", "outbox"}, sorted(show))
    t.check("case show: the documented case keys", set(show["case"]) == CASE_KEYS,
            sorted(set(show["case"]) ^ CASE_KEYS))
    t.check("case show: the case asked for", show["case"].get("code") == code)
    t.check("case show: tags a list, fields an object",
            isinstance(show["case"].get("tags"), list)
            and isinstance(show["case"].get("fields"), dict))
    t.check("case show: one message with the documented keys",
            len(show["messages"]) == 1 and set(show["messages"][0]) == MESSAGE_KEYS,
            [sorted(set(m) ^ MESSAGE_KEYS) for m in show["messages"]])
    atts = [a for m in show["messages"] for a in m["attachments"]]
    t.check("case show: the PDF attachment",
            any(a["content_type"] == "application/pdf" and len(a["sha256"]) == 64 for a in atts)
            and all(set(a) == ATTACHMENT_KEYS for a in atts), atts)
    t.check("case show: the decoded text",
            show["messages"] and len(show["messages"][0]["text"]) > 50)
    t.check("case show: events with the documented keys, detail an object",
            show["events"] and all(set(e) == EVENT_KEYS and isinstance(e["detail"], dict)
                                   for e in show["events"]))
    t.check("case show: the classified event is there",
            any(e["kind"] == "classified" for e in show["events"]),
            [e["kind"] for e in show["events"]])
    t.check("case show: outbox rows (ack, forward) with the documented keys",
            {"ack", "forward"} <= {o["kind"] for o in show["outbox"]}
            and all(set(o) == CASE_OUTBOX_KEYS and isinstance(o["rcpt"], list)
                    for o in show["outbox"]), show["outbox"])
    t.check("case show: times are RFC 3339 UTC",
            times_ok(show["case"], ("received_at", "due_at", "resolved_at"))
            and all(times_ok(o, ("created_at", "sent_at", "next_attempt_at"))
                    for o in show["outbox"]))
    rc, nodoc, err = ctl_json("case", "show", "HL-2026-999999", "--json")
    t.check("case show of no case: exit 1, one line on stderr, nothing on stdout",
            rc == 1 and nodoc is None and err.count("\n") == 1 and "no case" in err, err)

    rc, mb, err = ctl_json("mailbox", "status", "--json")
    t.check("mailbox status --json: exit 0, JSON", rc == 0 and mb is not None, err)
    mb = mb or {"mailboxes": []}
    so = [m for m in mb["mailboxes"] if m["unit"] == "so-xd"]
    t.check("mailbox status: so-xd with the documented keys and its count",
            len(so) == 1 and set(so[0]) == MAILBOX_KEYS and so[0]["ingested"] == 3, so)
    t.check("mailbox status: times", all(times_ok(m, ("last_ok_at", "last_error_at"))
                                         for m in mb["mailboxes"]))

    rc, ob, err = ctl_json("outbox", "list", "--json")
    t.check("outbox list --json: exit 0, JSON", rc == 0 and ob is not None, err)
    ob = ob or {"outbox": []}
    t.check("outbox list: the documented keys, newest first",
            ob["outbox"] and all(set(o) == OUTBOX_KEYS for o in ob["outbox"])
            and [o["id"] for o in ob["outbox"]] == sorted((o["id"] for o in ob["outbox"]),
                                                           reverse=True))
    t.check("outbox list: rows name their case",
            all(o["case"] and o["case"].startswith("HL-") for o in ob["outbox"]))
    rc, ob1, _ = ctl_json("outbox", "--status", "sent", "--limit", "1", "--json")
    t.check("outbox --status sent --limit 1",
            rc == 0 and ob1 and len(ob1["outbox"]) <= 1
            and all(o["status"] == "sent" for o in ob1["outbox"]))
    rc, _, err = ctl_json("mailbox", "status", "--jsn")
    t.check("a misspelt --json is bad usage (exit 2, one line)",
            rc == 2 and err.count("\n") == 1, err)
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
