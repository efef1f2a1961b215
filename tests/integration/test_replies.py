#!/usr/bin/env python3
"""The life of a case after its acknowledgement, on the real stack: a clerk's
answer relayed to the citizen (quote and marker stripped, attachment passed
on, first response recorded), a citizen's addition passed to the clerks, a
stranger quoting the tag flagged and answered by nobody, a clerk's internal
note kept internal, a bounce of the acknowledgement marking the citizen
undeliverable (its bounce address and ENVID signed with the stack's bounce key,
and a bounce with a missing, wrong or cut tag, or naming the row only by our
Message-ID, touching no case), the deadline ladder (reminder, the unit's head, the parent
unit) each step exactly once as hotlined --once --now moves the clock, a
resolved case climbing no further, and a row claimed by a daemon that died
before sending sent exactly once.

    HL_STACK_ENV=... HL_BUILD_DIR=... python3 tests/integration/test_replies.py

Last line: "N passed, M failed".
"""

import email
import email.policy
import json
import os
import sys
import time
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

CORPUS = os.path.join(hl.REPO, "tests/data/corpus")
t = hl.Tally("test_replies")
PDF = b"%PDF-1.4\n% van ban tra loi\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"


def corpus(name):
    with open(os.path.join(CORPUS, name + ".eml"), "rb") as f:
        raw = f.read()
    with open(os.path.join(CORPUS, name + ".json"), encoding="utf-8") as f:
        return raw, json.load(f)


def units():
    return {u["code"]: u for u in hl.units_json()}


def once(now=None):
    args = ("--now", f"@{int(now)}") if now is not None else ()
    rc, out = hl.run_daemon_once(capture=True, args=args)
    if rc != 0:
        print(out, file=sys.stderr)
    return rc


