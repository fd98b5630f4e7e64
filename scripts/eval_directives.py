#!/usr/bin/python3
"""Score `baocao directives` against ground truth (issue 6).

A corpus folder holds one folder of reports per commune and, beside them,
truth/<commune>/<YYYY-MM>.json as written by scripts/gen_corpus.py (or by
hand, same schema): each report's "directives" with "id", "text", "outcome"
(done | in_progress | not_reported), "reported_in", "late", "recurring" and
"tracked" (false for a plan no later report can answer; not scored).

For each commune the script runs
    baocao directives --from-files <commune>/*.<format> --json
pairs every truth directive with the output directive of the same planned
month whose text is closest, and prints accuracy over the three statuses,
precision of done, recall of not_reported, the confusion matrix and the
errors. Exit status 1 when a figure is under its --min-* threshold, 2 on
usage errors.

    /usr/bin/python3 scripts/eval_directives.py --corpus corpus/synthetic \\
        --baocao build/baocao --min-accuracy 0.9 --min-done-precision 0.9 \\
        --min-not-reported-recall 0.9
"""
import argparse
import difflib
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

STATUSES = ('done', 'in_progress', 'not_reported')


def key(text):
    """Comparable form of a directive text: NFC, lower case, letters and digits."""
    text = unicodedata.normalize('NFC', text or '').lower()
    text = re.sub(r'^[\s\-–•+]+', '', text)
    return re.sub(r'[\W_]+', ' ', text).strip()


def run_baocao(baocao, files, dictionaries):
    cmd = [baocao]
    if dictionaries:
        cmd += ['--dictionaries', dictionaries]
    cmd += ['directives', '--json', '--from-files'] + files
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr)
        raise SystemExit('eval_directives: %s failed with status %d' % (' '.join(cmd[:4]), proc.returncode))
    return json.loads(proc.stdout)['directives']


def load_truth(corpus, commune):
    out = []
    for path in sorted(glob.glob(os.path.join(corpus, 'truth', commune, '*.json'))):
        with open(path, encoding='utf-8') as f:
            report = json.load(f)
        for d in report.get('directives', []):
            d = dict(d)
            d['planned_in'] = report['period']
            d['issuer'] = report.get('issuer', commune)
            out.append(d)
    return out


