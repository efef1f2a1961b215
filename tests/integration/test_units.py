#!/usr/bin/env python3
"""Units as data on the real stack (hotlinectl unit, hotlinectl directory,
hotlined reading units from PostgreSQL):

- import: the stack's units file into an empty database, then the same file
  again (nothing changes, units_version does not move); a bad file is
  FILE:LINE, a bad argument one line and exit 2;
- a unit added while hotlined runs (a configuration without units) gets its
  mailbox polled without a restart;
- two wards merged mid-stream: the old ward's open case moves to the
  successor (an event, the deadline kept, the receiving unit kept), a new
  mail to the old address (its mailbox still polled) opens a case of the
  successor, and a reply naming the old case code still joins it;
- the directory: the HTML lists every active unit's email (read by
  html.parser, and rendered by headless Chromium when /usr/bin/chromium
  exists), the merged ward is gone from it; CSV has its BOM; JSON parses.

    HL_STACK_ENV=... HL_BUILD_DIR=... python3 tests/integration/test_units.py

Last line: "N passed, M failed".
"""

import csv
import email.message
import email.utils
import html.parser
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

t = hl.Tally("test_units")
OLD, NEW = "phuong-ba-dinh", "phuong-hoan-kiem"
# The unit added while the daemon runs: a new commune whose mail a folder of
# xa-soc-son's IMAP account holds (the stack's Dovecot has one account per
# unit of units.json, and the rules know those units).
ADDED, ADDED_ACCOUNT, ADDED_FOLDER = "xa-moi", "xa-soc-son", "XaMoi"


def ctl(*args, conf=None):
    r = subprocess.run([hl.binary("hotlinectl"), "-c", conf or hl.dbunits_conf(), *args],
                       capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def version():
    return int(hl.sql("SELECT version FROM units_version") or 0)


def citizen_mail(to, subject, body, sender="binh.tran@example.com", mid=None):
    m = email.message.EmailMessage()
    m["From"] = f"Trần Văn Bình <{sender}>"
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = email.utils.formatdate(localtime=True)
    m["Message-ID"] = mid or email.utils.make_msgid(domain="example.com")
    m.set_content(body)
    return bytes(m)


def case_of(sql_where):
    return hl.sql(f"SELECT code FROM cases WHERE {sql_where} ORDER BY id DESC LIMIT 1")


def test_import():
    units = hl.units_json()
    r = hl.import_units()
    t.check("import: every unit of an empty database", f"{len(units)} units added or changed"
            in r.stdout, r.stdout + r.stderr)
    v = version()
    r = hl.import_units()
    t.check("import again: nothing changes", f"0 units added or changed, {len(units)} unchanged"
            in r.stdout, r.stdout)
    t.check("import again: units_version stays", version() == v, (v, version()))
    mb = hl.sql(f"SELECT username || ' ' || password_file FROM unit_mailboxes "
                f"WHERE unit_code = '{OLD}'")
    t.check("import: the mailbox group is stored", mb and mb.startswith(OLD + " /"), mb)

    bad = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, dir=hl.env("HL_RUN"))
    bad.write('[\n  {"code": "p-x", "name": "X",\n   "nmae": "typo"},\n'
              '  {"code": "p-y", "name": "Y", "parent": "nowhere"}\n]\n')
    bad.close()
    rc, out, err = ctl("unit", "import", bad.name)
    t.check("bad file: exit 65 and FILE:LINE", rc == 65 and
            f"{bad.name}:3: unit p-x: unknown unit field \"nmae\"" in err and
            f"{bad.name}:4: unit p-y: parent nowhere is not the code of any unit" in err,
            (rc, err))
    t.check("bad file: nothing imported", hl.sql("SELECT count(*) FROM units WHERE code IN "
                                                 "('p-x', 'p-y')") == "0")
    with open(bad.name, "w") as f:
        f.write('[{"code": "p-x", "name": "X",}]')
    rc, out, err = ctl("unit", "import", bad.name)
    t.check("bad JSON: FILE:LINE", rc == 65 and
            f"{bad.name}:1: string or '}}' expected" in err, err)
    os.unlink(bad.name)
    rc, out, err = ctl("unit", "merge", OLD)
    t.check("bad argument: one line, exit 2", rc == 2 and err.count("\n") == 1 and
            "--into" in err, (rc, err))
    rc, out, err = ctl("unit", "frobnicate")
    t.check("unknown command: one line, exit 2", rc == 2 and err.count("\n") == 1, err)
    rc, out, err = ctl("unit", "edit", NEW, "--mailbox-port", "99999")
    t.check("bad value: one line, exit 2", rc == 2 and "mailbox-port" in err, err)
    rc, out, err = ctl("unit", "edit", NEW, "--feedback-email", "phananh@badinh.hanoi.example.vn")
    t.check("edit refused: an address already another unit's", rc == 1 and
            "already the address of unit" in err, err)


