"""Faults must cost the application nothing: broken and slow checks, no SDK, OTEL_SDK_DISABLED,
instrument()/uninstrument() in any order. Calls go through the real openai SDK to a local server."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import openai
import pytest
from servers.openai import completion

import otel_micrometrics
from otel_micrometrics import Result, catalog, check, registry
from otel_micrometrics.config import Settings, load_settings
from otel_micrometrics.instrumentors import lifecycle

ENGLISH = "Your order shipped yesterday and should arrive tomorrow before noon."
QUESTION = [{"role": "user", "content": "Where is my order? It should have arrived by now."}]


def client_for(srv):
    return openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)


def ask(client):
    return client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)


@pytest.fixture
def extra_checks():
    """Register checks for one test; leave the registry as it was."""
    catalog.load_builtin_checks()
    added: list[str] = []

    def add(function):
        registry.REGISTRY.add(function.check_spec)
        added.append(function.check_spec.name)
        return function

    yield add
    for name in added:
        registry.REGISTRY.checks.pop(name, None)


def errors(tel) -> dict[tuple[str, str], int]:
    return {
        (p.attributes["gen_ai.evaluation.name"], p.attributes["error.type"]): p.value
        for p in tel.metric_points("micrometrics.check.errors")
    }


class _Unprintable(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no str for you")


class _HostileFloat(float):
    def __float__(self) -> float:
        raise RuntimeError("no float for you")


def test_broken_checks_cost_nothing_and_are_counted_and_logged_once(instrumented, server, extra_checks, caplog):
    @check("rel_raises", level="run", register=False)
    def rel_raises(x):
        raise KeyError("secret user text")

    @check("rel_unprintable", level="run", register=False)
    def rel_unprintable(x):
        raise _Unprintable()

    @check("rel_garbage", level="run", register=False)
    def rel_garbage(x):
        return object()

    @check("rel_nan", level="run", register=False)
    def rel_nan(x):
        return float("nan")

    @check("rel_hostile_number", level="run", register=False)
    def rel_hostile_number(x):
        return Result(score=_HostileFloat(1.0))

    @check("rel_awaitable", level="run", register=False)
    def rel_awaitable(x):
        return asyncio.sleep(0)

    for fn in (rel_raises, rel_unprintable, rel_garbage, rel_nan, rel_hostile_number, rel_awaitable):
        extra_checks(fn)
    srv, replies = server
    replies.push(completion(ENGLISH))
    tel = instrumented(Settings(level="run"))
    client = client_for(srv)
    calls = 5
    for _ in range(calls):
        reply = ask(client)
        assert type(reply) is openai.types.chat.ChatCompletion
        assert reply.choices[0].message.content == ENGLISH
    assert errors(tel) == {
        ("rel_raises", "KeyError"): calls,
        ("rel_unprintable", "_Unprintable"): calls,
        ("rel_garbage", "InvalidResult"): calls,
        ("rel_nan", "InvalidResult"): calls,
        ("rel_hostile_number", "InvalidResult"): calls,
        ("rel_awaitable", "InvalidResult"): calls,
    }
    # the healthy checks kept working beside them
    assert tel.evaluations()[("language_mismatch", "pass")] == calls
    assert all(s.end_time is not None for s in tel.finished_spans()) and len(tel.finished_spans()) == calls
    lines = [r.getMessage() for r in caplog.records if r.name == "otel_micrometrics"]
    for name in ("rel_raises", "rel_unprintable", "rel_garbage", "rel_nan", "rel_hostile_number", "rel_awaitable"):
        assert sum(f"'{name}'" in line for line in lines) == 1, lines
    # an exception message may quote the reply: it never reaches a warning
    assert not any("secret user text" in line for line in lines)


def _thread_log(names: list[str]):
    def note(_x):
        names.append(threading.current_thread().name)

    return note


def test_declared_slow_check_never_runs_on_the_callers_thread(instrumented, server, extra_checks):
    seen: list[str] = []
    note = _thread_log(seen)

    @check("rel_slow_declared", level="run", slow=True, labels=("pass",), register=False)
    def rel_slow_declared(x):
        note(x)
        time.sleep(1.0)
        return Result(label="pass")

    extra_checks(rel_slow_declared)
    srv, replies = server
    replies.push(completion(ENGLISH))
    tel = instrumented(Settings(level="run", events="all"))
    client = client_for(srv)
    for _ in range(2):
        assert ask(client).choices[0].message.content == ENGLISH
    me = threading.current_thread().name
    assert lifecycle.active().worker.drain(10)
    assert len(seen) == 2 and me not in seen and set(seen) == {"micrometrics-slow-checks"}
    assert tel.evaluations()[("rel_slow_declared", "pass")] == 2
    # its results are events in the context of the call's span, which ended long before
    events = [e for e in tel.events() if e.attributes.get("gen_ai.evaluation.name") == "rel_slow_declared"]
    span_ids = {s.context.span_id for s in tel.finished_spans()}
    assert len(events) == 2 and {e.span_id for e in events} == span_ids


def test_check_over_its_budget_moves_off_the_callers_thread_and_is_counted(instrumented, server, extra_checks, caplog):
    """A 1-second check not declared slow, with a 50 ms budget: two calls pay for it (1 s is over
    the first run's allowance of 4 budgets; then two consecutive strikes), then it runs on the worker, where it overruns the
    worker's budget too: counted as ``timeout`` and its late result skipped; a call queued
    behind it past the budget is dropped, counted."""
    seen: list[str] = []
    note = _thread_log(seen)

    @check("rel_sleepy", level="run", labels=("pass",), register=False)
    def rel_sleepy(x):
        note(x)
        time.sleep(1.0)
        return Result(label="pass")

    extra_checks(rel_sleepy)
    srv, replies = server
    replies.push(completion(ENGLISH))
    tel = instrumented(Settings(level="run", check_budget=0.05, judge_timeout=0.5))
    client = client_for(srv)
    me = threading.current_thread().name
    for _ in range(4):
        assert ask(client).choices[0].message.content == ENGLISH
    runtime = lifecycle.active()
    assert runtime.worker.drain(10)
    # call 3 ran on the worker (1 s, past its 0.5 s budget); call 4 waited in the queue past the
    # budget meanwhile and was dropped, counted
    assert seen == [me, me, "micrometrics-slow-checks"]
    assert "rel_sleepy" not in {c.name for c in runtime.checks}
    assert errors(tel)[("rel_sleepy", "over_budget")] == 2
    assert errors(tel)[("rel_sleepy", "timeout")] == 1
    dropped = {p.attributes["error.type"]: p.value for p in tel.metric_points("micrometrics.evaluations.dropped")}
    assert dropped == {"over_budget": 1}
    assert tel.evaluations()[("rel_sleepy", "pass")] == 2  # the two inline results
    assert tel.evaluations()[("language_mismatch", "pass")] == 4  # fast checks unaffected
    moved = [r for r in caplog.records if "rel_sleepy" in r.getMessage() and "background worker" in r.getMessage()]
    assert len(moved) == 2  # one line for the move, one for the timeout, never per call


def test_strikes_over_the_budget_count_only_in_a_row(instrumented, server, extra_checks):
    """Slow, fast, slow, fast: each slow run is counted, but a run within the budget in between
    clears the strike, so the check stays on the caller's thread."""
    seen: list[str] = []
    note = _thread_log(seen)
    slow_runs = [True, False, True, False, True]

    @check("rel_sometimes_slow", level="run", labels=("pass",), register=False)
    def rel_sometimes_slow(x):
        note(x)
        if slow_runs.pop(0):
            time.sleep(0.3)
        return Result(label="pass")

    extra_checks(rel_sometimes_slow)
    srv, replies = server
    replies.push(completion(ENGLISH))
    tel = instrumented(Settings(level="run", check_budget=0.05))
    client = client_for(srv)
    me = threading.current_thread().name
    for _ in range(5):
        assert ask(client).choices[0].message.content == ENGLISH
    runtime = lifecycle.active()
    assert seen == [me] * 5
    assert "rel_sometimes_slow" in {c.name for c in runtime.checks} and runtime.worker is None
    # every slow run is counted (0.3 s is over even the first run's allowance of 4 budgets)
    assert errors(tel)[("rel_sometimes_slow", "over_budget")] == 3
    assert tel.evaluations()[("rel_sometimes_slow", "pass")] == 5


def test_fast_checks_stay_inline_under_the_default_budget(instrumented, server):
    srv, replies = server
    replies.push(completion(ENGLISH))
    instrumented()
    client = client_for(srv)
    for _ in range(20):
        ask(client)
    runtime = lifecycle.active()
    assert {c.name for c in runtime.checks} >= {"language_mismatch", "response_language", "truncation"}
    assert runtime.worker is None


def test_sdk_disabled_leaves_the_client_untouched(server, monkeypatch):
    from openai._base_client import SyncAPIClient

    from otel_micrometrics.instrumentors.openai import OpenAIInstrumentor

    otel_micrometrics.uninstrument()
    original = SyncAPIClient.request
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    otel_micrometrics.instrument()
    assert SyncAPIClient.request is original and lifecycle.active() is None
    instrumentor = OpenAIInstrumentor()
    instrumentor.instrument()  # the opentelemetry-instrument path
    try:
        assert SyncAPIClient.request is original and lifecycle.active() is None
        srv, replies = server
        replies.push(completion(ENGLISH))
        assert ask(client_for(srv)).choices[0].message.content == ENGLISH
    finally:
        instrumentor.uninstrument()


def test_without_an_sdk_the_plugin_runs_no_checks(server, extra_checks):
    """API no-op providers (no SDK behind them): calls pass straight through; no check runs."""
    from opentelemetry._logs import NoOpLoggerProvider
    from opentelemetry.metrics import NoOpMeterProvider
    from opentelemetry.trace import NoOpTracerProvider

    runs: list[int] = []

    @check("rel_counted", level="run", register=False)
    def rel_counted(x):
        runs.append(1)
        return Result(label="pass")

    extra_checks(rel_counted)
    otel_micrometrics.uninstrument()
    otel_micrometrics.instrument(
        tracer_provider=NoOpTracerProvider(),
        meter_provider=NoOpMeterProvider(),
        logger_provider=NoOpLoggerProvider(),
        settings=Settings(level="run"),
    )
    try:
        srv, replies = server
        replies.push(completion(ENGLISH))
        reply = ask(client_for(srv))
        assert reply.choices[0].message.content == ENGLISH
        assert runs == []
    finally:
        otel_micrometrics.uninstrument()


def test_instrument_twice_and_again_after_uninstrument(server, telemetry):
    from openai._base_client import SyncAPIClient

    otel_micrometrics.uninstrument()
    bare = SyncAPIClient.request
    kwargs = dict(
        tracer_provider=telemetry.tracer_provider,
        meter_provider=telemetry.meter_provider,
        logger_provider=telemetry.logger_provider,
        settings=load_settings({}),
    )
    srv, replies = server
    replies.push(completion(ENGLISH))
    client = client_for(srv)
    try:
        otel_micrometrics.instrument(**kwargs)
        otel_micrometrics.instrument(**kwargs)
        ask(client)
        assert len(telemetry.finished_spans()) == 1  # wrapped once, not twice
        otel_micrometrics.uninstrument()
        assert SyncAPIClient.request is bare
        ask(client)
        assert len(telemetry.finished_spans()) == 1  # nothing recorded while uninstrumented
        otel_micrometrics.uninstrument()  # twice: harmless
        otel_micrometrics.instrument(**kwargs)
        ask(client)
        assert len(telemetry.finished_spans()) == 2
        assert telemetry.evaluations()[("language_mismatch", "pass")] == 2
    finally:
        otel_micrometrics.uninstrument()


def test_a_backtracking_schema_pattern_costs_the_call_nothing(instrumented, server):
    """The application's own schema has a catastrophic-backtracking ``pattern``; a crafted reply
    value would take Python's ``re`` seconds. Matched in linear time, the check still judges."""
    srv, replies = server
    tel = instrumented()
    client = client_for(srv)
    schema = {"type": "object", "properties": {"code": {"type": "string", "pattern": "^(a+)+$"}}}
    fmt = {"type": "json_schema", "json_schema": {"name": "code", "schema": schema}}
    # warm up: the first call of a process loads what the checks need (seconds on a loaded machine)
    replies.push(completion(json.dumps({"code": "a"})))
    client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION, response_format=fmt)
    replies.queue.clear()
    labels = []
    for value in ("a" * 26 + "!", "aaaa"):
        replies.push(completion(json.dumps({"code": value})))
        started = time.perf_counter()
        reply = client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION, response_format=fmt)
        assert time.perf_counter() - started < 2.0  # seconds per call with a backtracking engine
        assert json.loads(reply.choices[0].message.content) == {"code": value}
        labels.append(tel.finished_spans()[-1].attributes["micrometrics.json_validity.label"])
        replies.queue.clear()
    assert labels == ["fail", "pass"]


