#!/usr/bin/env bash
# Scale benchmark for issue 4 (not a test: it prints figures, asserts nothing).
#
#   bash bench/run_bench.sh [WORKDIR]        # default WORKDIR /tmp/baocao-bench
#
# Builds (once) a corpus of 1,200 reports (10 communes x 120 months) as text
# and PDF with scripts/gen_corpus.py, then prints side by side:
#   - baocao ingest of the PDFs (everything: extract, normalise, segment,
#     index paragraphs and records) vs `pdftotext` alone on the same PDFs
#     with the same number of workers (xargs -P), vs recollindex -z;
#   - baocao ingest of the text files;
#   - search latency p50/p99 over a mixed query set (time inside the search
#     command, and wall time of the whole command per query);
#   - index size vs extracted text size; peak RSS of ingest.
# Wall times depend on what else runs on the machine: CPU seconds
# (user + system) are printed beside them.
# Needs: a built baocao (BAOCAO=path, default build-store/ then build/),
# poppler-utils (pdftotext), recollcmd (recollindex), time (/usr/bin/time).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-/tmp/baocao-bench}"
JOBS="${JOBS:-2}"
BAOCAO="${BAOCAO:-}"
if [[ -z "$BAOCAO" ]]; then
  for candidate in "$ROOT/build-store/baocao" "$ROOT/build/baocao"; do
    [[ -x "$candidate" ]] && BAOCAO="$candidate" && break
  done
fi
[[ -x "$BAOCAO" ]] || { echo "bench: no baocao binary; build first or set BAOCAO=" >&2; exit 2; }
for tool in pdftotext recollindex /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool missing (apt-get install poppler-utils recollcmd time)" >&2; exit 2; }
done
export BAOCAO_DICTIONARIES="$ROOT/dictionaries"

CORPUS="$WORK/corpus"
if [[ ! -f "$CORPUS/truth/index.json" ]]; then
  echo "== generating the corpus in $CORPUS (once)"
  /usr/bin/python3 "$ROOT/scripts/gen_corpus.py" --communes 10 --months 120 --out "$CORPUS" \
    --jobs "$JOBS" --quiet
fi

# PDFs and texts in their own trees (hard links), so every tool sees the
# same files and nothing else.
rm -rf "$WORK/pdfs" "$WORK/texts" "$WORK/pdftotext" "$WORK/db-pdf" "$WORK/db-txt" "$WORK/recoll"
mkdir -p "$WORK/pdfs" "$WORK/texts" "$WORK/pdftotext" "$WORK/recoll"
rmdir "$WORK/pdfs" "$WORK/texts"
cp -al "$CORPUS" "$WORK/pdfs" && rm -rf "$WORK/pdfs/truth" && find "$WORK/pdfs" -type f ! -name '*.pdf' -delete
cp -al "$CORPUS" "$WORK/texts" && rm -rf "$WORK/texts/truth" && find "$WORK/texts" -type f ! -name '*.txt' -delete
PDFS=$(find "$WORK/pdfs" -name '*.pdf' | wc -l)
TEXTS=$(find "$WORK/texts" -name '*.txt' | wc -l)
echo "== $PDFS PDFs, $TEXTS text files, $JOBS workers, $(nproc) cores"

seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$1"; }
cpu() { awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }

echo "== pdftotext alone (xargs -P$JOBS)"
sync
# pdftotext writes DIR/x.txt beside DIR/x.pdf; the outputs move away after
# the timing so that the other tools see PDFs only.
/usr/bin/time -v -o "$WORK/time-pdftotext" bash -c \
  "find '$WORK/pdfs' -name '*.pdf' -print0 | xargs -0 -P$JOBS -n1 pdftotext"
