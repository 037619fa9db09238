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
from collections.abc import Callable, Sequence
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

    # --- running -----------------------------------------------------------------------------

    def run_sync(
        self,
        runtime: Any,
        adapter: Any,
        wrapped: Callable[..., Any],
        instance: Any,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> Any:
        parent, token = self._open(adapter, instance, args, kwargs)
        try:
            response, call = _attempt_sync(runtime, adapter, wrapped, instance, args, kwargs, 0)
            failing = self.failures(call)
            outcome, attempts = (sc.GUARD_PASSED if not failing else sc.GUARD_UNCORRECTABLE), 1
            while failing and attempts <= self.retries:
                retry = self._retry_request(adapter, call, failing, args, kwargs)
                if retry is None:
                    break
                try:
                    new_response, new_call = _attempt_sync(runtime, adapter, wrapped, instance, *retry, attempts)
                except Exception:
                    outcome = self._count(sc.GUARD_ERROR, call, failing)
                    attempts += 1
                    break
                attempts += 1
                response, call, trigger = new_response, new_call, failing
                failing = self.failures(call)
                outcome = self._count(sc.GUARD_STILL_FAILING if failing else sc.GUARD_RECOVERED, call, trigger)
            self._close(parent, attempts, outcome)
            return response
        except BaseException as exc:
            _error(parent, exc)
            raise
        finally:
            context_api.detach(token)
            parent.end()

    async def run_async(
        self,
        runtime: Any,
        adapter: Any,
        wrapped: Callable[..., Any],
        instance: Any,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> Any:
        parent, token = self._open(adapter, instance, args, kwargs)
        try:
            response, call = await _attempt_async(runtime, adapter, wrapped, instance, args, kwargs, 0)
            failing = self.failures(call)
            outcome, attempts = (sc.GUARD_PASSED if not failing else sc.GUARD_UNCORRECTABLE), 1
            while failing and attempts <= self.retries:
                retry = self._retry_request(adapter, call, failing, args, kwargs)
                if retry is None:
                    break
                try:
                    new_response, new_call = await _attempt_async(runtime, adapter, wrapped, instance, *retry, attempts)
                except Exception:
                    outcome = self._count(sc.GUARD_ERROR, call, failing)
                    attempts += 1
                    break
                attempts += 1
                response, call, trigger = new_response, new_call, failing
                failing = self.failures(call)
                outcome = self._count(sc.GUARD_STILL_FAILING if failing else sc.GUARD_RECOVERED, call, trigger)
            self._close(parent, attempts, outcome)
            return response
        except BaseException as exc:
            _error(parent, exc)
            raise
        finally:
            context_api.detach(token)
            parent.end()

    # --- pieces ------------------------------------------------------------------------------

    def _open(self, adapter: Any, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any]:
        model = _request_model(args, kwargs)
        operation = getattr(adapter, "operation", "chat")
        name = (
            f"{sc.GUARD_SPAN_PREFIX} {operation} {model}"
            if isinstance(model, str)
            else f"{sc.GUARD_SPAN_PREFIX} {operation}"
        )
        attributes: dict[str, Any] = {sc.GEN_AI_OPERATION_NAME: operation}
        if isinstance(model, str):
            attributes[sc.GEN_AI_REQUEST_MODEL] = model
        parent = self.telemetry.tracer.start_span(name, kind=SpanKind.INTERNAL, attributes=attributes)
        return parent, context_api.attach(trace.set_span_in_context(parent))

    def _retry_request(
        self, adapter: Any, call: Any, failing: Sequence[Failure], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
        try:
            text = self.instruction(call.exchange, failing)
            if text is None:
                return None
            retry: tuple[tuple[Any, ...], dict[str, Any]] | None = adapter.corrected(args, kwargs, text)
            return retry
        except Exception as exc:
            _log.debug("otel-micrometrics: guard could not build the retry: %s", exc)
            return None

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

    @staticmethod
    def _close(parent: Any, attempts: int, outcome: str) -> None:
        parent.set_attribute(sc.MICROMETRICS_GUARD_ATTEMPTS, attempts)
        parent.set_attribute(sc.MICROMETRICS_GUARD_OUTCOME, outcome)


def _request_model(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The requested model: a ``model=`` keyword, or the JSON body of a client's ``request()``."""
    if "model" in kwargs:
        return kwargs["model"]
    options = args[1] if len(args) > 1 else kwargs.get("options")
    body = getattr(options, "json_data", None)
    if body is None:
        body = kwargs.get("json")  # ollama's _request(cls, method, path, json=body)
    return body.get("model") if isinstance(body, dict) else None


def _error(span: Any, exc: BaseException) -> None:
    try:
        span.set_attribute(sc.ERROR_TYPE, type(exc).__qualname__)
        span.set_status(Status(StatusCode.ERROR, type(exc).__qualname__))
    except Exception:
        pass


def _attempt_sync(
    runtime: Any,
    adapter: Any,
    wrapped: Callable[..., Any],
    instance: Any,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    attempt: int,
) -> tuple[Any, Any]:
    from .instrumentors.lifecycle import _start

    call = _start(runtime, adapter, instance, args, kwargs)
    if call is None:
        return wrapped(*args, **kwargs), None
    call.span.set_attribute(sc.MICROMETRICS_GUARD_ATTEMPT, attempt)
    call.enter()
    try:
        response = wrapped(*args, **kwargs)
    except BaseException as exc:
        call.exit()
        call.fail(exc)
        raise
    call.exit()
    return _handed_back(call, response, adapter)


async def _attempt_async(
    runtime: Any,
    adapter: Any,
    wrapped: Callable[..., Any],
    instance: Any,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    attempt: int,
) -> tuple[Any, Any]:
    from .instrumentors.lifecycle import _start

    call = _start(runtime, adapter, instance, args, kwargs)
    if call is None:
        return await wrapped(*args, **kwargs), None
    call.span.set_attribute(sc.MICROMETRICS_GUARD_ATTEMPT, attempt)
    call.enter()
    try:
        response = await wrapped(*args, **kwargs)
    except BaseException as exc:
        call.exit()
        call.fail(exc)
        raise
    call.exit()
    return _handed_back(call, response, adapter)


def _handed_back(call: Any, response: Any, adapter: Any) -> tuple[Any, Any]:
    """Finish the attempt exactly as an unguarded call is finished (raw responses and streams
    included). A reply handed over to a proxy is read later, by the user: the guard cannot judge
    it, so it gets no call to judge."""
    from .instrumentors.lifecycle import _complete

    returned = _complete(call, response, adapter)
    return returned, (call if returned is response else None)


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
