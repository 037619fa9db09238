"""Console blocks of the docs: the commands a page shows and the output it promises."""

from __future__ import annotations

import re


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
