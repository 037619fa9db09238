"""The offline evaluation page prints what the tool prints: each `otel-micrometrics eval` command in
docs/eval.md runs on the sample files in examples/eval/ and its output is compared with the page
("..." stands for lines the page leaves out)."""

from __future__ import annotations

from pathlib import Path

from helpers.docs_console import console_steps, matches, run_step

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "eval.md"
SAMPLES = ROOT / "examples" / "eval"


def test_the_eval_samples_are_what_eval_prints():
    ran: list[str] = []
    code = None
    for command, expected in console_steps(PAGE.read_text(encoding="utf-8")):
        if command == "echo $?":
            assert f"{code}" == expected.strip()
            continue
        if not command.startswith("otel-micrometrics eval") or not expected:
            continue  # a command shown for its syntax, or one that needs the reader's own checks
        code, printed = run_step(command, SAMPLES)
        assert matches(expected, printed), f"$ {command}\n--- the page says:\n{expected}\n--- it printed:\n{printed}"
        ran.append(command.split(" ", 3)[2])
    # the table, --json, --compare and --expect samples all ran
    assert ran == ["after.jsonl", "after.jsonl", "after.jsonl", "labeled.jsonl"]
