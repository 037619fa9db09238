"""Where a walk call's time goes, phase by phase, on the overhead benchmark's workload.

    python benchmarks/walk_profile.py                  # 6 rounds of 400 calls
    python benchmarks/walk_profile.py --events all     # the same with an event per result
    python benchmarks/walk_profile.py --level crawl --rounds 3 --calls 200
    python benchmarks/walk_profile.py --in-situ        # each call after a real SDK call

The same call as ``benchmarks/overhead.py --wrappers``: the walk wrapper of the openai client's
``request()`` around a call that returns an already parsed reply at once (captured from real SDK
calls through an in-process transport, a new question and reply each call), with the SDK
pipeline of that benchmark (batch processors, dropping exporters). The functions that make up
each phase are wrapped in timers that keep each phase's *own* time (a phase's time excludes the
phases it calls), and whatever no timer claims is the wrapper's own glue. The timers cost
something themselves (about 0.1-0.2 us each, a few dozen per call), which the table shows: the
walk call with timers next to the same call without them, in the same run.

The SDK's own call (``request()`` of openai with the in-process transport: HTTP, JSON parsing,
pydantic) is timed separately, bare, for scale: the wrapper's phases come on top of it.

``--in-situ`` makes one real SDK call (the instrumentation told to pass it through) before each
timed call, outside the clock, as an application does between two calls: the SDK's ~2 ms of work
leaves the caches cold for the wrapper's code and data, and the table shows which phases grow.
Back to back (the default) the wrapper's code stays warm from one call to the next.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import itertools
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import overhead  # noqa: E402  (the workload, the providers and the settings of the overhead benchmark)

PHASES = (
    ("entry", "wrapper entry and glue (runtime lookup, suppression, context attach/detach)"),
    ("request", "request read (model, parameters; the 12 messages into the Exchange, or at crawl their user turns)"),
    ("sdk", "SDK call inside the wrapper (here: returns the captured reply)"),
    ("reply", "reply read (id, model, text, finish reason, usage)"),
    ("exchange", "Exchange and call set-up (baggage, defaults, span name, timing)"),
    ("span", "span start and end (SDK)"),
    ("checks", "checks (the pipeline and every check)"),
    ("attributes", "span attributes (request, reply, results; set_attributes)"),
    ("metrics", "metrics (attributes, duration and token histograms, evaluation counts)"),
    ("events", "evaluation events (SDK Logger.emit)"),
    ("memory", "call memory for feedback (by response id)"),
)


class Phases:
    """Own time per phase: each timed function's time minus the timed functions it called."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = dict.fromkeys((p for p, _ in PHASES), 0.0)
        self.checks: dict[str, float] = {}
        self._stack: list[float] = []  # time spent in timed callees, per open frame
        self._restore: list[tuple[Any, str, Any]] = []

    def timer(self, phase: str, function: Callable[..., Any], totals: dict[str, float] | None = None) -> Any:
        clock = time.perf_counter
        stack = self._stack
        sink = self.totals if totals is None else totals

        def timed(*args: Any, **kwargs: Any) -> Any:
            stack.append(0.0)
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = clock() - start
                inner = stack.pop()
                sink[phase] = sink.get(phase, 0.0) + elapsed - inner
                if stack:
                    stack[-1] += elapsed

        return timed

    def patch(self, owner: Any, name: str, phase: str) -> None:
        original = vars(owner)[name] if isinstance(owner, type) and name in vars(owner) else getattr(owner, name)
        self._restore.append((owner, name, original))
        setattr(owner, name, self.timer(phase, getattr(owner, name)))

    def undo(self) -> None:
        for owner, name, original in reversed(self._restore):
            setattr(owner, name, original)
        self._restore.clear()

    def reset(self) -> None:
        for key in self.totals:
            self.totals[key] = 0.0
        self.checks.clear()


