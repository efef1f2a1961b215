#!/usr/bin/env python3
"""latency: one run of the acknowledgement-latency benchmark (bench/latency.sh
starts the stack and calls this once per mode).  Not a test: it prints figures.

    latency.py --mode idle|poll [--poll-interval S] [--count N] [--rate R]
               [--unit CODE] [--label NAME] [--settle S]

Against the stack of $HL_STACK_ENV (fresh, migrated, nothing in it) and the
binaries of $HL_BUILD_DIR: starts a long-running hotlined that serves one
mailbox only, with intake.idle = true (IMAP IDLE) or false (polling every
--poll-interval seconds); waits until it serves the mailbox; then APPENDs
--count generated citizen mails one at a time at --rate a second, each from
its own address (so acks.max_per_sender never suppresses one) and with its
own Message-ID, noting the time each APPEND's OK came back.  The SMTP
receiver notes when it accepted each message (end of DATA: "received_at" in
its .json sidecar); the acknowledgement is the mail whose In-Reply-To names
the citizen's Message-ID.

Latency = accepted - appended, per message.  It is split at the moment
intake stored the message (messages.received_at: the start of the intake
transaction, so a few ms before its commit): append -> stored is intake's
share (IDLE or poll wait, fetch, decode, classify, commit), stored ->
accepted the outbox's (the sender's wait, render, SMTP).

Prints the figures and, last, one line "summary: ..." for bench/latency.sh.
Exits 1 when an acknowledgement is missing or hotlined died.
"""

import argparse
import email.parser
import email.policy
import glob
import json
import os
import re
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "tests/integration"))
sys.path.insert(0, os.path.join(REPO, "scripts"))
import hl  # noqa: E402
import imap_append  # noqa: E402

# The whole header line, with its continuation lines.
FROM_RE = re.compile(rb"(?im)^From:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*")
MSGID_RE = re.compile(rb"(?im)^Message-ID:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*")


def make_messages(unit, count, tag):
    """count generated citizen mails for unit; message i comes from
    lat<i>-<tag>@example.com with Message-ID <lat-<tag>-<i>@bench.example>."""
    feedback = {u["code"]: u for u in hl.units_json()}[unit]["feedback_email"]
    out = []
    for i, (_, raw) in enumerate(imap_append.generate(unit, count, 7, feedback)):
        head, sep, body = raw.partition(b"\r\n\r\n")
        sender = f"lat{i}-{tag}@example.com".encode()
        # Keep the generated (RFC 2047) display name, change the address.
        head = FROM_RE.sub(lambda m: re.sub(rb"<[^>]*>", b"<" + sender + b">", m.group(0))
                           if b"<" in m.group(0) else b"From: " + sender, head, count=1)
        head = MSGID_RE.sub(f"Message-ID: <lat-{tag}-{i}@bench.example>".encode(), head, count=1)
        out.append(head + sep + body)
    return out


def wait_serving(d, unit, timeout=60):
    needle = f"mbox={unit}: now serving"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not d.alive():
            return False
        if needle in d.log():
            return True
        time.sleep(0.1)
    return False


def vm_hwm_kib(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Acks:
    """Reads the SMTP receiver's directory incrementally: for every stored
    mail whose In-Reply-To carries our tag, index -> acceptance time."""

    def __init__(self, directory, tag):
        self.dir = directory
        self.seen = set()
        self.accepted = {}
        self.id_re = re.compile(r"<lat-%s-(\d+)@bench\.example>" % re.escape(tag))
        self.parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)

    def scan(self):
        for path in sorted(glob.glob(os.path.join(self.dir, "[0-9]*.eml"))):
            if path in self.seen:
                continue
            self.seen.add(path)
            with open(path, "rb") as f:
                head = f.read().split(b"\r\n\r\n", 1)[0]
            m = self.id_re.search(str(self.parser.parsebytes(head).get("In-Reply-To", "")))
            if not m:
                continue  # a forward to the clerks, or someone else's mail
            with open(path[:-4] + ".json", encoding="utf-8") as f:
                at = float(json.load(f)["received_at"])
            i = int(m.group(1))
            # Never two acks for one Message-ID: keep the first if it happens.
            self.accepted.setdefault(i, at)
        return len(self.accepted)


