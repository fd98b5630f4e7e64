#!/usr/bin/env python3
"""Scores `baocao inspect --stage segment` against the synthetic ground truth:
issuer, period, plan period, kind, and the numbered sections (part, number,
title) of every report, for the .txt and the .pdf of each.

usage: scripts/eval_segment.py [--baocao build/baocao] [--truth corpus/synthetic/truth]
Prints one line per mismatch and a summary; exits 1 if any field is below --min.
"""
import argparse
import json
import os
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baocao", default="build/baocao")
    parser.add_argument("--truth", default="corpus/synthetic/truth")
    parser.add_argument("--min", type=float, default=1.0, help="minimum share right per field")
    args = parser.parse_args()
    index = json.load(open(os.path.join(args.truth, "index.json"), encoding="utf-8"))
    entries = index["reports"] if isinstance(index, dict) else index
    fields = ["issuer", "period", "plan_period", "kind"]
    right = {f: 0 for f in fields + ["sections"]}
    paragraphs_right = paragraphs_total = 0
    total = 0
    corpus_dir = os.path.dirname(os.path.abspath(args.truth.rstrip("/")))
    for entry in entries:
        commune, period = entry["commune"], entry["period"]
        truth = json.load(open(os.path.join(args.truth, commune, period + ".json"), encoding="utf-8"))
        expected_sections = [(s["part"], s["number"], s["title"]) for s in truth["sections"]]
        for ext in ("txt", "pdf"):
            path = os.path.join(corpus_dir, commune, f"{period}.{ext}")
            out = subprocess.run([args.baocao, "inspect", path, "--stage", "segment", "--json"],
                                 capture_output=True, text=True)
            report = json.loads(out.stdout.splitlines()[0])
            total += 1
            for f in fields:
                if report.get(f) == truth.get(f):
                    right[f] += 1
                else:
                    print(f"{path}: {f}: got {report.get(f)!r}, expected {truth.get(f)!r}")
            got = [(s["part"], s["number"], s["title"]) for s in report["sections"] if s["number"]]
            # Paragraph counts per numbered section: re-joining neither cuts
            # a paragraph nor merges two.
            counts = {(s["part"], s["number"]): len(s["paragraphs"]) for s in report["sections"]}
            for s in truth["sections"]:
                paragraphs_total += 1
                got_count = counts.get((s["part"], s["number"]))
                if got_count == s["paragraphs"]:
                    paragraphs_right += 1
                else:
                    print(f"{path}: section {s['part']} {s['number']}: {got_count} paragraphs, "
                          f"expected {s['paragraphs']}")
            if got == expected_sections:
                right["sections"] += 1
            else:
                missing = [s for s in expected_sections if s not in got]
                extra = [s for s in got if s not in expected_sections]
                print(f"{path}: sections: missing {missing[:3]} extra {extra[:3]}")
    ok = True
    share = paragraphs_right / paragraphs_total if paragraphs_total else 0
    print(f"{'paragraphs':12} {paragraphs_right}/{paragraphs_total} sections with the right "
          f"paragraph count = {share:.3f}")
    for f, n in right.items():
        share = n / total if total else 0
        print(f"{f:12} {n}/{total} = {share:.3f}")
        ok = ok and share >= args.min
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
