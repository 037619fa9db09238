"""The Gemini REST wire format (``:generateContent`` JSON, ``:streamGenerateContent?alt=sse``
server-sent events), served by ``servers.sse.SSEServer``: the bodies and events the API sends, and
a real google-genai client pointed at the local server."""

from __future__ import annotations

from typing import Any

from servers.base import GERMAN
from servers.sse import DROP

MODEL = "gemini-2.0-flash"
VERSION = "gemini-2.0-flash-001"


def reply(
    text=GERMAN,
    *,
    finish="STOP",
    usage=(31, 17),
    cached=None,
    thoughts=None,
    parts=None,
    rid="resp-gem-1",
    candidates=None,
):
    """A ``GenerateContentResponse`` as the Gemini API sends it."""
    meta = {"promptTokenCount": usage[0], "candidatesTokenCount": usage[1], "totalTokenCount": sum(usage)}
    if cached is not None:
        meta["cachedContentTokenCount"] = cached
    if thoughts is not None:
        meta["thoughtsTokenCount"] = thoughts
    if candidates is None:
        candidate = {"content": {"parts": parts or [{"text": text}], "role": "model"}, "index": 0}
        if finish:
            candidate["finishReason"] = finish
        candidates = [candidate]
    return {"candidates": candidates, "usageMetadata": meta, "modelVersion": VERSION, "responseId": rid}


def chunks(text=GERMAN, *, finish="STOP", usage=(12, 13), pieces=4, error=None, drop=False):
    """The SSE events of ``streamGenerateContent``: text pieces, then the finish reason and usage."""
    size = max(1, len(text) // pieces)
    words = [text[i : i + size] for i in range(0, len(text), size)]
    events = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        candidate = {"content": {"parts": [{"text": word}], "role": "model"}, "index": 0}
        event = {"candidates": [candidate], "modelVersion": VERSION, "responseId": "resp-stream-1"}
        if last and finish:
            candidate["finishReason"] = finish
            event["usageMetadata"] = {
                "promptTokenCount": usage[0],
                "candidatesTokenCount": usage[1],
                "totalTokenCount": sum(usage),
            }
        events.append(event)
    if error is not None:
        events = [*events[:2], {"error": error}]
    if drop:
        events = [*events[:2], DROP]
    return events


def genai_client(srv: Any, **extra: Any) -> Any:
    from google import genai
    from google.genai import types

    made = genai.Client(
        api_key="test-key", http_options=types.HttpOptions(base_url=f"http://127.0.0.1:{srv.port}"), **extra
    )
    # The SDK closes its HTTP client when a Client is collected: keep it while the server runs.
    srv.__dict__.setdefault("clients", []).append(made)
    return made
