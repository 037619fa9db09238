"""The bounded background worker that runs slow checks off the caller's thread.

Two kinds of checks run here: those declared ``slow=True`` (the judge), and inline checks that
``CheckTimer`` saw taking longer than their time budget on the caller's thread. Nothing here
blocks the caller or grows without bound: a full queue, a wait past the budget or a shutdown
drops the evaluation and counts it in ``micrometrics.evaluations.dropped``; a check that runs
past the budget here is counted in ``micrometrics.check.errors`` (``error.type=timeout``) and
its late result is skipped. The worker restarts in a forked child and is flushed, within a
bounded time, when the interpreter exits.
"""

from __future__ import annotations

import atexit
import logging
import os
import queue
import threading
import time
import weakref
from collections.abc import Sequence
from typing import Any

from opentelemetry import context as context_api
from opentelemetry import trace
from opentelemetry.trace import NonRecordingSpan, SpanContext

from . import semconv as sc
from .exchange import Exchange
from .log import warn_once
from .pipeline import evaluate
from .registry import CheckSpec

_log = logging.getLogger("otel_micrometrics")

QUEUE_SIZE = 64
# Interpreter exit waits at most this long for queued evaluations, then drops (and counts) the rest.
SHUTDOWN_SECONDS = 5.0
# An inline check moves to the worker after this many consecutive runs over its budget.
STRIKES = 2
# The first run of a check may load a model or compile patterns: it gets this many budgets.
FIRST_RUN_ALLOWANCE = 4.0

DROP_QUEUE_FULL = "queue_full"
DROP_OVER_BUDGET = "over_budget"
DROP_SHUTDOWN = "shutdown"
ERROR_TIMEOUT = "timeout"
ERROR_OVER_BUDGET = "over_budget"
ERROR_CPU_OVER_BUDGET = "cpu_over_budget"

_Item = tuple[float, SpanContext, Exchange, tuple[CheckSpec, ...]]

_workers: weakref.WeakSet[SlowChecks] = weakref.WeakSet()
_exit_hook_lock = threading.Lock()
_exit_hook_registered = False


