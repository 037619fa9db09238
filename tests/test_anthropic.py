"""The anthropic SDK's Messages API, driven for real against a local server speaking its wire format."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from importlib.metadata import entry_points
from typing import Any

import anthropic
import pytest
import wrapt
from helpers.assertions import assert_abandoned, genai_spans, only_span
from opentelemetry.trace import SpanKind, StatusCode
from servers.anthropic import MODEL, MessagesServer, error_body, message

import otel_micrometrics

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
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)  # end_turn, mapped as the peer does
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
        148,
        17,
        100,
        8,
    )

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
        ("user", "Hallo!"),
        ("assistant", "Hallo, wie kann ich helfen?"),
        ("user", GERMAN_QUESTION),
    ]
    assert x.turn_index == 2
    (span,) = tel.finished_spans()
    a = span.attributes
    assert json.loads(a["gen_ai.system_instructions"]) == [
        {"type": "text", "content": "You are the support assistant."},
        {"type": "text", "content": "Answer in the customer's language."},
    ]
    assert json.loads(a["gen_ai.input.messages"])[2]["parts"][0]["content"] == GERMAN_QUESTION
    out = json.loads(a["gen_ai.output.messages"])
    assert out == [{"role": "assistant", "parts": [{"type": "text", "content": GERMAN_REPLY}], "finish_reason": "stop"}]
    assert a["micrometrics.turn.index"] == 2


def test_tool_use_blocks_are_tool_calls(instrumented, srv, seen):
    tel = instrumented()
    srv.push_json(
        message(
            "Let me look that up.",
            stop_reason="tool_use",
            tool_uses=[{"id": "toolu_01A", "name": "get_weather", "input": {"location": "Berlin", "unit": "c"}}],
        )
    )
    reply = client_for(srv).messages.create(
        model="claude-sonnet-4-6",
        max_tokens=300,
        tools=[WEATHER_TOOL],
        messages=[
            {"role": "user", "content": "What's the weather in Paris and in Berlin?"},
            {
                "role": "assistant",
                "content": [
                    {"type": "tool_use", "id": "toolu_00", "name": "get_weather", "input": {"location": "Paris"}}
                ],
            },
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_00", "content": "18 C, sunny"}]},
        ],
    )
    assert reply.content[1].type == "tool_use"
    (x,) = seen
    assert x.tools == [
        {
            "name": "get_weather",
            "description": "Current weather at a place.",
            "parameters": WEATHER_TOOL["input_schema"],
        }
    ]
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
    assert tuple(span.attributes["gen_ai.response.finish_reasons"]) == ("tool_calls",)  # tool_use, mapped
    assert span.attributes["micrometrics.truncation.label"] == "pass"


def test_tool_only_reply_is_not_empty(instrumented, srv):
    tel = instrumented()
    srv.push_json(
        message(
            None,
            stop_reason="tool_use",
            tool_uses=[{"id": "toolu_9", "name": "get_weather", "input": {"location": "Rome"}}],
        )
    )
    client_for(srv).messages.create(model="m", max_tokens=10, tools=[WEATHER_TOOL], messages=ask("Weather in Rome?"))
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.empty_response.label"] == "pass"


def test_max_tokens_is_a_truncation_fail(instrumented, srv):
    tel = instrumented()
    srv.push_json(message("Die Antwort wird mitten im", stop_reason="max_tokens", output_tokens=5))
    client_for(srv).messages.create(model="claude-sonnet-4-6", max_tokens=5, messages=ask())
    (span,) = tel.finished_spans()
    assert tuple(span.attributes["gen_ai.response.finish_reasons"]) == ("length",)  # max_tokens, mapped
    assert span.attributes["micrometrics.truncation.label"] == "fail"
    assert tel.evaluations()[("truncation", "fail")] == 1


def test_refusal_stop_reason_marks_a_structured_refusal(instrumented, srv, seen):
    tel = instrumented()
    srv.push_json(
        message(
            None,
            stop_reason="refusal",
            stop_details={"type": "refusal", "category": "cyber", "explanation": "This request could enable malware."},
        )
    )
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


@pytest.mark.parametrize(
    "status,kind,exc_type",
    [
        (400, "invalid_request_error", anthropic.BadRequestError),
        (429, "rate_limit_error", anthropic.RateLimitError),
        (500, "api_error", anthropic.InternalServerError),
        (529, "overloaded_error", anthropic.APIStatusError),
    ],
)
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
    (event,) = tel.events()  # the exception event only; no server text without content capture
    assert event.event_name == "gen_ai.client.operation.exception"
    assert dict(event.attributes) == {"exception.type": f"anthropic.{type(info.value).__name__}"}


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
            return await asyncio.gather(
                *[client.messages.create(model="claude-haiku-4-5", max_tokens=64, messages=ask()) for _ in range(4)]
            )

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


def test_parse_structured_output(instrumented, srv, seen):
    import pydantic

    class Order(pydantic.BaseModel):
        order_id: int
        status: str

    tel = instrumented()
    srv.push_json(message('{"order_id": 4711, "status": "shipped"}', output_tokens=14))
    parsed = client_for(srv).messages.parse(
        model="claude-sonnet-4-6", max_tokens=100, messages=ask("Status of order 4711?"), output_format=Order
    )
    assert parsed.parsed_output == Order(order_id=4711, status="shipped")
    sent = srv.requests[-1]["output_config"]["format"]
    assert sent["type"] == "json_schema" and sent["schema"]["properties"]["order_id"] == {
        "type": "integer",
        "title": "Order Id",
    }
    (x,) = seen
    assert x.output_format == {"type": "json_schema", "schema": sent["schema"], "strict": True}  # the schema sent
    assert x.output_text == '{"order_id": 4711, "status": "shipped"}'
    span = only_span(tel)
    assert span.attributes["gen_ai.output.type"] == "json"
    assert span.attributes["gen_ai.usage.output_tokens"] == 14


def test_output_config_json_schema_is_the_output_format(instrumented, srv, seen):
    instrumented()
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
        "additionalProperties": False,
    }
    srv.push_json(message('{"city": "Oslo"}'))
    client_for(srv).messages.create(
        model="m",
        max_tokens=50,
        messages=ask("Capital of Norway?"),
        output_config={"format": {"type": "json_schema", "schema": schema}},
    )
    assert seen[0].output_format == {"type": "json_schema", "schema": schema, "strict": True}


# --- wiring ---------------------------------------------------------------------------------


def test_entry_point_and_supported_range():
    from otel_micrometrics.instrumentors.anthropic import AnthropicInstrumentor

    (ep,) = [e for e in entry_points(group="opentelemetry_instrumentor") if e.name == "micrometrics_anthropic"]
    assert ep.load() is AnthropicInstrumentor
    deps = AnthropicInstrumentor().instrumentation_dependencies()
    assert list(deps) == ["anthropic >= 1.0.0, < 3"]


def test_uninstrument_restores_originals(instrumented, srv):
    from anthropic import _base_client as base
    from anthropic.resources.messages import messages as module

    wrapped = [(base.SyncAPIClient, "request"), (base.AsyncAPIClient, "request")]
    originals = {(cls, name): cls.__dict__[name] for cls, name in wrapped}
    methods = [(cls, name) for cls in (module.Messages, module.AsyncMessages) for name in ("create", "stream")]
    resources = {(cls, name): cls.__dict__[name] for cls, name in methods}
    tel = instrumented()
    for cls, name in wrapped:
        assert isinstance(cls.__dict__[name], wrapt.FunctionWrapper)
    # one wrap point: the resource methods stay the SDK's own
    assert all(cls.__dict__[name] is resources[(cls, name)] for cls, name in methods)
    client = client_for(srv)
    client.messages.create(model="m", max_tokens=10, messages=ask("hello"))
    assert len(tel.finished_spans()) == 1

    import otel_micrometrics

    otel_micrometrics.uninstrument()
    for cls, name in wrapped:
        assert cls.__dict__[name] is originals[(cls, name)]
    client.messages.create(model="m", max_tokens=10, messages=ask("hello"))
    assert len(tel.finished_spans()) == 1


# --- streams --------------------------------------------------------------------------------

STREAM_PIECES = [
    "Ihre Bestellung ",
    "wurde gestern ",
    "verschickt und kommt ",
    "voraussichtlich morgen ",
    "bei Ihnen an.",
]
STREAM_TEXT = "".join(STREAM_PIECES)
TTFC = "gen_ai.client.operation.time_to_first_chunk"


def events(**options: Any) -> list[tuple[str, dict[str, Any]]]:
    from servers.anthropic import stream_events

    options.setdefault("input_tokens", 30)
    options.setdefault("output_tokens", 21)
    return stream_events(options.pop("pieces", STREAM_PIECES), **options)


def assert_complete_stream(
    tel: Any, *, text: str = STREAM_TEXT, input_tokens: int = 30, output_tokens: int = 21
) -> Any:
    span = only_span(tel)
    a = span.attributes
    assert span.name == "chat claude-sonnet-4-6"
    assert a["gen_ai.provider.name"] == "anthropic"
    assert a["gen_ai.response.id"] == "msg_01TestStream"
    assert a["gen_ai.response.model"] == MODEL
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)  # end_turn, mapped as the peer does
    assert a["gen_ai.usage.input_tokens"] == input_tokens
    assert a["gen_ai.usage.output_tokens"] == output_tokens
    assert "micrometrics.stream.abandoned" not in a
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.truncation.label"] == "pass"
    assert a["micrometrics.response_length.score"] == float(len(text))
    (ttfc,) = tel.metric_points(TTFC)
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert ttfc.count == 1 and 0 < ttfc.sum <= duration.sum
    assert ttfc.attributes["gen_ai.provider.name"] == "anthropic"
    return span


def assert_abandoned_with_start_usage(tel: Any, *, output_tokens: int = 1) -> Any:
    """An abandoned stream records what the server had sent: message_start's usage, no checks."""
    span = only_span(tel)
    assert_abandoned(span, tel)
    a = span.attributes
    assert a["gen_ai.usage.input_tokens"] == 30
    assert a["gen_ai.usage.output_tokens"] == output_tokens
    assert "gen_ai.response.finish_reasons" not in a
    return span


