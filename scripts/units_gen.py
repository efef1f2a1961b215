#!/usr/bin/env python3
"""units_gen.py N [OUT]: a units JSON for a city of N mailboxes.

The 12 sample units of tests/data/corpus/units.json (the default rules name
them) and N - 12 generated wards under the city, each with its own feedback
address, clerks and head, shaped like the sample.  For scripts/stack.sh
(HL_STACK_UNITS=OUT), the many-mailbox test and bench/scale.sh.
"""
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def units(n):
    with open(os.path.join(REPO, "tests/data/corpus/units.json"), encoding="utf-8") as f:
        base = json.load(f)
    out = list(base[:n])
    for i in range(1, n - len(out) + 1):
        code = f"phuong-{i:04d}"
        dom = f"{code}.hanoi.example.vn"
        out.append({
            "code": code,
            "name": f"Ủy ban nhân dân phường số {i}",
            "parent": "ubnd-tp",
            "kind": "commune",
            "feedback_email": f"phananh@{dom}",
            "hotline_phone": f"+84 24 {7000 + i // 100:04d} {i % 100:04d}",
            "clerks": [f"van.thu@{dom}"],
            "head": f"chutich@{dom}",
        })
    return out


def main():
    if len(sys.argv) < 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        print("usage: units_gen.py N [OUT]", file=sys.stderr)
        return 2
    text = json.dumps(units(int(sys.argv[1])), ensure_ascii=False, indent=1)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
