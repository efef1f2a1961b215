#!/usr/bin/env python3
"""bench/scale.py MAILBOXES MAILS DAEMONS: one run of bench/scale.sh.

Expects the stack of bench/scale.sh (HL_STACK_ENV) with MAILBOXES unit
mailboxes.  Appends MAILS generated citizen mails spread evenly over the
mailboxes while no daemon runs, starts DAEMONS hotlined, and measures until
every mail is a committed case and every acknowledgement is accepted by the
SMTP receiver: seconds, peak RSS of each daemon (VmHWM), the most PostgreSQL
connections of the daemons and IMAP connections open at once (sampled every
0.2 s), and how the mailboxes were spread over the daemons.  Not a test.
"""
import os
import re
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "tests", "integration"))
import hl  # noqa: E402

N_MB, N_MAIL, N_D = (int(a) for a in sys.argv[1:4])


def mail(i, code):
    subject = hl.encode_subject(f"Phản ánh ngập úng sau mưa tại ngõ {i}")
    body = (f"Kính gửi Ủy ban nhân dân,\r\n\r\nSau mỗi trận mưa ngõ {i} ngập sâu nửa mét, "
            "nước không thoát được, đề nghị nạo vét cống.\r\n\r\nTrân trọng.\r\n" * 3)
    return (f"From: Cong Dan {i} <cd{i}@example.vn>\r\nTo: <{code}@example.vn>\r\n"
            f"Subject: {subject}\r\nMessage-ID: <bench-scale-{i}@example.vn>\r\n"
            "Date: Sat, 05 Dec 2026 09:00:00 +0700\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
            f"\r\n{body}").encode()


def imap_conns(port):
    out = subprocess.run(["ss", "-Htn", "state", "established", f"( dport = :{port} )"],
                         capture_output=True, text=True).stdout
    return len([ln for ln in out.splitlines() if ln.strip()])


def main():
    hl.reset_db()
    hl.smtp_clear()
    codes = hl.units()[:N_MB]
    per = {}
    for i in range(N_MAIL):
        per.setdefault(codes[i % len(codes)], []).append(mail(i, codes[i % len(codes)]))
    for code, msgs in per.items():
        hl.imap_append(code, msgs)
    conf = hl.variant_config({"intake": {"lease_seconds": 15}})
    peak_pg = peak_imap = 0
    stop = threading.Event()

    def sample():
        nonlocal peak_pg, peak_imap
        while not stop.is_set():
            try:
                n = int(hl.sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                               "'hotline' AND backend_type = 'client backend'"))
                peak_pg = max(peak_pg, n)
            except Exception:
                pass
            peak_imap = max(peak_imap, imap_conns(hl.env("HL_IMAPS_PORT")))
            time.sleep(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    t0 = time.time()
    ds = [hl.start_daemon(conf, owner=f"bench-{k}") for k in range(N_D)]
    hwm = [0] * N_D
    t_cases = None
    spread = {}
    try:
        while True:
            for k, d in enumerate(ds):
                try:
                    with open(f"/proc/{d.pid}/status") as f:
                        m = re.search(r"VmHWM:\s+(\d+)", f.read())
                    hwm[k] = max(hwm[k], int(m.group(1)) if m else 0)
                except OSError:
                    pass
            cases = int(hl.sql("SELECT count(*) FROM cases"))
            if t_cases is None and cases >= N_MAIL:
                t_cases = time.time() - t0
                rows = hl.psql("SELECT owner, count(*) FROM mailboxes WHERE lease_expires > "
                               "now() GROUP BY owner")
                spread = {r[0]: int(r[1]) for r in rows}
            if t_cases is not None:
                acks = int(hl.sql("SELECT count(*) FROM outbox WHERE kind = 'ack' AND "
                                  "status = 'sent'"))
                if acks >= N_MAIL:
                    break
            if time.time() - t0 > 3600:
                print("scale: gave up after an hour", file=sys.stderr)
                return 1
            time.sleep(0.2)
        t_all = time.time() - t0
        # Daemons started together settle their shares within a lease
        # period or two (the first to heartbeat claims everything, then
        # gives back); read the spread once they have.
        while time.time() - t0 < 2 * 15 + 5:
            time.sleep(0.5)
        rows = hl.psql("SELECT owner, count(*) FROM mailboxes WHERE lease_expires > now() "
                       "GROUP BY owner")
        spread = {r[0]: int(r[1]) for r in rows} or spread
    finally:
        stop.set()
        th.join()
        hl.stop_all_daemons()
    even = N_MB / N_D
    dev = max(abs(v - even) / even for v in spread.values()) * 100 if spread else 0
    print(f"scale: {N_MB} mailboxes, {N_MAIL} mails, {N_D} daemon{'s' if N_D > 1 else ''}: "
          f"cases in {t_cases:.1f} s, acknowledged in {t_all:.1f} s "
          f"({N_MAIL / t_all:.0f} mails/s); peak RSS "
          + ", ".join(f"{h // 1024} MiB" for h in hwm)
          + f"; peak connections: PostgreSQL {peak_pg}, IMAP {peak_imap}; mailboxes held "
          + " / ".join(str(spread.get(f"bench-{k}", 0)) for k in range(N_D))
          + f" (max deviation from even {dev:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
