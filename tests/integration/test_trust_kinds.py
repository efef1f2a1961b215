#!/usr/bin/env python3
"""Denunciations, complaints and row-level security on the real stack
(issue 10, items 3 and 4):

- a denunciation of a ward sent to that ward's mailbox goes to the ward's
  parent; no mail of any kind (forward, reminder, escalation while walking the
  ladder with hotlined --once --now) reaches the ward's clerks, head or
  address, and no mail but the acknowledgement carries the denouncer's
  address, name or attachment;
- a denunciation of the city goes to the designated inspectorate and its
  ladder skips the step that would reach the city;
- hotlinectl case transfer to the accused unit is refused; case show records
  a 'viewed' event by the database role;
- an anonymous denunciation is recorded and flagged; a complaint gets its
  kind, the law's deadline and legal basis and routes as feedback;
- clerk login roles (hotline_clerk + clerk_units) see only their units' rows
  in psql and through hotlinectl (HOTLINE_DB_USER), never a denunciation of
  their own unit, and cannot widen their view; UPDATE / DELETE / TRUNCATE of
  events fail for the daemon and admin roles (and UPDATE for the owner);
- hotlined works when it logs in as a member of hotline_daemon.

    HL_STACK_ENV=... HL_BUILD_DIR=... python3 tests/integration/test_trust_kinds.py

Last line: "N passed, M failed".
"""

import email
import email.policy
import os
import subprocess
import sys
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

t = hl.Tally("test_trust_kinds")
PDF = b"%PDF-1.4\n% bang chung\n" + bytes(range(256)) * 2 + b"\n%%EOF\n"
DENOUNCER = "to.nguyen.cg@example.org"
DENOUNCER_NAME = "Nguyễn Văn Tố"
ROLE_PASSWORD = "clerk-test-password-1"


def units():
    return {u["code"]: u for u in hl.units_json()}


def staff(code):
    u = units()[code]
    return {a.lower() for a in u.get("clerks", []) + [u.get("head"), u.get("feedback_email")] if a}


def once(now=None):
    args = ("--now", f"@{int(now)}") if now is not None else ()
    rc, out = hl.run_daemon_once(capture=True, args=args)
    if rc != 0:
        print(out, file=sys.stderr)
    return rc


def parse(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


def mails_since(n):
    return [(m, raw) for m, raw in hl.smtp_messages()[n:]]


def mail(frm, to, subject, body, attach=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(email.utils.localtime())
    m["Message-ID"] = make_msgid(domain="test.example.vn")
    m.set_content(body)
    if attach:
        m.add_attachment(attach, maintype="application", subtype="pdf", filename="bang-chung.pdf")
    return m.as_bytes(policy=email.policy.SMTP)


def sql(q):
    return hl.sql(q)


def reset():
    for code in hl.units():
        hl.imap_clear(code)
    hl.reset_db()
    hl.smtp_control({})
    hl.smtp_clear()


def psql_as(user, sql_text):
    """(returncode, stdout, stderr) of psql -c sql_text as login role user."""
    e = hl.env()
    env = dict(os.environ, PGPASSWORD=ROLE_PASSWORD)
    r = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                        "-h", e["HL_PGHOST"], "-p", e["HL_PG_PORT"], "-U", user, "-d", "hotline",
                        "-c", sql_text], capture_output=True, text=True, env=env)
    return r.returncode, r.stdout, r.stderr


def ctl_as(user, *args):
    env = dict(os.environ, HOTLINE_DB_USER=user, PGPASSWORD=ROLE_PASSWORD)
    return subprocess.run([hl.binary("hotlinectl"), "-c", hl.env("HL_CONF"), *args],
                          capture_output=True, text=True, env=env)


def login_role(name, group, units_=()):
    """A login role in group with the stack's test password (dropped first)."""
    hl.psql(f"DROP OWNED BY {name} CASCADE", admin=True, check=False)
    hl.psql(f"DROP ROLE IF EXISTS {name}", admin=True)
    hl.psql(f"CREATE ROLE {name} LOGIN PASSWORD '{ROLE_PASSWORD}' IN ROLE {group}", admin=True)
    for u in units_:
        hl.psql(f"INSERT INTO clerk_units VALUES ('{name}', '{u}')", admin=True)


