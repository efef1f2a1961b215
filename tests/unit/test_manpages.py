#!/usr/bin/env python3
"""The manual pages (docs/man) render cleanly and say what docs/ and --help say.

1. `groff -ww -z -man PAGE` prints nothing for each page (groff exits 0 on
   warnings, so any output is a failure).
2. Every setting named in a table of docs/config.md (first column, `name`)
   is named in hotline.conf.5.
3. Every subcommand of `hotlinectl --help` ("case list", "outbox retry" ...)
   and every option it shows is in hotlinectl.8; every option of
   `hotlined --help` is in hotlined.8.  The subcommands listed in the code
   blocks of docs/hotlinectl.md are in hotlinectl.8 too.

Run from the repository root with HL_BUILD_DIR set (ctest does both).
Prints one line per failure and ends with "N passed, M failed"."""

import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("HL_BUILD_DIR", os.path.join(ROOT, "build"))
MAN = os.path.join(ROOT, "docs", "man")
PAGES = ["hotlined.8", "hotlinectl.8", "hotline.conf.5", "hotline-rules.5"]

passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what)


def page_words(name):
    """The page's text with roff escapes undone, for word searches."""
    with open(os.path.join(MAN, name), encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"^\.\\\".*$", "", text, flags=re.M)  # comments say nothing
    text = re.sub(r"\\f[BIRP]", "", text)
    text = text.replace("\\-", "-").replace("\\&", "").replace("\\e", "\\")
    return text


def has_word(text, word):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


def help_of(binary):
    out = subprocess.run([os.path.join(BUILD, binary), "--help"], capture_output=True,
                         text=True)
    return out.stdout + out.stderr


# 1. groff
for p in PAGES:
    path = os.path.join(MAN, p)
    check(os.path.exists(path), p + " exists")
    if os.path.exists(path):
        out = subprocess.run(["groff", "-ww", "-z", "-man", path], capture_output=True,
                             text=True)
        check(out.returncode == 0 and out.stdout + out.stderr == "",
              "groff -ww -z -man %s: %s" % (p, (out.stdout + out.stderr).strip()))

# 2. configuration keys
conf = page_words("hotline.conf.5")
keys = set()
with open(os.path.join(ROOT, "docs", "config.md"), encoding="utf-8") as f:
    for line in f:
        m = re.match(r"^\|\s*([^|]+?)\s*\|", line)
        if not m:
            continue
        cell = m.group(1)
        names = re.findall(r"`([a-z_]+)`", cell)
        if names and re.fullmatch(r"(`[a-z_]+`)(\s*(/|,)\s*`[a-z_]+`)*", cell):
            keys.update(names)
check(len(keys) >= 40, "docs/config.md: %d settings found, expected at least 40" % len(keys))
for k in sorted(keys):
    check(has_word(conf, k), "hotline.conf.5 does not name the setting %s (docs/config.md)" % k)

# 3. commands and options
ctl = page_words("hotlinectl.8")
ctl_help = help_of("hotlinectl")
commands = set()
for line in ctl_help.splitlines():
    m = re.match(r"^  ([a-z]+)(?: \[?([a-z]+)\]?)?", line)
    if m:
        commands.add(m.group(1) + (" " + m.group(2) if m.group(2) else ""))
with open(os.path.join(ROOT, "docs", "hotlinectl.md"), encoding="utf-8") as f:
    for line in f:
        m = re.match(r"^hotlinectl (?:\[-c FILE\] )?([a-z]+)(?: ([a-z]+))?", line)
        if m:
            commands.add(m.group(1) + (" " + m.group(2) if m.group(2) else ""))
check(len(commands) >= 15, "hotlinectl: %d subcommands found, expected at least 15" % len(commands))
for c in sorted(commands):
    check(re.search(r"(?m)^\.B " + re.escape(c) + r"\b", ctl.replace("\\-", "-")) is not None
          or has_word(ctl, c),
          "hotlinectl.8 does not describe \"%s\" (hotlinectl --help, docs/hotlinectl.md)" % c)
for opt in sorted(set(re.findall(r"--[a-z][a-z-]*", ctl_help))):
    check(has_word(ctl, opt), "hotlinectl.8 does not name the option %s (hotlinectl --help)" % opt)

hd = page_words("hotlined.8")
hd_help = help_of("hotlined")
opts = set(re.findall(r"--[a-z][a-z-]*", hd_help))
check(len(opts) >= 4, "hotlined --help: %d options found" % len(opts))
for opt in sorted(opts):
    check(has_word(hd, opt), "hotlined.8 does not name the option %s (hotlined --help)" % opt)

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
