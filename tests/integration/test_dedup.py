#!/usr/bin/env python3
"""One case for one letter, on the real stack (lib/core/dedup.h).

    HL_STACK_ENV=... HL_BUILD_DIR=... python3 tests/integration/test_dedup.py

Checks: one letter delivered to three unit mailboxes gives one case, three
receipts, one acknowledgement and one forward (to the responsible unit's
clerks only); many such letters stored by concurrent workers still give one
case each (the letters' lock); the same Message-ID from a different sender
gives two cases; the same letter twice in one mailbox keeps its own case;
intake.dedup_days = 0 turns it off; hotlinectl case link and case merge work,
case show says so, and a reply to the merged case's code lands in its
successor.  Last line: "N passed, M failed".
"""

import os
import re
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

CORPUS = os.path.join(hl.REPO, "tests/data/corpus")
t = hl.Tally("test_dedup")
UNITS = ["so-xd", "ubnd-tp", "phuong-ba-dinh"]


def units():
    return {u["code"]: u for u in hl.units_json()}


def reset():
    for code in hl.units():
        hl.imap_clear(code)
    hl.reset_db()
    hl.smtp_control({})
    hl.smtp_clear()


def outbox_once():
    r = hl.run([hl.binary("outbox_once"), "-c", hl.env("HL_CONF")], check=False)
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr)
    return r.returncode


def intake(conf=None):
    rc, out = hl.run_daemon_once(conf=conf, capture=True)
    if rc != 0:
        print(out[-2000:], file=sys.stderr)
    return rc


