#!/usr/bin/env python3
"""Score `baocao extract --json` against annotated reports (issue 3).

For each annotation it runs the extractor on the report the annotation names
and prints precision and recall per kind, then lists every miss:

  figures     found when part, section, value and unit are right
  references  found when kind, number and date are right
  directives  found when the section is right and the text starts the same
              (a paragraph the extractor cut in two counts its second piece
              as a false positive: "fragment")
  deadlines   a directive's deadline is right when its matched extracted
              directive has the same date; precision counts every extracted
              deadline

Annotations:
  - hand annotations, corpus/expected/*.annotations.json:
        {"source": "corpus/x.txt", "figures": [{"part","section","value","unit",
         "optional"?}], "references": [...], "directives": [{"section","text",
         "deadline"}]}
    Items marked "optional" are neither rewarded nor penalised.
  - the synthetic corpus's ground truth, --synthetic DIR: every
    DIR/truth/<commune>/<YYYY-MM>.json next to its report file.

Usage:
  scripts/eval_extract.py corpus/expected/lai-cach-2023-11.annotations.json
  scripts/eval_extract.py ANNOTATION=corpus/lai-cach-2023-11.pdf   # score another form
  scripts/eval_extract.py --synthetic corpus/synthetic --min-all 0.95
  scripts/eval_extract.py --synthetic corpus/synthetic --form pdf   # the PDF renderings
  scripts/eval_extract.py ... --min figures.recall=0.95 --min deadlines.recall=1

Exit status: 0 when every threshold holds, 1 when one does not, 2 on usage
errors or when the extractor cannot be run. Python 3 standard library only.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ("figures", "references", "directives", "deadlines")


# ------------------------------------------------------------------ helpers

def fold(text):
    """Lower case, no tones or marks, đ -> d, letters and digits only."""
    text = (text or "").replace("\u0110", "D").replace("\u0111", "d").replace("\u00d0", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return "".join(c for c in text.lower() if c.isalnum())


def same_value(a, b):
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)), abs(float(b)))


def norm_unit(unit):
    return unicodedata.normalize("NFC", unit) if unit else None


def norm_section(section):
    return (section or "").strip().rstrip(".")


def norm_number(number):
    return fold(number) if number else ""


def resolve(path, base):
    if os.path.isabs(path) or os.path.exists(path):
        return path
    for root in (base, REPO):
        candidate = os.path.join(root, path)
        if os.path.exists(candidate):
            return candidate
    return path


# ------------------------------------------------------------ truth loading

def load_annotation(path, report=None):
    with open(path, encoding="utf-8") as f:
        truth = json.load(f)
    base = os.path.dirname(os.path.abspath(path))
    source = report or truth.get("source")
    if not source:
        raise SystemExit(f"{path}: no 'source' names the report; add it or pass ANNOTATION=REPORT")
    truth["report"] = resolve(source, base)
    truth["name"] = os.path.relpath(path, REPO) if path.startswith(REPO) else path
    return normalise_truth(truth)


def normalise_truth(truth):
    """Accepts the hand-annotation shape and the synthetic generator's shape."""
    out = {"report": truth["report"], "name": truth["name"], "figures": [],
           "references": [], "directives": []}
    for f in truth.get("figures", []):
        out["figures"].append({
            "part": f.get("part", "results"), "section": norm_section(f.get("section")),
            "value": f.get("value"), "unit": norm_unit(f.get("unit")),
            "optional": bool(f.get("optional")),
            "where": f.get("line", f.get("raw", f.get("label", ""))),
            "label": f.get("label", f.get("raw", "")),
        })
    for r in truth.get("references", []):
        out["references"].append({
            "kind": r.get("kind"), "number": r.get("number") or "", "date": r.get("date"),
            "optional": bool(r.get("optional")), "where": r.get("line", r.get("raw", "")),
        })
    for d in truth.get("directives", []):
        out["directives"].append({
            "section": norm_section(d.get("section")), "text": d.get("text", ""),
            "deadline": d.get("deadline"), "where": d.get("lines", d.get("id", "")),
        })
    return out