def install_timers(phases: Phases, runtime: Any) -> None:
    """Timers on the functions of each phase (module attributes, looked up at call time)."""
    import opentelemetry.sdk._logs as sdk_logs
    import opentelemetry.sdk.metrics._internal.instrument as sdk_instruments
    import opentelemetry.sdk.trace as sdk_trace

    from otel_micrometrics import runtime as runtime_module
    from otel_micrometrics import telemetry
    from otel_micrometrics.instrumentors import lifecycle
    from otel_micrometrics.instrumentors import openai as openai_instrumentor

    adapter = openai_instrumentor.ChatCompletionsAdapter
    phases.patch(adapter, "request", "request")
    phases.patch(adapter, "request_messages", "request")
    phases.patch(adapter, "request_turns", "request")
    phases.patch(adapter, "response", "reply")
    phases.patch(lifecycle.Call, "__init__", "exchange")
    phases.patch(sdk_trace.Tracer, "start_span", "span")
    phases.patch(sdk_trace.Span, "end", "span")
    phases.patch(lifecycle, "evaluate", "checks")
    phases.patch(lifecycle, "request_attributes", "attributes")
    phases.patch(lifecycle, "response_attributes", "attributes")
    phases.patch(telemetry.Telemetry, "record_results", "attributes")  # own time: the result attributes
    phases.patch(sdk_trace.Span, "set_attributes", "attributes")
    phases.patch(telemetry.Telemetry, "call_metrics", "metrics")
    phases.patch(telemetry.Telemetry, "record_call", "metrics")
    phases.patch(telemetry.EvaluationCounts, "add", "metrics")
    phases.patch(sdk_instruments.Histogram, "record", "metrics")
    phases.patch(sdk_logs.Logger, "emit", "events")
    phases.patch(runtime_module.CallMemory, "remember", "memory")
    # each check's own time inside the pipeline, in its order (shared work: the first to need it)
    timed_checks = tuple(
        dataclasses.replace(spec, function=phases.timer(spec.name, spec.function, phases.checks))
        for spec in runtime.checks
    )
    phases._restore.append((runtime, "checks", runtime.checks))
    runtime.checks = timed_checks


