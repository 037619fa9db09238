"""Offline evaluation: run the checks over a JSONL file of exchanges (``otel-micrometrics eval``).

The same checks, chosen by the same settings as in production, over recorded exchanges: a
table of fail rates per check, one JSON result line per exchange, or a comparison of two
files that fails (exit 1) when a fail rate rose: the gate before a prompt or model change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import IO, Any

from .catalog import select_checks
from .config import ENV_CHECKS, ENV_LEVEL, Settings, load_settings
from .exchange import Exchange
from .pipeline import configure, evaluate
from .registry import REGISTRY, CheckSpec, Result, is_opt_in

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


# Bad lines kept in a report (each one is also reported as it is met); the rest are counted.
MAX_KEPT_BAD_LINES = 100


@dataclass(slots=True)
class Report:
    """A file's tallies. ``bad_lines`` keeps the first ``MAX_KEPT_BAD_LINES`` bad lines;
    ``bad_count`` counts them all. ``formats`` counts the good lines per format read."""

    path: str
    checks: tuple[CheckSpec, ...]
    tallies: dict[str, Tally]
    exchanges: int = 0
    bad_lines: list[BadLine] = field(default_factory=list)
    bad_count: int = 0
    formats: dict[str, int] = field(default_factory=dict)

    @property
    def bad_share(self) -> float:
        lines = self.exchanges + self.bad_count
        return self.bad_count / lines if lines else 0.0


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


FORMAT_PROJECT = "otel-micrometrics"
FORMAT_OPENAI = "openai-api"
FORMAT_NAMES = {FORMAT_PROJECT: "otel-micrometrics exchanges", FORMAT_OPENAI: "OpenAI API records"}
_RESPONSE_KEYS = ("content", "tool_calls", "refusal", "finish_reason")


@dataclass(slots=True)
class ParsedLine:
    """One good input line: its id, its exchange, the format it was read as, and its
    ``expect`` mapping (``None`` when the line has none)."""

    id: Any
    exchange: Exchange
    format: str
    expect: dict[str, str | None] | None
    expected_language: str | None = None


def parse_line(raw: bytes, number: int) -> tuple[Any, Exchange]:
    """``(id, exchange)`` of one JSONL line; raises ``ValueError`` with a short reason."""
    parsed = parse_record_line(raw, number)
    return parsed.id, parsed.exchange


def parse_record_line(raw: bytes, number: int, with_expect: bool = False) -> ParsedLine:
    """One JSONL line in either accepted format; raises ``ValueError`` with a short reason.

    ``with_expect`` also validates the line's ``expect`` mapping (``eval --expect``)."""
    try:
        record = json.loads(raw)
    except RecursionError:
        raise ValueError("invalid JSON (nested too deeply)") from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise ValueError(f"invalid JSON ({_short(exc)})") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    return parse_record(record, number, with_expect)


def parse_record(record: Mapping[str, Any], fallback_id: Any, with_expect: bool = False) -> ParsedLine:
    """One decoded record -> ``ParsedLine``; raises ``ValueError`` with a short reason.

    Two formats are read: this project's (``request`` with OpenAI chat ``messages``,
    ``response`` with ``content``/``tool_calls``/``refusal``/``finish_reason``), and an
    OpenAI API record: the Chat Completions request body and the API's response body
    (``choices``), as ``{"request": ..., "response": ...}``, with the response body wrapped
    in ``{"body": ...}`` as in Batch API output, or flat (``messages`` and ``choices`` side
    by side). A record in neither shape is a bad line, never an empty reply.
    """
    if not isinstance(record, Mapping):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    try:
        project, kind = _as_project_record(record)
        exchange = Exchange.from_dict(project)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except ValueError as exc:
        raise ValueError(f"wrong shape: {_short(exc)}") from None
    except Exception as exc:  # any other surprise in a record is still only a bad line
        raise ValueError(f"wrong shape: {type(exc).__name__}") from None
    record_id = record.get("id", fallback_id)
    if not isinstance(record_id, (str, int, float)) or isinstance(record_id, bool):
        record_id = fallback_id
    expect = _expect_of(record) if with_expect else None
    language = record.get("expected_language")
    if language is not None and not (isinstance(language, str) and language):
        raise ValueError("'expected_language' must be a language code such as \"de\"")
    return ParsedLine(record_id, exchange, kind, expect, language)


