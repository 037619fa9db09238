"""Concurrency: many threads and tasks sharing one client, cancellation mid-stream, a fork after
instrument(), interpreter exit with evaluations still queued. Counts are exact."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import httpx2
import openai
import pytest
from servers.openai import chat_chunks
from servers.sse import SSEServer

from otel_micrometrics import Result, catalog, check, registry
from otel_micrometrics.config import Settings
from otel_micrometrics.instrumentors import lifecycle

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = "Your order shipped yesterday and should arrive tomorrow before noon."
QUESTION = [{"role": "user", "content": "Where is my order? It should have arrived by now."}]
BODY = json.dumps(
    {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": ENGLISH}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 12, "total_tokens": 22},
    }
).encode()


def respond(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, content=BODY, headers={"content-type": "application/json"})


async def respond_async(request: httpx2.Request) -> httpx2.Response:
    await asyncio.sleep(0)  # let the other tasks run in between
    return respond(request)


def duration_count(tel) -> int:
    return sum(p.count for p in tel.metric_points("gen_ai.client.operation.duration"))


def test_fifty_threads_share_one_client(instrumented):
    # 50 threads contending for the GIL (more so under coverage) can stretch a millisecond check's
    # wall time past the default budget, which would move it to the background worker mid-test;
    # this test is about exact counts across threads, so it keeps every check inline.
    tel = instrumented(OTEL_MICROMETRICS_CHECK_BUDGET_MS="60000")
    client = openai.OpenAI(
        api_key="k",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(respond)),
    )
    threads, per_thread = 50, 20
    failures: list[BaseException] = []
    start = threading.Barrier(threads)

    def work() -> None:
        start.wait()
        for _ in range(per_thread):
            try:
                assert (
                    client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION).choices[0].message.content
                    == ENGLISH
                )
            except BaseException as exc:
                failures.append(exc)

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    total = threads * per_thread
    assert failures == []
    spans = tel.finished_spans()
    assert len(spans) == total and len({s.context.span_id for s in spans}) == total
    assert all(s.parent is None for s in spans)  # no context leaked from one thread's call to another
    assert tel.evaluations()[("language_mismatch", "pass")] == total
    assert tel.evaluations()[("truncation", "pass")] == total
    assert duration_count(tel) == total


async def test_five_hundred_tasks_share_one_async_client(instrumented):
    tel = instrumented()
    client = openai.AsyncOpenAI(
        api_key="k",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(respond_async)),
    )
    tasks = 500
    replies = await asyncio.gather(
        *(client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION) for _ in range(tasks))
    )
    assert all(r.choices[0].message.content == ENGLISH for r in replies)
    spans = tel.finished_spans()
    assert len(spans) == tasks and all(s.parent is None for s in spans)
    assert tel.evaluations()[("language_mismatch", "pass")] == tasks
    assert duration_count(tel) == tasks


async def test_cancelling_a_task_in_the_middle_of_a_stream(instrumented):
    tel = instrumented()
    with SSEServer(lambda path, body: (200, chat_chunks(ENGLISH * 5)), event_delay=0.01) as srv:
        client = openai.AsyncOpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        got_one = asyncio.Event()

        async def read() -> None:
            stream = await client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION, stream=True)
            async for _ in stream:
                got_one.set()

        tasks = [asyncio.create_task(read()) for _ in range(20)]
        await got_one.wait()
        await asyncio.sleep(0.02)
        for task in tasks:
            task.cancel()
        outcomes = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(o, asyncio.CancelledError) for o in outcomes), outcomes
        await client.close()
    spans = tel.finished_spans()
    assert len(spans) == 20 and all(s.end_time is not None for s in spans)
    # cancelled while reading the stream: abandoned; cancelled while still waiting for the
    # response headers: an error of type CancelledError. Either way the span ended, once.
    abandoned = [s for s in spans if s.attributes.get("micrometrics.stream.abandoned") is True]
    waiting = [s for s in spans if s.attributes.get("error.type") == "CancelledError"]
    assert len(abandoned) >= 1 and len(abandoned) + len(waiting) == 20
    # an abandoned, incomplete reply is not checked: no half-read text is judged
    assert ("language_mismatch", "pass") not in tel.evaluations()


@pytest.fixture
def slow_marker_check():
    catalog.load_builtin_checks()

    @check("rel_fork_slow", level="run", slow=True, labels=("pass",), register=False)
    def rel_fork_slow(x):
        return Result(label="pass")

    registry.REGISTRY.add(rel_fork_slow.check_spec)
    yield
    registry.REGISTRY.checks.pop("rel_fork_slow", None)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_the_worker_restarts_in_a_forked_child(instrumented, slow_marker_check):
    tel = instrumented(Settings(level="run"))
    client = openai.OpenAI(
        api_key="k",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(respond)),
    )
    client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
    worker = lifecycle.active().worker
    assert worker.drain(10)
    parent_thread = worker._thread
    assert parent_thread is not None and parent_thread.is_alive()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its own calls get their slow checks evaluated by a new worker
        code = 1
        try:
            for _ in range(3):
                client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
            drained = worker.drain(10)
            evaluated = tel.evaluations().get(("rel_fork_slow", "pass"), 0)
            new_thread = worker._thread is not parent_thread and worker._thread.is_alive()
            os.write(write, json.dumps([drained, evaluated, new_thread]).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    data = os.read(read, 1000)
    os.close(read)
    assert os.waitstatus_to_exitcode(status) == 0
    drained, evaluated, new_thread = json.loads(data)
    # the child's metrics include the parent's one evaluation (memory copied at fork) plus its three
    assert drained and new_thread and evaluated == 1 + 3
    assert tel.evaluations()[("rel_fork_slow", "pass")] == 1  # the parent's count did not change


EXIT_SCRIPT = textwrap.dedent("""
    import atexit, json, sys, time
    import httpx2, openai
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk._logs import LoggerProvider
    import otel_micrometrics
    from otel_micrometrics import Result, check, registry
    from otel_micrometrics.config import Settings
    from otel_micrometrics import worker

    worker.SHUTDOWN_SECONDS = float(sys.argv[2])
    reader = InMemoryMetricReader()

    def report():  # registered first, so it runs last: after the plugin's own exit hook
        counts = {}
        for rm in reader.get_metrics_data().resource_metrics:
            for sm in rm.scope_metrics:
                for m in sm.metrics:
                    for p in m.data.data_points:
                        if m.name in ("micrometrics.evaluations", "micrometrics.evaluations.dropped"):
                            key = m.name + ":" + (p.attributes.get("gen_ai.evaluation.name") or "")
                            counts[key] = counts.get(key, 0) + p.value
        print(json.dumps(counts), flush=True)
    atexit.register(report)

    delay = float(sys.argv[1])

    @check("exit_slow", level="run", slow=True, labels=("pass",))
    def exit_slow(x):
        time.sleep(delay)
        return Result(label="pass")

    otel_micrometrics.instrument(tracer_provider=TracerProvider(), meter_provider=MeterProvider(metric_readers=[reader]),
                                 logger_provider=LoggerProvider(), settings=Settings(level="run"))
    body = json.dumps({"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Fine, thanks."}, "finish_reason": "stop"}]}).encode()
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0, http_client=httpx2.Client(
        transport=httpx2.MockTransport(lambda r: httpx2.Response(200, content=body, headers={"content-type": "application/json"}))))
    for _ in range(40):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    # exit at once, with most of the 40 slow evaluations still queued
""")


@pytest.mark.parametrize("delay, limit", [(0.02, 30.0), (5.0, 1.0)])
def test_interpreter_exit_flushes_queued_evaluations_within_a_bounded_time(tmp_path, delay, limit):
    """Fast slow checks: every queued evaluation is done before exit. Checks too slow to finish:
    exit still comes within the bound, and what could not run is counted as dropped."""
    script = tmp_path / "app.py"
    script.write_text(EXIT_SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script), str(delay), str(limit)], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    evaluated = counts.get("micrometrics.evaluations:exit_slow", 0)
    dropped = counts.get("micrometrics.evaluations.dropped:", 0)
    assert evaluated + dropped == 40
    if delay < 1:
        assert (evaluated, dropped) == (40, 0)
    else:
        assert evaluated <= 1 and dropped >= 39
