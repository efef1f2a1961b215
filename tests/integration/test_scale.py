#!/usr/bin/env python3
"""A city's worth of mailboxes on a database with max_connections = 100.

Starts its own stack (scripts/stack.sh with HL_STACK_UNITS) with 300 unit
mailboxes, one citizen mail in each, then:
  - one hotlined serves all 300: every mail becomes a case, 300
    acknowledgements reach the SMTP receiver, the daemon never holds more
    than database.pool_size connections, and hotlinectl works meanwhile;
  - a second hotlined joins: each holds 40-60% of the mailboxes within a
    lease period; one is killed with -9: the other serves all of them and
    sends the outbox mail the dead one had claimed, within the lease period.
The stack is stopped at the end (HL_KEEP_SCALE_STACK=1 leaves it up).
"""
import json
import os
import re
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
N = int(os.environ.get("HL_SCALE_MAILBOXES", "300"))
RUN = os.path.join(REPO, "run", "scale")
UNITS = os.path.join(REPO, "run", f"units-{N}.json")

os.makedirs(os.path.dirname(UNITS), exist_ok=True)
subprocess.run([sys.executable, os.path.join(REPO, "scripts/units_gen.py"), str(N), UNITS],
               check=True)
subprocess.run(["bash", os.path.join(REPO, "scripts/stack.sh"), "start", RUN], check=True,
               env={**os.environ, "HL_STACK_UNITS": UNITS})
