"""Setting up OpenTelemetry SDK providers when the application configured none.

The providers made here belong to the plugin, so the plugin also answers for how they behave
when no collector is there: one line per signal (where it tried, that data is dropped) instead
of the exporters' retry messages, and an exit that waits at most
``OTEL_MICROMETRICS_SHUTDOWN_TIMEOUT_MS`` for the last export, then says what it dropped.
An application that set up any provider of its own gets none from us.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from opentelemetry import _logs as logs_api
from opentelemetry import metrics as metrics_api
from opentelemetry import trace

from .config import ENV_SHUTDOWN_TIMEOUT_MS, Settings

_log = logging.getLogger("otel_micrometrics")

SIGNALS = ("traces", "metrics", "logs")
# What each signal's exported items are called in the messages, singular and plural.
_ITEMS = {"traces": ("span", "spans"), "metrics": ("metric point", "metric points"), "logs": ("event", "events")}


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
    """Install SDK providers with exporters chosen by the standard ``OTEL_*`` variables, only
    when the application has set up none. An application that set up some signals but not
    others made its choice: it is told once which signals have no provider, nothing is added."""
    configured = sdk_configured()
    if any(configured):
        missing = [signal for signal, has in zip(SIGNALS, configured, strict=True) if not has]
        if missing:
            _log.warning(
                "otel-micrometrics: the application set up its own OpenTelemetry SDK, so the plugin "
                "sets up none; no provider for %s: %s go nowhere until the application sets one",
                " and ".join(missing),
                ", ".join(_WHAT_GOES_NOWHERE[s] for s in missing),
            )
        return
    try:
        from opentelemetry.sdk.resources import Resource

        resource = Resource.create()
        exit_flush = ExitFlush(settings.shutdown_timeout)
        tracer_provider = _tracer_provider(settings, resource, exit_flush)
        meter_provider = _meter_provider(settings, resource, exit_flush)
        logger_provider = _logger_provider(settings, resource, exit_flush)
    except Exception as exc:  # a broken exporter package must not stop the app
        _log.warning("otel-micrometrics: could not set up the OpenTelemetry SDK: %s: %s", type(exc).__name__, exc)
        return
    trace.set_tracer_provider(tracer_provider)
    metrics_api.set_meter_provider(meter_provider)
    logs_api.set_logger_provider(logger_provider)
    exit_flush.providers = [tracer_provider, meter_provider, logger_provider]
    atexit.register(exit_flush.run)


_WHAT_GOES_NOWHERE = {
    "traces": "spans",
    "metrics": "micrometrics.evaluations and the gen_ai.client metrics",
    "logs": "gen_ai.evaluation.result events",
}


class ExitFlush:
    """Shuts the plugin's providers down at exit within one total deadline, then says in one
    line what could not be delivered. Replaces the SDK's own exit hooks, which wait for each
    exporter's retries in turn (15-45 s with no collector, longer than a pod's grace period)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.providers: list[Any] = []
        self.exporters: list[CountingExporter] = []
        self.closing = False

    def run(self) -> None:
        """The atexit hook: never raises, never waits past the deadline."""
        try:
            self._run()
        except Exception as exc:  # pragma: no cover - the exit path must stay quiet
            _log.debug("otel-micrometrics: exit flush failed: %s: %s", type(exc).__name__, exc)

    def _run(self) -> None:
        self.closing = True
        deadline = time.monotonic() + self.timeout
        threads = [
            threading.Thread(target=_shutdown_quietly, args=(p,), name="micrometrics-exit-flush", daemon=True)
            for p in self.providers
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        late = any(thread.is_alive() for thread in threads)
        dropped = [(e, e.dropped + e.in_flight) for e in self.exporters]
        dropped = [(e, n) for e, n in dropped if n]
        if not dropped and not late:
            return
        where = sorted({_origin(e.endpoint) for e, _ in dropped} or {_origin(e.endpoint) for e in self.exporters})
        what = ", ".join(_count(e.signal, n) for e, n in dropped)
        if late:
            what = f"{what} and whatever was still queued" if what else "whatever was still queued"
        _log.warning(
            "otel-micrometrics: telemetry not delivered to %s: dropped %s (the exit waits at most %g s for it: %s)",
            " and ".join(where) or "the OTLP endpoint",
            what,
            self.timeout,
            ENV_SHUTDOWN_TIMEOUT_MS,
        )


def _origin(endpoint: str) -> str:
    """``http://host:4318/v1/traces`` -> ``http://host:4318``: one name for the three signals."""
    from urllib.parse import urlsplit

    parts = urlsplit(endpoint)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else endpoint


def _shutdown_quietly(provider: Any) -> None:
    try:
        provider.shutdown()
    except Exception as exc:
        _log.debug("otel-micrometrics: provider shutdown failed: %s: %s", type(exc).__name__, exc)


def _count(signal: str, n: int) -> str:
    one, many = _ITEMS[signal]
    return f"{n} {one if n == 1 else many}"


class _ExporterMessages(logging.Filter):
    """Keeps the OTLP exporters' own retry and failure messages off the application's log:
    the plugin's exporters report failures themselves, once per signal (``CountingExporter``).
    They stay visible at debug level on the ``otel_micrometrics`` logger."""

    def filter(self, record: logging.LogRecord) -> bool:
        _log.debug("otel-micrometrics: exporter said: %s", record.getMessage())
        return False


_FILTER = _ExporterMessages()
_EXPORTER_LOGGERS = ("opentelemetry.exporter.otlp.common.http",)


def _silence(exporter: Any) -> None:
    """Filter the loggers of the exporter's modules (the OTLP clients log from their base class
    module, so every class in its MRO counts)."""
    names = {cls.__module__ for cls in type(exporter).__mro__ if cls.__module__.startswith("opentelemetry.exporter")}
    for name in sorted(names | set(_EXPORTER_LOGGERS)):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


class CountingExporter:
    """Wraps one of the plugin's exporters: counts what it could not deliver, reports the first
    failure of its signal in one line, and swallows whatever the exporter raises."""

    def __init__(self, signal: str, exporter: Any, exit_flush: ExitFlush, size: Callable[[Any], int]) -> None:
        self.signal = signal
        self.exporter = exporter
        self.exit_flush = exit_flush
        self.size = size
        self.endpoint = str(getattr(exporter, "_endpoint", None) or "the OTLP endpoint")
        self.dropped = 0
        self.in_flight = 0
        self._reported = False
        self._lock = threading.Lock()
        exit_flush.exporters.append(self)
        _silence(exporter)

    def deliver(self, items: Any, export: Callable[[], Any], success: Any) -> Any:
        n = self.size(items)
        with self._lock:
            self.in_flight += n
        ok = False
        result: Any = None
        try:
            result = export()
            ok = result == success
        except Exception as exc:
            _log.debug("otel-micrometrics: %s exporter raised %s: %s", self.signal, type(exc).__name__, exc)
        with self._lock:
            self.in_flight -= n
            if not ok:
                self.dropped += n
            report = not ok and not self._reported and not self.exit_flush.closing
            if report:
                self._reported = True
        if report:
            _log.warning(
                "otel-micrometrics: cannot export %s to %s (is a collector running there?); they are "
                "dropped. This is said once; set OTEL_EXPORTER_OTLP_ENDPOINT, or OTEL_%s_EXPORTER=none",
                _ITEMS[self.signal][1],
                self.endpoint,
                self.signal.upper(),
            )
        return result


def _spans(items: Sequence[Any]) -> int:
    return len(items)


def _points(data: Any) -> int:
    total = 0
    for rm in getattr(data, "resource_metrics", ()):
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                total += len(getattr(metric.data, "data_points", ()))
    return total


def _http(settings: Settings) -> bool:
    return settings.otlp_protocol == "http/protobuf"


def _tracer_provider(settings: Settings, resource: Any, exit_flush: ExitFlush) -> Any:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import (
        BatchSpanProcessor,
        ConsoleSpanExporter,
        SpanExporter,
        SpanExportResult,
    )

    class Exporter(SpanExporter):
        def __init__(self, inner: Any) -> None:
            self.counting = CountingExporter("traces", inner, exit_flush, _spans)

        def export(self, spans: Sequence[Any]) -> SpanExportResult:
            result = self.counting.deliver(
                spans, lambda: self.counting.exporter.export(spans), SpanExportResult.SUCCESS
            )
            return result if isinstance(result, SpanExportResult) else SpanExportResult.FAILURE

        def shutdown(self) -> None:
            _shutdown_quietly(self.counting.exporter)

        def force_flush(self, timeout_millis: int = 30000) -> bool:
            return bool(self.counting.exporter.force_flush(timeout_millis))

    provider = TracerProvider(resource=resource, shutdown_on_exit=False)
    if settings.traces_exporter == "otlp":
        if _http(settings):
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        else:
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter  # type: ignore[assignment]
        provider.add_span_processor(BatchSpanProcessor(Exporter(OTLPSpanExporter())))
    elif settings.traces_exporter == "console":
        provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
    return provider


def _meter_provider(settings: Settings, resource: Any, exit_flush: ExitFlush) -> Any:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import (
        ConsoleMetricExporter,
        MetricExporter,
        MetricExportResult,
        PeriodicExportingMetricReader,
    )

    class Exporter(MetricExporter):
        def __init__(self, inner: Any) -> None:
            # The reader asks the exporter for its temporality and aggregation: pass the inner one's on.
            super().__init__(
                preferred_temporality=getattr(inner, "_preferred_temporality", None),
                preferred_aggregation=getattr(inner, "_preferred_aggregation", None),
            )
            self.counting = CountingExporter("metrics", inner, exit_flush, _points)

        def export(self, metrics_data: Any, timeout_millis: float = 10_000, **kwargs: Any) -> MetricExportResult:
            result = self.counting.deliver(
                metrics_data,
                lambda: self.counting.exporter.export(metrics_data, timeout_millis=timeout_millis, **kwargs),
                MetricExportResult.SUCCESS,
            )
            return result if isinstance(result, MetricExportResult) else MetricExportResult.FAILURE

        def force_flush(self, timeout_millis: float = 10_000) -> bool:
            return bool(self.counting.exporter.force_flush(timeout_millis=timeout_millis))

        def shutdown(self, timeout_millis: float = 30_000, **kwargs: Any) -> None:
            _shutdown_quietly(self.counting.exporter)

    readers = []
    if settings.metrics_exporter == "otlp":
        if _http(settings):
            from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
        else:
            from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import OTLPMetricExporter  # type: ignore[assignment]
        readers.append(PeriodicExportingMetricReader(Exporter(OTLPMetricExporter())))
    elif settings.metrics_exporter == "console":
        readers.append(PeriodicExportingMetricReader(ConsoleMetricExporter()))
    return MeterProvider(resource=resource, metric_readers=readers, views=_views(), shutdown_on_exit=False)


def _views() -> list[Any]:
    """micrometrics.evaluations may keep more attribute sets than the SDK's default 2,000: the
    plugin sizes them from the configured bounds and counts its own overflow; every other
    instrument matches no View and keeps the SDK's defaults."""
    from opentelemetry.sdk.metrics.view import View

    from . import semconv as sc
    from .telemetry import SDK_EVALUATION_SETS

    try:
        evaluations = View(instrument_name=sc.METRIC_EVALUATIONS, aggregation_cardinality_limit=SDK_EVALUATION_SETS)
    except TypeError:  # an SDK without per-View limits: the plugin keeps within its default
        return []
    return [evaluations]


def _logger_provider(settings: Settings, resource: Any, exit_flush: ExitFlush) -> Any:
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import (
        BatchLogRecordProcessor,
        ConsoleLogRecordExporter,
        LogRecordExporter,
        LogRecordExportResult,
    )

    class Exporter(LogRecordExporter):
        def __init__(self, inner: Any) -> None:
            self.counting = CountingExporter("logs", inner, exit_flush, _spans)

        def export(self, batch: Sequence[Any]) -> LogRecordExportResult:
            result = self.counting.deliver(
                batch, lambda: self.counting.exporter.export(batch), LogRecordExportResult.SUCCESS
            )
            return result if isinstance(result, LogRecordExportResult) else LogRecordExportResult.FAILURE

        def shutdown(self) -> None:
            _shutdown_quietly(self.counting.exporter)

        def force_flush(self, timeout_millis: int = 30000) -> bool:
            return bool(self.counting.exporter.force_flush(timeout_millis))

    provider = LoggerProvider(resource=resource, shutdown_on_exit=False)
    if settings.logs_exporter == "otlp":
        if _http(settings):
            from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
        else:
            from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter  # type: ignore[assignment]
        provider.add_log_record_processor(BatchLogRecordProcessor(Exporter(OTLPLogExporter())))
    elif settings.logs_exporter == "console":
        provider.add_log_record_processor(BatchLogRecordProcessor(ConsoleLogRecordExporter()))
    return provider
