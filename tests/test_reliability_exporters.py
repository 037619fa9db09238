"""An OTLP endpoint that is closed, answers 500, or answers slowly: the application's calls keep
their speed, nothing raises, memory stays bounded. Each case runs in its own process with the SDK
the plugin sets up from the standard OTEL_* variables, side by side with a process exporting
nowhere; the ratios compared are generous, since the machine is shared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CALLS = 600

APP = textwrap.dedent("""
    import json, os, socket, statistics, sys, time

    sys.path.insert(0, "tests")
    from servers.otlp import OTLPCollector

    mode = sys.argv[1]
    hits = []

    if mode == "closed":
        s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    else:
        collector = OTLPCollector(status=500 if mode == "500" else 200, delay=3 if mode == "slow" else 0)
        collector.__enter__()
        hits = collector.paths
        port = collector.port
    os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"] = f"http://127.0.0.1:{port}"
    if mode == "none":
        for kind in ("TRACES", "METRICS", "LOGS"):
            os.environ[f"OTEL_{kind}_EXPORTER"] = "none"

    import httpx2, openai, otel_micrometrics
    otel_micrometrics.instrument()  # sets up the SDK with OTLP/HTTP exporters from OTEL_*

    body = json.dumps({"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Fine, thanks."}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 3, "total_tokens": 6}}).encode()
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0, http_client=httpx2.Client(
        transport=httpx2.MockTransport(lambda r: httpx2.Response(200, content=body, headers={"content-type": "application/json"}))))

    def rss():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    times, errors, warm_rss = [], 0, 0
    for i in range(int(sys.argv[2])):
        if i == 100:
            warm_rss = rss()
        started = time.perf_counter()
        try:
            reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
            assert reply.choices[0].message.content == "Fine, thanks."
        except Exception:
            errors += 1
        times.append(time.perf_counter() - started)
    # The calls may all be done before an exporter thread got the GIL for its first request: give
    # it a bounded moment, so that "the exporters really tried" is observed, not raced.
    deadline = time.monotonic() + 5
    while mode != "closed" and not hits and time.monotonic() < deadline:
        time.sleep(0.01)
    print(json.dumps({"median": statistics.median(times), "errors": errors, "growth": rss() - warm_rss,
                      "hits": len(hits)}), flush=True)
    os._exit(0)  # the latency is what is measured here; exit-time flushing has its own test
""")


def run(tmp_path: Path, mode: str) -> dict:
    script = tmp_path / "app.py"
    script.write_text(APP)
    env = {
        **os.environ,
        "OTEL_EXPORTER_OTLP_TIMEOUT": "1",
        "OTEL_BSP_SCHEDULE_DELAY": "50",
        "OTEL_BLRP_SCHEDULE_DELAY": "50",
        "OTEL_METRIC_EXPORT_INTERVAL": "100",
        "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf",
    }
    done = subprocess.run(
        [sys.executable, str(script), mode, str(CALLS)], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> dict:
    return run(tmp_path_factory.mktemp("none"), "none")


@pytest.mark.parametrize("mode", ["closed", "500", "slow"])
def test_a_failing_collector_costs_the_application_nothing(tmp_path, baseline, mode):
    result = run(tmp_path, mode)
    assert result["errors"] == 0 and baseline["errors"] == 0
    if mode != "closed":
        assert result["hits"] > 0  # the exporters really tried, and failed or waited
    # the export happens on the SDK's own threads: the call's median stays where it was
    assert result["median"] <= 3 * baseline["median"] + 0.002, (result, baseline)
    # queues are bounded (spans, logs: 2048 each) and metrics aggregate: no growth with the backlog
    assert result["growth"] <= baseline["growth"] + 40 * 1024 * 1024, (result, baseline)