def check_no_leak(sent, accused, what):
    """No mail to the accused unit's staff; the denouncer's address and name
    and the attachment only in mail to the denouncer."""
    bad = staff(accused)
    for meta, raw in sent:
        rcpts = {r.lower() for r in meta["rcpt_tos"]}
        t.check(f"{what}: no mail to {accused}'s staff", not (rcpts & bad), meta["rcpt_tos"])
        if rcpts == {DENOUNCER}:
            continue
        msg = parse(raw)
        text = raw.decode("utf-8", "replace")
        bodies = " ".join(p.get_content() for p in msg.walk()
                          if p.get_content_type() == "text/plain")
        t.check(f"{what}: the denouncer's address in no mail to {sorted(rcpts)}",
                DENOUNCER not in text.lower() and DENOUNCER not in bodies.lower())
        t.check(f"{what}: the denouncer's name in no mail to {sorted(rcpts)}",
                DENOUNCER_NAME not in bodies and "Nguyen Van To" not in bodies, bodies[:300])
        t.check(f"{what}: no original or attachment to {sorted(rcpts)}",
                not any(p.get_content_type() in ("message/rfc822", "application/pdf")
                        for p in msg.walk()))


def test_ward_denunciation():
    reset()
    u = units()
    ward = "phuong-cau-giay"
    parent = u[ward]["parent"]
    # The letter accuses the ward (its mailbox) of an act without naming an
    # official: the default rules route a denunciation naming one (tố cáo
    # Chủ tịch, cán bộ... bao che) to the designated inspectorate (the city's
    # policy, December 2026), which would not test the parent's path.
    raw = mail(f"{DENOUNCER_NAME} <{DENOUNCER}>", u[ward]["feedback_email"],
               "Tố cáo việc làm ngơ xây dựng trái phép tại phường Cầu Giấy",
               "Kính gửi lãnh đạo,\n\nTôi tố cáo việc công trình xây dựng trái phép 9 tầng tại "
               "ngõ 12 phố Trần Thái Tông, phường Cầu Giấy được để mặc nhiều tháng nay.\n\n"
               f"Người tố cáo: {DENOUNCER_NAME}, email {DENOUNCER}, điện thoại 0912 345 678\n",
               attach=PDF)
    n0 = hl.smtp_count()
    hl.imap_append(ward, raw)
    t.check("denunciation: intake and send", once() == 0)
    row = hl.psql("select code, kind, accused_unit, unit_code, received_unit, flagged,"
                  " coalesce(legal_basis, ''), due_at > now() + interval '29 days'"
                  f" from cases where citizen_address = '{DENOUNCER}'")
    t.check("one case", len(row) == 1, row)
    if not row:
        return None
    code, kind, accused, unit, received, flagged, basis, due30 = row[0]
    t.check("kind denunciation, accusing the ward", (kind, accused) == ("denunciation", ward),
            row[0])
    t.check("routed to the ward's parent, not the ward", unit == parent and received == ward,
            row[0])
    t.check("its own deadline (30 days) and legal basis", due30 == "t" and "Tố cáo" in basis,
            row[0])
    t.check("a signed-by-name denunciation is not flagged", flagged == "f", row[0])
    sent = mails_since(n0)
    kinds = sorted(hl.psql(f"select kind from outbox where case_id = (select id from cases "
                           f"where code = '{code}')"))
    # One forward per clerk: each carries that clerk's signed reply address.
    clerks = u[parent]["clerks"]
    t.check("acknowledgement and one forward per clerk queued",
            kinds == [["ack"]] + [["forward"]] * len(clerks), kinds)
    acks = [m for m, _ in sent if m["rcpt_tos"] == [DENOUNCER]]
    t.check("the acknowledgement reached the denouncer", len(acks) == 1,
            [m["rcpt_tos"] for m, _ in sent])
    ward_domain = u[ward]["feedback_email"].split("@")[1]
    parent_domain = u[parent]["feedback_email"].split("@")[1]
    t.check("...sent from the handler's domain, so bounces never reach the accused",
            acks and acks[0]["mail_from"].endswith("@" + parent_domain) and
            ward_domain not in acks[0]["mail_from"], acks and acks[0]["mail_from"])
    fwd = [(m, r) for m, r in sent if m["rcpt_tos"] != [DENOUNCER]]
    t.check("the forwards went to the parent's clerks, one each",
            sorted(r for m, _ in fwd for r in m["rcpt_tos"]) == sorted(clerks) and
            all(len(m["rcpt_tos"]) == 1 for m, _ in fwd), [m["rcpt_tos"] for m, _ in fwd])
    if fwd:
        body = parse(fwd[0][1]).get_body(("plain",)).get_content()
        t.check("the forward says the denouncer is kept confidential",
                "giữ bí mật" in body and "Luật Tố cáo 2018, Điều 30" in body, body[:800])
    check_no_leak(sent, ward, "intake")

    # The ladder: reminder, head, parent, each with hotlined --once --now.
    due = int(sql(f"select extract(epoch from due_at)::bigint from cases where code = '{code}'"))
    n1 = hl.smtp_count()
    for now, what in ((due - 3600 * 7, "due day"), (due + 3600, "late"),
                      (due + 8 * 86400, "a week late"), (due + 40 * 86400, "a month late")):
        t.check(f"ladder {what}: hotlined --once --now", once(now) == 0)
    sent = mails_since(n1)
    t.check("the ladder sent mail (reminder, head)", len(sent) >= 2,
            [m["rcpt_tos"] for m, _ in sent])
    check_no_leak(sent, ward, "ladder")

    # hotlinectl case transfer to the accused is refused and changes nothing.
    before = hl.psql(f"select unit_code, (select count(*) from outbox) from cases "
                     f"where code = '{code}'")
    r = hl.hotlinectl("case", "transfer", code, ward, "--reason", "trả về phường", check=False)
    t.check("transfer to the accused ward refused", r.returncode != 0 and
            "accuses" in r.stderr, (r.returncode, r.stderr))
    t.check("the refused transfer changed nothing",
            hl.psql(f"select unit_code, (select count(*) from outbox) from cases "
                    f"where code = '{code}'") == before)

    # One legal extension, by 30 days, and a new ladder cycle.
    before = int(sql(f"select extract(epoch from due_at)::bigint from cases where code = '{code}'"))
    r = hl.hotlinectl("case", "extend", code, "--reason", "vụ việc phức tạp", check=False)
    after = int(sql(f"select extract(epoch from due_at)::bigint from cases where code = '{code}'"))
    t.check("case extend: 30 more days", r.returncode == 0 and after - before == 30 * 86400,
            (r.returncode, r.stderr, after - before))
    r = hl.hotlinectl("case", "extend", code, check=False)
    t.check("a second extension is refused", r.returncode == 1 and "once" in r.stderr, r.stderr)

    # Every read is an event by the database role.
    r = hl.hotlinectl("case", "show", code, check=False)
    t.check("case show prints the kind", r.returncode == 0 and "denunciation of " + ward in r.stdout,
            r.stdout[:400])
    viewed = hl.psql(f"select actor, actor = session_user from events where kind = 'viewed' and "
                     f"case_id = (select id from cases where code = '{code}')")
    t.check("case show recorded 'viewed' by the database role",
            len(viewed) == 1 and viewed[0][1] == "t", viewed)
    return code


