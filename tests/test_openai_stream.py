"""Streamed chat completions through the real openai SDK, against a local SSE server: every way
a stream can end, sync and async, finishes the call's span exactly once."""

from __future__ import annotations

import openai
import pytest
from helpers.assertions import only_span
from servers.base import GERMAN
from servers.base import QUESTION as ASKED
from servers.openai import chat_chunks
from servers.sse import Script, SSEServer

QUESTION = [{"role": "user", "content": ASKED}]


@pytest.fixture
def sse():
    script = Script()
    with SSEServer(script) as srv:
        yield srv, script


def sync_client(srv):
    return openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)


def create(client, **extra):
    return client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION, stream=True, **extra)


def assert_complete(span, tel, text=GERMAN):
    a = span.attributes
    assert span.name == "chat gpt-4o-mini"
    assert span.end_time is not None
    assert "micrometrics.stream.abandoned" not in a
    assert a["gen_ai.response.id"] == "chatcmpl-stream"
    assert a["gen_ai.response.model"] == "gpt-4o-mini-2024-07-18"
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)
    assert a["micrometrics.response_length.score"] == float(len(text))
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.truncation.label"] == "pass"
    (ttfc,) = tel.metric_points("gen_ai.client.operation.time_to_first_chunk")
    assert ttfc.count == 1 and 0 < ttfc.sum < 5


# --- sync -------------------------------------------------------------------------------------


def test_exhausted_without_usage_invents_none(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    for _ in create(sync_client(srv)):
        pass
    span = only_span(tel)
    assert_complete(span, tel)
    assert "gen_ai.usage.input_tokens" not in span.attributes
    assert "gen_ai.usage.output_tokens" not in span.attributes
    assert tel.metric_points("gen_ai.client.token.usage") == []


def test_tool_calls_assembled_from_deltas(instrumented, sse):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = sse
    calls = [
        {"id": "call_1", "name": "get_weather", "arguments": '{"city": "Berlin"}'},
        {"id": "call_2", "name": "get_time", "arguments": '{"tz": "Europe/Berlin"}'},
    ]
    script.push(chat_chunks("", tool_calls=calls, finish_reason="tool_calls"))
    for _ in create(sync_client(srv)):
        pass
    span = only_span(tel)
    import json

    (out,) = json.loads(span.attributes["gen_ai.output.messages"])
    assert out["finish_reason"] == "tool_calls"
    assert [p for p in out["parts"] if p["type"] == "tool_call"] == [
        {"type": "tool_call", "id": "call_1", "name": "get_weather", "arguments": {"city": "Berlin"}},
        {"type": "tool_call", "id": "call_2", "name": "get_time", "arguments": {"tz": "Europe/Berlin"}},
    ]
    assert span.attributes["micrometrics.empty_response.label"] == "pass"


def test_n_choices_first_choice_checked_all_finish_reasons_kept(instrumented, sse):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = sse
    english = "Your order was shipped yesterday and should arrive tomorrow."
    script.push(chat_chunks("", texts=[GERMAN, english], finish_reasons=["stop", "length"]))
    for _ in create(sync_client(srv), n=2):
        pass
    span = only_span(tel)
    a = span.attributes
    assert a["gen_ai.request.choice.count"] == 2
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop", "length")
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.response_length.score"] == float(len(GERMAN))
    assert a["micrometrics.truncation.label"] == "fail"  # one of the choices was cut off


def test_accumulator_failure_never_reaches_the_app(instrumented, sse, monkeypatch):
    from otel_micrometrics.instrumentors import openai as ours

    def broken(self, chunk):
        raise RuntimeError("accumulator bug")

    monkeypatch.setattr(ours.ChatStreamAccumulator, "chunk", broken)
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    text = "".join(c.choices[0].delta.content or "" for c in create(sync_client(srv)))
    assert text == GERMAN
    assert only_span(tel).end_time is not None


# --- async ------------------------------------------------------------------------------------
