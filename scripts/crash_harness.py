#!/usr/bin/python3
"""Crash-safety harness for `baocao ingest` (issue 7): SIGKILL at random moments.

    python3 scripts/crash_harness.py --baocao build/baocao               # 20 trials
    python3 scripts/crash_harness.py --baocao build/baocao --trials 5 --copies 1

Builds a corpus of distinct reports (the text files of corpus/synthetic, each
copied under --copies invented communes), indexes it once without
interruption (the reference), then for each trial:
  1. starts `baocao ingest` into a fresh database and kills it with SIGKILL at
     a random moment of the reference run's duration;
  2. checks the database left behind: `baocao reports --check` passes (no
     half-indexed report, no stray documents), `baocao search` answers, and
     every report in it is identical to the same report of the reference;
  3. on even trials kills a second ingest over that partial database the
     same way and checks again (a kill while resuming);
  4. runs `baocao ingest` to the end and compares `reports --json`, a few
     searches and a trend with the reference (and the directive list on the
     first and last trials: tracking takes seconds).
Ingest commits every --batch reports (default 8, so that a kill falls between
or during one of many commits). With --large-report-mb 0.001 every report is
written the way a large one is (a staging marker, then its documents over
several commits, see src/store/writer.h), so kills land inside stagings too.
Prints the counts: trials, kills, kills survived. Exit 0 when every kill was
survived, 1 otherwise. Python standard library only.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUFFIXES = ["AN", "BÌNH", "HÒA", "PHÚ", "THẠNH", "LỘC", "TÂN", "HƯNG", "MỸ", "LONG"]
QUERIES = ["kham so tuyen", "ngân sách", "NVQS", "\"truyền thanh\"", "PCCC"]


def make_corpus(out, copies):
    """Text reports of corpus/synthetic, once per invented commune name."""
    source = os.path.join(ROOT, "corpus", "synthetic")
    count = 0
    for commune in sorted(os.listdir(source)):
        folder = os.path.join(source, commune)
        if commune == "truth" or not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            first = text.split("\n", 1)[0]
            upper = first.split("XÃ ", 1)[-1].split("PHƯỜNG ", 1)[-1].split("THỊ TRẤN ", 1)[-1]
            for k in range(copies):
                suffix = SUFFIXES[k % len(SUFFIXES)] + ("" if k < len(SUFFIXES) else str(k))
                copy = text.replace(upper, upper + " " + suffix)
                copy = copy.replace(upper.title(), upper.title() + " " + suffix.title())
                path = os.path.join(out, "%s-%d" % (commune, k), name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(copy)
                count += 1
    return count


class Baocao:
    def __init__(self, binary, jobs, batch, large_report_mb=None):
        self.binary = binary
        self.jobs = jobs
        self.batch = batch
        self.large_report_mb = large_report_mb
        self.env = dict(os.environ)
        self.env.setdefault("BAOCAO_DICTIONARIES", os.path.join(ROOT, "dictionaries"))

    def run(self, *args, check=True):
        done = subprocess.run([self.binary, *args], env=self.env, capture_output=True,
                              text=True, errors="replace")
        if check and done.returncode != 0:
            raise RuntimeError("%s exited %d: %s" % (" ".join(args), done.returncode,
                                                      done.stderr.strip()[-2000:]))
        return done

    def ingest_args(self, corpus, db):
        args = [self.binary, "ingest", corpus, "--db", db, "--jobs", str(self.jobs), "--batch",
                str(self.batch)]
        if self.large_report_mb is not None:
            args += ["--large-report-mb", str(self.large_report_mb)]
        return args

    def start_ingest(self, corpus, db):
        return subprocess.Popen(self.ingest_args(corpus, db), env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def reports(self, db):
        return {r["sha256"]: r for r in json.loads(self.run("reports", "--db", db, "--json").stdout)}

    def outputs(self, db, directives):
        """What a user sees: reports, searches, a trend, the directives (slow: optional)."""
        out = {"reports": self.reports(db)}
        for query in QUERIES:
            hits = json.loads(self.run("search", query, "--db", db, "--limit", "10000",
                                       "--json").stdout)
            out["search " + query] = sorted(json.dumps(h, sort_keys=True, ensure_ascii=False)
                                            for h in hits.get("hits", hits) if isinstance(h, dict))
        out["trend"] = self.run("trend", "tổng thu ngân sách", "--db", db, "--format", "csv").stdout
        if directives:
            out["directives"] = self.run("directives", "--db", db, "--json").stdout
        return out


def timed_ingest(baocao, corpus, db):
    started = time.monotonic()
    done = subprocess.run(baocao.ingest_args(corpus, db), env=baocao.env, capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise RuntimeError("reference ingest failed: " + done.stderr)
    return time.monotonic() - started


def kill_at_random(baocao, corpus, db, duration, rng):
    """Starts ingest, SIGKILLs it after a random delay.

    Returns (delay, False), or (how long it ran, True) when it finished first."""
    # Not quite to the end: a run on a less busy machine finishes sooner
    # than the reference did, and a kill after the end tests nothing.
    delay = rng.uniform(0.0, 0.85 * duration)
    started = time.monotonic()
    process = baocao.start_ingest(corpus, db)
    try:
        process.wait(timeout=delay)
        return time.monotonic() - started, True  # finished before the kill
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return delay, False


def check_after_kill(baocao, db, reference):
    """Problems with the database a killed ingest left behind (empty: sound)."""
    if not os.path.exists(os.path.join(db, "iamglass")):
        return []  # killed before the index existed: nothing to lose
    check = baocao.run("reports", "--db", db, "--check", check=False)
    if check.returncode != 0:
        return ["reports --check: exit %d: %s" % (check.returncode, check.stderr.strip())]
    search = baocao.run("search", "ngân sách", "--db", db, check=False)
    if search.returncode != 0:
        return ["search: exit %d: %s" % (search.returncode, search.stderr.strip())]
    problems = []
    for sha, report in baocao.reports(db).items():
        if reference.get(sha) != report:
            problems.append("report %s differs from the reference: %s" % (sha, report))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baocao", required=True, help="the baocao binary")
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--copies", type=int, default=4,
                        help="communes per synthetic commune (reports = 78 x copies)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=8,
                        help="reports per commit (ingest --batch): small, so kills fall "
                             "between and during many commits")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--large-report-mb", type=float, default=None,
                        help="passed to ingest: reports with more text than this are staged "
                             "over several commits (0.001: every report)")
    parser.add_argument("--skip-directives", action="store_true",
                        help="do not compare the directive list (tracking is the slow part)")
    parser.add_argument("--workdir", default=None, help="kept when given, else a temp dir")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    work = args.workdir or tempfile.mkdtemp(prefix="baocao-crash-")
    os.makedirs(work, exist_ok=True)
    baocao = Baocao(os.path.abspath(args.baocao), args.jobs, args.batch, args.large_report_mb)
    try:
        corpus = os.path.join(work, "corpus")
        shutil.rmtree(corpus, ignore_errors=True)
        reports = make_corpus(corpus, args.copies)
        reference_db = os.path.join(work, "reference")
        shutil.rmtree(reference_db, ignore_errors=True)
        duration = timed_ingest(baocao, corpus, reference_db)
        reference = baocao.outputs(reference_db, directives=not args.skip_directives)
        print("crash_harness: seed %d, %d reports, uninterrupted ingest %.1f s" %
              (seed, reports, duration), flush=True)

        kills = survived = finished_first = 0
        failures = []
        for trial in range(1, args.trials + 1):
            db = os.path.join(work, "db")
            shutil.rmtree(db, ignore_errors=True)
            rounds = 2 if trial % 2 == 0 else 1
            notes = []
            for round_ in range(rounds):
                delay, finished = kill_at_random(baocao, corpus, db, duration, rng)
                if finished:
                    finished_first += 1
                    notes.append("finished in %.2f s, before its kill" % delay)
                    if round_ == 0:
                        # A whole run from an empty index: the machine is less
                        # busy than during the reference; aim the kills at this.
                        duration = min(duration, delay)
                    continue
                kills += 1
                problems = check_after_kill(baocao, db, reference["reports"])
                kept = len(baocao.reports(db)) if not problems and os.path.exists(
                    os.path.join(db, "iamglass")) else 0
                notes.append("killed at %.2f s, %d reports kept" % (delay, kept))
                if problems:
                    failures.append("trial %d: %s" % (trial, "; ".join(problems[:3])))
                else:
                    survived += 1
            resumed = baocao.run(*baocao.ingest_args(corpus, db)[1:], check=False)
            if resumed.returncode != 0:
                failures.append("trial %d: re-run exit %d: %s" %
                                (trial, resumed.returncode, resumed.stderr.strip()))
            else:
                # Directive tracking takes seconds: compared on the first and last trials.
                final = baocao.outputs(db, directives=not args.skip_directives and
                                       trial in (1, args.trials))
                different = [k for k in final if reference[k] != final[k]]
                check = baocao.run("reports", "--db", db, "--check", check=False)
                if different or check.returncode != 0:
                    failures.append("trial %d: after the re-run, differs from the reference in "
                                    "%s %s" % (trial, different, check.stderr.strip()))
                    notes.append("re-run DIFFERS")
                else:
                    notes.append("re-run = reference")
            print("trial %d: %s" % (trial, ", ".join(notes)), flush=True)

        print("crash_harness: %d trials, %d kills, %d survived, %d runs finished before their "
              "kill, %d failures (seed %d)" %
              (args.trials, kills, survived, finished_first, len(failures), seed))
        for failure in failures:
            print("FAIL " + failure, file=sys.stderr)
        return 0 if not failures else 1
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
