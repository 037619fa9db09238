"""What instrumentation adds to an openai SDK call, measured side by side.

    python benchmarks/overhead.py              # full run: drop exporters, then OTLP endpoint down
    python benchmarks/overhead.py --smoke      # seconds: few calls, checks that it all still runs
    python benchmarks/overhead.py --memory     # RSS after 1,000 vs 100,000 calls (exporter down)

Every mode makes the same calls: the real openai SDK through its ``http_client=`` hook with an
in-process httpx2 ``MockTransport`` that returns one fixed, realistic reply (a 6-turn conversation
request; a ~500-character reply with usage), non-streaming and streaming (50 server-sent events).
Each mode runs in its own fresh process; modes are interleaved and repeated.

Modes: ``bare`` (no instrumentation), ``floor`` (benchmarks/floor.py: the GenAI span with the
same attributes, duration and token metrics), ``crawl`` and ``walk`` (otel-micrometrics at those
levels), ``peer`` (opentelemetry-instrumentation-openai with its defaults).

All modes run a real SDK pipeline (batch span and log processors, a periodic metric reader)
with exporters that return success and drop the data, or (``--exporter otlp-down``) OTLP/HTTP
exporters pointed at a closed port. The cost per call is the process's CPU time (every thread:
the app's, the SDK's export threads) over the timed calls *and* the final flush of every
provider, divided by the number of calls; the app-seen latency (wall time of the call loop
only), for streams the time to first chunk, and the garbage collector's share of the CPU time
(``gc.callbacks``; a full collection walks every object the process holds) are reported beside it.

Every micrometrics mode asserts that ``micrometrics.evaluations`` totals exactly
(applicable checks x calls) and, with the dropping exporters, that one span per call and the
expected evaluation events were exported: with ``OTEL_MICROMETRICS_EVENTS`` unset (the library's
default, ``fail``; ``--events`` sets it) one per failing result, none on this workload, where every
check passes.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODES = ("bare", "floor", "crawl", "walk", "peer")
KINDS = ("chat", "stream")
CHUNKS = 50  # server-sent events per streamed reply (49 with text, 1 with usage)
MODEL = "gpt-4o-mini"
# OTEL_MICROMETRICS_EVENTS of the micrometrics modes (``--events``): fail, all, none, or None to
# leave it unset (the default), so that the library's own default setting is the one measured
EVENTS: str | None = None

# --- the workload ------------------------------------------------------------------------------

SYSTEM = "You are the support assistant of an online bookshop. Answer briefly and politely."
TURNS = [
    (
        "I ordered a book last week and it has not arrived yet.",
        "I am sorry to hear that. Could you give me your order number?",
    ),
    (
        "Sure, it is order 48213, placed on Monday.",
        "Thank you. The parcel left our warehouse on Tuesday and is on its way.",
    ),
    (
        "Can you tell me which carrier has it?",
        "It is travelling with the national postal service, tracked as standard mail.",
    ),
    (
        "How long does standard mail usually take?",
        "Standard mail usually takes three to five working days within the country.",
    ),
    (
        "That is longer than I expected. Can I change the delivery address?",
        "Once a parcel has left the warehouse we cannot change its address, unfortunately.",
    ),
]
# Every call sends a new question and gets a new reply, as in production (a reference number
# differs), so that no cache keyed by a text can make a repeated call cheaper than a real one.
# Earlier turns repeat, as they do in a conversation.
LAST_QUESTION = "Then what can I do if the parcel for order {ref} does not arrive by Friday?"
REPLY_TEMPLATE = (
    "If your parcel has not arrived by Friday, please let us know and we will open an "
    "investigation (reference {ref}) with the postal service straight away. In most cases a delayed parcel "
    "turns up within two extra working days, but if it is still missing after that we will "
    "either send you a replacement copy free of charge or refund the full price of the book, "
    "whichever you prefer. You do not need to return anything. You can also follow the "
    "parcel yourself with the tracking link in your confirmation e-mail. Is there anything "
    "else I can help you with today?"
)
VARIANTS = 100_000  # distinct references, far more than any cache holds


def reference(i: int) -> str:
    return f"{48213 + i % VARIANTS:06d}"


REPLY = REPLY_TEMPLATE.format(ref=reference(0))
_REF_BYTES = reference(0).encode()


def messages(i: int = 0) -> list[dict[str, str]]:
    out = [{"role": "system", "content": SYSTEM}]
    for question, answer in TURNS:
        out += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    out.append({"role": "user", "content": LAST_QUESTION.format(ref=reference(i))})
    return out


USAGE = {"prompt_tokens": 212, "completion_tokens": 104, "total_tokens": 316}


def chat_body() -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-bench0001",
            "object": "chat.completion",
            "created": 1764200000,
            "model": "gpt-4o-mini-2024-07-18",
            "system_fingerprint": "fp_bench",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": REPLY, "refusal": None},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": USAGE,
        }
    ).encode()


def stream_events() -> list[bytes]:
    """``CHUNKS`` SSE events: the reply in 49 pieces (the last with its finish reason), then usage."""
    pieces = CHUNKS - 1
    size = -(-len(REPLY) // pieces)
    ref_start = REPLY.index(reference(0))
    ref_end = ref_start + len(reference(0))
    # Cut every ``size`` characters, but never inside the reference (replaced per call).
    cuts = [ref_end if ref_start < i * size < ref_end else i * size for i in range(pieces + 1)]
    cuts[-1] = len(REPLY)
    texts = [REPLY[a:b] for a, b in itertools.pairwise(cuts)]
    events: list[bytes] = []
    base = {
        "id": "chatcmpl-bench0001",
        "object": "chat.completion.chunk",
        "created": 1764200000,
        "model": "gpt-4o-mini-2024-07-18",
        "system_fingerprint": "fp_bench",
    }
    for i, text in enumerate(texts):
        delta: dict[str, Any] = {"content": text}
        if i == 0:
            delta["role"] = "assistant"
        finish = "stop" if i == pieces - 1 else None
        chunk = {
            **base,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
            "usage": None,
        }
        events.append(b"data: " + json.dumps(chunk).encode() + b"\n\n")
    events.append(b"data: " + json.dumps({**base, "choices": [], "usage": USAGE}).encode() + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return events


def client(kind: str, asynchronous: bool = False) -> Any:
    import httpx2
    import openai

    body = b"".join(stream_events()) if kind == "stream" else chat_body()
    assert body.count(_REF_BYTES) == 1
    content_type = "text/event-stream" if kind == "stream" else "application/json"
    counter = itertools.count(1)

    def handler(request: Any) -> Any:
        reply = body.replace(_REF_BYTES, reference(next(counter)).encode())  # a new reply per call
        return httpx2.Response(200, headers={"content-type": content_type}, content=reply)

    transport = httpx2.MockTransport(handler)
    options = dict(api_key="sk-bench", base_url="https://api.openai.example/v1", max_retries=0)
    if asynchronous:
        return openai.AsyncOpenAI(http_client=httpx2.AsyncClient(transport=transport), **options)
    return openai.OpenAI(http_client=httpx2.Client(transport=transport), **options)


def request_kwargs(kind: str, i: int = 0) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"model": MODEL, "messages": messages(i), "temperature": 0.2, "max_tokens": 400}
    if kind == "stream":
        kwargs.update(stream=True, stream_options={"include_usage": True})
    return kwargs


# --- exporters ---------------------------------------------------------------------------------


class Tally:
    """What reached the exporters: spans per scope, log records, the evaluations total."""

    def __init__(self) -> None:
        self.spans: dict[str, int] = {}
        self.logs = 0
        self.evaluations = 0

    def count_spans(self, spans: Sequence[Any]) -> None:
        for span in spans:
            scope = span.instrumentation_scope.name if span.instrumentation_scope else ""
            self.spans[scope] = self.spans.get(scope, 0) + 1

    def count_metrics(self, data: Any) -> None:
        total = 0
        for rm in data.resource_metrics:
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    if metric.name == "micrometrics.evaluations":
                        total += sum(p.value for p in metric.data.data_points)
        self.evaluations = max(self.evaluations, total)  # cumulative temporality


def providers(exporter: str, tally: Tally) -> tuple[Any, Any, Any]:
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import BatchLogRecordProcessor, LogRecordExportResult
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import MetricExportResult, PeriodicExportingMetricReader
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExportResult

    if exporter == "drop":
        from opentelemetry.sdk._logs.export import LogRecordExporter
        from opentelemetry.sdk.metrics.export import MetricExporter
        from opentelemetry.sdk.trace.export import SpanExporter

        class Spans(SpanExporter):
            def export(self, spans: Any) -> Any:
                tally.count_spans(spans)
                return SpanExportResult.SUCCESS

        class Logs(LogRecordExporter):
            def export(self, batch: Any) -> Any:
                tally.logs += len(batch)
                return LogRecordExportResult.SUCCESS

            def force_flush(self, timeout_millis: int = 30_000) -> bool:
                return True

            def shutdown(self) -> None:
                pass

        class Metrics(MetricExporter):
            def export(self, metrics_data: Any, timeout_millis: float = 10_000, **kwargs: Any) -> Any:
                tally.count_metrics(metrics_data)
                return MetricExportResult.SUCCESS

            def force_flush(self, timeout_millis: float = 10_000) -> bool:
                return True

            def shutdown(self, timeout_millis: float = 30_000, **kwargs: Any) -> None:
                pass

        span_exporter: Any = Spans()
        log_exporter: Any = Logs()
        metric_exporter: Any = Metrics()
    else:  # OTLP/HTTP to a port nobody listens on, or (otlp-up) to a local sink that answers 200
        from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
        from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        endpoint = f"http://127.0.0.1:{sink_port() if exporter == 'otlp-up' else closed_port()}"

        class Metrics(OTLPMetricExporter):  # type: ignore[no-redef]
            def export(self, metrics_data: Any, timeout_millis: float | None = None, **kwargs: Any) -> Any:
                tally.count_metrics(metrics_data)
                return super().export(metrics_data, timeout_millis, **kwargs)

        span_exporter = OTLPSpanExporter(endpoint=f"{endpoint}/v1/traces", timeout=1)
        log_exporter = OTLPLogExporter(endpoint=f"{endpoint}/v1/logs", timeout=1)
        metric_exporter = Metrics(endpoint=f"{endpoint}/v1/metrics", timeout=1)

    resource = Resource.create({"service.name": "overhead-benchmark"})
    tp = TracerProvider(resource=resource)
    tp.add_span_processor(BatchSpanProcessor(span_exporter))
    lp = LoggerProvider(resource=resource)
    lp.add_log_record_processor(BatchLogRecordProcessor(log_exporter))
    mp = MeterProvider(
        resource=resource,
        metric_readers=[PeriodicExportingMetricReader(metric_exporter, export_interval_millis=600_000)],
    )
    return tp, mp, lp


SINK = """
import http.server, sys
class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.send_response(200); self.send_header("content-length", "0"); self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sink)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def sink_port() -> int:
    """A local OTLP/HTTP receiver in its own process that accepts and drops everything (the
    exporters then do all their work: encode, send, read the answer); stopped at exit."""
    import atexit

    proc = subprocess.Popen([sys.executable, "-c", SINK], stdout=subprocess.PIPE, text=True)
    atexit.register(proc.kill)
    assert proc.stdout is not None
    return int(proc.stdout.readline())


