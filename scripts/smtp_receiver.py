#!/usr/bin/python3
"""smtp_receiver: the test stack's SMTP server (aiosmtpd, Debian python3-aiosmtpd).

Every accepted message becomes two files in --dir, written so that a reader
never sees half of one: NNNNNN.json (envelope and session facts) first, then
NNNNNN.eml (the raw DATA bytes with X-Envelope-From / X-Envelope-To
prepended).  The .eml appearing means the message is complete.

Failures on demand: --dir/control.json is read on every command, so a test can
change it between transactions.  Keys:

    "MAIL"            every MAIL FROM
    "MAIL:<addr>"     MAIL FROM:<addr>
    "RCPT"            every RCPT TO
    "RCPT:<addr>"     RCPT TO:<addr>
    "DATA"            the end of DATA

and each value is either a reply code (450, 550, ...), a full reply
("451 4.3.0 try later"), or an object {"code": 450, "message": "...",
"times": 2, "delay_s": 5}: "times" answers that way only for the first N
matching commands (counted from when this receiver started or the key first
appeared), "delay_s" waits before answering (for timeout tests; with no
"code" the command then proceeds normally).  A code below 400 is ignored.

STARTTLS is offered with --cert/--key; AUTH PLAIN/LOGIN is offered after
STARTTLS and checked against --auth-user/--auth-password-file but never
required.  SIZE, 8BITMIME and SMTPUTF8 are advertised.
"""

import argparse
import asyncio
import json
import logging
import os
import signal
import ssl
import sys
import time

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

log = logging.getLogger("smtp_receiver")


class Control:
    """Reads control.json on demand; counts uses of limited entries.  The
    counts start again whenever the file's rules change, so a test that sets
    {"times": 1} gets its one answer even on a stack an earlier run used."""

    def __init__(self, path):
        self.path = path
        self.used = {}
        self.rules = {}

    def load(self):
        try:
            with open(self.path, encoding="utf-8") as f:
                data = json.load(f)
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    async def answer(self, *keys):
        """The reply a control entry asks for, or None to proceed."""
        data = self.load()
        if data != self.rules:
            self.rules, self.used = data, {}
        for key in keys:
            if key not in data:
                continue
            entry = data[key]
            if isinstance(entry, dict):
                times = entry.get("times")
                if times is not None:
                    if self.used.get(key, 0) >= int(times):
                        continue
                    self.used[key] = self.used.get(key, 0) + 1
                delay = float(entry.get("delay_s", 0) or 0)
                if delay > 0:
                    await asyncio.sleep(delay)
                code = entry.get("code")
                message = entry.get("message")
            else:
                code, message = entry, None
            if code is None:
                return None
            if isinstance(code, str) and " " in code.strip():
                return code.strip()
            code = int(code)
            if code < 400:
                return None
            if message is None:
                message = (
                    "4.0.0 temporary failure (test control)"
                    if code < 500
                    else "5.0.0 permanent failure (test control)"
                )
            return f"{code} {message}"
        return None


class Handler:
    def __init__(self, directory, control):
        self.dir = directory
        self.control = control
        self.seq = self._last_seq()

    def _last_seq(self):
        last = 0
        for name in os.listdir(self.dir):
            stem, ext = os.path.splitext(name)
            if ext in (".eml", ".json") and stem.isdigit():
                last = max(last, int(stem))
        return last

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        reply = await self.control.answer(f"MAIL:{address}", "MAIL")
        if reply:
            log.info("MAIL FROM:<%s> -> %s", address, reply)
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = await self.control.answer(f"RCPT:{address}", "RCPT")
        if reply:
            log.info("RCPT TO:<%s> -> %s", address, reply)
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        reply = await self.control.answer("DATA")
        if reply:
            log.info("DATA from <%s> -> %s", envelope.mail_from, reply)
            return reply
        self.seq += 1
        stem = os.path.join(self.dir, f"{self.seq:06d}")
        raw = envelope.original_content or b""
        meta = {
            "seq": self.seq,
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "mail_options": list(envelope.mail_options),
            "rcpt_options": list(envelope.rcpt_options),
            "helo": session.host_name,
            "peer": list(session.peer) if session.peer else None,
            "tls": session.ssl is not None,
            "auth": session.authenticated,
            "size": len(raw),
            "received_at": time.time(),
        }
        head = f"X-Envelope-From: <{envelope.mail_from}>\r\n".encode()
        for rcpt in envelope.rcpt_tos:
            head += f"X-Envelope-To: <{rcpt}>\r\n".encode()
        write_atomic(stem + ".json", json.dumps(meta, ensure_ascii=False, indent=1).encode())
        write_atomic(stem + ".eml", head + raw)
        log.info("stored %s.eml from <%s> to %s (%d bytes)", stem, envelope.mail_from,
                 envelope.rcpt_tos, len(raw))
        return "250 2.0.0 OK queued as %06d" % self.seq


def write_atomic(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.rename(tmp, path)


def make_authenticator(user, password):
    def authenticator(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword) or user is None:
            return AuthResult(success=False, handled=False)
        ok = auth_data.login.decode() == user and auth_data.password.decode() == password
        return AuthResult(success=ok, handled=False)

    return authenticator


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--dir", required=True, help="where messages and control.json live")
    ap.add_argument("--cert")
    ap.add_argument("--key")
    ap.add_argument("--auth-user")
    ap.add_argument("--auth-password-file")
    ap.add_argument("--max-bytes", type=int, default=26214400)
    args = ap.parse_args()

    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(name)s %(message)s")
    # aiosmtpd logs every command at INFO; its own warnings are enough.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    os.makedirs(args.dir, exist_ok=True)

    tls_context = None
    if args.cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.cert, args.key)
    password = None
    if args.auth_password_file:
        with open(args.auth_password_file, encoding="utf-8") as f:
            password = f.read().strip()

    handler = Handler(args.dir, Control(os.path.join(args.dir, "control.json")))

    def factory():
        return SMTP(
            handler,
            data_size_limit=args.max_bytes,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname="smtp.test",
            tls_context=tls_context,
            require_starttls=False,
            auth_required=False,
            auth_require_tls=True,
            authenticator=make_authenticator(args.auth_user, password),
        )

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(factory, args.host, args.port))
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, loop.stop)
    log.info("listening on %s:%d, storing in %s", args.host, args.port, args.dir)
    try:
        loop.run_forever()
    finally:
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()


if __name__ == "__main__":
    main()
