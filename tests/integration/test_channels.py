#!/usr/bin/env python3
"""test_channels: every channel in one register (hotlinectl case new), status
by mail, refusals and priority, against the real stack.

- A phone case gets a code at once, an acknowledgement by mail to the address
  the citizen gave, and a forward to the responsible unit's clerks with the
  register's message attached; the channel is listed, filtered and reported.
  A feedback-box letter without an address gets a code and a forward, and
  no acknowledgement.  Bad input exits 2 or 1 with one line, and stores
  nothing.
- Status by mail: the owner of a case asks ("Tra cứu hồ sơ CODE") and gets
  its status, unit, due date and whether it was answered; a stranger asks
  ("tra cuu CODE", no diacritics) and gets only a notice, from the unit they
  wrote to, while the status goes to the owner; an auto-reply that quotes a
  status question gets nothing; none of them opens a case, each is an event
  on the case; a fourth question in a window is not answered (rate limit).
- Refusals: a case outside the unit's competence is refused and the citizen
  is told by mail where to go instead; a second refusal is refused; a case
  without an address is refused without mail.
- Priority: an urgent case's deadline is counted in working hours
  (deadlines.urgent_hours, 24 by default: 08:00-17:00 days), computed here
  independently; complex doubles the working days; normal restores them.

Last line: "N passed, M failed".
"""

import datetime
import email
import email.policy
import json
import os
import re
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.utils import make_msgid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

t = hl.Tally("test_channels")
VN = datetime.timezone(datetime.timedelta(hours=7))
CODE_RE = re.compile(r"^(HL-\d{4}-\d{6}) registered")


def ctl(*args):
    """hotlinectl -c CONF args...: (exit status, stdout, stderr)."""
    e = dict(os.environ)
    e.pop("SUDO_USER", None)
    e["USER"] = "tongdai"
    r = subprocess.run([hl.binary("hotlinectl"), "-c", hl.env("HL_CONF"), *args],
                       capture_output=True, text=True, env=e)
    return r.returncode, r.stdout, r.stderr


def outbox_once():
    r = hl.run([hl.binary("outbox_once"), "-c", hl.env("HL_CONF")], check=False)
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr)
    return r.returncode


def units():
    return {u["code"]: u for u in hl.units_json()}


def mails():
    """[(envelope recipients, parsed message)] the receiver holds."""
    out = []
    for meta, raw in hl.smtp_messages():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        out.append(([r.lower() for r in meta.get("rcpt_tos", [])], msg))
    return out


def body_of(msg):
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part else ""


def reset():
    for code in hl.units():
        hl.imap_clear(code)
    hl.reset_db()
    hl.smtp_control({})
    hl.smtp_clear()
    # hotlined writes the configured units into the database when it starts.
    hl.run_daemon_once(capture=True)


