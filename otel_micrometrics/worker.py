"""The bounded background worker that runs slow checks (judges) off the caller's thread."""

from __future__ import annotations

import logging
import queue
import threading
import time
from typing import Any

from opentelemetry import context as context_api
from opentelemetry.trace import NonRecordingSpan, SpanContext

from . import semconv as sc
from .exchange import Exchange
from .pipeline import evaluate
from .registry import CheckSpec

_log = logging.getLogger("otel_micrometrics")

QUEUE_SIZE = 64


class SlowChecks:
    """One daemon thread and a bounded queue: a full queue drops the evaluation (counted in
    ``micrometrics.evaluations.dropped``) instead of growing memory or blocking the caller."""

    def __init__(self, checks: tuple[CheckSpec, ...], telemetry: Any, sample_ratio: float,
                 budget: float, queue_size: int = QUEUE_SIZE) -> None:
        self.checks = checks
        self.telemetry = telemetry
        self.sample_ratio = sample_ratio
        self.budget = budget  # seconds an evaluation may wait in the queue before it is dropped
        self._queue: queue.Queue[tuple[float, SpanContext, Exchange] | None] = queue.Queue(queue_size)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.dropped = telemetry.meter.create_counter(
            sc.METRIC_EVALUATIONS_DROPPED, unit="{evaluation}",
            description="Slow evaluations dropped: queue full or waited past the time budget",
        )

    def sampled(self, context: SpanContext) -> bool:
        ratio = self.sample_ratio
        if ratio >= 1.0:
            return True
        if ratio <= 0.0:
            return False
        # a different slice of trace ids than the main sampler: (id >> 64) instead of the low bits
        return ((context.trace_id >> 64) & 0xFFFFFFFFFFFFFFFF) < int(ratio * (1 << 64))

    def submit(self, context: SpanContext, exchange: Exchange) -> None:
        """Queue the slow checks of a finished call; never blocks, never raises."""
        if not self.sampled(context):
            return
        self._start()
        try:
            self._queue.put_nowait((time.monotonic(), context, exchange))
        except queue.Full:
            self._drop(exchange, "queue_full")

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every queued evaluation is done (for tests and shutdown)."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)
        return not self._queue.unfinished_tasks

    def stop(self) -> None:
        if self._thread is not None:
            try:
                self._queue.put_nowait(None)
            except queue.Full:
                pass

    def _start(self) -> None:
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="micrometrics-slow-checks", daemon=True)
                    self._thread.start()

    def _drop(self, exchange: Exchange, reason: str) -> None:
        attrs = self.telemetry.metric_attributes(exchange)
        attrs[sc.ERROR_TYPE] = reason
        self.dropped.add(len(self.checks), attrs)

    def _run(self) -> None:
        # Calls made by slow checks (the judge's HTTP request) are never instrumented.
        from .instrumentors.lifecycle import SUPPRESS_KEY

        ctx = context_api.set_value(SUPPRESS_KEY, True)
        ctx = context_api.set_value(context_api._SUPPRESS_INSTRUMENTATION_KEY, True, ctx)
        context_api.attach(ctx)
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                queued, span_context, exchange = item
                if time.monotonic() - queued > self.budget:
                    self._drop(exchange, "over_budget")
                    continue
                self._evaluate(span_context, exchange)
            except Exception as exc:  # the worker must outlive any one evaluation
                _log.debug("otel-micrometrics: slow check failed: %s", exc)
            finally:
                self._queue.task_done()

    def _evaluate(self, span_context: SpanContext, exchange: Exchange) -> None:
        results = evaluate(exchange, self.checks, self.telemetry.record_check_error)
        # the call's span has ended: results are events (in its context) and metrics
        self.telemetry.record_results(NonRecordingSpan(span_context), exchange, results)


def split_slow(checks: tuple[CheckSpec, ...]) -> tuple[tuple[CheckSpec, ...], tuple[CheckSpec, ...]]:
    """``(inline checks, slow checks)``."""
    return tuple(c for c in checks if not c.slow), tuple(c for c in checks if c.slow)