def test_a_check_that_calls_the_instrumented_client_does_not_recurse(instrumented, server, extra_checks):
    """A custom check asks the same (instrumented) client: its call gets a span, but no checks,
    so one application call makes exactly two requests, on the caller's thread or not."""
    srv, replies = server
    replies.push(completion(ENGLISH))
    client = client_for(srv)
    asked: list[str] = []

    @check("rel_asks_the_llm", level="run", labels=("pass", "fail"), register=False)
    def rel_asks_the_llm(x):
        asked.append(threading.current_thread().name)
        second = ask(client).choices[0].message.content
        return Result(label="pass" if second == x.output_text else "fail")

    extra_checks(rel_asks_the_llm)
    tel = instrumented(Settings(level="run"))
    assert ask(client).choices[0].message.content == ENGLISH
    spans = tel.finished_spans()
    assert len(asked) == 1 and len(spans) == 2
    nested, outer = spans  # the check's call ends first, inside the outer call's finish
    assert not [k for k in nested.attributes if k.startswith("micrometrics.") and k != "micrometrics.turn.index"]
    assert outer.attributes["micrometrics.rel_asks_the_llm.label"] == "pass"
    assert tel.evaluations()[("language_mismatch", "pass")] == 1


def test_a_slow_check_calling_the_client_on_the_worker_gets_a_span_and_no_checks(instrumented, server, extra_checks):
    """The same on the background worker: the check's call is traced (in the evaluated call's
    trace), and evaluated by nothing; the worker thread makes exactly one more request."""
    srv, replies = server
    replies.push(completion(ENGLISH))
    client = client_for(srv)
    asked: list[str] = []

    @check("rel_asks_later", level="run", labels=("pass", "fail"), slow=True, register=False)
    def rel_asks_later(x):
        asked.append(threading.current_thread().name)
        second = ask(client).choices[0].message.content
        return Result(label="pass" if second == x.output_text else "fail")

    extra_checks(rel_asks_later)
    tel = instrumented(Settings(level="run", checks=("rel_asks_later",)))
    assert ask(client).choices[0].message.content == ENGLISH
    assert lifecycle.active().worker.drain(10)
    assert asked == ["micrometrics-slow-checks"]
    assert len(srv.requests) == 2
    outer, nested = tel.finished_spans()
    assert nested.parent.span_id == outer.context.span_id
    assert nested.attributes["gen_ai.request.model"] == "gpt-4o-mini"
    assert not [k for k in nested.attributes if k.startswith("micrometrics.") and k != "micrometrics.turn.index"]
    assert tel.evaluations()[("rel_asks_later", "pass")] == 1
    assert tel.evaluations()[("language_mismatch", "pass")] == 1  # the application's call only


