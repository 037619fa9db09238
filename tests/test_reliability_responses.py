"""Unexpected replies through the real openai SDK (its own transport hook, so that any byte can be
sent): the application gets exactly what it would get without the plugin, the very same object,
the span always ends, and none of our code raises (not even internally, where it would be
swallowed and logged)."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx2
import openai
import pytest
from helpers.unexpected import (
    BIG,
    PLACEHOLDER,
    SURROGATES,
    assert_unchanged,
    internal_errors,
    invalid_utf8,
    outcome,
    summary,
)
from openai._base_client import AsyncAPIClient, SyncAPIClient
from servers.openai import chat_chunks
from servers.sse import sse_bytes

ENGLISH = "Your order shipped yesterday and should arrive tomorrow before noon."
QUESTION = [{"role": "user", "content": "Where is my order? It should have arrived by now."}]


def chat(message: dict[str, Any], finish_reason: Any = "stop", usage: Any = "default", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [{"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish_reason}],
        **extra,
    }
    if usage == "default":
        body["usage"] = {"prompt_tokens": 10, "completion_tokens": 12, "total_tokens": 22}
    elif usage is not None:
        body["usage"] = usage
    return body


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


CASES: dict[str, bytes] = {
    "missing usage": json.dumps(chat({"content": ENGLISH}, usage=None)).encode(),
    "usage of the wrong types": json.dumps(
        chat({"content": ENGLISH}, usage={"prompt_tokens": "ten", "completion_tokens": None})
    ).encode(),
    "None content": json.dumps(chat({"content": None})).encode(),
    "content as a list of parts": json.dumps(
        chat({"content": [{"type": "text", "text": ENGLISH}, "plain", 7, None]})
    ).encode(),
    "image and audio parts": json.dumps(
        chat(
            {
                "content": [
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                    {"type": "input_audio", "input_audio": {"data": "UklGR", "format": "wav"}},
                ],
                "audio": {"id": "audio_1", "data": "UklGRg==", "expires_at": 1, "transcript": ENGLISH},
            }
        )
    ).encode(),
    "a 10 MB reply": json.dumps(chat({"content": BIG})).encode(),
    "lone surrogates": json.dumps(chat({"content": SURROGATES})).encode(),
    "invalid UTF-8": invalid_utf8(chat({"content": PLACEHOLDER}), b"bad \xff\xfe bytes \xc3"),
    "deeply nested tool arguments": json.dumps(
        chat(
            {
                "content": None,
                "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": nested(50_000)}}
                ],
            },
            finish_reason="tool_calls",
        )
    ).encode(),
    "huge tool arguments": json.dumps(
        chat(
            {
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "lookup", "arguments": json.dumps({"q": "x" * 2_000_000})},
                    },
                    {"id": "call_2", "type": "function", "function": {"name": None, "arguments": {"not": "a string"}}},
                    {"id": "call_3", "type": "function"},
                ],
            },
            finish_reason="tool_calls",
        )
    ).encode(),
    "unknown finish reason": json.dumps(chat({"content": ENGLISH}, finish_reason="galaxy_brain")).encode(),
    "finish reason of the wrong type": json.dumps(chat({"content": ENGLISH}, finish_reason={"why": 1})).encode(),
    "fields a newer SDK would know": json.dumps(
        chat(
            {"content": ENGLISH, "reasoning": {"steps": [1, 2]}, "annotations": [{"type": "future"}]},
            service_tier="galactic",
            future_field={"a": [1, {"b": None}]},
        )
        | {
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": ENGLISH},
                    "finish_reason": "stop",
                    "extra_choice_field": True,
                },
                {"weird": "choice"},
            ]
        }
    ).encode(),
    "no choices": json.dumps({"id": "x", "object": "chat.completion", "model": "m"}).encode(),
    "choices of the wrong type": json.dumps({"id": 5, "model": ["m"], "choices": "abc", "usage": 3}).encode(),
    "not JSON": b"<html>gateway says hi</html>",
    "a JSON list": b"[1, 2, 3]",
    "JSON null": b"null",
}


class Reply:
    """What the transport answers next."""

    def __init__(self) -> None:
        self.body = b"{}"
        self.content_type = "application/json"

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=self.body, headers={"content-type": self.content_type})


@pytest.fixture
def reply() -> Reply:
    return Reply()


@pytest.fixture
def returned(monkeypatch) -> list[Any]:
    """Every object the SDK itself produced as a call's return value (observed, not changed)."""
    seen: list[Any] = []
    for klass in (SyncAPIClient, AsyncAPIClient):
        original = klass._process_response

        if klass is SyncAPIClient:

            def spy(self, *a, _original=original, **k):
                value = _original(self, *a, **k)
                seen.append(value)
                return value
        else:

            async def spy(self, *a, _original=original, **k):
                value = await _original(self, *a, **k)
                seen.append(value)
                return value

        monkeypatch.setattr(klass, "_process_response", spy)
    return seen


