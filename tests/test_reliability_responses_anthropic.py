"""Unexpected Messages API replies through the real anthropic SDK (its own transport hook, so that
any byte can be sent): the application gets exactly what it gets without the plugin, the very
same object (or the very same exception type), the span always ends, and none of our code
raises, not even internally where it would be swallowed and logged."""

from __future__ import annotations

import json
from typing import Any

import anthropic
import anthropic._base_client as base_client
import pytest
from anthropic._base_client import SyncAPIClient
from helpers.unexpected import (
    BIG,
    PLACEHOLDER,
    SURROGATES,
    assert_clean,
    assert_unchanged,
    invalid_utf8,
    outcome,
    spy_returns,
)

# The HTTP library this anthropic sends through (httpx2 in recent versions, httpx before).
http: Any = getattr(base_client, "httpx2", None) or base_client.httpx
# Dumping the SDK's objects built from odd replies makes pydantic warn; the comparison still holds.
pytestmark = pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")

ENGLISH = "Your order shipped yesterday and should arrive tomorrow before noon."
QUESTION = [{"role": "user", "content": "Where is my order? It should have arrived by now."}]


def message(content: Any, stop_reason: Any = "end_turn", usage: Any = "default", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-test",
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        **extra,
    }
    if usage == "default":
        body["usage"] = {"input_tokens": 12, "output_tokens": 15}
    elif usage is not None:
        body["usage"] = usage
    return body


def text(value: Any) -> list[dict[str, Any]]:
    return [{"type": "text", "text": value}]


CASES: dict[str, bytes] = {
    "missing usage": json.dumps(message(text(ENGLISH), usage=None)).encode(),
    "usage of the wrong types": json.dumps(
        message(text(ENGLISH), usage={"input_tokens": "twelve", "output_tokens": None})
    ).encode(),
    "no content blocks": json.dumps(message([])).encode(),
    "content is null": json.dumps(message(None)).encode(),
    "a text block without text": json.dumps(message([{"type": "text"}])).encode(),
    "text that is not a string": json.dumps(message(text({"nested": [1, 2]}))).encode(),
    "an unknown block type": json.dumps(
        message([{"type": "hologram", "frames": 3}, {"type": "text", "text": ENGLISH}])
    ).encode(),
    "thinking only": json.dumps(message([{"type": "thinking", "thinking": "hmm", "signature": "sig"}])).encode(),
    "an unknown stop reason": json.dumps(message(text(ENGLISH), stop_reason="meteor_strike")).encode(),
    "stop reason null": json.dumps(message(text(ENGLISH), stop_reason=None)).encode(),
    "tool input that is a string": json.dumps(
        message([{"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": "{not json"}], stop_reason="tool_use")
    ).encode(),
    "deeply nested tool input": json.dumps(
        message(
            [
                {
                    "type": "tool_use",
                    "id": "toolu_1",
                    "name": "lookup",
                    "input": {"a": json.loads("[" * 500 + "]" * 500)},
                }
            ],
            stop_reason="tool_use",
        )
    ).encode(),
    "a refusal with no content": json.dumps(message([], stop_reason="refusal")).encode(),
    "a 10 MB reply": json.dumps(message(text(BIG))).encode(),
    "lone surrogates": json.dumps(message(text(SURROGATES))).encode(),
    "invalid UTF-8": invalid_utf8(message(text(PLACEHOLDER)), b"bad \xff\xfe \xc3"),
    "an empty object": b"{}",
    "a JSON array": b"[1, 2, 3]",
    "not JSON at all": b"<html>502 Bad Gateway</html>",
    "an empty body": b"",
}


class Reply:
    """The transport's answer: always 200 with the body under test."""

    def __init__(self) -> None:
        self.body = b"{}"

    def __call__(self, request: Any) -> Any:
        return http.Response(200, content=self.body, headers={"content-type": "application/json"})


@pytest.fixture
def returned(monkeypatch) -> list[Any]:
    """Every object the SDK itself produced as a call's return value."""
    return spy_returns(monkeypatch, SyncAPIClient, "_process_response")


@pytest.mark.parametrize("case", list(CASES))
def test_unexpected_messages_reply(case, instrumented, returned, caplog, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_OPEN_TELEMETRY", "false")  # anthropic 2.x's own spans: not ours to count
    reply = Reply()
    reply.body = CASES[case]
    client = anthropic.Anthropic(
        api_key="k",
        base_url="http://127.0.0.1:9",
        max_retries=0,
        http_client=http.Client(transport=http.MockTransport(reply)),
    )

    def call():
        return client.messages.create(model="claude-test", max_tokens=100, messages=QUESTION)

    bare = outcome(call)
    tel = instrumented()
    returned.clear()
    assert_unchanged(bare, outcome(call), made=returned)
    assert_clean([s for s in tel.finished_spans() if s.instrumentation_scope.name == "otel_micrometrics"], caplog)
