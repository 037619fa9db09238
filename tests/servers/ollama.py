"""Ollama's API wire format (``/api/chat``, ``/api/generate``; streams as newline-delimited JSON
ending with ``done: true``), served by ``servers.sse.SSEServer``: the bodies and lines the server
sends, and real ollama clients pointed at the local server."""

from __future__ import annotations

from typing import Any

from servers.base import GERMAN
from servers.sse import DROP, NDJSON

MODEL = "llama3.2"
CREATED = "2026-05-01T10:00:00.000000Z"


def chat_reply(text=GERMAN, *, reason="stop", usage=(26, 18), tool_calls=None, model=f"{MODEL}:latest"):
    message = {"role": "assistant", "content": text}
    if tool_calls is not None:
        message["tool_calls"] = tool_calls
    body = {
        "model": model,
        "created_at": CREATED,
        "message": message,
        "done": True,
        "done_reason": reason,
        "total_duration": 123456,
        "load_duration": 1000,
        "prompt_eval_duration": 2000,
        "eval_duration": 3000,
    }
    if usage is not None:
        body["prompt_eval_count"], body["eval_count"] = usage
    return body


def generate_reply(text=GERMAN, *, reason="stop", usage=(11, 19)):
    return {
        "model": f"{MODEL}:latest",
        "created_at": CREATED,
        "response": text,
        "done": True,
        "done_reason": reason,
        "context": [1, 2, 3],
        "prompt_eval_count": usage[0],
        "eval_count": usage[1],
    }


def chat_lines(
    text=GERMAN, *, reason="stop", usage=(14, 15), pieces=4, error=None, drop=False, done=True, generate=False
):
    size = max(1, len(text) // pieces)
    words = [text[i : i + size] for i in range(0, len(text), size)]
    key = "response" if generate else "message"
    lines = NDJSON()
    for word in words:
        part = word if generate else {"role": "assistant", "content": word}
        lines.append({"model": f"{MODEL}:latest", "created_at": CREATED, key: part, "done": False})
    if done:
        part = "" if generate else {"role": "assistant", "content": ""}
        last = {
            "model": f"{MODEL}:latest",
            "created_at": CREATED,
            key: part,
            "done": True,
            "done_reason": reason,
            "prompt_eval_count": usage[0],
            "eval_count": usage[1],
        }
        lines.append(last)
    if error is not None:
        lines[:] = [*lines[:2], {"error": error}]
    if drop:
        lines[:] = [*lines[:2], DROP]
    return lines


def ollama_client(srv: Any) -> Any:
    import ollama

    return ollama.Client(host=f"http://127.0.0.1:{srv.port}")


def ollama_async_client(srv: Any) -> Any:
    import ollama

    return ollama.AsyncClient(host=f"http://127.0.0.1:{srv.port}")