class _Stop(BaseException):
    pass


@pytest.mark.parametrize("raised", [SystemExit(3), asyncio.CancelledError(), GeneratorExit(), _Stop()])
def test_a_check_raising_a_base_exception_is_contained(instrumented, server, extra_checks, raised):
    @check("rel_exits", level="run", register=False)
    def rel_exits(x):
        raise raised

    extra_checks(rel_exits)
    srv, replies = server
    replies.push(completion(ENGLISH))
    tel = instrumented(Settings(level="run"))
    client = client_for(srv)
    for _ in range(3):
        assert ask(client).choices[0].message.content == ENGLISH
    assert errors(tel) == {("rel_exits", type(raised).__qualname__): 3}
    assert tel.evaluations()[("language_mismatch", "pass")] == 3


def test_keyboard_interrupt_in_a_check_still_reaches_the_application(instrumented, server, extra_checks):
    @check("rel_ctrl_c", level="run", register=False)
    def rel_ctrl_c(x):
        raise KeyboardInterrupt

    extra_checks(rel_ctrl_c)
    srv, replies = server
    replies.push(completion(ENGLISH))
    tel = instrumented(Settings(level="run"))
    with pytest.raises(KeyboardInterrupt):
        ask(client_for(srv))
    assert len(tel.finished_spans()) == 1  # the span still ended


