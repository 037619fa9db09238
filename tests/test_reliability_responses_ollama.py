"""Unexpected ``/api/chat`` replies through the real ollama client, from a local server that sends
any body: the application gets what it gets without the plugin (a response of the same type and
value, or the same exception type), the span always ends, and none of our code raises, not even
internally where it would be swallowed and logged."""

from __future__ import annotations

from typing import Any

import pytest

ollama = pytest.importorskip("ollama")
from helpers.unexpected import BIG, PLACEHOLDER, assert_clean, assert_unchanged, invalid_utf8, outcome  # noqa: E402

MODEL = "llama3.2"
ENGLISH = "Your order shipped yesterday and should arrive tomorrow before noon."
QUESTION = [{"role": "user", "content": "Where is my order? It should have arrived by now."}]


def chat(message: Any = "default", counts: Any = (12, 14), **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": f"{MODEL}:latest",
        "created_at": "2026-05-01T10:00:00.000000Z",
        "message": {"role": "assistant", "content": ENGLISH} if message == "default" else message,
        "done": True,
        "done_reason": "stop",
        **extra,
    }
    if counts is not None:
        body["prompt_eval_count"], body["eval_count"] = counts
    return body


CASES: dict[str, Any] = {
    "missing token counts": chat(counts=None),
    "token counts of the wrong types": chat(counts=("twelve", None)),
    "no message": chat(message=None),
    "content null": chat(message={"role": "assistant", "content": None}),
    "thinking only": chat(message={"role": "assistant", "content": "", "thinking": "hmm"}),
    "tool call arguments that are a string": chat(
        message={"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "f", "arguments": "{x"}}]}
    ),
    "an unknown done reason": chat(done_reason="meteor_strike"),
    "not done": chat(done=False, done_reason=None),
    "a 10 MB reply": chat(message={"role": "assistant", "content": BIG}),
    "lone surrogates": chat(message={"role": "assistant", "content": "broken \ud800 text \udfff here, more words"}),
    "invalid UTF-8": invalid_utf8(chat(message={"role": "assistant", "content": PLACEHOLDER})),
    "an empty object": {},
    "a JSON array": b"[1, 2, 3]",
    "not JSON at all": b"<html>502 Bad Gateway</html>",
}


@pytest.mark.parametrize("case", list(CASES))
def test_unexpected_chat_reply(case, instrumented, scripted_server, caplog):
    server, script = scripted_server
    script.push(CASES[case])
    client = ollama.Client(host=f"http://127.0.0.1:{server.port}")

    def call():
        return client.chat(model=MODEL, messages=QUESTION)

    bare = outcome(call)
    tel = instrumented()
    assert_unchanged(bare, outcome(call))  # the client builds its reply inside the wrapped method
    assert_clean(tel.finished_spans(), caplog)
