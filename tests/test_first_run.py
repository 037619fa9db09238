"""A new user's first run: quiet and fast with no collector, silent about what is not installed.

Each case runs a small application in its own process (the plugin sets up the SDK from the
standard OTEL_* variables, as for a user who runs ``instrument()``) and reads its stderr and
how long it took to exit after its last line. The collector is a closed port, or a socket that
accepts connections and never answers. The baseline is the same application exporting nowhere
(``OTEL_*_EXPORTER=none``), measured in the same test, since the machine is shared.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import sysconfig
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

APP = textwrap.dedent("""
    import json, os, sys, time
    setup = sys.argv[1]
    if setup == "own-tracer":  # the application set up tracing itself, nothing else
        from opentelemetry import trace
        from opentelemetry.sdk.trace import TracerProvider
        trace.set_tracer_provider(TracerProvider())

    import httpx, openai, otel_micrometrics
    otel_micrometrics.instrument()

    body = json.dumps({"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Fine, thanks."}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 3, "total_tokens": 6}}).encode()
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0, http_client=httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body, headers={"content-type": "application/json"}))))
    for _ in range(3):
        reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        assert reply.choices[0].message.content == "Fine, thanks."
    time.sleep(float(sys.argv[2]))  # a long-running app: the exporters try (and fail) meanwhile
    otel_micrometrics.uninstrument()
    otel_micrometrics.uninstrument()  # a second call is harmless and silent
    print(time.time(), flush=True)
