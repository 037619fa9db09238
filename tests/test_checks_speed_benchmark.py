"""The checks' speed benchmark still runs and reports every walk-level check and both cases.

No timing is asserted (the machine is shared); the figures come from the full run (README,
"Speed"). The benchmark exits 1 when a check raised while it was timed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from otel_micrometrics.catalog import select_checks
from otel_micrometrics.config import load_settings

ROOT = Path(__file__).resolve().parents[1]


def test_a_short_run_times_every_walk_check_and_both_cases():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "checks_speed.py"), "--rounds", "40", "--batches", "2"],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    names = {spec.name for spec in select_checks(load_settings({"OTEL_MICROMETRICS_LEVEL": "walk"}))}
    timed = {line.split()[0] for line in lines if line.split() and line.split()[0] in names}
    assert timed == names
    cases = [line for line in lines if line.startswith(("every cache cleared", "in a conversation"))]
    assert len(cases) == 2 and all(float(line.split()[-1]) > 0 for line in cases)
    assert any(line.startswith("target: at most 100 µs") for line in lines)


def test_the_two_tree_comparison_times_every_walk_check_in_both_trees():
    # This tree against itself (a directory holding the package): both columns for every check.
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "checks_speed_ab.py"),
            str(ROOT),
            "--batches",
            "1",
            "--rounds",
            "20",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    names = {spec.name for spec in select_checks(load_settings({"OTEL_MICROMETRICS_LEVEL": "walk"}))}
    rows = {line.split()[0]: line.split()[1:] for line in proc.stdout.splitlines() if line.split()}
    assert names <= rows.keys()
    assert all(float(rows[name][0]) > 0 and float(rows[name][1]) > 0 for name in names)