def test_phone_case():
    u = units()
    rc, out, err = ctl("case", "new", "--channel", "phone", "--unit", "ubnd-tp",
                       "--name", "Nguyễn Văn An", "--phone", "0912345678",
                       "--email", "an.nguyen@dan.example.vn",
                       "--address", "12 Hàng Bông, Hoàn Kiếm",
                       "--subject", "Ngập nước đường Nguyễn Trãi",
                       "--text", "Đường Nguyễn Trãi bị ngập úng nặng sau mưa, cống thoát nước "
                                 "bị tắc. Đề nghị nạo vét.")
    m = CODE_RE.match(out)
    t.check("phone: case new prints the code at once", rc == 0 and m, (rc, out, err))
    if not m:
        return None
    code = m.group(1)
    row = hl.psql(f"select channel, unit_code, received_unit, category, citizen_address, "
                  f"citizen_name, citizen_phone, citizen_postal, due_at is not null, status "
                  f"from cases where code = '{code}'")[0]
    t.check("phone: the case records its channel and the citizen's particulars",
            row[0] == "phone" and row[4] == "an.nguyen@dan.example.vn"
            and row[5] == "Nguyễn Văn An" and row[6] == "0912345678"
            and row[7] == "12 Hàng Bông, Hoàn Kiếm" and row[9] == "open", row)
    t.check("phone: routed by the same rules as mail (flooding to so-xd), with a deadline",
            row[3] == "flooding" and row[1] == "so-xd" and row[2] == "ubnd-tp" and row[8] == "t",
            row)
    ev = hl.psql(f"select e.kind, e.declared_by from events e join cases c on c.id = e.case_id "
                 f"where c.code = '{code}' order by e.id")
    t.check("phone: received, classified and registered (by the operator) events",
            [k for k, _ in ev][:3] == ["received", "classified", "registered"]
            and ev[2][1] == "tongdai", ev)
    msg_row = hl.psql(f"select m.mailbox_id is null, m.disposition from messages m "
                      f"join cases c on c.id = m.case_id where c.code = '{code}'")
    t.check("phone: one message, from no mailbox", msg_row == [["t", "new_case"]], msg_row)

    t.check("phone: a sender pass sends the acknowledgement and the forwards",
            outbox_once() == 0)
    got = mails()
    acks = [(r, x) for r, x in got if "an.nguyen@dan.example.vn" in r]
    t.check("phone: one acknowledgement to the citizen's address", len(acks) == 1,
            [(r, x["Subject"]) for r, x in got])
    if acks:
        a = acks[0][1]
        text = body_of(a)
        t.check("phone: the acknowledgement carries the code and says the phone channel",
                code in a["Subject"] and code in text and "điện thoại" in text, text[:400])
        t.check("phone: the acknowledgement comes from the receiving unit",
                u["ubnd-tp"]["feedback_email"] in a["From"], a["From"])
    clerks = set(c.lower() for c in u["so-xd"]["clerks"])
    fwd = [(r, x) for r, x in got if set(r) & clerks]
    t.check("phone: a forward to each clerk of the responsible unit",
            len(fwd) == len(clerks), [(r, x["Subject"]) for r, x in got])
    if fwd:
        f = fwd[0][1]
        attached = [p for p in f.walk() if p.get_content_type() == "message/rfc822"]
        inner = attached[0].get_payload()[0].as_string() if attached else ""
        t.check("phone: the forward attaches the register's message with the particulars",
                attached and "0912345678" in inner.replace("=\n", "")
                or "0912345678" in body_of(f), f["Subject"])

    rc, out, _ = ctl("case", "show", code)
    t.check("case show gives the channel, the phone and the postal address",
            rc == 0 and re.search(r"(?m)^Channel +phone$", out)
            and re.search(r"(?m)^Phone +0912345678$", out)
            and re.search(r"(?m)^Postal address +12 Hàng Bông, Hoàn Kiếm$", out), out)
    rc, out, _ = ctl("case", "list", "--channel", "phone")
    t.check("case list shows the channel and filters by it",
            rc == 0 and code in out and "phone" in out and "(1 case)" in out, out)
    rc, out, _ = ctl("case", "list", "--channel", "box")
    t.check("case list --channel box leaves the phone case out", code not in out, out)
    rc, out, _ = ctl("case", "list", "--json")
    doc = json.loads(out) if rc == 0 else {}
    t.check("case list --json carries the channel",
            any(c["code"] == code and c["channel"] == "phone" for c in doc.get("cases", [])),
            out[:300])
    return code