def test_city_denunciation():
    """The root accused: the designated inspectorate handles it and the
    ladder's parent step, which would reach the city, is skipped."""
    u = units()
    city = "ubnd-tp"
    frm = "dan.oan@example.org"
    raw = mail(f"Trần Dân <{frm}>", u[city]["feedback_email"],
               "Đơn tố cáo lãnh đạo Văn phòng UBND thành phố",
               "Tôi làm đơn tố cáo cán bộ Văn phòng UBND thành phố chậm giải quyết hồ sơ.\n")
    n0 = hl.smtp_count()
    hl.imap_append(city, raw)
    t.check("city denunciation: intake and send", once() == 0)
    row = hl.psql(f"select code, unit_code, accused_unit from cases where citizen_address = '{frm}'")
    t.check("the city's denunciation goes to the designated inspectorate",
            len(row) == 1 and row[0][1:] == ["thanh-tra", city], row)
    if not row:
        return
    code = row[0][0]
    due = int(sql(f"select extract(epoch from due_at)::bigint from cases where code = '{code}'"))
    for now in (due + 3600, due + 8 * 86400, due + 40 * 86400):
        t.check("city ladder: hotlined --once --now", once(now) == 0)
    # Only this case's mail: the clock also moves the ward's case, which the
    # city handles.
    sent = [(m, r) for m, r in mails_since(n0) if f"[{code}]" in str(parse(r)["Subject"])]
    bad = staff(city)
    t.check("nothing of it reached the city's staff",
            not any({r.lower() for r in m["rcpt_tos"]} & bad for m, _ in sent),
            [m["rcpt_tos"] for m, _ in sent])
    skipped = hl.psql("select detail->>'why_not' from events where kind = 'escalation_skipped' "
                      f"and case_id = (select id from cases where code = '{code}')")
    t.check("the parent step is recorded as skipped",
            any("never escalated" in (r[0] or "") for r in skipped), skipped)