def create_stream(client: Any, **kwargs: Any) -> Any:
    return client.messages.create(model="claude-sonnet-4-6", max_tokens=200, messages=ask(), stream=True, **kwargs)


def test_stream_exhausted(instrumented, srv, seen):
    tel = instrumented()
    srv.push_stream(events(cache_read=50, cache_write=4))
    stream = create_stream(client_for(srv))
    assert isinstance(stream, anthropic.Stream)
    assert stream.response.headers["request-id"] == "req_test_0002"
    assert tel.finished_spans() == []
    received = [e.type for e in stream]
    assert received[0] == "message_start" and received[-1] == "message_stop"
    assert received.count("content_block_delta") == len(STREAM_PIECES)
    span = assert_complete_stream(tel, input_tokens=30 + 50 + 4)
    assert span.attributes["gen_ai.usage.cache_read.input_tokens"] == 50
    assert span.attributes["gen_ai.usage.cache_creation.input_tokens"] == 4
    (x,) = seen
    assert x.streaming is True and x.output_text == STREAM_TEXT
    stream.close()
    assert len(tel.finished_spans()) == 1


def test_stream_tool_use_assembled_from_json_deltas(instrumented, srv, seen):
    tel = instrumented()
    srv.push_stream(
        events(
            pieces=["Checking the weather."],
            stop_reason="tool_use",
            tool_uses=[
                {"id": "toolu_S1", "name": "get_weather", "json_pieces": ['{"loca', 'tion": "Ber', 'lin"}']},
                {"id": "toolu_S2", "name": "get_weather", "json_pieces": []},
            ],
        )
    )
    for _ in create_stream(client_for(srv), tools=[WEATHER_TOOL]):
        pass
    (x,) = seen
    assert [(c.id, c.name) for c in x.tool_calls] == [("toolu_S1", "get_weather"), ("toolu_S2", "get_weather")]
    assert json.loads(x.tool_calls[0].arguments) == {"location": "Berlin"}
    assert json.loads(x.tool_calls[1].arguments) == {}
    assert x.tools[0]["parameters"] == WEATHER_TOOL["input_schema"]
    assert x.finish_reasons == ["tool_calls"]
    assert only_span(tel).attributes["micrometrics.empty_response.label"] == "pass"


