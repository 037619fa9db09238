"""Accuracy of the built-in checks on the labeled corpora.

Two kinds of corpus, each line an exchange in the JSONL format of ``otel-micrometrics eval``
plus ``"expect": {"<check>": "<label>" | null}`` (null: the check must not apply) and an
optional top-level ``"expected_language"`` (as OTEL_MICROMETRICS_EXPECTED_LANGUAGE would set it):

- the project's corpora ``tests/data/corpus_*.jsonl``: each line carries its own ``"split"``
  (``tune``, the default, or ``dev``, kept out of tuning);
- the independent multilingual corpus ``tests/data/multilingual/*/*.jsonl``: its split is a
  fixed hash of the line's ``id`` (``multilingual_split``), decided before any line was read:
  rules are tuned on ``dev`` and the figures reported are those of ``test``.

    python benchmarks/accuracy.py [-v/--verbose] [--split all|tune|dev|test] [--check-targets] [files...]

Per check it prints: cases, agreement (predicted label == expected label, "does not apply"
included), precision and recall of the positive label (``fail`` for pass/fail checks, see
POSITIVE for others; exact-label accuracy for ``response_language``). ``--check-targets``
exits 1 when a target below is missed.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from otel_micrometrics.catalog import load_builtin_checks  # noqa: E402
from otel_micrometrics.config import load_settings  # noqa: E402
from otel_micrometrics.offline import DID_NOT_APPLY, expectation_report  # noqa: E402
from otel_micrometrics.registry import REGISTRY  # noqa: E402

CORPUS_GLOB = os.path.join(ROOT, "tests", "data", "corpus_*.jsonl")
MULTILINGUAL_DIR = os.path.join(ROOT, "tests", "data", "multilingual")
MULTILINGUAL_GLOB = os.path.join(MULTILINGUAL_DIR, "*", "*.jsonl")
# The labels whose precision and recall matter, where not ``fail`` alone: a refusal is a
# reply labelled ``fail`` or ``partial``, as dashboards count it.
POSITIVE = {"handoff": {"handoff"}, "markdown": {"present"}, "refusal": {"fail", "partial"}}
# Checks measured by exact-label accuracy only.
EXACT = {"response_language"}
# (min precision, min recall) of the positive label, for ``--check-targets`` on the
# multilingual corpus's test split; exact-label checks have (min accuracy, None).
TARGETS: dict[str, tuple[float, float | None]] = {
    "language_mismatch": (0.97, 0.95),
    "refusal": (0.93, 0.90),
    "repetition": (0.95, 0.95),
    "pii_leak": (0.95, 0.95),
    "response_language": (0.97, None),
    "truncation": (1.0, 1.0),
    "content_filter": (1.0, 1.0),
    "empty_response": (1.0, 1.0),
    "json_validity": (1.0, 1.0),
    "tool_call_validity": (1.0, 1.0),
}
# What CI holds the multilingual test split to (``--floors``): a check that meets its target is
# held to the target; one that misses it, to the test figures measured at the last change of the
# checks (4,782 lines, 2,337 of them in the test split) less a margin of about 0.03. A regression
# below them fails CI; raise each to its target as the check reaches it.
FLOORS: dict[str, tuple[float, float | None]] = {
    "language_mismatch": (0.94, 0.88),
    "refusal": (0.93, 0.90),
    "repetition": (0.95, 0.95),
    "pii_leak": (0.89, 0.91),
    "response_language": (0.97, None),
}
# The project's own corpora, on which the rules were written, hold them to more.
PROJECT_TARGETS: dict[str, tuple[float, float | None]] = {
    "language_mismatch": (0.97, 0.95),
    "refusal": (0.93, 0.90),
    "truncation": (1.0, 1.0),
    "content_filter": (1.0, 1.0),
    "empty_response": (1.0, 1.0),
    "json_validity": (1.0, 1.0),
    "tool_call_validity": (1.0, 1.0),
    "pii_leak": (1.0, 1.0),
}
# Splits whose lines nobody reads: their disagreeing cases are counted, never listed.
HELD_OUT = {"test"}


@dataclass
class Tally:
    cases: int = 0
    agree: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: list[str] = field(default_factory=list)
    held_out_wrong: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def multilingual_split(case_id: str) -> str:
    """The split of a multilingual corpus line, fixed once and never changed: ``test`` when the
    first 8 hex digits of the SHA-256 of its id are an even number, ``dev`` otherwise."""
    return "test" if int(hashlib.sha256(case_id.encode()).hexdigest()[:8], 16) % 2 == 0 else "dev"


def is_multilingual(path: str, multilingual_dir: str = MULTILINGUAL_DIR) -> bool:
    return os.path.abspath(path).startswith(os.path.abspath(multilingual_dir) + os.sep)


def load_cases(paths: list[str], multilingual_dir: str = MULTILINGUAL_DIR) -> list[tuple[str, dict]]:
    """Every labeled line of ``paths``; a multilingual corpus line gets its ``split`` from its id."""
    cases = []
    for path in paths:
        multilingual = is_multilingual(path, multilingual_dir)
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    record = json.loads(line)
                    if multilingual:
                        record["split"] = multilingual_split(str(record["id"]))
                    cases.append((f"{os.path.basename(path)}:{number}", record))
    return cases


def _shown(value: str) -> str:
    """A label as the table lists it ("None" for "did not apply")."""
    return "None" if value == DID_NOT_APPLY else value


def measure(cases: list[tuple[str, dict]], split: str = "all") -> dict[str, Tally]:
    """Per check, the figures of ``cases`` (of ``split``), counted by ``expectation_report``:
    the code of ``otel-micrometrics eval --expect``, so the benchmark and the command agree."""
    load_builtin_checks()
    specs = REGISTRY.all()
    settings = load_settings({})  # the defaults, whatever the environment of the run says
    chosen = [(where, record) for where, record in cases if split == "all" or record.get("split", "tune") == split]
    tallies: dict[str, Tally] = {}
    for held_out in (False, True):
        records = [
            {**record, "id": record.get("id", where)}
            for where, record in chosen
            if (record.get("split") in HELD_OUT) == held_out
        ]
        report = expectation_report(records, specs, settings=settings)
        for name, count in sorted(report.not_run.items()):
            print(f"unknown check {name!r}: {count} expectations skipped", file=sys.stderr)
        for name, accuracy in report.checks.items():
            tally = tallies.setdefault(name, Tally())
            tally.cases += accuracy.cases
            tally.agree += accuracy.agreed
            if held_out:
                tally.held_out_wrong += accuracy.disagreement_count
            else:
                tally.wrong += [
                    f"{d.id}: expected {_shown(d.expected)}, got {_shown(d.predicted)}" for d in accuracy.disagreements
                ]
            if name in EXACT:
                continue
            positive = POSITIVE.get(name, {"fail"})
            for expected, row in accuracy.confusion.items():
                for predicted, count in row.items():
                    if predicted in positive and expected in positive:
                        tally.tp += count
                    elif predicted in positive:
                        tally.fp += count
                    elif expected in positive:
                        tally.fn += count
    return tallies


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def report(
    tallies: dict[str, Tally],
    verbose: bool = False,
    out=sys.stdout,
    targets: dict[str, tuple[float, float | None]] | None = None,
) -> list[str]:
    """Print the table; return the list of missed targets."""
    targets = PROJECT_TARGETS if targets is None else targets
    missed = []
    out.write(f"{'check':<20} {'cases':>6} {'agree':>7} {'positive':>9} {'precision':>10} {'recall':>8}\n")
    for name in sorted(tallies):
        t = tallies[name]
        positive = "(exact)" if name in EXACT else "+".join(sorted(POSITIVE.get(name, {"fail"})))
        out.write(
            f"{name:<20} {t.cases:>6} {t.agree / t.cases:>7.3f} {positive:>9} "
            f"{_fmt(None if name in EXACT else t.precision):>10} {_fmt(None if name in EXACT else t.recall):>8}\n"
        )
        target = targets.get(name)
        if target is not None and name in EXACT:
            accuracy = t.agree / t.cases
            if accuracy < target[0]:
                missed.append(f"{name}: accuracy {accuracy:.3f} (target {target[0]})")
        elif target is not None:
            assert target[1] is not None
            p = t.precision if t.precision is not None else 1.0
            r = t.recall if t.recall is not None else 1.0
            if p < target[0] or r < target[1]:
                missed.append(f"{name}: precision {p:.3f} (target {target[0]}), recall {r:.3f} (target {target[1]})")
        if verbose:
            for line in t.wrong:
                out.write(f"    {line}\n")
            if t.held_out_wrong:
                out.write(f"    ({t.held_out_wrong} disagreeing cases of the held-out split, not listed)\n")
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="corpus files (default: those of --corpus)")
    parser.add_argument(
        "--corpus",
        choices=("multilingual", "project"),
        default="multilingual",
        help="tests/data/multilingual/*/*.jsonl (default) or the project's tests/data/corpus_*.jsonl",
    )
    parser.add_argument(
        "--split",
        choices=("all", "tune", "dev", "test"),
        default=None,
        help="multilingual: dev (tuned on) or test (reported; the default); project: tune or dev (held out)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misclassified cases (never test's)")
    parser.add_argument("--check-targets", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--floors", action="store_true", help="with --check-targets: hold the checks to FLOORS, not TARGETS"
    )
    args = parser.parse_args(argv)
    multilingual = args.corpus == "multilingual"
    paths = args.files or sorted(glob.glob(MULTILINGUAL_GLOB if multilingual else CORPUS_GLOB))
    split = args.split or ("test" if multilingual else "all")
    tallies = measure(load_cases(paths), split)
    targets = (FLOORS if args.floors else TARGETS) if multilingual else PROJECT_TARGETS
    missed = report(tallies, args.verbose, targets=targets)
    if not tallies:
        missed.append(f"no labeled case in the {split} split of {len(paths)} files")
    if missed:
        print("\nmissed targets:\n  " + "\n  ".join(missed))
    return 1 if args.check_targets and missed else 0


if __name__ == "__main__":
    sys.exit(main())
