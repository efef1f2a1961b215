#!/usr/bin/env python3
"""Metrics, health and systemd notification on the real stack: hotlined with
metrics.listen on a free port and NOTIFY_SOCKET / WATCHDOG_USEC pointing at a
datagram socket of this test, as systemd would start it.

Checks: READY=1 once serving, WATCHDOG=1 pings; /metrics parses as the
Prometheus text format and has every metric docs/config.md lists; counters
move as mail flows (ingested, flagged, batch and latency histograms, last
success, acknowledgements sent, queue gauges); SIGHUP reloads (RELOADING=1,
READY=1, generation 2) and a broken rule set counts a reload failure;
/healthz is 200 while serving, 503 within stale_after of PostgreSQL going
down and 200 again once it is back; SIGTERM sends STOPPING=1.
Last line: "N passed, M failed".
"""

import glob
import os
import re
import shutil
import signal
import socket
import sys
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hl  # noqa: E402

t = hl.Tally("test_metrics")
SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)')


def parse(text):
    """The exposition text as {(name, frozenset(labels)): value}, and the
    declared {family: type}.  Raises ValueError on anything malformed."""
    types, samples = {}, {}
    if not text.endswith("\n"):
        raise ValueError("does not end with a newline")
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ", 3)
            if kind not in ("counter", "gauge", "histogram", "summary", "untyped"):
                raise ValueError("bad type: " + line)
            if name in types:
                raise ValueError("TYPE twice: " + name)
            types[name] = kind
            continue
        if line.startswith("#"):
            continue
        m = SAMPLE.match(line)
        if not m:
            raise ValueError("bad sample line: " + line)
        name, labels_s, value = m.groups()
        family = re.sub(r"_(bucket|sum|count)$", "", name)
        if name not in types and family not in types:
            raise ValueError("sample before its TYPE: " + line)
        labels = {}
        pos = 0
        while labels_s and pos < len(labels_s):
            lm = LABEL.match(labels_s, pos)
            if not lm:
                raise ValueError("bad labels: " + line)
            labels[lm.group(1)] = lm.group(2)
            pos = lm.end()
        samples[(name, frozenset(labels.items()))] = float(value)
    return types, samples


def value(samples, name, **labels):
    return samples.get((name, frozenset(labels.items())))


