#!/usr/bin/env python3
"""Trust, on the real stack (docs/security.md):

- mail in a clerk's name that is not a reply to that clerk's forward -- From
  forged with no tag, with the tag of another case, with an expired tag, with
  another clerk's tag -- is stored and flagged on the case, relayed to nobody,
  changes no status and stops no ladder, and the unit's clerks are told; the
  genuine reply (to the forward's Reply-To) is relayed, with only its allowed
  attachments (a PDF, not a .pdf.exe);
- with trust.authserv_id set, a reply with a valid tag whose Authentication-
  Results say dmarc=fail is held, one with dmarc=pass is relayed;
- an acknowledgement quotes no display name and only the subject, cut and
  defanged; a unit sends at most acks.max_per_unit_hour acknowledgements;
- two hotlined daemons ingesting a storm from one sender at once never
  exceed the per-sender cap, and one Message-ID is acknowledged once;
- hotlined refuses gid 0, capabilities, and a secret file others may read.

    HL_STACK_ENV=... HL_BUILD_DIR=... python3 tests/integration/test_trust.py

Last line: "N passed, M failed".
"""

import email
import email.policy
import json
import os
import shutil
import subprocess
import sys
import time
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

CORPUS = os.path.join(hl.REPO, "tests/data/corpus")
t = hl.Tally("test_trust")
PDF = b"%PDF-1.4\n% cong van\n" + bytes(range(256)) * 2 + b"\n%%EOF\n"
EXE = b"MZ\x90\x00" + bytes(200)
UNIT = "so-xd"


def units():
    return {u["code"]: u for u in hl.units_json()}


def once(now=None, conf=None):
    args = ("--now", f"@{int(now)}") if now is not None else ()
    rc, out = hl.run_daemon_once(conf=conf, capture=True, args=args)
    if rc != 0:
        print(out, file=sys.stderr)
    return rc


