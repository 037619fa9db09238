"""Setting up OpenTelemetry SDK providers when the application configured none."""

from __future__ import annotations

import logging
from typing import Any

from opentelemetry import _logs as logs_api
from opentelemetry import metrics as metrics_api
from opentelemetry import trace

from .config import Settings

_log = logging.getLogger("otel_micrometrics")


def sdk_configured() -> tuple[bool, bool, bool]:
    """Whether the app has set a tracer, meter and logger provider (not the API's proxies)."""
    from opentelemetry._logs._internal import ProxyLoggerProvider
    from opentelemetry.metrics._internal import _ProxyMeterProvider
    from opentelemetry.trace import ProxyTracerProvider

    return (
        not isinstance(trace.get_tracer_provider(), ProxyTracerProvider),
        not isinstance(metrics_api.get_meter_provider(), _ProxyMeterProvider),
        not isinstance(logs_api.get_logger_provider(), ProxyLoggerProvider),
    )


def setup_missing_providers(settings: Settings) -> None:
    """Install SDK providers with exporters chosen by the standard ``OTEL_*`` variables,
    each only where the application has not set its own."""
    has_tracer, has_meter, has_logger = sdk_configured()
    try:
        from opentelemetry.sdk.resources import Resource

        resource = Resource.create()
        if not has_tracer:
            trace.set_tracer_provider(_tracer_provider(settings, resource))
        if not has_meter:
            metrics_api.set_meter_provider(_meter_provider(settings, resource))
        if not has_logger:
            logs_api.set_logger_provider(_logger_provider(settings, resource))
    except Exception as exc:  # a broken exporter package must not stop the app
        _log.warning("otel-micrometrics: could not set up the OpenTelemetry SDK: %s: %s", type(exc).__name__, exc)


def _http(settings: Settings) -> bool:
    return settings.otlp_protocol == "http/protobuf"


def _tracer_provider(settings: Settings, resource: Any) -> Any:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter

    provider = TracerProvider(resource=resource)
    exporter: Any = None
    if settings.traces_exporter == "otlp":
        if _http(settings):
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        else:
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter  # type: ignore[assignment]
        exporter = OTLPSpanExporter()
    elif settings.traces_exporter == "console":
        exporter = ConsoleSpanExporter()
    if exporter is not None:
        provider.add_span_processor(BatchSpanProcessor(exporter))
    return provider


def _meter_provider(settings: Settings, resource: Any) -> Any:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import ConsoleMetricExporter, PeriodicExportingMetricReader

    readers = []
    exporter: Any = None
    if settings.metrics_exporter == "otlp":
        if _http(settings):
            from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
        else:
            from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import OTLPMetricExporter  # type: ignore[assignment]
        exporter = OTLPMetricExporter()
    elif settings.metrics_exporter == "console":
        exporter = ConsoleMetricExporter()
    if exporter is not None:
        readers.append(PeriodicExportingMetricReader(exporter))
    return MeterProvider(resource=resource, metric_readers=readers)


def _logger_provider(settings: Settings, resource: Any) -> Any:
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import BatchLogRecordProcessor, ConsoleLogRecordExporter

    provider = LoggerProvider(resource=resource)
    exporter: Any = None
    if settings.logs_exporter == "otlp":
        if _http(settings):
            from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
        else:
            from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter  # type: ignore[assignment]
        exporter = OTLPLogExporter()
    elif settings.logs_exporter == "console":
        exporter = ConsoleLogRecordExporter()
    if exporter is not None:
        provider.add_log_record_processor(BatchLogRecordProcessor(exporter))
    return provider
