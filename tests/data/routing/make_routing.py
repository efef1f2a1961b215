#!/usr/bin/env python3
"""Generate the held-out routing set: citizen mail written to measure the shipped rules.

Writes NNN-short-name.eml + NNN-short-name.json into the folder given as the first argument
(default: the folder this script lives in).  Standard library only and deterministic (fixed seed,
fixed dates): two runs give byte-identical files.  The letters themselves are at the end of this
file, one add() each; see README.md for who wrote them, when and how, and what the sidecar fields
mean.

The MIME machinery (charsets, RFC 2047/2231, parts serialised byte by byte) is copied from the
shared corpus generator (/work/shared/corpus/make_corpus.py) so both sets are written the same
way; the letters share nothing with that corpus.
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
import random
import re
import struct
import sys
import unicodedata
import urllib.parse
from html.entities import codepoint2name

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261205
CRLF = b"\r\n"
MX = "mx.hanoi.example.vn"

with open(os.path.join(HERE, "..", "corpus", "units.json"), encoding="utf-8") as _f:
    UNITS = {u["code"]: u for u in json.load(_f)}

def mbox(code):
    return UNITS[code]["feedback_email"]


def nfc(text):
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------------------------
# Charsets Python lacks or gets wrong for Vietnamese
# ---------------------------------------------------------------------------------------------
# VISCII (RFC 1456, "VISCII 1.1"): bytes 0x80-0xFF in order, 16 per row, plus six C0 positions
# that VISCII reuses for capitals.  Built here from the published table; Python has no codec.
VISCII_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ"  # 0x80
    "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ"  # 0x90
    "Õắằặấầẩậẽẹếềểễệố"  # 0xA0
    "ồổỗỠƠộờởịỰỨỪỬơớƯ"  # 0xB0
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ"  # 0xC0
    "ĐứÒÓÔạỷừửÙÚỹỵÝỡư"  # 0xD0
    "àáâãảăữẫèéêẻìíĩỉ"  # 0xE0
    "đựòóôõỏọụùúũủýợỮ"  # 0xF0
)
VISCII_C0 = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}
assert len(VISCII_HIGH) == 128 and len(set(VISCII_HIGH)) == 128


def viscii_decoding_table():
    """256-character string: byte value -> character (for codecs.charmap_decode)."""
    chars = [chr(i) for i in range(128)]
    for byte, ch in VISCII_C0.items():
        chars[byte] = ch
    return "".join(chars) + VISCII_HIGH


_VISCII_ENC = {ch: i for i, ch in enumerate(viscii_decoding_table())}


def to_viscii(text):
    out = bytearray()
    for ch in nfc(text):
        if ch not in _VISCII_ENC:
            raise ValueError(f"not in VISCII: {ch!r}")
        out.append(_VISCII_ENC[ch])
    return bytes(out)


# Vietnamese Windows (code page 1258) has the base letters â ê ô ơ ư ă đ precomposed but the five
# tone marks only as combining characters: text is written base letter + tone mark.
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text):
    out = []
    for ch in nfc(text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONE_MARKS)
        base = nfc("".join(c for c in d if c not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def strip_diacritics(text):
    d = unicodedata.normalize("NFD", text)
    d = "".join(c for c in d if not unicodedata.combining(c))
    return d.replace("đ", "d").replace("Đ", "D")


def encode_text(text, charset):
    cs = charset.lower()
    if cs == "utf-8":
        return nfc(text).encode("utf-8")
    if cs == "windows-1258":
        return to_cp1258(text)
    if cs == "viscii":
        return to_viscii(text)
    if cs == "us-ascii":
        return text.encode("ascii")
    if cs == "iso-8859-1":
        return text.encode("latin-1")
    raise ValueError(charset)


def has_diacritics(text):
    return any(ord(c) > 127 for c in nfc(text))


# ---------------------------------------------------------------------------------------------
# Transfer encodings and RFC 2047 / RFC 2231
# ---------------------------------------------------------------------------------------------
def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64_body(data):
    enc = base64.b64encode(data)
    lines = [enc[i:i + 76] for i in range(0, len(enc), 76)]
    return b"".join(line + CRLF for line in lines)


def qp_body(data):
    """data uses LF line breaks; result uses CRLF and ends with CRLF."""
    out = quopri.encodestring(data.replace(b"\r\n", b"\n"))
    if not out.endswith(b"\n"):
        out += b"\n"
    return out.replace(b"\n", b"\r\n")


def clusters(text):
    """Split into base character + following combining marks, so no encoded word splits one."""
    out = []
    for ch in nfc(text):
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _q(raw):
    s = []
    for b in raw:
        c = chr(b)
        if c.isascii() and c.isalnum():
            s.append(c)
        elif b == 0x20:
            s.append("_")
        else:
            s.append("=%02X" % b)
    return "".join(s)


def encoded_words(text, charset="UTF-8", enc="B", maxlen=66, nwords=1):
    """RFC 2047 encoded words for text, each at most maxlen characters and never splitting a
    character; with nwords > 1 the text is cut into about that many words (to force folding)."""
    def word(chunk):
        raw = encode_text(chunk, charset)
        payload = base64.b64encode(raw).decode("ascii") if enc == "B" else _q(raw)
        return f"=?{charset}?{enc}?{payload}?="

    cl = clusters(text)
    target = -(-len(cl) // nwords) if nwords > 1 else len(cl)
    words, cur = [], []
    for c in cl:
        if cur and (len(word("".join(cur + [c]))) > maxlen or len(cur) >= target):
            words.append(word("".join(cur)))
            cur = []
        cur.append(c)
    words.append(word("".join(cur)))
    return words


def encoded_words_at(text, cuts, charset="UTF-8", enc="B"):
    """Encoded words cut at the given character offsets (to split a token on purpose)."""
    bounds = [0] + list(cuts) + [len(text)]
    return [encoded_words(text[a:b], charset, enc, maxlen=200)[0] for a, b in zip(bounds, bounds[1:])]


def rfc2231_value(text):
    return "UTF-8''" + urllib.parse.quote(nfc(text).encode("utf-8"), safe="")


def rfc2231_params(name, text, chunk=40):
    """filename*0*=UTF-8''...; filename*1*=... continuation parameters (list of strings)."""
    raw = nfc(text).encode("utf-8")
    pieces, cur = [], ""
    for ch in nfc(text):
        q = urllib.parse.quote(ch.encode("utf-8"), safe="")
        if cur and len(cur) + len(q) > chunk:
            pieces.append(cur)
            cur = ""
        cur += q
    pieces.append(cur)
    assert urllib.parse.unquote_to_bytes("".join(pieces)) == raw
    return [f"{name}*{i}*={'UTF-8' + chr(39) * 2 if i == 0 else ''}{p}" for i, p in enumerate(pieces)]


# ---------------------------------------------------------------------------------------------
# Small synthetic attachments (valid files, a few hundred bytes)
# ---------------------------------------------------------------------------------------------
def tiny_jpeg(level=128, comment=""):
    """A valid baseline JPEG: one 8x8 grey block of the given level, plus a comment segment."""
    dc = 8 * (level - 128)                       # FDCT DC term of a flat block, quantiser 1
    cat = abs(dc).bit_length()
    extra = dc if dc >= 0 else dc + (1 << cat) - 1
    bits = "0" + (format(extra, f"0{cat}b") if cat else "") + "0"   # DC code, DC bits, EOB
    bits += "1" * (-len(bits) % 8)
    scan = bytearray()
    for i in range(0, len(bits), 8):
        b = int(bits[i:i + 8], 2)
        scan.append(b)
        if b == 0xFF:
            scan.append(0)

    def seg(marker, payload):
        return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload

    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    if comment:
        out += seg(0xFE, comment.encode("ascii"))
    out += seg(0xDB, b"\x00" + bytes([1] * 64))
    out += seg(0xC0, struct.pack(">BHHB", 8, 8, 8, 1) + b"\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + bytes([cat]))
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    out += bytes(scan) + b"\xff\xd9"
    return out


def tiny_pdf(lines, title="Document"):
    """A valid one-page PDF 1.4 showing ASCII lines in Helvetica."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 12 Tf 72 770 Td 16 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}endstream",
        f"<< /Title ({esc(title)}) /Producer (make_routing.py) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets).encode("ascii")
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode("ascii")
    return out


# ---------------------------------------------------------------------------------------------
# MIME parts, serialised by hand
# ---------------------------------------------------------------------------------------------
class Part:
    """A MIME entity: header lines (str or bytes, already folded) and either a body (bytes) or
    children.  meta records what the sidecar must say about a leaf."""

    def __init__(self, headers, body=b"", children=None, boundary=None, meta=None,
                 preamble=b"", close=True, epilogue=b""):
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.meta = meta or {}
        self.preamble = preamble
        self.close = close
        self.epilogue = epilogue

    def head_bytes(self):
        return CRLF.join(h if isinstance(h, bytes) else h.encode("ascii") for h in self.headers)

    def body_bytes(self):
        if self.children is None:
            return self.body
        b = self.boundary.encode("ascii")
        out = [self.preamble + CRLF if self.preamble else b""]
        for c in self.children:
            out += [b"--", b, CRLF, c.to_bytes(), CRLF]
        if self.close:
            out += [b"--", b, b"--", CRLF]
        out.append(self.epilogue)
        return b"".join(out)

    def to_bytes(self):
        return self.head_bytes() + CRLF + CRLF + self.body_bytes()

    def leaves(self):
        if self.children is None:
            yield self
        else:
            for c in self.children:
                yield from c.leaves()


class Ctx:
    """Per-run deterministic state: random numbers, boundaries, dates."""

    def __init__(self):
        self.rng = random.Random(SEED)
        self.nb = 0

    def boundary(self, style="tb"):
        self.nb += 1
        r = self.rng
        if style == "gmail":
            return "000000000000" + "%014x" % r.getrandbits(56)
        if style == "outlook":
            return "_000_SG2PR06MB%04d%08X_" % (self.nb, r.getrandbits(32))
        if style == "apple":
            return "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (
                r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16),
                r.getrandbits(48))
        if style == "java":
            return "----=_Part_%d_%d.%d" % (self.nb, r.randrange(10**8, 10**9), 1767225600000 + self.nb)
        return "------------" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                                        for _ in range(24))


CTX = Ctx()


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", label=None, quote_label=True,
              extra=(), html_doc=None, allow_long=False):
    """A body leaf.  text: what the reader sees (for HTML, the visible text, paragraphs split by
    blank lines); html_doc: the markup, when subtype is html."""
    label = label or charset
    source = html_doc if subtype == "html" else text
    data = encode_text(source, charset)
    if cte == "base64":
        body = b64_body(crlf(data))
    elif cte == "quoted-printable":
        body = qp_body(data)
    else:
        body = crlf(data)
        if cte == "7bit":
            assert all(b < 128 for b in body), "7bit body with 8-bit bytes"
        if not allow_long:
            assert max(len(l) for l in body.split(CRLF)) <= 998, "line over 998 bytes"
    cs = f'"{label}"' if quote_label else label
    hdrs = [f"Content-Type: text/{subtype}; charset={cs}", f"Content-Transfer-Encoding: {cte}"]
    hdrs += list(extra)
    return Part(hdrs, body, meta={"body": True, "text": nfc(text), "subtype": subtype,
                                  "charset": charset, "label": label, "cte": cte})


def html_markup(paras, title=None, style=None, entities=False, meta_charset=None):
    """Minimal HTML a mail client would send; returns the markup.  entities=True writes every
    non-ASCII character as a character reference (named where HTML has a name)."""
    def esc(s):
        s = html.escape(s, quote=False)
        if not entities:
            return s
        out = []
        for ch in nfc(s):
            cp = ord(ch)
            if cp < 128:
                out.append(ch)
            elif cp in codepoint2name:
                out.append(f"&{codepoint2name[cp]};")
            elif cp % 2:
                out.append(f"&#x{cp:X};")
            else:
                out.append(f"&#{cp};")
        return "".join(out)

    head = ["<html>", "<head>"]
    if meta_charset:
        head.append(f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">')
    if title:
        head.append(f"<title>{esc(title)}</title>")
    if style:
        head.append(f"<style>{style}</style>")
    head.append("</head>")
    body = ['<body><div dir="ltr">']
    for p in paras:
        body.append("<p>" + "<br>\n".join(esc(line) for line in p.split("\n")) + "</p>")
    body.append("</div></body>")
    return "\n".join(head + body + ["</html>"]) + "\n"


def paragraphs(text):
    return [p.strip("\n") for p in text.strip("\n").split("\n\n")]


def html_part(text, charset="utf-8", cte="quoted-printable", entities=False, title=None,
              style=None, meta_charset=None, label=None):
    markup = html_markup(paragraphs(text), title=title, style=style, entities=entities,
                         meta_charset=meta_charset)
    return text_part(text, "html", charset, cte, label=label, html_doc=markup)


def alternative(text, charset="utf-8", cte="quoted-printable", style="tb", **kw):
    b = CTX.boundary(style)
    plain = text_part(text, "plain", charset, cte)
    rich = html_part(text, charset, cte, **kw)
    return Part([f'Content-Type: multipart/alternative; boundary="{b}"'], children=[plain, rich],
                boundary=b)


def file_part(data, ctype, filename, mode="ascii", disposition="attachment"):
    """An attachment leaf, base64.  mode: how the file name is written:
    ascii | rfc2231 (Thunderbird: name= as RFC 2047, filename*= RFC 2231) |
    rfc2231-cont (continuations filename*0*, filename*1*, ...) | rfc2047 (Outlook/Gmail style:
    quoted RFC 2047 encoded word, not standard but everywhere)."""
    if mode == "ascii":
        ct = f'Content-Type: {ctype}; name="{filename}"'
        cd = f'Content-Disposition: {disposition}; filename="{filename}"'
    elif mode == "rfc2231":
        ew = "\r\n ".join(encoded_words(filename, "UTF-8", "B", maxlen=75))
        ct = f'Content-Type: {ctype};\r\n name="{ew}"'
        cd = f"Content-Disposition: {disposition};\r\n filename*={rfc2231_value(filename)}"
    elif mode == "rfc2231-cont":
        ct = f"Content-Type: {ctype}"
        cd = f"Content-Disposition: {disposition};\r\n " + ";\r\n ".join(
            rfc2231_params("filename", filename))
    elif mode == "rfc2047":
        ew = " ".join(encoded_words(filename, "UTF-8", "B", maxlen=200))
        ct = f'Content-Type: {ctype}; name="{ew}"'
        cd = f'Content-Disposition: {disposition}; filename="{ew}"'
    else:
        raise ValueError(mode)
    return Part([ct, cd, "Content-Transfer-Encoding: base64"], b64_body(data),
                meta={"att": True, "filename": nfc(filename), "content_type": ctype, "data": data,
                      "fname_mode": mode})


def raw_leaf(headers, body, ctype, filename=None):
    """A leaf whose body bytes go out as they are (message/rfc822, message/delivery-status)."""
    return Part(headers, body, meta={"att": True, "filename": filename, "content_type": ctype,
                                     "data": body, "fname_mode": "ascii" if filename else None})


def mixed(children, style="tb", subtype="mixed", params="", preamble=b"", boundary=None):
    b = boundary or CTX.boundary(style)
    return Part([f'Content-Type: multipart/{subtype};{params} boundary="{b}"'], children=children,
                boundary=b, preamble=preamble)


# ---------------------------------------------------------------------------------------------
# Header helpers
# ---------------------------------------------------------------------------------------------
SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, mode="ascii"):
    """The value of an address header (str, or bytes for raw UTF-8)."""
    if name is None:
        return addr
    if mode == "ascii":
        q = f'"{name}"' if any(c in SPECIALS for c in name) else name
        return f"{q} <{addr}>"
    if mode == "raw":
        return f"{name} <{addr}>".encode("utf-8")
    if mode in ("b", "q"):
        words = encoded_words(name, "UTF-8", mode.upper(), maxlen=60)
        return "\r\n ".join(words) + f" <{addr}>"
    if mode == "b-split":      # adjacent encoded words folded onto two lines
        words = encoded_words(name, "UTF-8", "B", maxlen=60, nwords=2)
        return "\r\n ".join(words) + f"\r\n <{addr}>"
    if mode == "q-atoms":      # only non-ASCII words encoded, folded after the second word
        toks = []
        for w in name.split(" "):
            toks.append(w if w.isascii() else encoded_words(w, "UTF-8", "Q")[0])
        return " ".join(toks[:2]) + "\r\n " + " ".join(toks[2:]) + f" <{addr}>"
    if mode in ("cp1258-q", "cp1258-b"):
        words = encoded_words(name, "windows-1258", mode[-1].upper(), maxlen=60)
        return "\r\n ".join(words) + f" <{addr}>"
    if mode == "viscii-q":
        words = encoded_words(name, "VISCII", "Q", maxlen=60)
        return "\r\n ".join(words) + f" <{addr}>"
    raise ValueError(mode)


def fmt_subject(text, mode):
    """The value of a Subject header (str, or bytes for raw UTF-8)."""
    if mode == "ascii":
        assert text.isascii()
        return text
    if mode == "raw":
        return text.encode("utf-8")
    charset, enc, fold = {"b": ("UTF-8", "B", ""), "q": ("UTF-8", "Q", ""),
                          "b-fold": ("UTF-8", "B", "fold"), "q-fold": ("UTF-8", "Q", "fold"),
                          "cp1258-q": ("windows-1258", "Q", "fold"),
                          "cp1258-b": ("windows-1258", "B", ""),
                          "viscii-q": ("VISCII", "Q", "fold"),
                          "prefix-b": ("UTF-8", "B", "prefix"),
                          "prefix-q": ("UTF-8", "Q", "prefix")}[mode]
    prefix = ""
    if fold == "prefix":       # Outlook style: ASCII words ("Re: [HL-...]") left unencoded
        toks = text.split(" ")
        i = 0
        while i < len(toks) and toks[i].isascii():
            i += 1
        prefix, text = " ".join(toks[:i]) + " ", " ".join(toks[i:])
    words = encoded_words(text, charset, enc, maxlen=66, nwords=3 if fold == "fold" else 1)
    return prefix + "\r\n ".join(words)


def hdr(name, value):
    if isinstance(value, bytes):
        return name.encode("ascii") + b": " + value
    return f"{name}: {value}"


