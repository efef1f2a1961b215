#!/usr/bin/env python3
"""Rule tooling against the real stack: `hotlinectl rules stats` and
`rules replay` over PostgreSQL, and the daemon's rule reload on SIGHUP.

Expectations are computed here from what the database holds (the
'classified' events' traces), never hard-coded: stats must count exactly the
cases each rule decided; a replay with one rule's unit changed must list
exactly the cases that rule decided, and must leave the database unchanged.
"""
import email.utils
import glob
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

CORPUS = os.path.join(hl.REPO, "tests", "data", "corpus")
RULES = os.path.join(hl.REPO, "rules")
T = hl.Tally("test_rules_db")


def ctl(*args):
    """hotlinectl -c $HL_CONF args... -> (exit status, stdout, stderr)."""
    r = subprocess.run([hl.binary("hotlinectl"), "-c", hl.env("HL_CONF"), *args],
                       capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def rule_names(d):
    names = []
    for path in sorted(glob.glob(os.path.join(d, "*.conf"))):
        with open(path, encoding="utf-8") as f:
            names += re.findall(r'\{\s*name\s*=\s*"([^"]+)"', f.read())
    return names


def traces():
    """{case code: [rule names of its 'classified' event that fired]}."""
    out = {}
    for code, detail in hl.psql("SELECT c.code, e.detail FROM cases c JOIN events e"
                                " ON e.case_id = c.id AND e.kind = 'classified'"):
        rules = json.loads(detail).get("rules") or []
        out[code] = [r["rule"] for r in rules if not r.get("limit_hit")]
    return out


def db_checksum():
    return hl.sql("SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY id), ''))"
                  " || (SELECT count(*) FROM events) || '/' || (SELECT count(*) FROM messages)"
                  " FROM cases c")


def copy_rules(dest):
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(RULES, dest, ignore=shutil.ignore_patterns("*.md"))
    os.chmod(dest, 0o755)
    for p in glob.glob(os.path.join(dest, "*")):
        os.chmod(p, 0o644)
    return dest


def mail(subject, body, n):
    return ("From: Test Citizen <citizen%d@example.com>\r\n"
            "To: phananh@so-tp.example.vn\r\n"
            "Subject: %s\r\nDate: %s\r\nMessage-ID: <rdb%d.%d@example.com>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
            % (n, hl.encode_subject(subject), email.utils.formatdate(), n,
               random.randrange(1 << 30), body)).encode("utf-8")


def reset():
    hl.stop_all_daemons()
    hl.reset_db()
    for unit in hl.units():
        hl.imap_clear(unit)


def ingest_corpus(n=30):
    files = sorted(glob.glob(os.path.join(CORPUS, "*.eml")))[:n]
    msgs = []
    for path in files:
        with open(path, "rb") as f:
            msgs.append(f.read())
    hl.imap_append("so-tp", msgs)
    rc, log = hl.run_daemon_once(capture=True)
    T.check("hotlined --once ingests the corpus", rc == 0, log[-500:])


def test_stats():
    rc, out, err = ctl("rules", "stats", "--since", "7d", "--json")
    T.check("rules stats --json exits 0", rc == 0, err)
    if rc != 0:
        return
    st = json.loads(out)
    got = {}
    for row in st["hits"]:
        got[row["rule"]] = got.get(row["rule"], 0) + row["hits"]
    want = {}
    for rules in traces().values():
        for name in set(rules):
            want[name] = want.get(name, 0) + 1
    T.check("stats counts every rule's cases as the events record them",
            got == want and len(want) > 3, f"got {got} want {want}")
    never = {r["rule"] for r in st["never_fired"]}
    expect_never = set(rule_names(RULES)) - set(want)
    T.check("stats lists exactly the rules that never fired", never == expect_never,
            f"got {sorted(never)} want {sorted(expect_never)}")
    rc, out, _ = ctl("rules", "stats")
    some = next(iter(want))
    T.check("rules stats text table shows a fired rule with its count",
            rc == 0 and re.search(r"^%s\s+\d{4}-\d\d-\d\d\s+%d\s" % (re.escape(some), want[some]),
                                  out, re.M), out[:400])
    # Days are local: the events of the last hour fall on Hanoi's today.
    today = hl.sql("SELECT to_char((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD')")
    T.check("stats days are Asia/Ho_Chi_Minh dates",
            all(r["day"] == today for r in st["hits"]), st["hits"][:2])
    rc, out, err = ctl("rules", "stats", "--since", "banana")
    T.check("stats --since banana: one-line error, exit 2",
            rc == 2 and err.count("\n") == 1 and "banana" in err, (rc, err))


def test_replay():
    before = db_checksum()
    rc, out, err = ctl("rules", "replay", "--since", "30d", "--candidate", RULES, "--json")
    res = json.loads(out) if rc == 0 else {}
    n_cases = int(hl.sql("SELECT count(*) FROM messages WHERE disposition = 'new_case'"))
    T.check("replay with the live rules examines every case and changes none",
            rc == 0 and res["examined"] == n_cases and res["would_change"] == 0,
            (rc, err, out[:300]))

    cand = copy_rules(os.path.join(hl.env("HL_RUN"), "cand-rules"))
    path = os.path.join(cand, "50-topics.conf")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    block = re.search(r'\{ name = "ngap-ung";.*?\}; \},', text, re.S).group(0)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(block, block.replace('unit = "so-xd"', 'unit = "phuong-cau-giay"')))
    rc, out, err = ctl("rules", "replay", "--since", "30d", "--candidate", cand, "--json")
    res = json.loads(out) if rc == 0 else {"changes": [], "examined": -1, "would_change": -1}
    want = {code for code, rules in traces().items() if "ngap-ung" in rules}
    got = {c["code"] for c in res["changes"]}
    T.check("replay lists exactly the cases the changed rule decided",
            got == want and len(want) > 0, f"got {sorted(got)} want {sorted(want)}")
    T.check("each change is so-xd -> phuong-cau-giay by ngap-ung",
            all(c.get("unit") == ["so-xd", "phuong-cau-giay"] and c["rule"] == "ngap-ung"
                and "category" not in c for c in res["changes"]), res["changes"][:2])
    T.check("replay summary counts", res["examined"] == n_cases
            and res["would_change"] == len(want), res)
    rc, out, _ = ctl("rules", "replay", "--since", "30d", "--candidate", cand)
    T.check("replay text lists old -> new and the summary",
            rc == 0 and "unit so-xd -> phuong-cau-giay  by ngap-ung" in out
            and f"{n_cases} examined, {len(want)} would change" in out, out[-300:])
    rc, out, _ = ctl("rules", "replay", "--since", "30d", "--candidate", cand, "--limit", "1")
    T.check("replay --limit 1 lists one case and still counts all",
            rc == 0 and out.count("by ngap-ung") == 1
            and f"{len(want)} would change" in out, out[-300:])
    T.check("the database is unchanged by replays", db_checksum() == before)

    with open(os.path.join(cand, "99-bad.conf"), "w", encoding="utf-8") as f:
        f.write('rules = (\n  { name = "hong"; when = { subject = "(chưa đóng"; };\n'
                '    then = { unit = "so-xd"; }; }\n);\n')
    rc, out, err = ctl("rules", "replay", "--since", "30d", "--candidate", cand)
    T.check("replay with an invalid candidate exits 78 naming FILE:LINE",
            rc == 78 and re.search(r"99-bad\.conf:\d+: ", err), (rc, err))
    rc, _, err = ctl("rules", "replay", "--since", "30d")
    T.check("replay without --candidate exits 2", rc == 2 and err.count("\n") == 1, err)
    rc, _, err = ctl("rules", "replay", "--since", "12x", "--candidate", cand)
    T.check("replay --since 12x exits 2", rc == 2, err)


