"""The offline evaluation page prints what the tool prints: each `otel-micrometrics eval` command in
docs/eval.md runs on the sample files in examples/eval/ and its output is compared with the page
("..." stands for lines the page leaves out)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from docs_console import console_steps, matches

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "eval.md"
SAMPLES = ROOT / "examples" / "eval"


def test_the_eval_samples_are_what_eval_prints():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "PYTEST_", "COV_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT)
    ran: list[str] = []
    code = None
    for command, expected in console_steps(PAGE.read_text(encoding="utf-8")):
        if command == "echo $?":
            assert f"{code}" == expected.strip()
            continue
        if not command.startswith("otel-micrometrics eval") or not expected:
            continue  # a command shown for its syntax, or one that needs the reader's own checks
        proc = subprocess.run(
            ["bash", "-c", command],
            cwd=SAMPLES,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=300,
        )
        code = proc.returncode
        assert matches(expected, proc.stdout), (
            f"$ {command}\n--- the page says:\n{expected}\n--- it printed:\n{proc.stdout}"
        )
        ran.append(command.split(" ", 3)[2])
    # the table, --json, --compare and --expect samples all ran
    assert ran == ["after.jsonl", "after.jsonl", "after.jsonl", "labeled.jsonl"]
