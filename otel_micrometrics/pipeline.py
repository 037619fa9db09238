"""Running checks on an exchange: every failure is contained, counted and logged once."""

from __future__ import annotations

import inspect
import logging
import math
import numbers
import time
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from typing import Protocol

from .config import Settings
from .exchange import Exchange
from .log import warn_once
from .registry import CheckSpec, Result

_log = logging.getLogger("otel_micrometrics")

ErrorSink = Callable[[CheckSpec, str], None]


class TimeSink(Protocol):
    """Told how long each check took (seconds), to move checks over their time budget
    off-thread. When the whole run took no longer than ``budget``, no check can have been
    over it: the sink is told so once (``all_within``) instead of once per check."""

    budget: float

    def __call__(self, spec: CheckSpec, seconds: float) -> None: ...

    def all_within(self, specs: Sequence[CheckSpec]) -> None: ...


_perf_counter = time.perf_counter

# Checks see at most this many characters of the reply and of each input message, so that no
# reply, however long, makes a check cost more than a bounded time on the caller's thread.
MAX_CHECK_INPUT_CHARS = 20_000

# True while checks run: an LLM call a check makes (a judge, a custom check calling the
# instrumented client) gets its span but no checks of its own, so it can never recurse.
CHECKING: ContextVar[bool] = ContextVar("otel_micrometrics_checking", default=False)


def contained(exc: BaseException) -> bool:
    """Whether a check's exception is ours to contain: all but ``KeyboardInterrupt`` (the
    user's Ctrl-C belongs to the application). ``SystemExit`` from a check is contained too."""
    return not isinstance(exc, KeyboardInterrupt)


def _log_once(spec: CheckSpec, error_type: str, detail: str) -> None:
    # Once per check, whatever it raises: a new exception class per call must not log per call.
    # The detail (an exception message) may quote message content: never above debug level.
    if warn_once(
        ("check-error", spec.name),
        "otel-micrometrics: check %r failed with %s; it is counted in "
        "micrometrics.check.errors and this message is not repeated for this check",
        spec.name,
        error_type,
    ):
        _log.debug("otel-micrometrics: check %r failed: %s", spec.name, detail)


def configure(exchange: Exchange, settings: Settings, expected_language: str | None = None) -> None:
    """Put what configuration says about every exchange on ``exchange``: the expected reply
    language (``expected_language`` of the exchange's own source first, then
    ``OTEL_MICROMETRICS_EXPECTED_LANGUAGE``) and the handoff tools. One function for the three
    ways an exchange is made (a wrapped call, another instrumentation's span, a line of
    ``eval``), so that the same exchange gets the same labels on every path."""
    language = expected_language or settings.expected_language
    if language and not exchange.expected_language:
        exchange.expected_language = language
    if exchange.handoff_tools is None:
        exchange.handoff_tools = settings.handoff_tools


def evaluate(
    exchange: Exchange,
    checks: Iterable[CheckSpec],
    on_error: ErrorSink | None = None,
    on_time: TimeSink | None = None,
    stamps: list[float] | None = None,
) -> list[tuple[CheckSpec, Result]]:
    """Run each check on the exchange; return the results of those that apply.

    A check that raises or returns something other than a ``Result`` or ``None`` is
    reported to ``on_error`` and otherwise ignored. ``on_time`` is told the checks' run times
    (see ``TimeSink``); ``stamps`` gets a clock reading as each check ends.
    """
    limit = MAX_CHECK_INPUT_CHARS
    whole = None
    if len(exchange.output_text) > limit:
        whole, exchange = exchange, bounded(exchange)
    else:
        for message in exchange.messages:
            if len(message.content) > limit:
                whole, exchange = exchange, bounded(exchange)
                break
    token = CHECKING.set(True)
    try:
        return _evaluate(exchange, checks, on_error, on_time, stamps, whole)
    finally:
        CHECKING.reset(token)