def letter(sender, mid, subject, body, to_units=UNITS, unit=None, in_reply_to=None):
    """A citizen's mail as the unit's mailbox keeps it: the same bytes for
    every recipient but the Delivered-To the receiving server adds."""
    all_units = units()
    to = ", ".join(all_units[u]["feedback_email"] for u in to_units)
    head = f"Delivered-To: {all_units[unit]['feedback_email']}\r\n" if unit else ""
    if in_reply_to:
        head += f"In-Reply-To: {in_reply_to}\r\n"
    return (f"{head}From: {sender}\r\nTo: {to}\r\nSubject: {hl.encode_subject(subject)}\r\n"
            f"Date: Fri, 04 Dec 2026 09:00:00 +0700\r\n"
            + (f"Message-ID: {mid}\r\n" if mid else "")
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n").encode()


WATER = ("Kính gửi Sở Xây dựng,\r\nKhu tập thể Thành Công mất nước sinh hoạt 5 ngày liên tiếp, "
         "công ty cấp nước không trả lời, chúng tôi phải mua nước bình về nấu ăn.\r\n"
         "Đề nghị các cơ quan kiểm tra và khắc phục.")


def sent_to(addr):
    return [m for m, _ in hl.smtp_messages() if addr in m["rcpt_tos"]]


def test_three_mailboxes():
    reset()
    citizen = "anh.bui@mail.example.vn"
    for u in UNITS:
        hl.imap_append(u, [letter(f"Bùi Ánh <{citizen}>", "<water-1@mail.example.vn>",
                                  "Mất nước sinh hoạt 5 ngày", WATER, unit=u)])
    t.check("intake of the letter in three mailboxes", intake() == 0)
    t.check("one case", hl.sql("SELECT count(*) FROM cases") == "1",
            hl.psql("SELECT code, unit_code, received_unit FROM cases"))
    t.check("three messages, all on it",
            hl.sql("SELECT count(*) FROM messages m JOIN cases c ON c.id = m.case_id") == "3")
    rows = hl.psql("SELECT r.unit_code, r.joined FROM receipts r ORDER BY r.id")
    t.check("three receipts, one per mailbox, one of them opening the case",
            sorted(r[0] for r in rows) == sorted(UNITS) and [r[1] for r in rows].count("f") == 1,
            rows)
    t.check("the joined copies are on the case's record",
            hl.sql("SELECT count(*) FROM events WHERE kind = 'same_letter'") == "2")
    t.check("every mailbox's copy left its inbox",
            all(hl.imap_count(u) == 0 for u in UNITS), [hl.imap_count(u) for u in UNITS])
    code, unit = hl.psql("SELECT code, unit_code FROM cases")[0]
    t.check("sender pass runs", outbox_once() == 0)
    acks = sent_to(citizen)
    t.check("one acknowledgement", len(acks) == 1, len(acks))
    all_units = units()
    clerks = [c.lower() for c in all_units[unit]["clerks"]]
    others = [c.lower() for u in all_units if u != unit for c in all_units[u]["clerks"]]
    fwd = [m for m, _ in hl.smtp_messages() if set(m["rcpt_tos"]) & set(clerks)]
    t.check(f"one forward to the responsible unit ({unit})", len(fwd) == len(clerks),
            len(fwd))
    t.check("nothing to the other units' clerks",
            not any(set(m["rcpt_tos"]) & set(others) for m, _ in hl.smtp_messages()))
    t.check("nothing else sent", hl.smtp_count() == 1 + len(clerks), hl.smtp_count())
    show = hl.hotlinectl("case", "show", code).stdout
    t.check("case show lists the receiving units",
            "Received in 3 mailboxes" in show and all(u in show for u in UNITS), show[:1500])
    # A copy in the same mailbox again: the citizen sent it twice; as
    # before, its own case and no second acknowledgement.
    hl.imap_append(UNITS[1], [letter(f"Bùi Ánh <{citizen}>", "<water-1@mail.example.vn>",
                                     "Mất nước sinh hoạt 5 ngày", WATER + "\r\n", unit=UNITS[1])])
    t.check("intake of a second copy in one mailbox", intake() == 0)
    t.check("the same mailbox again keeps its own case",
            hl.sql("SELECT count(*) FROM cases") == "2")
    t.check("sender pass runs", outbox_once() == 0)
    t.check("still one acknowledgement", len(sent_to(citizen)) == 1, len(sent_to(citizen)))


def test_concurrent():
    """Many letters, each in three mailboxes, stored by concurrent workers:
    without the letters' lock two workers would both open a case."""
    reset()
    n = int(os.environ.get("HL_DEDUP_N", "20"))
    # Small batches: the three workers' commits interleave many times.
    conf = hl.variant_config({"intake": {"fetch_batch": 2}})
    for u in UNITS:
        hl.imap_append(u, [letter(f"cong.dan.{i}@example.vn", f"<many-{i}@example.vn>",
                                  f"Mất nước khu {i}", WATER + f"\r\nNhà số {i}.", unit=u)
                           for i in range(n)])
    t.check("intake of the letters", intake(conf) == 0)
    t.check(f"{n} cases for {n} letters", hl.sql("SELECT count(*) FROM cases") == str(n),
            hl.sql("SELECT count(*) FROM cases"))
    t.check("three receipts each",
            hl.sql("SELECT count(*) FROM (SELECT case_id FROM receipts GROUP BY case_id"
                   " HAVING count(*) = 3) x") == str(n))
    t.check(f"{n} acknowledgements queued",
            hl.sql("SELECT count(*) FROM outbox WHERE kind = 'ack'") == str(n))


def test_lock():
    """Another daemon makes the letter live in its own transaction at the
    moment this one stores a copy: intake waits for the key's lock, then
    sees that letter and joins its case.  (Without the lock it would see the
    letter past its window, open a second case, and overwrite the letter.)"""
    reset()
    hl.imap_append(UNITS[0], [letter("lan@example.vn", "<lock@example.vn>", "Mất nước", WATER,
                                     unit=UNITS[0])])
    t.check("intake of the first copy", intake() == 0)
    key = hl.sql("SELECT key FROM letters")
    hl.sql("UPDATE letters SET first_at = now() - interval '30 days'")
    hl.imap_append(UNITS[1], [letter("lan@example.vn", "<lock@example.vn>", "Mất nước", WATER,
                                     unit=UNITS[1])])
    other = threading.Thread(target=hl.psql, args=(
        f"BEGIN; SELECT hl_letter_lock(ARRAY['{key}']);"
        f" UPDATE letters SET first_at = now() WHERE key = '{key}';"
        " SELECT pg_sleep(6); COMMIT;",))
    other.start()
    hl.wait_until(lambda: hl.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                 " AND classid = 1212 AND granted") == "1",
                  what="the other transaction holds the letter's lock")
    t0 = time.monotonic()
    t.check("intake of the second copy", intake() == 0)
    waited = time.monotonic() - t0
    other.join()
    t.check("intake waited for the other transaction", waited > 3, waited)
    t.check("and joined the letter's case", hl.sql("SELECT count(*) FROM cases") == "1",
            hl.psql("SELECT code, created_at FROM cases"))


