"""An OTLP/HTTP receiver on 127.0.0.1, for the exporters the plugin or the SDK sets up: every
request path kept (``paths``), metrics requests decoded (``metrics``), each answered with
``status`` after ``delay`` seconds (a collector that fails or is slow)."""

from __future__ import annotations

import time
from typing import Any

from servers.base import LocalServer, Wire


class OTLPCollector(LocalServer):
    thread_name = "otlp-test-collector"

    def __init__(self, status: int = 200, delay: float = 0.0) -> None:
        super().__init__()
        self.status = status
        self.delay = delay
        self.metrics: list[Any] = []  # ExportMetricsServiceRequest, in arrival order

    def answer(self, wire: Wire, path: str, raw: bytes) -> None:
        if path == "/v1/metrics":
            from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest

            self.metrics.append(ExportMetricsServiceRequest.FromString(raw))
        if self.delay:
            time.sleep(self.delay)
        wire.send(self.status, b"", {})