def bounded(exchange: Exchange) -> Exchange:
    """A copy of ``exchange`` whose reply and messages are cut to ``MAX_CHECK_INPUT_CHARS``;
    the original is left as it is (checks declared ``whole_reply`` get it)."""
    import dataclasses

    limit = MAX_CHECK_INPUT_CHARS
    return dataclasses.replace(
        exchange,
        output_text=exchange.output_text[:limit],
        messages=[
            m if len(m.content) <= limit else dataclasses.replace(m, content=m.content[:limit])
            for m in exchange.messages
        ],
    )


def _evaluate(
    exchange: Exchange,
    checks: Iterable[CheckSpec],
    on_error: ErrorSink | None,
    on_time: TimeSink | None,
    stamps: list[float] | None,
    whole: Exchange | None = None,
) -> list[tuple[CheckSpec, Result]]:
    results: list[tuple[CheckSpec, Result]] = []
    if on_time is not None:
        checks = checks if isinstance(checks, (tuple, list)) else tuple(checks)
        # One clock reading per check; the durations are worked out only when the whole run
        # took longer than the budget (a check's share is never more than the whole).
        stamps = [_perf_counter()]
        results = _evaluate(exchange, checks, on_error, None, stamps, whole)
        if stamps[-1] - stamps[0] <= on_time.budget:
            on_time.all_within(checks)
        else:
            for spec, start, end in zip(checks, stamps, stamps[1:], strict=False):
                on_time(spec, end - start)
        return results
    stamp = stamps.append if stamps is not None else None
    clock = _perf_counter
    add = results.append
    for spec in checks:
        try:
            result = spec.function(exchange if whole is None or not spec.whole_reply else whole)
        except BaseException as exc:  # a check must never reach the application (SystemExit included)
            if not contained(exc):
                raise
            error_type = type(exc).__qualname__
            try:
                detail = str(exc)[:200]
            except Exception:  # an exception whose __str__ raises
                detail = "?"
            _log_once(spec, error_type, detail)
            if on_error is not None:
                on_error(spec, error_type)
            if stamp is not None:
                stamp(clock())
            continue
        if stamp is not None:
            stamp(clock())
        if result is None:
            continue
        if type(result) is Result:
            # The common case, tested inline: what coerce_result would return unchanged.
            label, score = result.label, result.score
            if (
                (label is None or type(label) is str)
                and (score is None or (type(score) is float and score - score == 0.0))  # finite
                and (label is not None or score is not None)
                and (result.explanation is None or type(result.explanation) is str)
            ):
                add((spec, result))
                continue
        detail = "it returned neither a Result, a bool, a finite number, a label nor None"
        try:
            if inspect.isawaitable(result):
                getattr(result, "close", lambda: None)()  # never awaited: avoid the runtime warning
                result = None
                detail = "it returned an awaitable; checks must be plain functions"
            else:
                result = coerce_result(result)
        except BaseException as exc:  # a returned object whose methods raise (a hostile float(), close())
            if not contained(exc):
                raise
            result = None
        if result is None:
            _log_once(spec, "InvalidResult", detail)
            if on_error is not None:
                on_error(spec, "InvalidResult")
            continue
        add((spec, result))
    return results


def coerce_result(value: object) -> Result | None:
    """A check's return value as a ``Result``: a Result, a bool (True = pass), a number
    (score) or a string (label); anything else is invalid (``None``)."""
    if isinstance(value, Result):
        if value.label is not None and not isinstance(value.label, str):
            return None
        if value.score is not None and not _finite_number(value.score):
            return None
        if value.explanation is not None and not isinstance(value.explanation, str):
            return None
        if value.label is None and value.score is None:
            return None
        if value.score is not None and type(value.score) is not float:
            return Result(value.label, float(value.score), value.explanation)
        return value
    if isinstance(value, bool) or type(value).__name__ == "bool_":  # numpy.bool_ too
        return Result(label="pass" if value else "fail")
    if _finite_number(value):
        return Result(score=float(value))  # type: ignore[arg-type]
    if isinstance(value, str) and value:
        return Result(label=value)
    return None


def _finite_number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(float(value))
