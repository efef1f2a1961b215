#!/usr/bin/env python3
"""imap_append: put mail into the test stack's mailboxes by IMAP APPEND over IMAPS.

    imap_append.py --unit CODE FILE...        every FILE into CODE's INBOX
    imap_append.py --by-delivered-to FILE...  each FILE into the unit whose
                                              feedback_email is in its
                                              Delivered-To (else To/Cc, else
                                              the .json sidecar's to_unit)
    imap_append.py --generate N --unit CODE   N generated ~3 KB Vietnamese
                                              feedback mails (benchmarks)

Reads the stack from $HL_STACK_ENV (default <repo>/run/stack/stack.env) and
verifies the server against the stack's test CA.  One connection per unit,
messages appended back to back.  Exits 1 if any message was refused.
Standard library only.
"""

import argparse
import email.parser
import email.policy
import email.utils
import imaplib
import json
import os
import random
import re
import ssl
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_stack_env(path=None):
    path = path or os.environ.get("HL_STACK_ENV") or os.path.join(REPO, "run/stack/stack.env")
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("export "):
                line = line[len("export "):]
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            env[key] = value
    return env


def connect(env, unit):
    ctx = ssl.create_default_context(cafile=env["HL_CA"])
    imap = imaplib.IMAP4_SSL("127.0.0.1", int(env["HL_IMAPS_PORT"]), ssl_context=ctx)
    with open(os.path.join(env["HL_RUN"], "secrets", unit + ".pass"), encoding="utf-8") as f:
        imap.login(unit, f.read().strip())
    return imap


def append_all(env, unit, messages, folder="INBOX"):
    """Appends (name, bytes) pairs; returns the names the server refused
    and the names skipped because they were empty."""
    failed = []
    empty = [name for name, raw in messages if not raw]
    for name in empty:
        # IMAP cannot carry an empty message (Dovecot: "Can't save a zero
        # byte message"), so no mailbox can ever hold one.
        print(f"imap_append: {unit}: {name}: empty, skipped", file=sys.stderr)
    messages = [(name, raw) for name, raw in messages if raw]
    imap = connect(env, unit)
    try:
        if "LITERAL+" in imap.capabilities:
            failed = pipelined_append(imap, folder, messages)
        else:
            for name, raw in messages:
                try:
                    typ, data = imap.append(folder, None, None, raw)
                except imaplib.IMAP4.error as e:
                    typ, data = "NO", [str(e).encode()]
                if typ != "OK":
                    print(f"imap_append: {unit}: {name}: {data!r}", file=sys.stderr)
                    failed.append(name)
    finally:
        try:
            imap.logout()
        except (imaplib.IMAP4.error, OSError):
            pass
    return failed, empty


def pipelined_append(imap, folder, messages, window=64, uids=None):
    """APPENDs with non-synchronising literals (RFC 7888), up to window
    commands in flight: a round trip per message would cost ~10x.  The bytes
    go out exactly as given (imaplib's append would rewrite bare LFs).
    Returns the names refused; fills uids[name] from APPENDUID if given."""
    failed = []
    pending = {}
    names = iter(messages)
    seq = 0
    done = False
    mbox = folder.replace("\\", "\\\\").replace('"', '\\"')
    while not done or pending:
        while not done and len(pending) < window:
            item = next(names, None)
            if item is None:
                done = True
                break
            name, raw = item
            seq += 1
            tag = f"A{seq:06d}"
            pending[tag] = name
            imap.send(f'{tag} APPEND "{mbox}" {{{len(raw)}+}}\r\n'.encode() + raw + b"\r\n")
        if not pending:
            break
        line = imap.readline()
        if not line:
            raise OSError("IMAP server closed the connection during APPEND")
        tag, _, rest = line.decode("utf-8", "replace").rstrip("\r\n").partition(" ")
        if tag in pending:
            name = pending.pop(tag)
            if not rest.startswith("OK"):
                print(f"imap_append: {name}: {rest}", file=sys.stderr)
                failed.append(name)
            elif uids is not None:
                match = re.search(r"\[APPENDUID \d+ (\d+)\]", rest)
                uids[name] = int(match.group(1)) if match else None
    return failed


