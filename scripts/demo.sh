#!/usr/bin/env bash
# demo.sh: the quick start.  Installs what is missing, builds, starts the
# throwaway stack (PostgreSQL, Dovecot, SMTP receiver on 127.0.0.1), migrates
# the database, delivers the 63-message corpus to the units' mailboxes, runs
# hotlined until the cases are in, lists them, and has a clerk answer one
# case by mail to show the answer relayed to the citizen; a switchboard
# operator registers a phone call (case new).  The stack stays up:
# stop it with scripts/stack.sh stop.
#
# HL_SKIP_SETUP=1 skips the package check; DEMO_SECONDS bounds the wait
# (default 60).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
export HL_STACK_DIR="${HL_STACK_DIR:-$REPO/run/stack}"
export HL_STACK_ENV="$HL_STACK_DIR/stack.env"
BUILD="${HL_BUILD_DIR:-$REPO/build}"
export HL_BUILD_DIR="$BUILD"
say() { printf '\n== %s\n' "$*"; }

if [ "${HL_SKIP_SETUP:-0}" != 1 ]; then
    say "packages"
    bash scripts/setup.sh
fi

say "build"
cmake -S . -B "$BUILD" >/dev/null
make -C "$BUILD" -j"${JOBS:-2}" --no-print-directory hotlined hotlinectl

say "stack"
bash scripts/stack.sh start "$HL_STACK_DIR"
# shellcheck disable=SC1090
. "$HL_STACK_ENV"

say "database"
"$BUILD/hotlinectl" -c "$HL_CONF" db migrate

say "units: imported into the database (the configuration lists none)"
# Units are data: the stack wrote them with their mailboxes to a units file.
HL_CONF="$HL_CONF_DBUNITS"
export HL_CONF
"$BUILD/hotlinectl" -c "$HL_CONF" unit import "$HL_UNITS_FILE"
"$BUILD/hotlinectl" -c "$HL_CONF" unit edit phuong-hoan-kiem --by demo \
    --address "Số 1 phố Lý Thái Tổ, phường Hoàn Kiếm" \
    --feedback-box "Sảnh bộ phận một cửa, tầng 1"
"$BUILD/hotlinectl" -c "$HL_CONF" unit list

