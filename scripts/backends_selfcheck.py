"""Round-trip a real OTLP payload through a running backend (used by `backends.sh verify`).

    python backends_selfcheck.py vm http://127.0.0.1:18428
    python backends_selfcheck.py phoenix http://127.0.0.1:16006
    python backends_selfcheck.py oteltap http://127.0.0.1:14318 .backends/oteltap.log

Needs opentelemetry-sdk and opentelemetry-exporter-otlp-proto-http (backends.sh runs it from
its own small "tools" virtualenv). Talks to the given loopback URL only; every wait is bounded.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

TIMEOUT_S = 30.0


def get_json(url: str) -> object:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read().decode())


def check_vm(base: str) -> None:
    from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
    from opentelemetry.sdk.resources import Resource

    run = uuid.uuid4().hex[:12]
    reader = PeriodicExportingMetricReader(
        OTLPMetricExporter(endpoint=base + "/opentelemetry/v1/metrics"),
        export_interval_millis=3_600_000,
    )
    provider = MeterProvider(metric_readers=[reader], resource=Resource.create({"service.name": "backends-selfcheck"}))
    counter = provider.get_meter("selfcheck").create_counter("micrometrics.selfcheck", unit="{check}")
    counter.add(3, {"run": run})
    counter.add(4, {"run": run})
    provider.shutdown()  # exports once; reports success even if the export failed
    urllib.request.urlopen(base + "/internal/force_flush", timeout=10).read()

    query = f'sum(micrometrics_selfcheck_total{{run="{run}"}})'
    deadline = time.monotonic() + TIMEOUT_S
    got = None
    while time.monotonic() < deadline:
        body = get_json(base + "/api/v1/query?" + urllib.parse.urlencode({"query": query}))
        result = body["data"]["result"]  # type: ignore[index]
        if result:
            got = float(result[0]["value"][1])
            if got == 7.0:
                print(f"vm: ok, {query} = {got:g}")
                return
        time.sleep(0.5)
    sys.exit(f"vm: {query} returned {got!r} after {TIMEOUT_S:g}s, expected 7")


def check_phoenix(base: str) -> None:
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor

    run = uuid.uuid4().hex[:12]
    project = "backends-selfcheck"
    provider = TracerProvider(
        resource=Resource.create({"service.name": "backends-selfcheck", "openinference.project.name": project})
    )
    provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=base + "/v1/traces")))
    with provider.get_tracer("selfcheck").start_as_current_span("chat selfcheck") as span:
        span.set_attribute("gen_ai.operation.name", "chat")
        span.set_attribute("micrometrics.selfcheck.label", run)
    provider.shutdown()

    url = f"{base}/v1/projects/{project}/spans?limit=100"
    deadline = time.monotonic() + TIMEOUT_S
    last: object = None
    while time.monotonic() < deadline:
        try:
            body = get_json(url)
        except urllib.error.HTTPError as exc:  # project not created yet
            last = exc
            time.sleep(0.5)
            continue
        for item in body.get("data", []):  # type: ignore[union-attr]
            attrs = item.get("attributes") or {}
            if attrs.get("micrometrics.selfcheck.label") == run:
                print(f"phoenix: ok, span {item.get('name')!r} read back with its attributes")
                break
        else:
            last = body
            time.sleep(0.5)
            continue
        break
    else:
        sys.exit(f"phoenix: span not found at {url} after {TIMEOUT_S:g}s; last answer: {last!r:.500}")

    # Does this receiver take OTLP logs? (Phoenix stores traces only.)
    req = urllib.request.Request(
        base + "/v1/logs",
        data=b"",
        method="POST",
        headers={"Content-Type": "application/x-protobuf"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            print(f"phoenix: POST /v1/logs answered {resp.status}")
    except urllib.error.HTTPError as exc:
        print(f"phoenix: POST /v1/logs answered {exc.code}: OTLP logs not accepted")


def check_oteltap(base: str, ndjson_path: str) -> None:
    import logging

    from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
    from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
    from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
    from opentelemetry.sdk.resources import Resource

    run = uuid.uuid4().hex[:12]
    provider = LoggerProvider(resource=Resource.create({"service.name": "backends-selfcheck"}))
    provider.add_log_record_processor(SimpleLogRecordProcessor(OTLPLogExporter(endpoint=base + "/v1/logs")))
    logger = logging.getLogger("backends-selfcheck")
    logger.propagate = False
    logger.addHandler(LoggingHandler(logger_provider=provider))
    logger.warning("selfcheck %s", run)
    provider.shutdown()

    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            with open(ndjson_path, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    if run in line and line.lstrip().startswith("{"):
                        print(f"oteltap: ok, log record read back from {ndjson_path}")
                        return
        except FileNotFoundError:
            pass
        time.sleep(0.3)
    sys.exit(f"oteltap: log record {run} not found in {ndjson_path} after {TIMEOUT_S:g}s")


def main() -> None:
    if len(sys.argv) < 3 or sys.argv[1] not in {"vm", "phoenix", "oteltap"}:
        sys.exit(__doc__)
    base = sys.argv[2].rstrip("/")
    host = urllib.parse.urlsplit(base).hostname
    if host not in {"127.0.0.1", "localhost", "::1"}:
        sys.exit(f"refusing non-loopback URL {base}")
    if sys.argv[1] == "oteltap":
        check_oteltap(base, sys.argv[3])
    else:
        {"vm": check_vm, "phoenix": check_phoenix}[sys.argv[1]](base)


if __name__ == "__main__":
    main()