def added_folder(clear=False):
    m = hl.imap_connect(ADDED_ACCOUNT)
    try:
        m.create(ADDED_FOLDER)
        if clear:
            for folder in (ADDED_FOLDER, ADDED_FOLDER + "-Processed"):
                if m.select(folder)[0] == "OK":
                    m.uid("STORE", "1:*", "+FLAGS.SILENT", "(\\Deleted)")
                    m.expunge()
    finally:
        m.logout()


def test_live_add(d):
    """ADDED's mailbox is unknown to the running daemon until it is added."""
    added_folder()
    hl.imap_append(ADDED_ACCOUNT, citizen_mail("phananh@xamoi.hanoi.example.vn",
                                               "Hỏi về giờ tiếp công dân",
                                               "Xin hỏi giờ tiếp công dân của xã vào thứ bảy.\n"),
                   folder=ADDED_FOLDER)
    e = hl.env()
    rc, out, err = ctl("unit", "add", ADDED, "--name", "Ủy ban nhân dân xã Mới", "--parent",
                       "ubnd-tp", "--kind", "commune", "--feedback-email",
                       "phananh@xamoi.hanoi.example.vn", "--hotline-phone", "+84 24 0000 0199",
                       "--feedback-box", "Sảnh bộ phận một cửa", "--mailbox-host", "127.0.0.1",
                       "--mailbox-port", hl.sql(f"SELECT port FROM unit_mailboxes WHERE "
                                                f"unit_code = '{ADDED_ACCOUNT}'"),
                       "--mailbox-user", ADDED_ACCOUNT, "--mailbox-password-file",
                       os.path.join(e["HL_SECRETS"], ADDED_ACCOUNT + ".pass"),
                       "--mailbox-ca-file", e["HL_CA"], "--mailbox-inbox", ADDED_FOLDER,
                       "--mailbox-processed", ADDED_FOLDER + "-Processed", "--by", "test")
    t.check("live add: unit add", rc == 0 and "1 unit added" in out, (rc, out, err))
    code = hl.wait_until(lambda: case_of(f"received_unit = '{ADDED}'"), timeout=90,
                         what="a case from the added unit's mailbox")
    t.check("live add: the new mailbox is polled without a restart", code, d.log()[-2000:])
    t.check("live add: the daemon says so", "units: version" in d.log(), d.log()[-1500:])


