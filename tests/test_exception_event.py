"""The ``gen_ai.client.operation.exception`` event (GenAI conventions v1.41.1): one log record per
failed call, severity WARN, in the span's context; the exception's message and stack trace only
with content capture, since both can quote the request. Driven through the real openai and
anthropic SDKs against local servers."""

from __future__ import annotations

import asyncio

import anthropic
import openai
import pytest
from helpers.assertions import only_span
from opentelemetry.trace import StatusCode
from servers.anthropic import MessagesServer, error_body
from servers.openai import chat_chunks
from servers.sse import DROP, Script, SSEServer

PROMPT = "Meine Kundennummer ist 4711-0815, bitte prüfen."
REPLY = "Ihre Bestellung wurde gestern verschickt und kommt voraussichtlich morgen bei Ihnen an."
CAPTURE = {"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"}


@pytest.fixture
def sse():
    script = Script()
    with SSEServer(script) as srv:
        yield srv, script


def chat(srv, cls=openai.OpenAI, **extra):
    client = cls(base_url=srv.base_url, api_key="k", max_retries=0)
    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}], **extra)


def echo_error():
    """An error body quoting the prompt, as APIs do for a bad request."""
    return {"error": {"message": f"Invalid request: {PROMPT!r} is not allowed", "type": "invalid_request_error"}}


def exception_events(tel):
    return [e for e in tel.events() if e.event_name == "gen_ai.client.operation.exception"]


def test_with_content_capture_the_event_has_type_message_and_stack_trace(instrumented, sse):
    tel = instrumented(**CAPTURE)
    srv, script = sse
    script.push(echo_error(), status=400)
    with pytest.raises(openai.BadRequestError) as info:
        chat(srv)
    span = only_span(tel)
    (event,) = exception_events(tel)
    assert event.severity_number.value == 13 and event.severity_text == "WARN"
    assert event.trace_id == span.context.trace_id and event.span_id == span.context.span_id
    a = dict(event.attributes)
    assert set(a) == {"exception.type", "exception.message", "exception.stacktrace"}
    assert a["exception.type"] == "openai.BadRequestError"
    assert a["exception.message"] == str(info.value)
    assert PROMPT in a["exception.message"]
    trace = a["exception.stacktrace"]
    assert trace.startswith("Traceback (most recent call last):")
    assert trace.rstrip().endswith(f"openai.BadRequestError: {info.value}")
    assert span.attributes["error.type"] == "BadRequestError"


def test_without_content_capture_nothing_of_the_request_leaves(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(echo_error(), status=400)
    with pytest.raises(openai.BadRequestError):
        chat(srv)
    (event,) = exception_events(tel)
    assert dict(event.attributes) == {"exception.type": "openai.BadRequestError"}
    span = only_span(tel)
    assert PROMPT not in repr(dict(span.attributes)) + repr([dict(e.attributes) for e in span.events])
    assert PROMPT not in (span.status.description or "")


def test_message_and_stack_trace_are_bounded(instrumented, sse):
    tel = instrumented(**CAPTURE)
    srv, script = sse
    script.push({"error": {"message": "x" * 20_000, "type": "invalid_request_error"}}, status=400)
    with pytest.raises(openai.BadRequestError):
        chat(srv)
    (event,) = exception_events(tel)
    assert len(event.attributes["exception.message"]) == 1000
    assert len(event.attributes["exception.stacktrace"]) == 8000
    assert event.attributes["exception.stacktrace"].endswith("x" * 100 + "\n")


def test_one_event_when_the_stream_fails_midway(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push([*chat_chunks(REPLY, done=False)[:3], {"error": {"message": "overloaded", "type": "server_error"}}])
    with pytest.raises(openai.APIError):
        for _ in chat(srv, stream=True):
            pass
    span = only_span(tel)
    (event,) = exception_events(tel)
    assert dict(event.attributes) == {"exception.type": "openai.APIError"}
    assert event.span_id == span.context.span_id
    assert span.status.status_code is StatusCode.ERROR


def test_one_event_when_the_connection_drops_midway(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push([*chat_chunks(REPLY, done=False)[:3], DROP])
    with pytest.raises(Exception) as info:
        for _ in chat(srv, stream=True):
            pass
    (event,) = exception_events(tel)
    kind = type(info.value)
    assert event.attributes["exception.type"] == f"{kind.__module__}.{kind.__qualname__}"
    assert only_span(tel).attributes["error.type"] == kind.__qualname__


def test_no_event_when_the_application_raises_in_its_stream_loop(instrumented, sse):
    """The call did not fail (the reply was being delivered): no error, no exception event."""
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(REPLY))

    class Mine(Exception):
        pass

    with pytest.raises(Mine):
        for _ in chat(srv, stream=True):
            raise Mine("from the app")
    assert exception_events(tel) == []
    assert only_span(tel).attributes["micrometrics.stream.abandoned"] is True


def test_no_event_when_the_call_succeeds(instrumented, sse):
    tel = instrumented(OTEL_MICROMETRICS_EVENTS="all")
    srv, script = sse
    script.push(chat_chunks(REPLY))
    for _ in chat(srv, stream=True):
        pass
    assert exception_events(tel) == []
    assert {e.event_name for e in tel.events()} == {"gen_ai.evaluation.result"}


def test_connection_refused(instrumented):
    tel = instrumented()
    client = openai.OpenAI(base_url="http://127.0.0.1:9/v1", api_key="k", max_retries=0)
    with pytest.raises(openai.APIConnectionError):
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}])
    (event,) = exception_events(tel)
    assert dict(event.attributes) == {"exception.type": "openai.APIConnectionError"}


def test_async_call(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push({"error": {"message": "slow down", "type": "rate_limit_error"}}, status=429)

    async def main():
        with pytest.raises(openai.RateLimitError):
            await chat(srv, openai.AsyncOpenAI)

    asyncio.run(main())
    (event,) = exception_events(tel)
    assert dict(event.attributes) == {"exception.type": "openai.RateLimitError"}
    assert event.span_id == only_span(tel).context.span_id


def test_anthropic_with_content_capture(instrumented):
    tel = instrumented(**CAPTURE)
    with MessagesServer() as srv:
        srv.push_json(error_body("invalid_request_error", f"{PROMPT!r} is not allowed"), status=400)
        client = anthropic.Anthropic(base_url=srv.base_url, api_key="k", max_retries=0)
        with pytest.raises(anthropic.BadRequestError) as info:
            client.messages.create(
                model="claude-sonnet-4-6", max_tokens=10, messages=[{"role": "user", "content": PROMPT}]
            )
    (event,) = exception_events(tel)
    assert event.attributes["exception.type"] == "anthropic.BadRequestError"
    assert event.attributes["exception.message"] == str(info.value)
    assert PROMPT in event.attributes["exception.message"]
    assert event.span_id == only_span(tel).context.span_id
