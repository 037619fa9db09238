"""Privacy and cardinality: no conversation text leaves the process unless opted in, and then
only where the conventions put it; metric attribute sets stay bounded; no network of our own."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openai
import pytest
import wrapt
from helpers.telemetry import exported
from opentelemetry.instrumentation.utils import unwrap
from servers.openai import chat_chunks, response_events, response_object
from servers.sse import SSEServer

import otel_micrometrics
from otel_micrometrics.config import Settings
from otel_micrometrics.exchange import Exchange, Message
from otel_micrometrics.instrumentors import lifecycle

ROOT = Path(__file__).resolve().parents[1]
SYSTEM = "SysSentinelQ7x"
USER = "UserSentinelQ7x"
TOOL_ARG = "ToolArgSentinelQ7x"
TOOL_RESULT = "ToolResultSentinelQ7x"
REPLY = "ReplySentinelQ7x"
EMBED = "EmbedSentinelQ7x"
ALL = (SYSTEM, USER, TOOL_ARG, TOOL_RESULT, REPLY, EMBED)

REPLY_TEXT = f"Your order shipped yesterday {REPLY} and should arrive tomorrow before noon."
ARGS = json.dumps({"order": TOOL_ARG})
MESSAGES = [
    {"role": "system", "content": f"You are a shop assistant. {SYSTEM}"},
    {"role": "user", "content": f"Where is my order? It should be here by now. {USER}"},
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [{"id": "call_0", "type": "function", "function": {"name": "lookup", "arguments": ARGS}}],
    },
    {"role": "tool", "tool_call_id": "call_0", "content": f"shipped {TOOL_RESULT}"},
]
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "lookup",
            "description": "Find an order",
            "parameters": {"type": "object", "properties": {"order": {"type": "string"}}},
        },
    }
]


def chat_body() -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-mini",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": REPLY_TEXT,
                    "tool_calls": [
                        {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": ARGS}}
                    ],
                },
            }
        ],
        "usage": {"prompt_tokens": 30, "completion_tokens": 20, "total_tokens": 50},
    }


def responder(path: str, body: dict[str, Any]) -> tuple[int, Any]:
    stream = bool(body.get("stream"))
    if path.endswith("/chat/completions"):
        if stream:
            return 200, chat_chunks(
                REPLY_TEXT,
                finish_reason="tool_calls",
                usage=(30, 20),
                tool_calls=[{"id": "call_1", "name": "lookup", "arguments": ARGS}],
            )
        return 200, chat_body()
    if path.endswith("/responses"):
        calls = [("call_1", "lookup", ARGS)]
        return 200, response_events(REPLY_TEXT, calls=calls) if stream else response_object(REPLY_TEXT, calls=calls)
    if path.endswith("/embeddings"):
        return 200, {
            "object": "list",
            "model": "text-embedding-3-small",
            "usage": {"prompt_tokens": 3, "total_tokens": 3},
            "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
        }
    return 404, {"error": {"message": "not here"}}


RESPONSES_INPUT = [
    {"role": "user", "content": f"Where is my order? It should be here by now. {USER}"},
    {"type": "function_call_output", "call_id": "call_0", "output": f"shipped {TOOL_RESULT}"},
]


def shapes(base_url: str) -> dict[str, Callable[[], Any]]:
    sync = openai.OpenAI(base_url=base_url, api_key="k", max_retries=0)
    chat = dict(model="gpt-4o-mini", messages=MESSAGES, tools=TOOLS)

    def aio():  # one per event loop: each shape runs in its own asyncio.run()
        return openai.AsyncOpenAI(base_url=base_url, api_key="k", max_retries=0)

    async def chat_async():
        return await aio().chat.completions.create(**chat)

    async def chat_stream_async():
        return [c async for c in await aio().chat.completions.create(**chat, stream=True)]

    def streaming_response():
        with sync.chat.completions.with_streaming_response.create(**chat) as raw:
            return raw.parse()

    found = {
        "chat": lambda: sync.chat.completions.create(**chat),
        "chat async": chat_async,
        "chat stream": lambda: list(sync.chat.completions.create(**chat, stream=True)),
        "chat stream async": chat_stream_async,
        "chat with_raw_response": lambda: sync.chat.completions.with_raw_response.create(**chat).parse(),
        "chat with_streaming_response": streaming_response,
        "embeddings": lambda: sync.embeddings.create(model="text-embedding-3-small", input=f"hello {EMBED}"),
    }
    if hasattr(sync, "responses"):
        responses = dict(model="gpt-4o-mini", instructions=f"Be brief. {SYSTEM}", input=RESPONSES_INPUT)
        found["responses"] = lambda: sync.responses.create(**responses)
        found["responses stream"] = lambda: list(sync.responses.create(**responses, stream=True))
    return found


def run_shape(call: Callable[[], Any]) -> None:
    import asyncio
    import inspect

    if inspect.iscoroutinefunction(call):
        asyncio.run(call())
    else:
        call()


@pytest.fixture
def sse():
    with SSEServer(responder) as srv:
        yield srv


def test_by_default_no_conversation_text_leaves_the_process(instrumented, sse, caplog):
    caplog.set_level(logging.DEBUG, logger="otel_micrometrics")
    tel = instrumented()
    calls = shapes(sse.base_url)
    for call in calls.values():
        run_shape(call)
    assert len(tel.finished_spans()) == len(calls)
    assert tel.evaluations()[("language_mismatch", "pass")] >= 1  # the checks did read the text
    for kind, data in exported(tel).items():
        assert len(data) > 100
        for sentinel in ALL:
            assert sentinel.encode() not in data, (kind, sentinel)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not [s for s in ALL if s in logged]


def test_opted_in_content_goes_exactly_where_the_conventions_put_it(instrumented, sse):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    calls = shapes(sse.base_url)
    for call in calls.values():
        run_shape(call)
    where = {
        "gen_ai.system_instructions": {SYSTEM},
        # chat history as sent: system turns and the assistant's earlier tool calls keep their place
        "gen_ai.input.messages": {SYSTEM, USER, TOOL_RESULT, TOOL_ARG},
        "gen_ai.output.messages": {REPLY, TOOL_ARG},
    }
    spans = {s.name + " " + str(i): s for i, s in enumerate(tel.finished_spans())}
    for name, span in spans.items():
        for key, value in span.attributes.items():
            text = json.dumps(value) if not isinstance(value, str) else value
            present = {s for s in ALL if s in text}
            assert present <= where.get(key, set()), (name, key, present)
        if span.attributes["gen_ai.operation.name"] == "chat":
            inputs = json.loads(span.attributes["gen_ai.input.messages"])
            # once: separately where the API has them apart, else in the history (conventions)
            assert (SYSTEM in span.attributes.get("gen_ai.system_instructions", "")) != (
                SYSTEM in span.attributes["gen_ai.input.messages"]
            )
            assert any(USER in p.get("content", "") for m in inputs for p in m["parts"])
            outputs = json.loads(span.attributes["gen_ai.output.messages"])
            parts = outputs[0]["parts"]
            assert any(p["type"] == "text" and REPLY in p["content"] for p in parts)
            assert any(p["type"] == "tool_call" and TOOL_ARG in json.dumps(p["arguments"]) for p in parts)
    data = exported(tel)
    for sentinel in ALL:  # never on events or metrics, opted in or not
        assert sentinel.encode() not in data["logs"] and sentinel.encode() not in data["metrics"]
    assert EMBED.encode() not in data["spans"]  # embeddings inputs are not messages


# --- cardinality ---------------------------------------------------------------------------------


class ModelLLM:
    def complete(self, prompt: str, model: str, turns: int = 1) -> dict[str, Any]:
        return {"text": "Sure, done.", "finish": "stop"}


class ModelAdapter:
    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange:
        turns = kwargs.get("turns", 1)
        return Exchange(provider="fake", request_model=args[1], messages=[Message("user", args[0])] * turns)

    def response(self, exchange: Exchange, response: Any) -> None:
        exchange.output_text = response["text"]
        exchange.finish_reasons = [response["finish"]]


@pytest.fixture
def model_llm():
    wrapt.wrap_function_wrapper(ModelLLM, "complete", lifecycle.sync_wrapper(ModelAdapter()))
    yield ModelLLM()
    unwrap(ModelLLM, "complete")


def test_ten_thousand_distinct_values_make_a_bounded_number_of_series(telemetry, model_llm):
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk.trace import TracerProvider

    otel_micrometrics.uninstrument()
    otel_micrometrics.instrument(
        tracer_provider=TracerProvider(),
        meter_provider=telemetry.meter_provider,
        logger_provider=LoggerProvider(),
        settings=Settings(
            level="crawl", segment_attributes=("tenant", "micrometrics.prompt.version"), segment_value_limit=50
        ),
    )
    long_prefix = "ft:gpt-4o-mini:acme:" + "x" * 300
    try:
        for i in range(10_000):
            with otel_micrometrics.segment(tenant=f"tenant-{i}", prompt_version=f"v{i % 7}", user_id=f"user-{i}"):
                model_llm.complete("hi", f"{long_prefix}-{i}")
    finally:
        otel_micrometrics.uninstrument()
    points = telemetry.metric_points("micrometrics.evaluations")
    tenants = {p.attributes["tenant"] for p in points}
    assert len(tenants) == 51 and "_OTHER" in tenants  # 50 distinct values, then _OTHER
    assert {p.attributes["micrometrics.prompt.version"] for p in points} == {f"v{i}" for i in range(7)}
    assert not any("user_id" in p.attributes for p in points)  # not in the allow-list
    models = {p.attributes["gen_ai.request.model"] for p in points}
    assert models == {long_prefix[:128]}
    sets = {frozenset(p.attributes.items()) for p in points}
    # 3 crawl checks x 1 label each x (tenants x prompt versions actually seen)
    assert len(sets) <= 3 * 51 * 7
    assert sum(p.value for p in points if p.attributes["gen_ai.evaluation.name"] == "truncation") == 10_000
    durations = telemetry.metric_points("gen_ai.client.operation.duration")
    assert len({frozenset(p.attributes.items()) for p in durations}) <= 51 * 7


# --- no network of our own -----------------------------------------------------------------------

NO_NETWORK = textwrap.dedent("""
    import ipaddress, json, socket, sys
    blocked = []

    def loopback(host):
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return host == "localhost"

    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not loopback(address[0]):
            blocked.append(("connect", str(address[0])))
            raise OSError("network blocked by the test")
        return real_connect(self, address)

    def getaddrinfo(host, *a, **k):
        if host is not None and not loopback(str(host)):
            blocked.append(("getaddrinfo", str(host)))
            raise socket.gaierror("name resolution blocked by the test")
        return real_getaddrinfo(host, *a, **k)

    socket.socket.connect = connect
    socket.getaddrinfo = getaddrinfo

    sys.path.insert(0, "tests")
    import otel_micrometrics
    from helpers.telemetry import make_telemetry
    from test_reliability_privacy import responder, run_shape, shapes
    from servers.sse import SSEServer

    tel = make_telemetry()
    otel_micrometrics.instrument(tracer_provider=tel.tracer_provider, meter_provider=tel.meter_provider,
                                 logger_provider=tel.logger_provider)
    texts = ["Das Paket kommt morgen bei Ihnen an, vielen Dank für Ihre Geduld.",
             "Le colis arrivera demain, merci pour votre patience.", "明日お届けします。ご不便をおかけしております。"]
    from otel_micrometrics.checks import language
    found = [language.identify(t) for t in texts]
    with SSEServer(responder) as srv:
        for call in shapes(srv.base_url).values():
            run_shape(call)
    print(json.dumps({"blocked": blocked, "spans": len(tel.finished_spans()),
                      "languages": [f.lang if f else None for f in found]}))