def test_stream_max_tokens_and_full_final_usage(instrumented, srv):
    tel = instrumented()
    srv.push_stream(events(stop_reason="max_tokens", final_usage_full=True, cache_read=7))
    for _ in create_stream(client_for(srv)):
        pass
    span = only_span(tel)
    assert span.attributes["micrometrics.truncation.label"] == "fail"
    assert span.attributes["gen_ai.usage.input_tokens"] == 37
    assert span.attributes["gen_ai.usage.cache_read.input_tokens"] == 7


def test_stream_refusal(instrumented, srv, seen):
    tel = instrumented()
    srv.push_stream(events(pieces=["I can't help with that."], stop_reason="refusal"))
    for _ in create_stream(client_for(srv)):
        pass
    assert seen[0].refusal == "I can't help with that."
    assert tuple(only_span(tel).attributes["gen_ai.response.finish_reasons"]) == ("refusal",)


def test_stream_api_error_before_the_stream(instrumented, srv):
    tel = instrumented()
    srv.push_json(error_body("invalid_request_error", "max_tokens: too large"), status=400)
    with pytest.raises(anthropic.BadRequestError):
        create_stream(client_for(srv))
    assert only_span(tel).attributes["error.type"] == "BadRequestError"


# --- async streams --------------------------------------------------------------------------


