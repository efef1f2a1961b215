#!/usr/bin/env python3
"""hl: helpers for integration tests against the stack of scripts/stack.sh.

Standard library only (tests run under whatever python3 is first on PATH).
The stack must be up; its env file is $HL_STACK_ENV, else
<repo>/run/stack/stack.env.  Binaries come from $HL_BUILD_DIR (default
<repo>/build).

    import hl
    env = hl.env()                       # the stack's variables (also put in os.environ)
    hl.psql("select count(*) from cases")     -> [["42"]]
    hl.imap_count("so-xd", "Processed")       -> 12
    d = hl.start_hotlined(); ...; hl.stop_hotlined(d)   (or hl.kill9(d))
    hl.wait_until(lambda: hl.imap_count("so-xd") == 0, 30, "INBOX drained")
    t = hl.Tally(); t.check("name", cond); sys.exit(t.summary())

Also a small CLI for bash tests (see lib.sh):
    hl.py imap-count UNIT [FOLDER] | imap-uids UNIT [FOLDER] | smtp-count | env
"""

import email.header
import email.policy
import hashlib
import hmac
import glob
import imaplib
import itertools
import re
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_ENV = None


def env(key=None):
    """The stack's variables (or the one named key); loaded once, and exported
    into os.environ so that psql and the daemon see PGPASSFILE and friends."""
    global _ENV
    if _ENV is None:
        path = os.environ.get("HL_STACK_ENV") or os.path.join(REPO, "run/stack/stack.env")
        if not os.path.exists(path):
            raise RuntimeError(f"no stack env at {path}: run scripts/stack.sh start")
        values = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line.startswith("export "):
                    line = line[len("export "):]
                if not line or line.startswith("#") or "=" not in line:
                    continue
                name, value = line.split("=", 1)
                if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                    value = value[1:-1]
                values[name] = value
        os.environ.update(values)
        _ENV = values
    return _ENV if key is None else _ENV[key]


def build_dir():
    return os.environ.get("HL_BUILD_DIR") or os.path.join(REPO, "build")


def units_json():
    """units.json: [{code, name, parent, kind, feedback_email, ...}]."""
    with open(env()["HL_UNITS_JSON"], encoding="utf-8") as f:
        return json.load(f)


def units():
    """Unit codes, which are also the IMAP user names."""
    return [u["code"] for u in units_json()]


def units_file():
    """The stack's units with their mailboxes, as `hotlinectl unit import`
    reads them ($HL_UNITS_FILE, written by scripts/stack.sh; made from
    $HL_UNITS_JSON and the config when the stack predates it)."""
    e = env()
    path = e.get("HL_UNITS_FILE") or os.path.join(e["HL_RUN"], "units.json")
    if not os.path.exists(path):
        with open(e["HL_CONF"], encoding="utf-8") as f:
            port = int(re.search(r'port = (\d+); tls = "implicit"; user', f.read()).group(1))
        full = []
        for u in units_json():
            v = dict(u)
            v["mailbox"] = {"host": "127.0.0.1", "port": port, "tls": "implicit",
                            "user": u["code"],
                            "password_file": os.path.join(e["HL_SECRETS"], u["code"] + ".pass"),
                            "inbox": "INBOX", "processed": "Processed", "ca_file": e["HL_CA"]}
            full.append(v)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(full, f, ensure_ascii=False, indent=2)
    return path


def dbunits_conf():
    """$HL_CONF without its units: a daemon that reads them only from the
    database ($HL_CONF_DBUNITS, or made from $HL_CONF)."""
    e = env()
    path = e.get("HL_CONF_DBUNITS") or os.path.join(e["HL_RUN"], "hotline-dbunits.conf")
    if not os.path.exists(path):
        with open(e["HL_CONF"], encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text[:text.index("units = (")])
        os.chmod(path, 0o644)
    return path


def import_units(path=None, conf=None):
    """hotlinectl unit import: the stack's units (or path) into the database."""
    return run([binary("hotlinectl"), "-c", conf or dbunits_conf(), "unit", "import",
                path or units_file()])


def binary(name):
    """Path of a built executable: binary("hotlined")."""
    return os.path.join(build_dir(), name)


