#!/bin/bash
# Integration test of the IMAP seam (lib/net/imap_etpan.c + lib/net/tls.c) against a
# throwaway rootless Dovecot with IMAPS and STARTTLS signed by a test CA made
# here.  Drives tests/tools/imap_probe.  Needs dovecot-imapd and openssl.
#
#   HL_BUILD_DIR=build bash tests/integration/test_imap_seam.sh
#   KEEP=1 ...   leaves the server running and prints how to reach it
#   N_MSGS=300 BIG_MB=6   size of the bulk test
set -u
BUILD=${HL_BUILD_DIR:-build}
PROBE=$(realpath "$BUILD/imap_probe" 2>/dev/null)
[ -x "$PROBE" ] || { echo "imap_probe not built in $BUILD"; exit 1; }
command -v dovecot >/dev/null || { echo "SKIP: dovecot not installed"; exit 77; }
N_MSGS=${N_MSGS:-300}
BIG_MB=${BIG_MB:-6}

D=$(mktemp -d /tmp/imaptest-XXXXXX)
chmod 755 "$D"
if [ "$(id -u)" = 0 ]; then
    RUN_USER=dovecot
    RUN=(runuser -u "$RUN_USER" --)
else
    RUN_USER=$(id -un)
    RUN=()
fi
RUN_GROUP=$(id -gn "$RUN_USER")

pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok - $*"; }
bad() { fail=$((fail + 1)); echo "FAIL - $*"; }