def test_other_sender():
    """The same Message-ID from someone else is not the same letter."""
    reset()
    hl.imap_append(UNITS[0], [letter("lan@example.vn", "<same-id@example.vn>", "Mất nước",
                                     WATER, unit=UNITS[0])])
    hl.imap_append(UNITS[1], [letter("ke.gia.mao@example.net", "<same-id@example.vn>",
                                     "Mất nước", WATER, unit=UNITS[1])])
    t.check("intake", intake() == 0)
    t.check("two cases", hl.sql("SELECT count(*) FROM cases") == "2")
    t.check("each with its own citizen",
            hl.psql("SELECT citizen_address FROM cases ORDER BY citizen_address")
            == [["ke.gia.mao@example.net"], ["lan@example.vn"]])
    # Without a Message-ID the text decides, with the sender.
    reset()
    for u in UNITS[:2]:
        hl.imap_append(u, [letter("minh@example.vn", None, "Không có Message-ID",
                                  WATER.replace("\r\n", "\n") if u == UNITS[1] else WATER,
                                  unit=u)])
    hl.imap_append(UNITS[2], [letter("khac@example.vn", None, "Không có Message-ID", WATER,
                                     unit=UNITS[2])])
    t.check("intake without Message-IDs", intake() == 0)
    t.check("the same text from one sender is one case, from another its own",
            hl.sql("SELECT count(*) FROM cases") == "2")


def test_disabled():
    reset()
    conf = hl.variant_config({"intake": {"dedup_days": 0}})
    for u in UNITS:
        hl.imap_append(u, [letter("lan@example.vn", "<off@example.vn>", "Mất nước", WATER,
                                  unit=u)])
    t.check("intake with dedup_days = 0", intake(conf) == 0)
    t.check("three cases, no receipts",
            hl.sql("SELECT count(*) FROM cases") == "3"
            and hl.sql("SELECT count(*) FROM receipts") == "0")


