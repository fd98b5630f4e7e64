#!/usr/bin/env bash
# Memory of `baocao ingest` on one huge text file (issue 7): a report of
# SIZE_MB megabytes (default 100) made of the synthetic archive's sections
# repeated, generated in a temporary folder (never in the repository), then
# ingested under /usr/bin/time -v. Prints the file size, wall time, peak RSS
# and RSS / file size, and fails when the peak exceeds LIMIT times the file
# size (default 100, the issue's bound).
#
#   bash scripts/big_text_rss.sh [SIZE_MB]      # BAOCAO=path/to/baocao
#   MAX_TEXT_MB=0 bash scripts/big_text_rss.sh 10   # index it anyway (no size limit)
#
# By default ingest refuses text files over 8 MB unread (--max-text-mb), so
# the 100 MB file costs almost nothing; MAX_TEXT_MB=0 measures indexing it
# (staged over several commits as a large report, see src/store/writer.h):
# 978 MB peak, 10.3 times the file, 8 min on the 2-core machine.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE_MB="${1:-100}"
LIMIT="${LIMIT:-100}"
MAX_TEXT_MB="${MAX_TEXT_MB:-8}"
BAOCAO="${BAOCAO:-}"
if [[ -z "$BAOCAO" ]]; then
  for candidate in "$ROOT/build-robust/baocao" "$ROOT/build/baocao"; do
    [[ -x "$candidate" ]] && BAOCAO="$candidate" && break
  done
fi
[[ -x "$BAOCAO" ]] || { echo "big_text_rss: no baocao binary; build first or set BAOCAO=" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "big_text_rss: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
export BAOCAO_DICTIONARIES="$ROOT/dictionaries"

WORK="$(mktemp -d /tmp/baocao-big-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
python3 - "$ROOT/corpus/synthetic/xa-dong-phu/2022-03.txt" "$WORK/in/big.txt" "$SIZE_MB" <<'PY'
import os, sys
source, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(source, encoding="utf-8").read()
head, rest = text.split("I. KẾT QUẢ", 1)
results, plan = ("I. KẾT QUẢ" + rest).split("II. PHƯƠNG HƯỚNG", 1)
body = results.split("\n", 1)[1]  # the sections of Part I, repeated
os.makedirs(os.path.dirname(out), exist_ok=True)
target = size_mb * 1_000_000
with open(out, "w", encoding="utf-8") as f:
    f.write(head + results.split("\n", 1)[0] + "\n")
    written, n = 0, 0
    while written < target:
        n += 1
        chunk = body.replace("Tổng thu NS", "Tổng thu NS (lần %d)" % n)
        f.write(chunk)
        written += len(chunk.encode("utf-8"))
    f.write("II. PHƯƠNG HƯỚNG" + plan)
PY
bytes=$(stat -c %s "$WORK/in/big.txt")
/usr/bin/time -v -o "$WORK/time.txt" "$BAOCAO" ingest "$WORK/in" --db "$WORK/db" --jobs 1 \
  --max-text-mb "$MAX_TEXT_MB" \
  > "$WORK/out.txt" 2> "$WORK/err.txt" || true
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")
db_kb=$(du -sk "$WORK/db" | cut -f1)
cat "$WORK/out.txt"
head -3 "$WORK/err.txt"
"$BAOCAO" reports --db "$WORK/db"
awk -v b="$bytes" -v r="$rss_kb" -v w="$wall" -v d="$db_kb" -v limit="$LIMIT" 'BEGIN {
  ratio = r * 1024 / b
  printf "big_text_rss: file %.1f MB, ingest %s wall, peak RSS %.0f MB = %.1f x the file, index %.0f MB\n",
         b / 1e6, w, r / 1024, ratio, d / 1024
  exit ratio > limit ? 1 : 0
}'
