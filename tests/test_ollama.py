"""ollama through the real client against a local server speaking Ollama's API (``/api/chat``,
``/api/generate``; streams as newline-delimited JSON ending with ``done: true``): one span per
call with the values the server sent, checks on the reply, what is its own about streams
(every way a stream can end is tested for all clients in test_stream_contract.py)."""

from __future__ import annotations

import asyncio
import gc
import importlib
import json

import pytest
from opentelemetry.trace import SpanKind, StatusCode

ollama = pytest.importorskip("ollama")

from helpers.assertions import assert_checked_german, only_span  # noqa: E402
from servers.ollama import MODEL, chat_lines, chat_reply, generate_reply  # noqa: E402
from servers.ollama import ollama_async_client as aclient  # noqa: E402
from servers.ollama import ollama_client as client  # noqa: E402
from servers.sse import Script, SSEServer  # noqa: E402

GERMAN = "Ihre Bestellung wurde gestern verschickt und kommt voraussichtlich morgen bei Ihnen an."
QUESTION = [{"role": "user", "content": "Wo ist meine Bestellung? Sie sollte schon längst da sein."}]


@pytest.fixture
def oll():
    script = Script()
    with SSEServer(script) as srv:
        yield srv, script


# --- chat and generate ----------------------------------------------------------------------------


def test_chat_span_has_what_the_server_sent(instrumented, oll):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = oll
    script.push(chat_reply(usage=(26, 18)))
    messages = [{"role": "system", "content": "Antworte auf Deutsch."}, *QUESTION]
    response = client(srv).chat(
        model=MODEL, messages=messages, options={"temperature": 0.3, "num_predict": 128, "top_k": 40, "stop": ["ENDE"]}
    )
    assert isinstance(response, ollama.ChatResponse)
    assert response.message.content == GERMAN
    span = only_span(tel)
    a = span.attributes
    assert span.name == f"chat {MODEL}"
    assert span.kind is SpanKind.CLIENT
    assert a["gen_ai.operation.name"] == "chat"
    assert a["gen_ai.provider.name"] == "ollama"
    assert a["gen_ai.request.model"] == MODEL
    assert a["gen_ai.response.model"] == f"{MODEL}:latest"
    assert "gen_ai.response.id" not in a
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)
    assert a["gen_ai.usage.input_tokens"] == 26
    assert a["gen_ai.usage.output_tokens"] == 18
    assert a["gen_ai.request.temperature"] == 0.3
    assert a["gen_ai.request.max_tokens"] == 128
    assert a["gen_ai.request.top_k"] == 40
    assert tuple(a["gen_ai.request.stop_sequences"]) == ("ENDE",)
    assert a["server.address"] == "127.0.0.1" and a["server.port"] == srv.port
    assert json.loads(a["gen_ai.system_instructions"]) == [{"type": "text", "content": "Antworte auf Deutsch."}]
    assert json.loads(a["gen_ai.input.messages"]) == [
        {"role": "user", "parts": [{"type": "text", "content": QUESTION[0]["content"]}]}
    ]
    assert_checked_german(span)
    tokens = {p.attributes["gen_ai.token.type"]: p.sum for p in tel.metric_points("gen_ai.client.token.usage")}
    assert tokens == {"input": 26, "output": 18}
    assert srv.paths == ["/api/chat"]


def test_length_fails_truncation(instrumented, oll):
    tel = instrumented()
    srv, script = oll
    script.push(chat_reply("Ihre Bestellung wurde", reason="length"))
    client(srv).chat(model=MODEL, messages=QUESTION)
    a = only_span(tel).attributes
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("length",)
    assert a["micrometrics.truncation.label"] == "fail"


def test_without_counts_no_usage_is_invented(instrumented, oll):
    tel = instrumented()
    srv, script = oll
    script.push(chat_reply(usage=None))
    client(srv).chat(model=MODEL, messages=QUESTION)
    a = only_span(tel).attributes
    assert "gen_ai.usage.input_tokens" not in a and "gen_ai.usage.output_tokens" not in a
    assert tel.metric_points("gen_ai.client.token.usage") == []


def test_generate_is_text_completion(instrumented, oll):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = oll
    script.push(generate_reply(usage=(11, 19)))
    response = client(srv).generate(model=MODEL, prompt=QUESTION[0]["content"], system="Antworte auf Deutsch.")
    assert response.response == GERMAN
    span = only_span(tel)
    a = span.attributes
    assert span.name == f"text_completion {MODEL}"
    assert a["gen_ai.operation.name"] == "text_completion"
    assert a["gen_ai.usage.input_tokens"] == 11 and a["gen_ai.usage.output_tokens"] == 19
    assert json.loads(a["gen_ai.system_instructions"])[0]["content"] == "Antworte auf Deutsch."
    assert_checked_german(span)
    assert srv.paths == ["/api/generate"]


