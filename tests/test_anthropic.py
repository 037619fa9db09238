"""The anthropic SDK's Messages API, driven for real against a local server speaking its wire format."""

from __future__ import annotations

import asyncio
import json
from importlib.metadata import entry_points
from typing import Any, Iterator

import anthropic
import pytest
import wrapt
from opentelemetry.trace import SpanKind, StatusCode

from messages_server import MODEL, MessagesServer, error_body, message

GERMAN_REPLY = "Ihre Bestellung wurde gestern verschickt und kommt voraussichtlich morgen bei Ihnen an."
GERMAN_QUESTION = "Wo ist meine Bestellung? Sie sollte schon längst da sein."
WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Current weather at a place.",
    "input_schema": {
        "type": "object",
        "properties": {"location": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}},
        "required": ["location"],
    },
}


@pytest.fixture
def srv() -> Iterator[MessagesServer]:
    with MessagesServer() as server:
        yield server


@pytest.fixture
def seen() -> Iterator[list[Any]]:
    """Every Exchange the checks were given, captured by a check registered for the test."""
    from otel_micrometrics import registry
    from otel_micrometrics.registry import CheckSpec

    exchanges: list[Any] = []

    def capture(exchange: Any) -> None:
        exchanges.append(exchange)
        return None

    registry.REGISTRY.add(CheckSpec(name="test_capture_exchange", function=capture, level="crawl"))
    try:
        yield exchanges
    finally:
        registry.REGISTRY.checks.pop("test_capture_exchange", None)


def client_for(server: MessagesServer, cls: Any = anthropic.Anthropic) -> Any:
    return cls(base_url=server.base_url, api_key="test-key", max_retries=0)


def ask(text: str = GERMAN_QUESTION) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]


# --- non-streaming --------------------------------------------------------------------------


def test_create_span_attributes_usage_and_checks(instrumented, srv, seen):
    tel = instrumented()
    srv.push_json(message(GERMAN_REPLY, id="msg_abc", input_tokens=40, output_tokens=17, cache_read=100, cache_write=8))
    reply = client_for(srv).messages.create(
        model="claude-sonnet-4-6",
        max_tokens=256,
        system="You are the support assistant of Kaffeehaus Online.",
        messages=ask(),
        stop_sequences=["END", "STOP"],
        extra_body={"temperature": 0.3, "top_p": 0.9, "top_k": 40},  # anthropic 2.x: no sampling kwargs
    )
    assert isinstance(reply, anthropic.types.Message)
    assert reply.content[0].text == GERMAN_REPLY
    assert reply.usage.input_tokens == 40 and reply.usage.cache_read_input_tokens == 100
    sent = srv.requests[-1]
    assert sent["system"] == "You are the support assistant of Kaffeehaus Online."
    assert (sent["temperature"], sent["top_p"], sent["top_k"]) == (0.3, 0.9, 40)

    (span,) = tel.finished_spans()
    assert span.name == "chat claude-sonnet-4-6"
    assert span.kind is SpanKind.CLIENT
    assert span.end_time is not None
    a = span.attributes
    assert a["gen_ai.operation.name"] == "chat"
    assert a["gen_ai.provider.name"] == "anthropic"
    assert a["gen_ai.request.model"] == "claude-sonnet-4-6"
    assert a["gen_ai.request.max_tokens"] == 256
    assert a["gen_ai.request.temperature"] == 0.3
    assert a["gen_ai.request.top_p"] == 0.9
    assert a["gen_ai.request.top_k"] == 40
    assert tuple(a["gen_ai.request.stop_sequences"]) == ("END", "STOP")
    assert a["gen_ai.response.id"] == "msg_abc"
    assert a["gen_ai.response.model"] == MODEL
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("end_turn",)
    # the conventions' input total includes the cache parts, which Anthropic reports apart
    assert a["gen_ai.usage.input_tokens"] == 40 + 100 + 8
    assert a["gen_ai.usage.cache_read.input_tokens"] == 100
    assert a["gen_ai.usage.cache_creation.input_tokens"] == 8
    assert a["gen_ai.usage.output_tokens"] == 17
    assert a["server.address"] == "127.0.0.1" and a["server.port"] == srv.port
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.truncation.label"] == "pass"
    assert a["micrometrics.empty_response.label"] == "pass"
    assert a["micrometrics.response_length.score"] == float(len(GERMAN_REPLY))
    assert "gen_ai.input.messages" not in a and "gen_ai.system_instructions" not in a
    assert "gen_ai.output.messages" not in a

    (x,) = seen
    assert x.provider == "anthropic" and x.streaming is False
    assert x.system_instructions == ["You are the support assistant of Kaffeehaus Online."]
    assert [(m.role, m.content) for m in x.messages] == [("user", GERMAN_QUESTION)]
    assert x.output_text == GERMAN_REPLY
    assert (x.usage.input_tokens, x.usage.output_tokens, x.usage.cache_read_tokens, x.usage.cache_creation_tokens) == (
        148, 17, 100, 8)

    tokens = {p.attributes["gen_ai.token.type"]: p for p in tel.metric_points("gen_ai.client.token.usage")}
    assert tokens["input"].sum == 148 and tokens["output"].sum == 17
    assert tokens["input"].attributes["gen_ai.provider.name"] == "anthropic"
    assert tel.metric_points("gen_ai.client.operation.time_to_first_chunk") == []


