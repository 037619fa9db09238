"""Shared fixtures: real SDK providers with in-memory exporters, and a local OpenAI server."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from servers.openai import ChatServer, Replies

import otel_micrometrics
from otel_micrometrics.config import Settings, load_settings


@dataclass
class Telemetry:
    """What the plugin exported during a test, read back through the SDK's in-memory parts."""

    spans: InMemorySpanExporter
    logs: InMemoryLogRecordExporter
    metrics: InMemoryMetricReader
    tracer_provider: TracerProvider
    meter_provider: MeterProvider
    logger_provider: LoggerProvider

    def finished_spans(self) -> list[Any]:
        return list(self.spans.get_finished_spans())

    def events(self) -> list[Any]:
        return [r.log_record for r in self.logs.get_finished_logs()]

    def metric_points(self, name: str) -> list[Any]:
        data = self.metrics.get_metrics_data()
        points: list[Any] = []
        for rm in data.resource_metrics if data else ():
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    if metric.name == name:
                        points.extend(metric.data.data_points)
        return points

    def metric(self, name: str) -> Any:
        data = self.metrics.get_metrics_data()
        for rm in data.resource_metrics if data else ():
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    if metric.name == name:
                        return metric
        return None

    def evaluations(self) -> dict[tuple[str, str | None], int]:
        """micrometrics.evaluations summed by (check, label)."""
        out: dict[tuple[str, str | None], int] = {}
        for p in self.metric_points("micrometrics.evaluations"):
            key = (p.attributes["gen_ai.evaluation.name"], p.attributes.get("gen_ai.evaluation.score.label"))
            out[key] = out.get(key, 0) + p.value
        return out


def make_telemetry() -> Telemetry:
    spans = InMemorySpanExporter()
    logs = InMemoryLogRecordExporter()
    reader = InMemoryMetricReader()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(spans))
    lp = LoggerProvider()
    lp.add_log_record_processor(SimpleLogRecordProcessor(logs))
    mp = MeterProvider(metric_readers=[reader])
    return Telemetry(spans, logs, reader, tp, mp, lp)


@pytest.fixture
def telemetry() -> Iterator[Telemetry]:
    yield make_telemetry()


@pytest.fixture
def instrumented(telemetry: Telemetry) -> Iterator[Any]:
    """A function ``(settings=None, **env)`` that instruments with these providers."""

    def start(settings: Settings | None = None, **env: str) -> Telemetry:
        otel_micrometrics.uninstrument()
        otel_micrometrics.instrument(
            tracer_provider=telemetry.tracer_provider,
            meter_provider=telemetry.meter_provider,
            logger_provider=telemetry.logger_provider,
            settings=settings or load_settings(env),
        )
        return telemetry

    yield start
    otel_micrometrics.uninstrument()


@pytest.fixture
def server() -> Iterator[tuple[ChatServer, Replies]]:
    replies = Replies()
    with ChatServer(replies) as srv:
        yield srv, replies


@pytest.fixture
def scripted_server() -> Iterator[tuple[Any, Any]]:
    """A local HTTP server answering each request with the next body its script holds
    (``tests/sse.py``): ``(server, script)``."""
    from servers.sse import Script, SSEServer

    script = Script()
    with SSEServer(script) as srv:
        yield srv, script


@pytest.fixture(autouse=True)
def _quiet_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="otel_micrometrics")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that install another package's instrumentation run last: some do not restore the
    client SDK completely on uninstrument(), which would leak into the tests after them."""
    items.sort(key=lambda item: item.get_closest_marker("peer_instrumentation") is not None)