""")


def test_no_network_connection_of_our_own(tmp_path):
    script = tmp_path / "offline.py"
    script.write_text(NO_NETWORK)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "OTEL_TRACES_EXPORTER": "none",
        "OTEL_METRICS_EXPORTER": "none",
        "OTEL_LOGS_EXPORTER": "none",
    }
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["blocked"] == []
    assert result["spans"] >= 7
    assert result["languages"] == ["de", "fr", "ja"]  # the identifier worked, from its bundled model


# --- anthropic -------------------------------------------------------------------------------------


def test_anthropic_call_shapes_leak_nothing_by_default(instrumented, caplog):
    anthropic = pytest.importorskip("anthropic")
    from servers.anthropic import MessagesServer, message, stream_events

    caplog.set_level(logging.DEBUG, logger="otel_micrometrics")
    tel = instrumented()
    history = [
        {"role": "user", "content": f"Where is my order? It should be here by now. {USER}"},
        {
            "role": "assistant",
            "content": [{"type": "tool_use", "id": "tu_0", "name": "lookup", "input": {"order": TOOL_ARG}}],
        },
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "tu_0", "content": f"shipped {TOOL_RESULT}"}],
        },
    ]
    request = dict(
        model="claude-sonnet-4-5", max_tokens=100, system=f"You are a shop assistant. {SYSTEM}", messages=history
    )
    reply = message(
        REPLY_TEXT, stop_reason="tool_use", tool_uses=[{"id": "tu_1", "name": "lookup", "input": {"order": TOOL_ARG}}]
    )
    with MessagesServer() as srv:
        client = anthropic.Anthropic(base_url=srv.base_url, api_key="k", max_retries=0)
        srv.push_json(reply)
        client.messages.create(**request)
        srv.push_json(reply)
        client.messages.with_raw_response.create(**request).parse()
        srv.push_stream(stream_events(REPLY_TEXT.split(" ")))
        list(client.messages.create(**request, stream=True))
        srv.push_json(reply)

        async def in_async():
            aclient = anthropic.AsyncAnthropic(base_url=srv.base_url, api_key="k", max_retries=0)
            await aclient.messages.create(**request)

        import asyncio

        asyncio.run(in_async())
    assert len(tel.finished_spans()) == 4
    assert sum(v for (name, _), v in tel.evaluations().items() if name == "language_mismatch") >= 1
    for kind, data in exported(tel).items():
        for sentinel in ALL:
            assert sentinel.encode() not in data, (kind, sentinel)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not [s for s in ALL if s in logged]


SITE_BLOCK = textwrap.dedent("""
    # Loaded at interpreter start (sitecustomize): every non-loopback connection or name lookup is
    # refused and written down, so a test run can prove the plugin reached out to no one.
    import ipaddress, os, socket

    _log = os.environ["MICROMETRICS_BLOCKED_LOG"]
    open(_log + ".loaded", "w").close()  # proves the block was in place for the run

    def _loopback(host):
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return host == "localhost"

    def _note(what, host):
        with open(_log, "a") as fh:
            fh.write(f"{what} {host}\\n")

    _connect, _getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
            _note("connect", address[0])
            raise OSError("network blocked by the test")
        return _connect(self, address)

    def getaddrinfo(host, *a, **k):
        if host is not None and not _loopback(str(host)):
            _note("getaddrinfo", host)
            raise socket.gaierror("name resolution blocked by the test")
        return _getaddrinfo(host, *a, **k)

    socket.socket.connect = connect
    socket.getaddrinfo = getaddrinfo
