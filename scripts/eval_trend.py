#!/usr/bin/python3
"""Checks `baocao trend` against the ground truth of the synthetic corpus.

    /usr/bin/python3 scripts/eval_trend.py [--binary build/baocao] [--format txt|pdf]
                                           [--corpus corpus/synthetic] [--db DIR] [-v]

For every metric the generator wrote and every commune, the series baocao
builds (one value per report month, a gap where the report does not state
it) must equal the truth: the first results-part figure of that metric in
each month's truth file (plan-part figures are targets, not results). Every
planted consistency error (truth "planted_errors") must come out as a warning
of the same kind, metric, commune and month; other warnings on generated
metrics are listed as unexpected.

Metric keys: the truth names a metric by the generator's key; baocao names it
by dictionaries/metrics.tsv. A truth key whose label wordings
(metrics_used.tsv) are a metrics.tsv variant is compared under that
variant's key, and the report says so. Where no series carries the key, the
report names the keys baocao gave figures with the same label, for the
extraction engineer.

Reads the reports with --from-files (no index needed), or an index with --db.
With --truth-rows it feeds the truth figures themselves to `baocao trend
--from-rows` instead: that checks the series and consistency logic alone,
whatever extraction makes of the reports.
Exit status 0 when every series (but --allow-misses) and every planted error
is reproduced.
Python 3 standard library only.
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def fold_words(text):
    """Folded words without numbers: 'Tổng thu NS tháng 1/2023' -> ['tong','thu','ns','thang']."""
    text = text.replace('Đ', 'D').replace('đ', 'd').replace('\u00d0', 'D')
    text = unicodedata.normalize('NFD', text)
    text = ''.join(c for c in text if not unicodedata.combining(c)).lower()
    return [w for w in re.split(r'[^a-z0-9]+', text) if w and not w[0].isdigit()]


def read_tsv(path):
    rows, header = [], None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n').rstrip('\r')
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    return rows


def same(a, b):
    return abs(a - b) <= 1e-6 + 1e-9 * max(abs(a), abs(b))


def load_truth(corpus):
    """reports[(slug, period)] = truth json, for every monthly truth file."""
    reports = {}
    for path in sorted(glob.glob(os.path.join(corpus, 'truth', '*', '*.json'))):
        slug = os.path.basename(os.path.dirname(path))
        period = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding='utf-8') as f:
            reports[(slug, period)] = json.load(f)
    return reports


def metric_aliases(corpus, dictionaries):
    """Truth key -> the key baocao uses for it (itself unless metrics.tsv says otherwise)."""
    variant_metric, keys = {}, set()
    metrics_tsv = os.path.join(dictionaries, 'metrics.tsv')
    if os.path.exists(metrics_tsv):
        for row in read_tsv(metrics_tsv):
            variant_metric.setdefault(tuple(fold_words(row['variant'])), row['metric'])
            keys.add(row['metric'])
    aliases, wordings = {}, {}
    used = os.path.join(corpus, 'metrics_used.tsv')
    if os.path.exists(used):
        for row in read_tsv(used):
            variants = [v.strip() for v in row.get('label_variants', '').split('|') if v.strip()]
            wordings[row['metric']] = variants
            # A key metrics.tsv knows is its own; "_ty_le" is the percentage
            # beside a count and shares the count's label.
            if row['metric'] in keys or row['metric'].endswith('_ty_le'):
                continue
            for v in variants:
                key = variant_metric.get(tuple(fold_words(v)))
                if key and key != row['metric']:
                    aliases[row['metric']] = key
                    break
    return aliases, wordings


def truth_rows(truth, aliases, corpus, fmt):
    """The truth figures as `baocao trend --from-rows` JSON lines, keys as baocao names them."""
    lines = []
    for (slug, period), report in sorted(truth.items()):
        source = f'{corpus}/{slug}/{period}.{fmt}'
        for fig in report['figures']:
            lines.append(json.dumps(dict(
                issuer=report.get('issuer', slug), period=period,
                metric=aliases.get(fig['metric'], fig['metric']), value=fig['value'],
                unit=fig.get('unit') or '', label=fig.get('label') or '', part=fig['part'],
                section=fig.get('section') or '', source=source, report=source,
                kind=report.get('kind') or 'unknown'), ensure_ascii=False))
    return '\n'.join(lines) + '\n'


def run_baocao(args, files, rows=None):
    command = [args.binary]
    if args.dictionaries:
        command += ['--dictionaries', args.dictionaries]
    command += ['trend', '--all', '--format', 'json']
    if rows is not None:
        command += ['--from-rows', '-']
    elif args.db:
        command += ['--db', args.db]
    else:
        command += ['--from-files'] + files
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, input=rows)
    if result.returncode not in (0, 1):
        sys.exit(f'eval_trend: {" ".join(command[:6])} … failed ({result.returncode}):\n{result.stderr}')
    trends = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return trends, result.stderr


def slug_of(source):
    """corpus/synthetic/<slug>/<YYYY-MM>.txt -> (<slug>, <YYYY-MM>)."""
    parts = source.replace('\\', '/').split('/')
    if len(parts) < 2:
        return None, None
    return parts[-2], os.path.splitext(parts[-1])[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--binary', default=os.path.join(ROOT, 'build', 'baocao'))
    parser.add_argument('--corpus', default=os.path.join(ROOT, 'corpus', 'synthetic'))
    parser.add_argument('--dictionaries', default='')
    parser.add_argument('--format', choices=['txt', 'pdf'], default='txt',
                        help='which rendering of the reports to read (default txt)')
    parser.add_argument('--db', default='', help='read an index instead of the files')
    parser.add_argument('--truth-rows', action='store_true',
                        help='feed the truth figures instead of the reports (checks trend alone)')
    parser.add_argument('-v', '--verbose', action='store_true', help='list every difference')
    parser.add_argument('--json', default='', help='also write the findings as JSON here')
    parser.add_argument('--allow-misses', type=int, default=0,
                        help='commune series that may differ from the truth and still pass '
                             '(for a known, named extraction miss)')
    args = parser.parse_args()

    corpus = os.path.relpath(os.path.abspath(args.corpus), ROOT)
    dictionaries = args.dictionaries or os.path.join(ROOT, 'dictionaries')
    truth = load_truth(corpus)
    if not truth:
        sys.exit(f'eval_trend: no truth files under {corpus}/truth; run scripts/gen_corpus.py')
    aliases, wordings = metric_aliases(corpus, dictionaries)
    files = sorted(os.path.join(corpus, slug, period + '.' + args.format) for slug, period in truth)
    files = [f for f in files if os.path.exists(os.path.join(ROOT, f))]
    rows = truth_rows(truth, aliases, corpus, args.format) if args.truth_rows else None
    trends, stderr = run_baocao(args, files, rows)

    # ---------------------------------------------------------------- truth
    # expected[(slug, truth_metric)][period] = value; a reported month without
    # the metric is None (a gap that must stay a gap).
    expected = collections.defaultdict(dict)
    raw_of = {}
    months_of = collections.defaultdict(set)
    for (slug, period), report in truth.items():
        months_of[slug].add(period)
        seen = set()
        for fig in report['figures']:
            if fig['part'] == 'plan' or fig['metric'] in seen:
                continue
            seen.add(fig['metric'])
            expected[(slug, fig['metric'])][period] = fig['value']
            raw_of[(slug, fig['metric'], period)] = (fig['label'], fig['raw'])
    truth_metrics = sorted({m for _, m in expected})
    for (slug, metric), values in expected.items():
        for period in months_of[slug]:
            values.setdefault(period, None)

    # --------------------------------------------------------------- actual
    actual = collections.defaultdict(dict)  # (slug, metric) -> period -> value | None
    keys_by_label = collections.defaultdict(set)
    warnings = []
    wrong_period = []
    for trend in trends:
        for row in trend['series']:
            if not row.get('source'):
                continue
            slug, file_period = slug_of(row['source'])
            if row['value'] is not None and row['period'] != file_period:
                wrong_period.append((row['source'], row['period'], trend['metric']))
            actual[(slug, trend['metric'])][row['period']] = row['value']
            if row.get('label'):
                keys_by_label[tuple(fold_words(row['label']))].add(trend['metric'])
        for w in trend['warnings']:
            if w not in warnings:
                warnings.append(w)

    # A truth key is the generator's name; baocao names a series it has no
    # metrics.tsv row for by the slug of its label. The name is cosmetic, the
    # values are not: when no series carries the truth key, compare under the
    # key baocao gave the truth's label wordings (the one holding most truth
    # values when the wordings landed under several keys: the values under
    # the other keys then count as missing, as they would for a user).
    own_keys = {}
    for metric in truth_metrics:
        if metric in aliases or any((slug, metric) in actual for slug in months_of):
            continue
        base = metric[:-len('_ty_le')] if metric.endswith('_ty_le') else None
        if base is not None and base in own_keys:
            own_keys[metric] = own_keys[base] + '_ty_le'
            continue
        candidates = set()
        for wording in wordings.get(metric, []):
            candidates |= keys_by_label.get(tuple(fold_words(wording)), set())
        best, best_hits = None, 0
        for candidate in sorted(candidates):
            hits = sum(1 for (slug, m), values in expected.items() if m == metric
                       for period, v in values.items()
                       if v is not None and actual.get((slug, candidate), {}).get(period) is not None
                       and same(v, actual[(slug, candidate)][period]))
            if hits > best_hits:
                best, best_hits = candidate, hits
        if best:
            own_keys[metric] = best
    aliases.update(own_keys)

    # -------------------------------------------------------------- compare
    per_metric = {}
    missing_figures = []
    for metric in truth_metrics:
        key = aliases.get(metric, metric)
        stats = collections.Counter()
        problems = []
        for slug in sorted(months_of):
            want = expected.get((slug, metric))
            if want is None:
                continue
            have = actual.get((slug, key), {})
            exact = True
            for period in sorted(want):
                w, h = want[period], have.get(period)
                if w is None and h is None:
                    continue
                stats['values'] += w is not None
                if w is not None and h is not None and same(w, h):
                    stats['matched'] += 1
                    continue
                exact = False
                kind = 'missing' if h is None else 'extra' if w is None else 'wrong'
                stats[kind] += 1
                problems.append((slug, period, kind, w, h))
                if kind != 'extra':
                    label, raw = raw_of[(slug, metric, period)]
                    missing_figures.append((metric, key, slug, period, kind, w, h, label, raw))
            stats['series'] += 1
            stats['exact'] += exact
        found_as = set()
        if not any((slug, key) in actual for slug in months_of):
            for wording in wordings.get(metric, []):
                found_as |= keys_by_label.get(tuple(fold_words(wording)), set())
        per_metric[metric] = dict(key=key, stats=stats, problems=problems,
                                  found_as=sorted(found_as - {key}))

    # Planted errors: a warning of the same kind, metric, commune and month.
    planted = []
    issuer_slug = {}
    for (slug, period), report in truth.items():
        issuer_slug[report.get('issuer', '')] = slug
        for e in report.get('planted_errors', []):
            planted.append(dict(slug=slug, period=period, metric=e['metric'],
                                key=aliases.get(e['metric'], e['metric']), kind=e['kind'],
                                detail=e.get('detail', '')))
    used = set()
    for p in planted:
        p['found'] = None
        for i, w in enumerate(warnings):
            slug, _ = slug_of(w.get('source') or '')
            if (slug == p['slug'] and w['period'] == p['period'] and w['kind'] == p['kind']
                    and (w['metric'] == p['key'] or p['key'] in w['related'])):
                p['found'] = w['message']
                used.add(i)
                break
    truth_keys = {aliases.get(m, m) for m in truth_metrics}
    unexpected = [w for i, w in enumerate(warnings)
                  if i not in used and (w['metric'] in truth_keys)]

    # --------------------------------------------------------------- report
    total = collections.Counter()
    for m in per_metric.values():
        total.update(m['stats'])
    exact_metrics = [m for m, r in per_metric.items()
                     if r['stats']['series'] and r['stats']['exact'] == r['stats']['series']]
    what = 'truth rows of' if args.truth_rows else args.format
    print(f'eval_trend: {len(files)} {what} reports, {len(truth_metrics)} generated metrics, '
          f'{total["series"]} commune series')
    print(f'  series exact: {total["exact"]}/{total["series"]}   metrics exact in every commune: '
          f'{len(exact_metrics)}/{len(truth_metrics)}')
    print(f'  month values: {total["matched"]}/{total["values"]} matched, {total["missing"]} missing, '
          f'{total["wrong"]} wrong, {total["extra"]} extra (a value where the report states none)')
    if wrong_period:
        print(f'  rows placed in another month than their file: {len(wrong_period)}')
    found = sum(1 for p in planted if p['found'])
    print(f'  planted errors found: {found}/{len(planted)}   unexpected warnings on generated '
          f'metrics: {len(unexpected)}')
    for p in planted:
        status = 'FOUND ' if p['found'] else 'MISSED'
        print(f'    {status} {p["kind"]} {p["key"]} {p["slug"]} {p["period"]}: {p["detail"]}')
        if p['found'] and args.verbose:
            print(f'           → {p["found"]}')
    if aliases:
        tsv = {a: b for a, b in aliases.items() if a not in own_keys and a in per_metric}
        print('  compared under the metrics.tsv key: ' +
              ', '.join(f'{a} → {b}' for a, b in sorted(tsv.items())))
    if own_keys:
        print(f'  compared under the key baocao gave the label ({len(own_keys)} metrics), '
              'e.g. ' + ', '.join(f'{a} → {b}' for a, b in sorted(own_keys.items())[:3]))

    print('\n  per metric (exact series / series, matched / values; [extracted under other keys]):')
    for metric in truth_metrics:
        r = per_metric[metric]
        s = r['stats']
        flag = 'ok ' if metric in exact_metrics else '   '
        line = f'  {flag} {metric:38s} {s["exact"]}/{s["series"]}  {s["matched"]}/{s["values"]}'
        if s['missing'] or s['wrong'] or s['extra']:
            line += f'  missing {s["missing"]} wrong {s["wrong"]} extra {s["extra"]}'
        if r['found_as']:
            line += '  [' + ', '.join(r['found_as'][:4]) + ']'
        print(line)
        if args.verbose:
            for slug, period, kind, w, h in r['problems'][:12]:
                print(f'        {slug} {period} {kind}: truth {w} baocao {h}')
    if unexpected and args.verbose:
        print('\n  unexpected warnings:')
        for w in unexpected:
            print(f'    {w["kind"]} {w["metric"]} {w["issuer"]} {w["period"]}: {w["message"]}')

    if args.json:
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump(dict(format=args.format, totals=total, exact_metrics=exact_metrics,
                           per_metric={m: dict(key=r['key'], stats=r['stats'],
                                               problems=r['problems'], found_as=r['found_as'])
                                       for m, r in per_metric.items()},
                           planted=planted, unexpected=unexpected,
                           missing_figures=missing_figures), f, ensure_ascii=False, indent=1)
    ok = total['series'] - total['exact'] <= args.allow_misses and found == len(planted)
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
