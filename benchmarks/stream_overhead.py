"""Per-chunk cost of the stream proxy: a 1,000-chunk chat stream through the real openai SDK,
bare vs instrumented, side by side in one run.

The SSE body is served by an in-process httpx transport (the SDK's own ``http_client`` hook), so
the numbers measure the SDK's parsing plus our proxy, not a network. Rounds alternate between
bare and instrumented; the median of each is reported.

    python benchmarks/stream_overhead.py [--chunks 1000] [--rounds 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

import openai
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider

import otel_micrometrics
from otel_micrometrics.config import Settings


def sse_body(chunks: int) -> bytes:
    out = []
    for i in range(chunks):
        chunk = {
            "id": "chatcmpl-bench",
            "object": "chat.completion.chunk",
            "created": 1764200000,
            "model": "gpt-4o-mini-2024-07-18",
            "choices": [
                {
                    "index": 0,
                    "delta": {"content": f"word{i} "},
                    "logprobs": None,
                    "finish_reason": "stop" if i == chunks - 1 else None,
                }
            ],
            "usage": None,
        }
        out.append(b"data: " + json.dumps(chunk).encode() + b"\n\n")
    usage = {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1764200000,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [],
        "usage": {"prompt_tokens": 12, "completion_tokens": chunks, "total_tokens": chunks + 12},
    }
    out.append(b"data: " + json.dumps(usage).encode() + b"\n\n")
    out.append(b"data: [DONE]\n\n")
    return b"".join(out)


def make_client(body: bytes) -> openai.OpenAI:
    import httpx2

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return openai.OpenAI(
        base_url="http://bench.local/v1",
        api_key="k",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )


def one_stream(client: openai.OpenAI) -> tuple[float, float, int]:
    """(total seconds, seconds to first chunk, chunks) for one fully read stream."""
    start = time.perf_counter()
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Count, please."}],
        stream=True,
        stream_options={"include_usage": True},
    )
    first = None
    n = 0
    for _ in stream:
        if first is None:
            first = time.perf_counter()
        n += 1
    end = time.perf_counter()
    return end - start, (first or end) - start, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    client = make_client(sse_body(args.chunks))
    tracer_provider, logger_provider = TracerProvider(), LoggerProvider()  # no exporters: our cost only
    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    settings = Settings(level="crawl")  # content checks run once per stream, not per chunk

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

    bare: list[tuple[float, float, int]] = []
    inst: list[tuple[float, float, int]] = []
    for _ in range(args.rounds):
        bare.append(one_stream(client))
        instrument()
        inst.append(one_stream(client))
        otel_micrometrics.uninstrument()

    chunks = bare[0][2]
    b_total = statistics.median(t for t, _, _ in bare)
    i_total = statistics.median(t for t, _, _ in inst)
    b_first = statistics.median(f for _, f, _ in bare)
    i_first = statistics.median(f for _, f, _ in inst)
    per_chunk = (i_total - b_total) / chunks * 1e6
    print(f"stream of {chunks} chunks through the openai SDK ({openai.__version__}), median of {args.rounds} rounds")
    print(f"{'':<14}{'total ms':>10}{'µs/chunk':>10}{'first chunk ms':>16}")
    print(f"{'bare':<14}{b_total * 1e3:>10.2f}{b_total / chunks * 1e6:>10.2f}{b_first * 1e3:>16.3f}")
    print(f"{'instrumented':<14}{i_total * 1e3:>10.2f}{i_total / chunks * 1e6:>10.2f}{i_first * 1e3:>16.3f}")
    print(
        f"added: {per_chunk:.2f} µs/chunk (target <= 3), time to first chunk +{(i_first - b_first) * 1e3:.3f} ms "
        f"(includes span start and request reading), whole call +{(i_total - b_total) * 1e3:.2f} ms"
    )
    print("(the SDK's own per-chunk parsing dominates and is noisy on a shared machine; the isolated figure below")
    print(" is the proxy's cost alone)")
    proxy_only(client, tracer_provider, meter_provider, logger_provider, settings, args.rounds)


def proxy_only(
    client: openai.OpenAI,
    tracer_provider: Any,
    meter_provider: Any,
    logger_provider: Any,
    settings: Settings,
    rounds: int,
) -> None:
    """The same 1,000 real ``ChatCompletionChunk`` objects iterated bare vs through the proxy and
    the OpenAI accumulator: the per-chunk hot path with the SDK's parsing taken out."""
    from otel_micrometrics.exchange import Exchange
    from otel_micrometrics.instrumentors import lifecycle
    from otel_micrometrics.instrumentors.openai import ChatStreamAccumulator
    from otel_micrometrics.instrumentors.stream import SyncStreamProxy

    chunks = list(
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Count."}], stream=True
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
        for _ in iter(chunks):
            pass
        return time.perf_counter() - start

    def proxied_pass() -> float:
        call = lifecycle.Call(runtime, Exchange(request_model="gpt-4o-mini"))
        proxy = SyncStreamProxy(iter(chunks), call, ChatStreamAccumulator())
        start = time.perf_counter()
        for _ in proxy:
            pass
        return time.perf_counter() - start  # includes the one-time finish (span end, checks)

    b, p = [], []
    for _ in range(rounds * 10):
        b.append(bare_pass())
        p.append(proxied_pass())
    otel_micrometrics.uninstrument()
    n = len(chunks)
    added = (statistics.median(p) - statistics.median(b)) / n * 1e6
    print(
        f"proxy alone over {n} real chunks: bare {statistics.median(b) / n * 1e6:.3f} µs/chunk, "
        f"proxied {statistics.median(p) / n * 1e6:.3f} µs/chunk, added {added:.3f} µs/chunk "
        f"(end of stream included)"
    )


if __name__ == "__main__":
    main()
