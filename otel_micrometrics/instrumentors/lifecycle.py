"""The call lifecycle every provider shares: span, timing, checks, telemetry.

A provider module only says how to read its library's request and response into an
``Exchange`` (an ``Adapter``); everything else lives here, written once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Protocol

from opentelemetry import context as context_api
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from .. import semconv as sc
from ..exchange import Exchange, encodable_exchange
from ..pipeline import CHECKING, configure, evaluate
from ..runtime import IN_CALL_KEY, SUPPRESS_KEY, Runtime, active, internal_error
from ..segment import any_baggage, conversation_from_baggage, segment_from_baggage
from ..telemetry import request_attributes, response_attributes

if TYPE_CHECKING:
    from ..guard import Guard, GuardRun

_log = logging.getLogger("otel_micrometrics")

# Framework calls in progress (LangChain chat model runs) that defer to a client call of ours: a
# call started by a client wrapper marks each of them ``claimed``, so the framework emits no second span.
FRAMEWORK_RUNS: ContextVar[tuple[Any, ...]] = ContextVar("otel_micrometrics_framework_runs", default=())


class Adapter(Protocol):
    """How one client library's call reads into an ``Exchange``."""

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        """The exchange for this request, or ``None`` to pass the call through untouched."""

    def response(self, exchange: Exchange, response: Any) -> None:
        """Fill the exchange from the library's response object (never modify it)."""

    # Optional: ``handover(call, response) -> object | None``. When it returns an object (a stream
    # proxy, a raw-response proxy), that object is returned to the application and takes over
    # finishing the call; ``None`` means "finish now with ``response``".
    # Optional: ``request_messages(exchange, args, kwargs)`` reads the input messages, system
    # instructions and declared tools, the costliest part of a request, once the call has ended
    # instead of before it starts (so a stream's first chunk does not wait for them); at once when
    # message content is captured. Only for a request the SDK has copied (its JSON body), which
    # the application cannot change meanwhile.
    # With it, optional: ``request_turns(args, kwargs) -> int``, the number of user messages
    # (what ``request_messages`` would make ``turn_index``), read instead of the messages when
    # nothing of the call reads them (``messages_needed``): crawl's checks read only the reply.