def _as_project_record(record: Mapping[str, Any]) -> tuple[Mapping[str, Any], str]:
    """The record in this project's format, and which format it came in."""
    request, response = record.get("request"), record.get("response")
    if "request" not in record and "response" not in record:
        if "choices" in record and "messages" in record:
            return _from_openai(record, record), FORMAT_OPENAI
        keys = ", ".join(sorted(str(k)[:40] for k in record)[:5]) or "none"
        raise ValueError(f"no 'request' and 'response' (keys: {keys})")
    if not isinstance(request, Mapping):
        raise ValueError("'request' must be a JSON object")
    if not isinstance(response, Mapping):
        raise ValueError("'response' must be a JSON object")
    if not isinstance(request.get("messages"), list):
        raise ValueError("'request.messages' must be a list")
    body = response.get("body") if "choices" not in response else response
    if isinstance(body, Mapping) and "choices" in body:
        return _from_openai(request, body), FORMAT_OPENAI
    if not any(key in response for key in _RESPONSE_KEYS):
        raise ValueError(
            "'response' has none of content, tool_calls, refusal, finish_reason (nor an OpenAI API 'choices')"
        )
    return record, FORMAT_PROJECT


def _from_openai(request: Mapping[str, Any], body: Mapping[str, Any]) -> dict[str, Any]:
    """An OpenAI Chat Completions request and response body -> this project's record."""
    if not isinstance(request.get("messages"), list):
        raise ValueError("'messages' must be a list")
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices:
        raise ValueError("'choices' must be a non-empty list")
    choice = choices[0]
    if not isinstance(choice, Mapping) or not isinstance(choice.get("message"), Mapping):
        raise ValueError("'choices[0].message' must be a JSON object")
    message = choice["message"]
    response = {
        "content": message.get("content"),
        "refusal": message.get("refusal"),
        "tool_calls": message.get("tool_calls"),
        "finish_reason": choice.get("finish_reason"),
        "model": body.get("model"),
        "id": body.get("id"),
        "usage": body.get("usage"),
    }
    return {"request": request, "response": response}


def _expect_of(record: Mapping[str, Any]) -> dict[str, str | None] | None:
    expect = record.get("expect")
    if expect is None:
        return None
    if not isinstance(expect, Mapping):
        raise ValueError("'expect' must be an object of check name -> label or null")
    for name, label in expect.items():
        if label is not None and not (isinstance(label, str) and label):
            raise ValueError(f"'expect.{name}' must be a label (a string) or null, not {json.dumps(label)[:40]}")
    return dict(expect)


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def evaluate_file(
    path: str,
    settings: Settings,
    checks: Sequence[CheckSpec] | None = None,
    on_result: Any = None,
    on_bad_line: Any = None,
    expectations: ExpectationTally | None = None,
) -> Report:
    """Run the checks over every line of ``path``; bad lines are reported to ``on_bad_line``
    and counted (the first ``MAX_KEPT_BAD_LINES`` kept), never raised. With ``expectations``,
    each line's ``expect`` is validated and fed to it."""
    chosen = tuple(checks) if checks is not None else select_checks(settings)
    report = Report(path=path, checks=chosen, tallies={spec.name: Tally() for spec in chosen})

    def record_error(spec: CheckSpec, error_type: str) -> None:
        report.tallies[spec.name].errors += 1

    limit = MAX_LINE_BYTES
    with_expect = expectations is not None
    with open(path, "rb") as stream:
        for number, raw in read_lines(stream, limit):
            if raw is None:
                bad = BadLine(number, f"longer than {limit} bytes")
            elif not raw.strip():
                continue
            else:
                try:
                    parsed = parse_record_line(raw, number, with_expect)
                except ValueError as exc:
                    bad = BadLine(number, str(exc))
                else:
                    exchange = parsed.exchange
                    configure(exchange, settings, parsed.expected_language)
                    report.formats[parsed.format] = report.formats.get(parsed.format, 0) + 1
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
                    if expectations is not None:
                        expectations.add(parsed.id, exchange, parsed.expect)
                    if on_result is not None:
                        on_result(Evaluated(number, parsed.id, results))
                    continue
            report.bad_count += 1
            if len(report.bad_lines) < MAX_KEPT_BAD_LINES:
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
    bad = report.bad_count
    skipped = f", {bad} bad line{'s' if bad != 1 else ''} skipped" if bad else ""
    kinds = " and ".join(FORMAT_NAMES[k] for k in sorted(report.formats)) or "nothing readable"
    return f"{report.exchanges} exchanges from {report.path} (read as {kinds}{skipped})"


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


