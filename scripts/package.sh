#!/usr/bin/env bash
# package.sh: builds the Debian package of hotline (CPack DEB, cmake/install.cmake)
# in build-pkg/ and prints the path of the .deb it made.
#
#   bash scripts/package.sh            # -> build-pkg/hotline_0.1.0_amd64.deb
#   dpkg -i build-pkg/hotline_*.deb    # as root; README.md, "Production install"
#
# The package installs the binaries, the shipped rules, templates, calendar and
# schema under /usr/share/hotline, the example configuration under /etc/hotline,
# the manual pages and hotlined.service; its postinst creates the `hotline`
# system user.  It neither writes a configuration nor starts the service.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${HL_PKG_BUILD_DIR:-$REPO/build-pkg}"
JOBS="${JOBS:-2}"

cmake -S "$REPO" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
    -DCPACK_PACKAGING_INSTALL_PREFIX=/usr >/dev/null
make -C "$BUILD" -j"$JOBS" --no-print-directory hotlined hotlinectl >/dev/null
rm -f "$BUILD"/hotline_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
deb="$(ls "$BUILD"/hotline_*.deb)"
echo "$deb"
