"""examples/: the observability stack's files parse, the dashboard's PromQL and the alert rules
run against the VictoriaMetrics of the end-to-end workload, promtool accepts the rules, and the
quickstart app sends real telemetry."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml
from conftest import REPO, need
from e2e_workload import DEMO_MODEL, MINI_MODEL

OBS = REPO / "examples" / "observability"
DASHBOARD = OBS / "grafana" / "dashboards" / "micrometrics.json"
ALERTS = OBS / "alerts.yml"
# Checks and metrics the e2e workload does not produce: their panels may come back empty.
# panels whose numerator needs something the workload never produces (a refusal, a stream, a broken check)
NOT_IN_WORKLOAD = ("refusal", "time_to_first_chunk", "check_errors")


def load_yaml(path: Path) -> object:
    with path.open() as fh:
        return yaml.safe_load(fh)


def test_compose_file_parses_and_mounts_files_that_exist():
    compose = load_yaml(OBS / "docker-compose.yml")
    services = compose["services"]
    assert set(services) == {"otel-collector", "prometheus", "jaeger", "grafana"}
    assert "--web.enable-otlp-receiver" in services["prometheus"]["command"]
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            assert (OBS / source).exists(), f"{name} mounts {source}, which is not in examples/observability"
    ports = {p.split(":")[0] for s in services.values() for p in s.get("ports", [])}
    assert {"4317", "4318", "3000", "9090", "16686"} <= ports


def test_collector_config_parses_and_wires_every_pipeline():
    config = load_yaml(OBS / "otel-collector.yaml")
    pipelines = config["service"]["pipelines"]
    assert set(pipelines) == {"traces", "metrics", "logs"}
    for name, pipeline in pipelines.items():
        for kind in ("receivers", "processors", "exporters"):
            for component in pipeline.get(kind, []):
                assert component in config[kind], f"{name} pipeline uses undefined {kind[:-1]} {component}"
    assert config["exporters"]["otlp_http/prometheus"]["endpoint"] == "http://prometheus:9090/api/v1/otlp"
    assert pipelines["metrics"]["exporters"] == ["otlp_http/prometheus"]
    assert pipelines["traces"]["exporters"] == ["otlp_grpc/jaeger"]


def test_prometheus_and_grafana_provisioning_parse():
    prom = load_yaml(OBS / "prometheus.yml")
    assert prom["rule_files"] == ["/etc/prometheus/alerts.yml"]
    assert "service.name" in prom["otlp"]["promote_resource_attributes"]
    ds = load_yaml(OBS / "grafana" / "provisioning" / "datasources" / "prometheus.yml")
    uids = {d["uid"] for d in ds["datasources"]}
    dash = json.loads(DASHBOARD.read_text())
    for panel in dash["panels"]:
        assert panel["datasource"]["uid"] in uids
    providers = load_yaml(OBS / "grafana" / "provisioning" / "dashboards" / "micrometrics.yml")
    assert providers["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"


def dashboard_queries() -> list[tuple[str, str]]:
    dash = json.loads(DASHBOARD.read_text())
    out = []
    for panel in dash["panels"]:
        for target in panel["targets"]:
            out.append((panel["title"], target["expr"]))
    return out


def test_dashboard_loads_and_covers_what_users_look_at():
    dash = json.loads(DASHBOARD.read_text())
    titles = " | ".join(p["title"] for p in dash["panels"]).lower()
    for needed in (
        "by model",
        "by prompt version",
        "segment",
        "language mismatch",
        "refusal",
        "truncation",
        "empty",
        "p50 / p95",
        "first chunk",
        "tokens per minute",
        "resolution rate",
    ):
        assert needed in titles, needed
    variables = {v["name"] for v in dash["templating"]["list"]}
    for _, expr in dashboard_queries():
        for var in re.findall(r"\$(\w+)", expr):
            assert var.startswith("__") or var in variables, f"undefined variable ${var} in {expr}"


def substitute(expr: str) -> str:
    """Grafana variables as a user would have them: every model and check, segment tenant."""
    return (
        expr.replace("$__rate_interval", "10m")
        .replace("$model", ".*")
        .replace("$check", ".*")
        .replace("$segment", "tenant")
    )


@pytest.mark.parametrize(
    "title,expr", dashboard_queries(), ids=[f"{t}#{i}" for i, (t, _) in enumerate(dashboard_queries())]
)
def test_every_panel_query_runs_against_the_store(vm, workload, title, expr):
    # The workload's evaluations must be in the store before the panels are asked.
    total = sum(workload.memory_evaluations.values())
    assert vm.wait_scalar(f"sum(micrometrics_evaluations_total{workload.sel()})", float(total)) == total
    body = vm.query(substitute(expr))
    assert body["status"] == "success", body
    if not any(name in expr for name in NOT_IN_WORKLOAD):
        assert body["data"]["result"], f"panel {title!r} returned no data: {substitute(expr)}"


def alert_rules() -> list[dict]:
    return [rule for group in load_yaml(ALERTS)["groups"] for rule in group["rules"]]


def test_alert_rules_cover_the_four_failures_per_model():
    rules = {r["alert"]: r for r in alert_rules()}
    for check in ("language_mismatch", "refusal", "truncation", "empty_response"):
        matching = [r for r in rules.values() if f'gen_ai_evaluation_name="{check}"' in r["expr"]]
        assert matching, check
        for rule in matching:
            assert "by (gen_ai_request_model)" in rule["expr"]
            assert rule.get("for"), f"{rule['alert']} has no duration"
            assert re.search(r">\s*[0-9.]+\s*$", rule["expr"].strip()), f"{rule['alert']} has no threshold"


def test_promtool_checks_the_rules(backends):
    promtool = need(backends, "MICROMETRICS_PROMTOOL")
    proc = subprocess.run([promtool, "check", "rules", str(ALERTS)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"SUCCESS: {len(alert_rules())} rules found" in proc.stdout


def test_alert_expressions_fire_for_the_models_that_fail(vm, workload):
    total = sum(workload.memory_evaluations.values())
    assert vm.wait_scalar(f"sum(micrometrics_evaluations_total{workload.sel()})", float(total)) == total
    firing: dict[str, set[str]] = {}
    for rule in alert_rules():
        body = vm.query(rule["expr"])
        assert body["status"] == "success", (rule["alert"], body)
        firing[rule["alert"]] = {s["metric"].get("gen_ai_request_model", "") for s in body["data"]["result"]}
    # The store may hold other runs too: assert on this workload's models only.
    assert DEMO_MODEL in firing["LLMLanguageMismatchRateHigh"]  # 1 in 10 > 2%
    assert MINI_MODEL in firing["LLMTruncationRateHigh"]  # 1 in 3 > 5%
    assert DEMO_MODEL not in firing["LLMTruncationRateHigh"]  # never truncated
    assert MINI_MODEL in firing["LLMEmptyReplyRateHigh"]  # 1 in 3 > 1%
    assert DEMO_MODEL not in firing["LLMEmptyReplyRateHigh"]
    assert DEMO_MODEL in firing["LLMConversationResolutionLow"]  # 1 of 2 resolved < 70%


def test_quickstart_sends_real_telemetry(backends, vm):
    """examples/quickstart.py against the real local model, zero config beyond OTEL_* variables."""
    llm = need(backends, "MICROMETRICS_LLM_URL")
    service = f"quickstart-e2e-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "OPENAI_"))}
    env.update(
        {
            "OTEL_SERVICE_NAME": service,
            "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf",
            "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT": vm.url + "/opentelemetry/v1/metrics",
            "OTEL_TRACES_EXPORTER": "none",
            "OTEL_LOGS_EXPORTER": "none",
            "OPENAI_BASE_URL": llm,
            "OPENAI_API_KEY": "local-model-needs-no-key",
            "QUICKSTART_MODEL": backends.get("MICROMETRICS_LLM_MODEL", "smollm2"),
            "QUICKSTART_MAX_TOKENS": "24",
        }
    )
    proc = subprocess.run(
        [sys.executable, str(REPO / "examples" / "quickstart.py")], env=env, capture_output=True, text=True, timeout=180
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
    got = vm.wait_scalar(f'sum(gen_ai_client_operation_duration_seconds_count{{service_name="{service}"}})', 1.0)
    assert got == 1
    assert (
        vm.scalar(
            f'sum(micrometrics_evaluations_total{{service_name="{service}",gen_ai_evaluation_name="truncation"}})'
        )
        == 1
    )