class SlowChecks:
    """One daemon thread and a bounded queue: a full queue drops the evaluation (counted in
    ``micrometrics.evaluations.dropped``) instead of growing memory or blocking the caller.

    ``budget`` (seconds) bounds both the wait in the queue and each check's run time.
    ``sample_ratio`` applies to the checks named in ``sampled`` (all initial checks when
    ``None``); checks moved here by ``CheckTimer`` run on every call the main sampler keeps.
    """

    def __init__(
        self,
        checks: tuple[CheckSpec, ...],
        telemetry: Any,
        sample_ratio: float,
        budget: float,
        queue_size: int = QUEUE_SIZE,
        sampled: frozenset[str] | None = None,
    ) -> None:
        self.checks = checks
        self.telemetry = telemetry
        self.sample_ratio = sample_ratio
        self.budget = budget
        self.queue_size = queue_size
        self._sampled = frozenset(c.name for c in checks) if sampled is None else sampled
        self._moved: frozenset[str] = frozenset()
        self._queue: queue.Queue[_Item | None] = queue.Queue(queue_size)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopping = False
        # CPU time a check may use here per run: the worker shares the GIL with the application,
        # so CPU spent here slows its threads; STRIKES runs in a row over it turn the check off.
        self.cpu_budget: float | None = None
        self._cpu_strikes: dict[str, int] = {}
        self._in_flight: _Item | None = None  # the evaluation the worker is running
        self._abandoned: _Item | None = None  # counted as dropped at shutdown: never recorded
        self.dropped = telemetry.meter.create_counter(
            sc.METRIC_EVALUATIONS_DROPPED,
            unit="{evaluation}",
            description="Slow evaluations dropped: queue full, waited past the time budget, or shutdown",
        )
        _workers.add(self)

    def sampled(self, context: SpanContext) -> bool:
        ratio = self.sample_ratio
        if ratio >= 1.0:
            return True
        if ratio <= 0.0:
            return False
        # a different slice of trace ids than the main sampler: (id >> 64) instead of the low bits
        return ((context.trace_id >> 64) & 0xFFFFFFFFFFFFFFFF) < int(ratio * (1 << 64))

    def add(self, spec: CheckSpec) -> None:
        """Run ``spec`` here from now on (a check moved off the caller's thread)."""
        with self._lock:
            if spec not in self.checks:
                self._moved = self._moved | {spec.name}
                self.checks = (*self.checks, spec)

    def submit(self, context: SpanContext, exchange: Exchange, inline: tuple[CheckSpec, ...] = ()) -> None:
        """Queue the slow checks of a finished call; never blocks, never raises.

        ``inline``: the checks already run on the caller's thread for this call (a check moved
        here while the call was finishing is not run twice)."""
        checks = self.checks
        if self._sampled and not self.sampled(context):
            checks = tuple(c for c in checks if c.name not in self._sampled)
        if self._moved and inline:
            checks = tuple(c for c in checks if c not in inline)
        if not checks:
            return
        if self._stopping:
            self._drop(exchange, DROP_SHUTDOWN, len(checks))
            return
        self._start()
        try:
            self._queue.put_nowait((time.monotonic(), context, exchange, checks))
        except queue.Full:
            self._drop(exchange, DROP_QUEUE_FULL, len(checks))

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every queued evaluation is done (for tests and shutdown)."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)
        return not self._queue.unfinished_tasks

    def stop(self) -> None:
        """Stop taking work; what is still queued is dropped and counted. Never blocks."""
        self._stopping = True
        if self._thread is not None:
            try:
                self._queue.put_nowait(None)
            except queue.Full:
                pass  # the worker drops the queued items and exits when the queue is empty

    def shutdown(self, timeout: float | None = None) -> bool:
        """Finish queued evaluations for up to ``timeout`` seconds (``SHUTDOWN_SECONDS``), then
        drop the rest, the one still running included (counted; its late result is discarded)."""
        timeout = SHUTDOWN_SECONDS if timeout is None else timeout
        done = self.drain(timeout) if self._thread is not None and self._thread.is_alive() else True
        self.stop()
        if not done:
            with self._lock:
                item = self._in_flight
                if item is not None:
                    self._abandoned = item
                    self._drop(item[2], DROP_SHUTDOWN, len(item[3]))
            self._drop_queued()
        return done

    def _start(self) -> None:
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    _register_exit_hook()
                    self._thread = threading.Thread(target=self._run, name="micrometrics-slow-checks", daemon=True)
                    self._thread.start()

    def _after_fork(self) -> None:
        """In a forked child: the parent's thread does not exist here; start afresh when needed."""
        self._queue = queue.Queue(self.queue_size)
        self._thread = None
        self._lock = threading.Lock()

    def _drop(self, exchange: Exchange, reason: str, count: int) -> None:
        attrs = self.telemetry.metric_attributes(exchange)
        attrs[sc.ERROR_TYPE] = reason
        self.dropped.add(count, attrs)

    def _drop_queued(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            try:
                if item is not None:
                    self._drop(item[2], DROP_SHUTDOWN, len(item[3]))
            except Exception as exc:
                _log.debug("otel-micrometrics: dropping an evaluation failed: %s", exc)
            finally:
                self._queue.task_done()

    def _run(self) -> None:
        work = self._queue
        while True:
            item = work.get()
            try:
                if item is None:
                    return
                queued, _span_context, exchange, checks = item
                if self._stopping:
                    self._drop(exchange, DROP_SHUTDOWN, len(checks))
                elif time.monotonic() - queued > self.budget:
                    self._drop(exchange, DROP_OVER_BUDGET, len(checks))
                else:
                    self._in_flight = item
                    self._evaluate(item)
            except BaseException as exc:  # the worker must outlive any one evaluation (SystemExit too)
                _log.debug("otel-micrometrics: slow check failed: %s", exc)
            finally:
                self._in_flight = None
                work.task_done()
            if self._stopping and work.empty():
                return

    def _evaluate(self, item: _Item) -> None:
        span_context = item[1]
        # A call a check makes here (the judge's, or a custom check's through an instrumented
        # client) gets its span in the trace of the call it evaluates; no checks (``CHECKING``).
        token = context_api.attach(trace.set_span_in_context(NonRecordingSpan(span_context)))
        try:
            self._evaluate_in_context(item)
        finally:
            context_api.detach(token)

    def _evaluate_in_context(self, item: _Item) -> None:
        _, span_context, exchange, checks = item
        results = []
        record_error = self.telemetry.record_check_error
        for spec in checks:
            if spec not in self.checks:
                continue  # turned off meanwhile
            started = time.perf_counter()
            cpu = time.thread_time()
            found = evaluate(exchange, (spec,), record_error)
            if self.cpu_budget is not None:
                self._cpu_used(spec, time.thread_time() - cpu)
            if time.perf_counter() - started > self.budget:
                record_error(spec, ERROR_TIMEOUT)
                warn_once(
                    ("worker", spec.name, ERROR_TIMEOUT),
                    "otel-micrometrics: check %r ran past its time budget (%.1f s) on the background "
                    "worker; its late results are skipped and counted in micrometrics.check.errors "
                    "(error.type=timeout); this message is not repeated",
                    spec.name,
                    self.budget,
                )
                continue
            results.extend(found)
        # the call's span has ended: results are events (in its context) and metrics
        with self._lock:
            if self._abandoned is item:
                return  # shutdown already counted it as dropped
            self.telemetry.record_results(NonRecordingSpan(span_context), exchange, results)

    def _cpu_used(self, spec: CheckSpec, seconds: float) -> None:
        budget = self.cpu_budget
        if budget is None or seconds <= budget:
            if self._cpu_strikes:
                self._cpu_strikes.pop(spec.name, None)
            return
        strikes = self._cpu_strikes[spec.name] = self._cpu_strikes.get(spec.name, 0) + 1
        self.telemetry.record_check_error(spec, ERROR_CPU_OVER_BUDGET)
        if strikes < STRIKES:
            return
        with self._lock:
            self.checks = tuple(c for c in self.checks if c is not spec)
        warn_once(
            ("worker", spec.name, ERROR_CPU_OVER_BUDGET),
            "otel-micrometrics: check %r used %.0f ms of CPU on the background worker, over its %.0f ms "
            "budget (OTEL_MICROMETRICS_CHECK_BUDGET_MS), %d times in a row; holding the GIL it slows the "
            "application's threads, so it is turned off for the rest of the process",
            spec.name,
            seconds * 1000,
            budget * 1000,
            STRIKES,
        )


class CheckTimer:
    """Told how long each inline check took; a check over the budget is counted
    (``micrometrics.check.errors``, ``error.type=over_budget``) and, after ``STRIKES``
    consecutive runs over it, moves to the background worker for the rest of the runtime.
    Guarded checks stay inline (the guard needs their result before the call returns)."""

    def __init__(self, runtime: Any, budget: float, keep_inline: frozenset[str] = frozenset()) -> None:
        self.runtime = runtime
        self.budget = budget
        self.keep_inline = keep_inline
        self._seen: set[str] = set()
        self._strikes: dict[str, int] = {}
        self._lock = threading.Lock()
        self._last_within: Sequence[CheckSpec] | None = None  # its names are all in _seen

    def __call__(self, spec: CheckSpec, seconds: float) -> None:
        if seconds <= self.budget:
            self._seen.add(spec.name)
            if self._strikes:
                self._strikes.pop(spec.name, None)
            return
        self._over(spec, seconds)

    def all_within(self, specs: Sequence[CheckSpec]) -> None:
        """Every check of ``specs`` ran within the budget (the common case: one test per call)."""
        if specs is not self._last_within:
            self._seen.update(spec.name for spec in specs)
            self._last_within = specs
        if self._strikes:
            for spec in specs:
                self._strikes.pop(spec.name, None)

    def _over(self, spec: CheckSpec, seconds: float) -> None:
        name = spec.name
        with self._lock:
            first = name not in self._seen
            self._seen.add(name)
            if first and seconds <= self.budget * FIRST_RUN_ALLOWANCE:
                return  # warming up (a model loading): not held against the check
            strikes = self._strikes[name] = self._strikes.get(name, 0) + 1
        runtime = self.runtime
        runtime.telemetry.record_check_error(spec, ERROR_OVER_BUDGET)
        if strikes < STRIKES or name in self.keep_inline:
            return
        with self._lock:
            if spec not in runtime.checks:
                return
            slow = runtime.worker
            if slow is None:
                slow = runtime.worker = SlowChecks((), runtime.telemetry, 1.0, runtime.settings.judge_timeout)
            slow.cpu_budget = self.budget
            slow.add(spec)
            runtime.checks = tuple(c for c in runtime.checks if c is not spec)
        warn_once(
            ("worker", name, ERROR_OVER_BUDGET),
            "otel-micrometrics: check %r took %.0f ms, over its %.0f ms budget "
            "(OTEL_MICROMETRICS_CHECK_BUDGET_MS), %d times in a row; it now runs on the background "
            "worker; this message is not repeated",
            name,
            seconds * 1000,
            self.budget * 1000,
            STRIKES,
        )


def split_slow(checks: tuple[CheckSpec, ...]) -> tuple[tuple[CheckSpec, ...], tuple[CheckSpec, ...]]:
    """``(inline checks, slow checks)``."""
    return tuple(c for c in checks if not c.slow), tuple(c for c in checks if c.slow)


def flush_at_exit(timeout: float | None = None) -> None:
    """Give every worker's queued evaluations a bounded time to finish, then count the rest dropped."""
    deadline = time.monotonic() + (SHUTDOWN_SECONDS if timeout is None else timeout)
    for worker in list(_workers):
        try:
            worker.shutdown(max(0.0, deadline - time.monotonic()))
        except Exception as exc:
            _log.debug("otel-micrometrics: flushing slow checks at exit failed: %s", exc)


def _register_exit_hook() -> None:
    # Registered when the first worker starts, so after the SDK providers' own exit hooks:
    # atexit runs last-in first-out, so our results are recorded before the providers export.
    global _exit_hook_registered
    with _exit_hook_lock:
        if not _exit_hook_registered:
            atexit.register(flush_at_exit)
            _exit_hook_registered = True


def _after_fork_in_child() -> None:
    global _exit_hook_lock
    _exit_hook_lock = threading.Lock()
    for worker in list(_workers):
        worker._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