def header_addresses(raw, names):
    """Addresses in the given headers, lower-cased; tolerant of broken mail."""
    try:
        msg = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    except Exception:  # hostile test mail may break the parser; fall back
        return []
    found = []
    for name in names:
        for value in msg.get_all(name, []) or []:
            for _, addr in email.utils.getaddresses([str(value)]):
                if addr:
                    found.append(addr.lower())
    return found


def route(path, raw, by_email):
    for headers in (["Delivered-To"], ["To", "Cc"]):
        for addr in header_addresses(raw, headers):
            if addr in by_email:
                return by_email[addr]
    sidecar = os.path.splitext(path)[0] + ".json"
    if os.path.exists(sidecar):
        with open(sidecar, encoding="utf-8") as f:
            unit = json.load(f).get("to_unit")
        if unit:
            return unit
    return None


# --------------------------------------------------------------- generated mail

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Hoài"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hạnh", "Hùng", "Lan", "Linh", "Mai",
         "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến"]
WARDS = ["phường Hoàn Kiếm", "phường Ba Đình", "phường Cầu Giấy", "xã Sóc Sơn",
         "phường Hàng Bạc", "phường Dịch Vọng", "phường Kim Mã", "phường Láng Hạ"]
STREETS = ["Hàng Bạc", "Đội Cấn", "Xuân Thủy", "Trần Duy Hưng", "Kim Mã", "Láng Hạ",
           "Nguyễn Chí Thanh", "Lê Duẩn", "Phố Huế", "Bà Triệu"]
TOPICS = [
    ("Phản ánh rác thải tồn đọng tại {street}",
     "Rác thải sinh hoạt tại ngõ {n} {street}, {ward} đã không được thu gom suốt {d} ngày nay. "
     "Mùi hôi bốc lên nồng nặc, ruồi muỗi nhiều, ảnh hưởng nghiêm trọng đến sức khỏe của các hộ "
     "dân xung quanh, đặc biệt là trẻ nhỏ và người già."),
    ("Ngập úng kéo dài sau mưa tại {street}",
     "Mỗi khi trời mưa to, đoạn đường {street} thuộc {ward} lại ngập sâu khoảng {d}0 cm, nước "
     "tràn vào nhà dân. Hệ thống cống thoát nước có vẻ đã bị tắc từ lâu nhưng chưa được nạo vét."),
    ("Tiếng ồn karaoke về đêm ở {ward}",
     "Một quán karaoke tại số {n} {street} hoạt động đến 1-2 giờ sáng, âm thanh rất lớn. Gia đình "
     "tôi có con nhỏ đang ôn thi nên không thể ngủ được. Chúng tôi đã nhắc nhở nhiều lần nhưng "
     "không có kết quả."),
    ("Hồ sơ cấp giấy chứng nhận quyền sử dụng đất bị chậm",
     "Tôi nộp hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất (sổ đỏ) cho thửa đất tại "
     "{ward} từ {d} tháng trước, giấy hẹn trả kết quả đã quá hạn nhưng đến nay vẫn chưa nhận được."),
    ("Mặt đường {street} xuống cấp nghiêm trọng",
     "Đoạn đường {street} gần số nhà {n} có nhiều ổ gà, ổ voi, đã có người đi xe máy bị ngã. Đề "
     "nghị cơ quan chức năng sớm kiểm tra, sửa chữa để bảo đảm an toàn giao thông."),
    ("Mất nước sinh hoạt nhiều ngày tại {ward}",
     "Khu dân cư chúng tôi ở {street}, {ward} bị mất nước sinh hoạt {d} ngày liên tục, không có "
     "thông báo trước. Các hộ gia đình phải đi mua nước đóng bình để dùng."),
    ("Xây dựng trái phép lấn chiếm vỉa hè",
     "Hộ gia đình tại số {n} {street} đang xây dựng thêm tầng và lấn ra vỉa hè khoảng {d} mét, "
     "không thấy treo biển báo cấp phép xây dựng. Đề nghị {ward} kiểm tra, xử lý."),
    ("Đăng ký tạm trú cho người thuê trọ",
     "Tôi là chủ nhà trọ tại {street}, {ward}. Tôi muốn hỏi thủ tục đăng ký tạm trú trực tuyến "
     "cho {d} người thuê trọ mới đến, cần chuẩn bị những giấy tờ gì và thời gian giải quyết bao lâu."),
]
CLOSINGS = ["Trân trọng cảm ơn!", "Kính mong được xem xét, giải quyết sớm.",
            "Xin chân thành cảm ơn quý cơ quan.", "Rất mong nhận được phản hồi."]