def test_merge(d):
    hl.imap_clear(OLD)
    hl.imap_clear(NEW)
    hl.imap_append(OLD, citizen_mail("phananh@badinh.hanoi.example.vn",
                                     "Hỏi về giờ tiếp công dân",
                                     "Tôi muốn hỏi giờ tiếp công dân của phường vào thứ bảy.\n",
                                     mid="<merge-1@example.com>"))
    code = hl.wait_until(lambda: case_of(f"received_unit = '{OLD}' AND unit_code = '{OLD}'"),
                         timeout=90, what="the old ward's case")
    t.check("merge: the old ward has an open case", code)
    if not code:
        return
    due = hl.sql(f"SELECT due_at FROM cases WHERE code = '{code}'")
    rc, out, err = ctl("unit", "merge", OLD, "--into", NEW, "--by", "test")
    t.check("merge: done", rc == 0 and "1 open case moved" in out, (rc, out, err))
    row = hl.psql(f"SELECT unit_code, received_unit, due_at FROM cases WHERE code = '{code}'")[0]
    t.check("merge: the open case moved, deadline and receiving unit kept",
            row[0] == NEW and row[1] == OLD and row[2] == due, (row, due))
    ev = hl.sql(f"SELECT detail->>'from' || '>' || (detail->>'to') FROM events e JOIN cases c "
                f"ON c.id = e.case_id WHERE c.code = '{code}' AND e.kind = 'merged'")
    t.check("merge: an event on the case", ev == f"{OLD}>{NEW}", ev)
    u = hl.psql(f"SELECT active, successor FROM units WHERE code = '{OLD}'")[0]
    t.check("merge: the old ward retired, its successor named", u == ["f", NEW], u)
    t.check("merge: the old address is an alias",
            hl.sql("SELECT unit_code FROM unit_aliases WHERE address = "
                   "'phananh@badinh.hanoi.example.vn'") == OLD)
    rc, out, err = ctl("unit", "show", NEW)
    t.check("unit show: the alias and the history", "alias: phananh@badinh.hanoi.example.vn"
            in out and "merged_in" in out, out)
    rc, out, err = ctl("unit", "merge", OLD, "--into", "phuong-cau-giay")
    t.check("merge again elsewhere: refused, retired", rc == 1 and "retired" in err, err)
    rc, out, err = ctl("unit", "merge", OLD, "--into", NEW)
    t.check("merge again into the successor: nothing left to move",
            rc == 0 and "0 open cases moved" in out, (rc, out, err))
    # The daemon takes the merge up within seconds (units_version).
    v = version()
    t.check("merge: the daemon takes it up", hl.wait_until(
        lambda: f"units: version {v}:" in d.log(), timeout=30, what="the merge taken up"),
        d.log()[-1500:])

    # Mail to the old address: its mailbox is still polled, for the successor.
    hl.imap_append(OLD, citizen_mail("phananh@badinh.hanoi.example.vn",
                                     "Hỏi giờ làm việc",
                                     "Tôi muốn hỏi giờ làm việc của bộ phận một cửa.\n",
                                     sender="lan.pham@example.com"))
    new_code = hl.wait_until(
        lambda: case_of("citizen_address = 'lan.pham@example.com'"), timeout=90,
        what="a case from mail to the old address")
    row = hl.psql(f"SELECT unit_code, received_unit FROM cases WHERE code = '{new_code}'")
    t.check("merge: mail to the old address goes to the successor",
            new_code and row and row[0] == [NEW, NEW], (row, d.log()[-1500:]))

    # The citizen answers the old case by its code: it still threads.
    n = int(hl.sql(f"SELECT count(*) FROM messages m JOIN cases c ON c.id = m.case_id "
                   f"WHERE c.code = '{code}'"))
    hl.imap_append(OLD, citizen_mail("phananh@badinh.hanoi.example.vn",
                                     f"Re: [{code}] Hỏi về giờ tiếp công dân",
                                     "Tôi bổ sung: tôi đến vào buổi sáng.\n"))
    ok = hl.wait_until(lambda: int(hl.sql(
        f"SELECT count(*) FROM messages m JOIN cases c ON c.id = m.case_id "
        f"WHERE c.code = '{code}'")) == n + 1, timeout=90, what="the reply joining the case")
    t.check("merge: the old case code still threads", ok)
    t.check("merge: the reply opened no case", hl.sql(
        "SELECT count(*) FROM cases WHERE citizen_address = 'binh.tran@example.com' "
        f"AND received_unit IN ('{OLD}', '{NEW}')") == "1")