def closed_port() -> int:
    """A local port that was free a moment ago: connections to it are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- modes -------------------------------------------------------------------------------------


def install(mode: str, tp: Any, mp: Any, lp: Any) -> None:
    if mode == "bare":
        return
    if mode == "floor":
        sys.path.insert(0, str(HERE))
        import floor

        floor.instrument(tp, mp)
        return
    if mode in ("crawl", "walk"):
        import otel_micrometrics

        otel_micrometrics.instrument(
            tracer_provider=tp,
            meter_provider=mp,
            logger_provider=lp,
            settings=settings_for(mode),
        )
        return
    if mode == "peer":
        from opentelemetry.instrumentation.openai import OpenAIInstrumentor

        OpenAIInstrumentor().instrument(tracer_provider=tp, meter_provider=mp, logger_provider=lp)
        return
    raise SystemExit(f"unknown mode {mode!r}")


def settings_for(level: str) -> Any:
    from otel_micrometrics.config import load_settings

    env = {"OTEL_MICROMETRICS_LEVEL": level}
    if EVENTS is not None:
        env["OTEL_MICROMETRICS_EVENTS"] = EVENTS
    return load_settings(env)


def events_setting() -> str:
    """The events setting of the micrometrics modes, as the summary names it."""
    return EVENTS if EVENTS is not None else f"unset, default {settings_for('walk').events}"


def applicable_checks(level: str) -> int:
    """How many selected checks give a result on this workload's exchange (once, offline)."""
    return len(workload_results(level))


