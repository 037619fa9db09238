"""Console blocks of the docs: the commands a page shows and the output it promises."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def console_steps(text: str) -> list[tuple[str, str]]:
    """``(command, expected output)`` of every ``$ `` line in the page's console blocks."""
    steps: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            else:
                steps[-1][1].append(line)
    return [(command, "\n".join(out)) for command, out in steps]


def matches(expected: str, actual: str) -> bool:
    """``...`` alone on a line matches any lines; inside a line, any text."""
    pattern = []
    for line in expected.splitlines():
        if line == "...":
            pattern.append(r"(?:[^\n]*\n)*?")
        else:
            pattern.append(".*".join(re.escape(part) for part in line.split("...")) + r"\n")
    return re.fullmatch("".join(pattern), actual.rstrip("\n") + "\n" if actual else "") is not None


def run_step(command: str, cwd: Path) -> tuple[int, str]:
    """Run one page command as a reader would (bash, this environment's commands first on PATH,
    the code under test importable, no OpenTelemetry or pytest settings of ours): its exit code
    and what it printed, stderr included."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "PYTEST_", "COV_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT)  # the code under test (CI installs it; this also covers a checkout)
    proc = subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
    )
    return proc.returncode, proc.stdout
