#!/usr/bin/env python3
"""Memory is bounded by bytes, not by how much mail waits.

Three 24 MB mails (a PDF each) among twenty ordinary ones in one mailbox,
one hotlined --once pass: every mail is stored once, and the daemon's peak
RSS stays under the documented bound (docs/config.md, intake.batch_bytes):
batches are cut by RFC822.SIZE, so the large mails go one at a time instead
of all in one batch.  With HL_MEMORY_BATCH_BYTES set very high, the old
behaviour comes back and the bound fails (how the test was seen to fail).
"""
import base64
import os
import resource
import sys

import hl

t = hl.Tally()
BOUND_MIB = 260


def big(i):
    payload = base64.encodebytes(os.urandom(17 * 1024 * 1024 + i)).replace(b"\n", b"\r\n")
    return (f"From: Cong Dan {i} <ho.so.{i}@example.vn>\r\nTo: <so-xd@example.vn>\r\n"
            f"Subject: Ho so xin cap phep xay dung {i} (ban scan)\r\n"
            f"Message-ID: <big-{i}@example.vn>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Kinh gui So Xay dung, toi gui kem ho so xin cap phep xay dung.\r\n--XX\r\n"
            f"Content-Type: application/pdf; name=hoso-{i}.pdf\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n").encode() + payload + b"\r\n--XX--\r\n"


def small(i):
    return (f"From: Cong Dan {i} <cd.{i}@example.vn>\r\nTo: <so-xd@example.vn>\r\n"
            f"Subject: Phan anh rac thai ngo {i}\r\nMessage-ID: <small-{i}@example.vn>\r\n\r\n"
            f"Rac thai ton dong o ngo {i} da ba ngay.\r\n").encode()


def main():
    hl.reset_db()
    hl.imap_clear("so-xd")
    mails = [small(i) for i in range(10)] + [big(i) for i in range(3)] + \
        [small(i) for i in range(10, 20)]
    print(f"appending {sum(len(m) for m in mails) / 1e6:.0f} MB")
    hl.imap_append("so-xd", mails)
    changes = {}
    if os.environ.get("HL_MEMORY_BATCH_BYTES"):
        changes = {"intake": {"batch_bytes": int(os.environ["HL_MEMORY_BATCH_BYTES"])}}
    conf = hl.variant_config(changes, only=["so-xd"])
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    rc = hl.run_daemon_once(conf)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t.check("the pass succeeds", rc == 0, rc)
    t.check("every mail stored once", hl.sql("SELECT count(*) FROM messages") == "23",
            hl.sql("SELECT count(*) FROM messages"))
    t.check("the large ones with their attachment",
            hl.sql("SELECT count(*) FROM attachments WHERE filename LIKE 'hoso-%'") == "3")
    # ru_maxrss of the children that ended: the daemon (runuser's is small)
    peak_mib = max(peak, before) // 1024
    print(f"hotlined peak RSS {peak_mib} MiB for three 24 MB mails in one mailbox")
    t.check(f"peak RSS {peak_mib} MiB under the {BOUND_MIB} MiB bound", peak_mib < BOUND_MIB,
            peak_mib)
    return t.summary()


if __name__ == "__main__":
    sys.exit(main())
