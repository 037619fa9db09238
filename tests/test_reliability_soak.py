"""Nothing lost: 100,000 calls over threads and asyncio, and the evaluation counters agree exactly
with the checks that apply to the calls made; a saturated background queue counts every drop.

100,000 real openai SDK calls take minutes here (the SDK alone costs milliseconds per call), so
the 100,000 go through the shared call lifecycle with a tiny adapter for a fake client library
(the same ``lifecycle.sync_wrapper``/``async_wrapper`` every provider uses), and 2,000 more go
through the real openai SDK on its in-process transport."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import httpx2
import openai
import pytest
import wrapt
from opentelemetry.instrumentation.utils import unwrap

from otel_micrometrics import Result, catalog, check, registry
from otel_micrometrics.config import Settings
from otel_micrometrics.exchange import Exchange, Message
from otel_micrometrics.instrumentors import lifecycle

# (reply text, finish reason) -> the label each selected check must give it
KINDS: list[tuple[str, str, dict[str, str]]] = [
    ("Sure, done.", "stop", {"truncation": "pass", "content_filter": "pass", "empty_response": "pass"}),
    ("Partial ans", "length", {"truncation": "fail", "content_filter": "pass", "empty_response": "pass"}),
    ("", "stop", {"truncation": "pass", "content_filter": "pass", "empty_response": "fail"}),
    ("Blocked.", "content_filter", {"truncation": "pass", "content_filter": "fail", "empty_response": "pass"}),
]
SETTINGS = Settings(level="crawl", checks=("response_length",))


class FakeLLM:
    """A client library of the simplest kind: a prompt in, a dict out."""

    def complete(self, prompt: str, kind: int) -> dict[str, Any]:
        text, finish, _ = KINDS[kind]
        return {"text": text, "finish": finish}

    async def acomplete(self, prompt: str, kind: int) -> dict[str, Any]:
        await asyncio.sleep(0)
        return self.complete(prompt, kind)


class FakeAdapter:
    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange:
        return Exchange(provider="fake", operation="chat", request_model="fake-1", messages=[Message("user", args[0])])

    def response(self, exchange: Exchange, response: Any) -> None:
        exchange.output_text = response["text"]
        exchange.finish_reasons = [response["finish"]]


@pytest.fixture
def fake_llm():
    adapter = FakeAdapter()
    wrapt.wrap_function_wrapper(FakeLLM, "complete", lifecycle.sync_wrapper(adapter))
    wrapt.wrap_function_wrapper(FakeLLM, "acomplete", lifecycle.async_wrapper(adapter))
    yield FakeLLM()
    unwrap(FakeLLM, "complete")
    unwrap(FakeLLM, "acomplete")


def expected(calls_per_kind: list[int]) -> dict[tuple[str, str | None], int]:
    out: dict[tuple[str, str | None], int] = {}
    for (_, _, labels), n in zip(KINDS, calls_per_kind, strict=False):
        for name, label in labels.items():
            out[(name, label)] = out.get((name, label), 0) + n
    out[("response_length", None)] = sum(calls_per_kind)
    return out


@pytest.fixture
def metrics_only(telemetry):
    """Real SDK providers; only metrics are kept (100,000 spans and 400,000 events in memory
    would measure the in-memory exporters, not the plugin)."""
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider

    import otel_micrometrics

    reader = InMemoryMetricReader()
    tel = type(telemetry)(
        telemetry.spans,
        telemetry.logs,
        reader,
        TracerProvider(),
        MeterProvider(metric_readers=[reader]),
        LoggerProvider(),
    )
    otel_micrometrics.uninstrument()
    otel_micrometrics.instrument(
        tracer_provider=tel.tracer_provider,
        meter_provider=tel.meter_provider,
        logger_provider=tel.logger_provider,
        settings=SETTINGS,
    )
    yield tel
    otel_micrometrics.uninstrument()


def test_soak_100k_calls_over_threads_and_asyncio(metrics_only, fake_llm):
    tel = metrics_only
    threads, per_thread = 4, 12_500
    tasks, per_task = 100, 500
    total = threads * per_thread + tasks * per_task
    assert total == 100_000
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        try:
            for i in range(per_thread):
                kind = (seed + i) % 4
                assert fake_llm.complete("hi", kind)["text"] == KINDS[kind][0]
        except BaseException as exc:
            errors.append(exc)

    async def task(seed: int) -> None:
        for i in range(per_task):
            kind = (seed + i) % 4
            assert (await fake_llm.acomplete("hi", kind))["text"] == KINDS[kind][0]

    async def main() -> None:
        await asyncio.gather(*(task(t) for t in range(tasks)))

    pool = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for t in pool:
        t.start()
    asyncio.run(main())  # the event loop runs beside the threads
    for t in pool:
        t.join()
    assert errors == []
    per_kind = [total // 4] * 4  # each thread and task cycles through the kinds evenly
    assert tel.evaluations() == expected(per_kind)
    assert sum(p.count for p in tel.metric_points("gen_ai.client.operation.duration")) == total
    assert tel.metric_points("micrometrics.check.errors") == []


def test_soak_through_the_real_openai_sdk(instrumented):
    tel = instrumented(SETTINGS)

    def body(kind: int) -> bytes:
        text, finish, _ = KINDS[kind]
        return json.dumps(
            {
                "id": "c",
                "object": "chat.completion",
                "created": 1,
                "model": "m",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}],
            }
        ).encode()

    bodies = [body(k) for k in range(4)]

    def respond(request: httpx2.Request) -> httpx2.Response:
        kind = int(json.loads(request.content)["messages"][0]["content"])
        return httpx2.Response(200, content=bodies[kind], headers={"content-type": "application/json"})

    async def respond_async(request: httpx2.Request) -> httpx2.Response:
        return respond(request)

    client = openai.OpenAI(
        api_key="k",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(respond)),
    )
    aclient = openai.AsyncOpenAI(
        api_key="k",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(respond_async)),
    )
    threads, per_thread, tasks, per_task = 4, 250, 50, 20

    def ask(kind: int) -> Any:
        return client.chat.completions.create(model="m", messages=[{"role": "user", "content": str(kind)}])

    def work(seed: int) -> None:
        for i in range(per_thread):
            ask((seed + i) % 4)

    async def task(seed: int) -> None:
        for i in range(per_task):
            kind = (seed + i) % 4
            await aclient.chat.completions.create(model="m", messages=[{"role": "user", "content": str(kind)}])

    async def main() -> None:
        await asyncio.gather(*(task(t) for t in range(tasks)))

    pool = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for t in pool:
        t.start()
    asyncio.run(main())
    for t in pool:
        t.join()
    total = threads * per_thread + tasks * per_task
    assert total == 2_000
    assert tel.evaluations() == expected([total // 4] * 4)
    assert len(tel.finished_spans()) == total


def test_saturated_queue_counts_every_drop(instrumented, fake_llm):
    """A slow check blocks the worker; 500 calls overflow its 64 places. Every evaluation is
    either made or counted as dropped: evaluated + dropped == calls."""
    gate = threading.Event()
    catalog.load_builtin_checks()

    @check("soak_blocking", level="crawl", slow=True, labels=("pass",), register=False)
    def soak_blocking(x):
        gate.wait(30)
        return Result(label="pass")

    registry.REGISTRY.add(soak_blocking.check_spec)
    try:
        tel = instrumented(SETTINGS)
        calls = 500
        for i in range(calls):
            fake_llm.complete("hi", i % 4)
        gate.set()
        assert lifecycle.active().worker.drain(30)
    finally:
        registry.REGISTRY.checks.pop("soak_blocking", None)
    evaluated = tel.evaluations().get(("soak_blocking", "pass"), 0)
    dropped = {p.attributes["error.type"]: p.value for p in tel.metric_points("micrometrics.evaluations.dropped")}
    assert dropped.get("queue_full", 0) > 0  # it really was saturated
    assert evaluated + sum(dropped.values()) == calls, (evaluated, dropped)
    assert tel.evaluations()[("truncation", "fail")] == calls // 4  # the inline checks lost nothing