def events_per_call(level: str) -> int:
    """How many evaluation events one call of this workload should emit with ``EVENTS``."""
    from otel_micrometrics.telemetry import event_worthy

    results = workload_results(level)
    setting = settings_for(level).events
    if setting == "all":
        return len(results)
    if setting == "none":
        return 0
    return sum(1 for spec, result in results if event_worthy(spec.name, result.label))


def workload_results(level: str) -> list[Any]:
    """The selected checks' results on this workload's exchange (once, offline)."""
    from otel_micrometrics.catalog import select_checks
    from otel_micrometrics.exchange import Exchange
    from otel_micrometrics.pipeline import evaluate

    exchange = Exchange.from_dict(
        {
            "request": {"model": MODEL, "messages": messages()},
            "response": {
                "content": REPLY,
                "finish_reason": "stop",
                "model": "gpt-4o-mini-2024-07-18",
                "id": "chatcmpl-bench0001",
                "usage": USAGE,
            },
        }
    )
    return evaluate(exchange, select_checks(settings_for(level)))


def one_call(openai_client: Any, kind: str, kwargs: dict[str, Any]) -> float | None:
    """Make one call; for a stream, consume it and return the time to its first chunk."""
    if kind == "chat":
        openai_client.chat.completions.create(**kwargs)
        return None
    start = time.perf_counter()
    first = None
    count = 0
    for _chunk in openai_client.chat.completions.create(**kwargs):
        if first is None:
            first = time.perf_counter() - start
        count += 1
    assert count == CHUNKS, count
    return first


def worker(mode: str, kind: str, calls: int, warmup: int, exporter: str) -> dict[str, Any]:
    tally = Tally()
    tp, mp, lp = providers(exporter, tally)
    install(mode, tp, mp, lp)
    openai_client = client(kind)
    requests = [request_kwargs(kind, i) for i in range(1, warmup + calls + 1)]  # built before timing
    for kwargs in requests[:warmup]:
        one_call(openai_client, kind, kwargs)
    tp.force_flush()
    ours_spans = tally.spans.get("otel_micrometrics", 0)
    # With the OTLP exporter down nothing is tallied: ask the plugin whether it is active instead.
    from otel_micrometrics.instrumentors import lifecycle

    active = lifecycle.active() is not None
    instrumented = mode not in ("crawl", "walk") or ours_spans > 0 or (exporter != "drop" and active)
    gc.collect()
    ttfc: list[float] = []
    collector = GcTime()
    gc.callbacks.append(collector)
    cpu0 = time.process_time()
    wall0 = time.perf_counter()
    for kwargs in requests[warmup:]:
        first = one_call(openai_client, kind, kwargs)
        if first is not None:
            ttfc.append(first)
    wall_loop = time.perf_counter() - wall0
    tp.force_flush()
    lp.force_flush()
    mp.force_flush()
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - wall0
    gc.callbacks.remove(collector)
    result: dict[str, Any] = {
        "mode": mode,
        "kind": kind,
        "exporter": exporter,
        "calls": calls,
        "instrumented": instrumented,
        "cpu_us": cpu / calls * 1e6,
        "app_us": wall_loop / calls * 1e6,
        "wall_us": wall / calls * 1e6,
        "ttfc_us": statistics.median(ttfc) * 1e6 if ttfc else None,
        "gc_us": collector.seconds / calls * 1e6,
        "gc_full": collector.full,
        "spans": dict(tally.spans),
        "logs": tally.logs,
        "events_per_call": tally.logs / (calls + warmup) if exporter == "drop" else None,
        "evaluations": tally.evaluations,
    }
    if mode in ("crawl", "walk") and instrumented:
        per_call = applicable_checks(mode)
        expected = per_call * (calls + warmup)
        result["expected_evaluations"] = expected
        assert tally.evaluations == expected, f"{mode}/{kind}: evaluations {tally.evaluations} != {expected}"
        if exporter == "drop":
            events = events_per_call(mode) * (calls + warmup)
            result["expected_events_per_call"] = events_per_call(mode)
            assert tally.logs == events, f"{mode}/{kind}: events {tally.logs} != {events} (EVENTS={events_setting()})"
            assert ours_spans == warmup and tally.spans["otel_micrometrics"] == calls + warmup, tally.spans
    return result