cleanup() {
    if [ -f "$D/run/master.pid" ] && [ -z "${KEEP:-}" ]; then
        kill "$(cat "$D/run/master.pid")" 2>/dev/null
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            [ -f "$D/run/master.pid" ] || break
            sleep 0.2
        done
    fi
    [ -z "${KEEP:-}" ] && rm -rf "$D"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
P_IMAP=$(free_port)
P_IMAPS=$(free_port)
P_DEAD=$(free_port)

# ---- certificates: test CA, server cert for imap.test + 127.0.0.1, another CA
(
    cd "$D" || exit 1
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
        -out ca.pem -days 30 -subj "/CN=hotline test CA" 2>/dev/null
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout other.key \
        -out other-ca.pem -days 30 -subj "/CN=some other CA" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key \
        -out server.csr -subj "/CN=imap.test" 2>/dev/null
    printf 'subjectAltName=DNS:imap.test,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > ext.cnf
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 \
        -extfile ext.cnf -out server.pem 2>/dev/null
    openssl x509 -in server.pem -outform DER | sha256sum | cut -d' ' -f1 > server.pin
) || { echo "cannot make certificates"; exit 1; }
PIN=$(cat "$D/server.pin")

# ---- dovecot
mkdir -p "$D/run" "$D/state" "$D/home/so-xd"
printf 'secret-pw\n' > "$D/good.pass"
printf 'wrong-pw\n' > "$D/bad.pass"
printf 'so-xd:{PLAIN}secret-pw::::%s/home/so-xd::\n' "$D" > "$D/passwd"
cat > "$D/dovecot.conf" <<EOF
base_dir = $D/run
state_dir = $D/state
log_path = $D/dovecot.log
protocols = imap
listen = 127.0.0.1, 127.0.0.2, 127.0.0.3
# 127.0.0.2 plays a server without MOVE, 127.0.0.3 one without MOVE or UIDPLUS.
local 127.0.0.2 {
  protocol imap {
    imap_capability = IMAP4rev1 LITERAL+ SASL-IR ID ENABLE IDLE UIDPLUS NAMESPACE
  }
}
local 127.0.0.3 {
  protocol imap {
    imap_capability = IMAP4rev1 LITERAL+ SASL-IR ID ENABLE IDLE NAMESPACE
  }
}
default_internal_user = $RUN_USER
default_internal_group = $RUN_GROUP
default_login_user = $RUN_USER
mail_uid = $RUN_USER
mail_gid = $RUN_GROUP
first_valid_uid = 1
first_valid_gid = 1
ssl = yes
ssl_cert = <$D/server.pem
ssl_key = <$D/server.key
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
login_trusted_networks =
passdb {
  driver = passwd-file
  args = scheme=PLAIN $D/passwd
}
userdb {
  driver = passwd-file
  args = $D/passwd
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  chroot =
  inet_listener imap {
    port = $P_IMAP
  }
  inet_listener imaps {
    port = $P_IMAPS
    ssl = yes
  }
}
service anvil {
  chroot =
}
EOF
chown -R "$RUN_USER:$RUN_GROUP" "$D"
"${RUN[@]}" dovecot -c "$D/dovecot.conf" </dev/null >/dev/null 2>&1 || { echo "dovecot did not start"; cat "$D/dovecot.log"; exit 1; }
for _ in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1',$P_IMAPS),1)" 2>/dev/null && break
    sleep 0.1
done

probe() { # MODE HOST PORT PASSFILE CAFILE [args...]
    local mode=$1 host=$2 port=$3 passf=$4 ca=$5
    shift 5
    "$PROBE" "$host" "$port" "$mode" so-xd "$passf" "$ca" "$@" > "$D/out" 2> "$D/err"
    echo $? > "$D/rc"
}
rc() { cat "$D/rc"; }
has() { grep -q -- "$1" "$D/out"; }
login_attempts() { grep -c "imap-login: .*user=<so-xd>" "$D/dovecot.log" 2>/dev/null || true; }
G="$D/good.pass"

# ---- trust
probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" caps
[ "$(rc)" = 0 ] && has "logged in" && has "idle=yes" && ok "implicit TLS, right CA: logged in" \
    || { bad "implicit TLS, right CA"; cat "$D/out" "$D/err"; }

probe starttls 127.0.0.1 "$P_IMAP" "$G" "$D/ca.pem" caps
[ "$(rc)" = 0 ] && has "logged in" && ok "STARTTLS, right CA: logged in" \
    || { bad "STARTTLS, right CA"; cat "$D/out" "$D/err"; }

before=$(login_attempts)
probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/other-ca.pem" caps
[ "$(rc)" = 2 ] && has "error permanent:.*TLS certificate of 127.0.0.1:$P_IMAPS not trusted: unable to get local issuer certificate" \
    && ok "implicit TLS, wrong CA: refused ($(cat "$D/out"))" || { bad "wrong CA"; cat "$D/out" "$D/err"; }
probe starttls 127.0.0.1 "$P_IMAP" "$G" "$D/other-ca.pem" caps
[ "$(rc)" = 2 ] && has "not trusted" && ok "STARTTLS, wrong CA: refused" \
    || { bad "STARTTLS wrong CA"; cat "$D/out" "$D/err"; }
probe implicit 127.0.0.1 "$P_IMAPS" "$G" - caps
[ "$(rc)" = 2 ] && has "not trusted" && ok "implicit TLS, system store only: refused" \
    || { bad "system store"; cat "$D/out" "$D/err"; }
sleep 0.3
after=$(login_attempts)
# Dovecot logs "Disconnected (no auth attempts ...)" for a client that never
# tried to log in; any login line with user=<so-xd> means credentials went out.
[ "$before" -gt 0 ] && [ "$before" = "$after" ] && ok "no credentials were sent to an untrusted server" \
    || bad "credentials reached the server after a refused certificate ($before -> $after)"

probe implicit localhost "$P_IMAPS" "$G" "$D/ca.pem" caps
[ "$(rc)" = 2 ] && has "does not name host localhost" && ok "host name mismatch: refused" \
    || { bad "host mismatch"; cat "$D/out" "$D/err"; }

probe implicit 127.0.0.1 "$P_IMAPS" "$G" - --pin "$PIN" caps
[ "$(rc)" = 0 ] && ok "pin matches (no CA): logged in" || { bad "pin ok"; cat "$D/out" "$D/err"; }
probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" --pin "$(echo "$PIN" | tr 0-9a-f 1-9a-f0)" caps
[ "$(rc)" = 2 ] && has "does not match the pinned" && ok "wrong pin: refused even with the right CA" \
    || { bad "wrong pin"; cat "$D/out" "$D/err"; }

probe implicit 127.0.0.1 "$P_IMAPS" "$D/bad.pass" "$D/ca.pem" caps
[ "$(rc)" = 2 ] && has "login refused" && ok "wrong password: permanent ($(cat "$D/out"))" \
    || { bad "wrong password"; cat "$D/out" "$D/err"; }
grep -q "wrong-pw\|secret-pw" "$D/out" "$D/err" && bad "password leaked into output" || ok "password not in output"

t0=$(date +%s%N)
probe implicit 127.0.0.1 "$P_DEAD" "$G" "$D/ca.pem" caps
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$(rc)" = 3 ] && [ "$ms" -lt 3000 ] && ok "dead port: temporary in $ms ms" \
    || { bad "dead port ($ms ms)"; cat "$D/out" "$D/err"; }

probe plain 127.0.0.1 "$P_IMAP" "$G" - caps
[ "$(rc)" = 0 ] && ok "plain on loopback: logged in" || { bad "plain"; cat "$D/out" "$D/err"; }

# ---- bulk: append N messages (one of BIG_MB MB), fetch all in one batch
python3 - "$D" "$P_IMAPS" "$N_MSGS" "$BIG_MB" <<'EOF' || { echo "append failed"; exit 1; }
import hashlib, imaplib, os, ssl, sys
d, port, n, big = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
ctx = ssl.create_default_context(cafile=f"{d}/ca.pem")
m = imaplib.IMAP4_SSL("127.0.0.1", port, ssl_context=ctx)
m.login("so-xd", "secret-pw")
os.makedirs(f"{d}/src", exist_ok=True)
with open(f"{d}/expected", "w") as exp:
    for i in range(1, n + 1):
        body = f"Xin chào, thư số {i}. Phản ánh về đường Lê Lợi.\r\n".encode() * (1 + i % 7)
        if i == 7:
            line = b"".join(bytes([65 + (k % 26)]) for k in range(76)) + b"\r\n"
            body = line * (big * 1024 * 1024 // len(line))
        msg = (f"From: citizen{i}@example.test\r\nTo: so-xd@city.test\r\n"
               f"Subject: =?UTF-8?B?UGjhuqNuIMOhbmg=?= {i}\r\nMessage-ID: <m{i}@example.test>\r\n"
               "Content-Type: text/plain; charset=UTF-8\r\n\r\n").encode() + body
        typ, _ = m.append("INBOX", None, None, msg)
        assert typ == "OK"
        exp.write(f"{len(msg)} {hashlib.sha256(msg).hexdigest()}\n")
m.logout()
EOF
sort "$D/expected" > "$D/expected.sorted"

probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" ensure Processed ensure Processed select INBOX list fetch
got=$(grep -c '^uid=' "$D/out")
[ "$(rc)" = 0 ] && [ "$got" = "$N_MSGS" ] && has "exists=$N_MSGS" && ok "fetched $got messages in one batch ($(cat "$D/err"))" \
    || { bad "bulk fetch: rc=$(rc) got=$got"; tail -n 3 "$D/out" "$D/err"; }
sed -n 's/^uid=[0-9]* len=\([0-9]*\) full=[0-9]* truncated=0 sha256=\(.*\)$/\1 \2/p' "$D/out" | sort > "$D/got.sorted"
cmp -s "$D/expected.sorted" "$D/got.sorted" && ok "every fetched message matches its source (size + sha256)" \
    || { bad "fetched bytes differ from sources"; diff "$D/expected.sorted" "$D/got.sorted" | head; }

probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" select INBOX list fetch 1000
big_line=$(grep '^uid=7 ' "$D/out")
echo "$big_line" | grep -q "len=1000 .*truncated=1" && ok "max_bytes truncates and flags ($big_line)" \
    || { bad "truncation: $big_line"; }

probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" select INBOX list move Processed list select Processed list
[ "$(rc)" = 0 ] && has "moved $N_MSGS to Processed" && has "^uids 0:" && has "selected Processed .*exists=$N_MSGS" \
    && ok "moved all $N_MSGS; INBOX empty, Processed has them" || { bad "move"; grep -v '^uid=' "$D/out" | cut -c1-200; cat "$D/err"; }

# The UID n:* trap: with the inbox empty, nothing must come back.
probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" select INBOX list fetch
[ "$(rc)" = 0 ] && has "^uids 0:" && has "^fetched 0" && ok "empty inbox lists and fetches nothing" \
    || { bad "empty inbox"; cat "$D/out"; }

probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" select Nowhere
# Dovecot 2.3 answers without a response code here: "NO Mailbox doesn't exist".
[ "$(rc)" -ge 2 ] && has "SELECT Nowhere: NO .*exist" && has "imap 127.0.0.1:$P_IMAPS user so-xd: " \
    && ok "missing folder: $(cat "$D/out" | tail -1)" || { bad "select missing"; cat "$D/out"; }

probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" ensure "Đã xử lý" select "Đã xử lý"
# Python's own modified UTF-7 (RFC 3501 5.1.3) is the reference for the name on the server.
want=$(python3 -c 'import base64, re; s = "Đã xử lý"
print(re.sub(r"[^\x20-\x7e]+", lambda m: "&" + base64.b64encode(m.group().encode("utf-16-be")).decode().rstrip("=").replace("/", ",") + "-", s))')
[ "$(rc)" = 0 ] && [ -d "$D/home/so-xd/Maildir/.$want" ] && ok "Vietnamese folder created as $want and selected" \
    || { bad "utf-7 folder (want $want)"; cat "$D/out"; ls -a "$D/home/so-xd/Maildir"; }

# ---- move without MOVE: UID COPY + STORE + UID EXPUNGE of our UIDs only.
# Another client's \Deleted message must survive (a plain EXPUNGE would remove it).
python3 - "$D" "$P_IMAPS" <<'EOF'
import imaplib, ssl, sys
ctx = ssl.create_default_context(cafile=f"{sys.argv[1]}/ca.pem")
m = imaplib.IMAP4_SSL("127.0.0.1", int(sys.argv[2]), ssl_context=ctx)
m.login("so-xd", "secret-pw")
for i in range(3):
    m.append("INBOX", None, None, f"Subject: nomove {i}\r\n\r\nbody {i}\r\n".encode())
m.select("INBOX")
typ, data = m.uid("SEARCH", None, "ALL")
last = data[0].split()[-1]
m.uid("STORE", last, "+FLAGS.SILENT", r"(\Deleted)")
m.logout()
EOF
caps2=$(python3 - "$D" "$P_IMAPS" <<'EOF'
import imaplib, ssl, sys
ctx = ssl.create_default_context(cafile=f"{sys.argv[1]}/ca.pem")
ctx.check_hostname = False
m = imaplib.IMAP4_SSL("127.0.0.2", int(sys.argv[2]), ssl_context=ctx)
m.login("so-xd", "secret-pw")
print(" ".join(m.capability()[1][0].decode().split()))
m.logout()
EOF
)
case " $caps2 " in *" MOVE "*) bad "127.0.0.2 still offers MOVE: $caps2" ;; *) ok "127.0.0.2 offers no MOVE" ;; esac
probe implicit 127.0.0.2 "$P_IMAPS" "$G" - --pin "$PIN" select INBOX list take 2 move Processed list
[ "$(rc)" = 0 ] && has "moved 2 to Processed" && has "^uids 1:" \
    && ok "no MOVE: copied, expunged only our UIDs, another client's \\Deleted kept" \
    || { bad "move without MOVE"; cat "$D/out" "$D/err"; }
probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" select Processed
has "exists=$((N_MSGS + 2))" && ok "Processed holds $((N_MSGS + 2))" || { bad "Processed count"; cat "$D/out"; }
probe implicit 127.0.0.3 "$P_IMAPS" "$G" - --pin "$PIN" select INBOX list move Processed
[ "$(rc)" = 2 ] && has "neither MOVE nor UIDPLUS" && ok "no MOVE and no UIDPLUS: refused" \
    || { bad "no uidplus"; cat "$D/out" "$D/err"; }
probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" select INBOX list move Processed list
[ "$(rc)" = 0 ] && has "^uids 0:" || { bad "cleanup move"; cat "$D/out"; }

# ---- IDLE: quiet timeout, then news while idling
probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" select INBOX idle 500
[ "$(rc)" = 0 ] && has "idle=0" && ok "IDLE times out quietly: $(grep idle= "$D/out")" \
    || { bad "idle timeout"; cat "$D/out" "$D/err"; }
( sleep 1; python3 - "$D" "$P_IMAPS" <<'EOF'
import imaplib, ssl, sys
ctx = ssl.create_default_context(cafile=f"{sys.argv[1]}/ca.pem")
m = imaplib.IMAP4_SSL("127.0.0.1", int(sys.argv[2]), ssl_context=ctx)
m.login("so-xd", "secret-pw")
m.append("INBOX", None, None, b"Subject: late\r\n\r\nhello\r\n")
m.logout()
EOF
) &
probe implicit 127.0.0.1 "$P_IMAPS" "$G" "$D/ca.pem" select INBOX idle 10000
wait
[ "$(rc)" = 0 ] && has "idle=1" && ok "IDLE wakes on new mail: $(grep idle= "$D/out")" \
    || { bad "idle wake"; cat "$D/out" "$D/err"; }

if [ -n "${KEEP:-}" ]; then
    echo "dovecot left running: IMAPS 127.0.0.1:$P_IMAPS, IMAP $P_IMAP, CA $D/ca.pem, pass $G"
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
