#!/usr/bin/env bash
# Rewrites corpus/expected/<file>.segment.json from the current build. Read the
# diff (git diff corpus/expected) against the paper report before committing:
# the golden files are what a person checked, not what the code happens to say.
set -euo pipefail
cd "$(dirname "$0")/.."
baocao=${BAOCAO_BUILD_DIR:-build}/baocao
mkdir -p corpus/expected
for input in corpus/lai-cach-2023-11.txt "$@"; do
  [ -f "$input" ] || continue
  "$baocao" inspect "$input" --stage segment --json > "corpus/expected/$(basename "$input").segment.json" 2>/dev/null
  echo "updated corpus/expected/$(basename "$input").segment.json"
done