def capture_cases(variants: int) -> tuple[list[Any], Any]:
    """(instance, args, kwargs, parsed reply) of ``variants`` real SDK calls, and the client."""
    import openai._base_client as base

    client = overhead.client("chat")
    original = base.SyncAPIClient.request
    seen: dict[str, Any] = {}

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.update(instance=self, args=args, kwargs=kwargs)
        seen["reply"] = original(self, *args, **kwargs)
        return seen["reply"]

    cases = []
    base.SyncAPIClient.request = spy  # type: ignore[method-assign]
    try:
        for i in range(1, variants + 1):
            client.chat.completions.create(**overhead.request_kwargs("chat", i))
            cases.append((seen["instance"], seen["args"], seen["kwargs"], seen["reply"]))
    finally:
        base.SyncAPIClient.request = original  # type: ignore[method-assign]
    return cases, client


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--level", default="walk", choices=("crawl", "walk", "run"))
    parser.add_argument("--events", default="fail", choices=("fail", "all", "none"))
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--variants", type=int, default=2000)
    parser.add_argument(
        "--in-situ",
        action="store_true",
        help="before each timed call, one real SDK call (instrumentation suppressed), as an application makes calls",
    )
    args = parser.parse_args(argv)
    overhead.EVENTS = args.events

    import openai._base_client as base

    import otel_micrometrics
    from otel_micrometrics.instrumentors import lifecycle

    tally = overhead.Tally()
    tp, mp, lp = overhead.providers("drop", tally)
    cases, client = capture_cases(args.variants)
    otel_micrometrics.instrument(
        tracer_provider=tp, meter_provider=mp, logger_provider=lp, settings=overhead.settings_for(args.level)
    )
    wrapper = vars(base.SyncAPIClient)["request"]._self_wrapper
    runtime = lifecycle.active()
    assert runtime is not None
    phases = Phases()

    def sdk_of(reply: Any) -> Callable[..., Any]:
        return phases.timer("sdk", lambda *a, **k: reply)

    cycle = itertools.cycle(cases)
    clock = time.perf_counter
    from opentelemetry import context as context_api

    suppressed = context_api.set_value(context_api._SUPPRESS_INSTRUMENTATION_KEY, True)
    numbers = itertools.count(args.variants + 1000)

    def sdk_call() -> None:
        """A real openai call the instrumentation passes through: the SDK's work between calls."""
        token = context_api.attach(suppressed)
        try:
            client.chat.completions.create(**overhead.request_kwargs("chat", next(numbers)))
        finally:
            context_api.detach(token)

    between = sdk_call if args.in_situ else None

    def block(timed: bool) -> list[Any]:
        """One block of calls, each with a new request and reply: per call, its wall time in us
        (``timed``: its phases' and checks' own times in us)."""
        batch = [next(cycle) for _ in range(args.calls)]
        rows: list[Any] = []
        gc.collect()
        if timed:
            call = phases.timer("entry", wrapper)
            for instance, a, k, reply in batch:
                sdk = sdk_of(reply)
                if between is not None:
                    between()
                phases.reset()
                call(sdk, instance, a, k)
                rows.append(
                    (
                        {key: v * 1e6 for key, v in phases.totals.items()},
                        {key: v * 1e6 for key, v in phases.checks.items()},
                    )
                )
        else:
            for instance, a, k, reply in batch:
                if between is not None:
                    between()
                start = clock()
                wrapper(lambda *_a, _r=reply, **_k: _r, instance, a, k)
                rows.append((clock() - start) * 1e6)
        return rows

    # the SDK's own request() for scale: JSON over the in-process transport, parsing, pydantic
    sdk_times = []
    otel_micrometrics.uninstrument()
    for i in range(args.variants + 1, args.variants + 201):
        kwargs = overhead.request_kwargs("chat", i)
        start = clock()
        client.chat.completions.create(**kwargs)
        sdk_times.append((clock() - start) * 1e6)
    otel_micrometrics.instrument(
        tracer_provider=tp, meter_provider=mp, logger_provider=lp, settings=overhead.settings_for(args.level)
    )
    wrapper = vars(base.SyncAPIClient)["request"]._self_wrapper
    runtime = lifecycle.active()
    assert runtime is not None
    for _ in range(2):  # warm every cache and code path
        block(False)

    plain: list[float] = []
    timed_rows: list[Any] = []
    for _ in range(args.rounds):
        plain += block(False)
        install_timers(phases, runtime)
        timed_rows += block(True)
        phases.undo()
        tp.force_flush()
        lp.force_flush()
    otel_micrometrics.uninstrument()
    tp.force_flush()
    lp.force_flush()

    # On a shared machine some calls are preempted and take many times longer; a preemption falls
    # in one phase of a call, so each phase's (and each check's) median over the calls is robust,
    # and their sum is the typical call.
    def median_of(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(row.get(key, 0.0) for row in rows)

    phase_rows = [row[0] for row in timed_rows]
    check_rows = [row[1] for row in timed_rows]
    names = [spec.name for spec in runtime.checks]
    checks = {name: median_of(check_rows, name) for name in names}
    figures = {key: median_of(phase_rows, key) for key, _ in PHASES}
    figures["checks"] += sum(checks.values())  # the pipeline's own time plus every check's
    total = sum(figures.values())
    print(f"machine: {overhead.machine()}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(
        f"workload: overhead.py's 6-turn chat, {len(overhead.REPLY)}-char reply; level {args.level}, "
        f"OTEL_MICROMETRICS_EVENTS={args.events}; {args.rounds} rounds x {args.calls} calls; medians over calls"
        + ("; each call after a real SDK call (in situ)" if args.in_situ else "; calls back to back")
    )
    print(
        f"SDK call for scale (openai create() through the in-process transport, bare): {statistics.median(sdk_times):.0f} us"
    )
    print(
        f"{args.level} wrapper per call: {statistics.median(plain):.1f} us without timers, "
        f"{statistics.median(sum(r.values()) for r in phase_rows) + statistics.median(sum(r.values()) for r in check_rows):.1f}"
        " us with them"
    )
    print()
    print("| phase | us per call | share |\n|---|---|---|")
    for key, what in PHASES:
        print(f"| {what} | {figures[key]:.1f} | {figures[key] / total * 100:.0f}% |")
    print(f"| sum of the phases (with timers) | {total:.1f} | 100% |")
    print()
    print("checks, in pipeline order (us per call inside a call; shared work is paid by the first check needing it):")
    print("  " + ", ".join(f"{name} {checks[name]:.1f}" for name in names))
    made = (2 + 2 * args.rounds) * args.calls
    print(f"evaluation events exported per call: {tally.logs / made:.2f} ({tally.logs} for {made} calls)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