def pct(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    k = max(1, -(-len(sorted_values) * p // 100))
    return sorted_values[min(len(sorted_values), int(k)) - 1]


def describe(values_s):
    v = sorted(x * 1000 for x in values_s)
    return {"n": len(v), "median": pct(v, 50), "p90": pct(v, 90), "p99": pct(v, 99),
            "max": v[-1] if v else float("nan")}


def fmt(st):
    return (f"median {st['median']:.0f}  p90 {st['p90']:.0f}  p99 {st['p99']:.0f}  "
            f"max {st['max']:.0f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["idle", "poll"], required=True)
    ap.add_argument("--poll-interval", type=int, default=1,
                    help="intake.poll_interval in seconds (IDLE: how long one IDLE lasts)")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--rate", type=float, default=10.0, help="APPENDs a second")
    ap.add_argument("--unit", default="so-xd")
    ap.add_argument("--label")
    ap.add_argument("--settle", type=float, default=30.0,
                    help="give up when no acknowledgement arrived for this long")
    args = ap.parse_args()
    label = args.label or (args.mode if args.mode == "idle" else f"poll{args.poll_interval}")
    e = hl.env()
    tag = f"{label}-{os.getpid()}"

    conf = hl.variant_config(
        changes={"intake": {"idle": args.mode == "idle", "poll_interval": args.poll_interval}},
        only=[args.unit], top={"log_level": os.environ.get("HL_BENCH_LOG", "info")})
    # Every mail comes from its own address, all to one unit: no hourly cap.
    with open(conf, "a", encoding="utf-8") as f:
        f.write("acks = { max_per_unit_hour = 0; };\n")
    messages = make_messages(args.unit, args.count, tag)
    acks = Acks(e["HL_SMTP_DIR"], tag)

    d = hl.start_daemon(conf, log_name=f"latency-{label}.log")
    try:
        if not wait_serving(d, args.unit):
            print(f"latency: hotlined did not serve {args.unit}; see {d.log_path}", file=sys.stderr)
            return 1
        time.sleep(2)  # its first (empty) pass done, it now waits for news

        imap = hl.imap_connect(args.unit)
        appended = {}
        t0 = time.monotonic()
        first_append = time.time()
        for i, raw in enumerate(messages):
            delay = t0 + i / args.rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            typ, data = imap.append("INBOX", None, None, raw)
            if typ != "OK":
                print(f"latency: APPEND {i} refused: {data!r}", file=sys.stderr)
                continue
            appended[i] = time.time()
        append_secs = time.monotonic() - t0
        imap.logout()

        last_count, last_change = 0, time.monotonic()
        while acks.scan() < len(appended):
            if acks.accepted and len(acks.accepted) != last_count:
                last_count, last_change = len(acks.accepted), time.monotonic()
            if time.monotonic() - last_change > args.settle or not d.alive():
                break
            time.sleep(0.25)
        died = not d.alive()
        peak_kib = vm_hwm_kib(d.pid)
    finally:
        if d.alive():
            hl.stop_daemon(d)

    stored = {}
    for mid, at in hl.psql("SELECT message_id, extract(epoch FROM received_at) FROM messages"):
        m = re.search(r"lat-%s-(\d+)@" % re.escape(tag), mid or "")
        if m:
            stored[int(m.group(1))] = float(at)

    matched = sorted(i for i in acks.accepted if i in appended)
    total = describe([acks.accepted[i] - appended[i] for i in matched])
    intake = describe([stored[i] - appended[i] for i in matched if i in stored])
    outbox = describe([acks.accepted[i] - stored[i] for i in matched if i in stored])
    missing = len(appended) - len(matched)
    span = (max(acks.accepted[i] for i in matched) - first_append) if matched else float("nan")
    rate = len(matched) / span if matched else 0.0

    how = ("IMAP IDLE" if args.mode == "idle" else
           f"polling every {args.poll_interval} s (idle = false)")
    print(f"{label}: {how}; {len(appended)} of {args.count} APPENDs done at "
          f"{len(appended) / append_secs:.1f}/s (asked {args.rate:g}/s); "
          f"{len(stored)} stored, {len(matched)} acknowledged, {missing} missing")
    print(f"  append -> ack accepted (ms):  {fmt(total)}")
    print(f"    append -> stored   (ms):    {fmt(intake)}")
    print(f"    stored -> accepted (ms):    {fmt(outbox)}")
    print(f"  throughput {rate:.1f} acks/s (first APPEND to last ack), "
          f"hotlined peak RSS {peak_kib / 1024:.0f} MiB")
    if died or missing:
        print(f"  hotlined {'died' if died else 'log'}, last lines:")
        for line in d.log().splitlines()[-15:]:
            print("    " + line)
    if missing:
        rows = hl.psql("SELECT kind, status, count(*) FROM outbox GROUP BY 1, 2 ORDER BY 1, 2")
        print("  outbox: " + ", ".join(f"{k} {s} {n}" for k, s, n in rows))
    print(f"summary: | {how} | {len(matched)} | {total['median']:.0f} | {total['p90']:.0f} | "
          f"{total['p99']:.0f} | {total['max']:.0f} | {rate:.1f} | {peak_kib / 1024:.0f} MiB |")
    return 1 if missing or died or len(appended) < args.count else 0


if __name__ == "__main__":
    sys.exit(main())