def test_a_checks_own_labels_and_error_types_are_bounded(instrumented, server, extra_checks, caplog):
    """A custom check labelling each reply with its own text, and one raising a new exception
    class per call: labels stop at the bound (then ``_OTHER``), error types too, one warning each."""
    from otel_micrometrics import telemetry

    MAX_LABELS_PER_CHECK = getattr(telemetry, "MAX_LABELS_PER_CHECK", 100)
    MAX_ERROR_TYPES_PER_CHECK = getattr(telemetry, "MAX_ERROR_TYPES_PER_CHECK", 10)
    calls = MAX_LABELS_PER_CHECK + 20

    @check("rel_echo", level="run", labels=("pass",), register=False)
    def rel_echo(x):
        return Result(label="pass" if x.output_text.endswith("0.") else x.output_text)

    @check("rel_new_error", level="run", register=False)
    def rel_new_error(x):
        raise type(f"Error{len(x.output_text)}{x.output_text[-3:-1]}", (Exception,), {})()

    extra_checks(rel_echo)
    extra_checks(rel_new_error)
    srv, replies = server
    tel = instrumented(Settings(level="run"))
    client = client_for(srv)
    for i in range(calls):
        replies.queue[:] = [(200, completion(f"Reply number {i}."))]
        ask(client)
    labels = {label for (name, label) in tel.evaluations() if name == "rel_echo"}
    assert "pass" in labels and "_OTHER" in labels
    assert len(labels) == MAX_LABELS_PER_CHECK + 2  # the declared label, the first N others, _OTHER
    assert sum(v for (name, _), v in tel.evaluations().items() if name == "rel_echo") == calls
    spans = tel.finished_spans()
    assert spans[-1].attributes["micrometrics.rel_echo.label"] == "_OTHER"
    kinds = {kind: n for (name, kind), n in errors(tel).items() if name == "rel_new_error"}
    assert len(kinds) == MAX_ERROR_TYPES_PER_CHECK + 1 and sum(kinds.values()) == calls
    warned = [r for r in caplog.records if "'rel_new_error'" in r.getMessage()]
    assert len(warned) == 1