def sync_client(reply: Reply) -> openai.OpenAI:
    return openai.OpenAI(
        api_key="k",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(reply)),
    )


def async_client(reply: Reply) -> openai.AsyncOpenAI:
    async def handler(request: httpx2.Request) -> httpx2.Response:
        return reply(request)

    return openai.AsyncOpenAI(
        api_key="k",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)),
    )


@pytest.mark.parametrize("case", list(CASES))
def test_unexpected_chat_reply(case, instrumented, reply, returned, caplog):
    reply.body = CASES[case]
    client = sync_client(reply)

    def call():
        return client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)

    bare = outcome(call)
    tel = instrumented()
    returned.clear()
    assert_unchanged(bare, outcome(call), made=returned)
    (span,) = tel.finished_spans()
    assert span.end_time is not None
    assert internal_errors(caplog) == []


@pytest.mark.parametrize(
    "case",
    [
        "missing usage",
        "content as a list of parts",
        "lone surrogates",
        "fields a newer SDK would know",
        "no choices",
        "invalid UTF-8",
    ],
)
async def test_unexpected_async_chat_reply(case, instrumented, reply, returned, caplog):
    reply.body = CASES[case]
    client = async_client(reply)
    tel = instrumented()
    try:
        value = await client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
    except Exception as exc:  # the SDK's own verdict on this reply
        assert not type(exc).__module__.startswith("otel_micrometrics")
    else:
        assert value is returned[-1]
    (span,) = tel.finished_spans()
    assert span.end_time is not None
    assert internal_errors(caplog) == []


def stream_body(events: list[Any]) -> bytes:
    return b"".join(sse_bytes(e) for e in events)


