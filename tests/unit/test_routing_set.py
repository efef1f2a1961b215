#!/usr/bin/env python3
"""Checks that the held-out routing set (tests/data/routing) is usable as a
measurement, not how well the rules do on it (bench/routing.sh measures that):

- every .eml has a .json sidecar and every sidecar an .eml;
- every .eml decodes with mime_dump (exit 0, not flagged malformed) to the
  From address, Subject, body snippet and attachments its sidecar states;
- every sidecar names units that exist in tests/data/corpus/units.json
  (to_unit, responsible_unit) and a topic that is a category of the shipped
  rules (rules/00-categories.conf), and has the fields the benchmark reads
  (diacritics true|false, place string|null, letter);
- the diacritics field is true exactly when the letter has non-ASCII text.

No accuracy threshold: a held-out set is never tuned to, so the figures are
reported, not asserted.

Run from the repository root with HL_BUILD_DIR set (ctest does both).
Prints one line per failure and ends with "N passed, M failed"."""

import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("HL_BUILD_DIR", os.path.join(ROOT, "build"))
DUMP = os.path.join(BUILD, "mime_dump")
SET = os.path.join(ROOT, "tests", "data", "routing")
UNITS = os.path.join(ROOT, "tests", "data", "corpus", "units.json")
CATEGORIES = os.path.join(ROOT, "rules", "00-categories.conf")
LETTERS = {"feedback", "complaint", "denunciation"}

passed = 0
failures = []


def nfc(s):
    return unicodedata.normalize("NFC", s) if s is not None else None


def collapse(s):
    return re.sub(r"\s+", " ", s)


def check(name, errs):
    global passed
    if errs:
        failures.append(f"{name}: " + "; ".join(errs))
    else:
        passed += 1


def dump(eml):
    """(rc, decoded JSON or None, stderr) of mime_dump over one file."""
    p = subprocess.run([DUMP, eml], capture_output=True, timeout=60)
    try:
        got = json.loads(p.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        got = None
    return p.returncode, got, p.stderr.decode("utf-8", "replace")


def check_decode(eml, side, rc, got, err):
    if got is None:
        return [f"mime_dump rc={rc}, no JSON: {err[:200]}"]
    errs = []
    if rc != 0:
        errs.append(f"mime_dump rc={rc}")
    if "malformed" in got["flags"]:
        errs.append(f"flagged malformed: {got['problems']}")
    if got["from"]["address"] != side["from"]["address"]:
        errs.append(f"from {got['from']['address']!r} != {side['from']['address']!r}")
    if got["subject"] != nfc(side["subject"]):
        errs.append(f"subject {got['subject']!r} != {side['subject']!r}")
    snip = side.get("body_snippet")
    if snip and collapse(nfc(snip)) not in collapse(nfc(got["text"] or "")):
        errs.append(f"snippet {snip!r} not in text {(got['text'] or '')[:200]!r}")
    want, have = side["attachments"], got["attachments"]
    if len(want) != len(have):
        errs.append(f"{len(have)} attachments, want {len(want)}")
    else:
        for i, (g, w) in enumerate(zip(have, want)):
            for k in ("filename", "content_type", "size", "sha256"):
                wv = nfc(w[k]) if k == "filename" else w[k]
                if g[k] != wv:
                    errs.append(f"attachment {i} {k} {g[k]!r} != {wv!r}")
    if not snip and not want:
        errs.append("neither body snippet nor attachment: nothing to route on")
    return errs


def check_labels(side, got, units, topics):
    errs = []
    for k in ("to_unit", "responsible_unit"):
        if side.get(k) not in units:
            errs.append(f"{k} {side.get(k)!r} is not a unit of units.json")
    if side.get("topic") not in topics:
        errs.append(f"topic {side.get('topic')!r} is not a category of the shipped rules")
    if not isinstance(side.get("diacritics"), bool):
        errs.append("diacritics must be true or false")
    if "place" not in side or not (side["place"] is None or isinstance(side["place"], str)):
        errs.append("place must be a string or null")
    if side.get("letter") not in LETTERS:
        errs.append(f"letter {side.get('letter')!r} not one of {sorted(LETTERS)}")
    if side.get("kind") != "new_case":
        errs.append(f"kind {side.get('kind')!r}: the held-out set holds new cases only")
    # The flag must say what the citizen typed: any non-ASCII letter in the
    # decoded subject, body or name counts.  Letters carried in attachments
    # (forwards, attachment-only mail) are not decoded here.
    if got is not None and isinstance(side.get("diacritics"), bool) and not side["attachments"]:
        typed = (got["subject"] or "") + (got["text"] or "") + (side["from"]["name"] or "")
        if any(ord(c) > 127 for c in typed) != side["diacritics"]:
            errs.append(f"diacritics {side['diacritics']} but the text says otherwise")
    return errs


def main():
    if not os.access(DUMP, os.X_OK):
        print(f"mime_dump not found at {DUMP} (set HL_BUILD_DIR)")
        print("0 passed, 1 failed")
        return 1
    units = {u["code"] for u in json.load(open(UNITS, encoding="utf-8"))}
    topics = set(re.findall(r'\bcode\s*=\s*"([^"]+)"', open(CATEGORIES, encoding="utf-8").read()))
    emls = sorted(glob.glob(os.path.join(SET, "*.eml")))
    sides = sorted(glob.glob(os.path.join(SET, "*.json")))
    if len(emls) < 150:
        failures.append(f"routing set: only {len(emls)} messages in {SET}")
    for s in sides:
        if not os.path.exists(s[:-5] + ".eml"):
            failures.append(f"{os.path.basename(s)}: sidecar without .eml")
    for eml in emls:
        name = os.path.basename(eml)[:-4]
        try:
            side = json.load(open(eml[:-4] + ".json", encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            failures.append(f"{name}: sidecar: {e}")
            continue
        rc, got, err = dump(eml)
        check(name, check_decode(eml, side, rc, got, err) + check_labels(side, got, units, topics))
    for f in failures:
        print("FAIL", f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