def run_async(srv: MessagesServer, body: Any) -> Any:
    async def main() -> Any:
        async with client_for(srv, anthropic.AsyncAnthropic) as client:
            return await body(client)

    return asyncio.run(main())


def test_async_with_raw_response(instrumented, srv):
    tel = instrumented()
    srv.push_json(message(GERMAN_REPLY, id="msg_raw_async", output_tokens=7))

    async def body(client: Any) -> Any:
        raw = await client.messages.with_raw_response.create(model="m", max_tokens=10, messages=ask())
        return raw.headers["request-id"], await raw.parse()

    request_id, parsed = run_async(srv, body)
    assert request_id == "req_test_0001" and parsed.id == "msg_raw_async"
    span = only_span(tel)
    assert span.attributes["gen_ai.response.id"] == "msg_raw_async"
    assert span.attributes["micrometrics.response_language.label"] == "de"


# --- messages.stream() helpers --------------------------------------------------------------


def stream_manager(client: Any, **kwargs: Any) -> Any:
    return client.messages.stream(model="claude-sonnet-4-6", max_tokens=200, messages=ask(), **kwargs)


def test_stream_helper_text_stream(instrumented, srv, seen):
    from anthropic.lib.streaming import MessageStream

    tel = instrumented()
    srv.push_stream(events())
    manager = stream_manager(client_for(srv), system="Be brief.")
    assert tel.finished_spans() == []
    with manager as stream:
        assert isinstance(stream, MessageStream)
        assert isinstance(stream._raw_stream, anthropic.Stream)
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == STREAM_TEXT
    assert final.content[0].text == STREAM_TEXT and final.usage.output_tokens == 21
    assert_complete_stream(tel)
    assert seen[0].system_instructions == ["Be brief."]
    assert srv.requests[-1]["stream"] is True


def test_stream_helper_get_final_message_and_until_done(instrumented, srv):
    tel = instrumented()
    srv.push_stream(events())
    client = client_for(srv)
    with stream_manager(client) as stream:
        message_ = stream.get_final_message()
        assert stream.get_final_text() == STREAM_TEXT
    assert message_.stop_reason == "end_turn"
    assert_complete_stream(tel)
    with stream_manager(client) as stream:
        stream.until_done()
    assert len(tel.finished_spans()) == 2


def test_stream_helper_left_early(instrumented, srv):
    tel = instrumented()
    srv.push_stream(events())
    with stream_manager(client_for(srv)) as stream:
        for text in stream.text_stream:
            assert text == STREAM_PIECES[0]
            break
    assert_abandoned_with_start_usage(tel)


