"""The rest of the openai surface through the real SDK: Responses API, parse(), the .stream()
helpers, raw responses, embeddings and provider detection."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import openai
import pytest
from helpers.assertions import only_span
from pydantic import BaseModel
from servers.base import GERMAN
from servers.base import QUESTION as ASKED
from servers.openai import chat_chunks, completion, response_events, response_object
from servers.sse import Script, SSEServer

QUESTION = [{"role": "user", "content": ASKED}]
SEMCONV = Path(__file__).parent / "cassettes" / "semconv"  # the conventions' JSON schemas
HAS_RESPONSES = hasattr(openai.OpenAI(api_key="k"), "responses")
HAS_PARSE = hasattr(openai.resources.chat.Completions, "parse")  # not in openai < 1.92 outside beta
needs_responses = pytest.mark.skipif(not HAS_RESPONSES, reason="this openai has no Responses API")
needs_parse = pytest.mark.skipif(not HAS_PARSE, reason="this openai has no chat.completions.parse/stream")


@pytest.fixture
def sse():
    script = Script()
    with SSEServer(script) as srv:
        yield srv, script


def client_for(srv, cls=openai.OpenAI):
    return cls(base_url=srv.base_url, api_key="k", max_retries=0)


@needs_responses
def test_responses_create_maps_into_exchange(instrumented, sse):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = sse
    script.push(response_object())
    reply = client_for(srv).responses.create(
        model="gpt-4.1-mini",
        instructions="Answer in the customer's language.",
        input=[{"role": "user", "content": [{"type": "input_text", "text": QUESTION[0]["content"]}]}],
        max_output_tokens=300,
        text={"format": {"type": "json_object"}},
    )
    assert reply.output_text == GERMAN
    span = only_span(tel)
    a = span.attributes
    assert span.name == "chat gpt-4.1-mini"
    assert a["gen_ai.provider.name"] == "openai"
    assert a["gen_ai.request.max_tokens"] == 300
    assert a["gen_ai.output.type"] == "json"
    assert a["gen_ai.response.id"] == "resp_123"
    assert a["gen_ai.response.model"] == "gpt-4.1-mini-2025-04-14"
    assert a["gen_ai.usage.input_tokens"] == 40 and a["gen_ai.usage.output_tokens"] == 22
    assert a["gen_ai.usage.cache_read.input_tokens"] == 16
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)
    assert json.loads(a["gen_ai.system_instructions"]) == [
        {"type": "text", "content": "Answer in the customer's language."}
    ]
    assert json.loads(a["gen_ai.input.messages"])[0]["parts"][0]["content"] == QUESTION[0]["content"]
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.response_length.score"] == float(len(GERMAN))


@needs_responses
def test_responses_input_items_are_the_history_in_the_conventions_shape(instrumented, sse):
    """``instructions`` are the system instructions; the ``input`` items are the history, the
    developer message in its place, the model's earlier items as one assistant turn (reasoning
    summary, text, function call) and the function output as a tool message with the call id."""
    import jsonschema

    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = sse
    script.push(response_object())
    items = [
        {"role": "developer", "content": "Bestellnummern immer nachschlagen."},
        {"role": "user", "content": [{"type": "input_text", "text": "Wo ist Bestellung 4711?"}]},
        {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "Erst nachschlagen."}]},
        {
            "type": "message",
            "id": "msg_0",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "Ich sehe nach.", "annotations": []}],
        },
        {"type": "function_call", "call_id": "call_9", "name": "lookup_order", "arguments": '{"id": 4711}'},
        {"type": "function_call_output", "call_id": "call_9", "output": '{"status": "shipped"}'},
        {"type": "item_reference", "id": "msg_x"},  # nothing of the history to show
    ]
    client_for(srv).responses.create(model="gpt-4.1-mini", instructions="Antworte auf Deutsch.", input=items)
    a = only_span(tel).attributes
    assert json.loads(a["gen_ai.system_instructions"]) == [{"type": "text", "content": "Antworte auf Deutsch."}]
    history = json.loads(a["gen_ai.input.messages"])
    assert history == [
        {"role": "developer", "parts": [{"type": "text", "content": "Bestellnummern immer nachschlagen."}]},
        {"role": "user", "parts": [{"type": "text", "content": "Wo ist Bestellung 4711?"}]},
        {
            "role": "assistant",
            "parts": [
                {"type": "reasoning", "content": "Erst nachschlagen."},
                {"type": "text", "content": "Ich sehe nach."},
                {"type": "tool_call", "id": "call_9", "name": "lookup_order", "arguments": {"id": 4711}},
            ],
        },
        {
            "role": "tool",
            "parts": [{"type": "tool_call_response", "id": "call_9", "response": '{"status": "shipped"}'}],
        },
    ]
    schema = json.loads((SEMCONV / "gen-ai-input-messages.json").read_text())
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(history))
    assert a["micrometrics.turn.index"] == 1  # the tool output is not a user turn
    assert a["micrometrics.language_mismatch.label"] == "pass"  # the checks read the same request


@needs_responses
def test_responses_input_string_is_one_user_message(instrumented, sse):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = sse
    script.push(response_object())
    client_for(srv).responses.create(model="gpt-4.1-mini", input=QUESTION[0]["content"])
    a = only_span(tel).attributes
    assert json.loads(a["gen_ai.input.messages"]) == [
        {"role": "user", "parts": [{"type": "text", "content": QUESTION[0]["content"]}]}
    ]
    assert "gen_ai.system_instructions" not in a


@needs_responses
def test_responses_incomplete_and_function_calls(instrumented, sse):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = sse
    script.push(response_object("Die Antwort ist", status="incomplete", reason="max_output_tokens"))
    script.push(response_object("", calls=[("call_9", "lookup_order", '{"id": 4711}')]))
    client = client_for(srv)
    client.responses.create(model="m", input="Erkläre alles ganz ausführlich bitte.")
    client.responses.create(
        model="m",
        input="Wo ist Bestellung 4711?",
        tools=[{"type": "function", "name": "lookup_order", "parameters": {"type": "object"}}],
    )
    cut, tool = tel.finished_spans()
    assert cut.attributes["micrometrics.truncation.label"] == "fail"
    assert tool.attributes["micrometrics.empty_response.label"] == "pass"
    (out,) = json.loads(tool.attributes["gen_ai.output.messages"])
    assert out["parts"] == [{"type": "tool_call", "id": "call_9", "name": "lookup_order", "arguments": {"id": 4711}}]


@needs_responses
def test_responses_stream_create_and_helper(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(response_events())
    client = client_for(srv)
    stream = client.responses.create(model="gpt-4.1-mini", input=QUESTION[0]["content"], stream=True)
    assert isinstance(stream, openai.Stream)
    text = "".join(e.delta for e in stream if e.type == "response.output_text.delta")
    assert text == GERMAN
    with client.responses.stream(model="gpt-4.1-mini", input=QUESTION[0]["content"]) as helper:
        final = helper.get_final_response()
    assert final.output_text == GERMAN
    spans = tel.finished_spans()
    assert len(spans) == 2
    for span in spans:
        a = span.attributes
        assert a["gen_ai.usage.input_tokens"] == 40
        assert a["micrometrics.response_language.label"] == "de"
        assert "micrometrics.stream.abandoned" not in a
    assert tel.metric_points("gen_ai.client.operation.time_to_first_chunk")[0].count == 2


@needs_parse
def test_chat_stream_helper_left_early_ends_span(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    with client_for(srv).chat.completions.stream(model="gpt-4o-mini", messages=QUESTION) as stream:
        for event in stream:
            if event.type == "content.delta":
                break
        assert tel.finished_spans() == []
    span = only_span(tel)
    assert span.attributes["micrometrics.stream.abandoned"] is True


@needs_parse
def test_chat_stream_helper_final_completion(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN, usage=(3, 4)))
    with client_for(srv).chat.completions.stream(
        model="gpt-4o-mini", messages=QUESTION, stream_options={"include_usage": True}
    ) as stream:
        final = stream.get_final_completion()
    assert final.choices[0].message.content == GERMAN
    span = only_span(tel)
    assert span.attributes["gen_ai.usage.output_tokens"] == 4
    assert span.attributes["micrometrics.language_mismatch.label"] == "pass"


class Order(BaseModel):
    order_id: int
    status: str


@needs_parse
def test_parse_structured_output(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(completion('{"order_id": 4711, "status": "shipped"}'))
    reply = client_for(srv).chat.completions.parse(model="gpt-4o-mini", messages=QUESTION, response_format=Order)
    assert reply.choices[0].message.parsed == Order(order_id=4711, status="shipped")
    span = only_span(tel)
    assert span.attributes["gen_ai.output.type"] == "json"
    assert srv.requests[0]["response_format"]["type"] == "json_schema"


def test_with_raw_response_headers_and_parse(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(completion(GERMAN, id="chatcmpl-raw"))
    raw = client_for(srv).chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=QUESTION)
    assert raw.headers["x-request-id"] == "req-test-1"
    reply = raw.parse()
    assert isinstance(reply, openai.types.chat.ChatCompletion)
    assert reply.choices[0].message.content == GERMAN
    span = only_span(tel)
    assert span.attributes["gen_ai.response.id"] == "chatcmpl-raw"
    assert span.attributes["micrometrics.language_mismatch.label"] == "pass"


def test_with_raw_response_stream(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    raw = client_for(srv).chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=QUESTION, stream=True)
    assert raw.headers["content-type"] == "text/event-stream"
    stream = raw.parse()
    assert isinstance(stream, openai.Stream)
    assert "".join(c.choices[0].delta.content or "" for c in stream) == GERMAN
    span = only_span(tel)
    assert span.attributes["micrometrics.response_length.score"] == float(len(GERMAN))


def test_with_streaming_response(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(completion(GERMAN, id="chatcmpl-s1"))
    client = client_for(srv)
    with client.chat.completions.with_streaming_response.create(model="gpt-4o-mini", messages=QUESTION) as response:
        assert response.headers["x-request-id"] == "req-test-1"
        reply = response.parse()
        assert reply.choices[0].message.content == GERMAN
    assert only_span(tel).attributes["gen_ai.response.id"] == "chatcmpl-s1"

    script.replies[:] = [(200, chat_chunks(GERMAN))]
    with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=QUESTION, stream=True
    ) as response:
        lines = [line for line in response.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    spans = tel.finished_spans()
    assert len(spans) == 2
    assert spans[1].attributes["micrometrics.stream.abandoned"] is True  # read as bytes: reply unseen
    assert not [k for k in spans[1].attributes if k.endswith(".label")]


def test_async_with_streaming_response_parse_stream(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))

    async def main():
        client = client_for(srv, openai.AsyncOpenAI)
        async with client.chat.completions.with_streaming_response.create(
            model="gpt-4o-mini", messages=QUESTION, stream=True
        ) as response:
            stream = await response.parse()
            assert isinstance(stream, openai.AsyncStream)
            return "".join([c.choices[0].delta.content or "" async for c in stream])

    assert asyncio.run(main()) == GERMAN
    assert only_span(tel).attributes["micrometrics.language_mismatch.label"] == "pass"


def test_embeddings_span_and_tokens_no_checks(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(
        {
            "object": "list",
            "model": "text-embedding-3-small",
            "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2, 0.3]}],
            "usage": {"prompt_tokens": 7, "total_tokens": 7},
        }
    )
    reply = client_for(srv).embeddings.create(
        model="text-embedding-3-small", input="Hallo Welt", encoding_format="float"
    )
    assert reply.data[0].embedding == [0.1, 0.2, 0.3]
    span = only_span(tel)
    assert span.name == "embeddings text-embedding-3-small"
    assert span.attributes["gen_ai.operation.name"] == "embeddings"
    assert span.attributes["gen_ai.usage.input_tokens"] == 7
    assert not [k for k in span.attributes if k.endswith(".label") or k.endswith(".score")]
    assert tel.evaluations() == {}
    (tokens,) = tel.metric_points("gen_ai.client.token.usage")
    assert tokens.sum == 7 and tokens.attributes["gen_ai.operation.name"] == "embeddings"


@pytest.mark.parametrize(
    "base_url,expected",
    [
        ("https://api.openai.com/v1", "openai"),
        ("https://myres.openai.azure.com/openai/v1", "azure.ai.openai"),
        ("https://api.groq.com/openai/v1", "groq"),
        ("https://api.deepseek.com/v1", "deepseek"),
        ("https://api.x.ai/v1", "x_ai"),
        ("https://api.mistral.ai/v1", "mistral_ai"),
        ("https://api.perplexity.ai", "perplexity"),
        ("https://generativelanguage.googleapis.com/v1beta/openai", "gcp.gemini"),
        ("http://localhost:11434/v1", "openai"),
        ("https://notapi.openai.com.evil.example/v1", "openai"),
    ],
)
def test_provider_from_base_url(base_url, expected):
    from otel_micrometrics.instrumentors.openai import provider_of, server_of

    client = openai.OpenAI(base_url=base_url, api_key="k")
    host, _ = server_of(client)
    assert provider_of(client, host) == expected


def test_compatible_server_keeps_openai_with_server_address(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(completion(GERMAN))
    openai.OpenAI(base_url=f"http://localhost:{srv.port}/v1", api_key="k", max_retries=0).chat.completions.create(
        model="llama3", messages=QUESTION
    )
    a = only_span(tel).attributes
    assert a["gen_ai.provider.name"] == "openai"
    assert a["server.address"] == "localhost" and a["server.port"] == srv.port


def test_other_endpoints_pass_through(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push({"object": "list", "data": []})
    client_for(srv).moderations.create(input="hello")
    assert tel.finished_spans() == []
