#!/usr/bin/env bash
# learn-topics.sh [OUT]: writes the default rule set's topic model
# (rules/topics.model, or OUT) from every labelled letter in the repository:
# the sample corpus, the held-out routing set and the rule authors' probes.
# tests/unit/test_topics_model.py checks that the shipped file is what this
# writes, so retrain (and commit) whenever a source changes.
#
#   bash scripts/learn-topics.sh [OUT]        (needs build/hotlinectl)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${HL_BUILD_DIR:-$REPO/build}"
cd "$REPO"
exec "$BUILD/hotlinectl" rules learn --out "${1:-rules/topics.model}" --margin 15 \
    tests/data/corpus tests/data/routing tests/data/rules/probes.tsv tests/data/rules/heldout.tsv
