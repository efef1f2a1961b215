#!/usr/bin/env python3
"""Checks that the shipped topic model (rules/topics.model) is the one
scripts/learn-topics.sh writes from the repository's labelled letters, so a
new held-out batch or probe cannot leave the model behind unnoticed, and
that the rule set loads with it.

Run from the repository root with HL_BUILD_DIR set (ctest does both).
Prints one line per failure and ends with "N passed, M failed"."""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("HL_BUILD_DIR", os.path.join(ROOT, "build"))
passed = 0
failures = []


def check(ok, what):
    global passed
    if ok:
        passed += 1
    else:
        failures.append(what)


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "topics.model")
    r = subprocess.run(["bash", os.path.join(ROOT, "scripts", "learn-topics.sh"), out],
                       cwd=ROOT, env=dict(os.environ, HL_BUILD_DIR=BUILD),
                       capture_output=True, text=True)
    check(r.returncode == 0, "learn-topics.sh failed: " + r.stderr.strip())
    if r.returncode == 0:
        with open(out, "rb") as f:
            fresh = f.read()
        with open(os.path.join(ROOT, "rules", "topics.model"), "rb") as f:
            shipped = f.read()
        check(fresh == shipped,
              "rules/topics.model is not what scripts/learn-topics.sh writes: "
              "retrain with `bash scripts/learn-topics.sh` and commit it")
r = subprocess.run([os.path.join(BUILD, "hotlinectl"), "rules", "check", "--units",
                    "tests/data/corpus/units.json", "rules"], cwd=ROOT,
                   capture_output=True, text=True)
check(r.returncode == 0, "rules check: " + r.stdout + r.stderr)

for f in failures:
    print("FAILED:", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
