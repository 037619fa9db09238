"""micrometrics.evaluations is counted in-process and read by an observable counter:
it must stay exact under concurrent calls and bounded in the number of attribute sets."""

from __future__ import annotations

import threading

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

from otel_micrometrics.config import Settings
from otel_micrometrics.telemetry import EvaluationCounts, Telemetry

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