""")


def test_no_network_for_any_client_call_shape(tmp_path):
    """The call shapes of every other client library (their privacy tests), run with the network
    blocked from interpreter start: no connection or lookup is attempted."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITE_BLOCK)
    blocked = tmp_path / "blocked.log"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHONPATH": str(site),
        "MICROMETRICS_BLOCKED_LOG": str(blocked),
        "OTEL_TRACES_EXPORTER": "none",
        "OTEL_METRICS_EXPORTER": "none",
        "OTEL_LOGS_EXPORTER": "none",
    }
    args = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "--no-cov",
        "-p",
        "no:cacheprovider",
        "tests/test_reliability_privacy_clients.py",
        "tests/test_reliability_privacy.py::test_anthropic_call_shapes_leak_nothing_by_default",
    ]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "7 passed" in done.stdout
    assert (tmp_path / "blocked.log.loaded").exists()
    assert not blocked.exists() or blocked.read_text() == ""


# --- a schema's remote $ref is never fetched ------------------------------------------------------


class ConnectionRecorder:
    """A socket on 127.0.0.1 that writes down every connection made to it (then closes it)."""

    def __init__(self) -> None:
        import socket
        import threading

        self.connections = 0
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self.port = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._sock.close()


@pytest.fixture
def recorder():
    rec = ConnectionRecorder()
    yield rec
    rec.close()