say "mail: the corpus into the units' mailboxes"
python3 scripts/imap_append.py --by-delivered-to tests/data/corpus/*.eml

say "hotlined"
# Run as the stack's unprivileged user when we are root (lib.sh knows how).
. tests/integration/lib.sh
hl_start_hotlined
trap 'hl_stop_hotlined 10 || true' EXIT
# Until every INBOX is empty (all mail processed and moved), or nothing has
# moved for 15 seconds, or DEMO_SECONDS pass.
deadline=$((SECONDS + ${DEMO_SECONDS:-60}))
last=-1
last_change=$SECONDS
while [ "$SECONDS" -lt "$deadline" ]; do
    left=0
    for code in $HL_UNITS; do
        left=$((left + $(hl_imap_count "$code" INBOX)))
    done
    [ "$left" = 0 ] && break
    if [ "$left" != "$last" ]; then
        last=$left
        last_change=$SECONDS
    elif [ $((SECONDS - last_change)) -ge 15 ]; then
        echo "demo: $left messages still in the INBOXes, nothing moving; stopping" >&2
        break
    fi
    if ! kill -0 "$HL_DAEMON_PID" 2>/dev/null; then
        echo "demo: hotlined exited; its log:" >&2
        tail -n 30 "$HL_RUN/hotlined.log" >&2
        exit 1
    fi
    sleep 1
done

say "a clerk answers one case by mail; hotline relays the answer to the citizen"
code="$(hl_psql "SELECT code FROM cases WHERE unit_code = 'so-xd' AND status = 'open' ORDER BY id LIMIT 1")"
if [ -n "$code" ]; then
    python3 - "$code" <<'PY'
import sys
sys.path.insert(0, "tests/integration")
from email.message import EmailMessage
from email.utils import make_msgid
import hl
code = sys.argv[1]
unit = {u["code"]: u for u in hl.units_json()}["so-xd"]
# The clerk answers the forward they were sent: its Reply-To and Message-ID
# carry their signed reply tag (docs/security.md); a mail merely From the
# clerk's address would be held.
reply_to, forward_id = hl.clerk_forward(code, unit["clerks"][0])
m = EmailMessage()
m["From"] = unit["clerks"][0]
m["To"] = reply_to
m["In-Reply-To"] = forward_id
m["References"] = forward_id
m["Subject"] = f"Re: [{code}] Phản ánh mới cần xử lý"
m["Message-ID"] = make_msgid(domain="soxaydung.hanoi.example.vn")
m.set_content("Kính gửi Ông/Bà,\n\nSở Xây dựng đã tiếp nhận và giao Đội kiểm tra xử lý, kết quả "
              "sẽ được thông báo trong thời hạn.\n\nTrân trọng,\nCán bộ tiếp nhận\n\n"
              f"Vào 02/12/2026 08:00, Phản ánh <{unit['feedback_email']}> đã viết:\n"
              "> Quy tắc phân loại, định tuyến đã áp dụng: ...\n")
hl.imap_append("so-xd", [bytes(m)])
PY
    for _ in $(seq 1 30); do
        [ "$(hl_psql "SELECT count(*) FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.code = '$code' AND o.kind = 'relay' AND o.status = 'sent'")" = 1 ] && break
        sleep 1
    done
    python3 - "$code" <<'PY'
import email, email.policy, sys
sys.path.insert(0, "tests/integration")
import hl
code = sys.argv[1]
for meta, raw in hl.smtp_messages():
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if f".{code}.relay." in str(msg["Message-ID"]):
        print(f"From: {msg['From']}\nTo: {msg['To']}\nSubject: {msg['Subject']}\n")
        print(msg.get_body(("plain",)).get_content())
        break
else:
    print(f"demo: no relay for {code} yet (see hotlined.log in the stack directory)")
PY
    "$BUILD/hotlinectl" -c "$HL_CONF" case show "$code" | sed -n "1,20p"
fi

say "a switchboard operator takes a call: the case gets its code at once (hotlinectl case new)"
"$BUILD/hotlinectl" -c "$HL_CONF" case new --channel phone --unit ubnd-tp \
    --name "Nguyễn Văn An" --phone 0912345678 --email an.nguyen@dan.example.vn \
    --address "12 Hàng Bông, Hoàn Kiếm" --subject "Ngập nước đường Nguyễn Trãi" \
    --text "Gọi đường dây nóng: đường Nguyễn Trãi bị ngập úng nặng sau mưa, cống bị tắc." || true
sleep 3 # the running daemon sends the acknowledgement and the forwards

hl_stop_hotlined 10 || true
trap - EXIT
echo "hotlined log: $HL_RUN/hotlined.log (last lines below)"
tail -n 5 "$HL_RUN/hotlined.log" || true

say "cases (the channel of each: email, phone ...)"
"$BUILD/hotlinectl" -c "$HL_CONF" case list

say "mailboxes"
"$BUILD/hotlinectl" -c "$HL_CONF" mailbox status || true

# The demo's mail arrived today: the report covers the last 30 days (the
# default, the last full month, would be empty).
since=$(TZ=Asia/Ho_Chi_Minh date -d '-29 days' +%F)
today=$(TZ=Asia/Ho_Chi_Minh date +%F)
say "the public directory of hotlines and feedback addresses"
"$BUILD/hotlinectl" -c "$HL_CONF" directory --format html --out "$HL_RUN/directory.html" &&
    echo "demo: the directory is $HL_RUN/directory.html (also --format csv|json)"

say "report: the last 30 days by responsible unit"
"$BUILD/hotlinectl" -c "$HL_CONF" report --from "$since" --to "$today" || true
"$BUILD/hotlinectl" -c "$HL_CONF" report --from "$since" --to "$today" --compare \
    --format html --out "$HL_RUN/report.html" && echo "demo: the HTML report is $HL_RUN/report.html"

cat <<EOF

The stack is still running (state in $HL_RUN):
  . $HL_STACK_ENV               # HL_* variables; plain psql connects as hotline
  $BUILD/hotlinectl -c $HL_CONF case list
  $BUILD/hotlinectl -c $HL_CONF report --json --from $since
  xdg-open $HL_RUN/report.html   # the inspectors' report: summary, charts, tables
  xdg-open $HL_RUN/directory.html  # the public directory of hotlines and feedback addresses
  $BUILD/hotlinectl -c $HL_CONF unit merge phuong-ba-dinh --into phuong-hoan-kiem   # wards merge
  runuser -u $HL_RUN_USER -- $BUILD/hotlined -c $HL_CONF   # poll continuously (not as root)
  ls $HL_SMTP_DIR                # mail hotline sent (acknowledgements, forwards)
  scripts/stack.sh stop          # stop PostgreSQL, Dovecot and the SMTP receiver
EOF