def free_port():
    """A port nothing listens on right now (for "server is down" configs)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_secret(name, value):
    """Writes value to the stack's secrets dir, readable by the daemon's user
    only; returns the path."""
    path = os.path.join(env()["HL_SECRETS"], name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(value + "\n")
    os.chmod(path, 0o600)
    user = env().get("HL_RUN_USER")
    if os.geteuid() == 0 and user:
        shutil.chown(path, user)
    return path


def bounce_tag(outbox_id):
    """The tag hotlined signs outbox row outbox_id with (lib/core/bounce.h): the
    first 16 hex digits of HMAC-SHA256(key, decimal id), the key being the
    stack's HL_BOUNCE_KEY_FILE without its trailing newline."""
    with open(env("HL_BOUNCE_KEY_FILE"), "rb") as f:
        key = f.read().rstrip(b"\r\n")
    return hmac.new(key, str(outbox_id).encode(), hashlib.sha256).hexdigest()[:16]


def bounce_ref(outbox_id):
    """What follows "bounce+" in the envelope sender and "hl-" in the ENVID of
    mail hotlined sent for outbox row outbox_id."""
    return f"{outbox_id}-{bounce_tag(outbox_id)}"


def clerk_forward(code, clerk):
    """The newest mail hotlined sent to clerk alone about case code (its
    forward, or a citizen's addition): (its Reply-To address, its
    Message-ID), which carry the clerk's signed reply tag (lib/core/trust.h).  A
    genuine reply goes To that address, In-Reply-To that id."""
    for meta, raw in reversed(smtp_messages()):
        if [r.lower() for r in meta["rcpt_tos"]] != [clerk.lower()]:
            continue
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if code in str(msg["Subject"]):
            return msg["Reply-To"].addresses[0].addr_spec, str(msg["Message-ID"]).strip()
    raise RuntimeError(f"no mail to {clerk} alone about {code}")


def reply_token(code, clerk, day):
    """The reply token hotlined signs for (code, clerk) valid through UTC day
    number day (lib/core/trust.h): DAY "x" the first 16 hex digits of
    HMAC-SHA256(key, "hotline-reply-v1\n" CODE "\n" clerk "\n" DAY), the key
    being the bounce key (the stack sets no trust.reply_key)."""
    with open(env("HL_BOUNCE_KEY_FILE"), "rb") as f:
        key = f.read().rstrip(b"\r\n")
    msg = f"hotline-reply-v1\n{code.upper()}\n{clerk.lower()}\n{day}".encode()
    return f"{day}x" + hmac.new(key, msg, hashlib.sha256).hexdigest()[:16]


def encode_subject(text):
    """RFC 2047 B-encoding of a UTF-8 header value, as mail clients send it."""
    return email.header.Header(text, "utf-8").encode()


def secret(name):
    with open(os.path.join(env()["HL_SECRETS"], name + ".pass"), encoding="utf-8") as f:
        return f.read().strip()


# ------------------------------------------------------------------ database


