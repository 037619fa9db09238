"""The "From incident to micro metric" page runs as written: every console command in
docs/incident-to-metric.md is executed in order on a trace file the plugin itself made
(tests/helpers/incident_traffic.py), and its output is compared with the page ("..." stands for
text that varies: a date, a timing, pytest's progress lines)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from helpers.docs_console import console_steps, matches, run_step
from helpers.incident_traffic import LABEL_OF_REPLY, write_traces

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "incident-to-metric.md"
RULE = ROOT / "tests" / "data" / "formal_address.py"


def label_by_hand(path: Path) -> None:
    """What the page asks a person to do: an expectation on every sampled line."""
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    for record in lines:
        record["expect"] = {"formal_address": LABEL_OF_REPLY[record["response"]["content"]]}
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")


def test_the_walk_through_runs_as_written(tmp_path):
    write_traces(tmp_path / "traces.jsonl")
    steps = console_steps(PAGE.read_text(encoding="utf-8"))
    assert [command.split()[0:2] for command, _ in steps[:2]] == [["otel-micrometrics", "collect"]] * 2
    seen: list[str] = []
    code = None
    for command, expected in steps:
        if command == "echo $?":
            actual = f"{code}\n"
        else:
            run = command.replace("PYTHONPATH=.", f"PYTHONPATH=.{os.pathsep}{ROOT}")
            code, actual = run_step(run, tmp_path)
        assert matches(expected, actual), f"$ {command}\n--- the page says:\n{expected}\n--- it printed:\n{actual}"
        seen.append(command)
        # The steps a person does between the commands.
        if "--sample" in command:
            label_by_hand(tmp_path / "sample.jsonl")
        if command.startswith("python -m pytest") and "1 failed" in expected:
            shutil.copy(RULE, tmp_path / "formal_address.py")
    assert len(seen) == 8
    incident = [json.loads(x) for x in (tmp_path / "incident.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["response"]["content"][:14] for r in incident] == ["Your card was ", "Of course, I a"]
    assert all(r["observed"]["language_mismatch"] == "fail" for r in incident)
    assert code == 1  # the last step: the stale gate