def test_create_without_cache_fields_reports_input_as_sent(instrumented, srv, seen):
    tel = instrumented()
    srv.push_json(message("Hello there.", input_tokens=21, output_tokens=4))
    client_for(srv).messages.create(model="claude-haiku-4-5", max_tokens=50, messages=ask("Hello!"))
    (span,) = tel.finished_spans()
    assert span.attributes["gen_ai.usage.input_tokens"] == 21
    assert "gen_ai.usage.cache_read.input_tokens" not in span.attributes
    assert "gen_ai.usage.cache_creation.input_tokens" not in span.attributes
    assert seen[0].usage.cache_read_tokens is None


def test_system_text_blocks_and_content_capture(instrumented, srv, seen):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv.push_json(message(GERMAN_REPLY))
    client_for(srv).messages.create(
        model="claude-sonnet-4-6",
        max_tokens=100,
        system=[
            {"type": "text", "text": "You are the support assistant."},
            {"type": "text", "text": "Answer in the customer's language.", "cache_control": {"type": "ephemeral"}},
        ],
        messages=[
            {"role": "user", "content": [{"type": "text", "text": "Hallo!"}]},
            {"role": "assistant", "content": "Hallo, wie kann ich helfen?"},
            {"role": "user", "content": [{"type": "text", "text": GERMAN_QUESTION}]},
        ],
    )
    (x,) = seen
    assert x.system_instructions == ["You are the support assistant.", "Answer in the customer's language."]
    assert [(m.role, m.content) for m in x.messages] == [
        ("user", "Hallo!"), ("assistant", "Hallo, wie kann ich helfen?"), ("user", GERMAN_QUESTION)]
    assert x.turn_index == 2
    (span,) = tel.finished_spans()
    a = span.attributes
    assert json.loads(a["gen_ai.system_instructions"]) == [
        {"type": "text", "content": "You are the support assistant."},
        {"type": "text", "content": "Answer in the customer's language."},
    ]
    assert json.loads(a["gen_ai.input.messages"])[2]["parts"][0]["content"] == GERMAN_QUESTION
    out = json.loads(a["gen_ai.output.messages"])
    assert out == [{"role": "assistant", "parts": [{"type": "text", "content": GERMAN_REPLY}], "finish_reason": "end_turn"}]
    assert a["micrometrics.turn.index"] == 2


def test_tool_use_blocks_are_tool_calls(instrumented, srv, seen):
    tel = instrumented()
    srv.push_json(message(
        "Let me look that up.",
        stop_reason="tool_use",
        tool_uses=[{"id": "toolu_01A", "name": "get_weather", "input": {"location": "Berlin", "unit": "c"}}],
    ))
    reply = client_for(srv).messages.create(
        model="claude-sonnet-4-6",
        max_tokens=300,
        tools=[WEATHER_TOOL],
        messages=[
            {"role": "user", "content": "What's the weather in Paris and in Berlin?"},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_00", "name": "get_weather", "input": {"location": "Paris"}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_00", "content": "18 C, sunny"}]},
        ],
    )
    assert reply.content[1].type == "tool_use"
    (x,) = seen
    assert x.tools == [{"name": "get_weather", "description": "Current weather at a place.",
                        "parameters": WEATHER_TOOL["input_schema"]}]
    assert len(x.tool_calls) == 1
    call = x.tool_calls[0]
    assert (call.name, call.id) == ("get_weather", "toolu_01A")
    assert json.loads(call.arguments) == {"location": "Berlin", "unit": "c"}
    assert x.output_text == "Let me look that up."
    assert [(m.role, m.content, m.tool_call_id) for m in x.messages] == [
        ("user", "What's the weather in Paris and in Berlin?", None),
        ("assistant", "", None),
        ("tool", "18 C, sunny", "toolu_00"),
    ]
    assert x.turn_index == 1  # a tool result is not a user turn
    (span,) = tel.finished_spans()
    assert tuple(span.attributes["gen_ai.response.finish_reasons"]) == ("tool_use",)
    assert span.attributes["micrometrics.truncation.label"] == "pass"


