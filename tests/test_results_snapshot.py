"""benchmarks/results_snapshot.py: the same tree gives the same results, and a changed label
is caught while a changed score alone is only reported."""

from __future__ import annotations

import copy
import importlib.util
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load():
    spec = importlib.util.spec_from_file_location("results_snapshot", ROOT / "benchmarks" / "results_snapshot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_snapshot_is_stable_and_a_changed_label_is_caught():
    snap = load()
    first = snap.snapshot()
    assert len(first) > 10_000
    assert snap.compare(first, snap.snapshot(), out=io.StringIO()) == 0

    changed = copy.deepcopy(first)
    tag, results = next((tag, results) for tag, results in changed if results)
    results[0][1] = "not-a-label"
    report = io.StringIO()
    assert snap.compare(first, changed, out=report) == 1
    assert f"label  {tag}:" in report.getvalue()

    scored = copy.deepcopy(first)
    row = next(results for _, results in scored if any(r[2] is not None for r in results))
    result = next(r for r in row if r[2] is not None)
    result[2] = result[2] + 0.5
    report = io.StringIO()
    assert snap.compare(first, scored, out=report) == 0
    assert "1 with scores only" in report.getvalue()