def test_box_letter():
    with tempfile.TemporaryDirectory() as d:
        text = os.path.join(d, "thu.txt")
        scan = os.path.join(d, "thu-goc.pdf")
        with open(text, "w", encoding="utf-8") as f:
            f.write("Kính gửi UBND thành phố.\nRác thải sinh hoạt không được thu gom "
                    "đã một tuần tại ngõ 5.\n")
        with open(scan, "wb") as f:
            f.write(b"%PDF-1.4\n% scanned letter\n%%EOF\n")
        rc, out, err = ctl("case", "new", "--channel", "box", "--unit", "ubnd-tp",
                           "--name", "Trần Thị Bình", "--address", "ngõ 5 Lò Đúc",
                           "--subject", "Rác thải không được thu gom", "--text-file", text,
                           "--attach", scan, "--received", "2026-12-04 09:30")
    m = CODE_RE.match(out)
    t.check("box: a letter without an address gets a code", rc == 0 and m, (rc, out, err))
    if not m:
        return
    code = m.group(1)
    t.check("box: the operator is told nobody can be acknowledged by mail",
            "no e-mail address" in out, out)
    row = hl.psql(f"select channel, citizen_address is null, to_char(created_at at time zone "
                  f"'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') from cases where code = '{code}'")
    t.check("box: channel box, no address, received when the letter was opened",
            row == [["box", "t", "2026-12-04 09:30"]], row)
    att = hl.psql(f"select a.filename, a.content_type from attachments a join messages m "
                  f"on m.id = a.message_id join cases c on c.id = m.case_id "
                  f"where c.code = '{code}'")
    t.check("box: the scanned letter is stored as the message's attachment",
            att == [["thu-goc.pdf", "application/pdf"]], att)
    n_ack = hl.sql(f"select count(*) from outbox o join cases c on c.id = o.case_id "
                   f"where c.code = '{code}' and o.kind = 'ack'")
    n_fwd = hl.sql(f"select count(*) from outbox o join cases c on c.id = o.case_id "
                   f"where c.code = '{code}' and o.kind = 'forward'")
    t.check("box: no acknowledgement, a forward", n_ack == "0" and int(n_fwd) > 0,
            (n_ack, n_fwd))


def test_bad_input():
    before = hl.sql("select count(*) from cases")
    rc, _, err = ctl("case", "new", "--channel", "fax", "--unit", "ubnd-tp", "--subject", "x",
                     "--text", "y")
    t.check("an unknown channel is a usage error (2, one line)",
            rc == 2 and len(err.strip().splitlines()) == 1, (rc, err))
    rc, _, err = ctl("case", "new", "--channel", "phone", "--unit", "ubnd-tp", "--subject", "x")
    t.check("no text is a usage error", rc == 2, (rc, err))
    rc, _, err = ctl("case", "new", "--channel", "phone", "--unit", "ubnd-tp", "--subject", "x",
                     "--text", "y", "--email", "not an address")
    t.check("a bad e-mail address is refused (1, one line)",
            rc == 1 and "--email" in err and len(err.strip().splitlines()) == 1, (rc, err))
    rc, _, err = ctl("case", "new", "--channel", "phone", "--unit", "nowhere", "--subject", "x",
                     "--text", "y")
    t.check("an unknown unit is refused", rc == 1 and "nowhere" in err, (rc, err))
    with tempfile.NamedTemporaryFile(suffix=".bin") as big:
        big.truncate(30 * 1024 * 1024)
        big.flush()
        rc, _, err = ctl("case", "new", "--channel", "counter", "--unit", "ubnd-tp",
                         "--subject", "x", "--text", "y", "--attach", big.name)
    t.check("a file over limits.max_message_bytes is refused before it is read",
            rc == 1 and "max_message_bytes" in err, (rc, err))
    t.check("refused input stores nothing", hl.sql("select count(*) from cases") == before)


def test_report(code):
    today = datetime.datetime.now(VN).date()
    rc, out, err = ctl("report", "--from", (today - datetime.timedelta(days=7)).isoformat(),
                       "--to", today.isoformat(), "--format", "json")
    doc = json.loads(out) if rc == 0 else {"units": []}
    phone = sum(u["by_channel"]["phone"] for u in doc["units"] if u.get("depth", 0) == 0)
    box = sum(u["by_channel"]["box"] for u in doc["units"] if u.get("depth", 0) == 0)
    t.check("the report counts cases per channel", phone >= 1 and box >= 1, (phone, box, err))


