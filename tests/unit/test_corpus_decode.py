#!/usr/bin/env python3
"""Decodes every tests/data/corpus/*.eml with mime_dump and checks it against
its .json sidecar: From (address, name), Subject (NFC), the body snippet in
the text (NFC, whitespace runs collapsed), every attachment (file name,
content type, size, sha256, in order), and the malformed flag (set exactly
for kind == "malformed").

Then the crash-safety half: every message truncated at 20 random offsets (and
with random byte damage) must still give exit 0 and valid JSON with a text
field (one mime_dump --batch per message, its 25 variants in one process), and a few hand-made hostile inputs must behave (limits flagged, text
recovered).

Run from the repository root with HL_BUILD_DIR set (ctest does both).
Prints one line per failure and ends with "N passed, M failed"."""

import concurrent.futures
import glob
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("HL_BUILD_DIR", os.path.join(ROOT, "build"))
DUMP = os.path.join(BUILD, "mime_dump")
CORPUS = os.path.join(ROOT, "tests", "data", "corpus")
EXTRA = os.path.join(ROOT, "tests", "data", "mime")

passed = 0
failures = []


def nfc(s):
    return unicodedata.normalize("NFC", s) if s is not None else None


def collapse(s):
    return re.sub(r"\s+", " ", s)


def run_dump(data, *args):
    """mime_dump over data (bytes) via stdin; returns (rc, parsed JSON or None, stderr)."""
    p = subprocess.run([DUMP, *args, "-"], input=data, capture_output=True, timeout=60)
    try:
        obj = json.loads(p.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        obj = None
    return p.returncode, obj, p.stderr.decode("utf-8", "replace")


def check(name, ok, what):
    global passed
    if ok:
        passed += 1
    else:
        failures.append(f"{name}: {what}")
    return ok


def check_message(eml, side):
    name = os.path.basename(eml)[:-4]
    data = open(eml, "rb").read()
    rc, got, err = run_dump(data)
    if rc != 0 or got is None:
        check(name, False, f"mime_dump failed rc={rc} {err.strip()[:300]}")
        return
    errs = []
    want_from = side["from"]
    if got["from"]["address"] != want_from["address"]:
        errs.append(f"from.address {got['from']['address']!r} != {want_from['address']!r}")
    if got["from"]["name"] != nfc(want_from["name"]):
        errs.append(f"from.name {got['from']['name']!r} != {want_from['name']!r}")
    if got["subject"] != nfc(side["subject"]):
        errs.append(f"subject {got['subject']!r} != {side['subject']!r}")
    if got["text"] is None:
        errs.append("text is null")
    elif side.get("body_snippet"):
        text = collapse(nfc(got["text"]))
        snip = collapse(nfc(side["body_snippet"]))
        if snip not in text:
            errs.append(f"snippet {snip!r} not in text {text[:300]!r}...")
    want_atts = side["attachments"]
    got_atts = got["attachments"]
    if len(got_atts) != len(want_atts):
        errs.append(f"{len(got_atts)} attachments, want {len(want_atts)}: "
                    f"{[(a['filename'], a['content_type'], a['size']) for a in got_atts]}")
    else:
        for i, (g, w) in enumerate(zip(got_atts, want_atts)):
            for k in ("filename", "content_type", "size", "sha256"):
                wv = nfc(w[k]) if k == "filename" else w[k]
                if g[k] != wv:
                    errs.append(f"attachment {i} {k} {g[k]!r} != {wv!r}")
    malformed = "malformed" in got["flags"]
    want_malformed = side["kind"] == "malformed"
    if malformed != want_malformed:
        errs.append(f"malformed flag {malformed}, want {want_malformed}; problems={got['problems']}")
    if want_malformed and not got["problems"]:
        errs.append("malformed but no problem recorded")
    if side.get("message_id") is not None and got["message_id"] != side["message_id"]:
        errs.append(f"message_id {got['message_id']!r} != {side['message_id']!r}")
    cs = side.get("charset") or {}
    if (cs.get("body_declared") and cs.get("body_actual")
            and cs["body_declared"].lower() != cs["body_actual"].lower()):
        if "charset_fallback" not in got["flags"]:
            errs.append("charset lie not flagged charset_fallback")
        if "decoded as " + cs["body_actual"].lower() not in got["charset_note"].lower():
            errs.append(f"charset_note {got['charset_note']!r} does not name {cs['body_actual']}")
    check(name, not errs, "; ".join(errs))


def truncations(eml, rng):
    """Returns (name, [(label, bytes)]): the message cut at 20 random offsets and
    5 randomly damaged copies (bytes replaced by NUL, LF, CR, '-', '=', '?', '"',
    or anything)."""
    name = os.path.basename(eml)[:-4]
    data = open(eml, "rb").read()
    inputs = []
    if not data:
        return name, inputs
    for cut in sorted(rng.randrange(0, len(data)) for _ in range(20)):
        inputs.append((f"cut {cut}", data[:cut]))
    for k in range(5):
        b = bytearray(data)
        for _ in range(rng.randrange(1, 20)):
            i = rng.randrange(0, len(b))
            b[i] = rng.choice([0, 10, 13, ord("-"), ord("="), ord("?"), ord('"'), rng.randrange(256)])
        inputs.append((f"damaged copy {k}", bytes(b)))
    return name, inputs


def check_one(item):
    label, data = item
    rc, got, err = run_dump(data)
    if rc != 0 or got is None or not isinstance(got.get("text"), str):
        return f"{label}: rc={rc} {err.strip()[:300]}"
    return None


def check_batch(inputs):
    """All of one message's variants in one mime_dump --batch (a process each
    costs more than the parse, under ASan most of all); when the batch fails,
    each variant alone, to name the one that did."""
    feed = b"".join(b"%d\n" % len(data) + data for _, data in inputs)
    p = subprocess.run([DUMP, "--batch", "-"], input=feed, capture_output=True, timeout=120)
    docs = p.stdout.split(b"\x1e\n")
    ok = p.returncode == 0 and len(docs) == len(inputs) + 1 and docs[-1] == b""
    if ok:
        for doc in docs[:-1]:
            try:
                got = json.loads(doc.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                ok = False
                break
            if not isinstance(got.get("text"), str):
                ok = False
                break
    if ok:
        return []
    bad = [r for r in map(check_one, inputs) if r]
    return bad or [f"--batch failed (rc={p.returncode}) where each input alone passes"]


def check_truncations(emls, rng):
    jobs = [truncations(eml, rng) for eml in emls]
    # Messages are independent: use every core (this matters under ASan).
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for (name, _), bad in zip(jobs, pool.map(lambda j: check_batch(j[1]), jobs)):
            check(name + " (truncated/damaged)", not bad, "; ".join(bad))


def hostile_inputs():
    """Hand-made inputs for the limits and for behaviour the corpus does not pin down."""
    crlf = "\r\n"

    def msg(headers, body):
        return (crlf.join(headers) + crlf + crlf + body).encode("utf-8")

    # 1. Deep nesting with a small depth limit: flagged over_limit, text still recovered.
    depth = 300
    parts = []
    for i in range(depth):
        parts.append(f"--b{i}{crlf}Content-Type: multipart/mixed; boundary=\"b{i+1}\"{crlf}{crlf}")
    parts.append(f"--b{depth}{crlf}Content-Type: text/plain{crlf}{crlf}deep text here{crlf}")
    for i in range(depth, -1, -1):
        parts.append(f"--b{i}--{crlf}")
    data = msg(["From: a@example.com", "Subject: deep",
                'Content-Type: multipart/mixed; boundary="b0"'], "".join(parts))
    rc, got, err = run_dump(data, "--max-depth", "20")
    check("hostile-deep-nesting", rc == 0 and got and "over_limit" in got["flags"]
          and "malformed" in got["flags"] and "deep text here" in got["text"],
          f"rc={rc} got={got and (got['flags'], got['problems'], got['text'][:80])}")

    # 2. Many parts over max_parts.
    body = "".join(f"--p{crlf}Content-Type: application/octet-stream{crlf}{crlf}x{i}{crlf}"
                   for i in range(50)) + f"--p--{crlf}"
    data = msg(["From: a@example.com", 'Content-Type: multipart/mixed; boundary="p"'], body)
    rc, got, err = run_dump(data, "--max-parts", "10")
    check("hostile-max-parts", rc == 0 and got and "over_limit" in got["flags"]
          and len(got["attachments"]) < 10, f"rc={rc} {got and got['flags']}")

    # 3. Header over max_header_bytes.
    data = msg(["From: a@example.com", "Subject: " + "x" * 5000], "body")
    rc, got, err = run_dump(data, "--max-header", "1000")
    check("hostile-long-header", rc == 0 and got and "over_limit" in got["flags"]
          and len(got["subject"]) <= 1000 and got["text"] == "body",
          f"rc={rc} {got and (got['flags'], len(got['subject'] or ''))}")

    # 4. Message over max_message_bytes: flagged, text prefix kept.
    data = msg(["From: a@example.com"], "hello world " * 1000)
    rc, got, err = run_dump(data, "--max-bytes", "2000")
    check("hostile-max-bytes", rc == 0 and got and "over_limit" in got["flags"]
          and got["text"].startswith("hello world"), f"rc={rc} {got and got['flags']}")

    # 5. RFC 2047 details: split multibyte char across words, Q with underscores,
    #    whitespace between adjacent words dropped even across charsets (RFC 2047 6.2),
    #    different charsets adjacent, text between words keeps its space.
    subj = ("=?UTF-8?B?xJA=?= =?UTF-8?B?4bqldA==?= =?ISO-8859-1?Q?caf=E9_noir?= plain "
            "=?windows-1258?Q?Vi=EA=F2t?=")
    data = msg(["From: \"Nguyen, Van A\" <a@example.com>", "To: x@example.com, Group: y@example.com, "
                "\"Z (not comment)\" <z@example.com>;", "Subject: " + subj], "b")
    rc, got, err = run_dump(data)
    ok = rc == 0 and got and got["subject"] == nfc("Đấtcafé noir plain Việt") \
        and got["from"]["name"] == "Nguyen, Van A" \
        and [t["address"] for t in got["to"]] == ["x@example.com", "y@example.com", "z@example.com"] \
        and got["to"][2]["name"] == "Z (not comment)"
    check("rfc2047-details", ok, f"rc={rc} {got and (got['subject'], got['from'], got['to'])}")

    # 6. HTML: script/style dropped, entities, alternative without plain uses HTML.
    html = ("<html><head><title>T</title><style>p{x:1}</style></head><body>"
            "<script>var a='<p>hidden</p>';</script><p>Xin&nbsp;ch&agrave;o &amp; "
            "&#x110;&#7871;n &lt;tag&gt;</p><div>line2</div></body></html>")
    body = (f"--a{crlf}Content-Type: text/html; charset=utf-8{crlf}{crlf}{html}{crlf}"
            f"--a{crlf}Content-Type: image/png{crlf}Content-Transfer-Encoding: base64{crlf}{crlf}"
            f"iVBORw0KGgo={crlf}--a--{crlf}")
    data = msg(["From: a@example.com", 'Content-Type: multipart/alternative; boundary="a"'], body)
    rc, got, err = run_dump(data)
    ok = rc == 0 and got and "Xin chào & Đến <tag>" in got["text"] and "hidden" not in got["text"] \
        and "x:1" not in got["text"] and "T" not in got["text"].split() and "line2" in got["text"] \
        and len(got["attachments"]) == 1 and got["attachments"][0]["size"] == 8
    check("html-visible-text", ok, f"rc={rc} {got and (got['text'], got['attachments'])}")

    # 7. Missing boundary line entirely: text kept, malformed.
    data = msg(["From: a@example.com", 'Content-Type: multipart/mixed; boundary="zz"'],
               "just some text")
    rc, got, err = run_dump(data)
    check("no-boundary-line", rc == 0 and got and "just some text" in got["text"]
          and "malformed" in got["flags"], f"{got}")

    # 8. RFC 2231 with charset and continuations in a different order.
    body = (f"--m{crlf}Content-Type: application/pdf{crlf}Content-Disposition: attachment;"
            f" filename*1*=%C3%B4i.pdf; filename*0*=utf-8''T%C3%B4"
            f"{crlf}{crlf}PDF{crlf}--m--{crlf}")
    data = msg(["From: a@example.com", 'Content-Type: multipart/mixed; boundary="m"'], body)
    rc, got, err = run_dump(data)
    check("rfc2231-continuation-order", rc == 0 and got and got["attachments"]
          and got["attachments"][0]["filename"] == "Tôôi.pdf",
          f"{got and got['attachments']}")

    # 9. Garbage: random bytes and pathological repeats never crash.
    rng = random.Random(7)
    blobs = [bytes(rng.randrange(256) for _ in range(4000)),
             b"=?" * 5000, b"--" * 5000, (b"Content-Type: multipart/mixed; boundary=x\r\n\r\n" +
                                          b"--x\r\n" * 3000), b"\n" * 10000, b"From:" + b"<" * 5000,
             b"Subject: " + b"=?utf-8?b?" * 3000, b"a: (" * 5000]
    bad = []
    for i, blob in enumerate(blobs):
        rc, got, err = run_dump(blob)
        if rc != 0 or got is None:
            bad.append(f"blob {i}: rc={rc} {err[:200]}")
    check("garbage-inputs", not bad, "; ".join(bad))


def main():
    if not os.access(DUMP, os.X_OK):
        print(f"mime_dump not found at {DUMP} (set HL_BUILD_DIR)")
        print("0 passed, 1 failed")
        return 1
    emls = sorted(glob.glob(os.path.join(CORPUS, "*.eml")))
    if len(emls) < 63:
        failures.append(f"corpus: only {len(emls)} messages found in {CORPUS}")
    for eml in emls:
        side = json.load(open(eml[:-4] + ".json", encoding="utf-8"))
        check_message(eml, side)
    for eml in sorted(glob.glob(os.path.join(EXTRA, "*.eml"))):
        side_path = eml[:-4] + ".json"
        if os.path.exists(side_path):
            check_message(eml, json.load(open(side_path, encoding="utf-8")))
    rng = random.Random(int(os.environ.get("HL_TEST_SEED", "20260301")))
    check_truncations(emls, rng)
    hostile_inputs()
    for f in failures:
        print("FAIL", f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
