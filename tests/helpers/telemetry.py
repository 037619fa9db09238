"""What the plugin exported during a test, read back through the OpenTelemetry SDK's in-memory
exporters, and the plugin instrumented (or in companion mode) with those providers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from opentelemetry.exporter.otlp.proto.common._log_encoder import encode_logs
from opentelemetry.exporter.otlp.proto.common.metrics_encoder import encode_metrics
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

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


def exported(tel: Telemetry) -> dict[str, bytes]:
    """Every byte the OTLP exporters would send, encoded by their own protobuf encoders."""
    return {
        "spans": encode_spans(tel.finished_spans()).SerializeToString(),
        "logs": encode_logs(tel.logs.get_finished_logs()).SerializeToString(),
        "metrics": encode_metrics(tel.metrics.get_metrics_data()).SerializeToString(),
    }


def instrument(
    telemetry: Telemetry, settings: Settings | None = None, *, companion: bool | None = None, **env: str
) -> Telemetry:
    """(Re-)instrument with ``telemetry``'s providers and ``settings`` (or these environment values)."""
    otel_micrometrics.uninstrument()
    otel_micrometrics.instrument(
        tracer_provider=telemetry.tracer_provider,
        meter_provider=telemetry.meter_provider,
        logger_provider=telemetry.logger_provider,
        settings=settings or load_settings(env),
        companion=companion,
    )
    return telemetry


def companion(telemetry: Telemetry, **env: str) -> Telemetry:
    """Companion mode with ``telemetry``'s providers: evaluate the spans another instrumentation makes."""
    return instrument(telemetry, companion=True, **env)
