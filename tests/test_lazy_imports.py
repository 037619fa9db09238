"""instrument() imports no client library: each is wrapped when the application imports it.

Each case runs in a fresh interpreter, the only place where "not imported yet" is true.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from servers.openai import ChatServer, completion

CLIENT_MODULES = ("openai", "anthropic", "google.genai", "ollama", "botocore", "langchain_core")

PRELUDE = textwrap.dedent("""
    import json, os, sys
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    spans = InMemorySpanExporter()
    tp = TracerProvider(); tp.add_span_processor(SimpleSpanProcessor(spans)); trace.set_tracer_provider(tp)
    import otel_micrometrics
    CLIENTS = {clients!r}
    def loaded():
        return sorted(m for m in CLIENTS if m in sys.modules)
    def call():
        import openai
        client = openai.OpenAI(base_url=os.environ["TEST_BASE_URL"], api_key="k", max_retries=0)
        reply = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{{"role": "user", "content": "Hallo, wo ist mein Paket?"}}])
        return reply.choices[0].message.content
""")


def run_app(body: str, base_url: str = "") -> dict:
    script = PRELUDE.format(clients=CLIENT_MODULES) + textwrap.dedent(body)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "OPENAI_"))}
    env["TEST_BASE_URL"] = base_url
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def server():
    with ChatServer(lambda path, body: (200, completion("Ihr Paket ist unterwegs und kommt morgen an."))) as srv:
        yield srv


def test_instrument_imports_no_client_and_wraps_openai_when_the_app_imports_it(server):
    out = run_app(
        """
        otel_micrometrics.instrument()
        before = loaded()
        reply = call()
        print(json.dumps({"before": before, "after": loaded(), "reply": reply,
                          "spans": [dict(s.attributes, _name=s.name) for s in spans.get_finished_spans()]}))
        """,
        server.base_url,
    )
    assert out["before"] == []
    assert out["after"] == ["openai"]  # importing openai pulled in no other client library
    assert out["reply"] == "Ihr Paket ist unterwegs und kommt morgen an."
    assert len(out["spans"]) == 1
    span = out["spans"][0]
    assert span["_name"] == "chat gpt-4o-mini"
    assert span["micrometrics.response_language.label"] == "de"
    assert span["micrometrics.language_mismatch.label"] == "pass"


def test_uninstrument_before_the_import_leaves_the_library_unwrapped(server):
    out = run_app(
        """
        otel_micrometrics.instrument()
        otel_micrometrics.uninstrument()
        reply = call()
        import wrapt, openai._base_client as base
        wrapped = isinstance(vars(base.SyncAPIClient)["request"], wrapt.FunctionWrapper)
        print(json.dumps({"reply": reply, "wrapped": wrapped, "spans": len(spans.get_finished_spans())}))
        """,
        server.base_url,
    )
    assert out == {"reply": "Ihr Paket ist unterwegs und kommt morgen an.", "wrapped": False, "spans": 0}


def test_instrumented_again_before_the_import_wraps_once(server):
    out = run_app(
        """
        otel_micrometrics.instrument()
        otel_micrometrics.uninstrument()
        otel_micrometrics.instrument()
        call()
        first = len(spans.get_finished_spans())
        otel_micrometrics.uninstrument()  # after the import: unwraps what the hook wrapped
        call()
        print(json.dumps({"first": first, "total": len(spans.get_finished_spans())}))
        """,
        server.base_url,
    )
    assert out == {"first": 1, "total": 1}


def test_every_client_is_wrapped_when_imported_after_instrument():
    out = run_app("""
        import wrapt
        otel_micrometrics.instrument()
        before = loaded()
        def wrapped(owner, name):
            return isinstance(vars(owner)[name], wrapt.FunctionWrapper)
        found = {}
        import openai._base_client
        found["openai"] = wrapped(openai._base_client.SyncAPIClient, "request")
        import anthropic._base_client, importlib
        base = anthropic._base_client
        found["anthropic"] = wrapped(base.SyncAPIClient, "request") and wrapped(base.AsyncAPIClient, "request")
        from google import genai
        found["google.genai"] = wrapped(importlib.import_module("google.genai.models").Models, "generate_content")
        import ollama
        found["ollama"] = wrapped(importlib.import_module("ollama._client").Client, "_request")
        import boto3, botocore.client
        found["botocore"] = wrapped(botocore.client.BaseClient, "_make_api_call")
        from langchain_core.tracers import context
        found["langchain_core"] = any(var.name == "otel_micrometrics_langchain_handler"
                                      for var, *_ in context._configure_hooks)
        print(json.dumps({"before": before, "found": found}))
        """)
    assert out["before"] == []
    assert out["found"] == dict.fromkeys(CLIENT_MODULES, True)


def test_sdk_disabled_instrumentors_started_one_by_one_wrap_nothing():
    """``opentelemetry-instrument`` starts each entry point's instrumentor itself, not through
    ``instrument()``: with OTEL_SDK_DISABLED none of them wraps its library."""
    script = textwrap.dedent("""
        import json, importlib, wrapt
        from importlib.metadata import entry_points
        for ep in entry_points(group="opentelemetry_instrumentor"):
            if ep.name.startswith("micrometrics_"):
                ep.load()().instrument()
        def wrapped(module, owner, name):
            return isinstance(vars(getattr(importlib.import_module(module), owner))[name], wrapt.FunctionWrapper)
        print(json.dumps([
            wrapped("openai._base_client", "SyncAPIClient", "request"),
            wrapped("anthropic._base_client", "SyncAPIClient", "request"),
            wrapped("google.genai.models", "Models", "generate_content"),
            wrapped("ollama._client", "Client", "_request"),
            wrapped("botocore.client", "BaseClient", "_make_api_call"),
        ]))
        """)
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    env["OTEL_SDK_DISABLED"] = "true"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == [False] * 5
