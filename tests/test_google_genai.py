"""google-genai through the real SDK against a local server speaking the Gemini REST wire format
(``:generateContent`` JSON, ``:streamGenerateContent?alt=sse`` server-sent events): one span per
call with the values the server sent, checks on the reply, what is its own about streams
(every way a stream can end is tested for all clients in test_stream_contract.py)."""

from __future__ import annotations

import asyncio
import gc
import importlib
import inspect
import json
from pathlib import Path

import pytest
from opentelemetry.trace import SpanKind, StatusCode

genai = pytest.importorskip("google.genai")
from google.genai import errors, types  # noqa: E402
from helpers.assertions import assert_abandoned, assert_checked_german, only_span  # noqa: E402
from servers.google_genai import MODEL, VERSION, chunks, reply  # noqa: E402
from servers.google_genai import genai_client as client  # noqa: E402
from servers.sse import Script, SSEServer  # noqa: E402

# What older SDKs lack (the supported range starts at 1.0): response ids, response_json_schema,
# and raising on an error event in the middle of a stream.
HAS_RESPONSE_ID = "response_id" in types.GenerateContentResponse.model_fields
HAS_JSON_SCHEMA = "response_json_schema" in types.GenerateContentConfig.model_fields
# older SDKs (1.0) drop the usage's thoughts_token_count: no thinking tokens to count
THOUGHTS = 6 if "thoughts_token_count" in types.GenerateContentResponseUsageMetadata.model_fields else 0
RAISES_MID_STREAM = '{"error":' in inspect.getsource(importlib.import_module("google.genai._api_client"))

SEMCONV = Path(__file__).parent / "cassettes" / "semconv"  # the conventions' JSON schemas
GERMAN = "Ihre Bestellung wurde gestern verschickt und kommt voraussichtlich morgen bei Ihnen an."
QUESTION = "Wo ist meine Bestellung? Sie sollte schon längst da sein."


@pytest.fixture
def gem():
    script = Script()
    with SSEServer(script) as srv:
        yield srv, script


# --- generate_content --------------------------------------------------------------------------


def test_generate_content_span_has_what_the_server_sent(instrumented, gem):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = gem
    script.push(reply(usage=(31, 17), cached=4, thoughts=6))
    config = types.GenerateContentConfig(
        system_instruction="Antworte immer auf Deutsch.",
        temperature=0.2,
        max_output_tokens=200,
        top_k=20,
        stop_sequences=["ENDE"],
    )
    response = client(srv).models.generate_content(model=MODEL, contents=QUESTION, config=config)
    assert isinstance(response, types.GenerateContentResponse)
    assert response.text == GERMAN
    span = only_span(tel)
    a = span.attributes
    assert span.name == f"generate_content {MODEL}"
    assert span.kind is SpanKind.CLIENT
    assert a["gen_ai.operation.name"] == "generate_content"
    assert a["gen_ai.provider.name"] == "gcp.gen_ai"
    assert a["gen_ai.request.model"] == MODEL
    assert a["gen_ai.response.model"] == VERSION
    assert a.get("gen_ai.response.id") == ("resp-gem-1" if HAS_RESPONSE_ID else None)
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)
    assert a["gen_ai.usage.input_tokens"] == 31
    # thinking counts in the output tokens (the conventions), and is reported on its own as well
    assert a["gen_ai.usage.output_tokens"] == 17 + THOUGHTS
    assert a.get("gen_ai.usage.reasoning.output_tokens") == (THOUGHTS or None)
    assert a["gen_ai.usage.cache_read.input_tokens"] == 4
    assert a["gen_ai.request.temperature"] == 0.2
    assert a["gen_ai.request.max_tokens"] == 200
    assert a["gen_ai.request.top_k"] == 20.0 and isinstance(a["gen_ai.request.top_k"], float)  # a double
    assert tuple(a["gen_ai.request.stop_sequences"]) == ("ENDE",)
    assert a["server.address"] == "127.0.0.1" and a["server.port"] == srv.port
    assert json.loads(a["gen_ai.system_instructions"]) == [{"type": "text", "content": "Antworte immer auf Deutsch."}]
    assert json.loads(a["gen_ai.input.messages"]) == [
        {"role": "user", "parts": [{"type": "text", "content": QUESTION}]}
    ]
    (out,) = json.loads(a["gen_ai.output.messages"])
    assert out["parts"] == [{"type": "text", "content": GERMAN}] and out["finish_reason"] == "stop"
    assert_checked_german(span)
    tokens = {p.attributes["gen_ai.token.type"]: p.sum for p in tel.metric_points("gen_ai.client.token.usage")}
    assert tokens == {"input": 31, "output": 17 + THOUGHTS}
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.attributes["gen_ai.provider.name"] == "gcp.gen_ai"
    (path,) = srv.paths  # /v1/... or /v1beta/..., by SDK version
    assert path.endswith(f"/models/{MODEL}:generateContent")