def test_tool_only_reply_is_not_empty(instrumented, srv):
    tel = instrumented()
    srv.push_json(message(None, stop_reason="tool_use",
                          tool_uses=[{"id": "toolu_9", "name": "get_weather", "input": {"location": "Rome"}}]))
    client_for(srv).messages.create(model="m", max_tokens=10, tools=[WEATHER_TOOL], messages=ask("Weather in Rome?"))
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.empty_response.label"] == "pass"


def test_max_tokens_is_a_truncation_fail(instrumented, srv):
    tel = instrumented()
    srv.push_json(message("Die Antwort wird mitten im", stop_reason="max_tokens", output_tokens=5))
    client_for(srv).messages.create(model="claude-sonnet-4-6", max_tokens=5, messages=ask())
    (span,) = tel.finished_spans()
    assert tuple(span.attributes["gen_ai.response.finish_reasons"]) == ("max_tokens",)
    assert span.attributes["micrometrics.truncation.label"] == "fail"
    assert tel.evaluations()[("truncation", "fail")] == 1


def test_refusal_stop_reason_marks_a_structured_refusal(instrumented, srv, seen):
    tel = instrumented()
    srv.push_json(message(
        None, stop_reason="refusal",
        stop_details={"type": "refusal", "category": "cyber", "explanation": "This request could enable malware."},
    ))
    client_for(srv).messages.create(model="claude-sonnet-4-6", max_tokens=100, messages=ask("Write ransomware."))
    (x,) = seen
    assert x.finish_reasons == ["refusal"]
    assert x.refusal == "This request could enable malware."
    (span,) = tel.finished_spans()
    assert tuple(span.attributes["gen_ai.response.finish_reasons"]) == ("refusal",)
    # a structured refusal is a reply: the refusal check judges it, not empty_response
    assert span.attributes["micrometrics.empty_response.label"] == "pass"
    assert span.attributes["micrometrics.truncation.label"] == "pass"


def test_refusal_without_details_keeps_the_reply_text(instrumented, srv, seen):
    instrumented()
    srv.push_json(message("I can't help with that.", stop_reason="refusal"))
    client_for(srv).messages.create(model="m", max_tokens=100, messages=ask("Something bad."))
    assert seen[0].refusal == "I can't help with that."


@pytest.mark.parametrize("status,kind,exc_type", [
    (400, "invalid_request_error", anthropic.BadRequestError),
    (429, "rate_limit_error", anthropic.RateLimitError),
    (500, "api_error", anthropic.InternalServerError),
    (529, "overloaded_error", anthropic.APIStatusError),
])
def test_api_error_sets_error_type_and_reraises_unchanged(instrumented, srv, status, kind, exc_type):
    tel = instrumented()
    srv.push_json(error_body(kind, "boom from the server"), status=status)
    with pytest.raises(exc_type) as info:
        client_for(srv).messages.create(model="claude-sonnet-4-6", max_tokens=10, messages=ask())
    assert info.value.status_code == status
    assert "boom from the server" in str(info.value)
    assert info.value.body == error_body(kind, "boom from the server")
    (span,) = tel.finished_spans()
    assert span.end_time is not None
    assert span.attributes["error.type"] == type(info.value).__qualname__
    assert span.status.status_code is StatusCode.ERROR
    assert [e.name for e in span.events] == ["exception"]
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.attributes["error.type"] == type(info.value).__qualname__
    assert tel.evaluations() == {}
    assert tel.events() == []


