#!/usr/bin/env python3
"""The mailer seam (lib/net/smtp_etpan.c) against real SMTP servers on loopback.

Self-contained: makes a test CA and a server certificate for 127.0.0.1 with
openssl, runs its own scripts/smtp_receiver.py instances on free ports, and
drives tests/tools/smtp_send from $HL_BUILD_DIR (default <repo>/build).
Implicit TLS goes through a small TLS-terminating proxy in front of the
receiver (the receiver speaks only plaintext + STARTTLS); DSN parameters, the
EHLO name, RSET and STARTTLS response injection are checked against a
scripted server in this file, since aiosmtpd offers no DSN.

Standard library only.  Exits non-zero on any failure; the last line is
"N passed, M failed".
"""

import hashlib
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("HL_BUILD_DIR", os.path.join(REPO, "build"))
TOOL = os.path.join(BUILD, "smtp_send")
RECEIVER = os.path.join(REPO, "scripts", "smtp_receiver.py")
PASSWORD = "s3cret-Mật-khẩu"

results = {"passed": 0, "failed": 0}


def check(cond, what, detail=""):
    if cond:
        results["passed"] += 1
        print(f"ok: {what}", flush=True)
    else:
        results["failed"] += 1
        print(f"FAIL: {what}" + (f"\n    {detail}" if detail else ""), flush=True)
    return cond


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, up=True, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                if up:
                    return True
        except OSError:
            if not up:
                return True
        time.sleep(0.05)
    return False


def receiver_python():
    """aiosmtpd is a Debian package: the first python3 on PATH may lack it."""
    for py in (sys.executable, "/usr/bin/python3"):
        if subprocess.run([py, "-c", "import aiosmtpd"], capture_output=True).returncode == 0:
            return py
    sys.exit("aiosmtpd is not importable (apt-get install python3-aiosmtpd)")


class Receiver:
    """One scripts/smtp_receiver.py process storing into its own directory."""

    def __init__(self, tmp, name, *extra):
        self.dir = os.path.join(tmp, name)
        os.makedirs(self.dir, exist_ok=True)
        self.port = free_port()
        self.extra = list(extra)
        self.log = open(os.path.join(tmp, name + ".log"), "ab")
        self.proc = None
        self.start()

    def start(self):
        self.proc = subprocess.Popen(
            [PY, RECEIVER, "--port", str(self.port), "--dir", self.dir] + self.extra,
            stdout=self.log, stderr=self.log)
        if not wait_port(self.port):
            raise RuntimeError(f"receiver on {self.port} did not come up")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        wait_port(self.port, up=False)

    def control(self, data):
        with open(os.path.join(self.dir, "control.json"), "w") as f:
            json.dump(data, f)

    def stored(self):
        return sorted(n for n in os.listdir(self.dir) if n.endswith(".eml"))

    def meta(self, eml):
        with open(os.path.join(self.dir, eml[:-4] + ".json")) as f:
            return json.load(f)

    def body(self, eml):
        """The stored DATA bytes without the X-Envelope-* lines."""
        with open(os.path.join(self.dir, eml), "rb") as f:
            raw = f.read()
        while raw.startswith(b"X-Envelope-"):
            raw = raw[raw.index(b"\r\n") + 2:]
        return raw


def send(port, mode, ca, frm, rcpt, path, *extra, stdin=None, timeout=60):
    args = [TOOL, "127.0.0.1", str(port), mode, ca, frm, rcpt, path] + list(extra)
    p = subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=timeout)
    lines = [l for l in p.stdout.splitlines() if l.startswith("send ")]
    parsed = []
    for l in lines:
        _, rest = l.split(": ", 1)
        res, reply = rest.split(": ", 1)
        parsed.append((res, reply))
    return p.returncode, parsed, p.stdout + p.stderr


def make_certs(tmp):
    def run(*a):
        subprocess.run(["openssl"] + list(a), check=True, capture_output=True, cwd=tmp)

    for ca in ("ca", "other"):
        run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca + ".key", "-out",
            ca + ".pem", "-days", "2", "-subj", f"/CN=hotline test {ca}", "-addext",
            "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")
    with open(os.path.join(tmp, "ext.cnf"), "w") as f:
        f.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"
                "basicConstraints=CA:FALSE\n")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/CN=127.0.0.1")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")
    der = subprocess.run(["openssl", "x509", "-in", "server.pem", "-outform", "DER"],
                         check=True, capture_output=True, cwd=tmp).stdout
    return hashlib.sha256(der).hexdigest()