def chunk(**fields: Any) -> dict[str, Any]:
    return {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", **fields}


STREAMS: dict[str, list[Any]] = {
    "unknown chunk fields": [
        chunk(
            choices=[{"index": 0, "delta": {"content": ENGLISH, "new_thing": [1]}, "finish_reason": None, "extra": 1}],
            novel=True,
        ),
        chunk(choices=[{"index": 0, "delta": {}, "finish_reason": "cosmic_ray"}]),
        "[DONE]",
    ],
    "choices without a delta": [
        chunk(choices=[{"index": 0}]),
        chunk(choices=[{"index": 0, "delta": None, "finish_reason": "stop"}]),
        "[DONE]",
    ],
    "tool-call deltas out of order": [
        chunk(choices=[{"index": 0, "delta": {"tool_calls": [{"index": 3, "function": {"arguments": '{"a'}}]}}]),
        chunk(choices=[{"index": 0, "delta": {"tool_calls": [{"index": 0, "id": "c0", "function": {"name": "f"}}]}}]),
        chunk(choices=[{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]),
        "[DONE]",
    ],
    "usage of the wrong type": [
        *chat_chunks(ENGLISH)[:-1],
        chunk(choices=[], usage={"prompt_tokens": "many"}),
        "[DONE]",
    ],
    "lone surrogates and a huge chunk": [
        chunk(choices=[{"index": 0, "delta": {"content": "\ud800" + "x" * 1_000_000}, "finish_reason": "stop"}]),
        "[DONE]",
    ],
    "a chunk that is not an object": ["[1, 2]", "[DONE]"],
}


@pytest.mark.parametrize("case", list(STREAMS))
def test_unexpected_stream(case, instrumented, reply, caplog):
    reply.body = stream_body(STREAMS[case])
    reply.content_type = "text/event-stream"
    client = sync_client(reply)

    def consume():
        stream = client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION, stream=True)
        return [summary(c) for c in stream]

    bare_kind, bare = outcome(consume)
    tel = instrumented()
    kind, value = outcome(consume)
    assert (kind, value) == (bare_kind, bare)
    (span,) = tel.finished_spans()
    assert span.end_time is not None
    assert internal_errors(caplog) == []


RESPONSES = {
    "unknown output items": {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": "gpt-4o-mini",
        "status": "completed",
        "output": [
            {"type": "hologram", "id": "h1", "payload": {"x": 1}},
            {
                "type": "message",
                "id": "m1",
                "role": "assistant",
                "status": "completed",
                "content": [
                    {"type": "output_text", "text": ENGLISH, "annotations": []},
                    {"type": "output_smell", "smell": "roses"},
                ],
            },
        ],
        "usage": {"input_tokens": 3, "output_tokens": 4, "total_tokens": 7},
    },
    "status unknown, no usage": {
        "id": "resp_2",
        "object": "response",
        "model": "m",
        "status": "daydreaming",
        "output": None,
    },
}


@pytest.mark.parametrize("case", list(RESPONSES))
def test_unexpected_responses_api_reply(case, instrumented, reply, returned, caplog):
    if not hasattr(openai.OpenAI(api_key="k"), "responses"):
        pytest.skip("this openai SDK has no Responses API")
    reply.body = json.dumps(RESPONSES[case]).encode()
    client = sync_client(reply)
    tel = instrumented()
    kind, value = outcome(lambda: client.responses.create(model="gpt-4o-mini", input="Where is my order?"))
    if kind == "value":
        assert value is returned[-1]
    (span,) = tel.finished_spans()
    assert span.end_time is not None
    assert internal_errors(caplog) == []


def test_a_plain_dict_reply_is_returned_as_is_and_still_checked(instrumented, reply, returned, caplog):
    """``cast_to=dict`` (what a hand-rolled or mocked client gets): the same dict comes back,
    and the checks still read it."""
    reply.body = json.dumps(chat({"content": ENGLISH})).encode()
    client = sync_client(reply)
    tel = instrumented()
    value = client.post("/chat/completions", body={"model": "gpt-4o-mini", "messages": QUESTION}, cast_to=dict)
    assert type(value) is dict and value is returned[-1]
    assert value["choices"][0]["message"]["content"] == ENGLISH
    (span,) = tel.finished_spans()
    assert span.attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert span.attributes["gen_ai.usage.output_tokens"] == 12
    assert tel.evaluations()[("language_mismatch", "pass")] == 1
    assert internal_errors(caplog) == []


@pytest.mark.parametrize("capture", [False, True])
def test_lone_surrogates_in_the_servers_model_and_id_stay_exportable(capture, instrumented, reply, caplog):
    """A server (or the application) handing us a lone surrogate in a string that becomes an
    attribute: the OTLP encoders still encode every span, event and metric point."""
    from helpers.telemetry import exported

    import otel_micrometrics

    body = chat({"content": SURROGATES}, finish_reason="stop\udc80")
    body["model"], body["id"] = "gpt-4o\ud800-mini", "chatcmpl-\udfff1"
    reply.body = json.dumps(body).encode()
    env = {"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"} if capture else {}
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES="tenant", OTEL_MICROMETRICS_EVENTS="all", **env)
    with otel_micrometrics.segment(tenant="acme\ud801", conversation_id="conv\udc00"):
        value = sync_client(reply).chat.completions.create(model="gpt-4o", messages=QUESTION)
    assert value.model == "gpt-4o\ud800-mini"  # the application's object is untouched
    caplog.clear()
    data = exported(tel)
    # the encoder logs (and drops) each attribute it cannot encode, on every export
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    (span,) = tel.finished_spans()
    assert span.attributes["gen_ai.response.model"] == "gpt-4o?-mini"
    assert span.attributes["gen_ai.response.id"] == "chatcmpl-?1"
    assert span.attributes["gen_ai.conversation.id"] == "conv?"
    assert span.attributes["tenant"] == "acme?"
    assert b"gpt-4o?-mini" in data["metrics"] and b"acme?" in data["metrics"]
    assert len(tel.events()) >= 3
    assert internal_errors(caplog) == []
