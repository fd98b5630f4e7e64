#!/usr/bin/env python3
"""Lists the well-formed Vietnamese syllables of some text files, most frequent
first, as `common` rows for dictionaries/syllables.tsv.

The glued-word repair uses them only to break ties ("thịtrấn" splits as
"thị trấn", not "thịt rấn"). Run on a large, varied set of reports; the rows
in the dictionary say which files they came from.

usage: scripts/common_syllables.py [--min N] FILE...
"""
import argparse
import collections
import re
import sys
import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def load_rules(path):
    onsets, rhymes = {""}, set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip() or line.startswith("kind\t"):
            continue
        kind, value = line.rstrip("\n").split("\t")
        (onsets if kind == "onset" else rhymes if kind == "rhyme" else set()).add(value)
    return onsets, rhymes


def valid(word, onsets, rhymes):
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONES]
    if len(tones) > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    stop_ok = tones and tones[0] in ("\u0301", "\u0323")
    for n in range(0, 4):
        onset, rhyme = toneless[:n], toneless[n:]
        if onset in onsets and rhyme in rhymes:
            if re.search("(p|t|c|ch)$", rhyme) and not stop_ok:
                continue
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=2, help="minimum count (default 2)")
    parser.add_argument("--rules", default="dictionaries/syllables.tsv")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    onsets, rhymes = load_rules(args.rules)
    counts = collections.Counter()
    for path in args.files:
        text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
        for word in re.findall(r"[^\W\d_]+", text):
            lower = word.lower()
            if valid(lower, onsets, rhymes):
                counts[lower] += 1
    for word, count in counts.most_common():
        if count >= args.min:
            print(f"common\t{word}")


if __name__ == "__main__":
    sys.exit(main())