def parse(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


def mails_since(n):
    return [(m, parse(raw)) for m, raw in hl.smtp_messages()[n:]]


def mail(frm, to, subject, body, in_reply_to=None, attach=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(email.utils.localtime())
    m["Message-ID"] = make_msgid(domain="test.example.vn")
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m.set_content(body)
    if attach:
        name, data = attach
        m.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return m.as_bytes(policy=email.policy.SMTP)


def sql(q):
    return hl.sql(q)


def reset():
    for code in hl.units():
        hl.imap_clear(code)
    hl.reset_db()
    hl.smtp_control({})
    hl.smtp_clear()


def new_case(name):
    raw, side = corpus(name)
    hl.imap_append(side["to_unit"], raw)
    t.check(f"{name}: intake and send", once() == 0)
    code = sql(f"select code from cases where citizen_address = '{side['from']['address']}' "
               "order by id desc limit 1")
    return code, side


def test_clerk_answer():
    reset()
    code, side = new_case("009-ngap-ung-nguyen-khanh-toan")
    u = units()[side["responsible_unit"]]
    citizen = side["from"]["address"]
    t.check("a case was opened", code.startswith("HL-"), code)
    n = hl.smtp_count()
    # The clerk replies to the forward they got: its Reply-To and Message-ID
    # carry their signed reply tag.
    reply_to, fwd_id = hl.clerk_forward(code, u["clerks"][0])
    t.check("the forward's Reply-To is the clerk's signed reply address",
            reply_to.startswith(u["feedback_email"].split("@")[0] + "+" + code + "-") and
            reply_to.endswith("@" + u["feedback_email"].split("@")[1]), reply_to)
    t.check("the forward's Message-ID is signed",
            fwd_id.startswith(f"<hl.{code}.forward.") and fwd_id.count(".") >= 5, fwd_id)
    answer = ("Kính gửi ông Minh,\n\nSở Xây dựng đã kiểm tra hiện trường và giao Công ty Thoát "
              "nước nạo vét tuyến cống trước ngày 20/12.\n\nTrân trọng,\nNgô Thị Thu\n")
    quoted = ("\nVào Th 4, 2 thg 12, 2026 lúc 09:00 Phản ánh <" + u["feedback_email"] +
              "> đã viết:\n> Quy tắc phân loại, định tuyến đã áp dụng:\n>     - ngap-ung\n"
              f"> [Mã phản ánh: {code}]\n")
    raw = mail(u["clerks"][0], reply_to, f"Re: [{code}] Phản ánh mới cần xử lý",
               answer + quoted, in_reply_to=fwd_id, attach=("công-văn-trả-lời.pdf", PDF))
    hl.imap_append(u["code"], raw)
    t.check("clerk's answer: intake and send", once() == 0)
    sent = mails_since(n)
    relays = [(m, msg) for m, msg in sent if citizen in m["rcpt_tos"]]
    t.check("exactly one mail to the citizen", len(relays) == 1, [m["rcpt_tos"] for m, _ in sent])
    t.check("nothing else sent (no new ack, no forward)", len(sent) == 1,
            [m["rcpt_tos"] for m, _ in sent])
    if relays:
        meta, msg = relays[0]
        relay_id = sql("select id from outbox where kind = 'relay'")
        domain = u["feedback_email"].split("@")[1]
        t.check("relay from the unit's feedback address", u["feedback_email"] in str(msg["From"]))
        t.check("relay envelope sender is its signed bounce address",
                meta["mail_from"] == f"bounce+{hl.bounce_ref(relay_id)}@{domain}", meta["mail_from"])
        t.check("relay subject carries the tag", f"[{code}]" in str(msg["Subject"]),
                msg["Subject"])
        t.check("relay threads under the citizen's mail",
                str(msg["In-Reply-To"]).strip() == side["message_id"], msg["In-Reply-To"])
        t.check("relay Reply-To is the unit", u["feedback_email"] in str(msg["Reply-To"]))
        t.check("relay is a person's answer, not auto-replied", msg["Auto-Submitted"] is None)
        body = msg.get_body(("plain",)).get_content()
        t.check("relay carries the clerk's answer", "nạo vét tuyến cống" in body, body[:300])
        t.check("relay keeps the clerk's signature", "Ngô Thị Thu" in body)
        t.check("relay drops the quoted forward", "Quy tắc phân loại" not in body
                and "ngap-ung" not in body and "đã viết" not in body, body)
        t.check("relay has exactly one case marker", body.count(code) >= 1
                and body.count("[Mã phản ánh:") == 1, body[-200:])
        atts = [p for p in msg.iter_attachments()]
        t.check("the clerk's PDF is passed on", len(atts) == 1 and
                atts[0].get_content_type() == "application/pdf" and
                atts[0].get_filename() == "công-văn-trả-lời.pdf" and
                atts[0].get_content() == PDF, [(a.get_filename(), a.get_content_type())
                                               for a in atts])
    t.check("case answered with a first-response time",
            hl.psql(f"select status, first_response_at is not null from cases where code = "
                    f"'{code}'") == [["answered", "t"]])
    t.check("event answered (relayed, first)",
            sql("select (detail->>'relayed') || (detail->>'first') from events where kind = "
                "'answered'") == "truetrue")
    t.check("the clerk's mail joined the case",
            sql("select disposition from messages order by id desc limit 1") == "reply_clerk")
    return code, side, u


def test_citizen_addition(code, side, u):
    n = hl.smtp_count()
    raw = mail(side["from"]["address"], u["feedback_email"], f"TL: RE: [{code}] Trả lời",
               "Nước vẫn ngập sáng nay, tôi gửi thêm thông tin.\n", in_reply_to=side["message_id"])
    hl.imap_append(u["code"], raw)
    t.check("citizen's addition: intake and send", once() == 0)
    sent = mails_since(n)
    # One notice to each clerk, so that each carries that clerk's reply tag.
    t.check("one notice to each clerk, to the clerks only",
            sorted(r for m, _ in sent for r in m["rcpt_tos"]) == sorted(u["clerks"]) and
            all(len(m["rcpt_tos"]) == 1 for m, _ in sent), [m["rcpt_tos"] for m, _ in sent])
    if sent:
        msg = sent[0][1]
        body = msg.get_body(("plain",)).get_content()
        t.check("notice quotes the addition", "Nước vẫn ngập sáng nay" in body, body[:300])
        t.check("notice attaches the citizen's mail",
                any(p.get_content_type() == "message/rfc822" for p in msg.walk()))
    t.check("no second case", sql("select count(*) from cases") == "1")


def test_stranger_and_note(code, side, u):
    n = hl.smtp_count()
    stranger = mail("ke.la@example.com", u["feedback_email"], f"Re: [{code}]",
                    "Tôi muốn biết kết quả.\n")
    reply_to, _ = hl.clerk_forward(code, u["clerks"][1])
    note = mail(u["clerks"][1], reply_to, f"Re: [{code}] ghi chú",
                "#nội bộ\nĐã giao anh Đức kiểm tra lại cống.\n")
    hl.imap_append(u["code"], [stranger, note])
    t.check("stranger and note: intake and send", once() == 0)
    sent = mails_since(n)
    t.check("nobody is mailed for a stranger or an internal note", sent == [],
            [m["rcpt_tos"] for m, _ in sent])
    t.check("the case is flagged for the stranger",
            sql(f"select flagged from cases where code = '{code}'") == "t")
    t.check("event internal_note", sql("select count(*) from events where kind = "
                                       "'internal_note'") == "1")


def dsn(u, rcpt, outbox_id, code, kind, status="5.1.1", ref=None, envelope=True):
    """A Postfix-style bounce of row outbox_id: its bounce address (unless
    envelope is False) and ENVID carry ref, by default the signed reference
    hotlined used; the returned headers carry our (untagged) Message-ID."""
    domain = u["feedback_email"].split("@")[1]
    ref = hl.bounce_ref(outbox_id) if ref is None else ref
    to = f"bounce+{ref}@{domain}" if envelope else u["feedback_email"]
    envid = f"Original-Envelope-Id: hl-{ref}\r\n" if envelope else ""
    boundary = "dsn-boundary-1"
    return (
        f"Return-Path: <>\r\nDelivered-To: {to}\r\n"
        f"From: MAILER-DAEMON@mx.example.com (Mail Delivery System)\r\n"
        f"To: {to}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        f"Date: Wed, 02 Dec 2026 10:00:00 +0700\r\nMessage-ID: <dsn.{ref}@mx.example.com>\r\n"
        "MIME-Version: 1.0\r\nAuto-Submitted: auto-replied\r\n"
        f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{boundary}\"\r\n"
        f"\r\n--{boundary}\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you "
        f"that your message could not be delivered.\r\n\r\n<{rcpt}>: host mx.example.com said: 550 "
        f"5.1.1 User unknown\r\n\r\n--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; mx.example.com\r\n{envid}\r\n"
        f"Final-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; 550 {status} User unknown\r\n\r\n--{boundary}\r\n"
        "Content-Type: text/rfc822-headers\r\n\r\n"
        f"From: {u['feedback_email']}\r\nTo: {rcpt}\r\nSubject: [{code}]\r\n"
        f"Message-ID: <hl.{code}.{kind}.{outbox_id}@{domain}>\r\n"
        f"X-Hotline-Loop: {domain}\r\n\r\n--{boundary}--\r\n").encode()


def test_forged_bounce():
    """Bounces that name the acknowledgement's row without its tag: each is
    stored as a bounce without a case, and the case stays as it was."""
    reset()
    code, side = new_case("013-o-ga-duong-lang")
    u = units()[side["to_unit"]]
    citizen = side["from"]["address"]
    ack_id = sql("select id from outbox where kind = 'ack'")
    tag = hl.bounce_tag(ack_id)
    wrong = ("0" if tag[0] != "0" else "1") + tag[1:]
    forged = [
        ("no tag", dsn(u, citizen, ack_id, code, "ack", ref=str(ack_id))),
        ("a wrong tag", dsn(u, citizen, ack_id, code, "ack", ref=f"{ack_id}-{wrong}")),
        ("another row's tag", dsn(u, citizen, ack_id, code, "ack",
                                  ref=f"{ack_id}-{hl.bounce_tag(int(ack_id) + 1)}")),
        ("a cut tag", dsn(u, citizen, ack_id, code, "ack", ref=f"{ack_id}-{tag[:-1]}")),
        ("only our Message-ID", dsn(u, citizen, ack_id, code, "ack", envelope=False)),
    ]
    n = hl.smtp_count()
    for i, (what, raw) in enumerate(forged, 1):
        hl.imap_append(u["code"], raw)
        rc, out = hl.run_daemon_once(capture=True)
        t.check(f"bounce with {what}: intake", rc == 0, out)
        t.check(f"bounce with {what}: logged as not trusted",
                f"names outbox row {ack_id} by its" in out and "not trusted" in out, out)
        t.check(f"bounce with {what}: touches no case",
                hl.psql(f"select citizen_undeliverable, flagged from cases where code = '{code}'")
                == [["f", "f"]] and sql("select count(*) from events where kind = 'bounced'")
                == "0" and sql(f"select bounced_at is null and bounce_detail is null from outbox "
                               f"where id = {ack_id}") == "t")
        t.check(f"bounce with {what}: kept as a bounce without a case",
                hl.psql("select count(*), count(case_id) from messages where disposition = "
                        "'bounce'") == [[str(i), "0"]])
    t.check("forged bounces: no second case, nothing sent",
            sql("select count(*) from cases") == "1" and hl.smtp_count() == n)
    t.check("the reason names the untrusted row",
            sql("select count(*) from messages where disposition = 'bounce' and "
                f"disposition_reason like 'bounce names outbox row {ack_id} %not trusted'")
            == str(len(forged)))
    # The same bounce, signed, is believed.
    hl.imap_append(u["code"], dsn(u, citizen, ack_id, code, "ack"))
    t.check("signed bounce: intake", once() == 0)
    t.check("a signed bounce marks the citizen undeliverable",
            hl.psql(f"select citizen_undeliverable, flagged from cases where code = '{code}'")
            == [["t", "t"]])


def test_bounce():
    reset()
    code, side = new_case("013-o-ga-duong-lang")
    u = units()[side["to_unit"]]
    resp = units()[side["responsible_unit"]]
    citizen = side["from"]["address"]
    ack_id = sql("select id from outbox where kind = 'ack'")
    n = hl.smtp_count()
    hl.imap_append(u["code"], dsn(u, citizen, ack_id, code, "ack"))
    t.check("bounce: intake and send", once() == 0)
    t.check("a bounce opens no case and gets no answer", sql("select count(*) from cases") == "1"
            and hl.smtp_count() == n)
    t.check("the citizen is marked undeliverable and the case flagged",
            hl.psql(f"select citizen_undeliverable, flagged from cases where code = '{code}'")
            == [["t", "t"]])
    t.check("the bounce is on the case", sql("select count(*) from messages where disposition = "
                                             "'bounce' and case_id is not null") == "1")
    t.check("event bounced names the row",
            sql("select (detail->>'outbox') || (detail->>'permanent') from events where kind = "
                "'bounced'") == f"{ack_id}true")
    t.check("the outbox row records the bounce",
            sql(f"select bounce_detail like '5.1.1%' from outbox where id = {ack_id}") == "t")
    # A clerk's answer now cannot be mailed: it is recorded and not relayed.
    reply_to, _ = hl.clerk_forward(code, resp["clerks"][0])
    raw = mail(resp["clerks"][0], reply_to, f"Re: [{code}]", "Đã xử lý ổ gà.\n")
    hl.imap_append(resp["code"], raw)
    t.check("answer to an undeliverable citizen: intake", once() == 0)
    t.check("no relay to an address that bounces", citizen not in
            [r for m, _ in mails_since(n) for r in m["rcpt_tos"]])
    t.check("event answered says why it was not relayed",
            sql("select detail->>'relayed' from events where kind = 'answered'") == "false")
    # A foreign domain in a bounce address is never trusted.
    fake = dsn(u, citizen, ack_id, code, "ack").replace(
        u["feedback_email"].split("@")[1].encode(), b"attacker.example.com")
    hl.imap_append(u["code"], fake)
    before = sql("select count(*) from events where kind = 'bounced'")
    t.check("foreign bounce: intake", once() == 0)
    t.check("a bounce naming a foreign domain touches no case",
            sql("select count(*) from events where kind = 'bounced'") == before)


def test_ladder():
    reset()
    code, side = new_case("013-o-ga-duong-lang")
    u = units()[side["responsible_unit"]]
    parent = units()[u["parent"]]
    due = int(sql(f"select extract(epoch from due_at)::bigint from cases where code = '{code}'"))
    case_id = sql(f"select id from cases where code = '{code}'")

    def step(now, what):
        n = hl.smtp_count()
        t.check(f"{what}: hotlined --once --now", once(now) == 0)
        return mails_since(n)

    sent = step(due - 12 * 86400, "two weeks before the deadline")
    t.check("nothing is due two weeks early", sent == [], [m["rcpt_tos"] for m, _ in sent])
    sent = step(due - 3600 * 7, "the morning of the due day")
    t.check("one reminder to the clerks", len(sent) == 1 and
            sorted(sent[0][0]["rcpt_tos"]) == sorted(u["clerks"]), [m["rcpt_tos"] for m, _ in sent])
    if sent:
        subj = str(sent[0][1]["Subject"])
        t.check("reminder subject: tag and due date", f"[{code}]" in subj and "Nhắc hạn" in subj,
                subj)
    sent = step(due - 3600, "an hour later")
    t.check("the reminder is not sent twice", sent == [], [m["rcpt_tos"] for m, _ in sent])
    sent = step(due + 3600, "an hour after the deadline")
    t.check("one escalation, to the unit's head", len(sent) == 1 and
            sent[0][0]["rcpt_tos"] == [u["head"]], [m["rcpt_tos"] for m, _ in sent])
    if sent:
        body = sent[0][1].get_body(("plain",)).get_content()
        t.check("escalation names the step and the case", "head" in body and code in body,
                body[:400])
    sent = step(due + 7200, "later the same evening")
    t.check("the head is told once", sent == [], [m["rcpt_tos"] for m, _ in sent])
    sent = step(due + 7 * 86400, "a week late")
    t.check("one escalation to the parent unit", len(sent) == 1 and
            sent[0][0]["rcpt_tos"] == [parent["head"]], [m["rcpt_tos"] for m, _ in sent])
    if sent:
        body = sent[0][1].get_body(("plain",)).get_content()
        t.check("the parent's mail lists the earlier step", "head (" in body, body[:600])
    sent = step(due + 30 * 86400, "a month late")
    t.check("the ladder has no more steps", sent == [], [m["rcpt_tos"] for m, _ in sent])
    t.check("three ladder steps recorded once each",
            hl.psql(f"select step from ladder_steps where case_id = {case_id} order by fired_at")
            == [["reminder"], ["head"], ["parent"]])
    t.check("events reminded, escalated x2",
            hl.psql(f"select kind, count(*) from events where case_id = {case_id} and kind in "
                    "('reminded', 'escalated') group by kind order by kind")
            == [["escalated", "2"], ["reminded", "1"]])

    # A resolved case climbs no further; an answered one neither.
    code2, side2 = new_case("009-ngap-ung-nguyen-khanh-toan")
    due2 = int(sql(f"select extract(epoch from due_at)::bigint from cases where code = '{code2}'"))
    hl.psql(f"update cases set status = 'resolved', resolved_at = now() where code = '{code2}'")
    sent = step(due2 + 7 * 86400, "a resolved case a week late")
    t.check("a resolved case is not escalated", sent == [], [m["rcpt_tos"] for m, _ in sent])


def test_claimed_by_dead_daemon():
    reset()
    code, side = new_case("009-ngap-ung-nguyen-khanh-toan")

    def orphan(rcpt, owner):
        hl.psql("insert into outbox (case_id, message_id, kind, unit_code, rcpt, status,"
                " claimed_by, claimed_at, attempts) select c.id, m.id, 'forward', c.unit_code,"
                f" array['{rcpt}'], 'sending', '{owner}', now() - interval '1 min', 1"
                " from cases c join messages m on m.case_id = c.id")

    def sent_to(rcpt):
        return len([m for m, _ in mails_since(n) if rcpt in m["rcpt_tos"]])

    # A live daemon (its heartbeat is fresh) claimed this row a minute ago
    # and is sending it: nobody else touches it until the claim is stale.
    hl.psql("insert into daemons (owner, lease_s) values ('live-host:1', 30)")
    orphan("late.clerk@example.vn", "live-host:1")
    n = hl.smtp_count()
    t.check("pass while the live daemon's claim is fresh", once() == 0)
    t.check("a live daemon's fresh claim is left to it", hl.smtp_count() == n)
    t.check("pass after the claim went stale", once(time.time() + 11 * 60) == 0)
    t.check("the stale row is sent once", sent_to("late.clerk@example.vn") == 1)
    t.check("another pass sends it no more", once(time.time() + 30 * 60) == 0 and
            sent_to("late.clerk@example.vn") == 1)

    # The daemon that claimed this row died before sending (as after kill -9
    # between claim and send): no heartbeat within its lease period, so the
    # row is sent at the next pass, not ten minutes later.
    hl.psql("update daemons set heartbeat_at = now() - interval '31 seconds'"
            " where owner = 'live-host:1'")
    orphan("dead.daemon@example.vn", "live-host:1")
    t.check("pass just after the claimer died", once() == 0)
    t.check("a dead daemon's claimed row is sent at once, once",
            sent_to("dead.daemon@example.vn") == 1, sent_to("dead.daemon@example.vn"))


def test_refuses_root():
    if os.geteuid() != 0:
        return
    r = hl.run([hl.binary("hotlined"), "-c", hl.env("HL_CONF"), "--once"], check=False)
    t.check("hotlined refuses to run as root, in one line",
            r.returncode == 1 and "refusing to run as root" in r.stderr
            and len(r.stderr.strip().splitlines()) == 1, (r.returncode, r.stderr))
    r = hl.run([hl.binary("hotlined"), "-c", hl.env("HL_CONF"), "--now", "yesterday"],
               check=False)
    t.check("a bad --now: exit 2, one line", r.returncode == 2 and
            len(r.stderr.strip().splitlines()) == 1, (r.returncode, r.stderr))


def main():
    hl.env()
    try:
        test_refuses_root()
        code, side, u = test_clerk_answer()
        test_citizen_addition(code, side, u)
        test_stranger_and_note(code, side, u)
        test_forged_bounce()
        test_bounce()
        test_ladder()
        test_claimed_by_dead_daemon()
    finally:
        hl.smtp_control({})
        hl.stop_all_daemons()
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
