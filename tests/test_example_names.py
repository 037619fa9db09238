"""The example dashboard and alert rules query only names the plugin emits.

The plugin is driven through the real openai SDK against a local server (plain and streamed
calls, segments, a multi-turn conversation, a check that raises, a conversation outcome); the
metric names and attribute keys are read back from the SDK's in-memory reader and translated as
Prometheus' OTLP receiver does (dots to underscores, unit and ``_total`` suffixes). Every metric
and label a Grafana query or an alert rule names must be among them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openai
import pytest
import yaml
from servers.openai import chat_chunks
from servers.sse import Script, SSEServer

import otel_micrometrics
from otel_micrometrics import Result, check
from otel_micrometrics import semconv as sc
from otel_micrometrics.config import Settings

ROOT = Path(__file__).resolve().parents[1]
OBS = ROOT / "examples" / "observability"
DASHBOARD = OBS / "grafana" / "dashboards" / "micrometrics.json"
ALERTS = OBS / "alerts.yml"

GERMAN = "Ihre Bestellung ist unterwegs und kommt morgen an."
_UNITS = {"s": "seconds", "ms": "milliseconds", "By": "bytes", "1": "ratio"}


@check("raises_for_the_dashboard_test", level="run", register=False)
def raises(x: object) -> Result | None:
    raise ValueError("a broken check, so that micrometrics.check.errors is emitted")


def _reply(text: str) -> dict:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 9, "completion_tokens": 9, "total_tokens": 18},
    }


@pytest.fixture(scope="module")
def emitted(tmp_path_factory) -> dict[str, set[str]]:
    """Prometheus metric name -> label names, from one run of the plugin."""
    import sys

    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider

    reader = InMemoryMetricReader()
    providers = {
        "tracer_provider": TracerProvider(),
        "meter_provider": MeterProvider(metric_readers=[reader]),
        "logger_provider": LoggerProvider(),
    }
    module = tmp_path_factory.mktemp("checks") / "dashboard_checks.py"
    module.write_text(f"from {__name__} import raises\n")
    sys.path.insert(0, str(module.parent))
    try:
        otel_micrometrics.uninstrument()
        otel_micrometrics.instrument(
            **providers,
            settings=Settings(
                checks=("dashboard_checks:raises",),
                segment_attributes=("tenant", sc.MICROMETRICS_PROMPT_VERSION),
            ),
        )
        script = Script()
        with SSEServer(script) as srv:
            client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
            history = [{"role": "user", "content": "Wo ist meine Bestellung?"}]
            with otel_micrometrics.segment(tenant="acme", prompt_version="v7", conversation_id="c1"):
                script.push(_reply(GERMAN))
                for _ in range(3):  # turns 1-3
                    reply = client.chat.completions.create(model="gpt-4o-mini", messages=history)
                    history += [
                        {"role": "assistant", "content": reply.choices[0].message.content},
                        {"role": "user", "content": "Und wann genau?"},
                    ]
                script.replies[:] = [(200, chat_chunks(GERMAN, usage=(9, 9)))]
                stream = client.chat.completions.create(
                    model="gpt-4o-mini", messages=history, stream=True, stream_options={"include_usage": True}
                )
                for _ in stream:
                    pass
                otel_micrometrics.record_outcome("c1", "resolved")
    finally:
        otel_micrometrics.uninstrument()
        sys.path.remove(str(module.parent))
    names: dict[str, set[str]] = {}
    data = reader.get_metrics_data()
    for rm in data.resource_metrics:
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                labels = {_label(k) for p in metric.data.data_points for k in p.attributes}
                base = _label(metric.name)
                unit = _UNITS.get(metric.unit or "", "")
                if unit and not base.endswith("_" + unit):
                    base += "_" + unit
                if type(metric.data).__name__ == "Sum":
                    names[base + "_total"] = labels
                else:
                    for suffix in ("_bucket", "_sum", "_count"):
                        names[base + suffix] = labels | ({"le"} if suffix == "_bucket" else set())
    return names


def _label(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", name)


def dashboard_exprs() -> list[str]:
    dash = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for p in dash["panels"] for t in p.get("targets", [])]
    for var in dash.get("templating", {}).get("list", []):
        query = var.get("query")
        if isinstance(query, dict):
            exprs.append(query.get("query", ""))
    return exprs


def alert_exprs() -> list[str]:
    rules = yaml.safe_load(ALERTS.read_text())
    return [r["expr"] for g in rules["groups"] for r in g["rules"]]


_FUNCTIONS = {
    "sum", "rate", "by", "without", "histogram_quantile", "label_values", "increase", "max", "min", "avg",
    "count", "and", "or", "unless", "on", "ignoring", "group_left", "group_right", "bool", "offset", "clamp_min",
    "irate", "topk", "bottomk", "abs", "le",
}  # fmt: skip


def referenced(expr: str, segment_values: list[str]) -> tuple[set[str], set[str]]:
    """(metric names, label names) a PromQL expression uses; ``$segment`` is each of its values."""
    expr = re.sub(r"\[[^\]]*\]", "", expr)  # ranges
    expr = re.sub(r'"[^"]*"', '""', expr)  # string values
    labels: set[str] = set()
    for group in re.findall(r"\b(?:by|without)\s*\(([^)]*)\)", expr):
        for name in (n.strip() for n in group.split(",")):
            if name == "$segment":
                labels.update(segment_values)
            elif name:
                labels.add(name)
    labels.update(re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:=~|!~|!=|=)", expr))
    for match in re.findall(r"label_values\(\s*[A-Za-z_:][A-Za-z0-9_:]*\s*,\s*([A-Za-z_][A-Za-z0-9_]*)", expr):
        labels.add(match)
    words = set(re.findall(r"\b([A-Za-z_:][A-Za-z0-9_:]*)\b", re.sub(r"\$\w+", "", expr)))
    metrics = {w for w in words if ("_" in w and w not in labels and w not in _FUNCTIONS) and w[0].islower()}
    metrics -= {w for w in words if w in _FUNCTIONS}
    return metrics, labels


def segment_values() -> list[str]:
    dash = json.loads(DASHBOARD.read_text())
    (var,) = [v for v in dash["templating"]["list"] if v["name"] == "segment"]
    return [v.strip() for v in var["query"].split(",")]


@pytest.mark.parametrize("source", ["dashboard", "alerts"])
def test_every_metric_and_label_queried_is_emitted(emitted, source):
    exprs = dashboard_exprs() if source == "dashboard" else alert_exprs()
    assert exprs
    all_labels = set().union(*emitted.values())
    for expr in exprs:
        metrics, labels = referenced(expr, segment_values())
        for metric in metrics:
            assert metric in emitted, f"{source} queries {metric}, which the plugin does not emit: {sorted(emitted)}"
        used = {m for m in metrics if m in emitted}
        allowed = set().union(*(emitted[m] for m in used)) if used else all_labels
        for label in labels:
            assert label in allowed, f"{source} uses label {label!r} on {sorted(used)}; emitted: {sorted(allowed)}"


def test_the_segment_variable_offers_only_emitted_keys(emitted):
    on_evaluations = emitted["micrometrics_evaluations_total"]
    for value in segment_values():
        assert value in on_evaluations, (
            f"the dashboard's segment choice {value!r} matches no label; {sorted(on_evaluations)}"
        )


def test_the_run_emitted_what_the_dashboard_needs(emitted):
    # guards the test itself: the run must really have produced every kind of metric
    for name in (
        "micrometrics_evaluations_total",
        "micrometrics_check_errors_total",
        "micrometrics_conversation_outcomes_total",
        "gen_ai_client_operation_duration_seconds_bucket",
        "gen_ai_client_operation_time_to_first_chunk_seconds_bucket",
        "gen_ai_client_token_usage_sum",
    ):
        assert name in emitted, sorted(emitted)