# ---- an implicit-TLS front for the receiver --------------------------------

class TlsProxy(threading.Thread):
    """Accepts TLS on its own port and relays plaintext to target_port."""

    def __init__(self, cert, key, target_port):
        super().__init__(daemon=True)
        self.ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ctx.load_cert_chain(cert, key)
        self.target = target_port
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]

    def run(self):
        while True:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(c,), daemon=True).start()

    def serve(self, c):
        try:
            t = self.ctx.wrap_socket(c, server_side=True)
        except (ssl.SSLError, OSError):
            c.close()
            return
        u = socket.create_connection(("127.0.0.1", self.target))

        def pump(a, b):
            try:
                while True:
                    d = a.recv(65536)
                    if not d:
                        break
                    b.sendall(d)
            except OSError:
                pass
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        threading.Thread(target=pump, args=(u, t), daemon=True).start()
        pump(t, u)


# ---- a scripted server for what aiosmtpd cannot show -------------------------

class ScriptedServer(threading.Thread):
    """Plain SMTP that advertises DSN and SIZE and records every command.
    With inject=(cert, key) it offers STARTTLS, answers it with an extra
    plaintext line in the same packet, as a response-injection attacker
    would, and then completes the TLS handshake."""

    def __init__(self, inject=None):
        super().__init__(daemon=True)
        self.inject = inject  # (cert, key) to answer STARTTLS with an injection
        self.lines = []
        self.messages = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]

    def run(self):
        while True:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            try:
                self.serve(c)
            except OSError:
                pass
            c.close()

    def serve(self, c):
        f = c.makefile("rb")
        c.sendall(b"220 scripted.test ESMTP\r\n")
        while True:
            line = f.readline()
            if not line:
                return
            cmd = line.decode("latin-1").rstrip("\r\n")
            self.lines.append(cmd)
            verb = cmd.split(" ", 1)[0].upper()
            if verb == "EHLO":
                ext = [b"250-scripted.test", b"250-SIZE 100000", b"250-8BITMIME"]
                if self.inject:
                    ext.append(b"250-STARTTLS")
                c.sendall(b"\r\n".join(ext) + b"\r\n250 DSN\r\n")
            elif verb == "STARTTLS" and self.inject:
                c.sendall(b"220 2.0.0 go ahead\r\n250 2.0.0 injected\r\n")
                ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                ctx.load_cert_chain(*self.inject)
                t = ctx.wrap_socket(c, server_side=True)
                tf = t.makefile("rb")
                while True:
                    l = tf.readline()
                    if not l:
                        return
                    self.lines.append(l.decode("latin-1").rstrip("\r\n"))
                    t.sendall(b"250 2.0.0 ok\r\n")
            elif verb == "DATA":
                c.sendall(b"354 go ahead\r\n")
                data = b""
                while True:
                    l = f.readline()
                    if not l or l == b".\r\n":
                        break
                    data += l
                self.messages.append(data)
                c.sendall(b"250 2.0.0 queued\r\n")
            elif verb == "QUIT":
                c.sendall(b"221 bye\r\n")
                return
            else:
                c.sendall(b"250 2.0.0 ok\r\n")

    def close(self):
        self.sock.close()


# ---- the checks ------------------------------------------------------------

MSG = (b"From: hotline@hl.test\r\nTo: citizen@x.test\r\nSubject: =?UTF-8?B?VHLhuqMgbOG7nWk=?=\r\n"
       b"\r\nK\xc3\xadnh g\xe1\xbb\xadi,\n.dot at start\n..two dots\n.\nbare LF above\r\n"
       b"CRLF line\r\nlast line without newline")
# What the relay must store: CRLF everywhere, no stuffing left, one final CRLF.
EXPECTED = MSG.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") + b"\r\n"