SCHEMA = {"type": "object", "properties": {"status": {"type": "string"}}}


@pytest.mark.parametrize("fmt", ["json", SCHEMA])
def test_format_sets_output_type(instrumented, oll, fmt):
    from otel_micrometrics.instrumentors.ollama import ChatAdapter

    if fmt is SCHEMA and "JsonSchemaValue" not in vars(importlib.import_module("ollama._types")):
        pytest.skip("this ollama version takes no JSON schema as format")

    tel = instrumented()
    srv, script = oll
    script.push(chat_reply('{"status": "shipped"}'))
    client(srv).chat(model=MODEL, messages=QUESTION, format=fmt)
    assert only_span(tel).attributes["gen_ai.output.type"] == "json"
    x = ChatAdapter().request(client(srv), (ollama.ChatResponse, "POST", "/api/chat"), {"json": srv.requests[0]})
    expected = {"type": "json_object"} if fmt == "json" else {"type": "json_schema", "schema": fmt, "strict": False}
    assert x.output_format == expected


def test_tool_calls_and_declared_tools(instrumented, oll):
    from otel_micrometrics.instrumentors.ollama import ChatAdapter

    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = oll
    script.push(chat_reply("", tool_calls=[{"function": {"name": "get_order", "arguments": {"order_id": "A-17"}}}]))

    def get_order(order_id: str) -> str:
        """Look an order up.

        Args:
          order_id: The order number
        """
        return "shipped"

    response = client(srv).chat(model=MODEL, messages=QUESTION, tools=[get_order])
    assert response.message.tool_calls[0].function.arguments == {"order_id": "A-17"}
    a = only_span(tel).attributes
    (out,) = json.loads(a["gen_ai.output.messages"])
    assert out["parts"] == [{"type": "tool_call", "id": None, "name": "get_order", "arguments": {"order_id": "A-17"}}]
    assert a["micrometrics.empty_response.label"] == "pass"
    # the declared tools as the client sent them (a Python function turned into JSON schema)
    (tool,) = json.loads(a["gen_ai.tool.definitions"])
    assert tool["name"] == "get_order"
    assert tool["description"].startswith("Look an order up.")
    assert tool["parameters"]["properties"]["order_id"]["type"] == "string"
    x = ChatAdapter().request(client(srv), (ollama.ChatResponse, "POST", "/api/chat"), {"json": srv.requests[0]})
    assert x.tools == [] and x.messages == []  # read once the call has ended (request_messages)


def test_tool_result_turn_is_not_a_user_turn(instrumented, oll):
    tel = instrumented()
    srv, script = oll
    script.push(chat_reply())
    messages = [
        *QUESTION,
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [{"function": {"name": "get_order", "arguments": {"order_id": "A-17"}}}],
        },
        {"role": "tool", "content": "shipped", "tool_name": "get_order"},
    ]
    client(srv).chat(model=MODEL, messages=messages)
    assert only_span(tel).attributes["micrometrics.turn.index"] == 1


@pytest.mark.parametrize("status", [404, 500])
def test_api_error_reaches_app_unchanged(instrumented, oll, status):
    tel = instrumented()
    srv, script = oll
    script.push({"error": f"model '{MODEL}' not found"}, status=status)
    with pytest.raises(ollama.ResponseError) as info:
        client(srv).chat(model=MODEL, messages=QUESTION)
    assert info.value.status_code == status
    assert "not found" in info.value.error
    span = only_span(tel)
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["error.type"] == "ResponseError"
    assert tel.evaluations() == {}


def test_module_level_functions(instrumented, oll, monkeypatch):
    tel = instrumented()
    srv, script = oll
    script.push(chat_reply())
    default = ollama._client  # the package's default Client, behind ollama.chat / ollama.generate
    monkeypatch.setattr(default._client, "base_url", f"http://127.0.0.1:{srv.port}")
    assert ollama.chat(MODEL, messages=QUESTION).message.content == GERMAN
    script.replies[:] = [(200, generate_reply())]
    assert ollama.generate(MODEL, "Hallo").response == GERMAN
    spans = tel.finished_spans()
    assert [s.name for s in spans] == [f"chat {MODEL}", f"text_completion {MODEL}"]
    assert_checked_german(spans[0])


def test_other_endpoints_pass_through(instrumented, oll):
    tel = instrumented()
    srv, script = oll
    script.push({"embeddings": [[0.1, 0.2]], "model": MODEL})
    client(srv).embed(model=MODEL, input="Hallo")
    assert tel.finished_spans() == []