def pair(truth, predicted):
    """Best text match within the same planned month, one to one."""
    by_month = {}
    for i, p in enumerate(predicted):
        by_month.setdefault(p['planned_in'], []).append(i)
    used = set()
    pairs = []
    for t in truth:
        tk = key(t['text'])
        best, best_ratio = None, 0.0
        for i in by_month.get(t['planned_in'], []):
            if i in used:
                continue
            ratio = difflib.SequenceMatcher(None, tk, key(predicted[i]['text']), autojunk=False).ratio()
            if ratio > best_ratio:
                best, best_ratio = i, ratio
        if best is not None and best_ratio >= 0.6:
            used.add(best)
            pairs.append((t, predicted[best]))
        else:
            pairs.append((t, None))
    return pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', default='corpus/synthetic', help='folder with <commune>/ and truth/<commune>/')
    ap.add_argument('--baocao', default='build/baocao', help='the baocao binary')
    ap.add_argument('--dictionaries', default='', help='passed to baocao --dictionaries')
    ap.add_argument('--format', default='txt', choices=('txt', 'pdf'), help='which report files to read')
    ap.add_argument('--commune', action='append', default=[], help='only these communes (repeatable)')
    ap.add_argument('--min-accuracy', type=float, default=0.0)
    ap.add_argument('--min-done-precision', type=float, default=0.0)
    ap.add_argument('--min-not-reported-recall', type=float, default=0.0)
    ap.add_argument('--errors', type=int, default=40, help='errors to list (-1: all)')
    ap.add_argument('--json', action='store_true', help='print the figures as JSON')
    args = ap.parse_args()

    truth_root = os.path.join(args.corpus, 'truth')
    if not os.path.isdir(truth_root):
        ap.error('%s has no truth/ folder' % args.corpus)
    communes = args.commune or sorted(d for d in os.listdir(truth_root)
                                      if os.path.isdir(os.path.join(truth_root, d)))
    confusion = {t: {p: 0 for p in STATUSES + ('missing',)} for t in STATUSES}
    errors = []
    recurring = {'tp': 0, 'fp': 0, 'fn': 0}
    late = {'right': 0, 'total': 0}
    for commune in communes:
        files = sorted(glob.glob(os.path.join(args.corpus, commune, '*.' + args.format)))
        if not files:
            ap.error('no .%s report in %s' % (args.format, os.path.join(args.corpus, commune)))
        predicted = run_baocao(args.baocao, files, args.dictionaries)
        truth = [t for t in load_truth(args.corpus, commune) if t.get('tracked', True)]
        for t, p in pair(truth, predicted):
            got = p['status'] if p else 'missing'
            confusion[t['outcome']][got] += 1
            if p:
                rec = bool(p.get('recurring'))
                if rec and t.get('recurring'):
                    recurring['tp'] += 1
                elif rec:
                    recurring['fp'] += 1
                elif t.get('recurring'):
                    recurring['fn'] += 1
                if t['outcome'] == 'done' and got == 'done':
                    late['total'] += 1
                    late['right'] += (p.get('reported_in') == t.get('reported_in'))
            if got != t['outcome']:
                errors.append((commune, t, p))

    total = sum(sum(row.values()) for row in confusion.values())
    correct = sum(confusion[s][s] for s in STATUSES)
    predicted_done = sum(confusion[t]['done'] for t in STATUSES)
    truth_nr = sum(confusion['not_reported'].values())
    figures = {
        'directives': total,
        'accuracy': correct / total if total else 0.0,
        'done_precision': confusion['done']['done'] / predicted_done if predicted_done else 1.0,
        'not_reported_recall': confusion['not_reported']['not_reported'] / truth_nr if truth_nr else 1.0,
        'in_progress_recall': (confusion['in_progress']['in_progress'] / sum(confusion['in_progress'].values())
                               if sum(confusion['in_progress'].values()) else 1.0),
        'missing': sum(confusion[t]['missing'] for t in STATUSES),
        'recurring_precision': (recurring['tp'] / (recurring['tp'] + recurring['fp'])
                                if recurring['tp'] + recurring['fp'] else 1.0),
        'recurring_recall': (recurring['tp'] / (recurring['tp'] + recurring['fn'])
                             if recurring['tp'] + recurring['fn'] else 1.0),
        'done_reported_in_right': late['right'] / late['total'] if late['total'] else 1.0,
        'confusion': confusion,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print('corpus %s (%s), %d communes, %d tracked directives' % (args.corpus, args.format, len(communes), total))
        print('accuracy             %.3f' % figures['accuracy'])
        print('precision of done    %.3f' % figures['done_precision'])
        print('recall not_reported  %.3f' % figures['not_reported_recall'])
        print('recall in_progress   %.3f' % figures['in_progress_recall'])
        print('recurring P/R        %.3f / %.3f' % (figures['recurring_precision'], figures['recurring_recall']))
        print('done: right month    %.3f' % figures['done_reported_in_right'])
        print('\nconfusion (rows truth, columns output)')
        print('%-14s' % '' + ''.join('%14s' % c for c in STATUSES + ('missing',)))
        for t in STATUSES:
            print('%-14s' % t + ''.join('%14d' % confusion[t][c] for c in STATUSES + ('missing',)))
        shown = errors if args.errors < 0 else errors[:args.errors]
        if shown:
            print('\nerrors (%d, showing %d)' % (len(errors), len(shown)))
        for commune, t, p in shown:
            got = p['status'] if p else 'missing'
            print('- %s %s: truth %s, got %s' % (commune, t.get('id', t['planned_in']), t['outcome'], got))
            print('    task:     %s' % t['text'])
            if t.get('evidence'):
                print('    truth ev: %s' % t['evidence'])
            if t.get('lookalike'):
                print('    lookalike: %s' % t['lookalike'])
            if p and p.get('evidence'):
                ev = p['evidence']
                print('    our ev:   %s [%s] %s  cues=%s conf=%s' % (ev['period'], ev['section'], ev['clauses'],
                                                                     ','.join(ev.get('cues', [])), p['confidence']))
    failed = []
    if figures['accuracy'] < args.min_accuracy:
        failed.append('accuracy %.3f < %.3f' % (figures['accuracy'], args.min_accuracy))
    if figures['done_precision'] < args.min_done_precision:
        failed.append('precision of done %.3f < %.3f' % (figures['done_precision'], args.min_done_precision))
    if figures['not_reported_recall'] < args.min_not_reported_recall:
        failed.append('recall of not_reported %.3f < %.3f' % (figures['not_reported_recall'],
                                                             args.min_not_reported_recall))
    for f in failed:
        sys.stderr.write('eval_directives: under threshold: %s\n' % f)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