""")


def run_app(
    tmp_path: Path, endpoint: str | None, setup: str = "plain", wait: float = 0.0, **env: str
) -> tuple[float, list[str]]:
    """Run the app; return (seconds from its last line to the end of the process, stderr lines)."""
    script = tmp_path / "app.py"
    script.write_text(APP)
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "PYTHONPATH"))}
    environ["PYTHONPATH"] = str(ROOT)
    environ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf"
    if endpoint is None:
        environ.update({f"OTEL_{kind}_EXPORTER": "none" for kind in ("TRACES", "METRICS", "LOGS")})
    else:
        environ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint
    environ.update(env)
    done = subprocess.run(
        [sys.executable, str(script), setup, str(wait)], capture_output=True, text=True, timeout=120, env=environ
    )
    ended = time.time()
    assert done.returncode == 0, done.stderr[-3000:]
    return ended - float(done.stdout.split()[-1]), [line for line in done.stderr.splitlines() if line.strip()]


@pytest.fixture
def closed_port() -> str:
    """An endpoint where nothing listens (connection refused)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def silent_collector() -> Iterator[tuple[str, socket.socket]]:
    """An endpoint that accepts connections (the kernel completes them) and never answers."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(64)
    try:
        yield f"http://127.0.0.1:{s.getsockname()[1]}", s
    finally:
        s.close()


def accepted_connections(listener: socket.socket) -> int:
    listener.setblocking(False)
    count = 0
    while True:
        try:
            conn, _ = listener.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


def assert_one_dropped_line(lines: list[str], endpoint: str) -> None:
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("otel-micrometrics: telemetry not delivered to " + endpoint + ": dropped "), line
    assert "OTEL_MICROMETRICS_SHUTDOWN_TIMEOUT_MS" in line
    assert "span" in line


def test_no_collector_one_line_and_exit_within_a_second(tmp_path, closed_port):
    baseline, quiet = run_app(tmp_path, None)
    assert quiet == []
    took, lines = run_app(tmp_path, closed_port)
    assert_one_dropped_line(lines, closed_port)
    # the exporters' retries alone take 15 s here; the plugin waits 1 s in all (plus scheduling slack)
    assert took - baseline <= 1.0 + 0.6, (took, baseline)


def test_a_collector_that_never_answers_costs_at_most_the_deadline(tmp_path, silent_collector):
    endpoint, listener = silent_collector
    baseline, _ = run_app(tmp_path, None)
    took, lines = run_app(tmp_path, endpoint)
    assert accepted_connections(listener) >= 1  # the exporters did connect, and got no answer
    assert_one_dropped_line(lines, endpoint)
    assert "and whatever was still queued" in lines[0]
    assert took - baseline <= 1.0 + 0.6, (took, baseline)


def test_the_exit_deadline_is_configurable(tmp_path, silent_collector):
    endpoint, _ = silent_collector
    baseline, _ = run_app(tmp_path, None)
    took, lines = run_app(tmp_path, endpoint, OTEL_MICROMETRICS_SHUTDOWN_TIMEOUT_MS="200")
    assert_one_dropped_line(lines, endpoint)
    assert "at most 0.2 s" in lines[0]
    assert took - baseline <= 0.2 + 0.6, (took, baseline)


def test_a_running_app_hears_once_per_signal_and_never_the_retries(tmp_path, closed_port):
    _, lines = run_app(
        tmp_path,
        closed_port,
        wait=2.5,
        OTEL_BSP_SCHEDULE_DELAY="50",
        OTEL_BLRP_SCHEDULE_DELAY="50",
        OTEL_METRIC_EXPORT_INTERVAL="100",
        OTEL_EXPORTER_OTLP_TIMEOUT="1",  # each export gives up after 1 s of retries
        OTEL_MICROMETRICS_EVENTS="all",  # the reply passes every check: events for the passes too
    )
    runtime = [line for line in lines if line.startswith("otel-micrometrics: cannot export")]
    assert sorted(line.split()[3] for line in runtime) == ["events", "metric", "spans"], lines
    for line in runtime:
        assert closed_port + "/v1/" in line and "dropped" in line
    assert len(lines) == len(runtime) + 1, lines  # and the exit's summary
    assert lines[-1].startswith("otel-micrometrics: telemetry not delivered to " + closed_port)
    assert not any("Transient error" in line or "Traceback" in line or "retrying" in line for line in lines)


def test_the_applications_own_provider_is_respected(tmp_path, silent_collector):
    endpoint, listener = silent_collector
    baseline, _ = run_app(tmp_path, None, setup="own-tracer")
    took, lines = run_app(tmp_path, endpoint, setup="own-tracer")
    assert accepted_connections(listener) == 0  # the plugin made no exporter of its own
    assert len(lines) == 1, lines
    assert "the application set up its own OpenTelemetry SDK" in lines[0]
    assert "no provider for metrics and logs" in lines[0]
    assert "gen_ai.evaluation.result events" in lines[0]
    assert took - baseline <= 0.6, (took, baseline)


# --- installs with fewer client libraries: what is not installed is simply not there ----------

_OTHER_CLIENTS = ("anthropic", "google_genai", "ollama", "boto3", "botocore", "langchain", "aiobotocore")


def install_without(farm: Path, left_out: tuple[str, ...]) -> Path:
    """A directory that links everything installed except ``left_out`` (their modules and their
    distribution metadata), used as the whole ``sys.path`` beside the stdlib (``python -S``)."""
    site = Path(sysconfig.get_paths()["purelib"])
    for entry in site.iterdir():
        name = entry.name.lower().replace("-", "_")
        if name.startswith(left_out) or name.endswith(".pth"):
            continue
        (farm / entry.name).symlink_to(entry)
    return farm


def run_installed(tmp_path: Path, farm: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "PYTHONPATH"))}
    environ.update({f"OTEL_{kind}_EXPORTER": "none" for kind in ("TRACES", "METRICS", "LOGS")})
    environ["PYTHONPATH"] = f"{ROOT}{os.pathsep}{farm}"
    return subprocess.run([sys.executable, "-S", *args], capture_output=True, text=True, timeout=120, env=environ)


def test_an_openai_only_install_instruments_in_silence(tmp_path):
    (tmp_path / "site").mkdir()
    script = tmp_path / "app.py"
    script.write_text(
        textwrap.dedent("""
            import importlib.util, logging, otel_micrometrics
            assert importlib.util.find_spec("anthropic") is None  # really not installed here
            otel_micrometrics.instrument()
            import openai  # wrapped now, when the app imports it
            assert hasattr(openai._base_client.SyncAPIClient.request, "__wrapped__")
            otel_micrometrics.uninstrument()
            otel_micrometrics.uninstrument()
            assert not hasattr(openai._base_client.SyncAPIClient.request, "__wrapped__")
            print("ok")
        """)
    )
    done = run_installed(tmp_path, install_without(tmp_path / "site", _OTHER_CLIENTS), str(script))
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"
    assert done.stderr == ""


def test_the_demo_without_openai_says_what_to_install(tmp_path):
    (tmp_path / "site").mkdir()
    farm = install_without(tmp_path / "site", ("openai",))
    done = run_installed(
        tmp_path, farm, "-c", "import sys; from otel_micrometrics.cli import main; sys.exit(main(['demo']))"
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == 'otel-micrometrics demo needs the openai SDK: pip install "otel-micrometrics[demo]"\n'
