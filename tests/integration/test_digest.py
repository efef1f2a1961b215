#!/usr/bin/env python3
"""The monthly digest (reports in the config) on the real stack.

Hand-built cases in December 2026; a configuration with two reports: the
city's to two addresses (one of them "head", the root unit's head) from the
3rd of the month, and each unit's to its head from the 1st.  Two daemons run
at once (--once, the clock moved with --now) on each of several days:

- 02/01/2027: every unit's head gets December's unit digest, once, and the
  city's digest is not due yet;
- 03/01/2027: the city's digest goes to its two recipients, once; nothing
  else is sent again;
- 03/01/2027 again: nothing;
- 01/02/2027: January's unit digests, once each;
- 01/03/2027 with database.report_conninfo pointing at a closed port: no
  digest, a warning, the daemon goes on; then without it, February's.

Each digest is checked: from the unit's address, to its recipient, a text
summary in the body, the HTML report attached and well-formed; and
report_digests holds one row per report, unit, period and recipient.  Last,
hotlinectl report --mail-to queues one by hand, and the daemon sends it.

    HL_STACK_ENV=... HL_BUILD_DIR=... python3 tests/integration/test_digest.py

Last line: "N passed, M failed".
"""

import email
import email.policy
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402
from test_report import Html, ins  # noqa: E402

t = hl.Tally("test_digest")
CITY_TO = "vanphong.baocao@example.vn"


def config():
    with open(hl.env("HL_CONF"), encoding="utf-8") as f:
        text = f.read()
    text += ('\nreports = (\n'
             f'  {{ name = "thanh-pho"; to = ["{CITY_TO}", "head"]; day = 3; }},\n'
             '  { name = "don-vi"; unit = "*"; rollup = true; to = ["head"]; }\n'
             ');\n')
    path = os.path.join(hl.env("HL_RUN"), f"digest-{os.getpid()}.conf")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(path, 0o644)
    return path


def two_daemons(conf, now):
    """Two hotlined --once at the same time, as two owners; their statuses."""
    procs = []
    for owner in ("digest-a", "digest-b"):
        cmd = hl._as_daemon_user([hl.binary("hotlined"), "-c", conf, "--once", "--now", now,
                                  "--owner", owner])
        procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      text=True))
    out = [p.communicate(timeout=300) for p in procs]
    for p, (o, _) in zip(procs, out):
        if p.returncode != 0:
            print(o[-2000:], file=sys.stderr)
    return [p.returncode for p in procs]


def digests():
    """Parsed digest mails received so far: [(envelope rcpts, message)]."""
    out = []
    for meta, raw in hl.smtp_messages():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if (msg["Message-ID"] or "").startswith("<hl.digest."):
            out.append((meta, msg))
    return out


def rcpts(mails):
    return sorted(m["To"].addresses[0].addr_spec for _, m in mails)


