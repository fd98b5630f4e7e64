#!/usr/bin/env bash
# The README's first command: install what is missing, build, and run the main
# job on the bundled corpus: read every report, index them, then a search, a
# trend (with its chart) and a directive check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build=${BAOCAO_BUILD_DIR:-build}
baocao="$build/baocao"
db="$build/demo-db"
chart="$build/demo-trend.svg"

echo
echo "== Every report of corpus/: issuer, period -> plan period, kind, what was found"
"$baocao" inspect corpus/ --summary

echo
echo "== Index the bundled corpus into $db"
rm -rf "$db"
"$baocao" ingest corpus/ --db "$db"

echo
echo "== When did we organise the military-service medical check? (typed without diacritics)"
"$baocao" search kham so tuyen NVQS --db "$db" --limit 3

echo
echo "== How did monthly budget revenue move? (chart: $chart)"
"$baocao" trend "tong thu NS" --db "$db" --issuer "Đông Phú" --from 2023-01 --to 2023-12 \
  --chart "$chart"

echo
echo "== Which of November's directives for December 2023 were reported as done?"
"$baocao" directives --db "$db" --period 2023-12 --issuer "Lai Cách"