def test_link_merge():
    reset()
    hl.imap_append(UNITS[0], [
        letter("lan@example.vn", "<a@example.vn>", "Nước bẩn ở ngõ 5", WATER, unit=UNITS[0]),
        letter("hung@example.vn", "<b@example.vn>", "Ngõ 5 nước đục", WATER + " Nước đục.",
               unit=UNITS[0]),
        letter("mai@example.vn", "<c@example.vn>", "Ngõ 7 mất điện", "Mất điện.", unit=UNITS[0]),
    ])
    t.check("intake", intake() == 0)
    a, b, c = [r[0] for r in hl.psql("SELECT code FROM cases ORDER BY id")]
    r = hl.hotlinectl("case", "link", a, c, "--by", "lan.clerk", check=False)
    t.check("case link", r.returncode == 0 and "linked" in r.stdout, r.stdout + r.stderr)
    r = hl.hotlinectl("case", "link", c, a, check=False)
    t.check("linking again says so", r.returncode == 0 and "already" in r.stdout, r.stdout)
    t.check("one link row, events on both",
            hl.sql("SELECT count(*) FROM case_links") == "1"
            and hl.sql("SELECT count(*) FROM events WHERE kind = 'linked'") == "2")
    t.check("case show names the related case",
            re.search(rf"^Related\s+{c}$", hl.hotlinectl("case", "show", a).stdout, re.M))
    for bad in (["link", a], ["link", a, a], ["merge", a], ["merge", a, "--into"],
                ["merge", a, b]):
        r = hl.hotlinectl("case", *bad, check=False)
        t.check(f"case {' '.join(bad)} refused", r.returncode in (1, 2)
                and len(r.stderr.strip().splitlines()) == 1, (r.returncode, r.stderr))
    r = hl.hotlinectl("case", "link", a, "HL-2026-999999", check=False)
    t.check("an unknown case is refused", r.returncode == 1 and "no case" in r.stderr, r.stderr)

    r = hl.hotlinectl("case", "merge", a, "--into", b, "--by", "lan.clerk", check=False)
    t.check("case merge", r.returncode == 0, r.stdout + r.stderr)
    row = hl.psql(f"SELECT k.status, m.code FROM cases k JOIN cases m ON m.id = k.merged_into"
                  f" WHERE k.code = '{a}'")
    t.check("A is closed as a duplicate of B", row == [["resolved", b]], row)
    t.check("an event on both",
            hl.sql(f"SELECT count(*) FROM events e JOIN cases k ON k.id = e.case_id WHERE"
                   f" (k.code = '{a}' AND e.kind = 'merged_into') OR"
                   f" (k.code = '{b}' AND e.kind = 'merged_from')") == "2")
    r = hl.hotlinectl("case", "merge", a, "--into", c, check=False)
    t.check("a merged case is not merged again", r.returncode == 1 and b in r.stderr, r.stderr)
    r = hl.hotlinectl("case", "merge", c, "--into", a, check=False)
    t.check("nor merged into", r.returncode == 1 and f"into {b} instead" in r.stderr, r.stderr)
    show = hl.hotlinectl("case", "show", b).stdout
    t.check("B shows A's message and events",
            "Nước bẩn ở ngõ 5" in show and "merged_into" in show and f"Merged from     {a}"
            in show, show[:2000])
    t.check("A says where it went",
            re.search(rf"^Merged into\s+{b}", hl.hotlinectl("case", "show", a).stdout, re.M))

    # The citizen of A answers A's acknowledgement: the mail joins B.
    hl.imap_append(UNITS[0], [letter("lan@example.vn", "<a2@example.vn>",
                                     f"Re: [{a}] Nước bẩn ở ngõ 5", "Vẫn chưa có nước.",
                                     unit=UNITS[0])])
    t.check("intake of the reply", intake() == 0)
    row = hl.psql("SELECT k.code, m.disposition FROM messages m JOIN cases k"
                  " ON k.id = m.case_id WHERE m.message_id = '<a2@example.vn>'")
    t.check("a reply to A's code lands in B as the citizen's", row == [[b, "reply_citizen"]], row)
    # A copy of A's letter arriving late in another mailbox joins B too.
    hl.imap_append(UNITS[1], [letter("lan@example.vn", "<a@example.vn>", "Nước bẩn ở ngõ 5",
                                     WATER, unit=UNITS[1])])
    t.check("intake of a late copy", intake() == 0)
    row = hl.psql("SELECT k.code FROM messages m JOIN cases k ON k.id = m.case_id"
                  f" WHERE m.message_id = '<a@example.vn>' AND m.mailbox_id ="
                  f" (SELECT id FROM mailboxes WHERE unit_code = '{UNITS[1]}')")
    t.check("a late copy of A's letter joins B", row == [[b]], row)
    t.check("no new case", hl.sql("SELECT count(*) FROM cases") == "3")


def main():
    try:
        test_three_mailboxes()
        test_concurrent()
        test_lock()
        test_other_sender()
        test_disabled()
        test_link_merge()
    finally:
        hl.stop_all_daemons()
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