(cd "$WORK/pdfs" && find . -name '*.txt' | while read -r f; do
  mv "$f" "$WORK/pdftotext/$(echo "${f#./}" | tr / _)"; done)
T_PDFTOTEXT=$(seconds "$WORK/time-pdftotext"); C_PDFTOTEXT=$(cpu "$WORK/time-pdftotext")

echo "== baocao ingest of the PDFs (--jobs $JOBS)"
/usr/bin/time -v -o "$WORK/time-ingest-pdf" "$BAOCAO" ingest "$WORK/pdfs" --db "$WORK/db-pdf" --jobs "$JOBS" |
  tee "$WORK/ingest-pdf.out"
PAGES=$(sed -n 's/.*(\([0-9]*\) pages in.*/\1/p' "$WORK/ingest-pdf.out")
T_INGEST=$(seconds "$WORK/time-ingest-pdf"); C_INGEST=$(cpu "$WORK/time-ingest-pdf")
RSS_INGEST=$(rss_mb "$WORK/time-ingest-pdf")

echo "== baocao ingest again (nothing changed)"
/usr/bin/time -v -o "$WORK/time-reingest" "$BAOCAO" ingest "$WORK/pdfs" --db "$WORK/db-pdf" --jobs "$JOBS"
T_REINGEST=$(seconds "$WORK/time-reingest")

echo "== baocao ingest of the texts (--jobs $JOBS)"
/usr/bin/time -v -o "$WORK/time-ingest-txt" "$BAOCAO" ingest "$WORK/texts" --db "$WORK/db-txt" --jobs "$JOBS"
T_INGEST_TXT=$(seconds "$WORK/time-ingest-txt")

echo "== recollindex -z (private config)"
cat > "$WORK/recoll/recoll.conf" <<EOF
topdirs = $WORK/pdfs
EOF
/usr/bin/time -v -o "$WORK/time-recoll" recollindex -c "$WORK/recoll" -z >"$WORK/recoll.log" 2>&1 || true
T_RECOLL=$(seconds "$WORK/time-recoll"); C_RECOLL=$(cpu "$WORK/time-recoll")
RSS_RECOLL=$(rss_mb "$WORK/time-recoll")

echo "== search latency"
QUERIES="$ROOT/bench/queries.txt"
: >"$WORK/latency"
for round in 1 2 3; do
  while IFS= read -r query; do
    [[ -z "$query" || "$query" == \#* ]] && continue
    start=$(date +%s.%N)
    line=$("$BAOCAO" search "$query" --db "$WORK/db-pdf" --limit 10 | tail -n 1)
    end=$(date +%s.%N)
    inside=$(echo "$line" | sed -n 's/.*(\([0-9.]*\) ms)$/\1/p')
    echo "$inside $(echo "$end - $start" | bc -l)" >>"$WORK/latency"
  done <"$QUERIES"
done

INDEX_BYTES=$(du -sb "$WORK/db-pdf" | cut -f1)
TEXT_BYTES=$(du -cb "$WORK"/pdftotext/*.txt | tail -n 1 | cut -f1)
RECOLL_BYTES=$(du -sb "$WORK/recoll/xapiandb" 2>/dev/null | cut -f1 || echo 0)

/usr/bin/python3 - "$WORK/latency" <<EOF
import statistics, sys
inside, wall = [], []
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) == 2 and parts[0]:
        inside.append(float(parts[0])); wall.append(float(parts[1]) * 1000)
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
pages, t_pdf, t_ing, t_rec = $PAGES, $T_PDFTOTEXT, $T_INGEST, $T_RECOLL
print()
print(f"corpus: $PDFS PDFs, {pages} pages; $TEXTS texts; workers: $JOBS")
print(f"{'':38}{'seconds':>9}{'pages/s':>10}{'ratio':>8}{'CPU s':>8}{'ratio':>8}")
for name, t, c in [("pdftotext alone (xargs -P$JOBS)", t_pdf, $C_PDFTOTEXT),
                   ("baocao ingest PDFs (--jobs $JOBS)", t_ing, $C_INGEST),
                   ("recollindex -z", t_rec, $C_RECOLL)]:
    print(f"{name:38}{t:9.1f}{pages / t:10.0f}{t / t_pdf:8.2f}{c:8.1f}{c / $C_PDFTOTEXT:8.2f}")
print(f"{'baocao ingest texts (--jobs $JOBS)':38}{$T_INGEST_TXT:9.1f}")
print(f"{'baocao ingest again, unchanged':38}{$T_REINGEST:9.1f}")
print(f"ingest ratio baocao/pdftotext: {t_ing / t_pdf:.2f} (target <= 1.0); "
      f"baocao/recollindex: {t_ing / t_rec:.2f} (target < 1.0)")
print(f"search, {len(inside)} runs of a mixed query set: inside the command "
      f"p50 {pct(inside, 50):.1f} ms, p99 {pct(inside, 99):.1f} ms (target 10 / 50); "
      f"whole command p50 {pct(wall, 50):.0f} ms, p99 {pct(wall, 99):.0f} ms")
print(f"index {$INDEX_BYTES / 1e6:.1f} MB vs extracted text {$TEXT_BYTES / 1e6:.1f} MB "
      f"(x{$INDEX_BYTES / $TEXT_BYTES:.1f}); recoll's index {$RECOLL_BYTES / 1e6:.1f} MB")
print(f"peak RSS: baocao ingest {$RSS_INGEST} MB (target <= 300), recollindex {$RSS_RECOLL} MB")
EOF
