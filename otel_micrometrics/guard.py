"""Inline guard (run stage): retry a call whose reply fails a chosen check.

Opt-in by ``OTEL_MICROMETRICS_GUARD=language_mismatch[,...]``. When a non-streaming call's
reply fails a guarded check, the same request is sent again with one short system
instruction that the failing check supplies (``@check(corrective=...)``), up to
``OTEL_MICROMETRICS_GUARD_RETRIES`` times. The first reply that passes is returned, else
the last one. A retry that raises returns the last reply instead: the guard never turns
a call that succeeded into an error.

Span shape of a guarded call::

    guard chat gpt-4o-mini            INTERNAL  micrometrics.guard.attempts, .outcome
    ├── chat gpt-4o-mini              CLIENT    micrometrics.guard.attempt=0, check results
    └── chat gpt-4o-mini              CLIENT    micrometrics.guard.attempt=1, check results

Streaming calls are evaluated as usual but never retried (the reply is already on its way
to the user). With no guard configured nothing here runs and requests are untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from opentelemetry import context as context_api
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from . import semconv as sc
from .config import ENV_GUARD, MAX_GUARD_RETRIES
from .exchange import Exchange
from .pipeline import evaluate
from .registry import REGISTRY, CheckSpec, Registry, Result, warn_unknown_check

_log = logging.getLogger("otel_micrometrics")

Failure = tuple[CheckSpec, Result]


class Guard:
    """The guarded checks and how many retries a call may get."""

    def __init__(self, specs: Sequence[CheckSpec], retries: int, telemetry: Any) -> None:
        self.specs = tuple(specs)
        self.names = frozenset(s.name for s in specs)
        self.retries = retries
        self.telemetry = telemetry
        self.counter = telemetry.meter.create_counter(
            sc.METRIC_GUARD_RETRIES,
            unit="{retry}",
            description="Calls repeated by the guard after a failed check, by outcome",
        )

    # --- deciding ----------------------------------------------------------------------------

    def applies(self, adapter: Any, kwargs: dict[str, Any]) -> bool:
        """Only non-streaming calls of providers that can add an instruction are guarded."""
        return self.retries > 0 and kwargs.get("stream") is not True and callable(getattr(adapter, "corrected", None))

    def failures(self, call: Any) -> list[Failure]:
        """The guarded checks this attempt's reply failed."""
        if call is None or call.exchange.error_type is not None:
            return []
        results = getattr(call, "results", None)
        if results is None:  # not evaluated (sampled out): the guard still needs its checks
            results = evaluate(call.exchange, self.specs)
        # A refusal that offers something else instead (``partial``) is still a refusal.
        return [
            (spec, result)
            for spec, result in results
            if spec.name in self.names
            and (result.label == "fail" or (result.label == "partial" and spec.name == "refusal"))
        ]

    @staticmethod
    def instruction(exchange: Exchange, failures: Sequence[Failure]) -> str | None:
        parts: list[str] = []
        for spec, result in failures:
            try:
                text = spec.corrective_instruction(exchange, result)
            except BaseException as exc:  # a team's corrective must not reach the app either
                if isinstance(exc, KeyboardInterrupt):
                    raise
                _log.debug("otel-micrometrics: corrective of %r failed: %s", spec.name, exc)
                text = None
            if text and text not in parts:
                parts.append(text)
        return " ".join(parts) or None

    # --- running: the lifecycle drives the attempts, the guard decides -----------------------

    def start(self, exchange: Exchange) -> GuardRun:
        """Open the guarded call's parent span (named from the first attempt's request) and make
        it current, so that each attempt's span is its child."""
        operation = exchange.operation
        model = exchange.request_model
        name = f"{sc.GUARD_SPAN_PREFIX} {operation} {model}" if model else f"{sc.GUARD_SPAN_PREFIX} {operation}"
        attributes: dict[str, Any] = {sc.GEN_AI_OPERATION_NAME: operation}
        if model:
            attributes[sc.GEN_AI_REQUEST_MODEL] = model
        parent = self.telemetry.tracer.start_span(name, kind=SpanKind.INTERNAL, attributes=attributes)
        return GuardRun(self, parent, context_api.attach(trace.set_span_in_context(parent)))

    # --- pieces ------------------------------------------------------------------------------

    def _count(self, outcome: str, call: Any, failing: Sequence[Failure]) -> str:
        """One retry, by outcome and by the guarded check whose failure caused it."""
        try:
            attrs = self.telemetry.metric_attributes(call.exchange)
            attrs[sc.GUARD_OUTCOME] = outcome
            if failing:
                attrs[sc.GEN_AI_EVALUATION_NAME] = failing[0][0].name
            self.counter.add(1, attrs)
        except Exception as exc:
            _log.debug("otel-micrometrics: guard counter failed: %s", exc)
        return outcome


