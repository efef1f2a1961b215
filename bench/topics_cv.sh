#!/usr/bin/env bash
# bench/topics_cv.sh [MARGIN...]: how well the topic model does on letters it
# was not trained on.  Not a test: it prints figures and exits 0.
#
# Leave one batch out: for each batch of tests/data/routing, a model is
# trained (hotlinectl rules learn) on the corpus, the other batches and the
# probes, put into a copy of rules/, and the batch left out is measured
# with routing_accuracy, with no model ("rules") and with each margin
# (default 5 10 15 20 30).  Prints unit / topic accuracy per batch.  This is
# how the shipped margin was chosen (rules/README.md, "Accuracy").
#
#   bash bench/topics_cv.sh [MARGIN...]      (needs build/hotlinectl and build/routing_accuracy)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${HL_BUILD_DIR:-$REPO/build}"
cd "$REPO"
margins=("$@")
[ ${#margins[@]} -gt 0 ] || margins=(5 10 15 20 30)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The batch of letter NNN (tests/data/routing/README.md): 001-176, 201-320,
# then a hundred each from 401.
batch_of() {
    local n=$((10#$1))
    if [ "$n" -le 176 ]; then echo 1
    elif [ "$n" -le 320 ]; then echo 2
    else echo $(((n - 1) / 100 - 1)); fi
}
declare -A of
for f in tests/data/routing/*.eml; do
    b="$(basename "$f" .eml)"
    of[$b]="$(batch_of "${b%%-*}")"
done
acc() { "$BUILD/routing_accuracy" -r "$1" -u tests/data/corpus/units.json -d "$2" |
    awk '/^  all /{print $5 " / " $8; exit}'; }
printf '%-10s %-16s' batch rules
for m in "${margins[@]}"; do printf ' %-16s' "margin $m"; done
echo
for k in $(printf '%s\n' "${of[@]}" | sort -n | uniq); do
    rm -rf "$work/train" "$work/test" "$work/rules"
    mkdir -p "$work/train" "$work/test"
    for b in "${!of[@]}"; do
        dst="$work/train"
        [ "${of[$b]}" = "$k" ] && dst="$work/test"
        cp "tests/data/routing/$b.eml" "tests/data/routing/$b.json" "$dst/"
    done
    cp -r rules "$work/rules"
    rm -f "$work/rules/topics.model"
    "$BUILD/hotlinectl" rules learn --out "$work/model" tests/data/corpus "$work/train" \
        tests/data/rules/probes.tsv tests/data/rules/heldout.tsv >/dev/null
    n="$(ls "$work/test"/*.eml | wc -l)"
    printf '%-10s %-16s' "$k ($n)" "$(acc "$work/rules" "$work/test")"
    for m in "${margins[@]}"; do
        sed "s/^margin .*/margin $m/" "$work/model" >"$work/rules/topics.model"
        printf ' %-16s' "$(acc "$work/rules" "$work/test")"
    done
    echo
done
exit 0