def psql(sql, admin=False, check=True):
    """Runs sql with psql -At; returns rows as lists of strings.  As the
    application role `hotline` over TCP by default; admin=True connects as the
    superuser over the stack's Unix socket (for pg_terminate_backend and the
    like)."""
    e = env()
    cmd = ["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql]
    if admin:
        cmd = cmd[:1] + ["-h", e["HL_PG_SOCKET"], "-p", e["HL_PG_PORT"], "-U", "postgres",
                         "-d", "hotline"] + cmd[1:]
    else:
        cmd = cmd[:1] + ["-h", e["HL_PGHOST"], "-p", e["HL_PG_PORT"], "-U", "hotline",
                         "-d", "hotline"] + cmd[1:]
    r = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
    if check and r.returncode != 0:
        raise RuntimeError(f"psql failed ({r.returncode}): {r.stderr.strip()}")
    return [line.split("\t") for line in r.stdout.splitlines()]


def psql_value(sql, **kw):
    """The first column of the first row, or None."""
    rows = psql(sql, **kw)
    return rows[0][0] if rows and rows[0] else None


sql = psql_value


def reset_db():
    """Empties every table but schema_version and restarts every sequence,
    keeping the migrated schema: each test starts from a fresh database."""
    psql("""DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT schemaname, tablename FROM pg_tables
           WHERE schemaname = 'public' AND tablename <> 'schema_version' LOOP
    EXECUTE format('TRUNCATE %I.%I RESTART IDENTITY CASCADE', r.schemaname, r.tablename);
  END LOOP;
  FOR r IN SELECT schemaname, sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER SEQUENCE %I.%I RESTART', r.schemaname, r.sequencename);
  END LOOP;
END $$""")


# ------------------------------------------------------------------ IMAP


def imap_connect(unit, port=None, cafile=None):
    """A logged-in IMAP4_SSL session as unit, verified against the test CA."""
    e = env()
    ctx = ssl.create_default_context(cafile=cafile or e["HL_CA"])
    m = imaplib.IMAP4_SSL("127.0.0.1", int(port or e["HL_IMAPS_PORT"]), ssl_context=ctx)
    m.login(unit, secret(unit))
    return m


def imap_uids(unit, folder="INBOX"):
    m = imap_connect(unit)
    try:
        typ, _ = m.select(f'"{folder}"', readonly=True)
        if typ != "OK":
            raise RuntimeError(f"cannot select {unit}/{folder}")
        typ, data = m.uid("SEARCH", None, "ALL")
        return [int(x) for x in data[0].split()] if data and data[0] else []
    finally:
        m.logout()


def imap_count(unit, folder="INBOX"):
    m = imap_connect(unit)
    try:
        typ, data = m.status(f'"{folder}"', "(MESSAGES)")
        if typ != "OK":
            raise RuntimeError(f"STATUS {unit}/{folder}: {data!r}")
        text = data[0].decode()
        return int(text.rsplit("MESSAGES", 1)[1].strip(" )"))
    finally:
        m.logout()


def imap_uidvalidity(unit, folder="INBOX"):
    m = imap_connect(unit)
    try:
        typ, data = m.status(f'"{folder}"', "(UIDVALIDITY)")
        return int(data[0].decode().rsplit("UIDVALIDITY", 1)[1].strip(" )"))
    finally:
        m.logout()


def imap_fetch(unit, uid, folder="INBOX"):
    """Raw bytes of one message (BODY.PEEK[], so \\Seen is not set)."""
    m = imap_connect(unit)
    try:
        m.select(f'"{folder}"', readonly=True)
        typ, data = m.uid("FETCH", str(uid), "(BODY.PEEK[])")
        for item in data:
            if isinstance(item, tuple):
                return item[1]
        return None
    finally:
        m.logout()


def imap_append(unit, messages, folder="INBOX"):
    """APPENDs one message (bytes) or a list of them over one connection,
    pipelined; returns the UID (UIDPLUS) or the list of UIDs."""
    single = isinstance(messages, (bytes, bytearray))
    batch = [bytes(messages)] if single else [bytes(m) for m in messages]
    uids = {}
    m = imap_connect(unit)
    try:
        failed = _imap_append_mod().pipelined_append(m, folder, list(enumerate(batch)),
                                                     uids=uids)
    finally:
        m.logout()
    if failed:
        raise RuntimeError(f"APPEND to {unit}/{folder} refused messages {failed}")
    result = [uids.get(i) for i in range(len(batch))]
    return result[0] if single else result


def _imap_append_mod():
    sys.path.insert(0, os.path.join(REPO, "scripts"))
    try:
        import imap_append
    finally:
        sys.path.pop(0)
    return imap_append


def imap_append_files(unit, paths):
    """scripts/imap_append.py --unit unit paths... (one connection)."""
    run([sys.executable, os.path.join(REPO, "scripts/imap_append.py"), "-q", "--unit", unit]
        + list(paths))


def imap_clear(unit, folders=("INBOX", "Processed")):
    """Deletes every message in the folders (isolates tests from each other)."""
    m = imap_connect(unit)
    try:
        for folder in folders:
            if m.select(f'"{folder}"')[0] != "OK":
                continue
            typ, data = m.uid("SEARCH", None, "ALL")
            if data and data[0]:
                m.uid("STORE", b",".join(data[0].split()).decode(), "+FLAGS.SILENT", r"(\Deleted)")
                m.expunge()
            m.close()
    finally:
        m.logout()


# ------------------------------------------------------------------ SMTP receiver


def smtp_messages():
    """[(meta dict, raw bytes incl. X-Envelope headers)] in arrival order."""
    out = []
    for path in sorted(glob.glob(os.path.join(env()["HL_SMTP_DIR"], "[0-9]*.eml"))):
        with open(path[:-4] + ".json", encoding="utf-8") as f:
            meta = json.load(f)
        with open(path, "rb") as f:
            out.append((meta, f.read()))
    return out


def smtp_count():
    return len(glob.glob(os.path.join(env()["HL_SMTP_DIR"], "[0-9]*.eml")))


def smtp_control(rules=None):
    """Sets the receiver's failure rules (see scripts/smtp_receiver.py);
    None or {} means accept everything."""
    path = os.path.join(env()["HL_SMTP_DIR"], "control.json")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(rules or {}, f)
    os.rename(path + ".tmp", path)


def smtp_clear():
    """Forgets received mail (numbering continues; the receiver keeps it)."""
    for path in glob.glob(os.path.join(env()["HL_SMTP_DIR"], "[0-9]*.*")):
        os.unlink(path)


# ------------------------------------------------------------------ processes


def run(cmd, check=True, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if check and r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {r.returncode}: {r.stderr.strip()}")
    return r


def stack(*args):
    """scripts/stack.sh CMD [...] on this stack: pg-restart, dovecot-stop, ..."""
    return run(["bash", os.path.join(REPO, "scripts/stack.sh"), *args, env()["HL_RUN"]])


def _as_daemon_user(cmd):
    """hotlined should not run as root: as root, run it as the stack's
    unprivileged user (HL_RUN_USER), which owns the secrets.
    $HL_DAEMON_AS_ROOT=1 skips this."""
    user = env().get("HL_RUN_USER")
    if os.geteuid() != 0 or not user or os.environ.get("HL_DAEMON_AS_ROOT") == "1":
        return cmd
    binary_path = cmd[0]
    if subprocess.run(["runuser", "-u", user, "--", "test", "-x", binary_path]).returncode != 0:
        # The build tree is unreachable for that user (a checkout under /root):
        # run a copy from the stack directory.
        bindir = os.path.join(env()["HL_RUN"], "bin")
        os.makedirs(bindir, exist_ok=True)
        copy = os.path.join(bindir, os.path.basename(binary_path))
        shutil.copy2(binary_path, copy)
        os.chmod(copy, 0o755)
        cmd = [copy] + cmd[1:]
    # setpriv execs the daemon itself (runuser would stay as its parent), so
    # our pid is hotlined's and signals and exit statuses are its own.
    return ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", "--"] + cmd


def ctl(*args, config=True, check=True):
    """hotlinectl [-c $HL_CONF] args...; returns its stdout.  Raises with its
    stderr when it fails (check=False: returns stdout + stderr instead)."""
    cmd = [binary("hotlinectl")]
    if config:
        cmd += ["-c", env()["HL_CONF"]]
    r = subprocess.run(cmd + list(args), capture_output=True, text=True)
    if r.returncode != 0:
        if check:
            raise RuntimeError(f"hotlinectl {' '.join(args)} exited {r.returncode}: "
                               f"{r.stderr.strip()}")
        return r.stdout + r.stderr
    return r.stdout


def hotlinectl(*args, check=True, conf=None):
    """build/hotlinectl -c $HL_CONF args...; returns the CompletedProcess."""
    return run([binary("hotlinectl"), "-c", conf or env()["HL_CONF"], *args], check=check)


class Daemon:
    """A hotlined started in its own process group; signals go to the group,
    so anything it forked goes with it."""

    def __init__(self, proc, log_path):
        self.proc = proc
        self.log_path = log_path

    @property
    def pid(self):
        return self.proc.pid

    def send_signal(self, sig):
        try:
            os.killpg(self.proc.pid, sig)
        except ProcessLookupError:
            pass

    def kill(self):
        self.send_signal(signal.SIGKILL)

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def wait(self, timeout=None):
        return self.proc.wait(timeout)

    def poll(self):
        return self.proc.poll()

    def alive(self):
        return self.proc.poll() is None

    def log(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()


_DAEMONS = []
_SEQ = itertools.count(1)


def start_daemon(conf=None, *args, owner=None, log_name=None):
    """Starts $HL_BUILD_DIR/hotlined -c CONF [--owner OWNER] args... in the
    background; output goes to $HL_RUN/hotlined-N.log (see daemon_log)."""
    e = env()
    log_path = os.path.join(e["HL_RUN"], log_name or f"hotlined-{next(_SEQ)}.log")
    cmd = [binary("hotlined"), "-c", conf or e["HL_CONF"]]
    if owner:
        cmd += ["--owner", owner]
    cmd = _as_daemon_user(cmd + list(args))
    with open(log_path, "ab") as logf:
        proc = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    d = Daemon(proc, log_path)
    _DAEMONS.append(d)
    return d


def start_hotlined(*args, conf=None, owner=None):
    return start_daemon(conf, *args, owner=owner)


def daemon_log(d):
    return d.log()


def run_daemon_once(conf=None, capture=False, timeout=300, args=()):
    """hotlined -c CONF --once to completion.  Returns its exit status, or
    (status, stdout + stderr) with capture=True."""
    cmd = _as_daemon_user([binary("hotlined"), "-c", conf or env()["HL_CONF"], "--once",
                           *args])
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if not capture:
        sys.stdout.write(r.stdout)
        sys.stderr.write(r.stderr)
        return r.returncode
    return r.returncode, r.stdout + r.stderr


def stop_daemon(d, sig=signal.SIGTERM, timeout=30):
    """Sends sig, waits for exit; returns the exit status.  After timeout it
    kills -9 and raises: a daemon that ignores SIGTERM is a bug."""
    if d.poll() is None:
        d.send_signal(sig)
    try:
        return d.wait(timeout)
    except subprocess.TimeoutExpired:
        kill9(d)
        raise RuntimeError(f"hotlined did not exit within {timeout}s of signal {sig}")
    finally:
        if d in _DAEMONS:
            _DAEMONS.remove(d)


stop_hotlined = stop_daemon


def kill9(d):
    """SIGKILL to hotlined: the crash in crash tests."""
    d.kill()
    status = d.wait(30)
    if d in _DAEMONS:
        _DAEMONS.remove(d)
    return status


def stop_all_daemons():
    """Stops every daemon this process started (SIGKILL if SIGTERM is
    ignored); never raises."""
    for d in list(_DAEMONS):
        try:
            stop_daemon(d, timeout=15)
        except Exception as exc:  # cleanup must go on
            print(f"hl: stopping hotlined {d.pid}: {exc}", file=sys.stderr)


_VARIANTS = itertools.count(1)


def _cfg_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _set_fields(text, fields):
    """Sets name = value; in a block of libconfig text, adding missing ones
    before its last closing brace."""
    for name, value in fields.items():
        pattern = re.compile(r"(\b%s\s*=\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^;]*);" % re.escape(name))
        if pattern.search(text):
            text = pattern.sub(lambda m: m.group(1) + _cfg_value(value) + ";", text, count=1)
        else:
            cut = text.rindex("}")
            text = text[:cut] + f"{name} = {_cfg_value(value)}; " + text[cut:]
    return text


def variant_config(changes=None, only=None, top=None):
    """Writes a copy of $HL_CONF with changes and returns its path.

    changes: {unit_code: {mailbox_field: value}} (port, password_file, tls,
    ca_file, user, processed, allow_plain, ...) or {"smtp" | "intake" |
    "limits" | "database": {field: value}} for those groups; only: keep just
    these units' mailboxes (the other units stay, without one); top: {name: value} for top-level settings (case_prefix,
    log_level, rules_dir, ...)."""
    changes = dict(changes or {})
    with open(env()["HL_CONF"], encoding="utf-8") as f:
        text = f.read()
    head, units_part = text.split("units = (\n", 1)
    body, tail = units_part.rsplit("\n);", 1)
    blocks = body.split(",\n  { code = ")
    blocks = [blocks[0]] + ["  { code = " + b for b in blocks[1:]]
    kept = []
    for block in blocks:
        code = re.search(r'code = "([^"]+)"', block).group(1)
        if only is not None and code not in only:
            # Still a unit (others name it as parent), but not polled.
            block = re.sub(r"\n\s*mailbox = \{.*\};(?= \})", "", block, flags=re.S)
            kept.append(block)
            continue
        if code in changes:
            start = block.index("mailbox = {")
            block = block[:start] + _set_fields(block[start:block.rindex("};") + 1],
                                                changes.pop(code)) + block[block.rindex("};") + 1:]
        kept.append(block)
    lines = head.split("\n")
    for group, fields in changes.items():
        for i, line in enumerate(lines):
            if line.startswith(group + " = {"):
                # A group may continue on following lines up to "};".
                j = i
                while "};" not in lines[j]:
                    j += 1
                chunk = _set_fields("\n".join(lines[i:j + 1]).rsplit("};", 1)[0] + "}", fields)
                lines[i:j + 1] = (chunk + ";").split("\n")
                break
        else:
            raise KeyError(f"variant_config: no unit or group {group!r}")
    for name, value in (top or {}).items():
        for i, line in enumerate(lines):
            if line.startswith(name + " = "):
                lines[i] = f"{name} = {_cfg_value(value)};"
                break
        else:
            lines.append(f"{name} = {_cfg_value(value)};")
    out = "\n".join(lines) + "units = (\n" + ",\n".join(kept) + "\n);" + tail
    path = os.path.join(env()["HL_RUN"], f"variant-{os.getpid()}-{next(_VARIANTS)}.conf")
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
    os.chmod(path, 0o644)
    return path


def wait_until(pred, timeout=30, what="condition", interval=0.2):
    """Polls pred() until it is truthy and returns its value; on timeout
    prints what it waited for and returns False (exceptions from pred, say
    while a server restarts, count as not yet)."""
    deadline = time.monotonic() + timeout
    last_exc = None
    while True:
        try:
            value = pred()
            if value:
                return value
        except Exception as exc:  # the stack may be restarting; keep polling
            last_exc = exc
        if time.monotonic() >= deadline:
            extra = f" (last error: {last_exc})" if last_exc else ""
            print(f"hl: timed out after {timeout}s waiting for {what}{extra}", file=sys.stderr)
            return False
        time.sleep(interval)


def wait_progress(measure, target, stall=60, what="progress", interval=0.5):
    """Polls measure() (a count) until it reaches target and returns True;
    returns False once it has not grown for stall seconds.  For work whose
    speed depends on the machine (a loaded CI runner) but which must never
    stop moving: the test then fails on a stall, not on a slow machine."""
    best, since = -1, time.monotonic()
    while True:
        try:
            n = int(measure())
        except Exception:  # the stack may be restarting; keep polling
            n = best
        if n >= target:
            return True
        if n > best:
            best, since = n, time.monotonic()
        elif time.monotonic() - since >= stall:
            print(f"hl: {what} stalled at {best}/{target} for {stall}s", file=sys.stderr)
            return False
        time.sleep(interval)


class Tally:
    """Counts checks; summary() prints "N passed, M failed" and returns the
    exit status."""

    def __init__(self, name=None):
        self.name = name or os.path.basename(sys.argv[0])
        self.passed = 0
        self.failed = 0

    def check(self, what, cond, detail=""):
        if cond:
            self.passed += 1
            print(f"ok   {what}")
        else:
            self.failed += 1
            print(f"FAIL {what}{': ' + str(detail) if detail else ''}")
        return bool(cond)

    def summary(self):
        print(f"{self.name}: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed or not self.passed else 0


def _cli(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "imap-count":
        print(imap_count(rest[0], rest[1] if len(rest) > 1 else "INBOX"))
    elif cmd == "imap-uids":
        print(" ".join(map(str, imap_uids(rest[0], rest[1] if len(rest) > 1 else "INBOX"))))
    elif cmd == "imap-clear":
        imap_clear(rest[0])
    elif cmd == "smtp-count":
        print(smtp_count())
    elif cmd == "env":
        for k, v in sorted(env().items()):
            print(f"{k}={v}")
    else:
        print(f"hl.py: unknown command {cmd}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(_cli(sys.argv[1:]))