def is_builtin(spec: CheckSpec) -> bool:
    """A check this library ships (reviewed by its releases), not the application's own."""
    module = getattr(spec.function, "__module__", "") or ""
    return module == "otel_micrometrics" or module.startswith("otel_micrometrics.")


@dataclass(frozen=True, slots=True)
class KnownCheck:
    """A check the configuration knows: where it comes from and whether it would run."""

    spec: CheckSpec
    source: str
    runs: str  # "yes", or why not


def known_checks(settings: Settings | None = None) -> list[KnownCheck]:
    """Every known check: those that would run first (in running order), then the others.

    Sources: ``built-in``, ``entry point`` (group ``otel_micrometrics.checks``) and
    ``OTEL_MICROMETRICS_CHECKS`` (``module:function``, or a name registered at import)."""
    settings = settings if settings is not None else load_settings()
    selected = select_checks(settings)  # loads built-in and entry-point checks
    running = {spec.name for spec in selected}
    named = set(settings.checks)

    def source(spec: CheckSpec) -> str:
        if is_builtin(spec):
            return "built-in"
        reference = f"{getattr(spec.function, '__module__', '')}:{getattr(spec.function, '__name__', '')}"
        if spec.name in named or reference in named:
            return "OTEL_MICROMETRICS_CHECKS"
        return "entry point"

    def why_not(spec: CheckSpec) -> str:
        if spec.name in settings.disabled_checks:
            return "no: disabled"
        if is_opt_in(spec.name):
            return "no: opt-in"
        return f"no: level {spec.level}"

    out = [KnownCheck(spec, source(spec), "yes") for spec in selected]
    out += [KnownCheck(s, source(s), why_not(s)) for s in REGISTRY.all() if s.name not in running]
    return out


def format_checks(settings: Settings | None = None) -> str:
    """Every known check: runs (or why not), level, source, owner, review date, description."""
    entries = known_checks(settings)
    width = max([len(e.spec.name) for e in entries] + [5])
    header = f"{'check':<{width}}  {'runs':<12}  {'level':<5}  {'source':<24}  {'owner':<18}  {'review by':<10}"
    lines = [header + "  description"]
    for e in entries:
        spec = e.spec
        lines.append(
            f"{spec.name:<{width}}  {e.runs:<12}  {spec.level:<5}  {e.source:<24}  {spec.owner or '-':<18}  "
            f"{spec.review_by or '-':<10}  {spec.description}".rstrip()
        )
    return "\n".join(lines) + "\n"


# --- Labeled accuracy: how often a check agrees with its owner's labels ------------------------

