"""micrometrics.evaluations is counted in-process and read by an observable counter:
it must stay exact under concurrent calls and bounded in the number of attribute sets."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

from otel_micrometrics.config import Settings
from otel_micrometrics.telemetry import EvaluationCounts, Telemetry

ROOT = Path(__file__).resolve().parents[1]
BASE = (("gen_ai.operation.name", "chat"), ("gen_ai.provider.name", "openai"), ("gen_ai.request.model", "m"))


def _points(reader: InMemoryMetricReader) -> dict[tuple[tuple[str, object], ...], int]:
    data = reader.get_metrics_data()
    out = {}
    for rm in data.resource_metrics:
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                if metric.name == "micrometrics.evaluations":
                    assert metric.data.is_monotonic
                    for p in metric.data.data_points:
                        out[tuple(sorted(p.attributes.items()))] = p.value
    return out


def test_counts_are_exact_and_cumulative_across_threads_and_collections():
    reader = InMemoryMetricReader()
    telemetry = Telemetry(Settings(), meter_provider=MeterProvider(metric_readers=[reader]))
    counts = telemetry.evaluation_counts

    def work() -> None:
        for _ in range(5000):
            counts.add(BASE, [("truncation", "pass"), ("response_length", None)])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    first = _points(reader)  # a collection in the middle must not lose or double anything
    for t in threads:
        t.join()
    final = _points(reader)
    key = tuple(
        sorted({**dict(BASE), "gen_ai.evaluation.name": "truncation", "gen_ai.evaluation.score.label": "pass"}.items())
    )
    unlabelled = tuple(sorted({**dict(BASE), "gen_ai.evaluation.name": "response_length"}.items()))
    assert final == {key: 40_000, unlabelled: 40_000}
    assert all(first.get(k, 0) <= v for k, v in final.items())
    assert _points(reader) == final  # cumulative: collecting again changes nothing
    assert counts.total() == 80_000


def test_attribute_sets_beyond_the_limit_are_counted_as_overflow():
    counts = EvaluationCounts(limit=2)
    for model in ("a", "b", "c", "d"):
        counts.add((("gen_ai.request.model", model),), [("truncation", "pass")])
    observed = {tuple(sorted(o.attributes.items())): o.value for o in counts.observe()}
    assert observed == {
        (
            ("gen_ai.evaluation.name", "truncation"),
            ("gen_ai.evaluation.score.label", "pass"),
            ("gen_ai.request.model", "a"),
        ): 1,
        (
            ("gen_ai.evaluation.name", "truncation"),
            ("gen_ai.evaluation.score.label", "pass"),
            ("gen_ai.request.model", "b"),
        ): 1,
        (("otel.metric.overflow", True),): 2,
    }
    assert counts.total() == 4


# The plugin's own MeterProvider (the application set up none): an app exporting OTLP/HTTP to a
# collector in this process, through the real openai SDK (its transport hook answers).
OWN_PROVIDER_APP = textwrap.dedent("""
    import json, sys
    import httpx2, openai, otel_micrometrics

    mode = sys.argv[1]
    otel_micrometrics.instrument()  # no SDK set up: the plugin makes its own, from OTEL_*

    def reply(request):
        model = json.loads(request.content)["model"]
        body = {"id": "c", "object": "chat.completion", "created": 1, "model": model, "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "Your order shipped yesterday."},
             "finish_reason": "stop"}], "usage": {"prompt_tokens": 9, "completion_tokens": 5, "total_tokens": 14}}
        return httpx2.Response(200, json=body)

    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0,
                           http_client=httpx2.Client(transport=httpx2.MockTransport(reply)))
    question = [{"role": "user", "content": "Where is my order? It should have arrived by now."}]
    if mode == "within":  # 100 tenants x 2 models at the walk level: the bounds allow every set
        for tenant in range(100):
            for model in ("gpt-4o-mini", "gpt-4o"):
                with otel_micrometrics.segment(tenant=f"tenant-{tenant}"):
                    client.chat.completions.create(model=model, messages=question)
    else:  # 1,000 request models at the crawl level: more than the bounds assumed (4 models)
        for i in range(1000):
            client.chat.completions.create(model=f"model-{i}", messages=question)
""")


@pytest.fixture
def collector():
    """An OTLP/HTTP metrics receiver on 127.0.0.1: the decoded requests, in arrival order."""
    from servers.otlp import OTLPCollector

    with OTLPCollector() as srv:
        yield f"http://127.0.0.1:{srv.port}", srv.metrics


def _exported(received, name: str) -> list[dict[str, object]]:
    """The last export's points of the cumulative sum ``name``: attributes plus ``value``."""
    points: list[dict[str, object]] = []
    for request in received:
        found = [
            metric
            for rm in request.resource_metrics
            for sm in rm.scope_metrics
            for metric in sm.metrics
            if metric.name == name
        ]
        if found:
            points = [
                {**{a.key: a.value.string_value or a.value.bool_value for a in p.attributes}, "value": p.as_int}
                for metric in found
                for p in metric.sum.data_points
            ]
    return points


def _run_app(tmp_path, endpoint: str, mode: str, **env: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "app.py"
    script.write_text(OWN_PROVIDER_APP)
    environ = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "OTEL_MICROMETRICS_"))},
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "OTEL_EXPORTER_OTLP_ENDPOINT": endpoint,
        "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf",
        "OTEL_TRACES_EXPORTER": "none",
        "OTEL_LOGS_EXPORTER": "none",
        "OTEL_METRIC_EXPORT_INTERVAL": "600000",  # one export, at exit
        "OTEL_MICROMETRICS_SHUTDOWN_TIMEOUT_MS": "20000",
        **env,
    }
    done = subprocess.run(
        [sys.executable, str(script), mode], capture_output=True, text=True, timeout=300, cwd=tmp_path, env=environ
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def test_the_plugins_own_provider_keeps_more_than_2000_sets_when_the_bounds_allow(tmp_path, collector):
    """The SDK keeps 2,000 attribute sets per instrument unless a View says otherwise: the
    plugin's own MeterProvider gives micrometrics.evaluations one, so a sized limit is real."""
    endpoint, received = collector
    done = _run_app(tmp_path, endpoint, "within", OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES="tenant")
    points = _exported(received, "micrometrics.evaluations")
    assert len(points) > 2000
    assert not [p for p in points if p.get("otel.metric.overflow")]
    assert {p["tenant"] for p in points} == {f"tenant-{i}" for i in range(100)}
    truncation = [p for p in points if p["gen_ai.evaluation.name"] == "truncation"]
    assert sum(p["value"] for p in truncation) == 200  # every call counted under its own set
    assert _exported(received, "micrometrics.evaluations.overflow") == []
    assert "reached its limit" not in done.stderr


def test_the_plugins_own_provider_counts_evaluations_past_the_bounds_as_overflow(tmp_path, collector):
    endpoint, received = collector
    done = _run_app(
        tmp_path, endpoint, "beyond", OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_SEGMENT_VALUE_LIMIT="5000"
    )
    points = _exported(received, "micrometrics.evaluations")
    (overflow,) = [p for p in points if p.get("otel.metric.overflow")]
    named = [p for p in points if not p.get("otel.metric.overflow")]
    assert len(named) == 2000  # the sized limit: the crawl bounds call for fewer, 2,000 is the floor
    assert overflow["value"] + sum(p["value"] for p in named) == 3 * 1000
    assert overflow["value"] > 0
    (counted,) = _exported(received, "micrometrics.evaluations.overflow")
    assert counted["value"] == overflow["value"]
    assert done.stderr.count("reached its limit of 2000 attribute sets") == 1