def test_a_schemas_remote_ref_is_never_fetched(instrumented, server, recorder):
    """``$ref`` to a URL, and ``$id`` URL plus a relative ``$ref``: the json check opens no
    connection; it says the schema was not checked. A local ``#/...`` reference still works."""
    from servers.openai import completion

    srv, replies = server
    tel = instrumented()
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    remote = f"http://127.0.0.1:{recorder.port}"
    schemas = {
        "absolute": {"type": "object", "properties": {"a": {"$ref": f"{remote}/a.json"}}},
        "relative": {"$id": f"{remote}/root.json", "type": "object", "properties": {"a": {"$ref": "a.json"}}},
        "local": {
            "$id": f"{remote}/root.json",
            "type": "object",
            "properties": {"a": {"$ref": "#/$defs/word"}},
            "$defs": {"word": {"type": "string"}},
        },
    }
    replies.push(completion('{"a": 1}'))
    for name, schema in schemas.items():
        fmt = {"type": "json_schema", "json_schema": {"name": name, "schema": schema}}
        reply = client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION, response_format=fmt)
        assert reply.choices[0].message.content == '{"a": 1}'
    assert recorder.connections == 0
    spans = tel.finished_spans()
    assert [s.attributes["micrometrics.json_validity.label"] for s in spans] == ["pass", "pass", "fail"]
    explained = {
        e.attributes.get("gen_ai.evaluation.explanation")
        for e in tel.events()
        if e.attributes.get("gen_ai.evaluation.name") == "json_validity"
    }
    assert "reply violates the schema at properties.a.type" in explained