def test_input_messages_are_the_history_in_the_conventions_shape(instrumented, gem):
    """The system instruction apart (``gen_ai.system_instructions``), the contents as the history:
    model turns as assistant, thoughts as reasoning, function calls and responses with their ids."""
    import jsonschema

    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = gem
    script.push(reply())
    contents = [
        types.Content(role="user", parts=[types.Part(text="Wo ist A-17?")]),
        types.Content(
            role="model",
            parts=[
                types.Part(text="Erst nachsehen.", thought=True),
                types.Part(function_call=types.FunctionCall(id="call-1", name="get_order", args={"id": "A-17"})),
            ],
        ),
        types.Content(
            role="user",
            parts=[
                types.Part(
                    function_response=types.FunctionResponse(
                        id="call-1", name="get_order", response={"status": "shipped"}
                    )
                )
            ],
        ),
        {"role": "model", "parts": [{"text": "Unterwegs."}]},
        "Und wann kommt es an?",
    ]
    config = types.GenerateContentConfig(system_instruction="Antworte auf Deutsch.")
    client(srv).models.generate_content(model=MODEL, contents=contents, config=config)
    a = only_span(tel).attributes
    assert json.loads(a["gen_ai.system_instructions"]) == [{"type": "text", "content": "Antworte auf Deutsch."}]
    history = json.loads(a["gen_ai.input.messages"])
    assert history == [
        {"role": "user", "parts": [{"type": "text", "content": "Wo ist A-17?"}]},
        {
            "role": "assistant",
            "parts": [
                {"type": "reasoning", "content": "Erst nachsehen."},
                {"type": "tool_call", "id": "call-1", "name": "get_order", "arguments": {"id": "A-17"}},
            ],
        },
        {"role": "tool", "parts": [{"type": "tool_call_response", "id": "call-1", "response": {"status": "shipped"}}]},
        {"role": "assistant", "parts": [{"type": "text", "content": "Unterwegs."}]},
        {"role": "user", "parts": [{"type": "text", "content": "Und wann kommt es an?"}]},
    ]
    schema = json.loads((SEMCONV / "gen-ai-input-messages.json").read_text())
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(history))
    assert a["micrometrics.turn.index"] == 2  # function responses are not user turns