def test_anonymous_and_complaint():
    u = units()
    ward = "phuong-ba-dinh"
    raw = mail("Nguoi dan giau ten", u[ward]["feedback_email"],
               "To cao can bo dia chinh phuong Ba Dinh", "Don to cao can bo dia chinh nhan tien.\n")
    hl.imap_append(ward, raw)
    frm = "khieu.nai@example.org"
    raw = mail(f"Lê Khiếu <{frm}>", u["so-tnmt"]["feedback_email"],
               "Đơn khiếu nại quyết định thu hồi đất",
               "Tôi khiếu nại quyết định thu hồi đất số 12/QĐ của Sở Tài nguyên và Môi trường.\n")
    hl.imap_append("so-tnmt", raw)
    t.check("anonymous and complaint: intake", once() == 0)
    row = hl.psql("select kind, unit_code, flagged, replace(coalesce(flag_reason, ''), E'\\n', ' ') "
                  f"from cases c where received_unit = '{ward}' and citizen_address is null")
    t.check("an anonymous denunciation is recorded, routed away and flagged",
            len(row) == 1 and row[0][0] == "denunciation" and row[0][1] != ward and
            row[0][2] == "t" and "anonymous" in row[0][3], row)
    row = hl.psql("select kind, unit_code, coalesce(legal_basis, ''),"
                  " due_at > now() + interval '29 days' and due_at < now() + interval '31 days'"
                  f" from cases where citizen_address = '{frm}'")
    t.check("a complaint: its kind, routed as feedback, 30 days, the Law on Complaints",
            row == [["complaint", "so-tnmt", "Luật Khiếu nại 2011, Điều 28", "t"]], row)


def test_household_denunciation():
    """A denunciation of a neighbour's building accuses no unit: the ward
    that must act handles it (the policy table), not its parent; the
    ward's clerks still get the forward without the denouncer."""
    u = units()
    ward = "phuong-ba-dinh"
    frm = "hang.xom@example.org"
    name = "Phạm Thị Hàng Xóm"
    raw = mail(f"{name} <{frm}>", u[ward]["feedback_email"],
               "Đơn tố cáo hộ ông Trần Văn B xây nhà trái phép",
               "Kính gửi UBND phường Ba Đình,\n\nTôi tố cáo hộ ông Trần Văn B ở số 12 phố Quán "
               "Thánh tự ý xây thêm tầng 4 không có giấy phép, đổ vật liệu ra vỉa hè.\n"
               f"Đề nghị phường kiểm tra, xử lý.\n\n{name}, {frm}\n")
    n0 = hl.smtp_count()
    hl.imap_append(ward, raw)
    t.check("household denunciation: intake and send", once() == 0)
    row = hl.psql("select kind, coalesce(accused_unit, '-'), unit_code, category from cases "
                  f"where citizen_address = '{frm}'")
    t.check("a denunciation of a household: the ward's case, no unit accused",
            row == [["denunciation", "-", ward, "illegal_construction"]], row)
    to_ward = [(m, r) for m, r in mails_since(n0)
               if {x.lower() for x in m["rcpt_tos"]} & staff(ward)]
    t.check("the ward's clerks get it", len(to_ward) > 0, [m["rcpt_tos"] for m, _ in to_ward])
    for meta, raw_out in to_ward:
        text = raw_out.decode("utf-8", "replace")
        bodies = " ".join(p.get_content() for p in parse(raw_out).walk()
                          if p.get_content_type() == "text/plain")
        t.check("...without the denouncer's address or name",
                frm not in text.lower() and name not in bodies, bodies[:300])