QUESTION = [{"role": "user", "content": "Give me the object as JSON, please, nothing else."}]


# --- errors that quote the request ----------------------------------------------------------------


def quoting_error(path: str, body: dict[str, Any]) -> tuple[int, Any]:
    """What some servers do: an error whose message quotes the request's text."""
    quoted = f"could not process the message {USER!r} in {json.dumps(body)[:200]}"
    if body.get("stream") and body.get("model") == "mid-stream":
        return 200, [*chat_chunks("Your order", done=False)[:2], {"error": {"message": quoted, "type": "x"}}]
    status = 500 if body.get("stream") else 400
    return status, {"error": {"message": quoted, "type": "invalid_request_error"}}


@pytest.mark.parametrize("capture", [False, True])
def test_an_error_quoting_the_prompt_stays_out_of_the_span_unless_captured(instrumented, capture):
    anthropic = pytest.importorskip("anthropic")
    from servers.anthropic import MessagesServer, error_body, stream_events

    env = {"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"} if capture else {}
    tel = instrumented(**env)
    question = [{"role": "user", "content": f"Where is my order? {USER}"}]
    raised = []
    with SSEServer(quoting_error) as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        for model, stream in (("gpt-4o-mini", False), ("gpt-4o-mini", True), ("mid-stream", True)):
            with pytest.raises(openai.APIError) as info:
                reply = client.chat.completions.create(model=model, messages=question, stream=stream)
                list(reply) if stream else None
            raised.append(info.value)
    quoted = f"could not process the message {USER!r}"
    with MessagesServer() as srv:
        aclient = anthropic.Anthropic(base_url=srv.base_url, api_key="k", max_retries=0)
        srv.push_json(error_body("invalid_request_error", quoted), status=400)
        with pytest.raises(anthropic.BadRequestError) as info:
            aclient.messages.create(model="claude-sonnet-4-5", max_tokens=10, messages=question)
        raised.append(info.value)
        events = stream_events(["Your", " order"])
        srv.push_stream([*events[:3], ("error", error_body("overloaded_error", quoted))])
        with pytest.raises(anthropic.APIStatusError) as info:
            list(aclient.messages.create(model="claude-sonnet-4-5", max_tokens=10, messages=question, stream=True))
        raised.append(info.value)
    assert all(USER in str(exc) for exc in raised)  # the application still sees the whole error
    spans = tel.finished_spans()
    assert len(spans) == 5
    statuses = [s.status.description for s in spans]
    kinds = [type(exc).__qualname__ for exc in raised]
    assert [s.attributes["error.type"] for s in spans] == kinds
    if capture:
        assert all(USER in d for d in statuses)
        return
    assert statuses[:4] == [
        "BadRequestError (HTTP 400)",
        "InternalServerError (HTTP 500)",
        "APIError",
        "BadRequestError (HTTP 400)",
    ]
    assert statuses[4].startswith(kinds[4])  # the SDK's class for an error event (its status as it says)
    assert [s.attributes.get("http.response.status_code") for s in spans[:4]] == [400, 500, None, 400]
    for span, exc in zip(spans, raised, strict=True):
        (event,) = span.events
        assert dict(event.attributes) == {"exception.type": f"{type(exc).__module__}.{type(exc).__qualname__}"}
    data = exported(tel)
    for kind, blob in data.items():
        assert USER.encode() not in blob, kind