def mail(frm, to, subject, text, headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Message-ID"] = make_msgid(domain="dan.example.vn")
    m["Date"] = email.utils.formatdate(localtime=True)
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(text)
    return m.as_bytes()


def test_status_by_mail():
    u = units()
    owner = "binh.tran@dan.example.vn"
    stranger = "ke.la@other.example.org"
    rc, out, err = ctl("case", "new", "--channel", "email", "--unit", "so-xd",
                       "--email", owner, "--name", "Trần Thị Bình",
                       "--subject", "Công trình xây dựng không phép",
                       "--text", "Công trình xây dựng không phép tại số 8 ngõ 12, "
                                 "đề nghị kiểm tra.")
    m = CODE_RE.match(out)
    t.check("status: a case to ask about", rc == 0 and m, (rc, out, err))
    if not m:
        return
    code = m.group(1)
    unit, due = hl.psql(f"select unit_code, to_char(due_at at time zone 'Asia/Ho_Chi_Minh', "
                        f"'DD/MM/YYYY') from cases where code = '{code}'")[0]
    outbox_once()
    hl.smtp_clear()
    cases_before = hl.sql("select count(*) from cases")
    asked = u["so-tnmt"]
    hl.imap_append("so-tnmt", [
        mail(owner, asked["feedback_email"], f"Tra cứu hồ sơ {code}",
             "Xin cho biết tình trạng xử lý phản ánh của tôi."),
        mail(stranger, asked["feedback_email"], f"tra cuu {code}", "cho hoi tinh trang ho so"),
        mail("mailer@other.example.org", asked["feedback_email"], f"Tra cứu hồ sơ {code}",
             "Tôi đang nghỉ phép.", {"Auto-Submitted": "auto-replied"}),
    ])
    rc = hl.run_daemon_once()
    t.check("status: a daemon pass takes the questions and answers them", rc == 0, rc)
    t.check("status: no question opens a case",
            hl.sql("select count(*) from cases") == cases_before)
    disp = hl.psql("select m.disposition, coalesce(c.code, '-') from messages m left join cases c "
                   "on c.id = m.case_id where m.mailbox_id is not null order by m.id")
    t.check("status: both questions are kept on the case as status_query, the auto-reply not",
            disp[:2] == [["status_query", code], ["status_query", code]]
            and disp[2][0] == "auto_reply", disp)
    ev = hl.psql(f"select e.detail->>'asker', e.detail->>'answered' from events e "
                 f"join cases c on c.id = e.case_id where c.code = '{code}' "
                 f"and e.kind = 'status_query' order by e.id")
    t.check("status: an event per question on the case",
            ev == [["owner", "true"], ["stranger", "true"]], ev)
    got = mails()
    to_owner = [x for r, x in got if owner in r]
    to_stranger = [x for r, x in got if stranger in r]
    t.check("status: two mails to the owner (their answer, and the one a stranger asked for), "
            "one to the stranger, none to the auto-reply",
            len(to_owner) == 2 and len(to_stranger) == 1
            and not any("mailer@other.example.org" in r for r, _ in got),
            [(r, x["Subject"]) for r, x in got])
    if to_owner:
        text = body_of(to_owner[0])
        t.check("status: the owner learns status, unit, due date and whether answered",
                code in text and u[unit]["name"] in text and due in text
                and "Đã trả lời: chưa" in text and "đang xử lý" in text, text[:600])
        t.check("status: the owner's answer threads under their question",
                to_owner[0]["In-Reply-To"] is not None, to_owner[0]["In-Reply-To"])
        t.check("status: it is an automatic reply (RFC 3834)",
                to_owner[0]["Auto-Submitted"] == "auto-replied", to_owner[0]["Auto-Submitted"])
        texts = [body_of(x) for x in to_owner]
        t.check("status: the owner is told someone else asked",
                any("từ một địa chỉ thư điện tử khác" in x for x in texts), texts)
    if to_stranger:
        x = to_stranger[0]
        text = body_of(x)
        t.check("status: the stranger learns only that the answer goes to the sender",
                code in text and "chỉ được gửi đến địa chỉ thư điện tử đã gửi phản ánh" in text
                and u[unit]["name"] not in text and due not in text
                and "Công trình" not in text + str(x["Subject"]), text)
        t.check("status: the stranger's notice comes from the unit they wrote to",
                asked["feedback_email"] in x["From"], x["From"])

    # Rate limited like acknowledgements: acks.max_per_sender (3) answers a
    # window per case; the two above count, so of two more one is answered.
    hl.smtp_clear()
    hl.imap_append("so-xd", [
        mail(owner, u["so-xd"]["feedback_email"], f"Re: [{code}] tra cứu", "Tình trạng?"),
        mail(owner, u["so-xd"]["feedback_email"], f"Re: [{code}] tra cứu", "Tình trạng?"),
    ])
    hl.run_daemon_once(capture=True)
    ev = hl.psql(f"select e.detail->>'answered', e.detail->>'why_not' from events e "
                 f"join cases c on c.id = e.case_id where c.code = '{code}' "
                 f"and e.kind = 'status_query' order by e.id")
    t.check("status: rate limited per case like acknowledgements (the 4th in a window is not "
            "answered, and the event says why)",
            [a for a, _ in ev] == ["true", "true", "true", "false"]
            and "rate limit" in (ev[3][1] or ""), ev)
    t.check("status: the limited question sends nothing",
            len([1 for r, _ in mails() if owner in r]) == 1, len(mails()))


def due_of(code):
    v = hl.sql(f"select extract(epoch from due_at)::bigint from cases where code = '{code}'")
    return datetime.datetime.fromtimestamp(int(v), VN) if v else None


def test_refusal():
    citizen = "cuong.le@dan.example.vn"
    rc, out, err = ctl("case", "new", "--channel", "counter", "--unit", "ubnd-tp",
                       "--email", citizen, "--name", "Lê Văn Cường",
                       "--subject", "Tranh chấp hợp đồng thuê nhà",
                       "--text", "Chủ nhà không trả lại tiền đặt cọc theo hợp đồng.")
    m = CODE_RE.match(out)
    t.check("refuse: a case to refuse", rc == 0 and m, (rc, out, err))
    if not m:
        return
    code = m.group(1)
    outbox_once()
    hl.smtp_clear()
    where = "Tòa án nhân dân quận Hoàn Kiếm (tranh chấp dân sự)"
    rc, out, err = ctl("case", "refuse", code, "--reason", "outside")
    t.check("refuse: outside the unit's competence needs --where", rc == 1 and "--where" in err,
            (rc, out, err))
    rc, out, err = ctl("case", "refuse", code, "--reason", "elsewhere", "--where", "x")
    t.check("refuse: an unknown reason is a usage error", rc == 2, (rc, err))
    rc, out, err = ctl("case", "refuse", code, "--reason", "outside", "--where", where,
                       "--by", "Nguyễn Thị Hoa")
    t.check("refuse: refused, the citizen told by mail", rc == 0 and "the citizen is told by mail" in out,
            (rc, out, err))
    row = hl.psql(f"select status, refusal_reason, refusal_where, resolved_at is not null "
                  f"from cases where code = '{code}'")
    t.check("refuse: status refused with its reason and where",
            row == [["refused", "outside", where, "t"]], row)
    ev = hl.psql(f"select e.detail->>'reason', e.detail->>'told', e.declared_by from events e "
                 f"join cases c on c.id = e.case_id where c.code = '{code}' and e.kind = 'refused'")
    t.check("refuse: an event refused by the clerk", ev == [["outside", "true", "Nguyễn Thị Hoa"]],
            ev)
    outbox_once()
    got = [x for r, x in mails() if citizen in r]
    t.check("refuse: one mail to the citizen", len(got) == 1, [x["Subject"] for _, x in mails()])
    if got:
        text = body_of(got[0])
        t.check("refuse: it gives the reason and says where to go instead",
                code in got[0]["Subject"] and "không thuộc thẩm quyền" in got[0]["Subject"]
                and where in text and "Nguyễn Thị Hoa" in text, text[:500])
    rc, out, err = ctl("case", "refuse", code, "--reason", "duplicate")
    t.check("refuse: a refused case is not refused again (1, one line)",
            rc == 1 and "refused" in err and len(err.strip().splitlines()) == 1, (rc, err))
    rc, out, _ = ctl("case", "list", "--status", "refused")
    t.check("refuse: case list --status refused lists it", code in out, out)

    rc, out, err = ctl("case", "new", "--channel", "box", "--unit", "ubnd-tp",
                       "--subject", "Thư không ký tên", "--text", "Nội dung không rõ ràng.")
    m = CODE_RE.match(out)
    if m:
        rc, out, err = ctl("case", "refuse", m.group(1), "--reason", "anonymous")
        t.check("refuse: without an address, refused and not told by mail",
                rc == 0 and "not told by mail" in out
                and hl.sql(f"select count(*) from outbox o join cases c on c.id = o.case_id "
                           f"where c.code = '{m.group(1)}' and o.kind = 'refusal'") == "0",
                (rc, out, err))


def working_hours_after(start, hours, open_h=8, close_h=17):
    """start + hours of office time, Monday to Friday (December 2026 has no
    holidays or swapped days), independently of lib/core/refuse.c."""
    left = datetime.timedelta(hours=hours)
    cur = start
    while True:
        if cur.weekday() < 5:
            day_open = cur.replace(hour=open_h, minute=0, second=0)
            day_close = cur.replace(hour=close_h, minute=0, second=0)
            if cur < day_open:
                cur = day_open
            if cur < day_close:
                if cur + left <= day_close:
                    return cur + left
                left -= day_close - cur
        cur = (cur + datetime.timedelta(days=1)).replace(hour=open_h, minute=0, second=0)


def test_priority():
    rc, out, err = ctl("case", "new", "--channel", "phone", "--unit", "so-xd",
                       "--name", "Phạm Thị Dung", "--phone", "0987000111",
                       "--subject", "Sập giàn giáo công trình",
                       "--text", "Giàn giáo công trình tại số 3 phố Huế có nguy cơ sập.",
                       "--received", "2026-12-07 09:00", "--priority", "urgent")
    m = CODE_RE.match(out)
    t.check("urgent: case new --priority urgent", rc == 0 and m, (rc, out, err))
    if not m:
        return
    code = m.group(1)
    start = datetime.datetime(2026, 12, 7, 9, 0, tzinfo=VN)
    want = working_hours_after(start, 24)
    t.check("urgent: the due time is 24 working hours after receipt (Wed 9 Dec 15:00)",
            due_of(code) == want and want == datetime.datetime(2026, 12, 9, 15, 0, tzinfo=VN),
            (due_of(code), want))
    t.check("urgent: recorded", hl.sql(f"select urgency from cases where code = '{code}'")
            == "urgent")
    rc, out, err = ctl("case", "priority", code, "normal", "--by", "tongdai")
    normal = due_of(code)
    t.check("priority normal: back to working days at closing time",
            rc == 0 and normal is not None and normal.hour == 17 and normal > want,
            (rc, out, err, normal))
    rc, out, err = ctl("case", "priority", code, "complex")
    complex_due = due_of(code)
    t.check("priority complex: later than normal", rc == 0 and complex_due and
            complex_due > normal, (rc, out, err, complex_due, normal))
    rc, out, err = ctl("case", "priority", code, "urgent")
    t.check("priority urgent on an open case: hours again", rc == 0 and due_of(code) == want,
            (rc, out, err, due_of(code)))
    ev = hl.psql(f"select e.detail->>'from', e.detail->>'to' from events e join cases c "
                 f"on c.id = e.case_id where c.code = '{code}' and e.kind = 'priority' "
                 f"order by e.id")
    t.check("priority: an event per change",
            ev == [["urgent", "normal"], ["normal", "complex"], ["complex", "urgent"]], ev)
    rc, out, err = ctl("case", "priority", code, "asap")
    t.check("priority: an unknown value is a usage error", rc == 2, (rc, err))


def main():
    reset()
    code = test_phone_case()
    test_box_letter()
    test_bad_input()
    test_report(code)
    test_status_by_mail()
    test_refusal()
    test_priority()
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