def synthetic_truths(directory, form="txt"):
    """DIR/truth/<commune>/<YYYY-MM>.json, each naming or sitting beside its report
    (the .txt, or with form "pdf" the .pdf rendering of the same report)."""
    truths = []
    for path in sorted(glob.glob(os.path.join(directory, "truth", "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            truth = json.load(f)
        commune = os.path.basename(os.path.dirname(path))
        month = os.path.splitext(os.path.basename(path))[0]
        report = (truth.get("files") or {}).get(form)
        report = report or truth.get("source") or truth.get("report") or truth.get("file")
        candidates = [report] if report else []
        exts = (".pdf", ".txt") if form == "pdf" else (".txt", ".pdf")
        candidates += [os.path.join(directory, commune, month + ext) for ext in exts]
        candidates += [os.path.join(directory, f"{commune}-{month}{ext}") for ext in exts]
        found = None
        for candidate in candidates:
            candidate = resolve(candidate, directory)
            if os.path.exists(candidate):
                found = candidate
                break
        if found is None:
            print(f"warning: {path}: report not found (tried {candidates}); skipped", file=sys.stderr)
            continue
        truth["report"] = found
        truth["name"] = os.path.relpath(path, REPO)
        truths.append(normalise_truth(truth))
    return truths


# ---------------------------------------------------------------- extractor

def run_extractor(binary, reports, dictionaries):
    command = [binary]
    if dictionaries:
        command += ["--dictionaries", dictionaries]
    command += ["extract", "--json"] + reports
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as e:
        raise SystemExit(f"cannot run {binary}: {e}; build it or pass --baocao")
    records = {}
    for line in done.stdout.splitlines():
        if line.strip():
            record = json.loads(line)
            records[os.path.normpath(record["source"])] = record
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{' '.join(command[:3])}: exit code {done.returncode}")
    return records


# ------------------------------------------------------------------ scoring

class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.misses = []  # (file, "missed"/"extra", text)

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses

    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def match_items(truth, found, same):
    """Greedy one-to-one matching; required truth first, optional after."""
    used = [False] * len(found)
    pairs = []
    order = sorted(range(len(truth)), key=lambda i: truth[i].get("optional", False))
    for i in order:
        for j, item in enumerate(found):
            if not used[j] and same(truth[i], item):
                used[j] = True
                pairs.append((i, j))
                break
    return pairs, used


def score_list(name, truth, found, same, show_truth, show_found):
    score = Score()
    pairs, used = match_items(truth, found, same)
    matched_truth = {i for i, _ in pairs}
    for i, _ in pairs:
        if not truth[i].get("optional"):
            score.tp += 1
    for i, t in enumerate(truth):
        if i not in matched_truth and not t.get("optional"):
            score.fn += 1
            score.misses.append((name, "missed", show_truth(t)))
    for j, f in enumerate(found):
        if not used[j]:
            score.fp += 1
            score.misses.append((name, "extra", show_found(f)))
    return score


def score_figures(name, truth, record):
    found = record.get("figures", [])
    same = lambda t, f: (t["part"] == f.get("part") and t["section"] == norm_section(f.get("section"))
                         and same_value(t["value"], f.get("value"))
                         and t["unit"] == norm_unit(f.get("unit")))
    show_t = lambda t: f"[{t['part']} {t['section']}] {t['value']} {t['unit']}  ({t['label']}; line {t['where']})"
    show_f = lambda f: f"[{f.get('part')} {f.get('section')}] {f.get('value')} {f.get('unit')}  \"{f.get('raw')}\" ({f.get('label')})"
    return score_list(name, truth["figures"], found, same, show_t, show_f)


def score_references(name, truth, record):
    found = record.get("references", [])
    same = lambda t, f: (fold(t["kind"]) == fold(f.get("kind")) and
                         norm_number(t["number"]) == norm_number(f.get("number")) and
                         (t["date"] or None) == (f.get("date") or None))
    show_t = lambda t: f"{t['kind']} {t['number']} {t['date']}  (line {t['where']})"
    show_f = lambda f: f"{f.get('kind')} {f.get('number')} {f.get('date')}  \"{f.get('raw')}\""
    return score_list(name, truth["references"], found, same, show_t, show_f)


PREFIX = 30  # folded characters that identify a paragraph's start


def score_directives(name, truth, record):
    truth = truth["directives"]
    found = record.get("directives", [])
    directives, deadlines = Score(), Score()
    keys = [fold(t["text"]) for t in truth]
    used = [False] * len(truth)
    matched = {}  # found index -> truth index
    for j, f in enumerate(found):
        key = fold(f.get("text"))[:PREFIX]
        section = norm_section(f.get("section"))
        for i, t in enumerate(truth):
            if not used[i] and t["section"] == section and keys[i][:PREFIX] == key:
                used[i] = True
                matched[j] = i
                break
    for j, f in enumerate(found):
        if j in matched:
            directives.tp += 1
            continue
        directives.fp += 1
        key = fold(f.get("text"))[:PREFIX]
        fragment = any(key and key in k for k in keys)
        directives.misses.append((name, "fragment" if fragment else "extra",
                                  f"[{f.get('section')}] {f.get('text', '')[:100]}"))
    for i, t in enumerate(truth):
        if not used[i]:
            directives.fn += 1
            directives.misses.append((name, "missed", f"[{t['section']}] {t['text'][:100]}  (lines {t['where']})"))
    # Deadlines.
    by_truth = {i: j for j, i in matched.items()}
    for i, t in enumerate(truth):
        if not t["deadline"]:
            continue
        j = by_truth.get(i)
        got = found[j].get("deadline") if j is not None else None
        if got == t["deadline"]:
            deadlines.tp += 1
        else:
            deadlines.fn += 1
            deadlines.misses.append((name, "missed", f"[{t['section']}] {t['deadline']} got {got}: {t['text'][:80]}"))
    for j, f in enumerate(found):
        if not f.get("deadline"):
            continue
        i = matched.get(j)
        if i is None or truth[i]["deadline"] != f["deadline"]:
            deadlines.fp += 1
            deadlines.misses.append((name, "extra", f"[{f.get('section')}] {f['deadline']} \"{f.get('deadline_raw')}\": {f.get('text', '')[:80]}"))
    return directives, deadlines


# --------------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("annotations", nargs="*", help="ANNOTATION.json or ANNOTATION.json=REPORT")
    parser.add_argument("--synthetic", action="append", default=[], metavar="DIR",
                        help="score the synthetic corpus in DIR against DIR/truth")
    parser.add_argument("--form", choices=("txt", "pdf"), default="txt",
                        help="with --synthetic: score the .txt reports (default) or the .pdf ones")
    parser.add_argument("--baocao", default=os.path.join(REPO, "build-extract", "baocao"),
                        help="the baocao binary (default: build-extract/baocao)")
    parser.add_argument("--dictionaries", help="passed to baocao --dictionaries")
    parser.add_argument("--min", action="append", default=[], metavar="KIND.MEASURE=VALUE",
                        help="threshold, e.g. figures.precision=0.95 (kinds: %s)" % ", ".join(KINDS))
    parser.add_argument("--min-all", type=float, metavar="VALUE",
                        help="the same threshold for every precision and recall")
    parser.add_argument("--quiet", action="store_true", help="do not list the misses")
    args = parser.parse_args()

    truths = []
    for spec in args.annotations:
        path, _, report = spec.partition("=")
        truths.append(load_annotation(path, report or None))
    for directory in args.synthetic:
        truths += synthetic_truths(directory, args.form)
    if not truths:
        parser.error("nothing to score: give annotation files or --synthetic DIR")

    thresholds = {}
    if args.min_all is not None:
        for kind in KINDS:
            thresholds[(kind, "precision")] = args.min_all
            thresholds[(kind, "recall")] = args.min_all
    for spec in args.min:
        try:
            key, value = spec.split("=")
            kind, measure = key.split(".")
            assert kind in KINDS and measure in ("precision", "recall")
            thresholds[(kind, measure)] = float(value)
        except (ValueError, AssertionError):
            parser.error(f"--min {spec}: expected KIND.precision=VALUE or KIND.recall=VALUE")

    reports = [t["report"] for t in truths]
    records = run_extractor(args.baocao, reports, args.dictionaries)
    totals = {kind: Score() for kind in KINDS}
    for truth in truths:
        record = records.get(os.path.normpath(truth["report"]))
        if record is None:
            print(f"{truth['report']}: the extractor gave no record (see its diagnostics)")
            record = {}
        name = truth["name"]
        totals["figures"].add(score_figures(name, truth, record))
        totals["references"].add(score_references(name, truth, record))
        directives, deadlines = score_directives(name, truth, record)
        totals["directives"].add(directives)
        totals["deadlines"].add(deadlines)

    print(f"{len(truths)} report(s)")
    print(f"{'kind':<12}{'precision':>10}{'recall':>8}{'tp':>6}{'fp':>5}{'fn':>5}")
    failed = []
    for kind in KINDS:
        s = totals[kind]
        print(f"{kind:<12}{s.precision():>10.3f}{s.recall():>8.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}")
        for measure, value in (("precision", s.precision()), ("recall", s.recall())):
            minimum = thresholds.get((kind, measure))
            if minimum is not None and value < minimum:
                failed.append(f"{kind}.{measure} {value:.3f} < {minimum}")
    if not args.quiet:
        for kind in KINDS:
            misses = totals[kind].misses
            if misses:
                print(f"\n{kind}: {len(misses)} miss(es)")
                for name, what, text in misses:
                    print(f"  {what:<8} {name}: {text}")
    if failed:
        print("\nBELOW THRESHOLD: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
