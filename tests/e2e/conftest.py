"""End-to-end fixtures: the real services started by ``scripts/backends.sh start``.

Every test here is marked ``e2e`` (deselected by default; run ``pytest -m e2e``). The services'
URLs come from ``.backends/env`` (or the file named by MICROMETRICS_BACKENDS_ENV); a test whose
service is not listed there is skipped with the reason. Nothing here talks to any address but
127.0.0.1, and every wait is bounded.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
ENV_FILE = Path(os.environ.get("MICROMETRICS_BACKENDS_ENV", REPO / ".backends" / "env"))
POLL_TIMEOUT_S = 30.0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


def read_env_file(path: Path = ENV_FILE) -> dict[str, str]:
    """``export NAME=value`` lines of the file written by scripts/backends.sh."""
    found: dict[str, str] = {}
    if not path.is_file():
        return found
    for line in path.read_text().splitlines():
        line = line.strip()
        if line.startswith("export ") and "=" in line:
            name, value = line[len("export ") :].split("=", 1)
            found[name.strip()] = value.strip().strip("'\"")
    return found


@pytest.fixture(scope="session")
def backends() -> dict[str, str]:
    env = read_env_file()
    if not env:
        pytest.skip(f"no real backends: {ENV_FILE} is missing; run `scripts/backends.sh start` first")
    return env


def need(backends: dict[str, str], name: str) -> str:
    value = backends.get(name)
    if not value:
        pytest.skip(f"{name} is not in {ENV_FILE}; start that service with scripts/backends.sh start")
    return value


# --- small HTTP helpers (loopback only) ------------------------------------------------------


def _check_loopback(url: str) -> None:
    host = urllib.parse.urlsplit(url).hostname
    assert host in {"127.0.0.1", "localhost", "::1"}, f"refusing non-loopback URL {url}"


def get_json(url: str, timeout: float = 10) -> Any:
    _check_loopback(url)
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read().decode())


def poll(fetch: Callable[[], Any], done: Callable[[Any], bool], timeout: float = POLL_TIMEOUT_S) -> Any:
    """Call ``fetch`` until ``done(result)``; return the last result (the caller asserts)."""
    deadline = time.monotonic() + timeout
    result = fetch()
    while not done(result) and time.monotonic() < deadline:
        time.sleep(0.5)
        result = fetch()
    return result


@dataclass
class VictoriaMetrics:
    url: str

    def force_flush(self) -> None:
        _check_loopback(self.url)
        urllib.request.urlopen(self.url + "/internal/force_flush", timeout=10).read()

    def query(self, promql: str) -> dict[str, Any]:
        """Instant query; returns the whole JSON answer (status, data)."""
        return get_json(self.url + "/api/v1/query?" + urllib.parse.urlencode({"query": promql}))

    def vector(self, promql: str) -> list[dict[str, Any]]:
        body = self.query(promql)
        assert body["status"] == "success", body
        return body["data"]["result"]

    def scalar(self, promql: str) -> float | None:
        result = self.vector(promql)
        if not result:
            return None
        assert len(result) == 1, f"{promql} returned {len(result)} series: {result}"
        return float(result[0]["value"][1])

    def wait_scalar(self, promql: str, expected: float, timeout: float = POLL_TIMEOUT_S) -> float | None:
        """Poll until the query returns ``expected`` (ingestion is asynchronous)."""
        self.force_flush()
        return poll(lambda: self.scalar(promql), lambda v: v == expected, timeout)

    def by_label(self, promql: str, label: str) -> dict[str, float]:
        return {s["metric"].get(label, ""): float(s["value"][1]) for s in self.vector(promql)}


@pytest.fixture(scope="session")
def vm(backends: dict[str, str]) -> VictoriaMetrics:
    return VictoriaMetrics(need(backends, "MICROMETRICS_VM_URL").rstrip("/"))


@dataclass
class Phoenix:
    url: str

    def spans(self, project: str, limit: int = 1000) -> list[dict[str, Any]]:
        try:
            body = get_json(f"{self.url}/v1/projects/{urllib.parse.quote(project)}/spans?limit={limit}")
        except urllib.error.HTTPError as exc:
            if exc.code == 404:  # the project appears with its first span
                return []
            raise
        return list(body.get("data", []))

    def wait_spans(self, project: str, count: int, timeout: float = POLL_TIMEOUT_S) -> list[dict[str, Any]]:
        return poll(lambda: self.spans(project), lambda s: len(s) >= count, timeout)


@pytest.fixture(scope="session")
def phoenix(backends: dict[str, str]) -> Phoenix:
    return Phoenix(need(backends, "MICROMETRICS_PHOENIX_URL").rstrip("/"))


@dataclass
class LogReceiver:
    """OtelTap: an OTLP/HTTP receiver that writes every log record it gets as one NDJSON line."""

    url: str
    file: Path

    def records(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if not self.file.is_file():
            return out
        for line in self.file.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except ValueError:
                    continue
        return out


@pytest.fixture(scope="session")
def log_receiver(backends: dict[str, str]) -> LogReceiver:
    return LogReceiver(
        need(backends, "MICROMETRICS_OTLP_LOGS_URL").rstrip("/"),
        Path(need(backends, "MICROMETRICS_OTLP_LOGS_FILE")),
    )


def otlp_attributes(record: dict[str, Any]) -> dict[str, Any]:
    """OTLP JSON ``attributes`` list -> plain dict."""
    out: dict[str, Any] = {}
    for kv in record.get("attributes", []):
        value = kv.get("value", {})
        for kind in ("stringValue", "intValue", "doubleValue", "boolValue"):
            if kind in value:
                v = value[kind]
                out[kv["key"]] = int(v) if kind == "intValue" else v
                break
    return out


@dataclass
class Exporters:
    """Real SDK providers exporting over OTLP/HTTP to the running services, plus an in-memory
    copy of the metrics (what our side counted) to compare with what the store answers."""

    run: str
    service_name: str
    phoenix_project: str
    tracer_provider: Any
    meter_provider: Any
    logger_provider: Any
    memory: Any
    spans: Any

    def shutdown(self) -> None:
        # Exports everything once. Note: force_flush/shutdown report success even when an
        # export failed, so tests assert on what the stores return, never on these.
        self.tracer_provider.shutdown()
        self.logger_provider.shutdown()
        self.meter_provider.shutdown()


def make_exporters(backends: dict[str, str], label: str) -> Exporters:
    from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
    from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader, PeriodicExportingMetricReader
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor

    run = uuid.uuid4().hex[:10]
    service = f"micrometrics-e2e-{label}-{run}"
    project = service
    resource = Resource.create({"service.name": service, "openinference.project.name": project})

    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    tracer_provider = TracerProvider(resource=resource)
    spans = InMemorySpanExporter()  # our side's copy, to compare with what the receiver stored
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    if backends.get("MICROMETRICS_PHOENIX_URL"):
        tracer_provider.add_span_processor(
            SimpleSpanProcessor(OTLPSpanExporter(endpoint=backends["MICROMETRICS_PHOENIX_URL"] + "/v1/traces"))
        )
    logger_provider = LoggerProvider(resource=resource)
    if backends.get("MICROMETRICS_OTLP_LOGS_URL"):
        logger_provider.add_log_record_processor(
            SimpleLogRecordProcessor(OTLPLogExporter(endpoint=backends["MICROMETRICS_OTLP_LOGS_URL"] + "/v1/logs"))
        )
    memory = InMemoryMetricReader()
    readers: list[Any] = [memory]
    if backends.get("MICROMETRICS_VM_URL"):
        readers.append(
            PeriodicExportingMetricReader(
                OTLPMetricExporter(endpoint=backends["MICROMETRICS_VM_URL"] + "/opentelemetry/v1/metrics"),
                export_interval_millis=3_600_000,  # exported once, at shutdown
            )
        )
    meter_provider = MeterProvider(resource=resource, metric_readers=readers)
    return Exporters(run, service, project, tracer_provider, meter_provider, logger_provider, memory, spans)


@pytest.fixture(scope="session")
def workload(backends: dict[str, str]) -> Iterator[Any]:
    """The scripted workload of test_workload.py, run once per session against the services."""
    from e2e_workload import run_workload

    yield run_workload(make_exporters(backends, "workload"))