def test_async_chat(instrumented, oll):
    tel = instrumented()
    srv, script = oll
    script.push(chat_reply(usage=(3, 4)))

    async def main():
        return await aclient(srv).chat(model=MODEL, messages=QUESTION)

    assert asyncio.run(main()).message.content == GERMAN
    span = only_span(tel)
    assert span.attributes["gen_ai.usage.input_tokens"] == 3
    assert span.attributes["gen_ai.usage.output_tokens"] == 4
    assert_checked_german(span)


def test_async_api_error(instrumented, oll):
    tel = instrumented()
    srv, script = oll
    script.push({"error": "boom"}, status=500)

    async def main():
        await aclient(srv).generate(model=MODEL, prompt="Hallo")

    with pytest.raises(ollama.ResponseError) as info:
        asyncio.run(main())
    assert info.value.status_code == 500
    assert only_span(tel).attributes["error.type"] == "ResponseError"


def test_uninstrument_restores_the_client(instrumented, oll):
    import sys

    mod = sys.modules["ollama._client"]  # the package rebinds ollama._client to its default Client
    originals = {k: vars(getattr(mod, k))["_request"] for k in ("Client", "AsyncClient")}
    tel = instrumented()
    assert all(vars(getattr(mod, k))["_request"] is not f for k, f in originals.items())
    import otel_micrometrics

    otel_micrometrics.uninstrument()
    assert all(vars(getattr(mod, k))["_request"] is f for k, f in originals.items())
    srv, script = oll
    script.push(chat_reply())
    client(srv).chat(model=MODEL, messages=QUESTION)
    assert tel.finished_spans() == []


def test_guard_retries_chat_with_an_instruction(instrumented, oll):
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="run", OTEL_MICROMETRICS_GUARD="language_mismatch")
    srv, script = oll
    script.push(chat_reply("Your order was shipped yesterday and should arrive tomorrow, thank you."))
    script.push(chat_reply())
    response = client(srv).chat(model=MODEL, messages=QUESTION)
    assert response.message.content == GERMAN
    assert len(srv.requests) == 2
    retry = srv.requests[1]["messages"]
    assert retry[:-1] == srv.requests[0]["messages"] and retry[-1]["role"] == "system"
    spans = {s.name: s for s in tel.finished_spans()}
    assert spans[f"guard chat {MODEL}"].attributes["micrometrics.guard.outcome"] == "recovered"


# --- streams -------------------------------------------------------------------------------------


def stream(srv):
    return client(srv).chat(model=MODEL, messages=QUESTION, stream=True)


def test_generate_stream(instrumented, oll):
    tel = instrumented()
    srv, script = oll
    script.push(chat_lines(generate=True, usage=(2, 9)))
    text = "".join(c.response for c in client(srv).generate(model=MODEL, prompt=QUESTION[0]["content"], stream=True))
    assert text == GERMAN
    span = only_span(tel)
    assert span.name == f"text_completion {MODEL}"
    assert span.attributes["gen_ai.usage.output_tokens"] == 9
    assert_checked_german(span)


def test_stream_length(instrumented, oll):
    tel = instrumented()
    srv, script = oll
    script.push(chat_lines(reason="length"))
    list(stream(srv))
    assert only_span(tel).attributes["micrometrics.truncation.label"] == "fail"


def test_stream_http_error_before_first_chunk(instrumented, oll):
    tel = instrumented()
    srv, script = oll
    script.push({"error": "model not found"}, status=404)
    with pytest.raises(ollama.ResponseError) as info:
        list(stream(srv))
    assert info.value.status_code == 404
    assert only_span(tel).attributes["error.type"] == "ResponseError"


# --- async streams -------------------------------------------------------------------------------


async def astream(srv):
    return await aclient(srv).chat(model=MODEL, messages=QUESTION, stream=True)


def test_proxied_generators_are_no_context_managers_as_before(instrumented, oll):
    """``with`` on a generator fails at entry, body not run, with or without the proxy."""
    tel = instrumented()
    srv, script = oll
    script.push(chat_lines())
    ran = []
    with pytest.raises(TypeError, match="context manager protocol"):
        with stream(srv):
            ran.append(True)
    assert ran == []

    async def main():
        async with await astream(srv):
            ran.append(True)

    with pytest.raises(TypeError, match="asynchronous context manager protocol"):
        asyncio.run(main())
    assert ran == []
    gc.collect()
    spans = tel.finished_spans()
    assert len(spans) == 2 and all(s.attributes["micrometrics.stream.abandoned"] for s in spans)


def test_entry_point_and_supported_range():
    from importlib.metadata import entry_points

    from otel_micrometrics.instrumentors.ollama import OllamaInstrumentor

    (ep,) = [e for e in entry_points(group="opentelemetry_instrumentor") if e.name == "micrometrics_ollama"]
    assert ep.load() is OllamaInstrumentor
    assert tuple(OllamaInstrumentor().instrumentation_dependencies()) == ("ollama >= 0.4.0, < 1",)