def test_without_usage_metadata_no_usage_is_invented(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    body = reply()
    del body["usageMetadata"]
    script.push(body)
    client(srv).models.generate_content(model=MODEL, contents=QUESTION)
    a = only_span(tel).attributes
    assert "gen_ai.usage.input_tokens" not in a and "gen_ai.usage.output_tokens" not in a
    assert tel.metric_points("gen_ai.client.token.usage") == []


def test_max_tokens_fails_truncation(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push(reply("Ihre Bestellung wurde gestern", finish="MAX_TOKENS"))
    client(srv).models.generate_content(model=MODEL, contents=QUESTION)
    a = only_span(tel).attributes
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("max_tokens",)
    assert a["micrometrics.truncation.label"] == "fail"
    assert a["micrometrics.content_filter.label"] == "pass"
    assert tel.evaluations()[("truncation", "fail")] == 1


@pytest.mark.parametrize("reason", ["SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION"])
def test_filtered_finish_reasons_fail_content_filter(instrumented, gem, reason):
    tel = instrumented()
    srv, script = gem
    script.push(reply("", finish=reason, parts=[]))
    client(srv).models.generate_content(model=MODEL, contents=QUESTION)
    a = only_span(tel).attributes
    assert tuple(a["gen_ai.response.finish_reasons"]) == (reason.lower(),)
    assert a["micrometrics.content_filter.label"] == "fail"
    assert a["micrometrics.truncation.label"] == "pass"


def test_blocked_prompt_reports_block_reason(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push(
        {
            "promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},
            "modelVersion": VERSION,
            "usageMetadata": {"promptTokenCount": 9, "totalTokenCount": 9},
        }
    )
    response = client(srv).models.generate_content(model=MODEL, contents=QUESTION)
    assert not response.candidates
    a = only_span(tel).attributes
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("prohibited_content",)
    assert a["micrometrics.content_filter.label"] == "fail"
    assert a["micrometrics.empty_response.label"] == "fail"
    assert a["gen_ai.usage.input_tokens"] == 9


def test_function_call_reply_and_declared_tools(instrumented, gem):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = gem
    call = {"functionCall": {"id": "call-1", "name": "get_order", "args": {"order_id": "A-17"}}}
    script.push(reply(parts=[call]))
    weather = types.FunctionDeclaration(
        name="get_order",
        description="Look an order up.",
        parameters=types.Schema(type="OBJECT", properties={"order_id": types.Schema(type="STRING")}),
    )
    config = types.GenerateContentConfig(tools=[types.Tool(function_declarations=[weather])])
    response = client(srv).models.generate_content(model=MODEL, contents=QUESTION, config=config)
    assert response.function_calls[0].args == {"order_id": "A-17"}
    a = only_span(tel).attributes
    (out,) = json.loads(a["gen_ai.output.messages"])
    assert out["parts"] == [
        {"type": "tool_call", "id": "call-1", "name": "get_order", "arguments": {"order_id": "A-17"}}
    ]
    assert a["micrometrics.empty_response.label"] == "pass"
    assert srv.requests[0]["tools"][0]["functionDeclarations"][0]["name"] == "get_order"


def test_request_reading_tools_schema_and_history():
    """The adapter's reading of a request, with the SDK's own types (no server needed)."""
    from pydantic import BaseModel

    from otel_micrometrics.instrumentors.google_genai import GenerateContentAdapter

    class Order(BaseModel):
        order_id: str
        status: str

    def cancel_order(order_id: str) -> str:
        """Cancel an order."""
        return "ok"

    params = types.Schema(type="OBJECT", properties={"id": types.Schema(type="STRING")})
    decl = types.FunctionDeclaration(name="get_order", description="Look an order up.", parameters=params)
    config = types.GenerateContentConfig(
        system_instruction=types.Content(parts=[types.Part(text="Sei knapp."), types.Part(text="Sei höflich.")]),
        response_mime_type="application/json",
        response_schema=Order,
        tools=[types.Tool(function_declarations=[decl]), cancel_order],
    )
    contents = [
        types.Content(role="user", parts=[types.Part(text="Wo ist A-17?")]),
        types.Content(
            role="model",
            parts=[
                types.Part(function_call=types.FunctionCall(name="get_order", args={"id": "A-17"})),
            ],
        ),
        types.Content(
            role="user",
            parts=[
                types.Part(function_response=types.FunctionResponse(name="get_order", response={"status": "shipped"}))
            ],
        ),
        {"role": "model", "parts": [{"text": "Unterwegs."}]},
        "Und wann kommt es an?",
    ]
    request = {"model": MODEL, "contents": contents, "config": config}
    x = GenerateContentAdapter().request(client_for_reading(), (), request)
    assert x.system_instructions == ["Sei knapp.\nSei höflich."]
    assert [(m.role, m.content) for m in x.messages] == [
        ("user", "Wo ist A-17?"),
        ("assistant", ""),
        ("tool", '{"status": "shipped"}'),
        ("assistant", "Unterwegs."),
        ("user", "Und wann kommt es an?"),
    ]
    assert x.turn_index == 2
    assert x.output_format["type"] == "json_schema"
    assert x.output_format["schema"]["properties"]["status"]["type"] == "string"
    assert [t["name"] for t in x.tools] == ["get_order", "cancel_order"]
    assert x.tools[0]["parameters"]["properties"]["id"]["type"] == "STRING"
    assert x.tools[1]["description"] == "Cancel an order."

    plain = GenerateContentAdapter().request(
        client_for_reading(),
        (),
        {
            "model": MODEL,
            "contents": ["Teil eins", "Teil zwei"],
            "config": {"response_mime_type": "application/json", "systemInstruction": "Nur JSON."},
        },
    )
    assert [(m.role, m.content) for m in plain.messages] == [("user", "Teil eins\nTeil zwei")]
    assert plain.output_format == {"type": "json_object"}
    assert plain.system_instructions == ["Nur JSON."]


_READER = None


def client_for_reading():
    global _READER
    _READER = _READER or genai.Client(
        api_key="k", http_options=types.HttpOptions(base_url="https://gemini.example:8443")
    )
    return _READER.models


def test_json_mode_sets_output_type(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push(reply('{"status": "shipped"}'))
    if HAS_JSON_SCHEMA:
        schema = {"response_json_schema": {"type": "object"}}
    else:
        schema = {"response_schema": {"type": "OBJECT"}}
    config = types.GenerateContentConfig(response_mime_type="application/json", **schema)
    client(srv).models.generate_content(model=MODEL, contents=QUESTION, config=config)
    assert only_span(tel).attributes["gen_ai.output.type"] == "json"


@pytest.mark.parametrize(("status", "error_class"), [(400, "ClientError"), (503, "ServerError")])
def test_api_error_reaches_app_unchanged(instrumented, gem, status, error_class):
    tel = instrumented()
    srv, script = gem
    script.push({"error": {"code": status, "message": "the server said no", "status": "X"}}, status=status)
    with pytest.raises(errors.APIError) as info:
        client(srv).models.generate_content(model=MODEL, contents=QUESTION)
    assert type(info.value).__name__ == error_class
    assert info.value.code == status
    assert "the server said no" in str(info.value)
    span = only_span(tel)
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["error.type"] == error_class
    assert tel.evaluations() == {}
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.attributes["error.type"] == error_class


def test_vertex_mode_is_gcp_vertex_ai(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push(reply())
    try:
        vertex = genai.Client(
            vertexai=True, api_key="test-key", http_options=types.HttpOptions(base_url=f"http://127.0.0.1:{srv.port}")
        )
    except Exception as exc:  # older SDKs need a project and credentials in Vertex mode
        pytest.skip(f"Vertex express mode not available: {exc}")
    vertex.models.generate_content(model=MODEL, contents=QUESTION)
    assert srv.paths[0].endswith(f"/publishers/google/models/{MODEL}:generateContent")
    span = only_span(tel)
    assert span.attributes["gen_ai.provider.name"] == "gcp.vertex_ai"
    assert_checked_german(span)


def test_chat_session_one_span_per_message_with_history(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push(reply())
    chat = client(srv).chats.create(model=MODEL)
    chat.send_message(QUESTION)
    chat.send_message("Und wann genau kommt sie an?")
    spans = tel.finished_spans()
    assert len(spans) == 2
    assert [s.attributes["micrometrics.turn.index"] for s in spans] == [1, 2]
    assert len(srv.requests[1]["contents"]) == 3


def test_async_generate_content(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push(reply(usage=(7, 8)))

    async def main():
        return await client(srv).aio.models.generate_content(model=MODEL, contents=QUESTION)

    assert asyncio.run(main()).text == GERMAN
    span = only_span(tel)
    assert span.attributes["gen_ai.usage.input_tokens"] == 7
    assert span.attributes["gen_ai.usage.output_tokens"] == 8
    assert_checked_german(span)


def test_async_api_error(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push({"error": {"code": 429, "message": "quota", "status": "RESOURCE_EXHAUSTED"}}, status=429)

    async def main():
        await client(srv).aio.models.generate_content(model=MODEL, contents=QUESTION)

    with pytest.raises(errors.ClientError) as info:
        asyncio.run(main())
    assert info.value.code == 429
    assert only_span(tel).attributes["error.type"] == "ClientError"


def test_uninstrument_restores_the_sdk(instrumented, gem):
    from google.genai import models

    originals = {
        (k, m): vars(getattr(models, k))[m]
        for k in ("Models", "AsyncModels")
        for m in ("generate_content", "generate_content_stream")
    }
    tel = instrumented()
    assert all(vars(getattr(models, k))[m] is not f for (k, m), f in originals.items())
    import otel_micrometrics

    otel_micrometrics.uninstrument()
    assert all(vars(getattr(models, k))[m] is f for (k, m), f in originals.items())
    srv, script = gem
    script.push(reply())
    client(srv).models.generate_content(model=MODEL, contents=QUESTION)
    assert tel.finished_spans() == []


# --- generate_content_stream --------------------------------------------------------------------


def stream(srv, **config):
    return client(srv).models.generate_content_stream(
        model=MODEL, contents=QUESTION, config=types.GenerateContentConfig(**config) if config else None
    )


def test_stream_http_error_before_first_chunk(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push({"error": {"code": 400, "message": "bad request", "status": "INVALID_ARGUMENT"}}, status=400)
    with pytest.raises(errors.ClientError):
        list(stream(srv))
    span = only_span(tel)
    assert span.attributes["error.type"] == "ClientError"
    assert tel.metric_points("gen_ai.client.operation.time_to_first_chunk") == []


def test_stream_never_read_then_collected(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push(chunks())
    it = stream(srv)
    del it
    gc.collect()
    assert_abandoned(only_span(tel), tel)
    assert srv.requests == []  # the SDK's generator never sent the request


def test_stream_max_tokens(instrumented, gem):
    tel = instrumented()
    srv, script = gem
    script.push(chunks(finish="MAX_TOKENS"))
    for _ in stream(srv):
        pass
    a = only_span(tel).attributes
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("max_tokens",)
    assert a["micrometrics.truncation.label"] == "fail"


# --- async streams -----------------------------------------------------------------------------


async def astream(srv):
    return await client(srv).aio.models.generate_content_stream(model=MODEL, contents=QUESTION)


def test_guard_retries_with_an_extended_system_instruction(instrumented, gem):
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="run", OTEL_MICROMETRICS_GUARD="language_mismatch")
    srv, script = gem
    script.push(reply("Your order was shipped yesterday and should arrive tomorrow, thank you."))
    script.push(reply())
    config = types.GenerateContentConfig(system_instruction="Sei freundlich.")
    response = client(srv).models.generate_content(model=MODEL, contents=QUESTION, config=config)
    assert response.text == GERMAN
    assert len(srv.requests) == 2
    first, retry = (r["systemInstruction"]["parts"][0]["text"] for r in srv.requests)
    assert first == "Sei freundlich."
    assert retry.startswith("Sei freundlich.\n\n") and len(retry) > len(first) + 10
    assert srv.requests[1]["contents"] == srv.requests[0]["contents"]
    spans = {s.name: s for s in tel.finished_spans()}
    assert spans[f"guard generate_content {MODEL}"].attributes["micrometrics.guard.outcome"] == "recovered"


def test_streams_are_never_guarded(instrumented, gem):
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="run", OTEL_MICROMETRICS_GUARD="language_mismatch")
    srv, script = gem
    script.push(chunks("Your order was shipped yesterday and should arrive tomorrow, thank you."))
    list(stream(srv))
    assert len(srv.requests) == 1
    assert only_span(tel).attributes["micrometrics.language_mismatch.label"] == "fail"


def test_entry_point_and_supported_range():
    from importlib.metadata import entry_points

    from otel_micrometrics.instrumentors.google_genai import GoogleGenAIInstrumentor

    (ep,) = [e for e in entry_points(group="opentelemetry_instrumentor") if e.name == "micrometrics_google_genai"]
    assert ep.load() is GoogleGenAIInstrumentor
    assert tuple(GoogleGenAIInstrumentor().instrumentation_dependencies()) == ("google-genai >= 1.0.0, < 4",)