def test_connection_error_reaches_the_app_unchanged(instrumented):
    tel = instrumented()
    client = anthropic.Anthropic(base_url="http://127.0.0.1:9", api_key="k", max_retries=0)
    with pytest.raises(anthropic.APIConnectionError):
        client.messages.create(model="m", max_tokens=10, messages=ask())
    (span,) = tel.finished_spans()
    assert span.attributes["error.type"] == "APIConnectionError"


def test_async_create(instrumented, srv, seen):
    tel = instrumented()
    srv.push_json(message(GERMAN_REPLY, input_tokens=11, output_tokens=9, cache_read=3))

    async def main() -> list[Any]:
        async with client_for(srv, anthropic.AsyncAnthropic) as client:
            return await asyncio.gather(*[
                client.messages.create(model="claude-haiku-4-5", max_tokens=64, messages=ask())
                for _ in range(4)
            ])

    results = asyncio.run(main())
    assert all(isinstance(r, anthropic.types.Message) and r.content[0].text == GERMAN_REPLY for r in results)
    spans = tel.finished_spans()
    assert len(spans) == 4
    assert len({s.context.trace_id for s in spans}) == 4
    assert all(s.name == "chat claude-haiku-4-5" for s in spans)
    assert all(s.attributes["gen_ai.usage.input_tokens"] == 14 for s in spans)
    assert all(s.attributes["gen_ai.usage.cache_read.input_tokens"] == 3 for s in spans)
    assert tel.evaluations()[("language_mismatch", "pass")] == 4
    assert len(seen) == 4


def test_async_api_error(instrumented, srv):
    tel = instrumented()
    srv.push_json(error_body("not_found_error", "model: nope"), status=404)

    async def main() -> None:
        async with client_for(srv, anthropic.AsyncAnthropic) as client:
            await client.messages.create(model="nope", max_tokens=10, messages=ask())

    with pytest.raises(anthropic.NotFoundError):
        asyncio.run(main())
    (span,) = tel.finished_spans()
    assert span.attributes["error.type"] == "NotFoundError"


def test_with_raw_response_keeps_headers_and_parse(instrumented, srv):
    tel = instrumented()
    srv.push_json(message(GERMAN_REPLY, id="msg_raw", input_tokens=5, output_tokens=6))
    raw = client_for(srv).messages.with_raw_response.create(model="m", max_tokens=10, messages=ask())
    assert raw.headers["request-id"] == "req_test_0001"
    parsed = raw.parse()
    assert isinstance(parsed, anthropic.types.Message) and parsed.id == "msg_raw"
    (span,) = tel.finished_spans()
    assert span.attributes["gen_ai.response.id"] == "msg_raw"
    assert span.attributes["gen_ai.usage.output_tokens"] == 6


def test_generator_of_messages_reaches_the_sdk_whole(instrumented, srv):
    tel = instrumented()
    client_for(srv).messages.create(model="m", max_tokens=10, messages=(m for m in ask("Hello there!")))
    assert srv.requests[-1]["messages"] == [{"role": "user", "content": "Hello there!"}]
    assert len(tel.finished_spans()) == 1


# --- wiring ---------------------------------------------------------------------------------


def test_entry_point_and_supported_range():
    from otel_micrometrics.instrumentors.anthropic import AnthropicInstrumentor

    (ep,) = [e for e in entry_points(group="opentelemetry_instrumentor") if e.name == "micrometrics_anthropic"]
    assert ep.load() is AnthropicInstrumentor
    deps = AnthropicInstrumentor().instrumentation_dependencies()
    assert list(deps) == ["anthropic >= 0.40.0, < 3"]


def test_uninstrument_restores_originals(instrumented, srv):
    from anthropic.resources.messages import messages as module

    classes = (module.Messages, module.AsyncMessages)
    originals = {(cls, name): cls.__dict__[name] for cls in classes for name in ("create", "stream")}
    tel = instrumented()
    for cls in (module.Messages, module.AsyncMessages):
        assert isinstance(cls.__dict__["create"], wrapt.FunctionWrapper)
    client = client_for(srv)
    client.messages.create(model="m", max_tokens=10, messages=ask("hello"))
    assert len(tel.finished_spans()) == 1

    import otel_micrometrics

    otel_micrometrics.uninstrument()
    for cls in classes:
        for name in ("create", "stream"):
            assert cls.__dict__[name] is originals[(cls, name)]
    client.messages.create(model="m", max_tokens=10, messages=ask("hello"))
    assert len(tel.finished_spans()) == 1