def test_rls(denunciation_code):
    ward = "phuong-cau-giay"
    # A feedback case of the ward, to see that its clerk does see its own.
    frm = "ong.ga@example.org"
    hl.imap_append(ward, mail(f"Ông Gà <{frm}>", units()[ward]["feedback_email"],
                              "Xin cấp bản sao trích lục khai sinh",
                              "Tôi xin cấp bản sao trích lục khai sinh tại phường Cầu Giấy.\n"))
    t.check("feedback for the ward: intake", once() == 0)
    own = sql(f"select code from cases where citizen_address = '{frm}'")
    total = int(sql("select count(*) from cases"))

    login_role("clerk_cg", "hotline_clerk", [ward])
    login_role("clerk_tp", "hotline_clerk", ["ubnd-tp"])
    login_role("clerk_both", "hotline_clerk", ["ubnd-tp", ward])
    login_role("clerk_none", "hotline_clerk")

    rc, out, err = psql_as("clerk_cg", "select code, unit_code from cases order by id")
    rows = [line.split("\t") for line in out.splitlines()]
    t.check("a ward clerk sees only the ward's cases",
            rc == 0 and rows and all(r[1] == ward for r in rows) and own in [r[0] for r in rows],
            (rc, out, err))
    t.check("...and not the denunciation of the ward",
            denunciation_code not in out, out)
    rc, out, _ = psql_as("clerk_both", "select code from cases")
    t.check("a clerk of the city and the ward: not the denunciation of the ward either",
            rc == 0 and denunciation_code not in out and own in out, out)
    rc, out, _ = psql_as("clerk_tp", f"select count(*) from cases where code = "
                                     f"'{denunciation_code}'")
    t.check("the handler's clerk sees it", out.strip() == "1", out)
    rc, out, _ = psql_as("clerk_none", "select (select count(*) from cases), (select count(*) "
                                       "from messages), (select count(*) from events), (select "
                                       "count(*) from outbox), (select count(*) from attachments)")
    t.check("a clerk of no unit sees nothing", out.strip() == "0\t0\t0\t0\t0", out)
    for table, join in (("messages", "case_id"), ("events", "case_id"), ("outbox", "case_id")):
        rc, out, _ = psql_as("clerk_cg", f"select count(*) from {table} x where not exists "
                                         f"(select 1 from cases k where k.id = x.{join} and "
                                         f"k.unit_code = '{ward}')")
        t.check(f"{table}: only the ward's rows", rc == 0 and out.strip() == "0", out)
    rc, out, _ = psql_as("clerk_cg", "select count(*) from attachments")
    t.check("attachments of the denunciation are hidden from the ward", out.strip() == "0", out)
    rc, _, err = psql_as("clerk_cg", f"insert into clerk_units values ('clerk_cg', 'ubnd-tp')")
    t.check("a clerk cannot widen their units", rc != 0 and "permission denied" in err, err)
    rc, _, err = psql_as("clerk_cg", "select * from clerk_units")
    t.check("a clerk cannot read clerk_units", rc != 0, err)
    rc, _, err = psql_as("clerk_cg", "set role hotline_admin")
    t.check("a clerk cannot become admin", rc != 0, err)
    rc, out, _ = psql_as("clerk_cg", f"update cases set status = 'resolved' where code = "
                                     f"'{denunciation_code}' returning code")
    t.check("a clerk cannot change a case they cannot see", rc == 0 and out.strip() == "", out)

    # hotlinectl as the clerk's role.
    r = ctl_as("clerk_cg", "case", "list")
    t.check("hotlinectl case list as the ward clerk: only the ward",
            r.returncode == 0 and own in r.stdout and denunciation_code not in r.stdout and
            "(1 case)" in r.stdout, r.stdout + r.stderr)
    r = ctl_as("clerk_cg", "case", "show", denunciation_code)
    t.check("hotlinectl case show of the denunciation: no such case for the ward",
            r.returncode != 0 and "no case" in r.stderr, (r.returncode, r.stderr))
    r = ctl_as("clerk_tp", "case", "show", denunciation_code)
    t.check("the handler's clerk can show it", r.returncode == 0, r.stderr)
    viewed = hl.psql("select actor from events where kind = 'viewed' and case_id = (select id "
                     f"from cases where code = '{denunciation_code}') order by id")
    t.check("the handler clerk's read is an event by their role", ["clerk_tp"] in viewed, viewed)
    r = ctl_as("clerk_cg", "case", "assign", own, "Lan", "--by", "someone else")
    t.check("a ward clerk acts on the ward's case", r.returncode == 0, r.stderr)
    actor = hl.psql("select actor, declared_by from events where kind = 'assigned' "
                    "order by id desc limit 1")
    t.check("the event's actor is the role, --by only a note",
            actor == [["clerk_cg", "someone else"]], actor)
    r = ctl_as("clerk_tp", "case", "transfer", denunciation_code, ward)
    t.check("the handler's clerk cannot transfer it to the accused either",
            r.returncode == 1 and "accuses" in r.stderr, r.stderr)
    rc, _, err = psql_as("clerk_tp", f"update cases set unit_code = '{ward}' where code = "
                                     f"'{denunciation_code}'")
    t.check("...nor by SQL: the row policy refuses it", rc != 0 and "row-level" in err, err)
    r = ctl_as("clerk_cg", "case", "transfer", own, "phuong-ba-dinh", "--reason", "nhầm phường")
    t.check("a ward clerk transfers the ward's case out", r.returncode == 0, r.stderr)
    r = ctl_as("clerk_cg", "case", "show", own)
    t.check("...and then no longer sees it", r.returncode == 1 and "no case" in r.stderr,
            r.stderr)
    t.check("the clerks' sessions changed no count", int(sql("select count(*) from cases")) == total)

    # The audit trail is append-only for the daemon and admin roles.
    login_role("hl_daemon_t", "hotline_daemon")
    login_role("hl_admin_t", "hotline_admin")
    for role in ("hl_daemon_t", "hl_admin_t"):
        rc, out, _ = psql_as(role, "select count(*) from events")
        t.check(f"{role} reads every event", rc == 0 and int(out.strip()) > 0, out)
        for stmt in ("update events set kind = 'forged'", "delete from events",
                     "truncate events"):
            rc, _, err = psql_as(role, stmt)
            t.check(f"{role}: {stmt} fails", rc != 0, err)
    rc, _, err = psql_as("clerk_cg", "update events set kind = 'forged'")
    t.check("clerk: update events fails", rc != 0, err)
    try:
        hl.psql("update events set kind = 'forged'")
        owner_refused = False
    except RuntimeError:
        owner_refused = True
    t.check("even the owner cannot update events", owner_refused)

    # The daemon logs in as a member of hotline_daemon (not the owner).
    frm = "qua.daemon@example.org"
    hl.imap_append("so-xd", mail(f"Qua Daemon <{frm}>", units()["so-xd"]["feedback_email"],
                                 "Ngập úng sau mưa tại phố Nguyễn Khánh Toàn",
                                 "Đường ngập sâu sau mưa, cống thoát nước tắc.\n"))
    old = dict(os.environ)
    os.environ.update(HOTLINE_DB_USER="hl_daemon_t", PGPASSWORD=ROLE_PASSWORD)
    try:
        t.check("hotlined --once as a hotline_daemon member", once() == 0)
    finally:
        os.environ.clear()
        os.environ.update(old)
    row = hl.psql(f"select unit_code, (select actor from events e where e.case_id = c.id and "
                  f"e.kind = 'received') from cases c where citizen_address = '{frm}'")
    t.check("...stored the case, its events by that role", row == [["so-xd", "hl_daemon_t"]], row)


def main():
    try:
        code = test_ward_denunciation()
        test_city_denunciation()
        test_anonymous_and_complaint()
        test_household_denunciation()
        if code:
            test_rls(code)
    finally:
        hl.stop_all_daemons()
    sys.exit(t.summary())


if __name__ == "__main__":
    main()
