"""``otel-micrometrics new-check``: start a check from the examples of the failure it catches.

Writes three files: the check module (``@check`` with owner, level and a review date a quarter
ahead), a labeled examples file, and a test that runs the check on every example and fails
until the check agrees with all of them.
"""

from __future__ import annotations

import datetime
import json
import keyword
from dataclasses import dataclass
from pathlib import Path

from .offline import parse_record_line, read_lines

_MODULE = '''"""{name}: a micro metric born from an incident; its examples are in {examples}."""

from __future__ import annotations

from otel_micrometrics import Exchange, Result, check


@check(
    "{name}",
    level="{level}",
    owner={owner},
    review_by="{review_by}",
    description="fail when ... (say in one line what this check catches).",
    labels=({labels}),
)
def {name}(x: Exchange) -> Result | None:
    """Return Result("fail") when the reply shows the failure, Result("pass") when it does not,
    and None when the check does not apply to this exchange."""
    if not x.output_text:
        return None
    # Write the rule here. {examples} holds {count} labeled examples ({summary}).
    return None
'''

_TEST = '''"""{name} agrees with every labeled example in {examples}."""

import json
from pathlib import Path

from {name} import {name}

from otel_micrometrics.offline import expectation_report

EXAMPLES = Path(__file__).with_name("{examples}")


def test_{name}_agrees_with_every_labeled_example():
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    report = expectation_report(records, [{name}.check_spec])
    accuracy = report.checks["{name}"]
    assert accuracy.cases == {count}
    assert accuracy.disagreements == [], accuracy.disagreements
'''


@dataclass(frozen=True, slots=True)
class Written:
    module: Path
    test: Path
    examples: Path
    labels: dict[str, int]
    unlabeled: int
    review_by: str


def quarter_ahead(day: datetime.date) -> datetime.date:
    """The same day three months later (the month's last day when it has no such day)."""
    month = day.month + 3
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for d in range(day.day, 27, -1):
        try:
            return datetime.date(year, month, d)
        except ValueError:
            continue
    return datetime.date(year, month, min(day.day, 28))


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a new check (a module, a function and a label key), or ``None``."""
    from .catalog import load_builtin_checks
    from .registry import REGISTRY

    if not name.isidentifier() or keyword.iskeyword(name) or not name.islower():
        return f"{name!r} is not a lower-case Python identifier (e.g. formal_address)"
    load_builtin_checks()
    if name in REGISTRY.checks:
        return f"{name!r} is already a check's name"
    return None


def write_check(
    name: str,
    examples_path: str,
    directory: Path,
    owner: str,
    level: str = "walk",
    label: str | None = None,
    today: datetime.date | None = None,
    force: bool = False,
) -> Written:
    """Write the module, the examples and the test; raises ``ValueError`` (bad examples,
    no labeled example, a file already there) with a message naming the problem."""
    targets = (directory / f"{name}.py", directory / f"test_{name}.py", directory / f"{name}_examples.jsonl")
    if not force:
        existing = [str(p) for p in targets if p.exists()]
        if existing:
            raise ValueError(f"{', '.join(existing)} already exist(s); use --force to overwrite")
    lines: list[str] = []
    counts: dict[str, int] = {}
    unlabeled = 0
    with open(examples_path, "rb") as stream:
        for number, raw in read_lines(stream):
            if raw is not None and not raw.strip():
                continue
            if raw is None:
                raise ValueError(f"{examples_path}: line {number}: too long")
            try:
                parsed = parse_record_line(raw, number, with_expect=True)
            except ValueError as exc:
                raise ValueError(f"{examples_path}: line {number}: {exc}") from None
            record = json.loads(raw)
            expect = dict(parsed.expect or {})
            if name in expect:
                given = expect[name]
            elif label is not None:
                given = label
            else:
                unlabeled += 1
                continue
            expect[name] = given
            record["expect"] = expect
            key = "null" if given is None else given
            counts[key] = counts.get(key, 0) + 1
            lines.append(json.dumps(record, ensure_ascii=False))
    if not lines:
        raise ValueError(
            f'{examples_path}: no example is labeled for {name!r}: add "expect": {{"{name}": "fail"}} '
            f"to the lines, or give --label fail"
        )
    review_by = quarter_ahead(today or datetime.date.today()).isoformat()
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
    named = {k for k in counts if k != "null"}
    labels = ("pass", "fail") if named <= {"pass", "fail"} else tuple(sorted(named))
    directory.mkdir(parents=True, exist_ok=True)
    module, test, examples = targets
    examples.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fields = dict(name=name, examples=examples.name, count=len(lines), summary=summary)
    quoted = ", ".join(json.dumps(label) for label in labels) + ("," if len(labels) == 1 else "")
    module.write_text(
        _MODULE.format(level=level, owner=json.dumps(owner), review_by=review_by, labels=quoted, **fields),
        encoding="utf-8",
    )
    test.write_text(_TEST.format(**fields), encoding="utf-8")
    return Written(module, test, examples, counts, unlabeled, review_by)
