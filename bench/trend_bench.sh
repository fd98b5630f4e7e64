#!/usr/bin/env bash
# Latency of `baocao trend` over 10 years x 10 communes (issue 5: <= 50 ms).
# A benchmark, not a test: it prints figures and asserts nothing.
#
#   bash bench/trend_bench.sh [WORKDIR]      # default WORKDIR /tmp/baocao-trend-bench
#
# Builds once a text corpus of 1,200 reports (10 communes x 120 months) with
# scripts/gen_corpus.py and an index of it with `baocao ingest`, then runs
# `baocao trend` RUNS times per metric (whole command, wall clock, as a user
# waits for it) and prints p50/p90/max, plus the steps measured inside the
# command (--timing) for the median run. A second part times the trend
# functions alone on the same figures fed as JSON rows (--from-rows), which
# needs no index.
# Needs: a built baocao (BAOCAO=path, default build/). An index built by a
# baocao older than the packed figure slot still works, but slower: delete
# WORKDIR/db to rebuild it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-/tmp/baocao-trend-bench}"
RUNS="${RUNS:-21}"
BAOCAO="${BAOCAO:-}"
if [[ -z "$BAOCAO" ]]; then
  for candidate in "$ROOT/build/baocao"; do
    [[ -x "$candidate" ]] && BAOCAO="$candidate" && break
  done
fi
[[ -x "$BAOCAO" ]] || { echo "trend_bench: no baocao binary; build first or set BAOCAO=" >&2; exit 2; }
export BAOCAO_DICTIONARIES="$ROOT/dictionaries"

CORPUS="$WORK/corpus"
DB="$WORK/db"
if [[ ! -f "$CORPUS/truth/index.json" ]]; then
  echo "== generating 10 communes x 120 months of text reports in $CORPUS (once)"
  /usr/bin/python3 "$ROOT/scripts/gen_corpus.py" --communes 10 --months 120 --out "$CORPUS" \
    --formats txt --quiet
fi
if [[ ! -d "$DB" ]]; then
  echo "== indexing into $DB (once)"
  "$BAOCAO" ingest "$CORPUS" --db "$DB" | tail -1
fi
REPORTS=$(find "$CORPUS" -name '*.txt' | wc -l)
echo "== $REPORTS reports, $(nproc) cores, $RUNS runs per metric, binary $BAOCAO"

# Milliseconds of one command, wall clock. $EPOCHREALTIME (bash 5) reads
# the clock without forking: two `date` processes around the command added
# 5-20 ms of their own to every figure on this machine.
millis() {
  local start end
  start=${EPOCHREALTIME/./}
  "$@" >/dev/null 2>&1 || true
  end=${EPOCHREALTIME/./}
  echo $(( (end - start) / 1000 ))
}

stats() { # reads numbers, prints p50 p90 max
  sort -n | awk '{v[NR] = $1} END {
    p50 = v[int((NR + 1) / 2)]; p90 = v[int(NR * 0.9 + 0.5)]; if (p90 == "") p90 = v[NR];
    printf "p50 %4d ms  p90 %4d ms  max %4d ms", p50, p90, v[NR] }'
}

bench() { # label, then the command
  local label="$1"; shift
  local times=()
  "$@" >/dev/null 2>&1 || true # warm the page cache
  for ((i = 0; i < RUNS; i++)); do
    times+=("$(millis "$@")")
  done
  printf '%-46s %s\n' "$label" "$(printf '%s\n' "${times[@]}" | stats)"
}

echo "== baocao trend --db (whole command: load dictionaries, open index, read, resolve, build, print)"
for metric in "tổng thu ngân sách" "tong thu NS" "luy_ke_chi_ngan_sach" "khám phụ khoa"; do
  bench "trend '$metric'" "$BAOCAO" trend "$metric" --db "$DB"
  bench "trend '$metric' --format json --chart" "$BAOCAO" trend "$metric" --db "$DB" \
    --format json --chart "$WORK/chart.svg"
done
echo "== steps inside one run (trend 'tổng thu ngân sách' --db)"
"$BAOCAO" trend "tổng thu ngân sách" --db "$DB" --timing 2>&1 >/dev/null | sed 's/^/   /'
echo "== series size"
"$BAOCAO" trend "tổng thu ngân sách" --db "$DB" --format json |
  /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); s=d["series"]; print("   %d rows, %d communes, %d values, %d warnings" % (len(s), len({r["issuer"] for r in s}), sum(r["value"] is not None for r in s), len(d["warnings"])))'

echo "== trend functions alone on rows (--from-rows, no index)"
ROWS="$WORK/rows.jsonl"
if [[ ! -f "$ROWS" ]]; then
  /usr/bin/python3 - "$CORPUS" "$ROWS" <<'PY'
import glob, json, os, sys
corpus, out = sys.argv[1], sys.argv[2]
with open(out, 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(corpus, 'truth', '*', '*.json'))):
        t = json.load(open(path, encoding='utf-8'))
        period = os.path.splitext(os.path.basename(path))[0]
        src = path.replace('/truth/', '/').replace('.json', '.txt')
        for fig in t['figures']:
            f.write(json.dumps(dict(issuer=t['issuer'], period=period, metric=fig['metric'],
                                    value=fig['value'], unit=fig.get('unit') or '',
                                    label=fig['label'], part=fig['part'],
                                    section=fig.get('section') or '', source=src,
                                    kind=t.get('kind') or 'unknown'), ensure_ascii=False) + '\n')
PY
fi
echo "   $(wc -l < "$ROWS") figure rows of every metric"
"$BAOCAO" trend tong_thu_ngan_sach --from-rows "$ROWS" --timing 2>&1 >/dev/null | sed 's/^/   /'