# --- explanations quote no message text ----------------------------------------------------------

WORD = "zqxwordsentinel"


def test_explanations_never_quote_the_conversation(instrumented, server):
    """Replies and user messages that trip the checks whose explanations used to quote them
    (a handoff sentence, a frustration phrase): with capture off, no word of them is exported."""
    from servers.openai import completion

    srv, replies = server
    tel = instrumented(OTEL_MICROMETRICS_EVENTS="all")
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    history = [
        {"role": "user", "content": "Meine Bestellung ist nicht angekommen, wo ist sie?"},
        {"role": "assistant", "content": "Ich sehe nach, einen Moment bitte."},
        {"role": "user", "content": f"You are not understanding {WORD} at all, I want to talk to a human {WORD}"},
    ]
    replies.push(completion(f"Einen Moment bitte, ich verbinde Sie jetzt mit einem {WORD} Mitarbeiter."))
    client.chat.completions.create(model="gpt-4o-mini", messages=history)
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.handoff.label"] == "handoff"
    assert span.attributes["micrometrics.user_frustration.label"] == "fail"
    explained = {
        e.attributes.get("gen_ai.evaluation.name"): e.attributes.get("gen_ai.evaluation.explanation")
        for e in tel.events()
    }
    assert explained["user_frustration"] == "a frustration phrase"
    for kind, data in exported(tel).items():
        assert WORD.encode() not in data.lower(), kind


def test_the_servers_model_names_make_a_bounded_number_of_series(instrumented, server):
    """A server answering with a new model name each time: duration and token series stop
    growing at the segment value limit (then ``_OTHER``); the span keeps the real name."""
    from servers.openai import completion

    srv, replies = server
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_VALUE_LIMIT="20")
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    for i in range(60):
        replies.queue[:] = [(200, completion("Sure, here you go.", model=f"model-{i}"))]
        client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
    assert tel.finished_spans()[-1].attributes["gen_ai.response.model"] == "model-59"
    for metric in ("gen_ai.client.operation.duration", "gen_ai.client.token.usage"):
        models = {p.attributes["gen_ai.response.model"] for p in tel.metric_points(metric)}
        assert models == {f"model-{i}" for i in range(20)} | {"_OTHER"}, metric
    durations = tel.metric_points("gen_ai.client.operation.duration")
    assert sum(p.count for p in durations) == 60


def test_many_segment_keys_never_push_the_required_attributes_off_the_span(instrumented, server, caplog):
    from otel_micrometrics import config

    MAX_SEGMENT_KEYS = getattr(config, "MAX_SEGMENT_KEYS", 20)
    srv, _replies = server
    keys = [f"team.key{i}" for i in range(150)]
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES=",".join(keys))
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    with otel_micrometrics.segment({k: "v" for k in keys}):
        client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
    (span,) = tel.finished_spans()
    assert span.attributes["gen_ai.operation.name"] == "chat"
    assert span.attributes["gen_ai.provider.name"] == "openai"
    assert span.attributes["gen_ai.request.model"] == "gpt-4o-mini"
    assert span.attributes["gen_ai.response.model"]
    assert [k for k in span.attributes if k.startswith("team.")] == keys[:MAX_SEGMENT_KEYS]
    (point,) = tel.metric_points("gen_ai.client.operation.duration")
    assert len([k for k in point.attributes if k.startswith("team.")]) == MAX_SEGMENT_KEYS
    warned = [r.getMessage() for r in caplog.records if "OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES" in r.getMessage()]
    assert len(warned) == 1 and "at most 20" in warned[0]


def _evaluation_provider(limit: int):
    """A meter provider that lets micrometrics.evaluations have ``limit`` attribute sets (the
    View the docs recommend; the SDK's default is 2,000)."""
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.metrics.view import View

    reader = InMemoryMetricReader()
    view = View(instrument_name="micrometrics.evaluations", aggregation_cardinality_limit=limit)
    return MeterProvider(metric_readers=[reader], views=[view]), reader


