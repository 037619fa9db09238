"""Accuracy of the built-in checks on the labeled corpora ``tests/data/corpus_*.jsonl``.

Each line is an exchange in the JSONL format of ``otel-micrometrics eval`` plus
``"expect": {"<check>": "<label>" | null}`` (null: the check must not apply), an optional
top-level ``"expected_language"`` (as OTEL_MICROMETRICS_EXPECTED_LANGUAGE would set it) and
an optional ``"split"`` (``dev`` cases are kept out of tuning; ``--split dev`` reports them).

    python benchmarks/accuracy.py [--verbose] [--split all|tune|dev] [--check-targets]

Per check it prints: cases, agreement (predicted label == expected label, "does not apply"
included), precision and recall of the positive label (``fail`` for pass/fail checks, see
POSITIVE for others; exact-label accuracy for ``response_language``). ``--check-targets``
exits 1 when a target below is missed.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from otel_micrometrics.exchange import Exchange  # noqa: E402
from otel_micrometrics.registry import REGISTRY, load_builtin_checks  # noqa: E402

CORPUS_GLOB = os.path.join(ROOT, "tests", "data", "corpus_*.jsonl")
# The label whose precision and recall matter, for checks that are not pass/fail.
POSITIVE = {"handoff": "handoff", "markdown": "present"}
# Checks measured by exact-label accuracy only.
EXACT = {"response_language"}
# (min precision, min recall) of the positive label.
TARGETS = {
    "language_mismatch": (0.97, 0.95),
    "refusal": (0.93, 0.90),
    "truncation": (1.0, 1.0),
    "content_filter": (1.0, 1.0),
    "empty_response": (1.0, 1.0),
    "json_validity": (1.0, 1.0),
    "tool_call_validity": (1.0, 1.0),
    "pii_leak": (1.0, 1.0),
}


@dataclass
class Tally:
    cases: int = 0
    agree: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def load_cases(paths: list[str]) -> list[tuple[str, dict]]:
    cases = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    record = json.loads(line)
                    cases.append((f"{os.path.basename(path)}:{number}", record))
    return cases


def measure(cases: list[tuple[str, dict]], split: str = "all") -> dict[str, Tally]:
    load_builtin_checks()
    tallies: dict[str, Tally] = {}
    unknown: set[str] = set()
    for where, record in cases:
        if split != "all" and record.get("split", "tune") != split:
            continue
        exchange = Exchange.from_dict(record)
        expected_language = record.get("expected_language")
        if isinstance(expected_language, str):
            exchange.expected_language = expected_language
        for name, want in (record.get("expect") or {}).items():
            spec = REGISTRY.get(name)
            if spec is None:
                if name not in unknown:
                    unknown.add(name)
                    print(f"{where}: unknown check {name!r} (skipped wherever it appears)", file=sys.stderr)
                continue
            result = spec.function(exchange)
            got = result.label if result is not None else None
            tally = tallies.setdefault(name, Tally())
            tally.cases += 1
            positive = POSITIVE.get(name, "fail")
            if got == want:
                tally.agree += 1
            else:
                tally.wrong.append(f"{record.get('id', where)}: expected {want}, got {got}")
            if name in EXACT:
                continue
            if got == positive and want == positive:
                tally.tp += 1
            elif got == positive:
                tally.fp += 1
            elif want == positive:
                tally.fn += 1
    return tallies


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def report(tallies: dict[str, Tally], verbose: bool = False, out=sys.stdout) -> list[str]:
    """Print the table; return the list of missed targets."""
    missed = []
    out.write(f"{'check':<20} {'cases':>6} {'agree':>7} {'positive':>9} {'precision':>10} {'recall':>8}\n")
    for name in sorted(tallies):
        t = tallies[name]
        positive = "(exact)" if name in EXACT else POSITIVE.get(name, "fail")
        out.write(
            f"{name:<20} {t.cases:>6} {t.agree / t.cases:>7.3f} {positive:>9} "
            f"{_fmt(None if name in EXACT else t.precision):>10} {_fmt(None if name in EXACT else t.recall):>8}\n"
        )
        target = TARGETS.get(name)
        if target is not None:
            p = t.precision if t.precision is not None else 1.0
            r = t.recall if t.recall is not None else 1.0
            if p < target[0] or r < target[1]:
                missed.append(f"{name}: precision {p:.3f} (target {target[0]}), recall {r:.3f} (target {target[1]})")
        if verbose:
            for line in t.wrong:
                out.write(f"    {line}\n")
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="corpus files (default: tests/data/corpus_*.jsonl)")
    parser.add_argument("--verbose", action="store_true", help="list the misclassified cases")
    parser.add_argument("--split", choices=("all", "tune", "dev"), default="all")
    parser.add_argument("--check-targets", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    paths = args.files or sorted(glob.glob(CORPUS_GLOB))
    tallies = measure(load_cases(paths), args.split)
    missed = report(tallies, args.verbose)
    if missed:
        print("\nmissed targets:\n  " + "\n  ".join(missed))
    return 1 if args.check_targets and missed else 0


if __name__ == "__main__":
    sys.exit(main())