class GcTime:
    """A ``gc.callbacks`` entry: the time the garbage collector ran (part of the CPU time
    measured; a full collection walks every object the process holds), and how many full ones."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.full = 0
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
            return
        self.seconds += time.perf_counter() - self._start
        if info.get("generation") == 2:
            self.full += 1


def check_costs(level: str = "walk", rounds: int = 5, n: int = 300) -> list[tuple[str, float, bool]]:
    """(check, best us per run on this workload's exchanges, applies) for every selected check:
    what the check functions alone cost, before any telemetry. Each run reads a new exchange (a
    new question and reply, as in the timed calls), so caches keyed by a text do not flatter it."""
    from otel_micrometrics.catalog import select_checks
    from otel_micrometrics.config import load_settings
    from otel_micrometrics.exchange import Exchange

    exchanges = [
        Exchange.from_dict(
            {
                "request": {"model": MODEL, "messages": messages(i)},
                "response": {
                    "content": REPLY_TEMPLATE.format(ref=reference(i)),
                    "finish_reason": "stop",
                    "usage": USAGE,
                },
            }
        )
        for i in range(1, rounds * n + 1)
    ]
    out = []
    for spec in select_checks(load_settings({"OTEL_MICROMETRICS_LEVEL": level})):
        best = float("inf")
        for r in range(rounds):
            batch = exchanges[r * n : (r + 1) * n]
            start = time.process_time()
            for exchange in batch:
                result = spec.function(exchange)
            best = min(best, (time.process_time() - start) / n * 1e6)
        out.append((spec.name, best, result is not None))
    return out


# --- the wrappers alone, in one process ---------------------------------------------------------


def wrappers_worker(rounds: int, calls: int, variants: int, with_peer: bool, exporter: str = "drop") -> dict[str, Any]:
    """Each mode's wrapper around a wrapped call that returns an already parsed reply at once.

    The SDK's own ~2-4 ms per call (and its noise) is out of the picture, so what remains is
    exactly what each instrumentation adds on the caller's thread, measured side by side in one
    process, modes interleaved round by round, best block of each mode kept. Each call gets a
    new request and reply (``variants`` of them, cycled: more than any cache holds). Work the
    SDK's export threads do later is not counted here; the subprocess run counts it.
    """
    import timeit

    import openai
    import openai._base_client as base
    import openai.resources.chat.completions.completions as completions_module

    sys.path.insert(0, str(HERE))
    import floor

    import otel_micrometrics

    tally = Tally()
    tp, mp, lp = providers(exporter, tally)
    openai_client = client("chat")
    resource = openai_client.chat.completions
    # One real SDK call per variant, to capture what request() is given and what it returns.
    original_request = base.SyncAPIClient.request
    seen: dict[str, Any] = {}

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.update(instance=self, args=args, kwargs=kwargs)
        seen["reply"] = original_request(self, *args, **kwargs)
        return seen["reply"]

    cases = []
    base.SyncAPIClient.request = spy  # type: ignore[method-assign]
    try:
        for i in range(1, variants + 1):
            kwargs = request_kwargs("chat", i)
            openai_client.chat.completions.create(**kwargs)
            cases.append((kwargs, seen["instance"], seen["args"], seen["kwargs"], seen["reply"]))
    finally:
        base.SyncAPIClient.request = original_request  # type: ignore[method-assign]

    def create_level(install_: Any) -> Any:
        """The wrapt wrapper function a create-level instrumentation put on Completions.create."""
        original = vars(completions_module.Completions)["create"]
        install_()
        wrapper = vars(completions_module.Completions)["create"]._self_wrapper
        completions_module.Completions.create = original  # type: ignore[method-assign]
        return wrapper

    floor_wrapper = create_level(lambda: floor.instrument(tp, mp))
    peer_wrapper = None
    if with_peer:
        from opentelemetry.instrumentation.openai import OpenAIInstrumentor

        peer_wrapper = create_level(
            lambda: OpenAIInstrumentor().instrument(tracer_provider=tp, meter_provider=mp, logger_provider=lp)
        )

    def our_wrapper(level: str) -> Any:
        """Instrument at ``level``; the wrapper function put on the client's ``request()``."""
        otel_micrometrics.instrument(
            tracer_provider=tp,
            meter_provider=mp,
            logger_provider=lp,
            settings=settings_for(level),
        )
        return vars(base.SyncAPIClient)["request"]._self_wrapper

    def timed(call: Any) -> float:
        cycle = itertools.cycle(cases)

        def block() -> None:
            for _ in range(calls):
                call(next(cycle))

        gc.collect()
        return min(timeit.repeat(block, number=1, repeat=3)) / calls * 1e6

    # Streams: a fresh openai.Stream over the 50 events per call; the clock runs from the call to
    # its first chunk only (the rest is consumed, and the call finished, after the clock stops).
    import httpx2
    from openai.types.chat import ChatCompletionChunk

    stream_body = b"".join(stream_events())
    stream_kwargs = request_kwargs("stream", 1)
    stream_options = seen["args"][1].model_copy(update={"json_data": {**stream_kwargs, "stream": True}})

    def new_stream() -> Any:
        response = httpx2.Response(
            200,
            headers={"content-type": "text/event-stream"},
            content=stream_body,
            request=httpx2.Request("POST", "https://api.openai.example/v1/chat/completions"),
        )
        return openai.Stream(cast_to=ChatCompletionChunk, response=response, client=openai_client)

    parsed_chunks = list(new_stream())

    def first_chunk(call: Any, warm: bool = False) -> float:
        """Median microseconds from the call to its first chunk, over ``calls`` streams. ``warm``:
        the "stream" is an iterator over already parsed chunks, so no SDK parsing runs between
        calls and what is timed is the instrumentation's own work before the first chunk."""
        delays = []
        for _ in range(calls):
            stream = iter(parsed_chunks) if warm else new_stream()
            start = time.perf_counter()
            iterator = iter(call(stream))
            next(iterator)
            delays.append(time.perf_counter() - start)
            for _chunk in iterator:
                pass
        return statistics.median(delays) * 1e6

    stream_args = (seen["args"][0], stream_options, *seen["args"][2:])

    def calls_for(mode: str) -> tuple[Any, Any]:
        """(a chat call, a stream call) through ``mode``'s wrapper; crawl and walk instrument."""
        if mode == "nothing":
            return (lambda case: case[4]), (lambda stream: stream)
        if mode in ("floor", "peer"):  # wrappers of Completions.create
            wrapper = floor_wrapper if mode == "floor" else peer_wrapper
            return (
                lambda case: wrapper(lambda *a, **k: case[4], resource, (), case[0]),
                lambda stream: wrapper(lambda *a, **k: stream, resource, (), stream_kwargs),
            )
        wrapper = our_wrapper(mode)  # the wrapper of the client's request()
        return (
            lambda case: wrapper(lambda *a, **k: case[4], case[1], case[2], case[3]),
            lambda stream: wrapper(
                lambda *a, **k: stream, seen["instance"], stream_args, {**seen["kwargs"], "stream": True}
            ),
        )

    best: dict[str, float] = {}
    ttfc: dict[str, float] = {}
    ttfc_warm: dict[str, float] = {}
    modes = ["nothing", "floor", "crawl", "walk"] + (["peer"] if peer_wrapper is not None else [])
    for _ in range(rounds):
        for mode in modes:
            chat, stream = calls_for(mode)
            best[mode] = min(best.get(mode, float("inf")), timed(chat))
            ttfc[mode] = min(ttfc.get(mode, float("inf")), first_chunk(stream))
            if mode != "peer":  # the peer wraps only real openai.Stream objects
                ttfc_warm[mode] = min(ttfc_warm.get(mode, float("inf")), first_chunk(stream, warm=True))
            if mode in ("crawl", "walk"):
                otel_micrometrics.uninstrument()
        tp.force_flush()
        lp.force_flush()
    nothing = best.pop("nothing")
    first = ttfc.pop("nothing")
    first_warm = ttfc_warm.pop("nothing")
    return {
        "us": {mode: value - nothing for mode, value in best.items()},
        "ttfc_delay_us": {mode: value - first for mode, value in ttfc.items()},
        "ttfc_warm_delay_us": {mode: value - first_warm for mode, value in ttfc_warm.items()},
        "calls": calls,
        "rounds": rounds,
        "exporter": exporter,
    }


def print_wrappers(res: dict[str, Any]) -> None:
    us = res["us"]
    print(
        f"\n## the wrappers alone, in one process (us per call on the caller's thread, best of "
        f"{res['rounds']} interleaved rounds of {res['calls']} calls; chat, new request and reply each call)"
    )
    delay, warm = res["ttfc_delay_us"], res["ttfc_warm_delay_us"]
    print(f"{'mode':6} {'us':>8}   {'':10}   stream: first chunk delayed by (us, median): in situ, warm")
    for mode, value in us.items():
        warm_us = f"{warm[mode]:10.1f}" if mode in warm else f"{'n/a':>10}"
        print(f"{mode:6} {value:8.1f}   {ratio(value, us['floor']):5.2f} x floor {delay[mode]:12.1f} {warm_us}")
    line = f"ratios: walk/floor {ratio(us['walk'], us['floor']):.2f}, crawl/floor {ratio(us['crawl'], us['floor']):.2f}"
    if "peer" in us:
        line += f", walk/peer {ratio(us['walk'], us['peer']):.3f}"
    print(line)


# --- memory ------------------------------------------------------------------------------------


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def memory_worker(total: int, first: int, threads: int, mode: str = "walk") -> dict[str, Any]:
    """OTLP endpoint down; half the calls from a thread pool, half from asyncio."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    tally = Tally()
    tp, mp, lp = providers("otlp-down", tally)
    install(mode, tp, mp, lp)
    sync_client = client("chat")
    async_client = client("chat", asynchronous=True)
    pool = ThreadPoolExecutor(threads)
    loop = asyncio.new_event_loop()
    numbers = itertools.count(1)  # a new question per call: caches keyed by text fill to their bound

    def block(n: int) -> None:
        half = n // 2
        questions = [request_kwargs("chat", next(numbers)) for _ in range(half)]
        list(pool.map(lambda kwargs: sync_client.chat.completions.create(**kwargs), questions))

        async def many() -> None:
            for start in range(0, n - half, 50):
                await asyncio.gather(
                    *(
                        async_client.chat.completions.create(**request_kwargs("chat", next(numbers)))
                        for _ in range(min(50, n - half - start))
                    )
                )

        loop.run_until_complete(many())

    block(first)
    gc.collect()
    rss_first = rss_mb()
    done = first
    step = 10_000
    while done < total:
        n = min(step, total - done)
        block(n)
        done += n
        print(f"  {done:>7} calls  RSS {rss_mb():7.1f} MB", file=sys.stderr, flush=True)
    gc.collect()
    rss_total = rss_mb()
    mp.force_flush()
    if mode in ("crawl", "walk"):
        expected = applicable_checks(mode) * total
        assert tally.evaluations == expected, f"evaluations {tally.evaluations} != {expected}"
    return {
        "first": first,
        "total": total,
        "rss_first_mb": rss_first,
        "rss_total_mb": rss_total,
        "evaluations": tally.evaluations,
    }


# --- the parent: run workers, summarize --------------------------------------------------------


def run_worker(args: list[str]) -> dict[str, Any]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    for name in list(env):  # the benchmark decides every provider and exporter itself
        if name.startswith(("OTEL_", "TRACELOOP_")):
            del env[name]
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args, *(["--events", EVENTS] if EVENTS else [])],
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        raise SystemExit(f"worker {' '.join(args)} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(
    kinds: Sequence[str],
    modes: Sequence[str],
    exporter: str,
    repeats: int,
    calls: dict[str, int],
    warmup: int,
    parallel: bool = False,
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Every (round, kind, mode) in its own process, one at a time (``parallel``: all CPUs at
    once, for the smoke run, whose figures mean nothing)."""
    from concurrent.futures import ThreadPoolExecutor

    jobs = []
    for r in range(repeats):
        for kind in kinds:
            order = list(modes[r % len(modes) :]) + list(modes[: r % len(modes)])  # rotate each round
            jobs += [(r, kind, mode) for mode in order]

    def run(job: tuple[int, str, str]) -> dict[str, Any]:
        r, kind, mode = job
        res = run_worker(
            [
                "--worker",
                mode,
                "--kind",
                kind,
                "--calls",
                str(calls[kind]),
                "--warmup",
                str(warmup),
                "--exporter",
                exporter,
            ]
        )
        res["round"] = r
        print(
            f"  [{exporter} round {r + 1}/{repeats}] {kind:6} {mode:5} "
            f"cpu {res['cpu_us']:8.1f} us/call  app {res['app_us']:8.1f} us/call",
            file=sys.stderr,
            flush=True,
        )
        return res

    with ThreadPoolExecutor((os.cpu_count() or 1) if parallel else 1) as pool:
        done = list(pool.map(run, jobs))
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for (_, kind, mode), res in zip(jobs, done, strict=False):
        runs.setdefault((kind, mode), []).append(res)
    return runs


def summarize(
    runs: dict[tuple[str, str], list[dict[str, Any]]], kinds: Sequence[str], modes: Sequence[str]
) -> dict[str, Any]:
    """Per kind and mode: medians and ranges of cost, and of the overhead over bare in the same round."""
    out: dict[str, Any] = {}
    for kind in kinds:
        bare = {r["round"]: r for r in runs[(kind, "bare")]}
        per_mode: dict[str, Any] = {}
        for mode in modes:
            rows = runs[(kind, mode)]
            entry: dict[str, Any] = {"instrumented": all(r["instrumented"] for r in rows)}
            for metric in ("cpu_us", "app_us", "ttfc_us", "gc_us"):
                values = [r[metric] for r in rows if r[metric] is not None]
                if not values:
                    continue
                over = [r[metric] - bare[r["round"]][metric] for r in rows if r[metric] is not None]
                entry[metric] = stats(values)
                entry[metric + "_over"] = stats(over)
            entry["gc_full"] = [r.get("gc_full") for r in rows]
            entry["evaluations"] = [r["evaluations"] for r in rows]
            entry["events_per_call"] = [r.get("events_per_call") for r in rows]
            entry["expected_evaluations"] = [r.get("expected_evaluations") for r in rows]
            per_mode[mode] = entry
        out[kind] = per_mode
    return out


def stats(values: Sequence[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def ratio(a: float, b: float) -> float:
    return a / b if b > 0 else float("inf")


def targets(summary: dict[str, Any]) -> list[tuple[str, float, float, bool | None]]:
    """(what, measured, limit, holds) for each target that this run can judge; ``holds`` is
    None when the run could not resolve it: an overhead it divides by, or the figure itself, is
    not above the spread of ``bare``'s own cost over the rounds (the machine's noise)."""
    found: list[tuple[str, float, float, bool | None]] = []
    for kind, per_mode in summary.items():
        if kind == "wrappers" or not all(per_mode.get(m, {}).get("instrumented") for m in ("walk", "crawl")):
            continue
        bare = per_mode["bare"]["cpu_us"]
        noise = bare["max"] - bare["min"]
        over = {m: per_mode[m]["cpu_us_over"]["median"] for m in per_mode}

        def judged(
            value: float, limit: float, *modes: str, over: dict[str, float] = over, noise: float = noise
        ) -> bool | None:
            return value <= limit if all(over[m] > noise for m in modes) else None

        if "peer" in over:
            value = ratio(over["walk"], over["peer"])
            found.append((f"{kind}: walk / peer overhead", value, 0.5, judged(value, 0.5, "walk", "peer")))
        if "floor" in over:
            value = ratio(over["walk"], over["floor"])
            found.append((f"{kind}: walk / floor overhead", value, 3.5, judged(value, 3.5, "walk", "floor")))
            value = ratio(over["crawl"], over["floor"])
            found.append((f"{kind}: crawl / floor overhead", value, 1.5, judged(value, 1.5, "crawl", "floor")))
        if kind == "stream" and "chat" in summary:
            # What streaming adds per chunk: the stream's overhead beyond the same call's
            # non-streamed overhead (checks, events and the span are paid once per call either way).
            chat_walk = summary["chat"]["walk"]["cpu_us_over"]["median"]
            value = (over["walk"] - chat_walk) / CHUNKS
            found.append(("stream: walk us per chunk", value, 3.0, value <= 3.0 if value * CHUNKS > noise else None))
            ttfc = per_mode["walk"].get("ttfc_us_over")
            if ttfc:
                first = per_mode["bare"]["ttfc_us"]
                holds = ttfc["median"] <= 50.0 if ttfc["median"] > first["max"] - first["min"] else None
                found.append(("stream: walk time-to-first-chunk delay us", ttfc["median"], 50.0, holds))
    return found


def wrapper_targets(res: dict[str, Any]) -> list[tuple[str, float, float, bool]]:
    """The targets the in-process run judges (chat; and the first chunk of a stream)."""
    us, delay = res["us"], res["ttfc_delay_us"]
    found = [
        ("chat: walk / floor overhead", ratio(us["walk"], us["floor"]), 3.5),
        ("chat: crawl / floor overhead", ratio(us["crawl"], us["floor"]), 1.5),
        ("stream: walk time-to-first-chunk delay us (in situ)", delay["walk"], 50.0),
        ("stream: walk time-to-first-chunk delay us (warm)", res["ttfc_warm_delay_us"]["walk"], 50.0),
    ]
    if "peer" in us:
        found.insert(0, ("chat: walk / peer overhead", ratio(us["walk"], us["peer"]), 0.4))
    return [(what, value, limit, value <= limit) for what, value, limit in found]


def print_table(summary: dict[str, Any], exporter: str) -> None:
    print(f"\n## exporter: {exporter}")
    for kind, per_mode in summary.items():
        unit = f"us per call ({CHUNKS} chunks)" if kind == "stream" else "us per call"
        print(f"\n{kind}: CPU {unit}, median [min-max] over rounds; overhead = mode - bare in the same round")
        print(
            f"{'mode':6} {'cost':>22} {'overhead':>24} {'app-seen overhead':>24}"
            + (f" {'per chunk*':>10} {'TTFC delay':>12}" if kind == "stream" else "")
        )
        for mode, e in per_mode.items():
            if not e["instrumented"]:
                print(f"{mode:6} (streams not instrumented by this build)")
                continue
            c, o, a = e["cpu_us"], e["cpu_us_over"], e["app_us_over"]
            line = (
                f"{mode:6} {c['median']:8.1f} [{c['min']:.0f}-{c['max']:.0f}]"
                f"{o['median']:10.1f} [{o['min']:.0f}-{o['max']:.0f}]"
                f"{a['median']:10.1f} [{a['min']:.0f}-{a['max']:.0f}]"
            )
            if kind == "stream":
                t = e.get("ttfc_us_over")
                chat = summary.get("chat", {}).get(mode)
                chat_over = chat["cpu_us_over"]["median"] if chat and chat["instrumented"] else float("nan")
                line += f" {(o['median'] - chat_over) / CHUNKS:10.2f} {t['median'] if t else float('nan'):12.1f}"
            print(line)
        over = {m: e["cpu_us_over"]["median"] for m, e in per_mode.items() if e["instrumented"]}
        if "floor" in over and over["floor"] > 0:
            print(
                "ratios of overhead: "
                + ", ".join(
                    f"{m}/floor {ratio(over[m], over['floor']):.2f}" for m in over if m not in ("bare", "floor")
                )
                + (f", walk/peer {ratio(over['walk'], over['peer']):.3f}" if "walk" in over and "peer" in over else "")
            )
        print(
            "garbage collector, part of the cost above (us per call, median over rounds; full collections per round): "
            + ", ".join(
                f"{m} {e['gc_us']['median']:.0f} ({'/'.join(str(n) for n in e['gc_full'])})"
                for m, e in per_mode.items()
                if e["instrumented"] and "gc_us" in e
            )
        )
        if kind == "stream":
            print(f"* per chunk: (stream overhead - chat overhead of the same mode) / {CHUNKS} chunks")
        for mode in ("crawl", "walk"):
            if mode in per_mode and per_mode[mode]["instrumented"]:
                print(
                    f"{mode} evaluations exact: {per_mode[mode]['evaluations']} == {per_mode[mode]['expected_evaluations']}"
                )
                if exporter == "drop":
                    print(
                        f"{mode} evaluation events per call (OTEL_MICROMETRICS_EVENTS={events_setting()}): "
                        f"{per_mode[mode]['events_per_call']}"
                    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exporter", choices=("drop", "otlp-up", "otlp-down", "both"), default="both")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--calls", type=int, default=400, help="timed calls per process (streams: half)")
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--smoke", action="store_true", help="few calls, one round: does it all still run")
    parser.add_argument("--memory", action="store_true", help="RSS after 1,000 vs 100,000 calls")
    parser.add_argument("--memory-calls", type=int, default=100_000)
    parser.add_argument("--memory-mode", default="walk", help="mode of the memory run (floor: the SDK's share)")
    parser.add_argument(
        "--wrappers", action="store_true", help="only the wrappers alone, in one process (precise, no SDK call)"
    )
    parser.add_argument("--wrapper-rounds", type=int, default=8)
    parser.add_argument("--wrappers-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--variants", type=int, default=2000, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the summary here")
    parser.add_argument(
        "--events",
        choices=("fail", "all", "none"),
        help="OTEL_MICROMETRICS_EVENTS of crawl and walk (default: unset, the library's default)",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--memory-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--kind", default="chat", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    global EVENTS
    EVENTS = args.events

    if args.worker:
        print(json.dumps(worker(args.worker, args.kind, args.calls, args.warmup, args.exporter)))
        return 0
    if args.wrappers_worker:
        with_peer = "peer" in args.modes.split(",")
        result = wrappers_worker(args.wrapper_rounds, args.calls, args.variants, with_peer, args.exporter)
        print(json.dumps(result))
        return 0
    if args.memory_worker:
        print(json.dumps(memory_worker(args.memory_calls, 1000, 8, args.memory_mode)))
        return 0
    if args.memory:
        res = run_worker(
            ["--memory-worker", "--memory-calls", str(args.memory_calls), "--memory-mode", args.memory_mode]
        )
        growth = res["rss_total_mb"] - res["rss_first_mb"]
        print(
            f"RSS after {res['first']:,} calls: {res['rss_first_mb']:.1f} MB; after {res['total']:,}: "
            f"{res['rss_total_mb']:.1f} MB; growth {growth:+.1f} MB (target <= 10 MB: "
            f"{'holds' if growth <= 10 else 'MISSED'}); evaluations exact: {res['evaluations']:,}"
        )
        return 0

    modes = [m for m in args.modes.split(",") if m]
    kinds = [k for k in args.kinds.split(",") if k]
    if args.smoke:
        args.repeats, args.calls, args.warmup = 1, 20, 5
    calls = {"chat": args.calls, "stream": max(1, args.calls // 2)}
    exporters = ("drop", "otlp-down") if args.exporter == "both" else (args.exporter,)
    if args.smoke and args.exporter == "both":
        exporters = ("drop",)
    print(f"machine: {machine()}")
    print(
        f"workload: 6-turn chat request, {len(REPLY)}-char reply with usage; streams: {CHUNKS} SSE events; "
        f"{args.repeats} rounds x {calls['chat']} calls (streams {calls['stream']}) per process, {args.warmup} warm-up"
    )
    results: dict[str, Any] = {}
    costs = check_costs(rounds=2 if args.smoke else 5, n=20 if args.smoke else 300)
    print("check functions alone on this workload (us per call, best of rounds; where walk's time goes):")
    print("  " + ", ".join(f"{name} {us:.1f}{'' if applies else ' (n/a)'}" for name, us, applies in costs))
    wrapper_args = ["--wrappers-worker", "--modes", ",".join(modes)]
    wrapper_args += (
        ["--wrapper-rounds", "1", "--calls", "20", "--variants", "40"]
        if args.smoke
        else [
            "--wrapper-rounds",
            str(args.wrapper_rounds),
            "--calls",
            "300",
        ]
    )
    results["wrappers"] = run_worker([*wrapper_args, "--exporter", "drop"])
    print_wrappers(results["wrappers"])
    print("targets (in one process):")
    for what, value, limit, holds in wrapper_targets(results["wrappers"]):
        print(f"  {what:55} {value:8.3f}  <= {limit:<6} {'holds' if holds else 'MISSED'}")
    if "otlp-down" in exporters:
        # The OTLP exporter encodes every batch (on its own thread, under the GIL) whether the
        # endpoint is up or down: the fair question is what a *down* endpoint changes.
        up = results["wrappers-otlp-up"] = run_worker([*wrapper_args, "--exporter", "otlp-up"])
        down = results["wrappers-otlp-down"] = run_worker([*wrapper_args, "--exporter", "otlp-down"])
        print("\nthe wrappers alone, OTLP to a local receiver -> the same endpoint down (target: no change > 10%):")
        for mode, value in down["us"].items():
            before = up["us"][mode]
            change = (value - before) / before * 100
            print(
                f"  {mode:6} {before:8.1f} -> {value:8.1f} us  ({change:+.1f}%: {'holds' if abs(change) <= 10 else 'MISSED'})"
                f"   first chunk delayed by {up['ttfc_delay_us'][mode]:6.1f} -> {down['ttfc_delay_us'][mode]:6.1f} us"
            )
    if args.wrappers:
        if args.json:
            args.json.write_text(
                json.dumps({"machine": machine(), "events": EVENTS, "check_costs": costs, "results": results}, indent=1)
            )
        return 0
    for exporter in exporters:
        runs = measure(kinds, modes, exporter, args.repeats, calls, args.warmup, parallel=args.smoke)
        summary = summarize(runs, kinds, modes)
        results[exporter] = summary
        print_table(summary, exporter)
        print("\ntargets (this run):")
        for what, value, limit, verdict in targets(summary):
            said = "not resolved: below this run's noise" if verdict is None else "holds" if verdict else "MISSED"
            print(f"  {what:45} {value:8.3f}  <= {limit:<6} {said}")
    if "drop" in results and "otlp-down" in results:
        print("\nexporter down vs dropping exporter, change of overhead (target: none > 10%):")
        for kind in kinds:
            for mode in modes:
                a, b = results["drop"][kind][mode], results["otlp-down"][kind][mode]
                if mode == "bare" or not a["instrumented"]:
                    continue
                x, y = a["cpu_us_over"]["median"], b["cpu_us_over"]["median"]
                print(f"  {kind:6} {mode:5} {x:8.1f} -> {y:8.1f} us  ({(y - x) / x * 100:+.1f}%)")
    if args.json:
        args.json.write_text(
            json.dumps({"machine": machine(), "events": EVENTS, "check_costs": costs, "results": results}, indent=1)
        )
    return 0


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), Python {sys.version.split()[0]}"


if __name__ == "__main__":
    sys.exit(main())