class GuardRun:
    """One guarded call: after each attempt, ``after()`` says whether to try again and with
    which corrective instruction; ``end()`` closes the parent span with the attempts and the
    outcome. The call itself (spans, checks, the client) is the lifecycle's."""

    __slots__ = ("attempts", "failing", "guard", "last", "outcome", "parent", "token")

    def __init__(self, guard: Guard, parent: Any, token: object) -> None:
        self.guard = guard
        self.parent = parent
        self.token = token
        self.attempts = 0
        self.outcome = sc.GUARD_PASSED
        self.failing: list[Failure] = []
        self.last: Any = None

    def after(self, call: Any) -> str | None:
        """Judge the attempt that just ended (``call`` is ``None`` when its reply went to a
        proxy the guard cannot read); the corrective instruction for the next attempt, or
        ``None`` to stop and return this attempt's reply."""
        guard = self.guard
        failing = guard.failures(call)
        if self.attempts == 0:
            self.outcome = sc.GUARD_UNCORRECTABLE if failing else sc.GUARD_PASSED
        else:
            self.outcome = guard._count(sc.GUARD_STILL_FAILING if failing else sc.GUARD_RECOVERED, call, self.failing)
        self.attempts += 1
        self.failing, self.last = failing, call
        if not failing or self.attempts > guard.retries:
            return None
        try:
            return guard.instruction(call.exchange, failing)
        except Exception as exc:
            _log.debug("otel-micrometrics: guard could not build the retry: %s", exc)
            return None

    def retry_failed(self) -> None:
        """A retry raised: the last reply is returned instead, the error counted."""
        self.outcome = self.guard._count(sc.GUARD_ERROR, self.last, self.failing)
        self.attempts += 1

    def end(self, exc: BaseException | None = None) -> None:
        try:
            if exc is not None:
                _error(self.parent, exc)
            else:
                self.parent.set_attribute(sc.MICROMETRICS_GUARD_ATTEMPTS, self.attempts)
                self.parent.set_attribute(sc.MICROMETRICS_GUARD_OUTCOME, self.outcome)
        finally:
            context_api.detach(self.token)  # type: ignore[arg-type]
            self.parent.end()


def _error(span: Any, exc: BaseException) -> None:
    try:
        span.set_attribute(sc.ERROR_TYPE, type(exc).__qualname__)
        span.set_status(Status(StatusCode.ERROR, type(exc).__qualname__))
    except Exception:
        pass


def build_guard(
    settings: Any, checks: tuple[CheckSpec, ...], telemetry: Any, registry: Registry = REGISTRY
) -> tuple[Guard | None, tuple[CheckSpec, ...]]:
    """The guard for these settings (``None`` when off), and the checks to run: a guarded
    check is always evaluated, even when it is not otherwise enabled."""
    if not settings.guard:
        return None, checks
    by_name = {c.name: c for c in checks}
    specs: list[CheckSpec] = []
    for name in settings.guard:
        spec = by_name.get(name) or registry.get(name)
        if spec is None:
            warn_unknown_check(ENV_GUARD, name, registry)
            continue
        if spec.corrective is None:
            _log.warning(
                "otel-micrometrics: check %r in OTEL_MICROMETRICS_GUARD supplies no corrective "
                "instruction; its failures are counted but never retried",
                name,
            )
        specs.append(spec)
        if name not in by_name:
            checks = (*checks, spec)
    if not specs:
        return None, checks
    return Guard(specs, min(settings.guard_retries, MAX_GUARD_RETRIES), telemetry), checks