def main():
    global PY
    if not os.access(TOOL, os.X_OK):
        sys.exit(f"{TOOL} is missing: build the smtp_send target (HL_BUILD_DIR={BUILD})")
    PY = receiver_python()
    tmp = tempfile.mkdtemp(prefix="smtptest-")
    receivers = []
    try:
        run_checks(tmp, receivers)
    finally:
        for r in receivers:
            r.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


def run_checks(tmp, receivers):
    pin = make_certs(tmp)
    ca, other = os.path.join(tmp, "ca.pem"), os.path.join(tmp, "other.pem")
    cert, key = os.path.join(tmp, "server.pem"), os.path.join(tmp, "server.key")
    msg = os.path.join(tmp, "msg.eml")
    with open(msg, "wb") as f:
        f.write(MSG)
    passfile = os.path.join(tmp, "pass")
    with open(passfile, "w") as f:
        f.write(PASSWORD + "\n")
    badpass = os.path.join(tmp, "badpass")
    with open(badpass, "w") as f:
        f.write("wrong\n")

    r = Receiver(tmp, "tls", "--cert", cert, "--key", key, "--auth-user", "hotline",
                 "--auth-password-file", passfile)
    receivers.append(r)
    p = r.port

    # Plaintext delivery, byte for byte.
    rc, out, text = send(p, "plain", "-", "bounce@hl.test", "a@x.test", msg)
    n = r.stored()
    check(rc == 0 and out and out[0][0] == "OK" and len(n) == 1, "plain: delivered", text)
    if n:
        check(r.body(n[-1]) == EXPECTED, "plain: stored bytes are the CRLF message, dots intact",
              repr(r.body(n[-1])))
        m = r.meta(n[-1])
        check(m["mail_from"] == "bounce@hl.test" and m["rcpt_tos"] == ["a@x.test"]
              and not m["tls"], "plain: envelope as given, no TLS", str(m))
        check("OK queued as" in out[0][1], "plain: reply is the relay's 250 line", out[0][1])

    # STARTTLS with the right CA.
    before = len(r.stored())
    rc, out, text = send(p, "starttls", ca, "bounce@hl.test", "a@x.test", msg)
    n = r.stored()
    check(rc == 0 and len(n) == before + 1, "starttls + right CA: delivered", text)
    if len(n) == before + 1:
        check(r.meta(n[-1])["tls"] and r.body(n[-1]) == EXPECTED,
              "starttls: stored over TLS with the exact bytes")

    # STARTTLS with the wrong CA: refused before MAIL FROM.  MAIL would be
    # answered 550 "reached MAIL", so a PERM with that text means we got there.
    r.control({"MAIL": "550 5.7.1 reached MAIL"})
    before = len(r.stored())
    rc, out, text = send(p, "starttls", other, "bounce@hl.test", "a@x.test", msg)
    check(rc == 3 and out and out[0][0] == "TEMP"
          and f"TLS certificate of 127.0.0.1:{p} not trusted" in out[0][1]
          and "reached MAIL" not in text and len(r.stored()) == before,
          "starttls + wrong CA: TEMP, refused before MAIL FROM, nothing stored", text)
    rc, out, text = send(p, "starttls", "-", "bounce@hl.test", "a@x.test", msg, "--pin", pin)
    check(out and out[0][1] == "550 5.7.1 reached MAIL" and out[0][0] == "PERM",
          "starttls + pinned leaf: trusted (reached MAIL, 550 is PERM)", text)
    rc, out, text = send(p, "starttls", "-", "bounce@hl.test", "a@x.test", msg, "--pin",
                         "00" * 32)
    check(out and out[0][0] == "TEMP" and "not trusted" in out[0][1],
          "starttls + wrong pin: TEMP, not trusted", text)
    r.control({})

    # AUTH after STARTTLS; the password never shows.
    before = len(r.stored())
    rc, out, text = send(p, "starttls", ca, "bounce@hl.test", "a@x.test", msg, "--user",
                         "hotline", "--passfile", passfile)
    check(rc == 0 and len(r.stored()) == before + 1 and r.meta(r.stored()[-1])["auth"],
          "auth: accepted after STARTTLS", text)
    rc, out, text = send(p, "starttls", ca, "bounce@hl.test", "a@x.test", msg, "--user",
                         "hotline", "--passfile", badpass)
    check(out and out[0][0] == "TEMP" and "535" in out[0][1] and "wrong" not in text,
          "auth: wrong password is TEMP with the relay's 535, password not shown", text)
    check(PASSWORD not in text, "auth: password never printed")

    # Reply codes.
    r.control({"RCPT:busy@x.test": 450, "RCPT:gone@x.test": "550 5.1.1 no such user here",
               "RCPT:grey@x.test": "451 4.7.1 greylisted"})
    before = len(r.stored())
    rc, out, text = send(p, "plain", "-", "bounce@hl.test", "busy@x.test", msg)
    check(rc == 3 and out and out[0][0] == "TEMP" and out[0][1].startswith("450 "),
          "450 on RCPT: TEMP with the relay's line", text)
    rc, out, text = send(p, "plain", "-", "bounce@hl.test", "gone@x.test", msg)
    check(rc == 2 and out and out[0] == ("PERM", "550 5.1.1 no such user here"),
          "550 on RCPT: PERM with the relay's text", text)
    rc, out, text = send(p, "plain", "-", "bounce@hl.test", "a@x.test,gone@x.test", msg)
    n = r.stored()
    check(rc == 0 and out and out[0][0] == "OK" and "<gone@x.test>: 550 5.1.1" in out[0][1]
          and len(n) == before + 1 and r.meta(n[-1])["rcpt_tos"] == ["a@x.test"],
          "one of two refused 550: sent to the other, OK with the refusal noted", text)
    before = len(r.stored())
    rc, out, text = send(p, "plain", "-", "bounce@hl.test", "a@x.test,grey@x.test,gone@x.test",
                         msg)
    check(rc == 3 and out and out[0] == ("TEMP", "451 4.7.1 greylisted")
          and len(r.stored()) == before,
          "a 4xx recipient among accepted ones: TEMP, nothing sent", text)
    r.control({"DATA": "554 5.6.0 content refused"})
    rc, out, text = send(p, "plain", "-", "bounce@hl.test", "a@x.test", msg)
    check(out and out[0] == ("PERM", "554 5.6.0 content refused"), "554 after DATA: PERM", text)
    r.control({"MAIL": 451})
    rc, out, text = send(p, "plain", "-", "bounce@hl.test", "a@x.test", msg)
    check(out and out[0][0] == "TEMP" and out[0][1].startswith("451 "), "451 on MAIL: TEMP",
          text)
    r.control({})

    # Null sender.
    rc, out, text = send(p, "plain", "-", "", "a@x.test", msg)
    n = r.stored()
    check(rc == 0 and r.meta(n[-1])["mail_from"] in ("", "<>"), "null sender: MAIL FROM:<>",
          text)

    # Three messages over one connection (same client port), then a transaction
    # refused in the middle does not spoil the next one (RSET).
    before = len(r.stored())
    rc, out, text = send(p, "starttls", ca, "bounce@hl.test", "a@x.test", msg, "--repeat", "3")
    n = r.stored()[before:]
    peers = {tuple(r.meta(e)["peer"]) for e in n}
    check(rc == 0 and len(n) == 3 and len(peers) == 1, "3 messages over one connection",
          text + str(peers))

    # The receiver dies between sends: TEMP, then a restart is picked up.
    proc_in = subprocess.Popen([TOOL, "127.0.0.1", str(p), "plain", "-", "bounce@hl.test",
                                "a@x.test", msg, "--repeat", "3", "--step"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    first = proc_in.stdout.readline()
    r.stop()
    proc_in.stdin.write("next\n")
    proc_in.stdin.flush()
    second = proc_in.stdout.readline()
    r.start()
    proc_in.stdin.write("next\n")
    proc_in.stdin.flush()
    third = proc_in.stdout.readline()
    proc_in.stdin.close()
    proc_in.wait(30)
    check(first.startswith("send 1: OK") and second.startswith("send 2: TEMP")
          and third.startswith("send 3: OK"),
          "receiver killed between sends: OK, TEMP, OK after restart", first + second + third)

    # A relay that stops answering: TEMP after the configured timeout.
    r.control({"RCPT": {"delay_s": 6}})
    t0 = time.monotonic()
    rc, out, text = send(p, "plain", "-", "bounce@hl.test", "a@x.test", msg, "--timeout", "2")
    took = time.monotonic() - t0
    check(out and out[0][0] == "TEMP" and "timed out" in out[0][1] and took < 5,
          f"silent relay: TEMP after the 2 s timeout (took {took:.1f}s)", text)
    r.control({})

    # A message of about 24 MB with dot lines: delivered byte for byte.
    big = os.path.join(tmp, "big.eml")
    chunk = b"".join(b".%06d line of text that starts with a dot\r\n" % i for i in range(1000))
    body = b"Subject: big\r\n\r\n" + chunk * 500
    with open(big, "wb") as f:
        f.write(body)
    before = len(r.stored())
    rc, out, text = send(p, "plain", "-", "bounce@hl.test", "a@x.test", big, timeout=120)
    n = r.stored()
    check(rc == 0 and len(n) == before + 1 and r.body(n[-1]) == body,
          f"{len(body) >> 20} MB message with dot lines: exact bytes", text)
    os.unlink(big)

    # STARTTLS required but not offered.
    plain_only = Receiver(tmp, "plain-only")
    receivers.append(plain_only)
    rc, out, text = send(plain_only.port, "starttls", ca, "bounce@hl.test", "a@x.test", msg)
    check(out and out[0][0] == "TEMP" and "relay does not offer STARTTLS" in out[0][1]
          and not plain_only.stored(), "starttls not offered: TEMP, nothing sent", text)

    # Implicit TLS (SMTPS) through a TLS front.
    proxy = TlsProxy(cert, key, p)
    proxy.start()
    before = len(r.stored())
    rc, out, text = send(proxy.port, "implicit", ca, "bounce@hl.test", "a@x.test", msg)
    check(rc == 0 and len(r.stored()) == before + 1 and r.body(r.stored()[-1]) == EXPECTED,
          "implicit TLS + right CA: delivered", text)
    rc, out, text = send(proxy.port, "implicit", other, "bounce@hl.test", "a@x.test", msg)
    check(out and out[0][0] == "TEMP" and "not trusted" in out[0][1]
          and len(r.stored()) == before + 1, "implicit TLS + wrong CA: TEMP, nothing sent", text)

    # DSN, EHLO name and RSET, seen on the wire.
    s = ScriptedServer()
    s.start()
    rc, out, text = send(s.port, "plain", "-", "bounce@hl.test", "a@x.test,b@x.test", msg,
                         "--envid", "HL-2026+1 x", "--helo", "hotline.example.vn",
                         "--repeat", "2")
    mails = [l for l in s.lines if l.upper().startswith("MAIL")]
    rcpts = [l for l in s.lines if l.upper().startswith("RCPT")]
    check(rc == 0 and len(s.messages) == 2, "scripted relay: two messages accepted", text)
    check(s.lines and s.lines[0] == "EHLO hotline.example.vn", "EHLO uses the configured name",
          str(s.lines[:1]))
    check(mails and all("RET=HDRS" in l and "ENVID=HL-2026+2B1+20x" in l and "SIZE=" in l
                        for l in mails), "MAIL FROM carries RET=HDRS, xtext ENVID and SIZE",
          str(mails))
    check(len(rcpts) == 4 and all(l.endswith(" NOTIFY=FAILURE") for l in rcpts),
          "RCPT TO carries NOTIFY=FAILURE", str(rcpts))
    check("RSET" in s.lines and s.lines.index("RSET") > s.lines.index(mails[0]) if mails else
          False, "RSET between messages on one connection", str(s.lines))
    check(s.messages and s.messages[0] == EXPECTED.replace(b"\r\n.", b"\r\n.."),
          "dot-stuffed on the wire", repr(s.messages[:1]))
    s.close()

    inj = ScriptedServer(inject=(cert, key))
    inj.start()
    rc, out, text = send(inj.port, "starttls", ca, "bounce@hl.test", "a@x.test", msg)
    check(out and out[0][0] == "TEMP" and "plaintext after STARTTLS" in out[0][1]
          and not any(l.upper().startswith("MAIL") for l in inj.lines),
          "plaintext injected after STARTTLS: refused", text)
    inj.close()


if __name__ == "__main__":
    sys.exit(main())