def parse(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


def mails_since(n):
    return [(m, parse(raw)) for m, raw in hl.smtp_messages()[n:]]


def sql(q):
    return hl.sql(q)


def reset():
    for code in hl.units():
        hl.imap_clear(code)
    hl.reset_db()
    hl.smtp_control({})
    hl.smtp_clear()


def mail(frm, to, subject, body, in_reply_to=None, attach=(), headers=(), mid=None):
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(email.utils.localtime())
    m["Message-ID"] = mid or make_msgid(domain="test.example.vn")
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m.set_content(body)
    for name, ctype, data in attach:
        main, sub = ctype.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return m.as_bytes(policy=email.policy.SMTP)


def citizen_case(address, name="Lê Quang Minh"):
    """The corpus flooding mail to so-xd, sent by address: opens a case."""
    with open(os.path.join(CORPUS, "009-ngap-ung-nguyen-khanh-toan.eml"), "rb") as f:
        raw = f.read()
    raw = raw.replace(b"lqminh@mail.example.vn", address.encode())
    raw = raw.replace(b"<20260112132900.983047c8f1@mail.example.vn>",
                      make_msgid(domain="mail.example.vn").encode())
    hl.imap_append(UNIT, raw)
    t.check(f"case of {address}: intake and send", once() == 0)
    return sql(f"select code from cases where citizen_address = '{address}' "
               "order by id desc limit 1")


def case_state(code):
    return hl.psql(f"select status, first_response_at is null, resolved_at is null, "
                   f"ladder_cycle from cases where code = '{code}'")


XONG = ("#xong\nKính gửi ông Minh, vui lòng nộp phí xử lý tại http://pay.evil.example/hl "
        "trong hôm nay.\n")


def test_forged_and_genuine():
    reset()
    u = units()[UNIT]
    clerk, other_clerk = u["clerks"][0], u["clerks"][1]
    local, domain = u["feedback_email"].split("@")
    citizen = "lqminh@mail.example.vn"
    code = citizen_case(citizen)
    code_b = citizen_case("nguoi.khac@mail.example.vn")
    t.check("two cases", code.startswith("HL-") and code_b.startswith("HL-") and code != code_b)
    reply_to, fwd_id = hl.clerk_forward(code, clerk)
    reply_b, fwd_b = hl.clerk_forward(code_b, clerk)
    state = case_state(code)
    today = int(time.time()) // 86400
    expired = f"{local}+{code}-{hl.reply_token(code, clerk, today - 1)}@{domain}"
    forged = [
        ("From forged, no tag",
         mail(clerk, u["feedback_email"], f"Re: [{code}] Phản ánh mới", XONG,
              attach=[("hoa-don.pdf.exe", "application/pdf", EXE)])),
        ("a tag from another case",
         mail(clerk, reply_b, f"Re: [{code}] Phản ánh mới", XONG, in_reply_to=fwd_b)),
        ("an expired tag", mail(clerk, expired, f"Re: [{code}]", XONG)),
        ("another clerk's tag", mail(other_clerk, reply_to, f"Re: [{code}]", XONG,
                                     in_reply_to=fwd_id)),
    ]
    clerks = sorted(c.lower() for c in u["clerks"])
    for i, (what, raw) in enumerate(forged, 1):
        n = hl.smtp_count()
        hl.imap_append(UNIT, raw)
        t.check(f"{what}: intake and send", once() == 0)
        sent = mails_since(n)
        t.check(f"{what}: nothing to the citizen or anyone outside the unit's clerks",
                all(r in clerks for m, _ in sent for r in m["rcpt_tos"]),
                [m["rcpt_tos"] for m, _ in sent])
        if i == 1:
            t.check(f"{what}: the clerks are told it was held",
                    len(sent) == 1 and sorted(sent[0][0]["rcpt_tos"]) == clerks and
                    "chưa được xác thực" in str(sent[0][1]["Subject"]),
                    [(m["rcpt_tos"], str(msg["Subject"])) for m, msg in sent])
        else:
            t.check(f"{what}: told once a case and hour: no second notice", sent == [],
                    [(m["rcpt_tos"], str(msg["Subject"])) for m, msg in sent])
        t.check(f"{what}: status, first response and resolution unchanged",
                case_state(code) == state, (case_state(code), state))
        t.check(f"{what}: stored on the case as an unverified clerk reply",
                hl.psql("select count(*) from messages m join cases c on c.id = m.case_id "
                        f"where c.code = '{code}' and m.disposition = 'reply_clerk_unverified'")
                == [[str(i)]])
    t.check("no relay, no answer, no resolution was queued",
            sql("select count(*) from outbox where kind = 'relay'") == "0" and
            sql("select count(*) from events where kind in ('answered', 'resolved')") == "0")
    t.check("each held mail is an event with its reason",
            hl.psql("select detail->>'why' from events where kind = 'unverified_clerk_reply' "
                    "order by id") and
            [r[0].split(":")[0] for r in hl.psql(
                "select detail->>'why' from events where kind = 'unverified_clerk_reply' "
                "order by id")] == ["unverified clerk reply"] * len(forged))
    whys = [r[0] for r in hl.psql("select detail->>'why' from events "
                                  "where kind = 'unverified_clerk_reply' order by id")]
    t.check("the reasons: no tag, another case, expired, not this clerk's",
            len(whys) == 4 and "no reply tag" in whys[0] and "another case" in whys[1] and
            "expired" in whys[2] and "does not verify" in whys[3], whys)
    t.check("the case is flagged 'unverified clerk reply'",
            sql(f"select flagged and flag_reason like '%unverified clerk reply%' from cases "
                f"where code = '{code}'") == "t")
    # The ladder still climbs: the held mail stopped nothing.
    due = int(sql(f"select extract(epoch from due_at)::bigint from cases where code = '{code}'"))
    n = hl.smtp_count()
    t.check("past the deadline: hotlined --once --now", once(due + 3600) == 0)
    t.check("the escalation still fires for the case",
            sql(f"select count(*) from ladder_steps l join cases c on c.id = l.case_id "
                f"where c.code = '{code}'") != "0" and hl.smtp_count() > n)

    # The genuine reply: to the Reply-To of the forward, in reply to it.
    n = hl.smtp_count()
    raw = mail(clerk, reply_to, f"Re: [{code}] Phản ánh mới",
               "#xong\nSở Xây dựng đã nạo vét tuyến cống.\n", in_reply_to=fwd_id,
               attach=[("cong-van.pdf", "application/pdf", PDF),
                       ("hoa-don.pdf.exe", "application/pdf", EXE),
                       ("script.js", "application/javascript", b"alert(1)")])
    hl.imap_append(UNIT, raw)
    t.check("genuine reply: intake and send", once() == 0)
    sent = mails_since(n)
    relays = [(m, msg) for m, msg in sent if citizen in m["rcpt_tos"]]
    t.check("the genuine reply is relayed to the citizen", len(relays) == 1,
            [m["rcpt_tos"] for m, _ in sent])
    if relays:
        msg = relays[0][1]
        body = msg.get_body(("plain",)).get_content()
        t.check("relay carries the answer", "nạo vét tuyến cống" in body, body[:300])
        names = [a.get_filename() for a in msg.iter_attachments()]
        t.check("only the PDF is relayed (not .pdf.exe, not a script)",
                names == ["cong-van.pdf"], names)
    t.check("the three attachments stay on the case",
            sql("select count(*) from attachments a join messages m on m.id = a.message_id "
                "where m.disposition = 'reply_clerk'") == "3")
    t.check("the case is resolved", case_state(code)[0][0] == "resolved", case_state(code))


def conf_with(extra):
    """$HL_CONF plus top-level text."""
    with open(hl.env("HL_CONF"), encoding="utf-8") as f:
        text = f.read()
    path = os.path.join(hl.env("HL_RUN"), f"trust-{os.getpid()}-{abs(hash(extra))}.conf")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n" + extra + "\n")
    os.chmod(path, 0o644)
    return path


def test_authserv():
    reset()
    u = units()[UNIT]
    clerk = u["clerks"][0]
    clerk_domain = clerk.split("@")[1]
    conf = conf_with('trust = { authserv_id = "mx.hanoi.test"; };')
    citizen = "lqminh@mail.example.vn"
    code = citizen_case(citizen)
    reply_to, fwd_id = hl.clerk_forward(code, clerk)
    state = case_state(code)
    n = hl.smtp_count()
    fail = mail(clerk, reply_to, f"Re: [{code}]", "#xong\nĐã xử lý.\n", in_reply_to=fwd_id,
                headers=[("Authentication-Results",
                          f"mx.hanoi.test; spf=fail smtp.mailfrom={clerk_domain}; dkim=none; "
                          f"dmarc=fail header.from={clerk_domain}"),
                         ("Authentication-Results",
                          f"evil.example; dmarc=pass header.from={clerk_domain}")])
    hl.imap_append(UNIT, fail)
    t.check("dmarc=fail: intake and send", once(conf=conf) == 0)
    sent = mails_since(n)
    t.check("dmarc=fail with a valid tag: held, nothing to the citizen",
            citizen not in [r for m, _ in sent for r in m["rcpt_tos"]] and
            case_state(code) == state, [m["rcpt_tos"] for m, _ in sent])
    t.check("dmarc=fail: the reason names the mail server",
            "mx.hanoi.test did not authenticate" in
            (sql("select detail->>'why' from events where kind = 'unverified_clerk_reply'")
             or ""))
    n = hl.smtp_count()
    good = mail(clerk, reply_to, f"Re: [{code}]", "Đã xử lý xong.\n", in_reply_to=fwd_id,
                headers=[("Authentication-Results",
                          f"mx.hanoi.test; dkim=pass header.d={clerk_domain}; "
                          f"dmarc=pass (p=reject) header.from={clerk_domain}")])
    hl.imap_append(UNIT, good)
    t.check("dmarc=pass: intake and send", once(conf=conf) == 0)
    sent = mails_since(n)
    t.check("dmarc=pass with a valid tag: relayed",
            citizen in [r for m, _ in sent for r in m["rcpt_tos"]] and
            case_state(code)[0][0] == "answered", [m["rcpt_tos"] for m, _ in sent])


def test_acks():
    reset()
    conf = conf_with("acks = { max_per_unit_hour = 2; };")
    u = units()[UNIT]
    subject = ("Ngập úng, nộp phạt ngay tại https://pay.evil.example/thu-phi?id=1 hoặc "
               "www.thue-gia.vn " + "rất dài " * 30)
    raws = [mail(f"Nộp phí tại http://evil.example/pay <nguoi{i}@mail.example.vn>",
                 u["feedback_email"], subject, "Nước ngập sâu 40 cm trên phố Nguyễn Khánh Toàn.")
            for i in range(4)]
    hl.imap_append(UNIT, raws)
    t.check("four citizens: intake and send", once(conf=conf) == 0)
    acks = [(m, msg) for m, msg in mails_since(0) if "nguoi" in m["rcpt_tos"][0]]
    t.check("four cases", sql("select count(*) from cases") == "4")
    t.check("at most acks.max_per_unit_hour acknowledgements from the unit",
            len(acks) == 2 and sql("select count(*) from outbox where kind = 'ack'") == "2",
            len(acks))
    t.check("the others are suppressed with the reason",
            sql("select count(*) from events where kind = 'ack_suppressed' and "
                "detail->>'check' = 'rate_limit'") == "2")
    if acks:
        msg = acks[0][1]
        body = msg.get_body(("plain",)).get_content()
        t.check("the acknowledgement is addressed without the display name",
                msg["To"].addresses[0].display_name == "", str(msg["To"]))
        t.check("no link or name the stranger wrote is echoed",
                "evil.example" not in body and "pay.evil" not in body and
                "thue-gia.vn" not in body and "Nộp phí" not in body, body)
        t.check("the subject is quoted defanged", "hxxps://pay[.]evil[.]example" in body and
                "www[.]thue-gia[.]vn" in body, body)
        quoted = body.split("với tiêu đề \"", 1)[-1].split("\" đã", 1)[0]
        t.check("the quoted subject is cut to 120 characters",
                len(quoted.replace("[.]", ".").replace("hxxp", "http")) <= 121 and
                quoted.endswith("…"), (len(quoted), quoted))


def test_two_daemons():
    """A storm from one sender across every mailbox, two daemons at once."""
    reset()
    sender = "storm@mail.example.vn"
    codes = hl.units()
    n_mails = 0
    for i, unit in enumerate(codes):
        u = units()[unit]
        raws = [mail(sender, u["feedback_email"], f"Phản ánh số {i}-{k}",
                     "Đường ngập, rác tồn đọng.") for k in range(3)]
        # And one Message-ID sent to every unit, each time from someone else.
        raws.append(mail(f"cung.mid{i}@mail.example.vn", u["feedback_email"], "Cùng một thư",
                         "Rác tồn đọng.", mid="<same-storm-id@mail.example.vn>"))
        hl.imap_append(unit, raws)
        n_mails += len(raws)
    # Each daemon serves half the mailboxes, so both commit at once.
    half = len(codes) // 2
    confs = [hl.variant_config(only=codes[:half]), hl.variant_config(only=codes[half:])]
    procs = [subprocess.Popen(hl._as_daemon_user([hl.binary("hotlined"), "-c", confs[k],
                                                  "--once", "--owner", f"racer{k}"]),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
             for k in range(2)]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    t.check("both daemons ran", all(p.returncode == 0 for p in procs),
            [o[-300:] for o in outs])
    served = [int(sql(f"select count(*) from mailboxes where owner = 'racer{k}'"))
              for k in range(2)]
    t.check("every mail stored once", sql("select count(*) from messages") == str(n_mails))
    t.check("each daemon served its half", served == [half, len(codes) - half], served)
    acks = int(sql(f"select count(*) from outbox where kind = 'ack' and rcpt[1] = '{sender}'"))
    t.check("the sender got exactly acks.max_per_sender (3) acknowledgements", acks == 3, acks)
    t.check("one acknowledgement for the Message-ID sent to every unit",
            sql("select count(*) from outbox o join messages m on m.id = o.message_id "
                "where o.kind = 'ack' and m.message_id = '<same-storm-id@mail.example.vn>'")
            == "1")


def test_privileges():
    if os.geteuid() != 0 or not hl.env().get("HL_RUN_USER"):
        return
    user = hl.env("HL_RUN_USER")
    base = hl._as_daemon_user([hl.binary("hotlined"), "-c", hl.env("HL_CONF"), "--once"])
    binary = base[base.index("--") + 1]
    r = subprocess.run(["setpriv", f"--reuid={user}", "--regid=0", "--clear-groups", "--",
                        binary, "-c", hl.env("HL_CONF"), "--once"], capture_output=True,
                       text=True)
    t.check("gid 0: refused in one line", r.returncode == 1 and "group root" in r.stderr and
            len(r.stderr.strip().splitlines()) == 1, (r.returncode, r.stderr))
    r = subprocess.run(["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups",
                        "--inh-caps=+net_bind_service", "--ambient-caps=+net_bind_service", "--",
                        binary, "-c", hl.env("HL_CONF"), "--once"], capture_output=True,
                       text=True)
    t.check("an ambient capability: refused in one line",
            r.returncode == 1 and "capabilities" in r.stderr and
            len(r.stderr.strip().splitlines()) == 1, (r.returncode, r.stderr))
    # A bounce key file its group may read.
    key = os.path.join(hl.env("HL_SECRETS"), "loose.key")
    shutil.copy(hl.env("HL_BOUNCE_KEY_FILE"), key)
    shutil.chown(key, user)
    os.chmod(key, 0o640)
    conf = hl.variant_config(top={"bounce_key_file": key})
    r = subprocess.run(hl._as_daemon_user([hl.binary("hotlined"), "-c", conf, "--once"]),
                       capture_output=True, text=True)
    t.check("a secret file its group may read: refused, naming the file, exit 78",
            r.returncode == 78 and key in r.stderr and "chmod 600" in r.stderr and
            len(r.stderr.strip().splitlines()) == 1, (r.returncode, r.stderr))
    os.chmod(key, 0o600)
    r = subprocess.run(hl._as_daemon_user([hl.binary("hotlined"), "-c", conf, "--check-config"]),
                       capture_output=True, text=True)
    t.check("the same file, 0600: accepted", r.returncode == 0, r.stderr)
    os.unlink(key)


def main():
    hl.env()
    try:
        test_privileges()
        test_forged_and_genuine()
        test_authserv()
        test_acks()
        test_two_daemons()
    finally:
        hl.smtp_control({})
        hl.stop_all_daemons()
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
