"""What one change does to the walk checks' cost: two trees' checks timed in one process.

    python benchmarks/checks_speed_ab.py BEFORE [--batches 10] [--rounds 400] [--case english]

BEFORE is a git revision (``main``, ``HEAD~2``) or a directory holding an ``otel_micrometrics``
package; AFTER is this tree. Each tree's package is imported under its own name (the earlier
one is copied as ``otel_micrometrics_before``; the package's imports are relative), and both
run the conversation case of ``checks_speed.py``: a new reply and latest user message per call,
every per-text cache full. Batches of the two trees alternate, so both see the machine's quiet
and busy spells; each check's figure is the lowest of its batch medians, as in
``checks_speed.py``. On a shared machine whose load drifts by more than a change saves, two runs
of ``checks_speed.py`` one after the other cannot show a 5% difference; this comparison can.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import checks_speed  # noqa: E402  (the workload)

BEFORE_PACKAGE = "otel_micrometrics_before"


def copy_before(before: str, into: str) -> None:
    """The BEFORE tree's package, as ``BEFORE_PACKAGE`` under ``into``."""
    target = os.path.join(into, BEFORE_PACKAGE)
    if os.path.isdir(os.path.join(before, "otel_micrometrics")):
        shutil.copytree(os.path.join(before, "otel_micrometrics"), target)
        return
    archive = subprocess.run(
        ["git", "-C", ROOT, "archive", before, "otel_micrometrics"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", into], input=archive, check=True)
    os.rename(os.path.join(into, "otel_micrometrics"), target)


def workload(package: str, case: str = "german") -> tuple[list[Any], Callable[[int], Any]]:
    """The walk-level checks of ``package`` and a maker of its conversation exchanges (``case``:
    a conversation of ``checks_speed.CASES``)."""
    catalog = importlib.import_module(package + ".catalog")
    config = importlib.import_module(package + ".config")
    exchange = importlib.import_module(package + ".exchange")
    checks = catalog.select_checks(config.load_settings({"OTEL_MICROMETRICS_LEVEL": "walk"}))
    reply, turns = checks_speed.CASES[case]

    def make(round_no: int) -> Any:
        # checks_speed.fresh_turn with this package's classes: another order number each call
        order = f"{10000 + round_no % 90000:05d}"
        messages = [exchange.Message(role, text) for role, text in turns]
        messages[-1] = exchange.Message(messages[-1].role, messages[-1].content.replace(checks_speed.ORDER, order))
        return exchange.Exchange(
            request_model="gpt-4o-mini",
            system_instructions=["You are a helpful customer support assistant for ShopNow. Be concise."],
            messages=messages,
            output_text=reply.replace(checks_speed.ORDER, order),
            finish_reasons=["stop"],
        )

    return checks, make


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", help="a git revision or a directory with an otel_micrometrics package")
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=400, help="calls per batch and tree")
    parser.add_argument(
        "--case", choices=sorted(checks_speed.CASES), default="german", help="the conversation's language"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        copy_before(args.before, scratch)
        sys.path.insert(0, scratch)
        trees = {"before": workload(BEFORE_PACKAGE, args.case), "after": workload("otel_micrometrics", args.case)}
        for checks, make in trees.values():
            for round_no in range(checks_speed.CACHE_FILL):  # every per-text cache full
                current = make(40_000 + round_no)
                for spec in checks:
                    spec.function(current)
        medians: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
        totals: dict[str, list[float]] = {name: [] for name in trees}
        round_no = 0
        gc.disable()
        try:
            for _ in range(args.batches):
                for name, (checks, make) in trees.items():
                    samples: dict[str, list[int]] = {spec.name: [] for spec in checks}
                    whole: list[int] = []
                    for _ in range(args.rounds):
                        current = make(round_no)
                        round_no += 1
                        start = time.perf_counter_ns()
                        for spec in checks:
                            began = time.perf_counter_ns()
                            spec.function(current)
                            samples[spec.name].append(time.perf_counter_ns() - began)
                        whole.append(time.perf_counter_ns() - start)
                    for check, values in samples.items():
                        medians[name].setdefault(check, []).append(statistics.median(values) / 1000.0)
                    totals[name].append(statistics.median(whole) / 1000.0)
        finally:
            gc.enable()
    print(
        f"{args.case} conversation, {args.batches} batches of {args.rounds} calls per tree, load average {os.getloadavg()[0]:.1f}"
    )
    print(f"{'check (in a conversation)':<28} {'before µs':>10} {'after µs':>10} {'change':>8}")
    for check in medians["after"]:
        before = min(medians["before"].get(check, [float("nan")]))
        after = min(medians["after"][check])
        print(f"{check:<28} {before:>10.2f} {after:>10.2f} {after - before:>+8.2f}")
    before, after = min(totals["before"]), min(totals["after"])
    print(f"{'all checks (quietest batch)':<28} {before:>10.2f} {after:>10.2f} {after - before:>+8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