class Call:
    """One instrumented call, from request to finished telemetry."""

    __slots__ = ("_ended", "_token", "exchange", "later", "results", "runtime", "span", "start")

    def __init__(
        self, runtime: Runtime, exchange: Exchange, *, started: float | None = None, parent: Any = None
    ) -> None:
        """``started`` (a ``time.perf_counter()`` value) and ``parent`` (a context) back-date a call
        whose span is made after the fact (LangChain runs); by default the call starts now."""
        self.runtime = runtime
        self.exchange = exchange
        settings = runtime.settings
        if any_baggage():  # most calls carry none: one look instead of one per key
            if settings.segment_attributes:
                exchange.segment.update(segment_from_baggage(settings.segment_attributes))
            if exchange.conversation_id is None:
                exchange.conversation_id = conversation_from_baggage()
        configure(exchange, settings)
        encodable_exchange(exchange, response=False)
        name = f"{exchange.operation} {exchange.request_model}" if exchange.request_model else exchange.operation
        start_ns = None
        if started is not None:
            start_ns = time.time_ns() - int((time.perf_counter() - started) * 1e9)
        self.span = runtime.telemetry.tracer.start_span(
            name,
            context=parent,
            kind=SpanKind.CLIENT,
            attributes=request_attributes(exchange, settings),
            start_time=start_ns,
        )
        self._token: object | None = None
        self._ended = False
        # (adapter, args, kwargs): request reading left for the end of the call (``request_messages``)
        self.later: tuple[Any, tuple[Any, ...], dict[str, Any]] | None = None
        self.results: list[Any] | None = None  # what the checks found, once evaluated
        self.start = time.perf_counter() if started is None else started
        exchange.start_time = time.time() if start_ns is None else start_ns / 1e9

    @property
    def ended(self) -> bool:
        """Whether the call is finished (not handed over to a stream or raw-response proxy)."""
        return self._ended

    def enter(self) -> None:
        """Make the span current while the client library does its work."""
        self._token = context_api.attach(context_api.set_value(IN_CALL_KEY, True, trace.set_span_in_context(self.span)))

    def exit(self) -> None:
        if self._token is not None:
            context_api.detach(self._token)  # type: ignore[arg-type]
            self._token = None

    def succeed(self, response: Any, adapter: Adapter) -> None:
        try:
            adapter.response(self.exchange, response)
        except Exception as exc:
            internal_error(f"reading the {self.exchange.provider} response", exc)
        self.finish()

    def fail(self, exc: BaseException) -> None:
        try:
            self.exchange.error_type = error_type(exc)
            record_error(self.span, exc, self.runtime.settings.capture_content)
        except Exception as inner:
            internal_error("recording an error", inner)
        try:
            self.runtime.telemetry.record_exception(self.span, exc)
        except Exception as inner:
            internal_error("recording an exception event", inner)
        self.finish()

    def finish(self, run_checks: bool = True) -> None:
        """End the span and record everything, exactly once (checks only when ``run_checks``)."""
        if self._ended:
            return
        self._ended = True
        runtime = self.runtime
        exchange = self.exchange
        span = self.span
        try:
            telemetry = runtime.telemetry
            checks = runtime.checks
            evaluating = (
                run_checks
                and exchange.error_type is None
                and not CHECKING.get()  # a call made by a check: its span, no checks
                and (checks or runtime.worker is not None)
                and telemetry.should_evaluate(span)
            )
            turn = self._read_later(evaluating) if self.later is not None else None
            duration = time.perf_counter() - self.start
            exchange.end_time = time.time()
            encodable_exchange(exchange, response=True)
            if turn is None:
                turn = exchange.turn_index
            attributes = response_attributes(exchange, runtime.settings, turn) if span.is_recording() else {}
            metrics = telemetry.call_metrics(exchange, turn)  # shared by every metric of the call
            if evaluating:
                results = evaluate(exchange, checks, telemetry.record_check_error, runtime.timer)
                self.results = results
                telemetry.record_results(span, exchange, results, attributes, metrics)
                if runtime.worker is not None:
                    runtime.worker.submit(span.get_span_context(), exchange, checks)
            if attributes:
                span.set_attributes(attributes)  # one lock and one validation pass for all
            telemetry.record_call(exchange, duration, metrics)
            if exchange.response_id or exchange.conversation_id:
                runtime.memory.remember(exchange, span.get_span_context(), metrics.base)
        except Exception as exc:
            internal_error("recording telemetry", exc)
        finally:
            span.end()

    def _read_later(self, evaluating: bool) -> int | None:
        """Read the request's messages left for the end of the call, or, when nothing of this
        call reads them, only count its user turns (the adapter's ``request_turns``): the turn
        index to use then, else ``None`` (the exchange's own ``turn_index`` holds)."""
        assert self.later is not None
        adapter, args, kwargs = self.later
        self.later = None
        exchange = self.exchange
        count = getattr(adapter, "request_turns", None)
        if count is not None and not messages_needed(self.runtime, evaluating):
            try:
                return int(count(args, kwargs))
            except Exception as exc:  # read them all instead: the same turn index, the slow way
                internal_error(f"counting the {exchange.provider} request turns", exc)
        try:
            adapter.request_messages(exchange, args, kwargs)
        except Exception as exc:
            internal_error(f"reading the {exchange.provider} request messages", exc)
        return None


# (checks, whether one of them reads the input messages) of the last runtime.checks seen: the
# tuple changes only when instrument() runs or a check moves to the worker.
_readers_of: tuple[tuple[Any, ...], bool] = ((), False)


def messages_needed(runtime: Runtime, evaluating: bool) -> bool:
    """Whether anything of a call reads its input messages: its checks when they run (unless
    every one declares ``reads_messages=False``), the background worker's, the guard's (which
    judges every attempt, sampled or not). Content capture reads them at the start anyway."""
    global _readers_of
    if runtime.guard is not None:
        return True
    if not evaluating:
        return False
    if runtime.worker is not None:
        return True
    checks = runtime.checks
    seen, reads = _readers_of
    if seen is not checks:
        reads = any(spec.reads_messages for spec in checks)
        _readers_of = (checks, reads)
    return reads


def error_type(exc: BaseException) -> str:
    return type(exc).__qualname__


def record_error(span: Any, exc: BaseException, capture_content: bool) -> None:
    """The error on the span. Its message and traceback may quote the request (an HTTP 400 body
    echoing the prompt), so they are recorded only when message content is captured; otherwise
    the error class, ``error.type`` and the HTTP status."""
    if capture_content:
        span.record_exception(exc)
        span.set_status(Status(StatusCode.ERROR, str(exc)[:500]))
        return
    kind = type(exc)
    status = http_status(exc)
    span.add_event(sc.EVENT_EXCEPTION, {sc.EXCEPTION_TYPE: f"{kind.__module__}.{kind.__qualname__}"})
    if status is not None:
        span.set_attribute(sc.HTTP_RESPONSE_STATUS_CODE, status)
    described = kind.__qualname__ if status is None else f"{kind.__qualname__} (HTTP {status})"
    span.set_status(Status(StatusCode.ERROR, described))


