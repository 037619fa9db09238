"""Offline evaluation: run the checks over a JSONL file of exchanges (``otel-micrometrics eval``).

The same checks, chosen by the same settings as in production, over recorded exchanges: a
table of fail rates per check, one JSON result line per exchange, or a comparison of two
files that fails (exit 1) when a fail rate rose: the gate before a prompt or model change.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import IO, Any

from .config import ENV_CHECKS, ENV_LEVEL, Settings, load_settings
from .exchange import Exchange
from .pipeline import evaluate
from .registry import REGISTRY, CheckSpec, Result, load_builtin_checks, select_checks

# A line longer than this is reported and skipped without being held in memory whole.
MAX_LINE_BYTES = 16 * 1024 * 1024
_CHUNK = 1024 * 1024
DEFAULT_MAX_REGRESSION = 0.02


@dataclass(slots=True)
class Evaluated:
    """One good input line: its id (the record's ``id`` or the line number) and results."""

    line: int
    id: Any
    results: list[tuple[CheckSpec, Result]]


@dataclass(slots=True)
class BadLine:
    line: int
    reason: str


@dataclass(slots=True)
class Tally:
    """Counts for one check over a file."""

    applicable: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    score_sum: float = 0.0
    scored: int = 0
    errors: int = 0

    @property
    def passed(self) -> int:
        return self.labels.get("pass", 0)

    @property
    def failed(self) -> int:
        return self.labels.get("fail", 0)

    @property
    def pass_fail(self) -> bool:
        return self.passed + self.failed > 0

    @property
    def fail_rate(self) -> float | None:
        judged = self.passed + self.failed
        return self.failed / judged if judged else None


@dataclass(slots=True)
class Report:
    path: str
    checks: tuple[CheckSpec, ...]
    tallies: dict[str, Tally]
    exchanges: int = 0
    bad_lines: list[BadLine] = field(default_factory=list)


def eval_settings(level: str | None = None, checks: str | None = None, environ: Any = None) -> Settings:
    """Production settings (environment), with ``--level`` and ``--checks`` applied on top."""
    settings = load_settings(environ)
    overrides: dict[str, str] = {}
    if level:
        overrides[ENV_LEVEL] = level
    if checks:
        overrides[ENV_CHECKS] = checks
    if not overrides:
        return settings
    given = load_settings(overrides)
    return replace(
        settings,
        level=given.level if level else settings.level,
        checks=settings.checks + tuple(c for c in given.checks if c not in settings.checks),
    )


def read_lines(stream: IO[bytes], max_line_bytes: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` per line; ``bytes`` is ``None`` for a line over the limit
    (default ``MAX_LINE_BYTES``), which is read past in chunks, never held whole."""
    if max_line_bytes is None:
        max_line_bytes = MAX_LINE_BYTES
    number = 0
    while True:
        chunk = stream.readline(max_line_bytes + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) > max_line_bytes and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):
                chunk = stream.readline(_CHUNK)
            yield number, None
            continue
        yield number, chunk


def parse_line(raw: bytes, number: int) -> tuple[Any, Exchange]:
    """``(id, exchange)`` of one JSONL line; raises ``ValueError`` with a short reason."""
    try:
        record = json.loads(raw)
    except RecursionError:
        raise ValueError("invalid JSON (nested too deeply)") from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise ValueError(f"invalid JSON ({_short(exc)})") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    try:
        exchange = Exchange.from_dict(record)
    except ValueError as exc:
        raise ValueError(f"wrong shape: {_short(exc)}") from None
    except Exception as exc:  # any other surprise in a record is still only a bad line
        raise ValueError(f"wrong shape: {type(exc).__name__}") from None
    record_id = record.get("id", number)
    if not isinstance(record_id, (str, int, float)) or isinstance(record_id, bool):
        record_id = number
    return record_id, exchange


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def evaluate_file(
    path: str,
    settings: Settings,
    checks: Sequence[CheckSpec] | None = None,
    on_result: Any = None,
    on_bad_line: Any = None,
) -> Report:
    """Run the checks over every line of ``path``; bad lines are collected, never raised."""
    chosen = tuple(checks) if checks is not None else select_checks(settings)
    report = Report(path=path, checks=chosen, tallies={spec.name: Tally() for spec in chosen})

    def record_error(spec: CheckSpec, error_type: str) -> None:
        report.tallies[spec.name].errors += 1

    limit = MAX_LINE_BYTES
    with open(path, "rb") as stream:
        for number, raw in read_lines(stream, limit):
            if raw is None:
                bad = BadLine(number, f"longer than {limit} bytes")
            elif not raw.strip():
                continue
            else:
                try:
                    record_id, exchange = parse_line(raw, number)
                except ValueError as exc:
                    bad = BadLine(number, str(exc))
                else:
                    if settings.expected_language and not exchange.expected_language:
                        exchange.expected_language = settings.expected_language
                    results = evaluate(exchange, chosen, record_error)
                    report.exchanges += 1
                    for spec, result in results:
                        tally = report.tallies[spec.name]
                        tally.applicable += 1
                        if result.label is not None:
                            tally.labels[result.label] = tally.labels.get(result.label, 0) + 1
                        if result.score is not None:
                            tally.score_sum += result.score
                            tally.scored += 1
                    if on_result is not None:
                        on_result(Evaluated(number, record_id, results))
                    continue
            report.bad_lines.append(bad)
            if on_bad_line is not None:
                on_bad_line(bad)
    return report


def result_line(evaluated: Evaluated) -> str:
    """The ``--json`` line of one exchange."""
    results = {spec.name: {"label": result.label, "score": result.score} for spec, result in evaluated.results}
    return json.dumps({"id": evaluated.id, "results": results}, ensure_ascii=False)


def _rate(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.1%}"


def _source(report: Report) -> str:
    bad = len(report.bad_lines)
    skipped = f" ({bad} bad line{'s' if bad != 1 else ''} skipped)" if bad else ""
    return f"{report.exchanges} exchanges from {report.path}{skipped}"


def format_table(report: Report) -> str:
    """One row per check: applicable, pass, fail, fail rate (and other labels or the mean score)."""
    lines = [
        _source(report),
        "",
        f"{'check':<20} {'applicable':>10} {'pass':>6} {'fail':>6} {'fail rate':>9}  other",
    ]
    for spec in report.checks:
        tally = report.tallies[spec.name]
        other = {k: v for k, v in tally.labels.items() if k not in ("pass", "fail")}
        notes = [f"{k}={v}" for k, v in sorted(other.items(), key=lambda kv: (-kv[1], kv[0]))]
        if tally.scored and not tally.labels:
            notes.append(f"mean score {tally.score_sum / tally.scored:.1f}")
        if tally.errors:
            notes.append(f"errors={tally.errors}")
        if tally.pass_fail:
            counts = f"{tally.passed:>6} {tally.failed:>6} {_rate(tally.fail_rate):>9}"
        else:
            counts = f"{'-':>6} {'-':>6} {'-':>9}"
        lines.append(f"{spec.name:<20} {tally.applicable:>10} {counts}  {' '.join(notes)}".rstrip())
    return "\n".join(lines) + "\n"


@dataclass(slots=True)
class Comparison:
    text: str
    regressed: list[str]


def compare(before: Report, after: Report, max_regression: float = DEFAULT_MAX_REGRESSION) -> Comparison:
    """Fail rate per pass/fail check before and after; a rise above ``max_regression``
    (a share, 0.02 = two percentage points) is a regression."""
    lines = [
        f"before: {_source(before)}",
        f"after:  {_source(after)}",
        "",
        f"{'check':<20} {'before':>16} {'after':>16} {'change':>9}",
    ]
    regressed: list[str] = []
    for spec in after.checks:
        old, new = before.tallies.get(spec.name, Tally()), after.tallies[spec.name]
        if not old.pass_fail and not new.pass_fail:
            continue
        old_rate, new_rate = old.fail_rate, new.fail_rate
        change, verdict = "-", ""
        if old_rate is not None and new_rate is not None:
            delta = new_rate - old_rate
            change = f"{delta * 100:+.1f} pt"
            if delta > max_regression + 1e-12:
                regressed.append(spec.name)
                verdict = "  REGRESSION"
        cells = [f"{t.failed}/{t.passed + t.failed} {_rate(t.fail_rate):>6}" for t in (old, new)]
        lines.append(f"{spec.name:<20} {cells[0]:>16} {cells[1]:>16} {change:>9}{verdict}")
    lines.append("")
    if regressed:
        lines.append(f"FAILED: fail rate rose by more than {max_regression * 100:.1f} points: {', '.join(regressed)}")
    else:
        lines.append(f"passed: no fail rate rose by more than {max_regression * 100:.1f} points")
    return Comparison("\n".join(lines) + "\n", regressed)


def format_checks() -> str:
    """Every registered check: level, owner, review date, one-line description."""
    load_builtin_checks()
    specs = REGISTRY.all()
    width = max([len(s.name) for s in specs] + [5])
    lines = [f"{'check':<{width}}  {'level':<5}  {'owner':<18}  {'review by':<10}  description"]
    for spec in specs:
        lines.append(
            f"{spec.name:<{width}}  {spec.level:<5}  {spec.owner or '-':<18}  {spec.review_by or '-':<10}  "
            f"{spec.description}"
        )
    return "\n".join(lines) + "\n"
