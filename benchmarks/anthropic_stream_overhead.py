"""Per-event cost of an Anthropic stream: 1,000 text deltas through the real anthropic SDK,
bare vs instrumented, side by side in one run.

The SSE body (the Messages API's event sequence) is served by an in-process httpx transport
(the SDK's own ``http_client`` hook), so the numbers measure the SDK's parsing plus the shared
stream proxy and the Anthropic accumulator, not a network. Rounds alternate between bare and
instrumented; the median of each is reported.

    python benchmarks/anthropic_stream_overhead.py [--chunks 1000] [--rounds 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

import anthropic
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider

import otel_micrometrics
from otel_micrometrics.config import Settings


def sse_body(chunks: int) -> bytes:
    def event(name: str, data: dict[str, Any]) -> bytes:
        return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()

    out = [
        event(
            "message_start",
            {
                "type": "message_start",
                "message": {
                    "id": "msg_bench",
                    "type": "message",
                    "role": "assistant",
                    "model": "claude-sonnet-4-6",
                    "content": [],
                    "stop_reason": None,
                    "stop_sequence": None,
                    "usage": {"input_tokens": 12, "output_tokens": 1},
                },
            },
        ),
        event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        ),
    ]
    for i in range(chunks):
        out.append(
            event(
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": f"word{i} "}},
            )
        )
    out.append(event("content_block_stop", {"type": "content_block_stop", "index": 0}))
    out.append(
        event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": chunks},
            },
        )
    )
    out.append(event("message_stop", {"type": "message_stop"}))
    return b"".join(out)


def make_client(body: bytes) -> anthropic.Anthropic:
    import httpx2

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return anthropic.Anthropic(
        base_url="http://bench.local",
        api_key="k",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )


def one_stream(client: anthropic.Anthropic) -> tuple[float, int]:
    """(total seconds, events) for one fully read ``create(stream=True)``."""
    start = time.perf_counter()
    n = 0
    for _ in client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=2000,
        stream=True,
        messages=[{"role": "user", "content": "Count, please."}],
    ):
        n += 1
    return time.perf_counter() - start, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    client = make_client(sse_body(args.chunks))
    tracer_provider, logger_provider = TracerProvider(), LoggerProvider()  # no exporters: our cost only
    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    settings = Settings(level="crawl")  # content checks run once per stream, not per event

    def instrument() -> None:
        otel_micrometrics.instrument(
            tracer_provider=tracer_provider,
            meter_provider=meter_provider,
            logger_provider=logger_provider,
            settings=settings,
        )

    for _ in range(3):  # warm up both paths
        one_stream(client)
        instrument()
        one_stream(client)
        otel_micrometrics.uninstrument()

    bare: list[tuple[float, int]] = []
    inst: list[tuple[float, int]] = []
    for _ in range(args.rounds):
        bare.append(one_stream(client))
        instrument()
        inst.append(one_stream(client))
        otel_micrometrics.uninstrument()

    events = bare[0][1]
    b_total = statistics.median(t for t, _ in bare)
    i_total = statistics.median(t for t, _ in inst)
    print(
        f"stream of {events} events ({args.chunks} text deltas) through the anthropic SDK "
        f"({anthropic.__version__}), median of {args.rounds} rounds"
    )
    print(f"bare          {b_total * 1e3:8.2f} ms  {b_total / events * 1e6:6.2f} µs/event")
    print(f"instrumented  {i_total * 1e3:8.2f} ms  {i_total / events * 1e6:6.2f} µs/event")
    print(
        f"added: {(i_total - b_total) / events * 1e6:.2f} µs/event (target <= 3), whole call "
        f"+{(i_total - b_total) * 1e3:.2f} ms"
    )
    proxy_only(client, tracer_provider, meter_provider, logger_provider, settings, args.rounds)


def proxy_only(
    client: anthropic.Anthropic,
    tracer_provider: Any,
    meter_provider: Any,
    logger_provider: Any,
    settings: Settings,
    rounds: int,
) -> None:
    """The same real event objects iterated bare vs through the proxy and the Anthropic
    accumulator: the per-event hot path with the SDK's parsing taken out."""
    from otel_micrometrics.exchange import Exchange
    from otel_micrometrics.instrumentors import lifecycle
    from otel_micrometrics.instrumentors.anthropic import MessageEvents
    from otel_micrometrics.instrumentors.stream import SyncStreamProxy

    events = list(
        client.messages.create(
            model="claude-sonnet-4-6", max_tokens=2000, stream=True, messages=[{"role": "user", "content": "Count."}]
        )
    )
    otel_micrometrics.instrument(
        tracer_provider=tracer_provider,
        meter_provider=meter_provider,
        logger_provider=logger_provider,
        settings=settings,
    )
    runtime = lifecycle.active()
    assert runtime is not None

    def bare_pass() -> float:
        start = time.perf_counter()
        for _ in iter(events):
            pass
        return time.perf_counter() - start

    def proxied_pass() -> float:
        call = lifecycle.Call(runtime, Exchange(provider="anthropic", request_model="claude-sonnet-4-6"))
        proxy = SyncStreamProxy(iter(events), call, MessageEvents())
        start = time.perf_counter()
        for _ in proxy:
            pass
        return time.perf_counter() - start  # includes the one-time finish (span end, checks)

    b, p = [], []
    for _ in range(rounds * 10):
        b.append(bare_pass())
        p.append(proxied_pass())
    otel_micrometrics.uninstrument()
    n = len(events)
    added = (statistics.median(p) - statistics.median(b)) / n * 1e6
    print(
        f"proxy and accumulator alone over {n} real events: bare {statistics.median(b) / n * 1e6:.3f} µs/event, "
        f"proxied {statistics.median(p) / n * 1e6:.3f} µs/event, added {added:.3f} µs/event (end of stream included)"
    )


if __name__ == "__main__":
    main()
