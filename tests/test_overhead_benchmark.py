"""The overhead benchmark in its smoke mode: it still runs, every mode, with exact counts.

No timing is asserted here (the machine is shared); the figures come from the full run
(README, "Performance"). The benchmark itself asserts that ``micrometrics.evaluations``
totals exactly applicable checks x calls, that every span was exported and that the evaluation
events per call are what the setting asks for (none by default on this all-passing workload).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_smoke_mode_runs_every_mode_with_exact_counts(tmp_path):
    modes = ["bare", "floor", "crawl", "walk"]
    if importlib.util.find_spec("opentelemetry.instrumentation.openai") is not None:
        modes.append("peer")  # installed by the `bench` extra
    out = tmp_path / "summary.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "overhead.py"),
            "--smoke",
            "--modes",
            ",".join(modes),
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary_file = json.loads(out.read_text())
    # OTEL_MICROMETRICS_EVENTS unset: the events per call below are the library's default setting's
    assert summary_file["events"] is None
    assert "evaluation events per call (OTEL_MICROMETRICS_EVENTS=unset, default fail): [0.0]" in proc.stdout
    results = summary_file["results"]
    wrappers = results["wrappers"]["us"]  # each wrapper alone, in one process
    assert set(wrappers) == {m for m in modes if m != "bare"}
    assert all(us > 0 for us in wrappers.values())  # every wrapper costs something over the bare call
    assert set(results["wrappers"]["ttfc_delay_us"]) == set(wrappers)
    assert set(results["wrappers"]["ttfc_warm_delay_us"]) == set(wrappers) - {"peer"}
    summary = results["drop"]
    assert set(summary) == {"chat", "stream"}
    for kind in ("chat", "stream"):
        assert list(summary[kind]) == modes
        for mode in ("crawl", "walk"):
            entry = summary[kind][mode]
            if not entry["instrumented"]:  # streams before the stream proxy exists
                assert kind == "stream"
                continue
            assert entry["evaluations"] == entry["expected_evaluations"]
            # 20 timed + 5 warm-up calls (streams: 10 + 5); crawl: at least 3 checks apply, walk 6
            calls = 25 if kind == "chat" else 15
            assert entry["evaluations"][0] >= (3 if mode == "crawl" else 6) * calls
            assert entry["evaluations"][0] % calls == 0
            # every check passes on this workload: with the default OTEL_MICROMETRICS_EVENTS=fail,
            # not one evaluation event (the benchmark asserts it against the offline results too)
            assert entry["events_per_call"] == [0.0]
    assert (
        "overhead" in proc.stdout
        and "targets (this run):" in proc.stdout
        and "targets (in one process):" in proc.stdout
    )