def case_of(subject_word):
    return hl.psql("SELECT c.code, c.unit_code, e.detail FROM cases c JOIN events e ON"
                   " e.case_id = c.id AND e.kind = 'classified' WHERE c.subject LIKE '%%%s%%'"
                   % subject_word)


def test_sighup():
    reset()
    live = copy_rules(os.path.join(hl.env("HL_RUN"), "live-rules"))
    conf = hl.variant_config(top={"rules_dir": live})
    # A log of its own: an older run's lines must not satisfy the waits.  The
    # daemon blocks SIGHUP before it logs "started"; an earlier SIGHUP kills it.
    d = hl.start_daemon(conf, log_name=f"rules-db-{os.getpid()}.log")
    T.check("daemon starts",
            hl.wait_until(lambda: "hotlined started" in d.log(), 30, "daemon start"),
            d.log()[-500:])
    # Broken set: a good new rule plus a bad one; the whole set must be refused.
    new_rule = ('rules = (\n  { name = "ma-zebra";\n    when = { subject = "ZEBRA-\\\\d+"; };\n'
                '    then = { unit = "phuong-ba-dinh"; stop = true; }; }\n);\n')
    with open(os.path.join(live, "05-zebra.conf"), "w", encoding="utf-8") as f:
        f.write(new_rule)
    with open(os.path.join(live, "99-bad.conf"), "w", encoding="utf-8") as f:
        f.write('rules = (\n  { name = "hong"; when = { subjct = "x"; }; }\n);\n')
    for p in glob.glob(os.path.join(live, "*.conf")):
        os.chmod(p, 0o644)
    d.send_signal(signal.SIGHUP)
    T.check("SIGHUP with a broken set: reload refused in the log",
            hl.wait_until(lambda: "reload refused" in d.log() and "99-bad.conf:2" in d.log(),
                          20, "reload refused"), d.log()[-800:])
    hl.imap_append("so-tp", mail("ZEBRA-1 ngập nước trong ngõ", "Ngõ bị ngập sau mưa.", 1))
    ok = hl.wait_until(lambda: case_of("ZEBRA-1"), 60, "ZEBRA-1 case")
    rows = ok or []
    T.check("mail still flows with the old rules after a refused reload",
            len(rows) == 1 and rows[0][1] == "so-xd" and "ngap-ung" in rows[0][2]
            and "ma-zebra" not in rows[0][2], rows)
    T.check("daemon alive after refused reload", d.alive())

    os.unlink(os.path.join(live, "99-bad.conf"))
    d.send_signal(signal.SIGHUP)
    T.check("SIGHUP with the fixed set: rules reloaded",
            hl.wait_until(lambda: "rules reloaded" in d.log(), 20, "reload"), d.log()[-500:])
    hl.imap_append("so-tp", mail("ZEBRA-2 ngập nước trong ngõ", "Ngõ bị ngập sau mưa.", 2))
    rows = hl.wait_until(lambda: case_of("ZEBRA-2"), 60, "ZEBRA-2 case") or []
    detail = json.loads(rows[0][2]) if rows else {}
    T.check("after reload the new rule routes the case and is named in its event",
            len(rows) == 1 and rows[0][1] == "phuong-ba-dinh"
            and any(r.get("rule") == "ma-zebra" for r in detail.get("rules", [])), rows)
    T.check("each message classified once",
            hl.sql("SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id"
                   " WHERE e.kind = 'classified' AND c.subject LIKE 'ZEBRA-%'") == "2")
    rc = hl.stop_daemon(d)
    T.check("daemon stops cleanly", rc == 0, rc)


def main():
    hl.env()
    try:
        reset()
        ingest_corpus()
        test_stats()
        test_replay()
        test_sighup()
    except Exception as exc:  # a crash is a failure, not a silent pass
        T.check("no exception", False, repr(exc))
    finally:
        hl.stop_all_daemons()
    return T.summary()


if __name__ == "__main__":
    sys.exit(main())
