#!/usr/bin/env bash
# The README's first command: install what is missing, build, and run the main
# job on the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build=${BAOCAO_BUILD_DIR:-build}
baocao="$build/baocao"

echo
echo "== Every report of corpus/: issuer, period -> plan period, kind, what was found"
"$baocao" inspect corpus/ --summary

echo
echo "== The real report (corpus/lai-cach-2023-11.txt), section by section"
"$baocao" inspect corpus/lai-cach-2023-11.txt --stage segment