MAILERS = {
    "thunderbird": ("User-Agent", "Mozilla Thunderbird", "tb"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0", "outlook"),
    "gmail": (None, None, "gmail"),
    "iphone": ("X-Mailer", "iPhone Mail (22D63)", "apple"),
    "webmail": ("User-Agent", "Roundcube Webmail/1.6.9", "java"),
    "php": ("X-Mailer", "PHP/8.1.2", "java"),
    "list": ("X-Mailer", "Sympa 6.2.72", "java"),
}

def header_flags(prefix, value):
    """Flags describing how a header value is written: raw UTF-8, RFC 2047 B/Q and charset,
    folding, adjacent encoded words, plain ASCII words before the encoded ones."""
    if value is None:
        return set()
    if isinstance(value, bytes):
        return {f"{prefix}-raw-utf8"} if not value.isascii() else {f"{prefix}-ascii"}
    f = set()
    words = re.findall(r"=\?([^?]+)\?([BbQq])\?", value)
    if not words:
        return {f"{prefix}-ascii"}
    for charset, enc in words:
        f.add(f"{prefix}-rfc2047-{enc.lower()}")
        if charset.lower() != "utf-8":
            f.add(f"{prefix}-rfc2047-{charset.lower()}")
    if "\r\n" in value.split("<")[0]:
        f.add(f"{prefix}-folded")
    if re.search(r"\?=\s+=\?", value):
        f.add(f"{prefix}-rfc2047-adjacent-words")
    if not value.startswith("=?"):
        f.add(f"{prefix}-ascii-prefix")
    return f


def auto_flags(root, from_values, subject_value, in_reply_to):
    f = set()
    for v in from_values:
        f |= header_flags("from", v)
    f |= header_flags("subject", subject_value)
    if in_reply_to:
        f.add("in-reply-to")
    if root is None:
        return f
    leaves = list(root.leaves())
    for p in _walk(root):
        if p.children is not None:
            m = re.match(r"Content-Type: multipart/(\w+)", p.headers[0])
            if m:
                f.add("multipart-" + m.group(1))
    body = [p for p in leaves if p.meta.get("body")]
    if body and all(p.meta["subtype"] == "html" for p in body):
        f.add("html-only")
    for p in leaves:
        m = p.meta
        if m.get("att"):
            f.add("attachment-" + m["content_type"].split("/")[1])
            if m.get("fname_mode") and m["fname_mode"] != "ascii":
                f.add("filename-" + m["fname_mode"])
    return f


def _walk(p):
    yield p
    for c in p.children or []:
        yield from _walk(c)


def message_rfc822(headers, root):
    """Bytes of an embedded message (CRLF)."""
    msg = CRLF.join(h if isinstance(h, bytes) else h.encode("ascii") for h in headers)
    return msg + CRLF + root.to_bytes()




# ---------------------------------------------------------------------------------------------
# Message registry
# ---------------------------------------------------------------------------------------------
MESSAGES = []
BASE_DATE = datetime.datetime(2026, 11, 16, 0, 0, 0,
                              tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
TOPICS = ("land business_registration residence civil_status construction_permit certification "
          "garbage flooding noise water power roads illegal_construction encroachment harassment "
          "regulation compliment other").split()

# How a message is written when add() is not told: accented mail rotates through the ways
# Vietnamese clients write (UTF-8 QP/base64/8bit, RFC 2047 B/Q, HTML alternatives), unaccented mail
# through what phones and webmail send (plain ASCII headers, 7bit/8bit, some HTML).
ACCENTED_STYLES = [
    dict(charset="utf-8", cte="quoted-printable", shape="plain", from_mode="b", subject_mode="b",
         mailer="gmail"),
    dict(charset="utf-8", cte="base64", shape="plain", from_mode="q", subject_mode="q-fold",
         mailer="outlook"),
    dict(charset="utf-8", cte="8bit", shape="plain", from_mode="b", subject_mode="b-fold",
         mailer="thunderbird"),
    dict(charset="utf-8", cte="quoted-printable", shape="alt", from_mode="b-split",
         subject_mode="b", mailer="gmail"),
    dict(charset="utf-8", cte="base64", shape="plain", from_mode="q-atoms", subject_mode="q",
         mailer="iphone"),
    dict(charset="utf-8", cte="quoted-printable", shape="html", from_mode="b", subject_mode="b",
         mailer="webmail"),
    dict(charset="utf-8", cte="8bit", shape="plain", from_mode="raw", subject_mode="raw",
         mailer="thunderbird"),
]
PLAIN_STYLES = [
    dict(charset="utf-8", cte="8bit", shape="plain", mailer="iphone"),
    dict(charset="us-ascii", cte="7bit", shape="plain", mailer="webmail"),
    dict(charset="utf-8", cte="quoted-printable", shape="alt", mailer="gmail"),
    dict(charset="utf-8", cte="8bit", shape="plain", mailer="php"),
    dict(charset="utf-8", cte="quoted-printable", shape="html", mailer="outlook"),
    dict(charset="us-ascii", cte="7bit", shape="plain", mailer="thunderbird"),
]
_counts = {"a": 0, "n": 0}


def rfc_date(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z")


def pick_snippet(text):
    """A phrase that occurs verbatim in the body and does not cross a line break: words 2-8 of
    the first line of at least ten words that is not a salutation."""
    for line in text.split("\n"):
        w = line.split()
        if len(w) >= 10 and not re.match(r"(?i)(k[ií]nh|chao|chào|gui|gửi|dear)\b", line):
            return " ".join(w[1:8])
    raise AssertionError("no line long enough for a snippet: " + text[:60])


def forwarded(outer_text, inner, charset="utf-8", cte="quoted-printable", inner_cte=None,
              style="tb"):
    """multipart/mixed: a short covering note + the original as message/rfc822.
    inner: dict(sender=(name, addr), to=address, date=datetime, subject=str, text=str)."""
    name, addr = inner["sender"]
    dt = inner["date"]
    mid = "<%s.%08x@%s>" % (dt.strftime("%Y%m%d%H%M%S"), CTX.rng.getrandbits(32),
                             addr.split("@", 1)[1])
    ascii_only = (name + inner["subject"] + inner["text"]).isascii()
    hdrs = [hdr("Date", rfc_date(dt)),
            hdr("From", fmt_addr(name, addr, "ascii" if ascii_only else "b")),
            hdr("To", inner["to"]),
            hdr("Subject", fmt_subject(inner["subject"], "ascii" if ascii_only else "b")),
            hdr("Message-ID", mid), "MIME-Version: 1.0"]
    root = text_part(inner["text"], charset="us-ascii" if ascii_only else "utf-8",
                     cte=inner_cte or ("7bit" if ascii_only else "quoted-printable"))
    body = message_rfc822(hdrs, root)
    fname = inner["subject"] + ".eml"
    if fname.isascii():
        headers = [f'Content-Type: message/rfc822; name="{fname}"',
                   f'Content-Disposition: attachment; filename="{fname}"']
    else:
        ew = "\r\n ".join(encoded_words(fname, "UTF-8", "B", maxlen=75))
        headers = [f'Content-Type: message/rfc822;\r\n name="{ew}"',
                   "Content-Disposition: attachment;\r\n " + ";\r\n ".join(
                       rfc2231_params("filename", fname))]
    headers.append("Content-Transfer-Encoding: 7bit" if body.isascii() else
                   "Content-Transfer-Encoding: 8bit")
    leaf = raw_leaf(headers, body, "message/rfc822", fname)
    leaf.meta["fname_mode"] = "ascii" if fname.isascii() else "rfc2231-cont"
    leaf.meta["inner_text"] = nfc(inner["text"] + "\n" + inner["subject"])
    return mixed([text_part(outer_text, charset=charset, cte=cte), leaf], style=style)


def add(slug, *, to, sender, subject, topic, unit, why, text=None, root=None, place=None,
        letter="feedback", snippet=None, charset=None, cte=None, shape=None, from_mode=None,
        subject_mode=None, mailer=None, note=None, date=None, attach=(), wrong_ok=False):
    """One citizen letter.  text: the body as the citizen wrote it (LF line breaks); root: a
    ready MIME tree instead (forwards, attachment-only letters).  topic/unit: the label, from
    the routing table in the corpus README.  place: the place named in the mail that decides
    the ward (only when it does).  letter: feedback | complaint (khiếu nại a decision) |
    denunciation (tố cáo).  attach: extra (data, content_type, filename, mode) leaves."""
    assert topic in TOPICS, (slug, topic)
    assert unit in UNITS and to in UNITS, slug
    assert letter in ("feedback", "complaint", "denunciation"), slug
    n = len(MESSAGES) + 1
    everything = (subject or "") + " " + (text or "")
    if root is not None:
        everything += " " + " ".join(p.meta.get("text", "") + p.meta.get("inner_text", "")
                                     for p in root.leaves())
    accented = has_diacritics(everything + " " + (sender[0] or ""))
    styles = ACCENTED_STYLES if accented else PLAIN_STYLES
    key = "a" if accented else "n"
    style = dict(styles[_counts[key] % len(styles)])
    _counts[key] += 1
    if not accented:
        style.update(from_mode="ascii", subject_mode="ascii")
    for k, v in (("charset", charset), ("cte", cte), ("shape", shape), ("from_mode", from_mode),
                 ("subject_mode", subject_mode), ("mailer", mailer)):
        if v is not None:
            style[k] = v
    ua = MAILERS[style["mailer"]]
    if root is None:
        cs, ct = style["charset"], style["cte"]
        label = {"viscii": "VISCII"}.get(cs, cs)
        if style["shape"] == "plain":
            root = text_part(text, charset=cs, cte=ct, label=label)
        elif style["shape"] == "html":
            root = html_part(text, charset=cs, cte=ct, label=label)
        elif style["shape"] == "alt":
            root = alternative(text, charset=cs, cte=ct, style=ua[2])
        else:
            raise ValueError(style["shape"])
        if attach:
            root = mixed([root] + [file_part(*a) for a in attach], style=ua[2])
        if snippet is None:
            snippet = pick_snippet(text)
    r = CTX.rng
    dt = date or BASE_DATE + datetime.timedelta(days=int((n - 1) * 0.115),
                                                hours=6 + r.randrange(0, 17),
                                                minutes=r.randrange(0, 60))
    name, addr = sender
    domain = addr.split("@", 1)[1]
    message_id = "<%s.%010x@%s>" % (dt.strftime("%Y%m%d%H%M%S"), r.getrandbits(40), domain)
    rcpt = UNITS[to]["feedback_email"]
    recv_dt = dt + datetime.timedelta(seconds=2 + r.randrange(0, 40))
    ip = "198.51.100.%d" % r.randrange(2, 250)
    qid = "%010X" % r.getrandbits(40)
    helo = "smtp." + domain
    from_value = fmt_addr(name, addr, style["from_mode"])
    subject_value = fmt_subject(subject, style["subject_mode"])
    headers = [
        hdr("Return-Path", f"<{addr}>"),
        hdr("Delivered-To", rcpt),
        f"Received: from {helo} ({helo} [{ip}])\r\n\tby {MX} (Postfix) with ESMTPS id {qid}\r\n"
        f"\tfor <{rcpt}>; {rfc_date(recv_dt)}",
        hdr("Date", rfc_date(dt)),
        hdr("From", from_value),
        hdr("To", rcpt),
        hdr("Subject", subject_value),
        hdr("Message-ID", message_id),
        "MIME-Version: 1.0",
    ]
    if ua[0]:
        headers.append(hdr(ua[0], ua[1]))
    msg = CRLF.join(h if isinstance(h, bytes) else h.encode("ascii") for h in headers)
    msg += CRLF + root.head_bytes() + CRLF + CRLF + root.body_bytes()

    leaves = list(root.leaves())
    body_leaves = [p for p in leaves if p.meta.get("body")]
    atts = [p.meta for p in leaves if p.meta.get("att")]
    first = body_leaves[0].meta if body_leaves else {}
    if snippet is not None:
        assert nfc(snippet) == snippet and "\n" not in snippet, slug
        assert any(snippet in p.meta["text"] for p in body_leaves), f"{slug}: snippet not in body"
    declared = first.get("label")
    enc_key = "none" if not first else f"{declared}/{first['cte']}"
    if note is None:
        kinds = {"plain": "text/plain", "html": "text/html only",
                 "alt": "multipart/alternative (text/plain + text/html)"}
        note = kinds.get(style["shape"], "")
    if place is not None:
        assert nfc(place).lower() in nfc(everything).lower() or any(
            nfc(place).lower() in p.meta.get("inner_text", "").lower() for p in leaves), \
            f"{slug}: place {place!r} not in the letter"
    side = {
        "kind": "new_case",
        "to_unit": to,
        "from": {"address": addr, "name": nfc(name) if name else None},
        "subject": nfc(subject),
        "body_snippet": snippet,
        "attachments": [{"filename": a["filename"], "content_type": a["content_type"],
                         "size": len(a["data"]), "sha256": hashlib.sha256(a["data"]).hexdigest()}
                        for a in atts],
        "topic": topic,
        "responsible_unit": unit,
        "diacritics": accented,
        "place": nfc(place) if place else None,
        "letter": letter,
        "encoding": f"{enc_key}; {note}",
        "expect_ack": True,
        "why": why,
        "malformed": False,
        "flags": sorted(auto_flags(root, [from_value], subject_value, None)),
        "charset": {"body_declared": declared, "body_actual": first.get("charset")},
        "message_id": message_id,
        "case_ref": None,
    }
    MESSAGES.append((f"{n:03d}-{slug}", msg, side))


def attachment_only(subject_hint, data, ctype, filename, mode="ascii"):
    """A letter that is nothing but its attachment: multipart/mixed with an empty text part."""
    empty = text_part("", charset="utf-8", cte="7bit")
    return mixed([empty, file_part(data, ctype, filename, mode)])


def write_all(out_dir):
    for old in os.listdir(out_dir):
        # 201 and up are make_routing2.py's (the second batch): leave them.
        m = re.match(r"(\d{3})-.*\.(eml|json)$", old)
        if m and int(m.group(1)) <= 200:
            os.remove(os.path.join(out_dir, old))
    for name, msg, side in MESSAGES:
        with open(os.path.join(out_dir, name + ".eml"), "wb") as f:
            f.write(msg)
        with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(side, f, ensure_ascii=False, indent=2)
            f.write("\n")


def summary():
    acc = sum(1 for _, _, s in MESSAGES if s["diacritics"])
    wrong = sum(1 for _, _, s in MESSAGES if s["to_unit"] != s["responsible_unit"])
    print(f"{len(MESSAGES)} letters: {acc} accented, {len(MESSAGES) - acc} without diacritics, "
          f"{wrong} sent to another unit's mailbox")
    for field in ("responsible_unit", "topic", "letter"):
        c = {}
        for _, _, s in MESSAGES:
            c[s[field]] = c.get(s[field], 0) + 1
        print(f"  {field}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print(f"  place decides: {sum(1 for _, _, s in MESSAGES if s['place'])}")


def D(day, hour=9, minute=0):
    """A date in late 2026, Hà Nội time (for the inner letters of forwards)."""
    return datetime.datetime(2026, day // 100, day % 100, hour, minute,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


# =============================================================================================
# The letters.  Written from the citizen's side, December 2026, before the rules were touched;
# labelled by the routing table of the corpus README (repeated in this folder's README):
#   land -> so-tnmt; business_registration -> so-khdt; residence -> ca-tp;
#   construction_permit, flooding, water -> so-xd; roads -> so-gtvt; harassment -> thanh-tra;
#   regulation -> so-tp; power, other -> ubnd-tp; civil_status, certification, garbage, noise,
#   illegal_construction, encroachment -> the ward/commune named (or whose street, lane, market,
#   school or former ward is named); compliment -> the unit complimented; a complaint about a
#   decision -> the unit that issued it (else the receiving mailbox's unit); a denunciation of
#   officials -> thanh-tra.
# =============================================================================================
def letters_land():
    add("so-do-lan-dau-cho-9-thang", to="so-tnmt",
        sender=("Lê Thị Hồng Nhung", "hongnhung.le@example.com"),
        subject="Hồ sơ cấp Giấy chứng nhận lần đầu nộp từ tháng 3 vẫn chưa có kết quả",
        text="""Kính gửi Sở Tài nguyên và Môi trường,

Gia đình tôi nộp hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho thửa đất ở xã Sóc Sơn từ ngày 14/3/2026, phiếu hẹn ghi trả kết quả sau 30 ngày làm việc.
Đã hơn 9 tháng, mỗi lần lên hỏi bộ phận một cửa chỉ được trả lời là hồ sơ đang chuyển sang Văn phòng đăng ký đất đai để kiểm tra bản đồ địa chính.
Tôi đề nghị Sở cho biết hồ sơ đang vướng ở khâu nào và khi nào được cấp sổ.

Trân trọng,
Lê Thị Hồng Nhung
0900 111 201
""", topic="land", unit="so-tnmt",
        why="First land certificate delayed; the commune in the text is only where the plot lies.")

    add("sang-ten-so-do-mua-ban", to="phuong-cau-giay",
        sender=("Hoang Minh Duc", "ducminh.hoang88@example.net"),
        subject="hoi thu tuc sang ten so do khi mua nha",
        text="""Chao UBND phuong,

E vua mua 1 can nha tap the o ngo 12 Tran Quoc Vuong, hop dong mua ban da cong chung xong. Gio e muon lam thu tuc sang ten so do (GCN quyen su dung dat) thi nop o dau a? Nop qua mang dc ko hay phai len van phong dang ky dat dai?
Ben ban noi thue TNCN ho se nop, e can chuan bi them giay to gi nua.
E cam on.
Duc
""", topic="land", unit="so-tnmt",
        why="Transfer of a land certificate after a sale, asked of the ward: land belongs to so-tnmt.")

    add("dinh-chinh-dien-tich-so-do", to="ubnd-tp",
        sender=("Phạm Quốc Khánh", "khanhpq.1975@example.org"),
        subject="Đề nghị đính chính diện tích ghi sai trên sổ đỏ",
        text="""Kính gửi Văn phòng UBND thành phố,

Sổ đỏ của gia đình tôi cấp năm 2009 ghi diện tích 64,2 m2, trong khi đo đạc lại năm 2026 thực tế là 68,5 m2, ranh giới không thay đổi, hàng xóm bốn bên đều ký xác nhận.
Tôi đã làm đơn đề nghị đính chính Giấy chứng nhận nhưng chưa biết nộp ở đâu cho đúng, mong thành phố chuyển đơn đến cơ quan có thẩm quyền.

Phạm Quốc Khánh
Số 7 ngõ 35 phố Quán Thánh
""", topic="land", unit="so-tnmt",
        why="Correction of area on a land certificate sent to the city office; the street is a decoy.")

    add("den-bu-giai-phong-mat-bang-qua-thap", to="xa-soc-son",
        sender=("Nguyen Van Thao", "thao.nv.socson@example.com"),
        subject="kien nghi gia den bu dat nong nghiep du an mo rong duong",
        text="""Kinh gui cac co quan,

Gia dinh toi co 720m2 dat trong lua nam trong du an mo rong duong o khu vuc xa Soc Son. Muc gia boi thuong dat nong nghiep dua ra qua thap so voi gia thi truong, ho tro chuyen doi nghe cung ko ro rang.
Toi de nghi xem xet lai phuong an boi thuong, ho tro, tai dinh cu cho cac ho dan va cong khai bang gia dat ap dung.
Nguyen Van Thao
""", topic="land", unit="so-tnmt",
        why="Compensation for land recovery, sent to the commune: land matters are so-tnmt's.")

    add("trich-luc-ban-do-dia-chinh", to="so-tnmt",
        sender=("Nguyen Thi Thu Trang", "trang.ntt@example.org"),
        subject="xin trich luc ban do dia chinh thua dat",
        text="""Kinh gui So TNMT,

Toi can trich luc ban do dia chinh thua dat so 88 to ban do so 21 de lam thu tuc tach thua cho 2 con. Toi da nop yeu cau qua cong dich vu cong tu 20/11 nhung trang thai van "cho xu ly", ko thay ai lien he.
Nho So kiem tra giup, ma ho so H26.112.0459.
Tks
""", topic="land", unit="so-tnmt",
        why="Cadastral map extract and plot split, right department, no diacritics.")

    add("tach-thua-dat-cho-con", to="so-xd",
        sender=("Đỗ Văn Lâm", "dovanlam62@example.net"),
        subject="Hỏi điều kiện tách thửa đất ở cho hai con",
        text="""Kính gửi Sở,

Tôi có mảnh đất ở 150 m2 đã có sổ hồng, muốn tách thửa làm hai để cho hai con trai. Xin hỏi diện tích tối thiểu được tách thửa hiện nay ở Hà Nội là bao nhiêu, mặt tiền tối thiểu bao nhiêu mét, và hồ sơ tách thửa cần những giấy tờ gì?
Nếu gửi nhầm cơ quan, mong Sở chuyển giúp.

Đỗ Văn Lâm
""", topic="land", unit="so-tnmt",
        why="Splitting a residential plot, sent to the construction department: land.")

    add("khieu-nai-qd-thu-hoi-gcn-so-tnmt", to="thanh-tra",
        sender=("Vũ Thị Lan Anh", "lananh.vu@example.com"),
        subject="Khiếu nại Quyết định thu hồi Giấy chứng nhận của Sở Tài nguyên và Môi trường",
        text="""Kính gửi Thanh tra thành phố,

Tôi khiếu nại Quyết định số 2714/QĐ-STNMT ngày 02/10/2026 của Sở Tài nguyên và Môi trường thành phố Hà Nội về việc thu hồi Giấy chứng nhận quyền sử dụng đất đã cấp cho gia đình tôi năm 2012.
Lý do thu hồi ghi là "cấp không đúng đối tượng", nhưng gia đình tôi sử dụng đất ổn định từ năm 1990, có xác nhận của tổ dân phố và không tranh chấp với ai.
Đề nghị hủy quyết định nói trên.

Vũ Thị Lan Anh
""", topic="land", unit="so-tnmt", letter="complaint",
        why="Complaint about a land-certificate decision names the issuer (so-tnmt); sent to the inspectorate.")

    add("khieu-nai-tu-choi-cap-gcn", to="so-tnmt",
        sender=("Tran Dinh Phuc", "phuc.trandinh@example.net"),
        subject="khieu nai van ban tu choi cap giay chung nhan",
        text="""Kinh gui So Tai nguyen va Moi truong,

Ngay 18/11/2026 toi nhan dc van ban so 5120/STNMT-DKDD tu choi cap GCN cho thua dat cua gd toi voi ly do "dat co nguon goc lan chiem". Thua dat nay ong ba toi khai hoang tu nam 1978, co giay to thue dat tu nam 1994.
Toi lam don khieu nai van ban tu choi nay, de nghi So xem xet lai va tra loi bang van ban.
Tran Dinh Phuc
""", topic="land", unit="so-tnmt", letter="complaint",
        why="Complaint about the department's own refusal, sent to it.")

    add("khieu-nai-qd-thu-hoi-dat-xa-soc-son", to="so-tnmt",
        sender=("Ngô Thị Huệ", "hue.ngothi@example.org"),
        subject="Đơn khiếu nại quyết định thu hồi đất của UBND xã Sóc Sơn",
        text="""Kính gửi Sở Tài nguyên và Môi trường,

Tôi là Ngô Thị Huệ, trú tại xã Sóc Sơn. Tôi khiếu nại Quyết định số 318/QĐ-UBND ngày 21/10/2026 của UBND xã Sóc Sơn về việc thu hồi 240 m2 đất vườn của gia đình tôi để làm nhà văn hóa thôn.
Quyết định ban hành khi chưa có phương án bồi thường được phê duyệt và gia đình tôi không được mời họp lấy ý kiến.
Đề nghị xem xét hủy bỏ quyết định số 318/QĐ-UBND nêu trên.

Ngô Thị Huệ
""", topic="land", unit="xa-soc-son", letter="complaint",
        why="Complaint about a land decision issued by the commune goes to the commune (who decided), not to so-tnmt.")


def letters_business():
    add("dang-ky-ho-kinh-doanh-quan-an", to="so-khdt",
        sender=("Bùi Thị Thu", "thubui.quanan@example.com"),
        subject="Hỏi thủ tục đăng ký hộ kinh doanh quán ăn",
        text="""Chào các anh chị,

Tôi định mở một quán bún chả nhỏ, thuê mặt bằng 30 m2. Tôi muốn hỏi đăng ký hộ kinh doanh cần những giấy tờ gì, có phải có giấy chứng nhận an toàn thực phẩm trước khi đăng ký không, và mất bao lâu thì có giấy chứng nhận đăng ký hộ kinh doanh.
Cảm ơn các anh chị.

Bùi Thị Thu
""", topic="business_registration", unit="so-khdt",
        why="Household business registration question, right department.")

    add("doi-ten-cong-ty-bi-treo", to="ubnd-tp",
        sender=("Dinh Quang Vinh", "vinh.dq@example.net"),
        subject="Ho so thay doi ten cong ty bi treo 3 tuan",
        text="""Kinh gui UBND TP,

Cty e (Cong ty TNHH Vinh Phat Logistics) nop ho so dang ky thay doi ten doanh nghiep tren cong dang ky kinh doanh tu ngay 10/11, qua han 3 ngay lam viec ma van ko dc duyet, ko co thong bao sua doi bo sung.
E goi tong dai thi ko ai nghe. Nho thanh pho chuyen giup den phong dang ky kinh doanh.
Vinh - giam doc
""", topic="business_registration", unit="so-khdt",
        why="Company name change stuck, sent to the city office.")

    add("tam-ngung-kinh-doanh", to="so-khdt",
        sender=("Ta Thi Ngoc Anh", "ngocanh.ta@example.com"),
        subject="thong bao tam ngung kinh doanh co can nop to khai thue ko",
        text="""Chao phong DKKD,

Cong ty em muon tam ngung kinh doanh 12 thang tu thang 1/2027. Em nop thong bao tam ngung qua mang roi nhung bi tra ve voi ly do chu ky so ko hop le. Chu ky so cua cty van con han den 2028.
Nho anh chi kiem tra giup em loi nay, ma ho so 0107-2026-11-3381.
Em cam on
""", topic="business_registration", unit="so-khdt",
        why="Temporary suspension of a company, digital signature rejected.")

    add("giai-the-doanh-nghiep-cho-lau", to="so-tp",
        sender=("Lương Văn Hải", "haiLV@example.org"),
        subject="Hồ sơ giải thể doanh nghiệp chờ quá lâu",
        text="""Kính gửi Sở Tư pháp,

Tôi không rõ cơ quan nào phụ trách nên gửi Sở. Doanh nghiệp tư nhân của tôi đã quyết toán thuế xong, nộp hồ sơ giải thể doanh nghiệp từ tháng 9 nhưng đến nay trạng thái trên cổng đăng ký doanh nghiệp vẫn là "đang làm thủ tục giải thể".
Kính đề nghị chuyển đơn đến cơ quan đăng ký kinh doanh để giải quyết.

Lương Văn Hải
""", topic="business_registration", unit="so-khdt",
        why="Dissolution of a company, sent to the justice department.")

    add("bo-sung-nganh-nghe-kinh-doanh", to="so-khdt",
        sender=("Cao Thị Yến", "yen.cao@example.net"),
        subject="Bổ sung ngành nghề kinh doanh bị yêu cầu giấy phép con",
        text="""Kính gửi Phòng Đăng ký kinh doanh,

Công ty tôi nộp hồ sơ bổ sung ngành nghề "bán lẻ đồ uống" và "dịch vụ lưu trú ngắn ngày". Cán bộ yêu cầu phải có giấy phép đủ điều kiện trước khi bổ sung ngành, trong khi theo tôi hiểu việc đăng ký ngành nghề không cần điều kiện tại thời điểm đăng ký.
Mong phòng giải thích rõ căn cứ.

Cao Thị Yến
""", topic="business_registration", unit="so-khdt",
        why="Adding business lines; a permit demanded at registration.")

    add("ho-kinh-doanh-doi-dia-diem", to="phuong-hoan-kiem",
        sender=("Tran Van Kien", "kien.tran.hk@example.com"),
        subject="chuyen dia diem ho kinh doanh sang pho khac",
        text="""Chao UBND phuong,

Em dang co giay chung nhan dang ky ho kinh doanh ban do luu niem o pho Hang Gai, nay chuyen sang thue cua hang o pho khac. Em can lam thu tuc thay doi dia diem kinh doanh hay phai dang ky moi tu dau? Co mat phi ko a?
Cam on phuong.
""", topic="business_registration", unit="so-khdt",
        why="Household business moving premises, asked of the ward; the street is a decoy.")

    add("sai-dia-chi-tru-so-tren-cong-dkdn", to="so-khdt",
        sender=("Nguyễn Hữu Tài", "tai.nguyenhuu@example.org"),
        subject="Thông tin đăng ký doanh nghiệp trên cổng quốc gia bị sai địa chỉ trụ sở",
        text="""Kính gửi Sở Kế hoạch và Đầu tư,

Thông tin công khai của công ty tôi trên Cổng thông tin quốc gia về đăng ký doanh nghiệp ghi sai địa chỉ trụ sở chính (ghi "phường Cầu Giấy" nhưng giấy chứng nhận đăng ký doanh nghiệp ghi đúng là xã Sóc Sơn), khiến ngân hàng từ chối mở tài khoản.
Đề nghị Sở cập nhật lại thông tin đăng ký doanh nghiệp.

Nguyễn Hữu Tài
Giám đốc Công ty cổ phần Nông sản Sóc Sơn
""", topic="business_registration", unit="so-khdt",
        why="Wrong registered address on the national business register; two ward names as decoys.")

    add("khieu-nai-tu-choi-dang-ky-dn", to="ubnd-tp",
        sender=("Phung Thi Mai Huong", "maihuong.phung@example.net"),
        subject="khieu nai thong bao tu choi dang ky doanh nghiep cua So KHDT",
        text="""Kinh gui UBND thanh pho,

Toi khieu nai thong bao so 9912/TB-DKKD ngay 25/11/2026 cua So Ke hoach va Dau tu tu choi dang ky thanh lap cong ty cua toi voi ly do ten doanh nghiep gay nham lan. Ten toi dat khac han cac cong ty da co.
De nghi So KHDT xem xet lai thong bao tu choi nay.
Phung Thi Mai Huong
""", topic="business_registration", unit="so-khdt", letter="complaint",
        why="Complaint about a refusal issued by so-khdt, sent to the city office.")


def letters_residence():
    add("nhap-khau-cho-chau-ngoai", to="ca-tp",
        sender=("Trịnh Thị Bích", "bichtrinh56@example.com"),
        subject="Xin hỏi thủ tục nhập khẩu cho cháu ngoại về ở cùng",
        text="""Kính gửi Công an thành phố,

Con gái tôi đi làm ở nước ngoài, cháu ngoại 7 tuổi về ở với ông bà ở phố Hàng Bún. Tôi muốn nhập khẩu cho cháu vào hộ của tôi để cháu đi học cho thuận tiện.
Xin hỏi cần giấy tờ gì, có cần mẹ cháu ủy quyền có chứng thực không, và nộp trên VNeID được không?

Trịnh Thị Bích
""", topic="residence", unit="ca-tp",
        why="'nhập khẩu cho cháu': permanent residence registration; the street is a decoy.")

    add("chuyen-ho-khau-ve-soc-son", to="xa-soc-son",
        sender=("Kieu Van Tuan", "tuan.kieu.ss@example.org"),
        subject="chuyen ho khau tu tinh ve Soc Son",
        text="""Chao xa,

Vo chong em moi mua dat xay nha o thon Tien Duoc, gio muon chuyen ho khau ca nha tu Bac Giang ve day. E nghe noi bay gio ko can giay chuyen khau nua ma lam tren VNeID, dung ko a? Con e moi sinh thi nhap khau theo me luon dc ko?
Em cam on.
""", topic="residence", unit="ca-tp",
        why="'chuyển hộ khẩu' asked of the commune: residence is the police's.")

    add("tam-tru-vneid-bi-tu-choi", to="ca-tp",
        sender=("Lê Văn Phong", "phong.le.sv@example.net"),
        subject="Đăng ký tạm trú qua VNeID bị từ chối không rõ lý do",
        text="""Kính gửi Công an thành phố Hà Nội,

Em là sinh viên, thuê trọ ở ngõ 144 Xuân Thủy. Em đăng ký tạm trú qua ứng dụng VNeID hai lần, lần nào cũng bị từ chối với lý do "thông tin chỗ ở không hợp lệ" dù chủ nhà đã xác nhận đồng ý trên ứng dụng.
Em cần giấy xác nhận tạm trú để làm thẻ thư viện và vay vốn sinh viên. Mong được hướng dẫn.

Lê Văn Phong
""", topic="residence", unit="ca-tp",
        why="Temporary residence refused in VNeID; the lane names a ward as a decoy.")

    add("tach-ho-sau-ly-hon", to="phuong-ba-dinh",
        sender=("Nguyen Thi Kim Oanh", "kimoanh.nt@example.com"),
        subject="tach ho sau khi ly hon",
        text="""Kinh gui UBND P. Ba Dinh,

Toi da ly hon (co ban an cua toa), hien van chung so ho khau voi chong cu o nha chong. Toi muon tach ho rieng cho me con toi ma chong cu ko dong y ky. Theo Luat Cu tru thi co can y kien cua chu ho ko?
Nho phuong chuyen cho co quan dang ky cu tru giup toi.
Oanh
""", topic="residence", unit="ca-tp",
        why="Splitting a household registration after divorce, sent to the ward.")

    add("xoa-thuong-tru-nguoi-mat", to="ca-tp",
        sender=("Đàm Quang Trung", "trungdq@example.org"),
        subject="Đã làm khai tử nhưng thông tin cư trú của bố vẫn còn",
        text="""Kính gửi Công an thành phố,

Bố tôi mất tháng 8/2026, gia đình đã đăng ký khai tử ở phường. Nhưng đến nay tra cứu trên VNeID thì thông tin cư trú của bố vẫn còn, chưa được xóa đăng ký thường trú, nên khi tôi làm thủ tục thay đổi chủ hộ bị hệ thống báo lỗi.
Đề nghị cơ quan đăng ký cư trú cập nhật giúp.

Đàm Quang Trung
""", topic="residence", unit="ca-tp",
        why="Deleting permanent residence of a deceased father; 'khai tử' is a decoy for civil_status.")

    add("luu-tru-homestay-khach-nuoc-ngoai", to="phuong-hoan-kiem",
        sender=("Vu Minh Chau", "chau.homestay@example.net"),
        subject="khai bao luu tru cho khach nuoc ngoai o homestay",
        text="""Chao anh chi,

Em mo homestay 4 phong o pho Ma May, khach chu yeu la nguoi nuoc ngoai. Em muon hoi khai bao tam tru cho khach nuoc ngoai thi khai o dau, tren trang nao, bao lau phai khai sau khi khach den? Em khai tren phan mem cu thi bao loi tai khoan.
Em cam on.
""", topic="residence", unit="ca-tp",
        why="Temporary-stay declaration for foreign guests (police), sent to the ward; the street is a decoy.")

    add("thuong-tru-nha-thue", to="ubnd-tp",
        sender=("Hà Đức Mạnh", "manh.haduc@example.com"),
        subject="Đăng ký thường trú tại chỗ ở thuê có được không",
        text="""Kính gửi Ủy ban nhân dân thành phố,

Tôi thuê căn hộ chung cư ở phường Cầu Giấy đã 4 năm, có hợp đồng thuê nhà. Tôi muốn đăng ký thường trú tại chỗ ở thuê để con đi học đúng tuyến. Chủ nhà đồng ý, nhưng tôi chưa rõ diện tích tối thiểu bình quân mỗi người là bao nhiêu thì đủ điều kiện.
Mong được hướng dẫn hoặc chuyển đến cơ quan phụ trách cư trú.

Hà Đức Mạnh
""", topic="residence", unit="ca-tp",
        why="Permanent residence at a rented home, sent to the city office.")

    add("nhap-ho-khau-cho-vo", to="ca-tp",
        sender=("Lo Van Sang", "sanglv90@example.org"),
        subject="nhap ho khau cho vo moi cuoi",
        text="""Chao CA TP,

E moi cuoi vo, vo e que Thanh Hoa. E muon nhap ho khau cho vo ve nha bo me e o TT Soc Son. Can giay dang ky ket hon ban goc hay ban sao, bo me e (chu ho) co phai ky don ko?
Lam tren VNeID dc ko hay phai ra cong an xa.
Sang
""", topic="residence", unit="ca-tp",
        why="Registering a new wife into the household; the marriage certificate is a decoy.")

    add("ca-tp-khieu-nai-qd-xu-phat-cu-tru", to="ca-tp",
        sender=("Nguyễn Thị Hằng", "hang.nguyenthi77@example.net"),
        subject="Khiếu nại quyết định xử phạt về không khai báo tạm trú",
        text="""Kính gửi Công an thành phố,

Tôi khiếu nại quyết định xử phạt vi phạm hành chính số 77/QĐ-XPHC ngày 12/11/2026 phạt tôi 1.000.000 đồng vì không đăng ký tạm trú cho người thuê nhà.
Người thuê nhà mới đến ở được 12 ngày, chưa quá thời hạn 30 ngày phải đăng ký tạm trú theo Luật Cư trú.
Đề nghị xem xét hủy quyết định xử phạt.

Nguyễn Thị Hằng
""", topic="residence", unit="ca-tp", letter="complaint",
        why="Complaint about a residence penalty with no issuer named: the receiving mailbox's unit.")


def letters_civil_status():
    add("khai-sinh-con-thu-hai-pho-co", to="phuong-hoan-kiem",
        sender=("Trương Thị Ngân", "ngan.truong@example.com"),
        subject="Đăng ký khai sinh cho con thứ hai bị yêu cầu giấy tờ không cần thiết",
        text="""Kính gửi UBND phường Hoàn Kiếm,

Tôi đi đăng ký khai sinh cho con thứ hai tại bộ phận một cửa của phường, nhưng cán bộ yêu cầu nộp thêm bản sao sổ hộ khẩu giấy và giấy xác nhận cư trú, dù vợ chồng tôi đã có căn cước và dữ liệu cư trú trên VNeID.
Đề nghị phường hướng dẫn thống nhất để người dân không phải đi lại nhiều lần.

Trương Thị Ngân
""", topic="civil_status", unit="phuong-hoan-kiem",
        why="Birth registration at the ward named in the mail.")

    add("trich-luc-ket-hon-quan-thanh", to="ca-tp",
        sender=("Nguyen Duc Long", "longnd.qt@example.net"),
        subject="xin cap lai ban sao trich luc ket hon",
        text="""Chao anh chi,

Vo chong toi dang ky ket hon nam 1998 tai UBND P. Quan Thanh cu. Nay toi lam mat giay chung nhan ket hon, can cap ban sao trich luc ket hon de lam thu tuc ngan hang. Toi nen nop o dau, co lam online dc ko?
Cam on.
Long
""", place="P. Quan Thanh", topic="civil_status", unit="phuong-ba-dinh",
        why="Marriage record copy: kept by the successor of former ward Quán Thánh (now Ba Đình); sent to the police.")

    add("khai-tu-cho-ong-noi-soc-son", to="ubnd-tp",
        sender=("Nguyễn Văn Quý", "quy.nguyenvan@example.org"),
        subject="Hỏi thủ tục đăng ký khai tử khi người mất không có căn cước",
        text="""Kính gửi thành phố,

Ông nội tôi mất tại nhà ở thị trấn Sóc Sơn cũ, ông không có căn cước, chỉ có chứng minh thư cũ đã hết hạn. Xã yêu cầu giấy báo tử của bệnh viện nhưng ông mất ở nhà. Vậy gia đình cần giấy tờ gì để đăng ký khai tử?

Nguyễn Văn Quý
""", place="thị trấn Sóc Sơn", topic="civil_status", unit="xa-soc-son",
        why="Death registration; the former town of Sóc Sơn is in xa-soc-son; sent to the city office.")

    add("xac-nhan-tinh-trang-hon-nhan-cau-giay", to="phuong-cau-giay",
        sender=("Pham Thi Thuy Linh", "thuylinh.pham@example.com"),
        subject="giay xac nhan tinh trang hon nhan lam 10 ngay chua xong",
        text="""Kinh gui UBND phuong Cau Giay,

Em nop ho so xin giay xac nhan tinh trang hon nhan tai phuong Cau Giay ngay 20/11 de lam thu tuc mua nha, phieu hen 3 ngay nhung den nay da 10 ngay chua co. Can bo bao phai xac minh noi cu tru truoc day o tinh nhung ko noi ro bao gio xong.
Mong phuong giai quyet som.
Linh
""", topic="civil_status", unit="phuong-cau-giay",
        why="Marital status certificate delayed at the named ward, no diacritics.")

    add("cai-chinh-ho-tich-sai-ten", to="so-tp",
        sender=("Lâm Thị Thảo", "thao.lamthi@example.net"),
        subject="Đề nghị cải chính sai sót tên trong giấy khai sinh",
        text="""Kính gửi Sở Tư pháp,

Giấy khai sinh của con tôi do UBND phường Cầu Giấy cấp năm 2025 ghi tên mẹ là "Lâm Thị Thão" trong khi căn cước của tôi là "Lâm Thị Thảo". Tôi muốn cải chính hộ tịch nhưng phường bảo phải gửi lên Sở.
Xin hỏi thủ tục cải chính sai sót này làm ở đâu?

Lâm Thị Thảo
""", topic="civil_status", unit="phuong-cau-giay",
        why="Correcting a birth record the ward issued: civil status at the named ward, sent to so-tp.")

    add("dang-ky-ket-hon-nguoi-nuoc-ngoai", to="phuong-ba-dinh",
        sender=("Hoang Thu Ha", "thuha.hoang@example.org"),
        subject="dang ky ket hon voi nguoi nuoc ngoai o phuong Ba Dinh",
        text="""Chao UBND phuong Ba Dinh,

Em thuong tru o phuong Ba Dinh, muon dang ky ket hon voi ban trai quoc tich Han Quoc. Em doc thay tu nam 2025 viec ket hon co yeu to nuoc ngoai lam o cap xa, vay em nop ho so tai phuong luon dc ko, ban trai em co can hop phap hoa lanh su giay xac nhan doc than ko a?
Em cam on
""", topic="civil_status", unit="phuong-ba-dinh",
        why="Marriage with a foreigner, asked of the ward named.")

    add("nhan-cha-con-ngo-phat-loc", to="phuong-hoan-kiem",
        sender=("Đinh Văn Cường", "cuong.dinhvan@example.com"),
        subject="Hỏi thủ tục đăng ký nhận cha cho con",
        text="""Kính gửi Ủy ban,

Tôi và mẹ cháu chưa đăng ký kết hôn, con gái 3 tuổi khai sinh chỉ có tên mẹ. Nay tôi muốn làm thủ tục nhận cha con. Cả nhà đang ở ngõ Phất Lộc. Cần xét nghiệm ADN ở nơi nào thì được công nhận, và cần cả hai bố mẹ cùng đến không?

Đinh Văn Cường
""", place="ngõ Phất Lộc", topic="civil_status", unit="phuong-hoan-kiem",
        why="Recognition of paternity; only a lane of the old quarter locates it (Hoàn Kiếm).")

    add("khai-sinh-qua-han-tien-duoc", to="ca-tp",
        sender=("Nguyen Van Hoa", "hoa.nv.tienduoc@example.net"),
        subject="dang ky khai sinh qua han cho con 2 tuoi",
        text="""Chao cac anh,

Nha e o thon Tien Duoc (xa Tien Duoc cu), con e 2 tuoi chua lam giay khai sinh do vo chong di lam xa. Gio lam khai sinh qua han thi bi phat ko, can giay chung sinh ban goc hay ban sao? Ve xa lam hay len dau a?
Em cam on.
""", place="xa Tien Duoc", topic="civil_status", unit="xa-soc-son",
        why="Late birth registration; former commune Tiên Dược lies in xa-soc-son.")

    add("khieu-nai-tu-choi-khai-sinh-cau-giay", to="thanh-tra",
        sender=("Bùi Văn Định", "dinh.buivan@example.org"),
        subject="Khiếu nại việc UBND phường Cầu Giấy từ chối đăng ký khai sinh",
        text="""Kính gửi Thanh tra thành phố,

Tôi khiếu nại văn bản số 412/UBND-TP ngày 16/11/2026 của UBND phường Cầu Giấy từ chối đăng ký khai sinh cho con tôi với lý do "chưa đủ giấy tờ chứng minh quan hệ cha con", trong khi vợ chồng tôi có giấy chứng nhận kết hôn hợp lệ.
Đề nghị UBND phường Cầu Giấy xem xét lại và đăng ký khai sinh cho cháu.

Bùi Văn Định
""", topic="civil_status", unit="phuong-cau-giay", letter="complaint",
        why="Complaint about a ward's refusal names the issuer (the ward), sent to the inspectorate; not harassment.")


def letters_certification():
    add("chung-thuc-ban-sao-xep-hang", to="phuong-ba-dinh",
        sender=("Tạ Thu Hương", "huong.tathu@example.com"),
        subject="Chứng thực bản sao phải xếp hàng từ 6 giờ sáng",
        text="""Kính gửi UBND phường Ba Đình,

Mỗi sáng thứ Hai tôi phải xếp hàng từ 6 giờ để lấy số chứng thực bản sao từ bản chính, mỗi buổi chỉ phát 40 số, đến lượt tôi thì hết số.
Đề nghị phường tăng thêm quầy chứng thực hoặc cho đặt lịch trực tuyến.

Tạ Thu Hương
""", topic="certification", unit="phuong-ba-dinh",
        why="Queue for certified copies at the ward named.")

    add("chung-thuc-chu-ky-giay-uy-quyen", to="so-tp",
        sender=("Le Hoang Nam", "nam.lehoang@example.net"),
        subject="phuong ko chung thuc chu ky giay uy quyen",
        text="""Kinh gui So Tu phap,

Toi mang giay uy quyen cho em trai di nhan luong huu thay toi den UBND P. Cau Giay xin chung thuc chu ky, can bo bao loai giay nay phai ra van phong cong chung, phuong ko chung thuc.
Theo toi biet giay uy quyen ko co thu lao thi chung thuc chu ky o UBND cap xa duoc. De nghi lam ro.
Nam
""", topic="certification", unit="phuong-cau-giay",
        why="Ward refusing to certify a signature: the ward's certification matter, sent to so-tp.")

    add("chung-thuc-hop-dong-tang-cho-soc-son", to="xa-soc-son",
        sender=("Nguyễn Thị Lụa", "lua.nguyenthi@example.org"),
        subject="Chứng thực hợp đồng tặng cho xe máy",
        text="""Kính gửi UBND xã Sóc Sơn,

Tôi muốn chứng thực hợp đồng tặng cho xe máy cho con trai tại xã. Cán bộ tư pháp hẹn ba lần vẫn chưa làm được vì "phần mềm lỗi". Xin hỏi khi nào xã giải quyết được, hay tôi phải đi công chứng ở nơi khác?

Nguyễn Thị Lụa
""", topic="certification", unit="xa-soc-son",
        why="Certifying a gift contract at the commune named.")

    add("ban-sao-tu-so-goc-hang-buom", to="ubnd-tp",
        sender=("Do Thi Thanh Tam", "thanhtam.do@example.com"),
        subject="xin cap ban sao tu so goc bang tot nghiep",
        text="""Kinh gui UBND TP,

Toi can chung thuc ban sao bang tot nghiep va hoc ba de nop ho so xin viec. Nha toi o pho Hang Buom, cho hoi ra dau chung thuc ban sao nhanh nhat, co phai mang ban chinh ko? Phong mot cua gan nha bao chi nhan buoi sang.
Tam
""", place="pho Hang Buom", topic="certification", unit="phuong-hoan-kiem",
        why="Certified copies; only a street of the old quarter locates the citizen (Hoàn Kiếm).")

    add("chung-thuc-dien-tu-loi", to="phuong-cau-giay",
        sender=("Vương Đình Huấn", "huan.vuongdinh@example.net"),
        subject="Chứng thực bản sao điện tử trả kết quả bị lỗi file",
        text="""Kính gửi phường Cầu Giấy,

Tôi nộp yêu cầu chứng thực bản sao điện tử từ bản chính qua Cổng dịch vụ công, chọn nơi thực hiện là UBND phường Cầu Giấy. Kết quả trả về là tệp PDF không mở được, báo lỗi chữ ký số. Tôi đã nộp phí 6.000 đồng.
Đề nghị phường kiểm tra và gửi lại bản chứng thực.

Vương Đình Huấn
""", topic="certification", unit="phuong-cau-giay",
        why="Electronic certified copy broken, at the ward named.")

    add("chung-thuc-ban-chinh-ep-plastic", to="ubnd-tp",
        sender=("Hoang Van Binh", "binh.hv1960@example.org"),
        subject="bi tu choi chung thuc ban sao vi ban chinh ep plastic",
        text="""Kinh gui UBND thanh pho,

Toi mang bang lai xe va bang tot nghiep di chung thuc ban sao tai bo phan mot cua gan pho Quan Thanh, can bo tu choi vi ban chinh da ep plastic, bao phai boc ra moi chung thuc. Bang cua toi ep tu nam 1985, boc ra thi rach.
De nghi huong dan ro truong hop nay co duoc chung thuc ban sao ko.
Binh
""", place="pho Quan Thanh", topic="certification", unit="phuong-ba-dinh",
        why="Certified copy refused (laminated original); only phố Quán Thánh locates the office (Ba Đình).")


def letters_garbage():
    add("rac-canh-cho-chau-long", to="ubnd-tp",
        sender=("Nguyễn Thị Thanh Xuân", "xuan.ntt@example.com"),
        subject="Rác tập kết cạnh chợ bốc mùi cả tuần",
        text="""Kính gửi Ủy ban nhân dân thành phố,

Điểm tập kết rác cạnh chợ Châu Long mấy tuần nay không được thu gom đúng giờ, rác để từ sáng đến tối, nước rỉ rác chảy ra lòng đường, ruồi nhặng bâu kín, người đi chợ phải bịt mũi.
Đề nghị chỉ đạo đơn vị vệ sinh môi trường thu gom đúng giờ và chuyển điểm tập kết vào chỗ kín.

Nguyễn Thị Thanh Xuân
""", place="chợ Châu Long", topic="garbage", unit="phuong-ba-dinh",
        why="Garbage by a market (Châu Long, Ba Đình) that is the only location; sent to the city office.")

    add("do-rac-tren-pho-ta-hien", to="phuong-hoan-kiem",
        sender=("Tran Quang Minh", "minhtq.hk@example.net"),
        subject="quan nhau do rac ra duong sau 12h dem",
        text="""Chao phuong,

Cac quan nhau tren pho Ta Hien sau 12h dem do rac thai, vo chai, thuc an thua ra giua duong cho xe rac nhung xe rac 5h sang moi den, cho meo boi tung toe. Sang ra dan pho phai tu quet.
De nghi phuong nhac nho cac quan va bo tri gio thu gom hop ly.
Minh - to dan pho so 6
""", place="pho Ta Hien", topic="garbage", unit="phuong-hoan-kiem",
        why="Night-time rubbish on Tạ Hiện; street only.")

    add("bai-rac-tu-phat-den-soc", to="so-tnmt",
        sender=("Lê Văn Thắng", "thang.levan.ss@example.org"),
        subject="Bãi rác tự phát gần đền Sóc",
        text="""Kính gửi Sở Tài nguyên và Môi trường,

Dọc con đường dẫn vào khu di tích đền Sóc có một bãi rác tự phát dài gần 50 mét, người ta đổ cả phế thải xây dựng, túi ni lông, xác động vật. Trời nắng bốc mùi, trời mưa thì trôi xuống ruộng.
Mong các cơ quan chức năng vào cuộc dọn dẹp và xử phạt người đổ trộm.

Lê Văn Thắng
""", place="đền Sóc", topic="garbage", unit="xa-soc-son",
        why="Illegal dump near a landmark (đền Sóc, Sóc Sơn); sent to the environment department.")

    add("xe-rac-ko-den-duy-tan", to="phuong-cau-giay",
        sender=("Pham Thu Trang", "trang.pt.duytan@example.com"),
        subject="xe thu gom rac ko den 3 ngay",
        text="""Kinh gui UBND phuong,

Ngo nha em o pho Duy Tan 3 ngay nay xe thu gom rac ko vao, rac cac nha de ngoai cua ca dong, nhieu nha phai mang di do o ngo khac. Goi so dien thoai cua cong ty moi truong thi ko ai bat may.
Nho phuong don doc giup.
Trang
""", place="pho Duy Tan", topic="garbage", unit="phuong-cau-giay",
        why="Collection missed on Duy Tân street (Cầu Giấy).")

    add("phan-loai-rac-tai-nguon-ba-dinh", to="phuong-ba-dinh",
        sender=("Quách Văn Tú", "tu.quach@example.net"),
        subject="Phân loại rác tại nguồn nhưng xe gom lại đổ chung",
        text="""Kính gửi UBND phường Ba Đình,

Khu tập thể nhà tôi ở phường Ba Đình đã thực hiện phân loại rác tại nguồn theo hướng dẫn, mỗi nhà hai thùng. Nhưng công nhân thu gom lại đổ chung tất cả vào một xe, làm người dân nản không muốn phân loại nữa.
Đề nghị phường làm việc với đơn vị thu gom.

Quách Văn Tú
""", topic="garbage", unit="phuong-ba-dinh",
        why="Sorted waste mixed again by the collectors, ward named.")

    add("rac-thai-y-te-ngo-xuan-thuy", to="so-xd",
        sender=("Nguyen Thi Hien", "hien.nguyen.cg@example.org"),
        subject="phong kham vut rac y te ra thung rac cong cong",
        text="""Kinh gui cac co quan chuc nang,

Phong kham nha khoa dau ngo 165 Xuan Thuy hang ngay bo kim tiem, bong bang, gang tay da dung vao thung rac chung cua khu dan cu. Tre con hay ra do choi, rat nguy hiem.
De nghi kiem tra va xu ly viec do rac thai y te ko dung quy dinh.
Hien
""", place="Xuan Thuy", topic="garbage", unit="phuong-cau-giay",
        why="Medical waste in public bins, located only by a lane of Xuân Thủy (Cầu Giấy); sent to so-xd.")

    add("dot-rac-khu-dan-cu-phu-linh", to="xa-soc-son",
        sender=("Dương Thị Nga", "nga.duongthi@example.com"),
        subject="Đốt rác gây khói độc mỗi tối",
        text="""Kính gửi UBND xã Sóc Sơn,

Ở thôn tôi thuộc xã Phù Linh cũ, mấy hộ gom phế liệu tối nào cũng đốt rác, dây điện, nhựa để lấy đồng, khói đen bay vào nhà, trẻ con ho suốt.
Mong xã kiểm tra, xử lý việc đốt rác lộ thiên.

Dương Thị Nga
""", place="xã Phù Linh", topic="garbage", unit="xa-soc-son",
        why="Open burning of rubbish, former commune Phù Linh (Sóc Sơn).")

    add("thung-rac-tran-pho-hang-be", to="phuong-hoan-kiem",
        sender=("Le Thi Mai", "mai.le.hangbe@example.net"),
        subject="thung rac cong cong tran ra via he",
        text="""Kinh gui phuong,

Hai thung rac cong cong dau pho Hang Be luc nao cung tran, khach du lich vut them vao thanh dong ngay ben canh. Buoi toi chuot chay ra vao.
De nghi tang so lan thu gom hoac dat them thung.
Mai
""", place="pho Hang Be", topic="garbage", unit="phuong-hoan-kiem",
        why="Overflowing bins on Hàng Bè (Hoàn Kiếm).")


def letters_noise():
    add("karaoke-ngo-tran-dang-ninh", to="ca-tp",
        sender=("Vũ Thị Thu Hà", "thuha.vu@example.com"),
        subject="Karaoke di động hát đến nửa đêm",
        text="""Kính gửi Công an thành phố,

Nhà hàng xóm trong ngõ 91 Trần Đăng Ninh tối nào cũng bật loa kéo hát karaoke từ 8 giờ tối đến 12 giờ đêm, âm lượng rất lớn. Nhà tôi có con nhỏ đang ôn thi và mẹ già bị huyết áp cao.
Mong các anh chị xử lý tiếng ồn.

Vũ Thị Thu Hà
""", place="Trần Đăng Ninh", topic="noise", unit="phuong-cau-giay",
        why="Karaoke noise; the lane of Trần Đăng Ninh lies in Cầu Giấy; sent to the police.")

    add("bar-pho-co-nhac-to", to="phuong-hoan-kiem",
        sender=("David Nguyen", "david.nguyen@example.org"),
        subject="bar mo nhac qua to den 2h sang",
        text="""Chao UBND phuong Hoan Kiem,

Toi thue nha o pho Luong Van Can, 2 quan bar gan do mo nhac dien tu bass rat to den 2h sang, ca tuan, ko chi cuoi tuan. Kinh cua nha toi rung len. Toi da phan anh qua ung dung nhung chua thay thay doi.
Mong phuong kiem tra do tieng on va xu ly.
David
""", topic="noise", unit="phuong-hoan-kiem",
        why="Bar noise, ward named; a street as well.")

    add("xuong-go-chay-may-dem", to="xa-soc-son",
        sender=("Nguyen Van Toan", "toan.nv.ss@example.com"),
        subject="xuong go chay may cua xe go ca dem",
        text="""Kinh gui UBND xa Soc Son,

Xuong go canh nha toi o thon Ha, xa Soc Son, chay may cua, may bao tu 5h sang den 11h dem, tieng on rat lon, bui go bay sang nha. Toi da gap chu xuong nhung ho ko nghe.
De nghi xa do tieng on va xu ly.
Toan
""", topic="noise", unit="xa-soc-son",
        why="Sawmill noise at the commune named, no diacritics.")

    add("thi-cong-dem-tran-thai-tong", to="so-xd",
        sender=("Đặng Thị Hòa", "hoa.dangthi@example.net"),
        subject="Công trình thi công đổ bê tông lúc 1 giờ sáng",
        text="""Kính gửi Sở Xây dựng,

Công trình tòa nhà văn phòng trên phố Trần Thái Tông mấy đêm liền đổ bê tông, xe bồn, máy bơm chạy ầm ầm từ 11 giờ đêm đến 4 giờ sáng. Cả khu dân cư không ai ngủ được.
Đề nghị yêu cầu chủ đầu tư không thi công gây ồn vào ban đêm.

Đặng Thị Hòa
""", place="phố Trần Thái Tông", topic="noise", unit="phuong-cau-giay",
        why="Night construction noise (not a permit issue) on Trần Thái Tông (Cầu Giấy); sent to so-xd.")

    add("loa-nhom-aerobic-ho-truc-bach", to="phuong-ba-dinh",
        sender=("Trinh Minh Tuan", "tuan.trinhminh@example.org"),
        subject="nhom nhay aerobic mo loa to o vuon hoa",
        text="""Kinh gui UBND P. Ba Dinh,

Sang nao tu 5h nhom tap aerobic o vuon hoa canh ho Truc Bach cung mo loa rat to, ca day nha ven ho bi danh thuc. Chung toi ko phan doi tap the duc nhung de nghi giam am luong va bat dau sau 6h.
Tuan
""", topic="noise", unit="phuong-ba-dinh",
        why="Loudspeaker of an exercise group, ward named.")

    add("quan-nhau-hang-bun", to="ubnd-tp",
        sender=("Nguyễn Văn Chiến", "chien.nguyenvan@example.com"),
        subject="Quán nhậu hò hét, bật nhạc đến khuya",
        text="""Kính gửi UBND thành phố,

Hai quán nhậu trên phố Hàng Bún kê bàn kín vỉa hè thì chúng tôi đã quen, nhưng gần đây họ lắp thêm loa, bật nhạc sàn và khách hò hét, cụng ly đến 1 giờ sáng. Tiếng ồn làm cả dãy phố mất ngủ.
Mong được giải quyết dứt điểm.

Nguyễn Văn Chiến
""", place="phố Hàng Bún", topic="noise", unit="phuong-ba-dinh",
        why="Pub noise on Hàng Bún (Ba Đình); encroachment mentioned in passing, the complaint is noise.")

    add("may-phat-dien-nha-hang", to="phuong-cau-giay",
        sender=("Chu Thi Lan", "lan.chuthi@example.net"),
        subject="nha hang dat may phat dien va quat hut sat cua so nha dan",
        text="""Chao phuong Cau Giay,

Nha hang lau o pho Nguyen Phong Sac dat quat hut khoi va may nen dieu hoa ngay sat cua so phong ngu nha toi, chay tu 10h sang den 11h dem, tieng u u lien tuc. Do tren dien thoai len toi 70dB.
Mong phuong kiem tra tieng on.
Lan
""", topic="noise", unit="phuong-cau-giay",
        why="Restaurant machinery noise, ward named.")

    add("khieu-nai-qd-phat-tieng-on-hoan-kiem", to="ubnd-tp",
        sender=("Lã Thị Thủy", "thuy.lathi@example.org"),
        subject="Khiếu nại quyết định xử phạt về gây tiếng ồn",
        text="""Kính gửi Ủy ban nhân dân thành phố,

Tôi là chủ quán cà phê trên phố Hàng Bạc. Tôi khiếu nại Quyết định số 1187/QĐ-XPHC ngày 20/11/2026 của Chủ tịch UBND phường Hoàn Kiếm xử phạt tôi 6.000.000 đồng về hành vi gây tiếng ồn vượt quy chuẩn.
Biên bản không có kết quả đo tiếng ồn, chỉ ghi theo phản ánh của một người hàng xóm. Đề nghị xem xét hủy quyết định.

Lã Thị Thủy
""", topic="noise", unit="phuong-hoan-kiem", letter="complaint",
        why="Complaint about a ward's noise penalty: to the issuing ward; sent to the city office.")


def letters_illegal_construction():
    add("xay-tang-5-khong-phep-ngo-chau-long", to="phuong-ba-dinh",
        sender=("Phạm Văn Hưng", "hung.phamvan@example.net"),
        subject="Nhà xây thêm tầng 5 không phép",
        text="""Kính gửi UBND phường,

Nhà số 12 ngõ Châu Long đang lén xây thêm tầng 5 và tum, thi công ban đêm, che bạt kín. Khu này là phố cũ, nhà xung quanh chỉ 3-4 tầng, nhà tôi bên cạnh đã bị nứt tường.
Đề nghị phường kiểm tra giấy phép và đình chỉ thi công.

Phạm Văn Hưng
""", place="ngõ Châu Long", topic="illegal_construction", unit="phuong-ba-dinh",
        why="Extra storey built without permit, lane only (Châu Long, Ba Đình).")

    add("co-noi-sai-phep-ma-may", to="so-xd",
        sender=("Hoang Anh Tuan", "tuan.hoanganh@example.com"),
        subject="nha pho co tu y pha mat tien, co noi sai phep",
        text="""Kinh gui So Xay dung,

Nha so 4x pho Ma May (nha co thuoc danh muc bao ton) dang bi chu moi pha het mat tien go cu, lam lai bang kinh va sat, co noi len them 1 tang. Toi nghi viec nay sai phep vi nha trong khu pho co.
De nghi kiem tra, xu ly.
Tuan
""", place="pho Ma May", topic="illegal_construction", unit="phuong-hoan-kiem",
        why="Unpermitted works on a heritage house on Mã Mây (Hoàn Kiếm); sent to so-xd.")

    add("nha-xuong-tren-dat-nong-nghiep-tan-minh", to="so-tnmt",
        sender=("Nguyễn Thị Hạnh", "hanh.nguyenthi.ss@example.org"),
        subject="Xây nhà xưởng kiên cố trên đất nông nghiệp",
        text="""Kính gửi Sở,

Ở cánh đồng thôn tôi, xã Tân Minh cũ, có người đổ đất lấp ruộng rồi dựng nhà xưởng khung thép hơn 1.000 m2 để làm kho chứa hàng. Xây xong gần hết mà không thấy ai kiểm tra.
Đề nghị cơ quan chức năng xử lý công trình xây dựng trái phép này.

Nguyễn Thị Hạnh
""", place="xã Tân Minh", topic="illegal_construction", unit="xa-soc-son",
        why="Warehouse on farmland; former commune Tân Minh is in Sóc Sơn; land words are decoys.")

    add("coi-noi-ban-cong-xuan-thuy", to="phuong-cau-giay",
        sender=("Ly Van Khoa", "khoa.lyvan@example.net"),
        subject="nha ben canh coi noi ban cong sang nha toi",
        text="""Kinh gui UBND phuong Cau Giay,

Nha hang xom o ngach 4 ngo 175 Xuan Thuy dang sua nha, coi noi ban cong tang 2, tang 3 lan sang khong gian nha toi gan 1m, lam che het cua so. Toi hoi thi ho bao da xin phep roi nhung ko treo bien bao cong trinh.
De nghi phuong kiem tra.
Khoa
""", topic="illegal_construction", unit="phuong-cau-giay",
        why="Balconies built out over a neighbour; ward named.")

    add("to-cao-ho-xay-trai-phep-hang-dao", to="thanh-tra",
        sender=("Trần Thị Kim", "kim.tranthi@example.com"),
        subject="Tố cáo hộ gia đình xây dựng trái phép trên phố Hàng Đào",
        text="""Kính gửi Thanh tra thành phố,

Tôi tố cáo hộ gia đình ông Q. ở phố Hàng Đào phá dỡ nhà cũ và xây mới 6 tầng, vượt chiều cao cho phép trong khu phố cổ, không có giấy phép xây dựng treo tại công trình.
Việc tố cáo nhằm vào hộ gia đình xây sai, không phải cán bộ. Đề nghị chuyển đến chính quyền địa phương xử lý.

Trần Thị Kim
""", place="phố Hàng Đào", topic="illegal_construction", unit="phuong-hoan-kiem",
        letter="denunciation",
        why="A denunciation of a household (not officials) is the ward's illegal-construction case; Hàng Đào is in Hoàn Kiếm.")

    add("xay-nha-khong-phep-soc-son", to="xa-soc-son",
        sender=("Nguyen Thi Bay", "bay.nguyenthi@example.org"),
        subject="hang xom xay nha 3 tang ko co giay phep",
        text="""Kinh gui UBND xa Soc Son,

Nha hang xom dang xay nha 3 tang nhung ko treo giay phep xay dung, ko co bien bao cong trinh, ko che chan, vat lieu roi sang mai nha toi. Toi hoi thi ho bao xay truoc xin phep sau.
De nghi xa kiem tra, dinh chi thi cong neu xay khong phep.
Bay
""", topic="illegal_construction", unit="xa-soc-son",
        why="A house built without a permit, commune named.")

    add("khieu-nai-qd-cuong-che-ba-dinh", to="so-xd",
        sender=("Tô Văn Lực", "luc.tovan@example.net"),
        subject="Khiếu nại Quyết định cưỡng chế phá dỡ phần công trình",
        text="""Kính gửi Sở Xây dựng,

Tôi khiếu nại Quyết định số 86/QĐ-UBND ngày 30/10/2026 của UBND phường Ba Đình về việc cưỡng chế phá dỡ phần công trình xây dựng sai phép tại nhà tôi (phần mái che sân thượng).
Phần mái che là kết cấu tạm, tháo lắp được, không phải xây thêm tầng. Tôi đề nghị tạm dừng cưỡng chế và xem xét lại quyết định.

Tô Văn Lực
""", topic="illegal_construction", unit="phuong-ba-dinh", letter="complaint",
        why="Complaint about a ward's demolition decision: the issuing ward; sent to so-xd.")


def letters_encroachment():
    add("via-he-hang-ngang-do-xe", to="phuong-hoan-kiem",
        sender=("Ngô Minh Thư", "thu.ngominh@example.com"),
        subject="Vỉa hè bị chiếm làm chỗ trông xe, người đi bộ phải xuống lòng đường",
        text="""Kính gửi UBND phường Hoàn Kiếm,

Toàn bộ vỉa hè phố Hàng Ngang đoạn gần chợ Đồng Xuân bị các cửa hàng chiếm để xe máy của khách và bày hàng, người đi bộ phải đi xuống lòng đường rất nguy hiểm, nhất là người già và trẻ em.
Đề nghị phường lập lại trật tự vỉa hè.

Ngô Minh Thư
""", topic="encroachment", unit="phuong-hoan-kiem",
        why="Pavement taken for parking and goods, ward named.")

    add("cho-coc-truoc-truong-dh-su-pham", to="ubnd-tp",
        sender=("Luu Thi Hoa", "hoa.luuthi@example.net"),
        subject="cho coc lan chiem long duong truoc cong truong",
        text="""Kinh gui UBND TP,

Buoi sang va chieu, cho coc hop ngay truoc cong Truong Dai hoc Su pham Ha Noi tren duong Xuan Thuy, hang rong bay ca xuong long duong, sinh vien ra vao va xe buyt dung do rat kho, da co va cham.
De nghi dep cho coc lan chiem.
Hoa
""", place="Truong Dai hoc Su pham Ha Noi", topic="encroachment", unit="phuong-cau-giay",
        why="Street market in front of a university gate (Xuân Thủy, Cầu Giấy); sent to the city office.")

    add("quan-cafe-lan-chiem-ho-truc-bach", to="phuong-ba-dinh",
        sender=("Đào Quang Huy", "huy.daoquang@example.org"),
        subject="Quán cà phê kê bàn ghế tràn ra đường ven hồ",
        text="""Kính gửi UBND phường Ba Đình,

Dọc phố Trúc Bạch, các quán cà phê, quán ốc kê bàn ghế kín vỉa hè và lấn ra cả lòng đường ven hồ, xe ô tô không tránh được nhau. Tối thứ Bảy, Chủ nhật gần như tắc đường.
Đề nghị phường kiểm tra, xử lý.

Đào Quang Huy
""", topic="encroachment", unit="phuong-ba-dinh",
        why="Cafés on the lakeside road, ward named.")

    add("lan-chiem-hanh-lang-duong-soc-son", to="so-gtvt",
        sender=("Nguyen Van Dung", "dung.nv.ss@example.com"),
        subject="hang quan lan chiem hanh lang quoc lo 3",
        text="""Kinh gui So GTVT,

Doan Quoc lo 3 qua trung tam xa Soc Son, cac hang quan, tiem sua xe dung lan tre, mai ton lan ra ca hanh lang an toan duong bo, xe tai do ngay tren le. Chieu toi rat nguy hiem.
De nghi xa va cac co quan ra quan giai toa lan chiem.
Dung
""", topic="encroachment", unit="xa-soc-son",
        why="Encroachment on a highway corridor in the named commune (not road damage); sent to so-gtvt.")

    add("ban-hang-rong-cau-go", to="phuong-hoan-kiem",
        sender=("Phan Thi Ngoc", "ngoc.phanthi@example.org"),
        subject="hang an via he chiem het loi di pho Cau Go",
        text="""Kinh gui phuong,

Toi o pho Cau Go. Tu 5h chieu cac hang an ke ban ghe, bep nuong chiem kin via he va lan ra 1/3 long duong, khoi bay vao nha dan, xe cuu hoa ko vao dc neu co chay.
Mong phuong lap lai trat tu.
Ngoc
""", place="pho Cau Go", topic="encroachment", unit="phuong-hoan-kiem",
        why="Food stalls on Cầu Gỗ street (Hoàn Kiếm); street only.")

    add("gara-o-to-chiem-via-he-dich-vong-hau", to="phuong-cau-giay",
        sender=("Ông Văn Thịnh", "thinh.ongvan@example.net"),
        subject="Gara ô tô sửa xe trên vỉa hè",
        text="""Kính gửi Ủy ban nhân dân phường,

Một gara ô tô ở phố Dịch Vọng Hậu đưa xe ra sửa, rửa ngay trên vỉa hè, dầu mỡ chảy loang, người đi bộ phải xuống lòng đường. Khu này thuộc phường Dịch Vọng Hậu cũ.
Đề nghị phường xử lý việc lấn chiếm vỉa hè.

Ông Văn Thịnh
""", place="phường Dịch Vọng Hậu", topic="encroachment", unit="phuong-cau-giay",
        why="Garage on the pavement; located by a street and former ward Dịch Vọng Hậu (Cầu Giấy).")

    add("khieu-nai-qd-phat-via-he-hoan-kiem", to="thanh-tra",
        sender=("Tran Van Hung", "hung.tv.hangbac@example.com"),
        subject="khieu nai quyet dinh xu phat lan chiem via he",
        text="""Kinh gui Thanh tra TP,

Toi khieu nai Quyet dinh xu phat so 1203/QD-XPHC ngay 24/11/2026 cua Chu tich UBND phuong Hoan Kiem phat toi 3.000.000d vi "lan chiem via he". Hom do toi chi dang boc hang tu xe tai vao nha trong 10 phut, ko bay hang ban.
De nghi xem xet huy quyet dinh.
Hung
""", topic="encroachment", unit="phuong-hoan-kiem", letter="complaint",
        why="Complaint about a ward's pavement penalty: to the ward that issued it; sent to the inspectorate.")

    add("dung-lieu-dam-cuoi-chiem-duong-soc-son", to="xa-soc-son",
        sender=("Kiều Thị Thúy", "thuy.kieuthi@example.org"),
        subject="Dựng rạp đám cưới chiếm toàn bộ đường liên thôn ba ngày",
        text="""Kính gửi UBND xã Sóc Sơn,

Một gia đình trong thôn dựng rạp đám cưới chắn ngang toàn bộ đường liên thôn suốt ba ngày, xe máy, xe cứu thương không đi qua được, học sinh phải đi vòng 2 km.
Đề nghị xã nhắc nhở, xử lý và yêu cầu tháo dỡ rạp đúng hẹn.

Kiều Thị Thúy
""", topic="encroachment", unit="xa-soc-son",
        why="A wedding tent blocking a village road, commune named.")


def letters_flooding():
    add("ngap-sau-mua-duy-tan", to="phuong-cau-giay",
        sender=("Mai Thị Phương", "phuong.maithi@example.com"),
        subject="Phố ngập sâu nửa mét sau mỗi trận mưa",
        text="""Kính gửi các cơ quan chức năng,

Đoạn đầu phố Duy Tân cứ mưa quá 30 phút là ngập sâu khoảng nửa mét, nước không thoát được, xe máy chết máy hàng loạt, nước tràn vào cả tầng hầm các tòa nhà.
Đề nghị nạo vét hệ thống thoát nước và lắp thêm cống.

Mai Thị Phương
""", topic="flooding", unit="so-xd",
        why="Street flooding sent to the ward; drainage is so-xd's whatever the street.")

    add("nap-cong-vo-ly-thuong-kiet", to="so-gtvt",
        sender=("Nguyen Hoang Long", "long.nh@example.net"),
        subject="nap cong thoat nuoc vo tren via he",
        text="""Kinh gui So GTVT,

Nap ho ga thoat nuoc truoc so 40 Ly Thuong Kiet bi vo 1 nua, lo ra mieng cong sau, buoi toi ko co den. Hom qua mot chau be suyt nga xuong. Ben canh co ca dong rac lam tac cong.
De nghi thay nap cong gap.
Long
""", topic="flooding", unit="so-xd",
        why="Broken drain cover (drainage, so-xd), sent to the transport department; 'rác' is a decoy.")

    add("cong-thoat-nuoc-ngo-hang-bac-tac", to="phuong-hoan-kiem",
        sender=("Lê Thị Bình", "binh.lethi.hb@example.org"),
        subject="Cống thoát nước trong ngõ bị tắc, nước thải tràn lên",
        text="""Kính gửi UBND phường,

Cống thoát nước chung trong ngõ nhà tôi trên phố Hàng Bạc bị tắc cả tháng nay, nước thải tràn lên mặt ngõ, mùi hôi thối. Trời mưa thì nước tràn vào nhà.
Đề nghị đơn vị thoát nước đến thông cống.

Lê Thị Bình
""", topic="flooding", unit="so-xd",
        why="Blocked sewer in an old-quarter lane, sent to the ward: drainage is so-xd's.")

    add("ngap-ung-duong-lien-xa-soc-son", to="so-xd",
        sender=("Phi Van Thanh", "thanh.phivan@example.com"),
        subject="mua la ngap, muong thoat nuoc bi lap",
        text="""Kinh gui So Xay dung,

O xa Soc Son, khu dan cu moi lam xong lap mat muong thoat nuoc cu, gio cu mua to la nuoc tu ruong tran vao nha dan, ngap 30-40cm, co nha phai ke do len cao.
De nghi kiem tra lai he thong thoat nuoc khu vuc.
Thanh
""", topic="flooding", unit="so-xd",
        why="Flooding after a ditch was filled, right department, no diacritics.")

    add("nuoc-ngap-ham-chung-cu", to="ubnd-tp",
        sender=("Đoàn Thị Mỹ", "my.doanthi@example.net"),
        subject="Tầng hầm chung cư ngập nước vì cống chung quá tải",
        text="""Kính gửi UBND thành phố,

Tầng hầm tòa chung cư chúng tôi ở phường Ba Đình bị ngập nước ba lần trong tháng vì cống thoát nước chung trên phố quá tải, nước chảy ngược vào hầm làm hỏng hàng chục xe máy.
Đề nghị thành phố chỉ đạo cải tạo tuyến cống thoát nước khu vực.

Đoàn Thị Mỹ
""", topic="flooding", unit="so-xd",
        why="Basement flooding from an overloaded sewer, sent to the city office; the ward is a decoy.")

    add("ho-ga-boc-mui-tran-nuoc", to="so-xd",
        sender=("Trieu Thi Van", "van.trieuthi@example.org"),
        subject="ho ga tran nuoc ban moi khi mua",
        text="""Kinh gui So XD,

Ho ga o dau ngo 20 Tran Quoc Vuong moi khi mua lai trao nuoc ban len duong, boc mui kinh khung, cong ngam chac bi vo. Da goi duong day nong thoat nuoc 2 lan.
Mong som xu ly.
Van
""", topic="flooding", unit="so-xd",
        why="Manhole overflowing when it rains, right department.")

    add("muong-thoat-nuoc-lo-thien", to="phuong-ba-dinh",
        sender=("Hồ Sỹ Tâm", "tam.hosy@example.com"),
        subject="Mương thoát nước lộ thiên đầy bùn, mưa là tràn",
        text="""Kính gửi phường Ba Đình,

Mương thoát nước lộ thiên sau dãy nhà tập thể của chúng tôi đầy bùn và rác, mưa to là nước tràn ngược vào các nhà tầng một. Muỗi sinh sôi rất nhiều.
Đề nghị nạo vét mương và có kế hoạch cống hóa.

Hồ Sỹ Tâm
""", topic="flooding", unit="so-xd",
        why="Open drainage ditch silted, sent to the ward; 'rác' and mosquitoes are decoys.")

    add("ngap-nut-giao-xuan-thuy", to="so-gtvt",
        sender=("Nguyen Thanh Son", "son.nguyenthanh@example.net"),
        subject="nut giao Xuan Thuy ngap nang, xe chet may",
        text="""Kinh gui So GTVT,

Nut giao Xuan Thuy - Tran Dang Ninh cu mua lon la ngap sau, xe may chet may giua duong, o to chay qua tat nuoc vao nguoi di duong. Toi nghi can kiem tra cong thoat nuoc o day vi nam nao cung the.
Son
""", topic="flooding", unit="so-xd",
        why="Flooded junction, sent to the transport department; drainage is so-xd's.")


def letters_water():
    add("mat-nuoc-ba-ngay-tran-thai-tong", to="phuong-cau-giay",
        sender=("Vi Thị Hồng", "hong.vithi@example.org"),
        subject="Mất nước sinh hoạt ba ngày liền không báo trước",
        text="""Kính gửi UBND phường Cầu Giấy,

Khu nhà tôi ở phố Trần Thái Tông bị mất nước sạch ba ngày liền, công ty nước không thông báo trước, gọi tổng đài chỉ nói đang sửa đường ống. Nhiều gia đình có người già, trẻ nhỏ phải mua nước bình.
Đề nghị các cơ quan đôn đốc cấp nước trở lại.

Vi Thị Hồng
""", topic="water", unit="so-xd",
        why="Water supply cut, sent to the ward: water is so-xd's; ward and street are decoys.")

    add("nuoc-may-co-can-soc-son", to="xa-soc-son",
        sender=("Nguyen Van Khanh", "khanh.nv.ss@example.com"),
        subject="nuoc may co can ban, mui clo nang",
        text="""Kinh gui xa,

Tu dau thang 11 nuoc may nha toi co can mau nau, de mot dem thay lang duoi day xo, mui clo rat nang. Ca khu dung chung tuyen ong deu bi. Toi ko dam cho con uong.
De nghi kiem tra chat luong nuoc sach.
Khanh
""", topic="water", unit="so-xd",
        why="Dirty tap water, sent to the commune: water is so-xd's.")

    add("hoa-don-nuoc-tang-gap-ba", to="so-xd",
        sender=("Lò Thị Dung", "dung.lothi@example.net"),
        subject="Hóa đơn tiền nước tháng 11 tăng gấp ba",
        text="""Kính gửi Sở Xây dựng,

Gia đình tôi 3 người, mọi tháng dùng khoảng 12 m3 nước, riêng hóa đơn tháng 11 ghi 37 m3. Tôi đã kiểm tra không có chỗ nào rò rỉ, đồng hồ nước để ngoài ngõ không có khóa.
Đề nghị công ty cấp nước kiểm định đồng hồ và tính lại tiền nước.

Lò Thị Dung
""", topic="water", unit="so-xd",
        why="Water bill tripled, right department.")

    add("ong-nuoc-vo-ro-ri", to="so-gtvt",
        sender=("Hoang Van Quang", "quang.hv@example.org"),
        subject="ong nuoc sach vo, nuoc chay tran ra duong 2 ngay",
        text="""Kinh gui So GTVT,

Duong ong cap nuoc sach duoi via he pho Nguyen Phong Sac bi vo, nuoc phun len chay tran ra duong 2 ngay nay, cac nha xung quanh yeu nuoc, co nha mat nuoc. Lang phi qua.
De nghi bao cong ty nuoc sua gap.
Quang
""", topic="water", unit="so-xd",
        why="Burst water main, sent to the transport department: water supply is so-xd's.")

    add("chung-cu-khong-co-nuoc-tang-cao", to="ubnd-tp",
        sender=("Nghiêm Thị Huyền", "huyen.nghiem@example.com"),
        subject="Chung cư tầng cao không có nước vào giờ cao điểm",
        text="""Kính gửi Văn phòng UBND thành phố,

Tòa chung cư 25 tầng của chúng tôi từ tầng 15 trở lên không có nước vào buổi sáng và buổi tối, áp lực nước cấp vào bể ngầm quá yếu. Ban quản lý nói do công ty cấp nước giảm áp.
Đề nghị thành phố yêu cầu bảo đảm cấp nước sinh hoạt ổn định.

Nghiêm Thị Huyền
""", topic="water", unit="so-xd",
        why="No water on upper floors, sent to the city office.")

    add("xin-lap-dat-dong-ho-nuoc-moi", to="so-xd",
        sender=("Ha Thi Thu", "thu.hathi.tm@example.net"),
        subject="xin dau noi nuoc sach cho nha moi xay",
        text="""Chao So,

Nha toi moi xay xong o xa Tan Minh cu, khu nay da co duong ong nuoc sach chay qua nhung cong ty nuoc bao chua the dau noi, phai cho du an. Toi nop don xin lap dong ho nuoc tu thang 8 ma chua dc.
Mong So xem xet.
Thu
""", topic="water", unit="so-xd",
        why="New water connection refused, right department; a former commune as decoy.")

    add("nuoc-gieng-khoan-nhiem-asen", to="phuong-ba-dinh",
        sender=("Dương Văn Nam", "nam.duongvan@example.org"),
        subject="Chưa có nước máy, phải dùng nước giếng nhiễm asen",
        text="""Kính gửi Ủy ban,

Xóm tôi còn khoảng 20 hộ chưa được cấp nước máy, vẫn phải dùng nước giếng khoan, kết quả xét nghiệm có asen vượt ngưỡng. Gia đình tôi ở xã Sóc Sơn, xin lỗi nếu gửi nhầm địa chỉ.
Đề nghị sớm kéo đường ống cấp nước sạch về xóm.

Dương Văn Nam
""", topic="water", unit="so-xd",
        why="No mains water, sent to a ward far away: water is so-xd's.")


def letters_power():
    add("mat-dien-lien-tuc-quan-hoa", to="phuong-cau-giay",
        sender=("Tạ Văn Đức", "duc.tavan@example.com"),
        subject="Mất điện liên tục mỗi buổi tối",
        text="""Kính gửi phường Cầu Giấy,

Một tuần nay khu tập thể Quan Hoa tối nào cũng mất điện 2-3 lần, mỗi lần nửa tiếng, không có thông báo lịch cắt điện. Tủ lạnh, máy tính hỏng mấy cái.
Đề nghị ngành điện kiểm tra trạm biến áp.

Tạ Văn Đức
""", topic="power", unit="ubnd-tp",
        why="Power cuts, sent to the ward: power is ubnd-tp's.")

    add("cot-dien-nghieng-soc-son", to="xa-soc-son",
        sender=("Nguyen Thi Loan", "loan.nguyenthi.ss@example.net"),
        subject="cot dien nghieng sap do sau bao",
        text="""Kinh gui xa Soc Son,

Sau con bao vua roi, cot dien ha the o dau thon toi bi nghieng han, day dien vong xuong thap ngang dau nguoi, tre con di hoc qua rat nguy hiem. Da bao dien luc 1 tuan chua thay ai den.
De nghi xu ly gap.
Loan
""", topic="power", unit="ubnd-tp",
        why="Leaning power pole, sent to the commune.")

    add("hoa-don-tien-dien-tang-vot", to="ubnd-tp",
        sender=("Phạm Thị Hoa", "hoa.phamthi@example.org"),
        subject="Hóa đơn tiền điện tháng 11 tăng gần gấp đôi",
        text="""Kính gửi UBND thành phố,

Hóa đơn tiền điện tháng 11 của gia đình tôi là 1.850.000 đồng, trong khi các tháng trước chỉ khoảng 900.000 đồng, thời tiết đã lạnh, không dùng điều hòa. Nhân viên ghi chỉ số không đến nhà.
Đề nghị điện lực kiểm tra công tơ và giải thích.

Phạm Thị Hoa
""", topic="power", unit="ubnd-tp",
        why="Electricity bill doubled, right unit.")

    add("day-dien-chang-chit-hang-bac", to="phuong-hoan-kiem",
        sender=("Vu Quoc Bao", "bao.vuquoc@example.com"),
        subject="day dien chang chit, chap dien chay",
        text="""Kinh gui UBND phuong,

Day dien, day cap tren cot o dau ngo nha toi pho Hang Bac chang chit nhu mang nhen, toi qua bi chap chay ne lua, ca ngo mat dien. Nha co o day toan nha go, neu chay lan thi rat nguy.
De nghi dien luc bo lai day dien an toan.
Bao
""", topic="power", unit="ubnd-tp",
        why="Tangled power lines sparking, sent to the ward.")

    add("cat-dien-khong-bao-truoc-xuong-may", to="so-khdt",
        sender=("Trần Văn Sơn", "son.tranvan.ss@example.net"),
        subject="Cắt điện không báo trước làm xưởng may thiệt hại",
        text="""Kính gửi Sở,

Xưởng may của công ty chúng tôi ở xã Sóc Sơn bị cắt điện đột xuất 8 tiếng ngày 26/11 mà không có thông báo, 120 công nhân phải nghỉ, hỏng một lô hàng xuất khẩu.
Tôi gửi Sở Kế hoạch và Đầu tư vì là doanh nghiệp, mong được chuyển đến nơi có thẩm quyền về cung cấp điện.

Trần Văn Sơn
""", topic="power", unit="ubnd-tp",
        why="Unannounced power cut at a factory, sent to so-khdt because the writer is a company.")

    add("dien-ap-yeu-ba-dinh", to="ubnd-tp",
        sender=("Bui Thi Hanh", "hanh.buithi@example.org"),
        subject="dien ap yeu, bong den nhap nhay ca khu",
        text="""Kinh gui UBND TP,

Khu dan cu cua toi o P. Ba Dinh dien ap rat yeu vao buoi toi, bong den nhap nhay, may bom nuoc ko chay noi, dieu hoa tu ngat. Dien luc noi tram bien ap qua tai nhung chua co ke hoach nang cap.
De nghi xem xet nang cong suat tram bien ap.
Hanh
""", topic="power", unit="ubnd-tp",
        why="Low voltage, overloaded transformer; the ward is a decoy.")

    add("cong-to-dien-chay-nhanh", to="ca-tp",
        sender=("Lý Thị Phượng", "phuong.lythi@example.com"),
        subject="Công tơ điện chạy nhanh bất thường",
        text="""Kính gửi các anh chị,

Tôi nghi công tơ điện nhà tôi chạy nhanh bất thường: tắt hết thiết bị mà công tơ vẫn nhảy số. Tôi đã đề nghị điện lực kiểm định công tơ nhưng họ nói phải chờ đến tháng sau.
Mong cơ quan có thẩm quyền yêu cầu kiểm định sớm.

Lý Thị Phượng
""", topic="power", unit="ubnd-tp",
        why="Electricity meter running fast, sent to the police.")


def letters_roads():
    add("o-ga-quoc-lo-3-soc-son", to="xa-soc-son",
        sender=("Đỗ Minh Tiến", "tien.dominh@example.net"),
        subject="Quốc lộ 3 đoạn qua Sóc Sơn nhiều ổ gà sâu",
        text="""Kính gửi UBND xã Sóc Sơn,

Đoạn Quốc lộ 3 qua trung tâm xã có hàng chục ổ gà, ổ voi sâu 15-20 cm, trời mưa đọng nước không nhìn thấy, tuần trước hai vợ chồng đi xe máy ngã gãy tay.
Đề nghị xã báo cơ quan quản lý đường sửa chữa gấp.

Đỗ Minh Tiến
""", topic="roads", unit="so-gtvt",
        why="Potholes on a national road, sent to the commune: roads are so-gtvt's.")

    add("mat-duong-lun-sut-xuan-thuy", to="so-gtvt",
        sender=("Tran Thi Huong", "huong.tt.xt@example.com"),
        subject="mat duong bi lun sut sau khi dao duong",
        text="""Kinh gui So GTVT,

Sau khi don vi thi cong dao duong lap cap quang tren pho Xuan Thuy, mat duong tai vi tri hoan tra bi lun sut thanh ranh dai khoang 20m, xe may di qua rat de nga.
De nghi yeu cau don vi thi cong hoan tra mat duong dung chat luong.
Huong
""", topic="roads", unit="so-gtvt",
        why="Road surface sunk after trenching, right department; the street decides nothing.")

    add("den-tin-hieu-hong-nga-tu", to="ca-tp",
        sender=("Lưu Quang Vinh", "vinh.luuquang@example.org"),
        subject="Đèn tín hiệu giao thông ở ngã tư hỏng cả tuần",
        text="""Kính gửi Công an thành phố,

Cụm đèn tín hiệu giao thông ở ngã tư Phan Đình Phùng - Hùng Vương bị hỏng cả tuần nay, chỉ nhấp nháy vàng, giờ cao điểm rất lộn xộn, đã xảy ra va chạm.
Đề nghị sửa chữa đèn tín hiệu.

Lưu Quang Vinh
""", topic="roads", unit="so-gtvt",
        why="Broken traffic lights (road infrastructure), sent to the police.")

    add("bien-bao-bi-che-khuat", to="so-gtvt",
        sender=("Nong Van Hai", "hai.nongvan@example.net"),
        subject="bien bao cam re bi cay che khuat",
        text="""Kinh gui So GTVT,

Bien bao cam re trai o dau duong Tran Dang Ninh bi tan cay che gan het, lai xe ko nhin thay, CSGT dung sau do phat rat nhieu nguoi. Toi ko phan doi phat nhung de nghi cat tia cay va dua bien bao ra cho de thay.
Hai
""", topic="roads", unit="so-gtvt",
        why="Road sign hidden by trees, right department.")

    add("cau-tran-ngap-soc-son", to="ubnd-tp",
        sender=("Phùng Văn Lợi", "loi.phungvan@example.com"),
        subject="Cầu tràn hư hỏng, học sinh phải lội qua",
        text="""Kính gửi UBND thành phố,

Cây cầu tràn bắc qua suối trên đường liên xã ở Sóc Sơn bị sạt mất một bên thành cầu, mặt cầu nứt toác. Học sinh đi học phải dắt xe lội qua, mùa mưa rất nguy hiểm.
Đề nghị sửa chữa, xây lại cầu.

Phùng Văn Lợi
""", topic="roads", unit="so-gtvt",
        why="Damaged ford bridge on an inter-commune road, sent to the city office.")

    add("duong-hong-do-xe-tai", to="phuong-ba-dinh",
        sender=("Do Van Thang", "thang.dovan.bd@example.org"),
        subject="duong bi cay xe tai lam hong, bong tung mang",
        text="""Kinh gui phuong Ba Dinh,

Xe tai cho vat lieu cho cong trinh ra vao lien tuc lam mat duong nhua doan gan nha toi bong tung mang, o ga lien tiep, bui mu mit. Toi da bao cong trinh nhung ho ko sua.
De nghi co quan quan ly duong bo kiem tra, yeu cau sua chua mat duong.
Thang
""", topic="roads", unit="so-gtvt",
        why="Road surface broken by trucks, sent to the ward.")

    add("vach-son-duong-mo", to="so-gtvt",
        sender=("Kim Thị Ánh", "anh.kimthi@example.net"),
        subject="Vạch sơn kẻ đường mờ hết, ban đêm rất nguy hiểm",
        text="""Kính gửi Sở Giao thông vận tải,

Trên tuyến đường Phạm Văn Đồng hướng đi sân bay, vạch sơn phân làn và gờ giảm tốc đã mờ hết, ban đêm trời mưa lái xe không phân biệt được làn.
Đề nghị kẻ lại vạch sơn.

Kim Thị Ánh
""", topic="roads", unit="so-gtvt",
        why="Faded road markings, right department.")

    add("dai-phan-cach-vo", to="thanh-tra",
        sender=("Nguyen Minh Hoang", "hoang.nm@example.com"),
        subject="dai phan cach bi xe tong vo chua duoc sua",
        text="""Kinh gui cac anh chi,

Dai phan cach cung giua duong Cau Giay doan gan cong vien bi xe tai tong vo 1 doan 10m tu 2 tuan truoc, be tong vuong vai, nguoi di xe may vuot qua tu phat rat nguy hiem.
Ko biet gui dau nen gui day, mong chuyen giup co quan quan ly duong.
Hoang
""", topic="roads", unit="so-gtvt",
        why="Broken median, sent to the inspectorate.")


def letters_construction_permit():
    add("giay-phep-sua-nha-pho-co", to="phuong-hoan-kiem",
        sender=("Chu Văn An", "an.chuvan@example.com"),
        subject="Xin phép sửa chữa nhà trong khu phố cổ bị chờ quá lâu",
        text="""Kính gửi UBND phường Hoàn Kiếm,

Tôi nộp hồ sơ xin giấy phép sửa chữa, cải tạo nhà ở phố Hàng Gai (thay mái, gia cố tường) từ tháng 8/2026. Đến nay đã hơn 3 tháng chưa có giấy phép xây dựng, mùa mưa nhà dột nặng.
Đề nghị cơ quan cấp phép giải quyết sớm.

Chu Văn An
""", topic="construction_permit", unit="so-xd",
        why="Permit to repair an old-quarter house, sent to the ward: construction permits are so-xd's.")

    add("gpxd-nha-o-rieng-le-soc-son", to="so-xd",
        sender=("Nguyen Van Tuan", "tuan.nguyen.tm@example.org"),
        subject="hoi ve giay phep xay dung nha o nong thon",
        text="""Chao So Xay dung,

Toi o xa Soc Son, muon xay nha 3 tang tren dat o da co so do. Cho toi hoi o nong thon co phai xin giay phep xay dung ko, neu phai thi nop o dau va mat bao lau?
Tuan
""", topic="construction_permit", unit="so-xd",
        why="Whether a rural house needs a building permit, right department.")

    add("gia-han-giay-phep-xay-dung", to="ubnd-tp",
        sender=("Mạc Thị Hải Yến", "haiyen.mac@example.net"),
        subject="Đề nghị gia hạn giấy phép xây dựng",
        text="""Kính gửi UBND thành phố,

Giấy phép xây dựng nhà ở của gia đình tôi cấp tháng 12/2025, đến nay sắp hết hạn 12 tháng mà chưa khởi công được do vướng tranh chấp lối đi với hàng xóm (đã hòa giải xong).
Tôi muốn làm thủ tục gia hạn giấy phép xây dựng, kính đề nghị hướng dẫn.

Mạc Thị Hải Yến
""", topic="construction_permit", unit="so-xd",
        why="Extension of a building permit, sent to the city office.")

    add("gpxd-bi-tu-choi-chi-gioi", to="so-tnmt",
        sender=("Tong Duc Thinh", "thinh.tongduc@example.com"),
        subject="ho so cap phep xay dung bi tra ve vi chi gioi",
        text="""Kinh gui So,

Ho so xin giay phep xay dung nha o cua toi bi tra ve voi ly do chua co thong tin chi gioi duong do. Toi da xin chi gioi o dau thi ko ai huong dan, phong nay day sang phong kia. So do cua toi da co tu lau.
Mong duoc huong dan ro de hoan thien ho so cap phep.
Thinh
""", topic="construction_permit", unit="so-xd",
        why="Permit application returned for a missing right-of-way line, sent to so-tnmt; 'sổ đỏ' is a decoy.")

    add("cai-tao-chung-cu-cu-xin-phep", to="so-xd",
        sender=("Lê Quang Hiếu", "hieu.lequang@example.org"),
        subject="Cải tạo căn hộ chung cư cũ có cần giấy phép không",
        text="""Kính gửi Sở Xây dựng,

Tôi sở hữu căn hộ tầng 4 khu tập thể cũ ở phường Ba Đình, muốn cải tạo lại bên trong (thay tường ngăn, làm lại điện nước) không thay đổi kết cấu chịu lực. Xin hỏi trường hợp này có phải xin giấy phép sửa chữa, cải tạo không?

Lê Quang Hiếu
""", topic="construction_permit", unit="so-xd",
        why="Whether an interior renovation needs a permit, right department; the ward is a decoy.")

    add("gpxd-tre-han-cau-giay", to="phuong-cau-giay",
        sender=("Ha Van Cuong", "cuong.havan@example.net"),
        subject="cap giay phep xay dung tre han 2 thang",
        text="""Kinh gui cac co quan,

Toi nop ho so cap giay phep xay dung moi nha o rieng le tu 15/9, phieu hen 20 ngay, nay da hon 2 thang chua co GPXD, hoi thi bao cho y kien phong chuc nang. Tho da thue, vat lieu da mua.
De nghi giai quyet dung han.
Cuong
""", topic="construction_permit", unit="so-xd",
        why="Building permit overdue, sent to a ward.")


def letters_harassment():
    add("can-bo-mot-cua-vong-vinh-hoan-kiem", to="phuong-hoan-kiem",
        sender=("Nguyễn Thị Dịu", "diu.nguyenthi@example.com"),
        subject="Cán bộ một cửa gợi ý 'bồi dưỡng' mới làm nhanh",
        text="""Kính gửi UBND phường Hoàn Kiếm,

Khi tôi nộp hồ sơ tại bộ phận một cửa của phường, một cán bộ nói nếu muốn có kết quả trong tuần thì "gửi thêm chút bồi dưỡng", không thì chờ một tháng. Tôi không đồng ý thì hồ sơ bị hẹn đi hẹn lại.
Tôi phản ánh việc nhũng nhiễu này và đề nghị xử lý nghiêm.

Nguyễn Thị Dịu
""", topic="harassment", unit="thanh-tra",
        why="Bribe hinted by a ward clerk, sent to the accused ward: thanh-tra.")

    add("to-cao-can-bo-dia-chinh-cau-giay", to="phuong-cau-giay",
        sender=("Tran Van Dat", "dat.tranvan@example.net"),
        subject="to cao can bo dia chinh doi tien de ky xac nhan",
        text="""Kinh gui UBND P. Cau Giay,

Toi to cao can bo dia chinh phuong doi toi 20 trieu dong moi ky xac nhan nguon goc dat de lam so do. Toi co ghi am cuoc noi chuyen. Toi ko dua tien thi ho so bi giu lai 4 thang nay.
De nghi xu ly can bo nay.
Dat
""", topic="harassment", unit="thanh-tra", letter="denunciation",
        why="Denunciation of a ward official for a bribe, sent to the accused ward; 'sổ đỏ' is a decoy.")

    add("bao-ke-cho-soc-son", to="ca-tp",
        sender=("Ẩn danh", "phananh.ss2026@example.org"),
        subject="Phản ánh việc bảo kê, thu tiền tiểu thương ở chợ Sóc Sơn",
        text="""Kính gửi Công an thành phố,

Tại chợ Sóc Sơn, một nhóm người tự xưng có quan hệ với cán bộ quản lý chợ thu tiền "bảo kê" của tiểu thương mỗi tháng 500.000 đồng một sạp, ai không nộp thì bị gây khó dễ, bị dời chỗ. Một số cán bộ ban quản lý chợ biết nhưng làm ngơ.
Đề nghị điều tra làm rõ.

Một tiểu thương
""", topic="harassment", unit="thanh-tra",
        why="Protection money with officials complicit (bảo kê): thanh-tra, even sent to the police; the market is a decoy.")

    add("can-bo-tnmt-goi-y-dich-vu", to="so-tnmt",
        sender=("Lê Văn Hòa", "hoa.levan@example.com"),
        subject="Cán bộ giới thiệu 'dịch vụ' làm sổ đỏ nhanh",
        text="""Kính gửi Sở Tài nguyên và Môi trường,

Khi tôi hỏi về hồ sơ cấp sổ đỏ bị chậm, một cán bộ Văn phòng đăng ký đất đai đưa số điện thoại một người "làm dịch vụ" và nói trả 15 triệu thì tuần sau có sổ. Tôi cho rằng đây là hành vi vòi vĩnh, tiêu cực.
Đề nghị làm rõ và xử lý.

Lê Văn Hòa
""", topic="harassment", unit="thanh-tra",
        why="A land official steering to a paid 'service' (vòi vĩnh), sent to the accused department.")

    add("csgt-doi-tien-quoc-lo", to="thanh-tra",
        sender=("Nguyen Huu Phuoc", "phuoc.nh@example.net"),
        subject="phan anh can bo doi tien ko lap bien ban",
        text="""Kinh gui Thanh tra thanh pho,

Ngay 21/11 toi bi dung xe tren Quoc lo 3 doan qua Soc Son. Can bo ko lap bien ban ma noi "nop 500 nghin thi cho di", toi phai dua tien. Toi nho bien so xe tuan tra va gio dung.
De nghi lam ro hanh vi nhan tien trai phep nay.
Phuoc
""", topic="harassment", unit="thanh-tra",
        why="Money demanded without a ticket, right unit; the place is a decoy.")

    add("to-cao-can-bo-xa-nhan-tien-cap-phep", to="xa-soc-son",
        sender=("Trịnh Văn Khải", "khai.trinhvan@example.org"),
        subject="Tố cáo cán bộ xã nhận tiền để làm ngơ xây dựng trái phép",
        text="""Kính gửi UBND xã Sóc Sơn,

Tôi tố cáo một cán bộ địa chính - xây dựng của xã đã nhận tiền của các hộ xây nhà xưởng trên đất nông nghiệp để làm ngơ, không lập biên bản. Tôi có tên người đưa tiền và thời gian cụ thể.
Đề nghị chuyển đơn đến cơ quan có thẩm quyền giải quyết tố cáo, giữ bí mật danh tính của tôi.

Trịnh Văn Khải
""", topic="harassment", unit="thanh-tra", letter="denunciation",
        why="Denunciation of a commune official taking money, sent to the accused commune; illegal construction is a decoy.")

    add("nhung-nhieu-cong-chung-tu-phap", to="so-tp",
        sender=("Pham Thi Nhu", "nhu.phamthi@example.com"),
        subject="can bo bo phan tiep nhan bat di lai nhieu lan, goi y nop tien",
        text="""Kinh gui So Tu phap,

Toi nop ho so ly lich tu phap tai bo phan tiep nhan cua So. Can bo lien tuc bat bo sung giay to vo ly, lan thu 4 thi noi "chi muon nhanh thi bo them 1 trieu em lo cho". Toi thay day la nhung nhieu.
De nghi xu ly.
Nhu
""", topic="harassment", unit="thanh-tra",
        why="Harassment by a justice-department clerk, sent to that department.")

    add("to-cao-can-bo-cong-an-phuong-ba-dinh", to="ubnd-tp",
        sender=("Vũ Đình Thắng", "thang.vudinh@example.net"),
        subject="Tố cáo cán bộ gây khó dễ, đòi tiền khi làm thủ tục cư trú",
        text="""Kính gửi Ủy ban nhân dân thành phố,

Tôi tố cáo cán bộ tiếp nhận hồ sơ cư trú ở phường Ba Đình nhiều lần gây khó dễ, đòi "phí ngoài" 2 triệu đồng mới nhận hồ sơ nhập khẩu cho con tôi. Tôi đã ghi lại thời gian, địa điểm.
Đề nghị thành phố chỉ đạo thanh tra làm rõ.

Vũ Đình Thắng
""", topic="harassment", unit="thanh-tra", letter="denunciation",
        why="Denunciation of an official demanding money for a residence file: 'nhập khẩu' is a decoy.")

    add("trat-tu-phuong-thu-tien-hang-ma", to="thanh-tra",
        sender=("Hoang Thi Lien", "lien.hoangthi@example.org"),
        subject="dan phong hang ma bi thu tien bao ke",
        text="""Kinh gui Thanh tra,

Cac ho kinh doanh do hang ma pho Hang Ma phan anh: dip Trung thu vua roi mot so nguoi xung la can bo doi trat tu phuong den thu tien moi ho 1-2 trieu "de duoc bay hang ra via he". Ai ko nop thi bi thu giu hang.
De nghi kiem tra, xu ly.
Lien
""", topic="harassment", unit="thanh-tra",
        why="Officials taking protection money for pavement use; encroachment and the street are decoys.")


def letters_regulation():
    add("gop-y-du-thao-quy-dinh-via-he", to="so-tp",
        sender=("Đinh Thị Quỳnh", "quynh.dinhthi@example.com"),
        subject="Góp ý dự thảo quyết định quy định quản lý, sử dụng tạm thời vỉa hè",
        text="""Kính gửi Sở Tư pháp,

Về dự thảo quyết định của UBND thành phố quy định quản lý, sử dụng tạm thời một phần vỉa hè đang lấy ý kiến, tôi đề nghị: quy định rõ bề rộng tối thiểu dành cho người đi bộ là 1,5 m, và công khai danh sách tuyến phố được thu phí trên cổng thông tin.
Mức phí dự kiến theo m2 nên tính khác nhau giữa phố cổ và ngoại thành.

Đinh Thị Quỳnh
""", topic="regulation", unit="so-tp",
        why="Comments on a draft city rule on pavement use; 'vỉa hè' is a decoy.")

    add("kien-nghi-bo-giay-xac-nhan-cu-tru", to="ca-tp",
        sender=("Tran Duc Manh", "manh.tranduc@example.net"),
        subject="kien nghi bo yeu cau giay xac nhan cu tru trong thu tuc hanh chinh",
        text="""Kinh gui cac co quan,

Du lieu dan cu da lien thong nhung nhieu thu tuc hanh chinh cua thanh pho van yeu cau nop giay xac nhan cu tru ban giay. Toi kien nghi sua doi quy dinh ve thanh phan ho so, bo yeu cau nay de giam giay to cho nguoi dan.
Manh
""", topic="regulation", unit="so-tp",
        why="Proposal to change a rule on required documents (regulation), sent to the police; 'cư trú' is a decoy.")

    add("gop-y-quy-trinh-cap-ban-sao-dien-tu", to="ubnd-tp",
        sender=("Lương Thị Thu Hằng", "thuhang.luong@example.org"),
        subject="Kiến nghị sửa quy định thu phí bản sao điện tử",
        text="""Kính gửi UBND thành phố,

Quy định hiện hành thu phí chứng thực bản sao điện tử như bản giấy, trong khi chi phí thấp hơn nhiều. Tôi kiến nghị thành phố xem xét sửa đổi quy định về mức phí, miễn phí cho bản sao điện tử dùng cho dịch vụ công trực tuyến.

Lương Thị Thu Hằng
""", topic="regulation", unit="so-tp",
        why="Feedback on a fee rule, sent to the city office; 'chứng thực' is a decoy.")

    add("gop-y-ban-sao-co-chung-thuc", to="so-tp",
        sender=("Bach Van Tung", "tung.bachvan@example.com"),
        subject="gop y quy dinh hanh chinh: thanh phan ho so qua nhieu ban sao",
        text="""Kinh gui So Tu phap,

Toi de nghi ra soat cac quy dinh thu tuc hanh chinh cap thanh pho con yeu cau "ban sao co chung thuc" trong khi Nghi dinh da cho phep nop ban chup kem ban chinh de doi chieu. Nhieu thu tuc cua thanh pho van ghi nhu cu.
Tung
""", topic="regulation", unit="so-tp",
        why="Feedback on rules demanding certified copies, right department.")

    add("du-thao-quy-dinh-nuoi-cho", to="phuong-ba-dinh",
        sender=("Mẫn Thị Lan", "lan.manthi@example.net"),
        subject="Góp ý dự thảo quy định về nuôi chó, mèo trong khu dân cư",
        text="""Kính gửi các cơ quan,

Tôi đọc dự thảo quy định của thành phố về quản lý chó, mèo nuôi trong khu dân cư. Tôi đề nghị bổ sung quy định bắt buộc rọ mõm khi ra đường đối với chó lớn và mức xử phạt rõ ràng, đồng thời quy định thời hạn tiêm phòng dại hằng năm.

Mẫn Thị Lan
""", topic="regulation", unit="so-tp",
        why="Comments on a draft city rule on pets, sent to a ward.")

    add("kien-nghi-gio-lam-viec-mot-cua", to="so-tp",
        sender=("Nguyen Hai Yen", "haiyen.ng@example.org"),
        subject="kien nghi sua quy che lam viec bo phan mot cua thu 7",
        text="""Kinh gui So Tu phap,

Quy che tiep nhan ho so hanh chinh hien nay chi lam viec gio hanh chinh, nguoi di lam ko the di nop. Toi kien nghi sua quy dinh de bo phan mot cua cac phuong lam viec sang thu 7, nhu da thi diem o mot so tinh.
Yen
""", topic="regulation", unit="so-tp",
        why="Proposal to amend working-hours rules for one-stop desks, right department.")

    add("gop-y-quy-dinh-phi-trong-giu-xe", to="so-gtvt",
        sender=("Đồng Văn Phúc", "phuc.dongvan@example.com"),
        subject="Góp ý dự thảo sửa đổi quy định giá dịch vụ trông giữ xe",
        text="""Kính gửi Sở,

Về dự thảo quyết định sửa đổi quy định giá dịch vụ trông giữ xe trên địa bàn thành phố đang lấy ý kiến, tôi đề nghị quy định giá theo giờ thay vì theo lượt, và bắt buộc niêm yết giá, xuất vé điện tử.
Xin gửi Sở Tư pháp tổng hợp nếu không đúng nơi nhận.

Đồng Văn Phúc
""", topic="regulation", unit="so-tp",
        why="Comments on a draft price rule, sent to the transport department.")


def letters_compliment():
    add("cam-on-mot-cua-ba-dinh", to="phuong-ba-dinh",
        sender=("Nguyễn Thị Hạnh Dung", "hanhdung.nt@example.com"),
        subject="Cảm ơn bộ phận một cửa phường Ba Đình",
        text="""Kính gửi UBND phường Ba Đình,

Tôi xin gửi lời cảm ơn chân thành đến cán bộ bộ phận một cửa của phường đã hướng dẫn tận tình cho mẹ tôi (80 tuổi) làm thủ tục, còn đưa mẹ tôi ra tận cửa gọi xe. Thái độ phục vụ rất đáng khen.

Nguyễn Thị Hạnh Dung
""", topic="compliment", unit="phuong-ba-dinh",
        why="Thanks to the ward's one-stop desk, sent to it.")

    add("khen-cong-an-tra-lai-vi", to="ubnd-tp",
        sender=("Le Van Thinh", "thinh.levan@example.net"),
        subject="cam on cong an da giup toi tim lai vi",
        text="""Kinh gui UBND thanh pho,

Toi xin khen ngoi cac dong chi Cong an thanh pho o to cong tac tai ben xe da giup toi tim lai vi danh roi co giay to va 5 trieu dong ngay 22/11. Cac dong chi rat nhiet tinh, ko nhan bat cu gi.
Mong thanh pho ghi nhan.
Thinh
""", topic="compliment", unit="ca-tp",
        why="Praise for city police officers, sent to the city office: the unit complimented.")

    add("cam-on-so-xd-sua-cong-nhanh", to="so-xd",
        sender=("Bùi Thị Ngọc Lan", "ngoclan.bui@example.org"),
        subject="Cảm ơn Sở Xây dựng đã xử lý nhanh phản ánh cống tắc",
        text="""Kính gửi Sở Xây dựng,

Tuần trước tôi phản ánh cống thoát nước trước nhà bị tắc, chỉ hai ngày sau đã có đội thoát nước đến thông cống và báo lại cho tôi. Xin cảm ơn Sở và các anh công nhân đã làm việc rất trách nhiệm.

Bùi Thị Ngọc Lan
""", topic="compliment", unit="so-xd",
        why="Thanks to so-xd for clearing a drain; drainage words are decoys.")

    add("khen-xa-soc-son-lam-duong", to="xa-soc-son",
        sender=("Nguyen Van Hieu", "hieu.nguyenvan.ss@example.com"),
        subject="cam on xa da lam lai duong thon",
        text="""Kinh gui UBND xa Soc Son,

Thay mat ba con thon toi xin cam on xa da lam xong con duong be tong vao thon truoc Tet, di lai rat thuan tien, tre con di hoc ko con lam lem bun dat. Can bo xa xuong lang nghe dan rat nhiet tinh.
Hieu
""", topic="compliment", unit="xa-soc-son",
        why="Thanks to the commune for a village road; 'đường' is a decoy.")

    add("cam-on-so-tnmt-cap-so-dung-hen", to="so-tnmt",
        sender=("Khúc Thị Mai", "mai.khucthi@example.net"),
        subject="Cảm ơn Văn phòng đăng ký đất đai trả kết quả sớm",
        text="""Kính gửi Sở Tài nguyên và Môi trường,

Gia đình tôi vừa nhận Giấy chứng nhận sang tên sớm hơn hai ngày so với phiếu hẹn. Cán bộ Văn phòng đăng ký đất đai hướng dẫn rõ ràng ngay từ lần đầu, không phải bổ sung lần nào. Xin cảm ơn Sở.

Khúc Thị Mai
""", topic="compliment", unit="so-tnmt",
        why="Thanks to the land office; land words are decoys.")

    add("khen-phuong-cau-giay-gui-thanh-tra", to="thanh-tra",
        sender=("Do Thu Phuong", "phuong.dothu@example.org"),
        subject="ghi nhan can bo phuong Cau Giay lam viec tan tuy",
        text="""Kinh gui Thanh tra TP,

Toi thuong doc tin ve can bo nhung nhieu nen muon gui 1 tin tot: can bo tu phap ho tich UBND phuong Cau Giay da o lai sau gio lam viec de lam giay khai sinh cho con toi kip lam ho so bao hiem. Mong duoc ghi nhan va khen thuong.
Phuong
""", topic="compliment", unit="phuong-cau-giay",
        why="Praise for a Cầu Giấy clerk, sent to the inspectorate; 'nhũng nhiễu' and 'khai sinh' are decoys.")

    add("cam-on-so-khdt-ho-tro-doanh-nghiep", to="so-khdt",
        sender=("Hoàng Gia Bảo", "bao.hoanggia@example.com"),
        subject="Cảm ơn Phòng Đăng ký kinh doanh",
        text="""Kính gửi Sở Kế hoạch và Đầu tư,

Công ty chúng tôi vừa hoàn tất đăng ký thay đổi vốn điều lệ chỉ trong 2 ngày làm việc. Chuyên viên Phòng Đăng ký kinh doanh gọi điện hướng dẫn sửa một lỗi nhỏ thay vì trả hồ sơ. Xin trân trọng cảm ơn.

Hoàng Gia Bảo
""", topic="compliment", unit="so-khdt",
        why="Thanks to the business registration office.")

    add("cam-on-so-gtvt-va-duong", to="ubnd-tp",
        sender=("Nguyễn Minh Khôi", "khoi.nguyenminh@example.org"),
        subject="Cảm ơn Sở Giao thông vận tải đã vá đường kịp thời",
        text="""Kính gửi UBND thành phố,

Tôi xin nhờ thành phố chuyển lời cảm ơn tới Sở Giao thông vận tải: ổ gà lớn trên đường Hoàng Quốc Việt tôi phản ánh hôm thứ Hai thì thứ Tư đã được vá xong, ban đêm còn có biển cảnh báo.

Nguyễn Minh Khôi
""", topic="compliment", unit="so-gtvt",
        why="Thanks addressed to so-gtvt via the city office.")


def letters_other():
    add("thieu-cho-hoc-mam-non", to="ubnd-tp",
        sender=("Lê Thị Thanh Tâm", "thanhtam.le@example.com"),
        subject="Trường mầm non công lập không đủ chỗ cho trẻ trong phường",
        text="""Kính gửi UBND thành phố,

Con tôi 3 tuổi, hộ khẩu thường trú tại phường Cầu Giấy nhưng không được nhận vào trường mầm non công lập nào gần nhà vì "hết chỉ tiêu". Trường tư thục thì học phí 6-8 triệu mỗi tháng.
Đề nghị thành phố có kế hoạch xây thêm trường mầm non công lập.

Lê Thị Thanh Tâm
""", topic="other", unit="ubnd-tp",
        why="Lack of public kindergarten places: no listed unit owns it; ward and 'hộ khẩu' are decoys.")

    add("benh-vien-qua-tai", to="so-xd",
        sender=("Tran Van Loc", "loc.tranvan@example.net"),
        subject="benh vien huyen qua tai, nguoi benh nam ghep",
        text="""Kinh gui cac co quan,

Benh vien o Soc Son qua tai, benh nhan nam ghep 2-3 nguoi 1 giuong, kham buoi sang phai xep hang tu 5h. Dan ngoai thanh ko co dieu kien vao noi thanh kham.
De nghi thanh pho dau tu them co so y te cho vung nay.
Loc
""", topic="other", unit="ubnd-tp",
        why="Hospital overcrowding (health): other; sent to so-xd.")

    add("sot-xuat-huyet-phun-thuoc", to="ubnd-tp",
        sender=("Phạm Thu Thủy", "thuy.phamthu@example.org"),
        subject="Dịch sốt xuất huyết, đề nghị phun thuốc diệt muỗi",
        text="""Kính gửi Ủy ban nhân dân thành phố,

Khu dân cư của tôi đã có 6 người mắc sốt xuất huyết trong tháng 11, trong đó có hai cháu nhỏ phải nhập viện. Đề nghị ngành y tế tổ chức phun thuốc diệt muỗi và hướng dẫn người dân phòng bệnh.

Phạm Thu Thủy
""", topic="other", unit="ubnd-tp",
        why="Dengue, a health matter: other, right unit.")

    add("tro-cap-nguoi-cao-tuoi-cham", to="phuong-hoan-kiem",
        sender=("Ngo Van Can", "can.ngovan@example.com"),
        subject="tro cap nguoi cao tuoi tre 3 thang",
        text="""Kinh gui cac co quan,

Bo toi 82 tuoi, duoc huong tro cap xa hoi nguoi cao tuoi nhung 3 thang nay chua nhan dc tien, ngan hang bao chua co danh sach chi tra. Toi ko biet hoi ai.
De nghi thanh pho kiem tra viec chi tra tro cap.
Can
""", topic="other", unit="ubnd-tp",
        why="Social allowance for the elderly (no listed unit): other; sent to a ward.")

    add("hoc-phi-truong-cong-lap-thu-them", to="ubnd-tp",
        sender=("Trương Văn Hậu", "hau.truongvan@example.net"),
        subject="Trường học thu nhiều khoản ngoài học phí đầu năm",
        text="""Kính gửi UBND thành phố,

Trường tiểu học công lập nơi con tôi học thu đầu năm tới 14 khoản ngoài học phí: quỹ lớp, tiền máy chiếu, tiền rèm cửa, tiền nước uống... tổng gần 4 triệu đồng. Phụ huynh không dám phản đối vì sợ ảnh hưởng đến con.
Đề nghị ngành giáo dục kiểm tra các khoản thu.

Trương Văn Hậu
""", topic="other", unit="ubnd-tp",
        why="School fees, an education matter: other.")

    add("an-toan-thuc-pham-cong-truong", to="ca-tp",
        sender=("Vu Thi Thao", "thao.vuthi@example.org"),
        subject="ve sinh an toan thuc pham quan an truong hoc",
        text="""Kinh gui cac anh chi,

Cac quan an vat ban ngoai cong truong tieu hoc cho hoc sinh nhu xuc xich, tra sua ko ro nguon goc, da co may chau bi dau bung. De nghi co quan y te kiem tra ve sinh an toan thuc pham.
Thao
""", topic="other", unit="ubnd-tp",
        why="Food safety near a school (health): other; sent to the police.")

    add("cong-dich-vu-cong-loi", to="so-tp",
        sender=("Đặng Quốc Việt", "viet.dangquoc@example.com"),
        subject="Cổng dịch vụ công của thành phố thường xuyên không truy cập được",
        text="""Kính gửi Sở,

Cổng dịch vụ công trực tuyến của thành phố buổi sáng thường báo lỗi 502, đăng nhập bằng VNeID không được. Tôi đã thử ba ngày liền.
Đề nghị đơn vị vận hành kiểm tra hệ thống.

Đặng Quốc Việt
""", topic="other", unit="ubnd-tp",
        why="The city's online-services portal is down (not a rule): other; sent to so-tp.")

    add("nha-thuoc-ban-khang-sinh", to="ubnd-tp",
        sender=("Hoang Thi Xuan", "xuan.hoangthi@example.net"),
        subject="nha thuoc ban khang sinh ko can don",
        text="""Kinh gui UBND TP,

Nhieu nha thuoc tu nhan ban khang sinh, thuoc an than cho bat ky ai hoi mua, ko can don cua bac si, con toi 16 tuoi cung mua dc. Toi lo ngai lam dung thuoc.
De nghi nganh y te kiem tra cac nha thuoc.
Xuan
""", topic="other", unit="ubnd-tp",
        why="Pharmacies selling antibiotics without prescription (health): other, right unit.")


def text_attachment(text, filename, charset="utf-8"):
    """A letter saved as a .txt file and attached (base64), as phones and webmail send it."""
    data = encode_text(text, charset).replace(b"\n", b"\r\n")
    part = Part([f'Content-Type: text/plain; charset="{charset}"; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], b64_body(data),
                meta={"att": True, "filename": filename, "content_type": "text/plain",
                      "data": data, "fname_mode": "ascii", "inner_text": nfc(text)})
    return part


def pdf_attachment(lines, filename, title):
    part = file_part(tiny_pdf(lines, title), "application/pdf", filename)
    part.meta["inner_text"] = "\n".join(lines)
    return part


def letters_forwarded():
    add("fwd-don-ngap-gui-phuong", to="ubnd-tp",
        sender=("Nguyễn Văn Tường", "tuong.nguyenvan@example.com"),
        subject="Fwd: Phản ánh ngập úng kéo dài ở ngõ nhà tôi",
        root=forwarded("""Kính gửi UBND thành phố,

Tôi đã gửi thư dưới đây cho phường từ hơn một tháng trước nhưng chưa được trả lời, nay chuyển tiếp để thành phố chỉ đạo giải quyết.

Nguyễn Văn Tường
""", dict(sender=("Nguyễn Văn Tường", "tuong.nguyenvan@example.com"),
          to="phananh@caugiay.hanoi.example.vn", date=D(1020, 8, 12),
          subject="Phản ánh ngập úng kéo dài ở ngõ nhà tôi",
          text="""Kính gửi UBND phường,

Ngõ 99 phố Quan Hoa mỗi trận mưa đều ngập đến đầu gối, cống thoát nước trong ngõ quá nhỏ và bị lấp, nước không rút được trong nhiều giờ.
Đề nghị cải tạo hệ thống thoát nước của ngõ.

Nguyễn Văn Tường
""")),
        snippet="nay chuyển tiếp để thành phố chỉ đạo giải quyết", topic="flooding", unit="so-xd",
        note="multipart/mixed: covering note + the unanswered letter as message/rfc822",
        why="Forwarded flooding letter first sent to a ward: drainage is so-xd's.")

    add("fwd-karaoke-ngu-xa", to="phuong-ba-dinh",
        sender=("Tran Thi Nhung", "nhung.tranthi@example.net"),
        subject="Fwd: karaoke ngo nha toi",
        root=forwarded("""Chao phuong,

Em chuyen tiep thu em da gui cong an, ho bao day la viec cua phuong. Mong phuong giai quyet.
Nhung
""", dict(sender=("Tran Thi Nhung", "nhung.tranthi@example.net"),
          to="phananh@congan.hanoi.example.vn", date=D(1118, 22, 40),
          subject="karaoke ngo nha toi",
          text="""Kinh gui cong an,

Nha so 5 pho Ngu Xa toi nao cung hat karaoke mo loa keo het co den 1h sang, goi dien nhac thi ho chui lai. Nha toi co nguoi om.
De nghi xu ly tieng on.
Nhung
"""), charset="us-ascii", cte="7bit"),
        snippet="Em chuyen tiep thu em da gui cong an", place="pho Ngu Xa",
        topic="noise", unit="phuong-ba-dinh",
        note="multipart/mixed: ASCII note + forwarded message/rfc822",
        why="Forwarded noise letter located only by a street (Ngũ Xã, Ba Đình).")

    add("fwd-to-cao-can-bo-so-xd", to="so-xd",
        sender=("Phạm Đức Anh", "ducanh.pham@example.org"),
        subject="Fwd: Tố cáo cán bộ đòi tiền khi thẩm định hồ sơ cấp phép",
        root=forwarded("""Kính gửi Sở Xây dựng,

Tôi gửi lại đơn tố cáo đã gửi Thanh tra thành phố để Sở biết. Tôi đề nghị người bị tố cáo không được tham gia giải quyết.

Phạm Đức Anh
""", dict(sender=("Phạm Đức Anh", "ducanh.pham@example.org"),
          to="phananh@thanhtra.hanoi.example.vn", date=D(1125, 10, 5),
          subject="Tố cáo cán bộ đòi tiền khi thẩm định hồ sơ cấp phép",
          text="""Kính gửi Thanh tra thành phố,

Tôi tố cáo một chuyên viên phòng cấp phép của Sở Xây dựng đòi tôi 30 triệu đồng "chi phí thẩm định" ngoài quy định để hồ sơ xin giấy phép xây dựng của tôi được duyệt.

Phạm Đức Anh
""")),
        snippet="Tôi gửi lại đơn tố cáo đã gửi Thanh tra thành phố", topic="harassment",
        unit="thanh-tra", letter="denunciation",
        note="multipart/mixed: note + forwarded denunciation (message/rfc822)",
        why="A forwarded denunciation of so-xd staff arrives at the accused unit: thanh-tra.")

    add("fwd-dang-ky-ket-hon-truc-bach", to="so-tp",
        sender=("Le Minh Duc", "duc.leminh@example.com"),
        subject="Fwd: hoi dang ky ket hon",
        root=forwarded("""Chao So Tu phap,

Thu nay em gui phuong lau roi chua thay tra loi, em gui lai de hoi.
Duc
""", dict(sender=("Le Minh Duc", "duc.leminh@example.com"),
          to="phananh@badinh.hanoi.example.vn", date=D(1102, 14, 0),
          subject="hoi dang ky ket hon",
          text="""Chao anh chi,

Em o P. Truc Bach cu, ban gai em o Bac Ninh. Tu nam 2025 dang ky ket hon co can giay xac nhan tinh trang hon nhan cua ban gai ko hay tra cuu tren he thong la duoc? Lam o UBND phuong noi em o dc ko?
Duc
"""), charset="utf-8", cte="8bit"),
        snippet="Thu nay em gui phuong lau roi chua thay tra loi", place="P. Truc Bach",
        topic="civil_status", unit="phuong-ba-dinh",
        note="multipart/mixed: short note + forwarded message/rfc822",
        why="Forwarded marriage-registration question; the former ward Trúc Bạch is now Ba Đình.")

    add("fwd-mat-nuoc-gui-lai", to="so-xd",
        sender=("Hà Thị Minh Nguyệt", "nguyet.hathi@example.net"),
        subject="Fwd: Mất nước sạch năm ngày",
        root=forwarded("""Kính gửi Sở,

Tôi chuyển tiếp thư gửi Văn phòng UBND thành phố tuần trước, họ hướng dẫn gửi về Sở Xây dựng. Đến hôm nay khu nhà tôi vẫn mất nước.

Hà Thị Minh Nguyệt
""", dict(sender=("Hà Thị Minh Nguyệt", "nguyet.hathi@example.net"),
          to="phananh@vpubnd.hanoi.example.vn", date=D(1127, 7, 30),
          subject="Mất nước sạch năm ngày",
          text="""Kính gửi Văn phòng UBND thành phố,

Khu tập thể nhà tôi trên phố Phó Đức Chính mất nước sạch năm ngày nay, công ty nước không có xe chở nước đến. Đề nghị khắc phục ngay.

Hà Thị Minh Nguyệt
""")),
        snippet="Đến hôm nay khu nhà tôi vẫn mất nước", topic="water", unit="so-xd",
        note="multipart/mixed: note + forwarded message/rfc822",
        why="Forwarded water-cut letter, now at the right department.")

    add("fwd-inline-rac-cho-hang-be", to="so-tnmt",
        sender=("Vuong Thi Thu", "thu.vuongthi@example.org"),
        subject="Fwd: rac o cho",
        text="""Chuyen tiep de cac anh chi xem giup a.

---------- Forwarded message ---------
From: Vuong Thi Thu <thu.vuongthi@example.org>
Date: Mon, 23 Nov 2026 at 06:48
Subject: rac o cho
To: <phananh@vpubnd.hanoi.example.vn>

Chao anh chi,

Sau gio cho tan, rac cua cho Hang Be bi don ra via he va ngay trong long duong, den 9h toi moi co xe cho di. Mui ca, mui rau thoi bay ca pho.
De nghi thu gom rac som hon.
Thu
""", place="cho Hang Be", topic="garbage", unit="phuong-hoan-kiem",
        note="text/plain; Gmail-style inline forward (no message/rfc822)",
        why="Inline-forwarded garbage letter about a market (Hàng Bè, Hoàn Kiếm).")


def letters_attachment_only():
    add("chi-dinh-kem-don-chung-thuc", to="phuong-cau-giay",
        sender=("Nguyen Thi Thanh", "thanh.nguyenthi.cg@example.com"),
        subject="Don",
        root=mixed([text_part("", charset="utf-8", cte="7bit"),
                    text_attachment("""DON PHAN ANH

Kinh gui: UBND phuong Cau Giay

Toi ten Nguyen Thi Thanh, o pho Tran Quoc Vuong. Ngay 24/11 toi nop yeu cau chung thuc ban sao hoc ba cho con tai phuong, phieu hen lay sau 1 ngay nhung den nay chua tra, can bo bao may in hong.
De nghi phuong tra ket qua chung thuc som.

Nguyen Thi Thanh
""", "don-phan-anh.txt")], style="apple"),
        snippet=None, topic="certification", unit="phuong-cau-giay", mailer="iphone",
        note="multipart/mixed: empty text/plain + the letter as a text/plain attachment",
        why="Attachment-only: the letter is a .txt attachment; ward named inside it.")

    add("chi-dinh-kem-pdf-dat-dai", to="ubnd-tp",
        sender=("Pham Van Cuong", "cuong.phamvan.ss@example.net"),
        subject="Gui don kien nghi",
        root=mixed([pdf_attachment([
            "DON KIEN NGHI",
            "Kinh gui: So Tai nguyen va Moi truong thanh pho Ha Noi",
            "Toi ten Pham Van Cuong, o xa Soc Son.",
            "Ho so cap doi so do (Giay chung nhan quyen su dung dat) cua gia dinh toi",
            "nop tu thang 6/2026 da qua han 4 thang chua duoc giai quyet.",
            "De nghi So chi dao Van phong dang ky dat dai tra ket qua.",
            "Pham Van Cuong"], "don-kien-nghi.pdf", "Don kien nghi")], style="outlook"),
        snippet=None, topic="land", unit="so-tnmt", mailer="outlook",
        note="multipart/mixed with one application/pdf part and no body text",
        why="Attachment-only PDF letter about a land certificate; the commune is a decoy.")

    add("chi-dinh-kem-don-lan-chiem", to="phuong-hoan-kiem",
        sender=("Đoàn Văn Hùng", "hung.doanvan@example.com"),
        subject="Đơn phản ánh (đính kèm)",
        root=mixed([text_part("", charset="utf-8", cte="7bit"),
                    text_attachment("""ĐƠN PHẢN ÁNH

Kính gửi: Ủy ban nhân dân phường Hoàn Kiếm

Tôi là Đoàn Văn Hùng, ở phố Hàng Buồm. Cửa hàng bên cạnh nhà tôi dựng mái tôn, kê tủ hàng chiếm hết vỉa hè và cả cửa nhà tôi, tôi không dắt được xe ra vào.
Đề nghị phường kiểm tra, xử lý lấn chiếm vỉa hè.

Đoàn Văn Hùng
""", "don-phan-anh-lan-chiem.txt")]),
        snippet=None, topic="encroachment", unit="phuong-hoan-kiem",
        note="multipart/mixed: empty text/plain + UTF-8 text/plain attachment",
        why="Attachment-only letter about pavement encroachment, ward named inside it.")

    add("chi-dinh-kem-pdf-tam-tru", to="phuong-ba-dinh",
        sender=("Nguyen Van Quan", "quan.nguyenvan@example.org"),
        subject="scan don",
        root=mixed([pdf_attachment([
            "DON DE NGHI",
            "Kinh gui: Cong an thanh pho Ha Noi",
            "Toi ten Nguyen Van Quan, thue nha o pho Nguyen Truong To.",
            "Toi de nghi duoc huong dan dang ky tam tru cho ca gia dinh 4 nguoi,",
            "chu nha o xa nen khong xac nhan truc tiep duoc tren VNeID.",
            "Nguyen Van Quan"], "scan-don-tam-tru.pdf", "Don de nghi")], style="gmail"),
        snippet=None, topic="residence", unit="ca-tp", mailer="gmail",
        note="multipart/mixed with one application/pdf part and no body text",
        why="Attachment-only PDF about temporary residence, sent to a ward; the street is a decoy.")


def letters_other_charsets():
    add("cp1258-rac-truong-phan-dinh-phung", to="so-tnmt",
        sender=("Nguyễn Thị Kim Liên", "kimlien.nt@example.com"),
        subject="Rác thải ùn ứ trước cổng trường học",
        text="""Kính gửi các cơ quan chức năng,

Trước cổng Trường THPT Phan Đình Phùng, điểm tập kết rác của khu phố để cả ngày, xe gom rác chỉ đến lúc tối. Học sinh đi qua phải bịt mũi, ruồi muỗi bu kín.
Đề nghị di chuyển điểm tập kết rác ra xa cổng trường.

Nguyễn Thị Kim Liên
""", place="Trường THPT Phan Đình Phùng", topic="garbage", unit="phuong-ba-dinh",
        charset="windows-1258", cte="quoted-printable", shape="plain", from_mode="cp1258-q",
        subject_mode="cp1258-q", mailer="outlook",
        why="Garbage in front of a school (Phan Đình Phùng, Ba Đình), windows-1258 body and headers.")

    add("cp1258-lan-chiem-ngo-pho-quan-hoa", to="phuong-cau-giay",
        sender=("Đặng Văn Hưởng", "huong.dangvan@example.net"),
        subject="Ngõ bị chiếm làm chỗ để xe, xe cứu hỏa không vào được",
        text="""Kính gửi UBND phường,

Ngõ 43 phố Quan Hoa rộng có 3 mét mà hai bên đều bị các nhà trông giữ xe chiếm, để xe máy kín lối đi. Nếu có cháy thì xe cứu hỏa không vào được.
Đề nghị phường giải tỏa.

Đặng Văn Hưởng
""", place="phố Quan Hoa", topic="encroachment", unit="phuong-cau-giay",
        charset="windows-1258", cte="8bit", shape="plain", from_mode="cp1258-b",
        subject_mode="cp1258-b", mailer="outlook",
        why="Encroachment in a lane of Quan Hoa street (Cầu Giấy), windows-1258 8bit.")

    add("cp1258-so-do-thua-ke", to="so-tnmt",
        sender=("Lê Thị Nguyệt", "nguyet.lethi@example.org"),
        subject="Hỏi thủ tục cấp sổ đỏ cho đất thừa kế",
        text="""Kính gửi Sở Tài nguyên và Môi trường,

Bố mẹ tôi mất không để lại di chúc, mảnh đất ở chưa có sổ đỏ. Năm anh chị em đã thỏa thuận phân chia di sản và lập văn bản có công chứng. Xin hỏi bây giờ làm thủ tục cấp Giấy chứng nhận lần đầu đứng tên ai và nộp hồ sơ ở đâu?

Lê Thị Nguyệt
""", topic="land", unit="so-tnmt", charset="windows-1258", cte="base64", shape="plain",
        from_mode="cp1258-q", subject_mode="cp1258-q", mailer="outlook",
        why="Land certificate for inherited land, windows-1258 base64.")

    add("cp1258-tieng-on-xuong-in", to="xa-soc-son",
        sender=("Ninh Văn Tú", "tu.ninhvan@example.com"),
        subject="Xưởng in bao bì chạy máy cả đêm",
        text="""Kính gửi UBND xã Sóc Sơn,

Xưởng in bao bì gần chợ Sóc Sơn chạy máy cả đêm, tiếng máy dập, máy cắt vang cả xóm. Trẻ con không ngủ được, người già mệt mỏi.
Đề nghị xã kiểm tra tiếng ồn và yêu cầu dừng máy sau 22 giờ.

Ninh Văn Tú
""", place="chợ Sóc Sơn", topic="noise", unit="xa-soc-son",
        charset="windows-1258", cte="quoted-printable", shape="html", from_mode="cp1258-q",
        subject_mode="cp1258-q", mailer="outlook",
        why="Night noise near Sóc Sơn market, windows-1258 HTML.")

    add("viscii-khai-sinh-hang-buom", to="ubnd-tp",
        sender=("Tô Thị Thoa", "thoa.tothi@example.net"),
        subject="Xin đăng ký lại khai sinh vì bản chính bị mất",
        text="""Kính gửi Ủy ban nhân dân thành phố,

Giấy khai sinh bản chính của tôi bị mất trong lúc chuyển nhà, sổ hộ tịch gốc lưu tại phường Hàng Buồm cũ cũng bị hư hỏng. Tôi muốn đăng ký lại khai sinh, xin được hướng dẫn nộp hồ sơ ở đâu và cần những giấy tờ gì.

Tô Thị Thoa
""", place="phường Hàng Buồm", topic="civil_status", unit="phuong-hoan-kiem",
        charset="viscii", cte="8bit", shape="plain", from_mode="viscii-q", subject_mode="viscii-q",
        mailer="thunderbird",
        why="Re-registration of a birth; the former ward Hàng Buồm is in Hoàn Kiếm; VISCII body and headers.")


def letters_places():
    add("xay-sai-phep-nguyen-truong-to", to="ubnd-tp",
        sender=("Cù Văn Thành", "thanh.cuvan@example.com"),
        subject="Nhà đang sửa chữa tự ý đập tường chịu lực, xây thêm tầng",
        text="""Kính gửi UBND thành phố,

Căn nhà số 4x phố Nguyễn Trường Tộ xin phép sửa chữa nhưng thực tế đập tường chịu lực và xây thêm hai tầng, nhà bên cạnh đã xuất hiện vết nứt dài. Xin cơ quan chức năng xử lý công trình sai phép.

Cù Văn Thành
""", place="phố Nguyễn Trường Tộ", topic="illegal_construction", unit="phuong-ba-dinh",
        why="Works beyond a repair permit on Nguyễn Trường Tộ (Ba Đình); street only.")

    add("ky-tuc-xa-dhqg-on-ao", to="ubnd-tp",
        sender=("Nguyen Thi Ngoc Mai", "ngocmai.nt@example.org"),
        subject="quan bar ben canh ky tuc xa mo nhac suot dem",
        text="""Kinh gui UBND TP,

Em la sinh vien o ky tuc xa Dai hoc Quoc gia Ha Noi, 144 Xuan Thuy. Quan bar moi mo ngay canh ky tuc xa mo nhac rat to tu 9h toi den 2h sang, toan bo phong o day phia duong ko the hoc va ngu.
Mong duoc can thiep.
Mai
""", place="Dai hoc Quoc gia Ha Noi", topic="noise", unit="phuong-cau-giay",
        why="Bar noise next to the national university dormitory (Xuân Thủy, Cầu Giấy); landmark only.")

    add("diem-do-rac-pho-duc-chinh", to="so-xd",
        sender=("Đỗ Thị Vân Anh", "vananh.dothi@example.net"),
        subject="Điểm đổ rác tự phát ở góc phố",
        text="""Kính gửi các cơ quan,

Ở đoạn giữa phố Phó Đức Chính hình thành một điểm đổ rác tự phát, đêm nào cũng có người mang rác, đồ cũ, nệm hỏng ra vứt. Sáng ra bốc mùi và chắn cả lối đi.
Đề nghị dọn dẹp và lắp camera, biển cấm đổ rác.

Đỗ Thị Vân Anh
""", place="phố Phó Đức Chính", topic="garbage", unit="phuong-ba-dinh",
        why="Illegal dumping on Phó Đức Chính (Ba Đình); street only; sent to so-xd.")

    add("lan-chiem-via-he-dich-vong-cu", to="ca-tp",
        sender=("Luong Van Trung", "trung.luongvan@example.com"),
        subject="via he bi quan an lan chiem het",
        text="""Kinh gui CA TP,

O khu vuc P. Dich Vong cu, doan pho Tran Dang Ninh, cac quan an nuong ke ban ra het via he, nguoi di bo phai di duoi long duong. Toi gio tan tam luc 9-10h toi con bay them ra duong.
De nghi xu ly lan chiem.
Trung
""", place="P. Dich Vong", topic="encroachment", unit="phuong-cau-giay",
        why="Pavement taken by restaurants in the former ward Dịch Vọng (Cầu Giấy); sent to the police.")

    add("xay-trai-phep-ly-thai-to-cu", to="so-xd",
        sender=("Hồ Thị Lệ", "le.hothi@example.org"),
        subject="Công trình cơi nới trái phép trong khu phố cũ",
        text="""Kính gửi Sở Xây dựng,

Tại khu vực phường Lý Thái Tổ cũ, một căn nhà cổ đang bị cơi nới thêm gác lửng và tầng tum bằng khung thép, che bạt kín, thi công vào chủ nhật. Đây là khu vực cần bảo tồn kiến trúc.
Đề nghị kiểm tra, xử lý xây dựng trái phép.

Hồ Thị Lệ
""", place="phường Lý Thái Tổ", topic="illegal_construction", unit="phuong-hoan-kiem",
        why="Illegal additions in the former ward Lý Thái Tổ (Hoàn Kiếm); sent to so-xd.")

    add("cho-tam-chiem-duong-soc-son", to="so-gtvt",
        sender=("Nguyen Van Ba", "ba.nguyenvan.ss@example.net"),
        subject="cho hop tran ra duong, xe ko qua dc",
        text="""Kinh gui So GTVT,

Sang nao cho Soc Son cung hop tran ra ca duong truoc cong cho, nguoi ban hang bay rau, ca xuong long duong, xe o to va xe may un tac den 8h. De nghi xu ly lan chiem long duong.
Ba
""", place="cho Soc Son", topic="encroachment", unit="xa-soc-son",
        why="Market spilling onto the road (Sóc Sơn market); encroachment, not road damage.")

    add("ho-tich-khai-sinh-hang-dao-cu", to="ca-tp",
        sender=("Nguyễn Thị Bích Ngọc", "bichngoc.nt@example.com"),
        subject="Xin trích lục khai sinh để làm hộ chiếu",
        text="""Kính gửi các anh chị,

Tôi sinh năm 1985, đăng ký khai sinh tại phường Hàng Đào cũ. Nay làm hộ chiếu cần bản sao trích lục khai sinh nhưng không biết sổ hộ tịch cũ đang lưu ở đâu sau khi sáp nhập phường. Xin hướng dẫn tôi xin cấp trích lục ở đâu.

Nguyễn Thị Bích Ngọc
""", place="phường Hàng Đào", topic="civil_status", unit="phuong-hoan-kiem",
        why="Birth-record copy from the former ward Hàng Đào (Hoàn Kiếm); sent to the police.")

    add("chung-thuc-hop-dong-thue-nha-duy-tan", to="so-tp",
        sender=("Ta Minh Hieu", "hieu.taminh@example.org"),
        subject="chung thuc hop dong thue nha bi tu choi",
        text="""Kinh gui So Tu phap,

Toi mang hop dong cho thue nha o pho Duy Tan den mot cua gan nha de chung thuc, can bo bao phuong ko chung thuc hop dong thue nha nua ma phai di cong chung. Vay hop dong thue nha duoi 6 thang co chung thuc o phuong dc ko?
Hieu
""", place="pho Duy Tan", topic="certification", unit="phuong-cau-giay",
        why="Certifying a lease refused at the one-stop desk near Duy Tân (Cầu Giấy); sent to so-tp.")


def letters_more():
    """Added after the first count to bring the diacritic-free half up: phone and webmail mail."""
    add("xin-phep-xay-nha-tro-cau-giay", to="so-xd",
        sender=("Bui Van Khanh", "khanh.buivan@example.com"),
        subject="hoi cap phep xay nha tro 5 tang",
        text="""Chao So Xay dung,

Toi co manh dat 70m2 o P. Cau Giay, muon xay nha 5 tang de cho sinh vien thue. Xin hoi ho so xin giay phep xay dung nha tro can ban ve do don vi nao lap, co phai tham dinh PCCC truoc khi cap phep ko?
Khanh
""", topic="construction_permit", unit="so-xd",
        why="Building permit for a boarding house, right department; the ward is a decoy.")

    add("gpxd-sai-ten-chu-dau-tu", to="ubnd-tp",
        sender=("Tran Thi Hoa", "hoa.tranthi.hk@example.net"),
        subject="giay phep xay dung ghi sai ten chu nha",
        text="""Kinh gui UBND TP,

Giay phep xay dung cua gia dinh toi cap thang 10 ghi sai ten chu dau tu (ghi Tran Thi Hao, dung la Tran Thi Hoa). Toi can dieu chinh giay phep xay dung de lam thu tuc hoan cong. Nho chuyen den co quan cap phep.
Hoa
""", topic="construction_permit", unit="so-xd",
        why="Correcting a name on a building permit, sent to the city office.")

    add("mat-dien-tram-bom-soc-son", to="ubnd-tp",
        sender=("Nguyen Van Hung", "hung.nv.tienduoc@example.org"),
        subject="mat dien tram bom tuoi tieu giua mua",
        text="""Kinh gui UBND thanh pho,

Tram bom tuoi cua hop tac xa o Soc Son bi cat dien 5 ngay do chua thanh toan kip tien dien, trong khi lua dang can nuoc. Dien luc ko chap nhan gia han.
De nghi thanh pho chi dao cap dien tro lai cho tram bom.
Hung
""", topic="power", unit="ubnd-tp",
        why="Power cut to an irrigation pump, right unit.")

    add("dien-chap-chon-khu-tap-the", to="so-xd",
        sender=("Le Thi Thu Ha", "thuha.lethi@example.com"),
        subject="dien luc hen 2 tuan chua thay cong to chay",
        text="""Kinh gui cac co quan,

Cong to dien cua 6 ho trong khu tap the nha toi bi chay do chap dien tu 20/11, dien luc keo day tam, hen 2 tuan thay cong to moi nhung den nay chua thay, dien chap chon.
Mong can thiep de dien luc sua som.
Ha
""", topic="power", unit="ubnd-tp",
        why="Burnt electricity meters not replaced, sent to so-xd.")

    add("gop-y-du-thao-phi-cap-ban-sao", to="so-tp",
        sender=("Pham Van Thuan", "thuan.phamvan@example.net"),
        subject="gop y du thao nghi quyet ve le phi ho tich",
        text="""Kinh gui So Tu phap,

Ve du thao nghi quyet cua HDND thanh pho quy dinh muc thu le phi ho tich dang lay y kien, toi de nghi mien le phi cap ban sao trich luc cho nguoi cao tuoi va nguoi khuyet tat, va giu nguyen muc le phi dang ky khai sinh qua han.
Thuan
""", topic="regulation", unit="so-tp",
        why="Comments on a draft fee resolution; civil-status words are decoys.")

    add("o-ga-duong-tran-quoc-vuong", to="so-gtvt",
        sender=("Dao Van Minh", "minh.daovan@example.org"),
        subject="o ga to giua duong gay tai nan",
        text="""Kinh gui So GTVT,

Tren duong Tran Quoc Vuong co 1 o ga rong gan 1m, sau khoang 20cm ngay giua lan xe may, toi qua co 1 chi nga xe. De nghi va gap mat duong.
Minh
""", topic="roads", unit="so-gtvt",
        why="Pothole, right department, short phone mail.")

    add("cau-vuot-bo-hanh-hong", to="ca-tp",
        sender=("Ngo Thi Huyen", "huyen.ngothi@example.com"),
        subject="cau vuot di bo bi hong bac cau thang",
        text="""Kinh gui cac anh chi,

Cau vuot danh cho nguoi di bo tren duong Pham Van Dong doan gan ben xe bi vo 3 bac cau thang, lan can long loi, nguoi gia va hoc sinh di rat nguy hiem. De nghi sua chua gap.
Huyen
""", topic="roads", unit="so-gtvt",
        why="Broken pedestrian overpass (road infrastructure), sent to the police.")

    add("dang-ky-doanh-nghiep-xa-hoi", to="so-khdt",
        sender=("Vu Thi Thanh Nga", "nga.vuthithanh@example.net"),
        subject="hoi dang ky thanh lap doanh nghiep xa hoi",
        text="""Chao Phong Dang ky kinh doanh,

Nhom chung toi muon thanh lap doanh nghiep xa hoi ho tro nguoi khuyet tat. Ho so dang ky doanh nghiep xa hoi khac gi cong ty TNHH thuong, co phai nop cam ket thuc hien muc tieu xa hoi ko a?
Nga
""", topic="business_registration", unit="so-khdt",
        why="Registering a social enterprise, right department.")

    add("khen-cong-an-cap-doi-can-cuoc", to="ca-tp",
        sender=("Nguyen Thi Hong", "hong.nguyenthi.ss@example.org"),
        subject="cam on cong an TP ho tro lam ho so cu tru",
        text="""Kinh gui Cong an thanh pho,

Toi xin cam on can bo cong an da den tan nha ho tro bo toi (nam liet giuong) lam thu tuc cap doi can cuoc va cap nhat thong tin cu tru, rat tan tinh chu dao. Mong lanh dao ghi nhan.
Hong
""", topic="compliment", unit="ca-tp",
        why="Thanks to the police; residence words are decoys.")

    add("tam-tru-sinh-vien-ky-tuc-xa", to="phuong-cau-giay",
        sender=("Dinh Van Hoang", "hoang.dinhvan.sv@example.com"),
        subject="sinh vien o KTX co phai dang ky tam tru ko",
        text="""Chao anh chi,

Em la sinh vien nam nhat, o ky tuc xa truong. Em co phai tu dang ky tam tru ko hay truong lam chung, va neu em chuyen ra ngoai thue tro thi phai khai bao lai trong bao lau? Em cam on.
Hoang
""", topic="residence", unit="ca-tp",
        why="Student temporary residence, sent to a ward.")

    add("rac-xay-dung-do-trom-trung-tam-soc-son", to="xa-soc-son",
        sender=("Tran Van Luan", "luan.tranvan@example.net"),
        subject="xe tai do trom phe thai xay dung ban dem",
        text="""Kinh gui UBND xa Soc Son,

Dem nao cung co xe tai do trom phe thai xay dung, gach vo, xa ban ra bai dat trong canh duong vao thon, nay da thanh dong cao hon 2m. De nghi xa bo tri kiem tra ban dem va xu phat.
Luan
""", topic="garbage", unit="xa-soc-son",
        why="Construction waste dumped at night, commune named.")

    add("via-he-pho-hang-dao-do-xe", to="so-gtvt",
        sender=("Le Quang Vinh", "vinh.lequang.hk@example.org"),
        subject="cua hang chiem via he pho Hang Dao de xe khach",
        text="""Kinh gui So GTVT,

Cac cua hang quan ao tren pho Hang Dao cho khach do xe may kin via he va 1 phan long duong, nguoi di bo phai len xuong lien tuc, cuoi tuan tac ca pho. De nghi xu ly lan chiem.
Vinh
""", place="pho Hang Dao", topic="encroachment", unit="phuong-hoan-kiem",
        why="Pavement parking on Hàng Đào (Hoàn Kiếm); street only; sent to so-gtvt.")

    add("tieng-on-cong-trinh-ngo-xuan-thuy", to="phuong-cau-giay",
        sender=("Nguyen Duc Tam", "tam.nguyenduc@example.com"),
        subject="khoan cat be tong ca ngay chu nhat",
        text="""Kinh gui UBND P. Cau Giay,

Nha o ngo 130 Xuan Thuy dang pha do de xay lai, khoan cat be tong ca ngay chu nhat va buoi trua, tieng on dinh tai. Nha toi co tre so sinh. De nghi phuong yeu cau chu nha thi cong dung gio.
Tam
""", topic="noise", unit="phuong-cau-giay",
        why="Demolition noise at weekends, ward named.")


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else HERE
    for group in (letters_land, letters_business, letters_residence, letters_civil_status,
                  letters_certification, letters_garbage, letters_noise,
                  letters_illegal_construction, letters_encroachment, letters_flooding,
                  letters_water, letters_power, letters_roads, letters_construction_permit,
                  letters_harassment, letters_regulation, letters_compliment, letters_other,
                  letters_forwarded, letters_attachment_only, letters_other_charsets,
                  letters_places, letters_more):
        group()
    write_all(out_dir)
    summary()


if __name__ == "__main__":
    main()