def test_stream_helper_tool_use(instrumented, srv, seen):
    tel = instrumented()
    srv.push_stream(
        events(
            pieces=[],
            stop_reason="tool_use",
            tool_uses=[
                {"id": "toolu_H", "name": "get_weather", "json_pieces": ['{"location": ', '"Oslo", "unit": "c"}']}
            ],
        )
    )
    with stream_manager(client_for(srv), tools=[WEATHER_TOOL]) as stream:
        final = stream.get_final_message()
    assert final.content[0].input == {"location": "Oslo", "unit": "c"}
    (x,) = seen
    assert json.loads(x.tool_calls[0].arguments) == {"location": "Oslo", "unit": "c"}
    assert x.tool_calls[0].id == "toolu_H"
    assert only_span(tel).attributes["micrometrics.empty_response.label"] == "pass"


def test_stream_helper_user_exception(instrumented, srv):
    tel = instrumented()
    srv.push_stream(events())
    mine = RuntimeError("mine")
    with pytest.raises(RuntimeError) as info:
        with stream_manager(client_for(srv)) as stream:
            for _ in stream:
                raise mine
    assert info.value is mine
    assert_abandoned_with_start_usage(tel)


def test_stream_helper_server_error(instrumented, srv):
    tel = instrumented()
    srv.push_stream(events(), cut_after=5)
    with pytest.raises(anthropic.APIStatusError) as info:
        with stream_manager(client_for(srv)) as stream:
            stream.until_done()
    assert only_span(tel).attributes["error.type"] == type(info.value).__qualname__


def test_stream_helper_api_error_on_enter(instrumented, srv):
    tel = instrumented()
    srv.push_json(error_body("authentication_error", "invalid x-api-key"), status=401)
    with pytest.raises(anthropic.AuthenticationError):
        with stream_manager(client_for(srv)):
            pass
    assert only_span(tel).attributes["error.type"] == "AuthenticationError"


def test_stream_helper_never_entered_makes_no_span(instrumented, srv):
    tel = instrumented()
    stream_manager(client_for(srv))
    assert tel.finished_spans() == [] and srv.requests == []


def test_stream_helper_garbage_collected(instrumented, srv):
    import gc

    tel = instrumented()
    srv.push_stream(events())
    stream = stream_manager(client_for(srv)).__enter__()
    next(iter(stream))
    del stream
    gc.collect()
    assert_abandoned_with_start_usage(tel)


def test_async_stream_helper(instrumented, srv, seen):
    from anthropic.lib.streaming import AsyncMessageStream

    tel = instrumented()
    srv.push_stream(events())

    async def body(client: Any) -> Any:
        async with stream_manager(client) as stream:
            assert isinstance(stream, AsyncMessageStream)
            texts = [t async for t in stream.text_stream]
            return texts, await stream.get_final_message()

    texts, final = run_async(srv, body)
    assert "".join(texts) == STREAM_TEXT and final.content[0].text == STREAM_TEXT
    assert_complete_stream(tel)


def test_async_stream_helper_until_done_and_left_early(instrumented, srv):
    tel = instrumented()
    srv.push_stream(events())

    async def body(client: Any) -> None:
        async with stream_manager(client) as stream:
            await stream.until_done()
        assert len(tel.finished_spans()) == 1
        async with stream_manager(client) as stream:
            async for _ in stream.text_stream:
                break
        assert len(tel.finished_spans()) == 2

    run_async(srv, body)
    first, second = tel.finished_spans()
    assert "micrometrics.stream.abandoned" not in first.attributes
    assert second.attributes["micrometrics.stream.abandoned"] is True


def test_async_stream_helper_cancelled(instrumented, srv):
    tel = instrumented()
    reply = srv.push_stream(events(), gate_after=3)
    got: list[str] = []

    async def body(client: Any) -> None:
        async def consume() -> None:
            async with stream_manager(client) as stream:
                async for event in stream:
                    got.append(event.type)

        task = asyncio.create_task(consume())
        while len(got) < 2:
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        reply.gate.set()
        assert_abandoned_with_start_usage(tel)

    run_async(srv, body)


def test_async_stream_helper_error_on_enter(instrumented, srv):
    tel = instrumented()
    srv.push_json(error_body("permission_error", "no"), status=403)

    async def body(client: Any) -> None:
        async with stream_manager(client):
            pass

    with pytest.raises(anthropic.PermissionDeniedError):
        run_async(srv, body)
    assert only_span(tel).attributes["error.type"] == "PermissionDeniedError"