def http_status(exc: BaseException) -> int | None:
    """The HTTP status an SDK's error carries (openai, anthropic, ollama: ``status_code``;
    google-genai: ``code``; botocore: the response metadata), or ``None``."""
    try:
        response = getattr(exc, "response", None)
        found: Any = getattr(exc, "status_code", None)
        if found is None:
            found = getattr(response, "status_code", None)
        if found is None and isinstance(response, dict):
            found = (response.get("ResponseMetadata") or {}).get("HTTPStatusCode")
        if found is None:
            found = getattr(exc, "code", None)
    except Exception:  # an exception whose attributes raise
        return None
    if type(found) is int and 100 <= found <= 599:
        return found
    return None


def suppressed() -> bool:
    current = context_api.get_current()  # one context read for the three keys
    return (
        bool(current.get(SUPPRESS_KEY))
        or bool(current.get(IN_CALL_KEY))
        or bool(current.get(context_api._SUPPRESS_INSTRUMENTATION_KEY))
    )


def sync_wrapper(adapter: Adapter) -> Callable[..., Any]:
    """A wrapt wrapper that runs a synchronous client call inside the lifecycle."""

    def wrapper(wrapped: Callable[..., Any], instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        runtime = active()
        if runtime is None or suppressed() or not runtime.telemetry.enabled():
            return wrapped(*args, **kwargs)
        guard = runtime.guard
        if guard is not None and not CHECKING.get() and guard.applies(adapter, kwargs):
            return _guarded_sync(runtime, guard, adapter, wrapped, instance, args, kwargs)
        call = _start(runtime, adapter, instance, args, kwargs)
        if call is None:
            return wrapped(*args, **kwargs)
        return _attempt_sync(call, adapter, wrapped, args, kwargs)

    return wrapper


def async_wrapper(adapter: Adapter) -> Callable[..., Any]:
    """A wrapt wrapper that runs an asynchronous client call inside the lifecycle."""

    async def wrapper(wrapped: Callable[..., Any], instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        runtime = active()
        if runtime is None or suppressed() or not runtime.telemetry.enabled():
            return await wrapped(*args, **kwargs)
        guard = runtime.guard
        if guard is not None and not CHECKING.get() and guard.applies(adapter, kwargs):
            return await _guarded_async(runtime, guard, adapter, wrapped, instance, args, kwargs)
        call = _start(runtime, adapter, instance, args, kwargs)
        if call is None:
            return await wrapped(*args, **kwargs)
        return await _attempt_async(call, adapter, wrapped, args, kwargs)

    return wrapper


def _attempt_sync(call: Call, adapter: Adapter, wrapped: Callable[..., Any], args: Any, kwargs: Any) -> Any:
    """One request to the client inside ``call``: the application's own result, unchanged."""
    call.enter()
    try:
        response = wrapped(*args, **kwargs)
    except BaseException as exc:
        call.exit()
        call.fail(exc)
        raise
    call.exit()
    return _complete(call, response, adapter)


async def _attempt_async(call: Call, adapter: Adapter, wrapped: Callable[..., Any], args: Any, kwargs: Any) -> Any:
    call.enter()
    try:
        response = await wrapped(*args, **kwargs)
    except BaseException as exc:
        call.exit()
        call.fail(exc)
        raise
    call.exit()
    return _complete(call, response, adapter)


# A guarded call is a loop of ordinary attempts: the guard (``guard.GuardRun``) judges each one
# and says whether to send a corrected request; the lifecycle makes every attempt the same way
# as an unguarded call. The sync and async loops differ only in ``await``.


def _guarded_sync(
    runtime: Runtime, guard: Guard, adapter: Adapter, wrapped: Callable[..., Any], instance: Any, args: Any, kwargs: Any
) -> Any:
    exchange = _read_request(runtime, adapter, instance, args, kwargs)
    if exchange is None:
        return wrapped(*args, **kwargs)
    run = guard.start(exchange)
    original = (args, kwargs)
    try:
        response: Any = None
        call: Call | None = None
        while True:
            if exchange is not None:
                call = _begin(runtime, adapter, exchange, args, kwargs, attempt=run.attempts)
            try:
                if call is None:  # a request we could not read: sent, not observed
                    response = wrapped(*args, **kwargs)
                else:
                    response = _attempt_sync(call, adapter, wrapped, args, kwargs)
            except Exception:
                if run.attempts == 0:
                    raise
                run.retry_failed()
                break
            # each retry is the original request plus one instruction, never stacked
            retry = _next_request(run, call, adapter, *original)
            if retry is None:
                break
            args, kwargs = retry
            exchange, call = _read_request(runtime, adapter, instance, args, kwargs), None
    except BaseException as exc:
        run.end(exc)
        raise
    run.end()
    return response


async def _guarded_async(
    runtime: Runtime, guard: Guard, adapter: Adapter, wrapped: Callable[..., Any], instance: Any, args: Any, kwargs: Any
) -> Any:
    exchange = _read_request(runtime, adapter, instance, args, kwargs)
    if exchange is None:
        return await wrapped(*args, **kwargs)
    run = guard.start(exchange)
    original = (args, kwargs)
    try:
        response: Any = None
        call: Call | None = None
        while True:
            if exchange is not None:
                call = _begin(runtime, adapter, exchange, args, kwargs, attempt=run.attempts)
            try:
                if call is None:  # a request we could not read: sent, not observed
                    response = await wrapped(*args, **kwargs)
                else:
                    response = await _attempt_async(call, adapter, wrapped, args, kwargs)
            except Exception:
                if run.attempts == 0:
                    raise
                run.retry_failed()
                break
            # each retry is the original request plus one instruction, never stacked
            retry = _next_request(run, call, adapter, *original)
            if retry is None:
                break
            args, kwargs = retry
            exchange, call = _read_request(runtime, adapter, instance, args, kwargs), None
    except BaseException as exc:
        run.end(exc)
        raise
    run.end()
    return response


def _next_request(run: GuardRun, call: Call | None, adapter: Adapter, args: Any, kwargs: Any) -> Any:
    """The corrected request the guard asks for after this attempt, or ``None`` to stop. A reply
    handed over to a proxy (read later, by the user) cannot be judged: the guard gets no call."""
    instruction = run.after(call if call is not None and call.ended else None)
    if instruction is None:
        return None
    try:
        return adapter.corrected(args, kwargs, instruction)  # type: ignore[attr-defined]
    except Exception as exc:
        _log.debug("otel-micrometrics: guard could not build the retry: %s", exc)
        return None


def _complete(call: Call, response: Any, adapter: Adapter) -> Any:
    """Finish the call now, or hand it over to a proxy (streams, raw responses) returned instead."""
    handover = getattr(adapter, "handover", None)
    if handover is not None:
        try:
            proxy = handover(call, response)
        except Exception as exc:
            internal_error(f"wrapping the {call.exchange.provider} response", exc)
            call.finish(run_checks=False)  # the reply is out of our sight: record the call only
            return response
        if proxy is not None:
            return proxy
    call.succeed(response, adapter)
    return response


def _start(
    runtime: Runtime, adapter: Adapter, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Call | None:
    exchange = _read_request(runtime, adapter, instance, args, kwargs)
    return None if exchange is None else _begin(runtime, adapter, exchange, args, kwargs)


def _read_request(runtime: Runtime, adapter: Adapter, instance: Any, args: Any, kwargs: Any) -> Exchange | None:
    """The exchange for this request, or ``None`` when it is not a call we evaluate."""
    try:
        exchange = adapter.request(instance, args, kwargs)
        if exchange is not None:
            read_messages = getattr(adapter, "request_messages", None)
            if read_messages is not None and runtime.settings.capture_content:
                read_messages(exchange, args, kwargs)  # the span's gen_ai.input.messages needs them now
            if runtime.settings.capture_content:
                read_history = getattr(adapter, "request_history", None)
                if read_history is not None:  # the input messages exactly as the provider gets them
                    try:
                        exchange.history = read_history(args, kwargs)
                    except Exception as exc:  # the span and checks go on with the messages read
                        internal_error("reading the request history", exc)
        return exchange
    except Exception as exc:
        internal_error("reading the request", exc)
        return None


def _begin(
    runtime: Runtime, adapter: Adapter, exchange: Exchange, args: Any, kwargs: Any, attempt: int | None = None
) -> Call | None:
    """The call (its span started) for a request read by ``_read_request``; ``None`` when even
    that failed (the request then goes out unobserved)."""
    try:
        call = Call(runtime, exchange)
        if attempt is not None:
            call.span.set_attribute(sc.MICROMETRICS_GUARD_ATTEMPT, attempt)
        if not runtime.settings.capture_content and getattr(adapter, "request_messages", None) is not None:
            call.later = (adapter, args, kwargs)
        for run in FRAMEWORK_RUNS.get():
            run.claimed = True
        return call
    except Exception as exc:
        internal_error("starting the call", exc)
        return None