DID_NOT_APPLY = "(did not apply)"
"""The predicted (or, for ``"expect": {name: null}``, expected) value of "the check did not apply"."""
CHECK_ERROR = "(error)"
"""The predicted value when the check raised or returned something invalid on the line."""
NO_LABEL = "(no label)"
"""The predicted value when the check gave a score but no label."""


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One line where a check's prediction differs from the line's expectation."""

    id: Any
    expected: str
    predicted: str


@dataclass(frozen=True, slots=True)
class LabelAccuracy:
    """Precision and recall of one label: ``precision`` is ``None`` when the check never
    predicted it (no claim was made, so none was wrong)."""

    label: str
    expected: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.expected if self.expected else None


@dataclass(slots=True)
class CheckAccuracy:
    """One check measured against the expectations that name it."""

    name: str
    cases: int = 0
    agreed: int = 0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    disagreements: list[Disagreement] = field(default_factory=list)
    disagreement_count: int = 0

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.cases if self.cases else None

    def labels(self) -> list[LabelAccuracy]:
        """Precision and recall of each label the expectations name (``DID_NOT_APPLY`` when
        an expectation is ``null``), in the order: sorted labels, then ``DID_NOT_APPLY``."""
        named = sorted(label for label in self.confusion if label != DID_NOT_APPLY)
        if DID_NOT_APPLY in self.confusion:
            named.append(DID_NOT_APPLY)
        out = []
        for label in named:
            row = self.confusion[label]
            predicted = sum(r.get(label, 0) for r in self.confusion.values())
            out.append(LabelAccuracy(label, sum(row.values()), predicted, row.get(label, 0)))
        return out

    def predicted_values(self) -> list[str]:
        """Every predicted value in the matrix: the named labels first, then the others."""
        named = [a.label for a in self.labels()]
        others = sorted({p for row in self.confusion.values() for p in row} - set(named))
        return named + others

    def to_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "agreed": self.agreed,
            "agreement": self.agreement,
            "confusion": {e: dict(sorted(row.items())) for e, row in sorted(self.confusion.items())},
            "labels": {
                a.label: {
                    "expected": a.expected,
                    "predicted": a.predicted,
                    "correct": a.correct,
                    "precision": a.precision,
                    "recall": a.recall,
                }
                for a in self.labels()
            },
            "disagreements": [
                {"id": d.id, "expected": d.expected, "predicted": d.predicted} for d in self.disagreements
            ],
            "disagreement_count": self.disagreement_count,
        }


@dataclass(slots=True)
class ExpectationReport:
    """Per check (in the order first met), its accuracy against the expectations.

    ``records`` counts the records read, ``unlabeled`` those without any ``expect``;
    ``not_run`` counts, per check name, the expectations skipped because that check was
    not among the checks run (an unknown name, or a check not enabled).
    """

    checks: dict[str, CheckAccuracy] = field(default_factory=dict)
    records: int = 0
    unlabeled: int = 0
    not_run: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "unlabeled": self.unlabeled,
            "checks": {name: accuracy.to_dict() for name, accuracy in self.checks.items()},
            "not_run": dict(self.not_run),
        }


class ExpectationTally:
    """Accumulates an ``ExpectationReport`` one exchange at a time (``eval --expect`` feeds
    it while it streams a file; ``expectation_report`` feeds it a sequence of records).

    ``max_disagreements`` bounds the disagreements kept per check (the count is exact)."""

    def __init__(self, checks: Iterable[CheckSpec], max_disagreements: int | None = None) -> None:
        self._checks = {spec.name: spec for spec in checks}
        self._max = max_disagreements
        self.report = ExpectationReport()

    def add(self, record_id: Any, exchange: Exchange, expect: Mapping[str, str | None] | None) -> None:
        report = self.report
        report.records += 1
        if not expect:
            report.unlabeled += 1
            return
        specs = []
        for name in expect:
            spec = self._checks.get(name)
            if spec is None:
                report.not_run[name] = report.not_run.get(name, 0) + 1
            else:
                specs.append(spec)
        if not specs:
            return
        failed: set[str] = set()
        results = evaluate(exchange, specs, lambda spec, _error: failed.add(spec.name))
        got = {spec.name: result for spec, result in results}
        for spec in specs:
            result = got.get(spec.name)
            if spec.name in failed:
                predicted = CHECK_ERROR
            elif result is None:
                predicted = DID_NOT_APPLY
            else:
                predicted = result.label if result.label is not None else NO_LABEL
            wanted = expect[spec.name]
            expected = DID_NOT_APPLY if wanted is None else wanted
            accuracy = report.checks.get(spec.name)
            if accuracy is None:
                accuracy = report.checks[spec.name] = CheckAccuracy(spec.name)
            accuracy.cases += 1
            row = accuracy.confusion.setdefault(expected, {})
            row[predicted] = row.get(predicted, 0) + 1
            if predicted == expected:
                accuracy.agreed += 1
            else:
                accuracy.disagreement_count += 1
                if self._max is None or len(accuracy.disagreements) < self._max:
                    accuracy.disagreements.append(Disagreement(record_id, expected, predicted))


def expectation_report(
    records: Iterable[Mapping[str, Any]],
    checks: Iterable[CheckSpec],
    *,
    expected_language: str | None = None,
    max_disagreements: int | None = None,
    settings: Settings | None = None,
) -> ExpectationReport:
    """Measure checks against labels: how often each check agrees with the expectations.

    ``records`` are decoded JSONL lines, each in a format ``otel-micrometrics eval`` reads
    (``request`` + ``response``, or an OpenAI API record), with:

    - ``id`` (optional): how the line is named in disagreements (default: its 1-based
      position in ``records``);
    - ``expect`` (optional): check name -> expected label, or ``null`` meaning "the check
      must not apply" (it returns ``None``);
    - ``expected_language`` (optional): the reply language the application expects, as
      ``OTEL_MICROMETRICS_EXPECTED_LANGUAGE`` would set it; default ``expected_language``.

    With ``settings`` (``eval_settings()`` for what ``eval --expect`` uses), each exchange gets
    what configuration says about it (expected language, handoff tools) as on every other path.

    Each check in ``checks`` that a record's ``expect`` names is run on that record (through
    the same pipeline as production: a check that raises or returns something invalid is
    contained). Per check, the result holds:

    - ``confusion[expected][predicted]``: counts, where both sides are labels, and
      ``DID_NOT_APPLY`` stands for "did not apply" (a ``null`` expectation, or the check
      returning ``None``); a prediction may also be ``CHECK_ERROR`` or ``NO_LABEL``
      (a score without a label). Any label set works (``pass``/``fail``/``partial``, ISO
      codes, ...).
    - ``labels()``: precision and recall of every label the expectations name
      (``DID_NOT_APPLY`` included when some expectation is ``null``);
    - ``agreed``/``cases``, and ``disagreements``: ``(id, expected, predicted)`` of each
      disagreeing record, the first ``max_disagreements`` of them (all when ``None``), with
      ``disagreement_count`` exact.

    Expectations naming a check not in ``checks`` are counted in ``not_run``. Checks that no
    expectation names are absent from the report. A record that is not a valid exchange, or
    whose ``expect`` is not a mapping of names to a label or null, raises ``ValueError``
    naming its position and id.
    """
    tally = ExpectationTally(checks, max_disagreements)
    for position, record in enumerate(records, 1):
        try:
            parsed = parse_record(record, position, with_expect=True)
        except ValueError as exc:
            name = record.get("id") if isinstance(record, Mapping) else None
            raise ValueError(f"record {position}{f' ({name!r})' if name is not None else ''}: {exc}") from None
        language = parsed.expected_language or expected_language
        if settings is not None:
            configure(parsed.exchange, settings, language)
        elif language:
            parsed.exchange.expected_language = language
        tally.add(parsed.id, parsed.exchange, parsed.expect)
    return tally.report


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


_CORNER = "expected \\ predicted"


def format_expectations(report: ExpectationReport, shown: int = 20) -> str:
    """``eval --expect``: per check its agreement, confusion matrix (expected rows, predicted
    columns), precision and recall of each expected label, and the first disagreeing ids."""
    lines = [f"{report.records - report.unlabeled} of {report.records} exchanges carry expectations"]
    for name, count in sorted(report.not_run.items()):
        lines.append(f"not measured: {name} ({count} expectation{'s' if count != 1 else ''}; check not run)")
    for name, acc in report.checks.items():
        lines += ["", f"{name}: {acc.agreed}/{acc.cases} agree ({_rate(acc.agreement)})"]
        columns = acc.predicted_values()
        rows = [a.label for a in acc.labels()]
        first = max([len(_CORNER), *map(len, rows)])
        widths = [max(len(c), 5) for c in columns]
        lines.append(f"  {_CORNER:<{first}}" + "".join(f"  {c:>{w}}" for c, w in zip(columns, widths, strict=True)))
        for row in rows:
            counts = acc.confusion.get(row, {})
            cells = "".join(f"  {counts.get(c, 0):>{w}}" for c, w in zip(columns, widths, strict=True))
            lines.append(f"  {row:<{first}}{cells}")
        lines.append(f"  {'label':<{first}}  {'precision':>9}  {'recall':>6}  {'expected':>8}  {'predicted':>9}")
        for a in acc.labels():
            lines.append(
                f"  {a.label:<{first}}  {_share(a.precision):>9}  {_share(a.recall):>6}  {a.expected:>8}  {a.predicted:>9}"
            )
        if acc.disagreement_count:
            listed = ", ".join(f"{d.id} ({d.expected} -> {d.predicted})" for d in acc.disagreements[:shown])
            more = acc.disagreement_count - min(shown, len(acc.disagreements))
            lines.append(f"  disagree: {listed}" + (f" and {more} more" if more else ""))
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class Threshold:
    """A ``--min-precision``/``--min-recall`` gate: for one check (or all, ``check=None``)
    and one label (or every expected label, ``label=None``)."""

    share: float
    check: str | None = None
    label: str | None = None


def parse_threshold(text: str) -> Threshold:
    """``SHARE``, ``CHECK=SHARE`` or ``CHECK:LABEL=SHARE``; raises ``ValueError``."""
    target, _, value = text.rpartition("=")
    try:
        share = float(value)
    except ValueError:
        raise ValueError(f"{text!r}: expected SHARE, CHECK=SHARE or CHECK:LABEL=SHARE, e.g. refusal:fail=0.9") from None
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"{text!r}: the share must be between 0 and 1 (0.9 = 90%), not {value}")
    if not target:
        return Threshold(share)
    check_name, _, label = target.partition(":")
    if not check_name:
        raise ValueError(f"{text!r}: no check name before '='")
    return Threshold(share, check_name, label or None)


def missed_thresholds(
    report: ExpectationReport, min_precision: Sequence[Threshold], min_recall: Sequence[Threshold]
) -> list[str]:
    """Each gate a check misses, as a sentence. A precision that cannot be computed (the
    check never predicted the label) misses the gate: no evidence is not a pass."""
    missed: list[str] = []
    for kind, gates in (("precision", min_precision), ("recall", min_recall)):
        for gate in gates:
            names = [gate.check] if gate.check else list(report.checks)
            for name in names:
                acc = report.checks.get(name)
                if acc is None:
                    missed.append(f"{name}: no line's expect names it, so its {kind} cannot be gated")
                    continue
                labels = [a for a in acc.labels() if gate.label is None or a.label == gate.label]
                if gate.label is not None and not labels:
                    missed.append(f"{name}: no expectation has the label {gate.label!r}")
                for a in labels:
                    value = a.precision if kind == "precision" else a.recall
                    if value is None or value < gate.share:
                        missed.append(f"{name} {a.label}: {kind} {_share(value)} < {gate.share:g}")
    return missed