# --- raw responses of streams: read through the same stream proxy, checked ----------------


def raw_stream_request(**kwargs: Any) -> dict[str, Any]:
    return dict(model="claude-sonnet-4-6", max_tokens=200, messages=ask(), **kwargs)


def test_with_raw_response_of_a_stream_is_checked(instrumented, srv, seen):
    tel = instrumented()
    srv.push_stream(events())
    raw = client_for(srv).messages.with_raw_response.create(**raw_stream_request(stream=True))
    assert raw.headers["request-id"] == "req_test_0002"
    stream = raw.parse()
    assert isinstance(stream, anthropic.Stream)
    assert tel.finished_spans() == []  # the reply is not in yet
    received = [e.type for e in stream]
    assert received[0] == "message_start" and received[-1] == "message_stop"
    assert_complete_stream(tel)
    (x,) = seen
    assert x.streaming is True and x.output_text == STREAM_TEXT


def test_with_streaming_response_of_a_stream_is_checked(instrumented, srv):
    tel = instrumented()
    srv.push_stream(events())
    client = client_for(srv)
    with client.messages.with_streaming_response.create(**raw_stream_request(stream=True)) as response:
        assert response.headers["request-id"] == "req_test_0002"
        stream = response.parse()
        assert isinstance(stream, anthropic.Stream)
        assert "".join(e.delta.text for e in stream if e.type == "content_block_delta") == STREAM_TEXT
    assert_complete_stream(tel)


def test_with_streaming_response_of_a_message_is_checked(instrumented, srv):
    tel = instrumented()
    srv.push_json(message(GERMAN_REPLY, id="msg_streaming", output_tokens=9))
    client = client_for(srv)
    with client.messages.with_streaming_response.create(**raw_stream_request()) as response:
        parsed = response.parse()
    assert isinstance(parsed, anthropic.types.Message) and parsed.id == "msg_streaming"
    span = only_span(tel)
    assert span.attributes["gen_ai.response.id"] == "msg_streaming"
    assert span.attributes["gen_ai.usage.output_tokens"] == 9
    assert span.attributes["micrometrics.language_mismatch.label"] == "pass"


def test_with_streaming_response_read_as_bytes_is_abandoned_unchecked(instrumented, srv):
    tel = instrumented()
    srv.push_stream(events())
    client = client_for(srv)
    with client.messages.with_streaming_response.create(**raw_stream_request(stream=True)) as response:
        lines = [line for line in response.iter_lines() if line.startswith("event: ")]
    assert lines[-1] == "event: message_stop"
    span = only_span(tel)
    assert span.attributes["micrometrics.stream.abandoned"] is True  # read as bytes: reply unseen
    assert not [k for k in span.attributes if k.endswith(".label")]


def test_with_raw_response_read_for_its_headers_only_is_checked(instrumented, srv):
    """The body of a raw reply is read already: the call is checked at once, parse() or not."""
    tel = instrumented()
    srv.push_json(message(GERMAN_REPLY, id="msg_headers"))
    raw = client_for(srv).messages.with_raw_response.create(model="m", max_tokens=10, messages=ask())
    assert raw.headers["request-id"] == "req_test_0001"
    span = only_span(tel)
    assert span.attributes["gen_ai.response.id"] == "msg_headers"
    assert span.attributes["micrometrics.language_mismatch.label"] == "pass"

    async def body(client: Any) -> str:
        raw = await client.messages.with_raw_response.create(model="m", max_tokens=10, messages=ask())
        return str(raw.headers["request-id"])

    assert run_async(srv, body) == "req_test_0001"
    spans = tel.finished_spans()
    assert len(spans) == 2 and spans[1].attributes["micrometrics.language_mismatch.label"] == "pass"


def test_async_with_raw_response_of_a_stream_is_checked(instrumented, srv, seen):
    tel = instrumented()
    srv.push_stream(events())

    async def body(client: Any) -> list[str]:
        raw = await client.messages.with_raw_response.create(**raw_stream_request(stream=True))
        stream = await raw.parse()
        assert isinstance(stream, anthropic.AsyncStream)
        return [e.type async for e in stream]

    received = run_async(srv, body)
    assert received[0] == "message_start" and received[-1] == "message_stop"
    assert_complete_stream(tel)
    (x,) = seen
    assert x.streaming is True and x.output_text == STREAM_TEXT