def _instrument_with(meter_provider, settings):
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk.trace import TracerProvider

    otel_micrometrics.uninstrument()
    otel_micrometrics.instrument(
        tracer_provider=TracerProvider(),
        meter_provider=meter_provider,
        logger_provider=LoggerProvider(),
        settings=settings,
    )


def _points(reader, name):
    data = reader.get_metrics_data()
    return [
        p
        for rm in (data.resource_metrics if data else ())
        for sm in rm.scope_metrics
        for m in sm.metrics
        if m.name == name
        for p in m.data.data_points
    ]


def test_evaluation_sets_are_sized_from_the_configured_bounds(model_llm, caplog):
    """100 tenants x 4 turn buckets x 2 models at the walk level: every evaluation keeps its
    check name and label (81% went to otel.metric.overflow before)."""
    provider, reader = _evaluation_provider(100_000)
    _instrument_with(provider, Settings(segment_attributes=("tenant",)))
    try:
        calls = 0
        for tenant in range(100):
            for turns in (1, 2, 4, 8):
                for model in ("gpt-4o-mini", "gpt-4o"):
                    with otel_micrometrics.segment(tenant=f"tenant-{tenant}"):
                        model_llm.complete("Where is my order? It should be here by now.", model, turns=turns)
                    calls += 1
    finally:
        otel_micrometrics.uninstrument()
    points = _points(reader, "micrometrics.evaluations")
    assert not [p for p in points if p.attributes.get("otel.metric.overflow")]
    truncation = sum(p.value for p in points if p.attributes["gen_ai.evaluation.name"] == "truncation")
    assert truncation == calls == 800
    assert len(points) > 2000
    assert _points(reader, "micrometrics.evaluations.overflow") == []
    assert not [r for r in caplog.records if "reached its limit" in r.getMessage()]


def test_evaluation_overflow_warns_once_and_is_counted(model_llm, caplog):
    """Past the limit (more request models than the sizing assumed): one warning, and the
    evaluations counted only under otel.metric.overflow are counted in their own metric."""
    provider, reader = _evaluation_provider(100_000)
    _instrument_with(provider, Settings(level="crawl", segment_value_limit=5000))
    try:
        for i in range(1000):
            model_llm.complete("Where is my order? It should be here by now.", f"model-{i}")
    finally:
        otel_micrometrics.uninstrument()
    points = _points(reader, "micrometrics.evaluations")
    overflow = sum(p.value for p in points if p.attributes.get("otel.metric.overflow"))
    named = sum(p.value for p in points if not p.attributes.get("otel.metric.overflow"))
    assert overflow > 0 and overflow + named == 3 * 1000
    (counted,) = _points(reader, "micrometrics.evaluations.overflow")
    assert counted.value == overflow
    assert len([r for r in caplog.records if "reached its limit" in r.getMessage()]) == 1


def test_an_application_provider_without_a_view_overflows_counted_and_named(model_llm, caplog):
    """The application's own MeterProvider keeps the SDK's 2,000 sets for micrometrics.evaluations
    unless it adds a View: the plugin keeps within that, so what overflows is counted and the one
    warning says which View would keep it."""
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader

    reader = InMemoryMetricReader()
    _instrument_with(MeterProvider(metric_readers=[reader]), Settings(segment_attributes=("tenant",)))
    try:
        for tenant in range(100):
            for model in ("gpt-4o-mini", "gpt-4o", "o3", "o4-mini"):
                with otel_micrometrics.segment(tenant=f"tenant-{tenant}"):
                    model_llm.complete("Where is my order? It should be here by now.", model)
    finally:
        otel_micrometrics.uninstrument()
    points = _points(reader, "micrometrics.evaluations")
    (overflow,) = [p for p in points if p.attributes.get("otel.metric.overflow")]
    assert len(points) == 2000 + 1
    (counted,) = _points(reader, "micrometrics.evaluations.overflow")
    assert counted.value == overflow.value > 0
    (warned,) = [r.getMessage() for r in caplog.records if "reached its limit" in r.getMessage()]
    assert "limit of 2000" in warned and "aggregation_cardinality_limit=" in warned