def generate(unit, n, seed, feedback_email):
    """n realistic feedback mails for unit, deterministic for a seed."""
    from email.message import EmailMessage

    rnd = random.Random(seed)
    out = []
    for i in range(n):
        name = f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
        local = "".join(c for c in name.lower() if c.isascii() and c.isalpha()) or "congdan"
        sender = f"{local}{rnd.randint(1, 9999)}@example.com"
        subject_t, body_t = rnd.choice(TOPICS)
        fill = dict(street=rnd.choice(STREETS), ward=rnd.choice(WARDS), n=rnd.randint(1, 300),
                    d=rnd.randint(2, 9))
        paragraphs = [f"Kính gửi {unit},", "",
                      f"Tôi tên là {name}, hiện cư trú tại số {fill['n']} {fill['street']}, "
                      f"{fill['ward']}, Hà Nội. Số điện thoại liên hệ: 09{rnd.randint(10000000, 99999999)}.",
                      "", body_t.format(**fill)]
        # Pad with more varied detail to reach roughly 3 KB of body.
        while sum(len(p.encode()) for p in paragraphs) < 2600:
            extra = rnd.choice(TOPICS)[1].format(
                street=rnd.choice(STREETS), ward=rnd.choice(WARDS), n=rnd.randint(1, 300),
                d=rnd.randint(2, 9))
            paragraphs += ["", "Ngoài ra, " + extra[0].lower() + extra[1:]]
        paragraphs += ["", rnd.choice(CLOSINGS), name]
        msg = EmailMessage(policy=email.policy.SMTP)
        msg["From"] = email.utils.formataddr((name, sender))
        msg["To"] = feedback_email
        msg["Delivered-To"] = feedback_email
        msg["Subject"] = subject_t.format(**fill)
        msg["Date"] = email.utils.formatdate(time.time() - rnd.randint(0, 86400), localtime=False)
        msg["Message-ID"] = f"<gen-{seed}-{i}-{rnd.getrandbits(48):x}@example.com>"
        cte = rnd.choice(["quoted-printable", "base64", "8bit"])
        msg.set_content("\n".join(paragraphs) + "\n", charset="utf-8", cte=cte)
        out.append((f"generated-{i + 1}", msg.as_bytes()))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unit", help="unit code (= IMAP user)")
    ap.add_argument("--by-delivered-to", action="store_true")
    ap.add_argument("--generate", type=int, metavar="N")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--folder", default="INBOX")
    ap.add_argument("--env", help="stack.env path (default $HL_STACK_ENV)")
    ap.add_argument("-q", "--quiet", action="store_true")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()

    env = load_stack_env(args.env)
    units_json = env.get("HL_UNITS_JSON") or os.path.join(REPO, "tests/data/corpus/units.json")
    with open(units_json, encoding="utf-8") as f:
        units = json.load(f)
    by_code = {u["code"]: u for u in units}
    by_email = {u["feedback_email"].lower(): u["code"] for u in units}

    batches = {}
    if args.generate is not None:
        if not args.unit or args.unit not in by_code:
            ap.error("--generate needs --unit with a known unit code")
        batches[args.unit] = generate(args.unit, args.generate, args.seed,
                                      by_code[args.unit]["feedback_email"])
    elif args.by_delivered_to:
        for path in args.files:
            with open(path, "rb") as f:
                raw = f.read()
            unit = route(path, raw, by_email)
            if unit is None:
                print(f"imap_append: {path}: no unit found", file=sys.stderr)
                return 1
            batches.setdefault(unit, []).append((path, raw))
    else:
        if not args.unit or args.unit not in by_code:
            ap.error("--unit CODE (a code from units.json) or --by-delivered-to is required")
        for path in args.files:
            with open(path, "rb") as f:
                batches.setdefault(args.unit, []).append((path, f.read()))

    failed = []
    for unit, messages in batches.items():
        bad, empty = append_all(env, unit, messages, args.folder)
        failed += bad
        if not args.quiet:
            note = f" ({len(empty)} empty, skipped)" if empty else ""
            print(f"{unit}: appended {len(messages) - len(bad) - len(empty)} of {len(messages)}{note}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