def test_async_with_streaming_response_of_a_stream_is_checked(instrumented, srv):
    tel = instrumented()
    srv.push_stream(events())

    async def body(client: Any) -> str:
        async with client.messages.with_streaming_response.create(**raw_stream_request(stream=True)) as response:
            stream = await response.parse()
            assert isinstance(stream, anthropic.AsyncStream)
            return "".join([e.delta.text async for e in stream if e.type == "content_block_delta"])

    assert run_async(srv, body) == STREAM_TEXT
    assert_complete_stream(tel)


def test_async_with_streaming_response_of_a_message_is_checked(instrumented, srv):
    tel = instrumented()
    srv.push_json(message(GERMAN_REPLY, id="msg_streaming_async", output_tokens=9))

    async def body(client: Any) -> Any:
        async with client.messages.with_streaming_response.create(**raw_stream_request()) as response:
            return await response.parse()

    assert run_async(srv, body).id == "msg_streaming_async"
    span = only_span(tel)
    assert span.attributes["gen_ai.response.id"] == "msg_streaming_async"
    assert span.attributes["micrometrics.language_mismatch.label"] == "pass"


# --- one GenAI span per call, whichever SDK major -------------------------------------------

SELF_TRACING = hasattr(anthropic.Anthropic, "open_telemetry")  # anthropic >= 2 traces its own calls


def traced_client(srv: MessagesServer, tel: Any, cls: Any = anthropic.Anthropic) -> Any:
    """A client whose own spans (anthropic >= 2) go to the test's tracer provider."""
    if not SELF_TRACING:
        return client_for(srv, cls)
    options = {"tracer_provider": tel.tracer_provider}
    return cls(base_url=srv.base_url, api_key="test-key", max_retries=0, open_telemetry=options)


def test_one_genai_span_per_call_whichever_sdk_major(instrumented, srv):
    tel = instrumented()
    client = traced_client(srv, tel)
    srv.push_json(message(GERMAN_REPLY))  # the server's queue: the last reply repeats
    srv.push_stream(events())
    client.messages.create(model="claude-sonnet-4-6", max_tokens=50, messages=ask())
    for _ in create_stream(client):
        pass
    with client.messages.stream(model="claude-sonnet-4-6", max_tokens=50, messages=ask()) as stream:
        stream.get_final_message()
    spans = genai_spans(tel)
    assert [s.instrumentation_scope.name for s in spans] == ["otel_micrometrics"] * 3
    assert [s.name for s in spans] == ["chat claude-sonnet-4-6"] * 3
    assert all("micrometrics.response_length.score" in s.attributes for s in spans)  # the checks ran on it
    assert all(s.attributes["gen_ai.response.finish_reasons"] == ("stop",) for s in spans)
    if SELF_TRACING:
        assert client.open_telemetry["traces"]["enabled"] is True  # the application's client is untouched


async def test_one_genai_span_per_async_call(instrumented, srv):
    tel = instrumented()
    client = traced_client(srv, tel, anthropic.AsyncAnthropic)
    srv.push_json(message(GERMAN_REPLY))
    srv.push_stream(events())
    await client.messages.create(model="claude-sonnet-4-6", max_tokens=50, messages=ask())
    async for _ in await create_stream(client):
        pass
    assert [s.instrumentation_scope.name for s in genai_spans(tel)] == ["otel_micrometrics"] * 2


@pytest.mark.skipif(not SELF_TRACING, reason="anthropic 1.x makes no spans of its own")
def test_outside_our_calls_the_sdk_traces_as_configured(instrumented, srv):
    """The SDK's own span is back as soon as the call is not ours: plugin off, or suppressed."""
    tel = instrumented()
    client = traced_client(srv, tel)
    otel_micrometrics.uninstrument()
    srv.push_json(message(GERMAN_REPLY))
    client.messages.create(model="claude-sonnet-4-6", max_tokens=50, messages=ask())
    (span,) = genai_spans(tel)
    assert span.instrumentation_scope.name == "com.anthropic.sdk.python"
    assert span.name == "anthropic.messages.create"