def test_a_huge_reply_costs_the_call_a_bounded_time(instrumented, server):
    """A 1.5 MB digit-heavy reply: checks read only its head (``MAX_CHECK_INPUT_CHARS``), so the
    plugin adds little to the call, while response_length still counts every character."""
    srv, replies = server
    text = "Call me at +49 30 1234 5678 or order 4711-0815-2222, thanks. " * 25_000
    replies.push(completion(text))
    client = client_for(srv)

    def timed():
        started = time.perf_counter()
        assert ask(client).choices[0].message.content == text
        return time.perf_counter() - started

    bare = min(timed() for _ in range(3))
    tel = instrumented()
    first = timed()  # includes the checks' one-off set-up (the language model loading)
    instrumented_time = min(timed() for _ in range(3))
    # generous for a loaded machine: without the bound, pii_leak alone took minutes on this reply
    assert first - bare < 3.0, (bare, first)
    assert instrumented_time - bare < 1.0, (bare, instrumented_time)
    (score,) = {s.attributes["micrometrics.response_length.score"] for s in tel.finished_spans()}
    assert score == len(text)


def _burn(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_a_cpu_bound_check_moved_to_the_worker_is_turned_off(instrumented, server, extra_checks, caplog):
    """Moving a CPU-bound check to the worker does not spare the caller (they share the GIL):
    on the worker, its CPU time is held against the budget, and two runs over it turn it off."""
    runs: list[str] = []

    @check("rel_cpu_hog", level="run", labels=("pass",), register=False)
    def rel_cpu_hog(x):
        runs.append(threading.current_thread().name)
        _burn(0.3)
        return Result(label="pass")

    extra_checks(rel_cpu_hog)
    srv, replies = server
    replies.push(completion(ENGLISH))
    tel = instrumented(Settings(level="run", check_budget=0.05, judge_timeout=5.0))
    client = client_for(srv)
    me = threading.current_thread().name
    for _ in range(6):
        assert ask(client).choices[0].message.content == ENGLISH
        slow = lifecycle.active().worker
        if slow is not None:
            assert slow.drain(10)
    assert runs == [me, me, "micrometrics-slow-checks", "micrometrics-slow-checks"]
    assert errors(tel)[("rel_cpu_hog", "cpu_over_budget")] == 2
    assert tel.evaluations()[("language_mismatch", "pass")] == 6
    off = [r for r in caplog.records if "rel_cpu_hog" in r.getMessage() and "turned off" in r.getMessage()]
    assert len(off) == 1