os.environ["HL_STACK_ENV"] = os.path.join(RUN, "stack.env")
os.environ["HL_STACK_DIR"] = RUN
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402  (reads the scale stack's env)

t = hl.Tally()
POOL = 6
LEASE = 10


def citizen(i):
    return f"cong.dan.{i:04d}@example.vn"


def feedback(i, code):
    subject = hl.encode_subject(f"Phản ánh rác thải tồn đọng tại tổ dân phố {i}")
    body = (f"Kính gửi Ủy ban nhân dân,\r\n\r\nRác thải tồn đọng ba ngày nay trước nhà số {i}, "
            f"đề nghị phường cho thu gom.\r\n\r\nTrân trọng,\r\nCông dân {i}\r\n")
    return (f"From: Cong Dan {i} <{citizen(i)}>\r\n"
            f"To: <{code}@example.vn>\r\n"
            f"Subject: {subject}\r\n"
            f"Message-ID: <scale-{i}@example.vn>\r\n"
            f"Date: Sat, 05 Dec 2026 09:00:00 +0700\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}").encode()


def config():
    return hl.variant_config({
        "intake": {"poll_interval": 5, "idle": True, "fetch_batch": 200, "backoff_max": 10,
                   "workers": 4, "idle_max": 100, "max_connections_per_server": 40,
                   "lease_seconds": LEASE},
        "database": {"pool_size": POOL},
    })


def acks():
    """Citizens' addresses that got an acknowledgement, with counts."""
    got = {}
    for meta, _raw in hl.smtp_messages():
        for r in meta.get("rcpt_tos", []):
            if r.startswith("cong.dan."):
                got[r] = got.get(r, 0) + 1
    return got


class ConnWatch(threading.Thread):
    """Samples the daemons' PostgreSQL connections every 0.2 s."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak = 0
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            try:
                n = int(hl.sql("SELECT count(*) FROM pg_stat_activity WHERE "
                               "application_name = 'hotline' AND backend_type = 'client backend'"))
                self.peak = max(self.peak, n)
            except Exception:
                pass
            time.sleep(0.2)


def held_by():
    rows = hl.psql("SELECT owner, count(*) FROM mailboxes WHERE lease_expires > now() "
                   "GROUP BY owner")
    return {r[0]: int(r[1]) for r in rows}


def test_one_daemon_serves_a_city(conf):
    for i, code in enumerate(hl.units()):
        hl.imap_append(code, feedback(i, code))
    watch = ConnWatch()
    watch.start()
    t0 = time.time()
    d = hl.start_daemon(conf, owner="scale-a")
    try:
        # Stalls fail, slowness does not: a loaded runner takes longer.
        ok = hl.wait_progress(lambda: hl.sql("SELECT count(*) FROM cases"), N, 60, f"{N} cases")
        t.check(f"all {N} mails are cases", ok, hl.sql("SELECT count(*) FROM cases"))
        r = hl.hotlinectl("case", "list", "--limit", "5", conf=conf, check=False)
        t.check("hotlinectl case list works while the daemon runs",
                r.returncode == 0 and "HL-" in r.stdout, (r.returncode, r.stderr[-300:]))
        ok = hl.wait_progress(lambda: len(acks()), N, 60, f"{N} acknowledgements")
        elapsed = time.time() - t0
        got = acks()
        t.check(f"{N} citizens acknowledged, each once",
                len(got) == N and set(got.values()) == {1}, (len(got), set(got.values())))
        print(f"scale: {N} mailboxes, one mail each: cases and acks in {elapsed:.1f} s")
        t.check("every mailbox drained", hl.sql(
            "SELECT count(*) FROM mailboxes WHERE waiting = 0 AND last_ok_at IS NOT NULL")
            == str(N))
        modes = dict(hl.psql("SELECT mode, count(*) FROM mailboxes WHERE lease_expires > now() "
                             "GROUP BY mode"))
        t.check("at most intake.idle_max (100) mailboxes in IDLE, the rest polled",
                0 < int(modes.get("idle", 0)) <= 100 and
                int(modes.get("idle", 0)) + int(modes.get("poll", 0)) == N, modes)
        status = hl.hotlinectl("mailbox", "status", conf=conf, check=False)
        t.check("mailbox status names the daemon and the mode",
                status.returncode == 0 and "scale-a" in status.stdout and
                ("idle" in status.stdout or "poll" in status.stdout), status.stdout[:400])
    finally:
        watch.stop.set()
        watch.join()
    t.check(f"the daemon used at most {POOL} database connections (peak {watch.peak})",
            0 < watch.peak <= POOL + 1, watch.peak)  # +1: hotlinectl's own, sampled at once
    return d


def test_two_daemons_split_and_take_over(conf, a):
    b = hl.start_daemon(conf, owner="scale-b")
    try:
        def split():
            h = held_by()
            return (sum(h.values()) == N and
                    all(0.4 * N <= h.get(o, 0) <= 0.6 * N for o in ("scale-a", "scale-b")))
        ok = hl.wait_until(split, LEASE * 3, "an even split")
        t.check(f"two daemons each hold 40-60% of {N} mailboxes", ok, held_by())

        # The outbox row scale-b had claimed when it died (between claim and
        # send): a fresh claim, so only its death frees it.
        hl.psql("INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt, status, "
                "claimed_by, claimed_at, attempts) SELECT c.id, m.id, 'forward', c.unit_code, "
                "array['orphan.clerk@example.vn'], 'sending', 'scale-b', now(), 1 "
                "FROM cases c JOIN messages m ON m.case_id = c.id ORDER BY c.id LIMIT 1")
        hl.kill9(b)
        t0 = time.time()
        ok = hl.wait_until(lambda: held_by() == {"scale-a": N}, LEASE * 2 + 10,
                           "the survivor holds every mailbox")
        took = time.time() - t0
        t.check(f"the survivor serves all {N} mailboxes within the lease period ({took:.1f} s)",
                ok and took <= LEASE * 2 + 5, held_by())

        def orphan_sent():
            return any("orphan.clerk@example.vn" in m.get("rcpt_tos", [])
                       for m, _ in hl.smtp_messages())
        ok = hl.wait_until(orphan_sent, LEASE * 2 + 10, "the orphaned outbox row sent")
        t.check("the dead daemon's claimed mail is sent by the survivor", ok)
        codes = hl.units()
        late = [feedback(10000 + i, codes[i]) for i in range(0, N, max(1, N // 30))]
        for k, i in enumerate(range(0, N, max(1, N // 30))):
            hl.imap_append(codes[i], late[k])
        want = N + len(late)
        ok = hl.wait_until(lambda: hl.sql("SELECT count(*) FROM cases") == str(want), 120)
        t.check("mail to the dead daemon's mailboxes is served", ok,
                hl.sql("SELECT count(*) FROM cases"))
        t.check("nothing stored twice",
                hl.sql("SELECT count(DISTINCT message_id) FROM messages") == str(want))
    finally:
        before = len(a.log())
        hl.stop_all_daemons()
    t.check("a clean stop gives every lease back", held_by() == {}, held_by())
    # With 300 mailboxes, some in IDLE, some waiting for a connection slot:
    # the stop closes them all without a word.
    said = re.findall(r"^\S+ (?:warning|error): .*$", a.log()[before:], re.M)
    t.check("a clean stop logs no warning or error", not said, said[:3])


def main():
    try:
        hl.hotlinectl("db", "migrate")
        hl.reset_db()
        conf = config()
        a = test_one_daemon_serves_a_city(conf)
        test_two_daemons_split_and_take_over(conf, a)
    finally:
        hl.stop_all_daemons()
        if os.environ.get("HL_KEEP_SCALE_STACK") != "1":
            subprocess.run(["bash", os.path.join(REPO, "scripts/stack.sh"), "stop", RUN])
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
