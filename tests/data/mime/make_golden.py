#!/usr/bin/env python3
"""Writes the extra MIME golden inputs next to this script: NNN-name.eml plus a
sidecar in the corpus format (see tests/data/corpus/README.md).  Expected
values come from the data the messages are built from, not from the parser.
Standard library only; byte-identical on every run: python3 make_golden.py"""
import base64
import hashlib
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = "\r\n"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def att(filename, ctype, data):
    return {"filename": filename, "content_type": ctype, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest()}


def write(name, raw, side):
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(raw)
    base = {"kind": "new_case", "attachments": [], "charset": {}, "message_id": None}
    base.update(side)
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(base, f, ensure_ascii=False, indent=2)
        f.write("\n")


# 101: multipart/alternative with no text/plain: the multipart/related HTML branch
# is the body; its charset comes only from <meta> (windows-1258, decomposed tones);
# the inline image is an attachment.
png = bytes(range(256)) * 3
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        "charset=windows-1258\"><title>ignored title</title></head><body>"
        "<p>K\u00ednh g\u01b0\u0309i ph\u01b0\u01a1\u0300ng,</p>"
        "<p>\u0111\u00e8n \u0111\u01b0\u01a1\u0300ng h\u00f4\u0309ng &amp; t\u00f4\u0301i</p>"
        "<img src=\"cid:p1\"></body></html>")
html_bytes = html.encode("cp1258")
raw = CRLF.join([
    "From: =?windows-1258?Q?Nguy=EA=DEn_V=E3n_A?= <a@example.org>",
    "To: phananh@example.vn",
    "Subject: =?windows-1258?B?" + base64.b64encode("\u0110\u00e8n h\u00f4\u0309ng".encode("cp1258")).decode() + "?=",
    "Message-ID: <golden-101@example.org>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="ALT"',
    "",
    "--ALT",
    'Content-Type: multipart/related; boundary="REL"',
    "",
    "--REL",
    "Content-Type: text/html",
    "Content-Transfer-Encoding: base64",
    "",
    base64.encodebytes(html_bytes).decode().replace("\n", CRLF).rstrip(CRLF),
    "--REL",
    "Content-Type: image/png",
    "Content-ID: <p1>",
    "Content-Disposition: inline",
    "Content-Transfer-Encoding: base64",
    "",
    base64.encodebytes(png).decode().replace("\n", CRLF).rstrip(CRLF),
    "--REL--",
    "--ALT--",
    "",
]).encode("ascii")
write("101-alt-related-html-meta-cp1258", raw, {
    "from": {"address": "a@example.org", "name": nfc("Nguy\u00ea\u0303n V\u0103n A")},
    "subject": nfc("\u0110\u00e8n h\u00f4\u0309ng"),
    "body_snippet": nfc("\u0111\u00e8n \u0111\u01b0\u01a1\u0300ng h\u00f4\u0309ng & t\u00f4\u0301i"),
    "attachments": [att(None, "image/png", png)],
    "message_id": "<golden-101@example.org>",
    "why": "HTML-only alternative inside multipart/related, charset from <meta>, inline image",
})

# 102: an inner multipart whose closing boundary is missing, closed by the outer
# one; the attachment after it must still be found; RFC 2231 continuations with a
# charset and RFC 2047 in a name= parameter.
pdf = b"%PDF-1.4\n" + bytes(range(200))
fname = "\u0110\u01a1n \u0111\u1ec1 ngh\u1ecb.pdf"
enc = "".join("%%%02X" % b if b > 127 or b in b" %'*;" else chr(b) for b in fname.encode())
units, i = [], 0
while i < len(enc):  # never split a %XX escape across sections
    n = 3 if enc[i] == "%" else 1
    units.append(enc[i:i + n])
    i += n
cont = ["".join(units[i:i + 8]) for i in range(0, len(units), 8)]
txt_name = "ghi ch\u00fa.txt"
raw = CRLF.join([
    "From: Tran Van B <b@example.org>",
    "Subject: inner multipart not closed",
    "Message-ID: <golden-102@example.org>",
    'Content-Type: multipart/mixed; boundary="OUT"',
    "",
    "--OUT",
    'Content-Type: multipart/mixed; boundary="IN"',
    "",
    "--IN",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Ph\u1ea3n \u00e1nh v\u1ec1 c\u1ed1ng tho\u00e1t n\u01b0\u1edbc b\u1ecb t\u1eafc.",
    "--IN",
    "Content-Type: text/plain; charset=utf-8; name=\"=?UTF-8?Q?ghi_ch=C3=BA.txt?=\"",
    "",
    "attached note",
    "--OUT",
    "Content-Type: application/pdf",
    "Content-Disposition: attachment;",
    CRLF.join(" filename*%d*=%s%s;" % (i, "utf-8''" if i == 0 else "", c)
              for i, c in enumerate(cont)).rstrip(";"),
    "Content-Transfer-Encoding: base64",
    "",
    base64.encodebytes(pdf).decode().replace("\n", CRLF).rstrip(CRLF),
    "--OUT--",
    "",
]).encode("utf-8")
write("102-inner-close-missing-rfc2231", raw, {
    "kind": "malformed",
    "from": {"address": "b@example.org", "name": "Tran Van B"},
    "subject": "inner multipart not closed",
    "body_snippet": nfc("c\u1ed1ng tho\u00e1t n\u01b0\u1edbc b\u1ecb t\u1eafc"),
    "attachments": [att(nfc(txt_name), "text/plain", b"attached note"),
                    att(nfc(fname), "application/pdf", pdf)],
    "message_id": "<golden-102@example.org>",
    "why": "inner closing boundary missing; text/plain with a name is an attachment; RFC 2231 continuations",
})
