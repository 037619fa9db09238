"""Unexpected ``generateContent`` replies through the real google-genai SDK, from a local server that
sends any body: the application gets exactly what it gets without the plugin, the very same object
(or the same exception type), the span always ends, and none of our code raises, not even
internally where it would be swallowed and logged."""

from __future__ import annotations

import json
from typing import Any

import pytest

genai = pytest.importorskip("google.genai")
from google.genai import models, types  # noqa: E402
from helpers.unexpected import (  # noqa: E402
    BIG,
    PLACEHOLDER,
    SURROGATES,
    assert_clean,
    assert_unchanged,
    invalid_utf8,
    outcome,
    spy_returns,
    summary,
)

# The SDK warns about a finish reason it does not know, then carries on: so must we.
pytestmark = pytest.mark.filterwarnings("ignore:METEOR_STRIKE is not a valid FinishReason")

MODEL = "gemini-2.0-flash"
ENGLISH = "Your order shipped yesterday and should arrive tomorrow before noon."
USAGE = {"promptTokenCount": 11, "candidatesTokenCount": 13, "totalTokenCount": 24}


def reply(parts: Any = "default", finish: Any = "STOP", usage: Any = "default", **candidate: Any) -> dict[str, Any]:
    content: dict[str, Any] = {"role": "model", "parts": [{"text": ENGLISH}] if parts == "default" else parts}
    body: dict[str, Any] = {
        "candidates": [{"content": content, "finishReason": finish, "index": 0, **candidate}],
        "modelVersion": "gemini-2.0-flash-001",
    }
    if usage == "default":
        body["usageMetadata"] = USAGE
    elif usage is not None:
        body["usageMetadata"] = usage
    return body


CASES: dict[str, Any] = {
    "missing usage": reply(usage=None),
    "usage of the wrong types": reply(usage={"promptTokenCount": "eleven", "candidatesTokenCount": None}),
    "no candidates, blocked prompt": {"promptFeedback": {"blockReason": "SAFETY"}, "usageMetadata": USAGE},
    "an empty candidate list": {"candidates": [], "usageMetadata": USAGE},
    "a candidate without content": {"candidates": [{"finishReason": "SAFETY", "index": 0}]},
    "content without parts": reply(parts=None),
    "an empty part": reply(parts=[{}]),
    "a function call only": reply(parts=[{"functionCall": {"name": "lookup", "args": {"id": 7}}}]),
    "inline data only": reply(parts=[{"inlineData": {"mimeType": "image/png", "data": "AAAA"}}]),
    "thought parts only": reply(parts=[{"text": "thinking...", "thought": True}]),
    "an unknown finish reason": reply(finish="METEOR_STRIKE"),
    "finish reason null": reply(finish=None),
    "text that is not a string": reply(parts=[{"text": {"nested": [1, 2]}}]),
    "a 10 MB reply": reply(parts=[{"text": BIG}]),
    "lone surrogates": reply(parts=[{"text": SURROGATES}]),
    "invalid UTF-8": invalid_utf8(reply(parts=[{"text": PLACEHOLDER}])),
    "an empty object": {},
    "a JSON array": [1, 2, 3],
    "not JSON at all": b"<html>502 Bad Gateway</html>",
}


@pytest.fixture
def returned(monkeypatch) -> list[Any]:
    """Every response the SDK itself built for a call."""
    return spy_returns(monkeypatch, models.Models, "_generate_content")


def without_date(value: Any) -> Any:
    """The response as a dict, less the HTTP Date header the SDK keeps (two calls may straddle a second)."""
    dump = summary(value)
    headers = (dump.get("sdk_http_response") or {}).get("headers") if isinstance(dump, dict) else None
    if headers:
        headers.pop("date", None)
    return dump


@pytest.mark.parametrize("case", list(CASES))
def test_unexpected_generate_content_reply(case, instrumented, scripted_server, returned, caplog):
    srv, script = scripted_server
    body = CASES[case]
    # A JSON array would be read by the local server as a stream of events: send its bytes.
    script.push(json.dumps(body).encode() if isinstance(body, list) else body)
    client = genai.Client(api_key="k", http_options=types.HttpOptions(base_url=srv.base_url))

    def call():
        return client.models.generate_content(model=MODEL, contents="Where is my order?")

    bare = outcome(call)
    tel = instrumented()
    returned.clear()
    assert_unchanged(bare, outcome(call), made=returned, same=without_date)
    assert_clean(tel.finished_spans(), caplog)
