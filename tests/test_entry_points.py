"""How users turn the plugin on: the demo command, zero-code, one line, and off switches."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from servers.openai import ChatServer, completion

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(args, env=None, timeout=120):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "OPENAI_"))}
    full_env.update(env or {})
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=full_env, cwd=ROOT)


def test_demo_command_reports_the_turn_five_switch():
    proc = run([str(BIN / "otel-micrometrics"), "demo"])
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "language_mismatch: 1 fail of 10" in out
    assert "truncation: 0 fail of 10" in out
    rows = [line.split() for line in out.splitlines() if line.startswith(("de-support", "es-support"))]
    assert len(rows) == 10
    assert [r[3] for r in rows] == ["pass"] * 4 + ["fail"] + ["pass"] * 5
    assert rows[4][2] == "en" and rows[0][2] == "de" and rows[5][2] == "es"
    assert "the console" in out
    # telemetry itself went to stderr, one line per span
    assert proc.stderr.count("span 'chat support-bot-1'") == 10


APP_WITH_OWN_SDK = textwrap.dedent("""
    import json, os, openai
    from opentelemetry import trace, metrics
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    spans = InMemorySpanExporter(); reader = InMemoryMetricReader()
    tp = TracerProvider(); tp.add_span_processor(SimpleSpanProcessor(spans)); trace.set_tracer_provider(tp)
    metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))
    {setup}
    client = openai.OpenAI(base_url=os.environ["TEST_BASE_URL"], api_key="k", max_retries=0)
    client.chat.completions.create(model="gpt-4o-mini", messages=[
        {{"role": "user", "content": "Hallo, meine Bestellung ist noch nicht angekommen."}}])
    names = []
    for rm in reader.get_metrics_data().resource_metrics:
        for sm in rm.scope_metrics:
            names += [m.name for m in sm.metrics]
    print(json.dumps({{"spans": [dict(s.attributes, _name=s.name) for s in spans.get_finished_spans()],
                      "metrics": sorted(names)}}, default=list))
""")


def _serve():
    return ChatServer(lambda path, body: (200, completion("Ihre Bestellung ist unterwegs und kommt morgen an.")))


def test_zero_code_with_opentelemetry_instrument():
    """The user's path: `opentelemetry-instrument python app.py`, no code change, console exporters."""
    with _serve() as srv:
        proc = run(
            [str(BIN / "opentelemetry-instrument"), sys.executable, str(ROOT / "examples" / "support_bot.py")],
            env={
                "OPENAI_BASE_URL": srv.base_url,
                "OTEL_TRACES_EXPORTER": "console",
                "OTEL_METRICS_EXPORTER": "console",
                "OTEL_LOGS_EXPORTER": "console",
                "OTEL_SERVICE_NAME": "support-bot",
                # export at exit only: a loaded machine must not print a batch before the reply
                "OTEL_BSP_SCHEDULE_DELAY": "600000",
                "OTEL_BLRP_SCHEDULE_DELAY": "600000",
                # the test extra installs other openai instrumentations (companion tests)
                "OTEL_PYTHON_DISABLED_INSTRUMENTATIONS": "openai",
            },
        )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.splitlines()[0] == "Ihre Bestellung ist unterwegs und kommt morgen an."
    assert '"name": "chat gpt-4o-mini"' in out
    assert '"micrometrics.language_mismatch.label": "pass"' in out
    assert '"micrometrics.response_language.label": "de"' in out
    assert '"service.name": "support-bot"' in out
    # every check passes on this reply: by default (OTEL_MICROMETRICS_EVENTS=fail) no event at all
    assert '"event_name": "gen_ai.evaluation.result"' not in out
    assert '"name": "micrometrics.evaluations"' in out


def test_one_line_uses_the_apps_own_sdk(tmp_path):
    app = tmp_path / "app.py"
    app.write_text(APP_WITH_OWN_SDK.format(setup="import otel_micrometrics; otel_micrometrics.instrument()"))
    with _serve() as srv:
        proc = run([sys.executable, str(app)], env={"TEST_BASE_URL": srv.base_url})
    assert proc.returncode == 0, proc.stderr
    import json

    data = json.loads(proc.stdout.strip().splitlines()[-1])
    assert len(data["spans"]) == 1
    assert data["spans"][0]["micrometrics.response_language.label"] == "de"


def test_one_line_sets_up_an_sdk_when_the_app_has_none(tmp_path):
    app = tmp_path / "app.py"
    app.write_text(
        textwrap.dedent("""
        import os, openai, otel_micrometrics
        otel_micrometrics.instrument()
        client = openai.OpenAI(base_url=os.environ["TEST_BASE_URL"], api_key="k", max_retries=0)
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hallo, wie geht es?"}])
        from opentelemetry import trace
        trace.get_tracer_provider().force_flush()
    """)
    )
    with _serve() as srv:
        proc = run(
            [sys.executable, str(app)],
            env={
                "TEST_BASE_URL": srv.base_url,
                "OTEL_TRACES_EXPORTER": "console",
                "OTEL_METRICS_EXPORTER": "none",
                "OTEL_LOGS_EXPORTER": "none",
                "OTEL_SERVICE_NAME": "bot",
            },
        )
    assert proc.returncode == 0, proc.stderr
    assert '"name": "chat gpt-4o-mini"' in proc.stdout
    assert '"micrometrics.language_mismatch.label": "pass"' in proc.stdout
    assert '"service.name": "bot"' in proc.stdout


def test_sdk_disabled_means_no_instrumentation(tmp_path):
    app = tmp_path / "app.py"
    app.write_text(
        textwrap.dedent("""
        import otel_micrometrics, wrapt
        from openai import _base_client as m  # where the plugin wraps openai (SyncAPIClient.request)
        otel_micrometrics.instrument()
        print(isinstance(m.SyncAPIClient.__dict__["request"], wrapt.FunctionWrapper))
    """)
    )
    proc = run([sys.executable, str(app)], env={"OTEL_SDK_DISABLED": "true"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
