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
echo "== What baocao reads in each report of corpus/ (issuer, period, sections)"
"$baocao" inspect corpus/lai-cach-2023-11.txt --stage segment