def main():
    hl.env()
    for code in hl.units():
        hl.imap_clear(code)
    hl.reset_db()
    conf = config()
    r = subprocess.run([hl.binary("hotlined"), "--check-config", "-c", conf],
                       capture_output=True, text=True)
    t.check("the configuration with reports is valid", r.returncode == 0, r.stdout + r.stderr)
    # The units into the database, by a daemon without reports (this one's
    # clock is real: with reports it would send last month's).
    rc, out = hl.run_daemon_once(capture=True)
    t.check("first run (units)", rc == 0, out[-500:])
    hl.smtp_clear()
    ins("D1", "so-xd", "so-xd", "xay-dung", "2026-12-01 09:00", "2026-12-03 17:00",
        "2026-12-02 10:00")
    ins("D2", "so-xd", "so-xd", "xay-dung", "2026-12-02 09:00", "2026-12-04 17:00")
    ins("D3", "phuong-cau-giay", "phuong-cau-giay", "moi-truong", "2026-12-03 09:00",
        "2026-12-10 17:00", subject='Rác <b>thải</b> & "mùi"')
    heads = sorted(u["head"].lower() for u in hl.units_json() if u.get("head"))
    root = [u for u in hl.units_json() if not u.get("parent")][0]
    xd = [u for u in hl.units_json() if u["code"] == "so-xd"][0]

    t.check("02/01: two daemons", two_daemons(conf, "2027-01-02 09:00") == [0, 0])
    got = digests()
    t.check("02/01: each unit's head gets one digest, the city's is not due",
            rcpts(got) == heads, rcpts(got))
    mail = [m for _, m in got if m["To"].addresses[0].addr_spec.lower() == xd["head"].lower()]
    mail = mail[0] if mail else None
    t.check("the digest comes from the unit's address",
            mail is not None and mail["From"].addresses[0].addr_spec == xd["feedback_email"],
            mail and mail["From"])
    t.check("its subject names the period and the unit",
            mail is not None and "01/12/2026 – 31/12/2026" in mail["Subject"]
            and xd["name"] in mail["Subject"], mail and mail["Subject"])
    body = mail.get_body(("plain",)).get_content() if mail else ""
    t.check("a text summary in the body", "Tiếp nhận: 2" in body and "Tỷ lệ đúng hạn" in body,
            body[:400])
    att = [p for p in mail.iter_attachments()] if mail else []
    html = att[0].get_content() if att else ""
    if isinstance(html, bytes):
        html = html.decode("utf-8")
    t.check("the HTML report attached",
            len(att) == 1 and att[0].get_content_type() == "text/html"
            and att[0].get_filename() == "bao-cao-2026-12-01-2026-12-31-so-xd.html",
            [(p.get_content_type(), p.get_filename()) for p in att])
    p = Html()
    p.feed(html)
    p.close()
    t.check("the attached HTML is well-formed with its charts and the unit's row",
            not p.errors and not p.stack and p.tags.count("svg") == 3 and "so-xd" in p.cells,
            (p.errors[:3], p.tags.count("svg")))
    rows = hl.psql("SELECT report, unit_code, period_from, period_to, rcpt, outbox_id IS NOT NULL"
                   " FROM report_digests ORDER BY rcpt")
    t.check("one report_digests row per unit head, linked to its outbox row",
            len(rows) == len(heads) and all(r[0] == "don-vi" and r[2] == "2026-12-01"
                                            and r[3] == "2026-12-31" and r[5] == "t"
                                            for r in rows), rows[:3])
    cau = [m for _, m in got if m["Subject"] and "Cầu Giấy" in m["Subject"]]
    chtml = cau[0].get_body(("html",)) if cau else None
    att = list(cau[0].iter_attachments()) if cau else []
    text = att[0].get_content() if att else ""
    text = text.decode("utf-8") if isinstance(text, bytes) else text
    t.check("the ward's digest escapes its case's subject (no overdue case there, so the "
            "topic is what shows)", chtml is None and "moi-truong" in text and "<b>thải" not in text,
            text[:200])

    t.check("03/01: two daemons", two_daemons(conf, "2027-01-03 09:00") == [0, 0])
    new = digests()[len(got):]
    t.check("03/01: the city's digest to its two recipients, once; nothing again",
            rcpts(new) == sorted([CITY_TO, root["head"].lower()]), rcpts(new))
    city = new[0][1] if new else None
    t.check("the city's digest comes from the root unit",
            city is not None and city["From"].addresses[0].addr_spec == root["feedback_email"],
            city and city["From"])
    seen = len(digests())
    t.check("03/01 again: nothing", two_daemons(conf, "2027-01-03 10:00") == [0, 0]
            and len(digests()) == seen, len(digests()) - seen)

    t.check("01/02: two daemons", two_daemons(conf, "2027-02-01 08:00") == [0, 0])
    new = digests()[seen:]
    t.check("01/02: January's unit digests, once each", rcpts(new) == heads, rcpts(new))
    t.check("01/02: for January", all("01/01/2027 – 31/01/2027" in m["Subject"] for _, m in new),
            [m["Subject"] for _, m in new][:2])
    n = hl.sql("SELECT count(*) FROM report_digests")
    t.check("report_digests: one row per report, unit, period and recipient",
            n == str(2 * len(heads) + 2), n)
    t.check("the outbox sent every digest", hl.sql(
        "SELECT count(*) FROM outbox WHERE kind = 'digest' AND status <> 'sent'") == "0")

    # The standby of report_conninfo is down: the digest waits, the daemon
    # goes on (and says so); once it is back, February's digests go out.
    seen = len(digests())
    with open(conf, encoding="utf-8") as f:
        text = f.read()
    port = re.search(r'conninfo = "[^"]*port=(\d+)', text).group(1)
    dead = conf[:-5] + "-dead.conf"
    with open(dead, "w", encoding="utf-8") as f:
        f.write(re.sub(r'(conninfo = "([^"]*)";)', lambda m: m.group(1) + ' report_conninfo = "'
                       + m.group(2).replace(f"port={port}", f"port={hl.free_port()}") + '";',
                       text, count=1))
    os.chmod(dead, 0o644)
    rc, out = hl.run_daemon_once(conf=dead, capture=True, args=("--now", "2027-03-01 08:00"))
    t.check("standby down: the daemon goes on, no digest, a warning",
            rc == 0 and len(digests()) == seen and "tried again on the next pass" in out,
            (rc, len(digests()) - seen, out[-400:]))
    rc, out = hl.run_daemon_once(conf=conf, capture=True, args=("--now", "2027-03-01 08:05"))
    new = digests()[seen:]
    t.check("standby back: February's digests", rc == 0 and rcpts(new) == heads, rcpts(new))

    seen = len(digests())
    r = subprocess.run([hl.binary("hotlinectl"), "-c", conf, "report", "--from", "2026-12-01",
                        "--to", "2026-12-31", "--unit", "so-xd", "--mail-to", "thanh.tra@example.vn"],
                       capture_output=True, text=True)
    t.check("report --mail-to: queued", r.returncode == 0 and "queued" in r.stdout,
            r.stdout + r.stderr)
    rc, out = hl.run_daemon_once(conf=conf, capture=True, args=("--now", "2027-02-01 08:05"))
    new = digests()[seen:]
    t.check("report --mail-to: sent by the daemon",
            rc == 0 and rcpts(new) == ["thanh.tra@example.vn"], (rc, rcpts(new), out[-300:]))
    r = subprocess.run([hl.binary("hotlinectl"), "-c", conf, "report", "--mail-to", "not-an-address"],
                       capture_output=True, text=True)
    t.check("report --mail-to with no address: exit 2", r.returncode == 2, r.stderr)
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