def test_split():
    """NEW (holding the merged ward's cases) splits in two by a rule file."""
    held = dict(hl.psql(f"SELECT citizen_address, code FROM cases WHERE unit_code = '{NEW}' "
                        "AND status = 'open'"))
    t.check("split: the successor holds both citizens' cases",
            {"binh.tran@example.com", "lan.pham@example.com"} <= set(held), held)
    for code, name in (("hk-bac", "Phường Hoàn Kiếm Bắc"), ("hk-nam", "Phường Hoàn Kiếm Nam")):
        rc, out, err = ctl("unit", "add", code, "--name", name, "--parent", NEW, "--kind", "ward",
                           "--feedback-email", f"phananh@{code}.hanoi.example.vn")
        t.check(f"split: {code} added", rc == 0, err)
    rules = os.path.join(hl.env("HL_RUN"), "split.rules")
    with open(rules, "w", encoding="utf-8") as f:
        f.write("# what the clerks agreed\nhk-nam  lam viec\nhk-nowhere  x\n")
    rc, out, err = ctl("unit", "split", NEW, "--into", "hk-bac,hk-nam", "--rule-file", rules)
    t.check("split: a bad rule file is FILE:LINE, nothing done", rc == 65 and
            f"{rules}:3: hk-nowhere is not one of the units split into" in err and
            hl.sql(f"SELECT active FROM units WHERE code = '{NEW}'") == "t", (rc, err))
    with open(rules, "w", encoding="utf-8") as f:
        f.write("# what the clerks agreed\nhk-nam  lam viec\n")
    rc, out, err = ctl("unit", "split", NEW, "--into", "hk-bac,hk-nam", "--rule-file", rules,
                       "--by", "test")
    t.check("split: done", rc == 0 and "hk-bac 1, hk-nam 1" in out, (rc, out, err))
    now = dict(hl.psql("SELECT citizen_address, unit_code FROM cases WHERE code IN "
                       f"('{held.get('binh.tran@example.com')}', "
                       f"'{held.get('lan.pham@example.com')}')"))
    t.check("split: the rule sends one case to hk-nam, the other goes to the first",
            now == {"binh.tran@example.com": "hk-bac", "lan.pham@example.com": "hk-nam"}, now)
    t.check("split: the new units move up to the old one's parent",
            hl.sql("SELECT string_agg(DISTINCT parent, ',') FROM units WHERE code IN "
                   "('hk-bac', 'hk-nam')") == "ubnd-tp")
    t.check("split: an event on each case", hl.sql(
        "SELECT count(*) FROM events WHERE kind = 'split'") == "2")
    u = hl.psql(f"SELECT active, successor FROM units WHERE code = '{NEW}'")[0]
    t.check("split: the old unit retired, the first new one its successor", u == ["f", "hk-bac"],
            u)
    rc, out, err = ctl("unit", "list", "--all")
    t.check("unit list --all: the chain of successors", f"retired -> {NEW}" in out and
            "retired -> hk-bac" in out, out)


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.mailto, self.external, self.lang = set(), [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        for k in ("href", "src"):
            v = a.get(k) or ""
            if v.startswith("mailto:"):
                self.mailto.add(v[7:].lower())
            elif v.startswith(("http:", "https:", "//")) or (k == "src" and v):
                self.external.append(v)


def test_directory():
    out = os.path.join(hl.env("HL_RUN"), "directory.html")
    rc, _, err = ctl("directory", "--format", "html", "--out", out)
    t.check("directory: html written", rc == 0, err)
    with open(out, encoding="utf-8") as f:
        page = f.read()
    p = Links()
    p.feed(page)
    active = {u[0].lower() for u in hl.psql("SELECT feedback_email FROM units WHERE active "
                                             "AND feedback_email IS NOT NULL")}
    t.check("directory: every active unit's email", active and active <= p.mailto,
            active - p.mailto)
    t.check("directory: the merged ward is not listed",
            "phananh@badinh.hanoi.example.vn" not in p.mailto)
    t.check("directory: lang=vi, no external asset, no script",
            p.lang == "vi" and not p.external and "<script" not in page, (p.lang, p.external))
    chromium = "/usr/bin/chromium"
    if os.path.exists(chromium):
        profile = tempfile.mkdtemp(dir=hl.env("HL_RUN"))
        r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                            f"--user-data-dir={profile}", "--dump-dom", "file://" + out],
                           capture_output=True, text=True, timeout=120)
        shutil.rmtree(profile, ignore_errors=True)
        q = Links()
        q.feed(r.stdout)
        t.check("directory: Chromium renders every email", active <= q.mailto,
                (r.returncode, r.stderr[-500:]))
    else:
        print(f"skip: {chromium} is not installed: the HTML is checked by html.parser only")

    rc, csv_out, err = ctl("directory", "--format", "csv")
    raw = subprocess.run([hl.binary("hotlinectl"), "-c", hl.dbunits_conf(), "directory",
                          "--format", "csv"], capture_output=True).stdout
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    t.check("directory: CSV with BOM, a row per active unit",
            raw.startswith(b"\xef\xbb\xbf") and len(rows) == len(active) + 1, len(rows))
    rc, js, err = ctl("directory", "--format", "json")
    doc = json.loads(js)
    t.check("directory: JSON, tree order", rc == 0 and doc["units"][0]["parent"] is None and
            len(doc["units"]) == len(active), js[:300])
    rc, _, err = ctl("directory", "--format", "pdf")
    t.check("directory: a bad format is one line, exit 2", rc == 2 and err.count("\n") == 1, err)


def main():
    hl.env()
    hl.reset_db()
    for u in (OLD, NEW):
        hl.imap_clear(u)
    added_folder(clear=True)
    test_import()
    hl.reset_db()
    hl.import_units()  # the daemon reads the units from the database only
    d = hl.start_daemon(hl.dbunits_conf(), log_name=f"test-units-{os.getpid()}.log")
    try:
        ok = hl.wait_until(lambda: "leases: now serving" in d.log(), timeout=60,
                           what="the daemon serving")
        t.check("daemon: serves the database's units", ok and
                f"mbox={ADDED}" not in d.log(), d.log()[-1500:])
        test_live_add(d)
        test_merge(d)
    finally:
        rc = hl.stop_daemon(d)
        t.check("daemon: stops cleanly", rc == 0, d.log()[-1000:])
    test_split()
    test_directory()
    for u in (OLD, NEW):
        hl.imap_clear(u)
    added_folder(clear=True)
    hl.reset_db()
    return t.summary()


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        hl.stop_all_daemons()
