#!/usr/bin/env bash
# checksrc.sh: the rules of the house the compiler cannot see (or sees only
# by accident of include paths), checked over the source tree:
#
#   1. libpq and libetpan are seen only by their seams: an #include of
#      <libpq-fe.h>, <libpq/...>, <postgresql/...> outside lib/pg/, or of
#      <libetpan/...> outside lib/net/, fails.  (The programs in daemon/ and
#      the tests call the seams, never the libraries.)
#   2. The layers point one way: lib/base includes nothing of lib/mail,
#      lib/core, lib/pg or lib/net; lib/mail nothing of lib/core, lib/pg or
#      lib/net; lib/core nothing of lib/pg or lib/net.
#   3. No file in lib/ is longer than HL_MAX_LINES (1,000) lines: a file that
#      long holds more than one concern.
#   4. A module's private header (NAME_int.h, in lib/DIR/private/) is
#      included only from lib/DIR/: the build keeps it off every other
#      include path, and this says so for a path that reaches it anyway
#      ("private/x_int.h", "../core/private/x_int.h").  Outside lib/, a
#      NAME_int.h beside the including file is that folder's own.
#
# Prints one "FILE:LINE: message" per violation and exits 1 if there is any.
#   scripts/checksrc.sh [ROOT]     (default: the repository)
set -uo pipefail

ROOT="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$ROOT" || exit 2
MAX_LINES="${HL_MAX_LINES:-1000}"
bad=0

report() {
    printf '%s\n' "$1"
    bad=1
}

mapfile -t sources < <(find lib daemon tests bench -type f \( -name '*.c' -o -name '*.h' \) \
    2>/dev/null | sort)

# 1 and 2.  Headers of each layer, to tell which layer a quoted include is.
declare -A layer_of
for d in base mail core pg net; do
    for h in lib/$d/*.h lib/$d/private/*.h; do
        [ -e "$h" ] && layer_of["$(basename "$h")"]=$d
    done
done
declare -A rank=([base]=0 [mail]=1 [core]=2 [pg]=3 [net]=3)

for f in "${sources[@]}"; do
    case "$f" in
        lib/*/*) layer="${f#lib/}"; layer="${layer%%/*}" ;;
        *) layer="" ;;
    esac
    while IFS=: read -r line text; do
        inc="$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"].*/\1/' <<<"$text")"
        case "$inc" in
            libpq-fe.h | libpq/* | postgresql/* | pg_config*.h)
                [ "$layer" = pg ] || report "$f:$line: includes <$inc>: only lib/pg/ may see libpq"
                ;;
            libetpan/*)
                [ "$layer" = net ] || report "$f:$line: includes <$inc>: only lib/net/ may see libetpan"
                ;;
        esac
        case "$(basename "$inc")" in
            *_int.h)
                # daemon/'s own private headers sit beside the files that share them.
                [ -z "$layer" ] && [ -e "$(dirname "$f")/$inc" ] && continue
                owner="${layer_of[$(basename "$inc")]:-}"
                if [ -z "$owner" ] || [ "$layer" != "$owner" ]; then
                    report "$f:$line: includes \"$inc\": a private header of lib/${owner:-?}/, for its own files only"
                fi
                ;;
        esac
        if [ -n "$layer" ] && [[ "$text" == *'"'* ]]; then
            to="${layer_of[$(basename "$inc")]:-}"
            if [ -n "$to" ] && [ "$to" != "$layer" ]; then
                if [ "${rank[$to]}" -ge "${rank[$layer]}" ]; then
                    report "$f:$line: lib/$layer/ includes \"$inc\" of lib/$to/: layers point down (base <- mail <- core <- pg, net)"
                fi
            fi
        fi
    done < <(grep -n -E '^[[:space:]]*#[[:space:]]*include' "$f")
done

# 3.
for f in "${sources[@]}"; do
    case "$f" in lib/*) ;; *) continue ;; esac
    n=$(wc -l <"$f")
    if [ "$n" -gt "$MAX_LINES" ]; then
        report "$f:$((MAX_LINES + 1)): $n lines, more than $MAX_LINES: split it by concern"
    fi
done

exit $bad
