#!/usr/bin/env python3
"""Checks that scripts/checksrc.sh fails on each kind of violation it is
there for, in a small tree planted for the purpose (a temporary directory,
never the repository), and passes the same tree without them:

- libpq or libetpan included outside lib/pg/, lib/net/;
- a layer including a header of a layer above it;
- a module's private header (lib/DIR/private/NAME_int.h) included from
  outside lib/DIR/, by its name or by a path that reaches it;
- a file in lib/ over the line limit.

Run from the repository root (ctest does).  Prints one line per failure and
ends with "N passed, M failed"."""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECKSRC = os.path.join(ROOT, "scripts", "checksrc.sh")
passed = failed = 0


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}: {detail}")


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


def run(root):
    r = subprocess.run(["bash", CHECKSRC, root], capture_output=True, text=True)
    return r.returncode, r.stdout


CLEAN = {
    "lib/base/util.h": "int hl_util(void);\n",
    "lib/mail/mime.h": '#include "util.h"\n',
    "lib/mail/private/mime_int.h": '#include "mime.h"\n',
    "lib/mail/mime.c": '#include "mime_int.h"\n#include "util.h"\n',
    "lib/core/rules.c": '#include "mime.h"\n#include <pcre2.h>\n',
    "lib/pg/store_pg.c": "#include <libpq-fe.h>\n",
    "lib/net/imap_etpan.c": "#include <libetpan/libetpan.h>\n",
    "tests/unit/test_mime.c": '#include "mime.h"\n',
}

PLANTED = [
    ("lib/core/x.c", '#include "mime_int.h"\n',
     'lib/core/x.c:1: includes "mime_int.h": a private header of lib/mail/'),
    ("lib/core/y.c", '#include "private/mime_int.h"\n',
     'lib/core/y.c:1: includes "private/mime_int.h": a private header of lib/mail/'),
    ("tests/unit/test_x.c", '\n#include "mime_int.h"\n',
     'tests/unit/test_x.c:2: includes "mime_int.h": a private header of lib/mail/'),
    ("lib/core/z.c", "#include <libpq-fe.h>\n",
     "lib/core/z.c:1: includes <libpq-fe.h>: only lib/pg/ may see libpq"),
    ("daemon/d.c", "#include <libetpan/libetpan.h>\n",
     "daemon/d.c:1: includes <libetpan/libetpan.h>: only lib/net/ may see libetpan"),
    ("lib/base/b.c", '#include "mime.h"\n',
     'lib/base/b.c:1: lib/base/ includes "mime.h" of lib/mail/: layers point down'),
    ("lib/mail/long.c", "int x;\n" * 1001, "lib/mail/long.c:1001: 1001 lines, more than 1000"),
]


def main():
    with tempfile.TemporaryDirectory() as root:
        for path, text in CLEAN.items():
            write(root, path, text)
        rc, out = run(root)
        check("a clean tree passes", rc == 0 and out == "", (rc, out))
        for path, text, want in PLANTED:
            write(root, path, text)
            rc, out = run(root)
            check(f"planted {path} fails", rc == 1 and want in out, (rc, out))
            os.unlink(os.path.join(root, path))
        rc, out = run(root)
        check("clean again once the plants are gone", rc == 0 and out == "", (rc, out))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
