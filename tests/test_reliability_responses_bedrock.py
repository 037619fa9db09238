"""Unexpected Converse replies through the real boto3 client, from a local endpoint that sends any
body: the application gets what it gets without the plugin (the same parsed reply, or the same
exception type), the span always ends, and none of our code raises, not even internally where it
would be swallowed and logged."""

from __future__ import annotations

from typing import Any

import pytest
from helpers.unexpected import BIG, PLACEHOLDER, SURROGATES, assert_clean, assert_unchanged, invalid_utf8, outcome
from servers.bedrock import BedrockServer, bedrock_client

MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0"
ENGLISH = "Your order shipped yesterday and should arrive tomorrow before noon."
QUESTION = [{"role": "user", "content": [{"text": "Where is my order? It should have arrived by now."}]}]
USAGE = {"inputTokens": 12, "outputTokens": 14, "totalTokens": 26}


def converse(content: Any = "default", stop: Any = "end_turn", usage: Any = "default", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "output": {
            "message": {"role": "assistant", "content": [{"text": ENGLISH}] if content == "default" else content}
        },
        "metrics": {"latencyMs": 321},
        **extra,
    }
    if stop is not None:
        body["stopReason"] = stop
    if usage == "default":
        body["usage"] = USAGE
    elif usage is not None:
        body["usage"] = usage
    return body


CASES: dict[str, Any] = {
    "missing usage": converse(usage=None),
    "usage of the wrong types": converse(usage={"inputTokens": "twelve", "outputTokens": None}),
    "no output": {"stopReason": "end_turn", "usage": USAGE},
    "output without a message": {"output": {}, "stopReason": "end_turn", "usage": USAGE},
    "no content blocks": converse(content=[]),
    "an unknown block type": converse(content=[{"hologram": {"frames": 3}}, {"text": ENGLISH}]),
    "text that is not a string": converse(content=[{"text": {"nested": [1, 2]}}]),
    "tool input that is a string": converse(
        content=[{"toolUse": {"toolUseId": "t1", "name": "lookup", "input": "{not json"}}], stop="tool_use"
    ),
    "an unknown stop reason": converse(stop="meteor_strike"),
    "no stop reason": converse(stop=None),
    "a 10 MB reply": converse(content=[{"text": BIG}]),
    "lone surrogates": converse(content=[{"text": SURROGATES}]),
    "invalid UTF-8": invalid_utf8(converse(content=[{"text": PLACEHOLDER}])),
    "an empty object": {},
    "a JSON array": b"[1, 2, 3]",
    "not JSON at all": b"<html>502 Bad Gateway</html>",
}


class Fixed:
    """The local endpoint's answer: always 200 with the body under test."""

    def __init__(self, body: Any) -> None:
        self.body = body

    def __call__(self, model_id: str, operation: str, request: dict) -> tuple[int, object, dict[str, str]]:
        return 200, self.body, {}


def without_metadata(reply: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in reply.items() if k != "ResponseMetadata"}  # dates and ids differ per call


@pytest.mark.parametrize("case", list(CASES))
def test_unexpected_converse_reply(case, instrumented, caplog):
    with BedrockServer(Fixed(CASES[case])) as srv:
        client = bedrock_client(srv)

        def call():
            return client.converse(modelId=MODEL, messages=QUESTION)

        bare = outcome(call)
        tel = instrumented()
        got = outcome(call)
    assert_unchanged(bare, got, same=without_metadata)  # boto3 builds its reply inside the wrapped method
    assert_clean(tel.finished_spans(), caplog)