def get(port, path):
    """(status, body) of GET http://127.0.0.1:port/path."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def scrape(port):
    status, body = get(port, "/metrics")
    if status != 200:
        raise RuntimeError(f"/metrics answered {status}")
    return parse(body)[1]


def documented_metrics():
    with open(os.path.join(hl.REPO, "docs/config.md"), encoding="utf-8") as f:
        return re.findall(r"^\| `(hotline_[a-z_]+)` \| (?:counter|gauge|histogram) \|", f.read(),
                          flags=re.M)


class Notify:
    """The systemd side of sd_notify: a datagram socket the daemon writes to."""

    def __init__(self):
        self.path = os.path.join(hl.env("HL_RUN"), f"notify-{os.getpid()}.sock")
        if os.path.exists(self.path):
            os.unlink(self.path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        os.chmod(self.path, 0o777)  # the daemon runs as the stack's user
        self.sock.settimeout(0.2)
        self.seen = []
        self.lock = threading.Lock()
        self.done = False
        # Read all the time, as systemd does: sd_notify blocks once the
        # socket's queue is full (the watchdog pings 5 times a second).
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        while not self.done:
            try:
                m = self.sock.recv(4096).decode()
            except (socket.timeout, BlockingIOError):
                continue
            except OSError:
                return
            with self.lock:
                self.seen.append(m)

    def count(self, prefix):
        with self.lock:
            return sum(1 for m in self.seen for line in m.split("\n") if line.startswith(prefix))

    def close(self):
        self.done = True
        self.thread.join()
        self.sock.close()
        os.unlink(self.path)


def main():
    hl.env()
    hl.reset_db()
    unit = "so-xd"
    for u in hl.units():
        hl.imap_clear(u)
    hl.smtp_clear()

    # A rule set of our own, so that it can be broken for the reload check.
    rules = os.path.join(hl.env("HL_RUN"), f"rules-metrics-{os.getpid()}")
    shutil.rmtree(rules, ignore_errors=True)
    shutil.copytree(os.path.join(hl.REPO, "rules"), rules)
    os.chmod(rules, 0o755)
    port = hl.free_port()
    conf = hl.variant_config({"intake": {"poll_interval": 2}}, only=[unit],
                             top={"rules_dir": rules})
    with open(conf, "a", encoding="utf-8") as f:
        f.write(f'\nmetrics = {{ listen = "127.0.0.1:{port}"; stale_after = 10; }};\n')

    notify = Notify()
    os.environ["NOTIFY_SOCKET"] = notify.path
    os.environ["WATCHDOG_USEC"] = "400000"
    d = hl.start_hotlined(conf=conf)
    del os.environ["NOTIFY_SOCKET"]
    del os.environ["WATCHDOG_USEC"]
    try:
        t.check("READY=1 sent once serving",
                hl.wait_until(lambda: notify.count("READY=1") >= 1, 30, "READY=1"), d.log())
        t.check("WATCHDOG=1 pings (WatchdogSec 0.4 s: one every 0.2 s)",
                hl.wait_until(lambda: notify.count("WATCHDOG=1") >= 3, 5, "WATCHDOG=1"))
        status, body = get(port, "/healthz")
        t.check("/healthz 200 while serving", status == 200 and body == "serving\n",
                f"{status} {body!r}")
        status, _ = get(port, "/nothing")
        t.check("an unknown path is 404", status == 404)

        status, body = get(port, "/metrics")
        try:
            types, samples = parse(body)
            parsed = True
        except ValueError as exc:
            parsed = False
            types, samples = {}, {}
            print(exc)
        t.check("/metrics parses as the text format", status == 200 and parsed)
        docs = documented_metrics()
        t.check("docs/config.md lists the metrics", len(docs) >= 19, docs)
        missing = [m for m in docs if m not in types]
        t.check("every documented metric is exported", not missing, missing)
        undocumented = [m for m in types if m not in docs]
        t.check("every exported metric is documented", not undocumented, undocumented)
        t.check("the mailbox has its series from the start",
                value(samples, "hotline_messages_ingested_total", mailbox=unit) == 0)
        t.check("rule generation 1", value(samples, "hotline_rules_generation") == 1)
        t.check("hotline_healthy 1", value(samples, "hotline_healthy") == 1)

        # Mail flows: three citizens write, one message is malformed.
        raws = []
        for p in sorted(glob.glob(os.path.join(hl.REPO, "tests/data/corpus/*.eml")))[:3]:
            with open(p, "rb") as f:
                raws.append(f.read())
        raws.append(b"From: <broken@example.vn>\r\nSubject: =?utf-8?B?broken\r\n"
                    b"Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\nno parts\r\n")
        before = time.time()
        hl.imap_append(unit, raws)
        ok = hl.wait_until(lambda: value(scrape(port), "hotline_messages_ingested_total",
                                         mailbox=unit) == 4, 60, "4 ingested")
        s = scrape(port)
        t.check("ingested counts the four messages", ok,
                value(s, "hotline_messages_ingested_total", mailbox=unit))
        t.check("flagged counts the malformed one",
                (value(s, "hotline_messages_flagged_total", mailbox=unit) or 0) >= 1)
        t.check("a batch was timed",
                (value(s, "hotline_intake_batch_duration_seconds_count", mailbox=unit) or 0) >= 1)
        t.check("arrival-to-commit latency observed for each",
                value(s, "hotline_intake_commit_latency_seconds_count", mailbox=unit) == 4)
        t.check("latency buckets are cumulative",
                value(s, "hotline_intake_commit_latency_seconds_bucket", mailbox=unit,
                      le="+Inf") == 4)
        last = value(s, "hotline_mailbox_last_success_timestamp_seconds", mailbox=unit) or 0
        t.check("last success is now", before - 2 <= last <= time.time() + 1, last)
        ok = hl.wait_until(lambda: (value(scrape(port), "hotline_outbox_send_results_total",
                                          kind="ack", result="sent") or 0) >= 3, 60,
                           "acknowledgements sent")
        t.check("acknowledgements counted as sent", ok)
        s = scrape(port)
        t.check("queue gauges by kind and status",
                value(s, "hotline_outbox_queue_depth", kind="ack", status="pending") is not None)
        t.check("errors by kind at 0",
                value(s, "hotline_intake_errors_total", mailbox=unit, kind="temporary") == 0)

        # Reload: accepted, then refused.
        n_ready = notify.count("READY=1")
        d.send_signal(signal.SIGHUP)
        ok = hl.wait_until(lambda: value(scrape(port), "hotline_rules_generation") == 2, 15,
                           "generation 2")
        t.check("SIGHUP: rule generation 2", ok)
        t.check("SIGHUP: RELOADING=1 then READY=1",
                hl.wait_until(lambda: notify.count("RELOADING=1") == 1
                              and notify.count("READY=1") == n_ready + 1, 5, "reload notices"))
        with open(os.path.join(rules, "99-broken.conf"), "w", encoding="utf-8") as f:
            f.write('rules = ( { name = "x"; when = { subjct = "a"; }; } );\n')
        os.chmod(os.path.join(rules, "99-broken.conf"), 0o644)
        d.send_signal(signal.SIGHUP)
        ok = hl.wait_until(lambda: value(scrape(port), "hotline_rules_reload_failures_total")
                           == 1, 15, "a reload failure")
        s = scrape(port)
        t.check("a broken set: one reload failure, generation still 2",
                ok and value(s, "hotline_rules_generation") == 2)

        # Health follows the database.
        hl.stack("pg-stop")
        try:
            ok = hl.wait_until(lambda: get(port, "/healthz")[0] == 503, 40, "503")
            status, body = get(port, "/healthz")
            t.check("/healthz 503 once the database is gone for stale_after", ok, body)
            t.check("the reason is given", "stale_after" in body, body)
            t.check("hotline_healthy 0", value(scrape(port), "hotline_healthy") == 0)
        finally:
            hl.stack("pg-start")
        ok = hl.wait_until(lambda: get(port, "/healthz")[0] == 200, 60, "200 again")
        t.check("/healthz 200 again once the database is back", ok)
        s = scrape(port)
        t.check("the failed passes were counted by kind",
                (value(s, "hotline_intake_errors_total", mailbox=unit, kind="temporary") or 0)
                >= 1)

        rc = hl.stop_daemon(d)
        t.check("SIGTERM: STOPPING=1, exit 0",
                rc == 0 and hl.wait_until(lambda: notify.count("STOPPING=1") == 1, 5,
                                          "STOPPING=1"), rc)
        try:
            get(port, "/healthz")
            closed = False
        except (urllib.error.URLError, ConnectionError):
            closed = True
        t.check("the endpoint is closed after exit", closed)
    finally:
        hl.stop_all_daemons()
        notify.close()
        shutil.rmtree(rules, ignore_errors=True)
        if t.failed:
            print(d.log()[-3000:])
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
