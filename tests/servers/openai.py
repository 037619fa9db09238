"""The OpenAI-compatible wire format: ``ChatServer`` answers chat completions (and Responses,
embeddings) with JSON from a responder, and the builders make the bodies and event streams the API
sends (``completion``, ``chat_chunks``, ``response_object``, ``response_events``); streams are
served by ``servers.sse.SSEServer``."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from servers.base import GERMAN, LocalServer, Wire, read_json

Responder = Callable[[str, dict[str, Any]], "tuple[int, dict[str, Any]]"]


class ChatServer(LocalServer):
    """A minimal OpenAI-compatible HTTP server on 127.0.0.1 (random port).

    ``responder(path, request_json)`` returns ``(status, json_body)``. Every request is kept
    in ``requests`` so a caller can see what the client sent.
    """

    thread_name = "chat-test-server"
    url_suffix = "/v1"

    def __init__(self, responder: Responder, delay: float = 0.0) -> None:
        super().__init__()
        self.responder = responder
        self.delay = delay

    def answer(self, wire: Wire, path: str, raw: bytes) -> None:
        body = read_json(raw)
        self.requests.append(body)
        if self.delay:
            time.sleep(self.delay)
        status, payload = self.responder(path, body)
        wire.send_json(status, payload)


class Replies:
    """A queue of (status, body) replies for a ``ChatServer``; the last one repeats."""

    def __init__(self) -> None:
        self.queue: list[tuple[int, dict[str, Any]]] = []

    def push(self, body: dict[str, Any], status: int = 200) -> None:
        self.queue.append((status, body))

    def __call__(self, path: str, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if not self.queue:
            return 200, completion("Hello there, how can I help you today?")
        if len(self.queue) == 1:
            return self.queue[0]
        return self.queue.pop(0)


def completion(
    content: str | None,
    *,
    model: str = "gpt-4o-mini-2024-07-18",
    finish_reason: str = "stop",
    prompt_tokens: int = 10,
    completion_tokens: int = 5,
    id: str = "chatcmpl-demo",
    refusal: str | None = None,
    tool_calls: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A chat.completion JSON body as the OpenAI API returns it."""
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": id,
        "object": "chat.completion",
        "created": 1764200000,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


# --- OpenAI chat.completion.chunk streams ----------------------------------------------------


def chat_chunks(
    text: str,
    *,
    pieces: int | None = None,
    model: str = "gpt-4o-mini-2024-07-18",
    id: str = "chatcmpl-stream",
    finish_reason: str | None = "stop",
    usage: tuple[int, int] | None = None,
    choices: int = 1,
    texts: list[str] | None = None,
    finish_reasons: list[str] | None = None,
    tool_calls: list[dict[str, Any]] | None = None,
    done: bool = True,
) -> list[Any]:
    """The SSE events of a streamed chat completion, as the OpenAI API sends them."""
    texts = texts or [text] * choices
    finish_reasons = finish_reasons or [finish_reason] * len(texts)  # type: ignore[list-item]

    def chunk(choice_list: list[dict[str, Any]], usage_obj: Any = None) -> dict[str, Any]:
        return {
            "id": id,
            "object": "chat.completion.chunk",
            "created": 1764200000,
            "model": model,
            "system_fingerprint": "fp_test",
            "choices": choice_list,
            "usage": usage_obj,
        }

    events: list[Any] = []
    for index in range(len(texts)):
        events.append(
            chunk(
                [
                    {
                        "index": index,
                        "delta": {"role": "assistant", "content": ""},
                        "logprobs": None,
                        "finish_reason": None,
                    }
                ]
            )
        )
    for index, body in enumerate(texts):
        words = _split(body, pieces)
        for word in words:
            events.append(
                chunk([{"index": index, "delta": {"content": word}, "logprobs": None, "finish_reason": None}])
            )
    if tool_calls:
        for t_index, call in enumerate(tool_calls):
            events.append(
                chunk(
                    [
                        {
                            "index": 0,
                            "delta": {
                                "tool_calls": [
                                    {
                                        "index": t_index,
                                        "id": call["id"],
                                        "type": "function",
                                        "function": {"name": call["name"], "arguments": ""},
                                    }
                                ]
                            },
                            "logprobs": None,
                            "finish_reason": None,
                        }
                    ]
                )
            )
            args = call["arguments"]
            for part in (args[: len(args) // 2], args[len(args) // 2 :]):
                events.append(
                    chunk(
                        [
                            {
                                "index": 0,
                                "delta": {"tool_calls": [{"index": t_index, "function": {"arguments": part}}]},
                                "logprobs": None,
                                "finish_reason": None,
                            }
                        ]
                    )
                )
    for index, reason in enumerate(finish_reasons):
        if reason is not None:
            events.append(chunk([{"index": index, "delta": {}, "logprobs": None, "finish_reason": reason}]))
    if usage is not None:
        events.append(
            chunk([], {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": usage[0] + usage[1]})
        )
    if done:
        events.append("[DONE]")
    return events


def _split(text: str, pieces: int | None) -> list[str]:
    if pieces is None:
        out, word = [], ""
        for ch in text:
            word += ch
            if ch == " ":
                out.append(word)
                word = ""
        if word:
            out.append(word)
        return out
    size = max(1, len(text) // pieces)
    return [text[i : i + size] for i in range(0, len(text), size)]


# --- Responses API objects and events ----------------------------------------------------------


def response_object(text=GERMAN, *, status="completed", reason=None, calls=(), refusal=None):
    content = [{"type": "output_text", "text": text, "annotations": []}] if text else []
    if refusal:
        content.append({"type": "refusal", "refusal": refusal})
    output = []
    if content:
        output.append(
            {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed", "content": content}
        )
    for call in calls:
        output.append(
            {
                "type": "function_call",
                "id": "fc_1",
                "call_id": call[0],
                "name": call[1],
                "arguments": call[2],
                "status": "completed",
            }
        )
    return {
        "id": "resp_123",
        "object": "response",
        "created_at": 1764200000,
        "model": "gpt-4.1-mini-2025-04-14",
        "status": status,
        "incomplete_details": {"reason": reason} if reason else None,
        "error": None,
        "instructions": None,
        "output": output,
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "temperature": 1.0,
        "top_p": 1.0,
        "metadata": {},
        "usage": {
            "input_tokens": 40,
            "output_tokens": 22,
            "total_tokens": 62,
            "input_tokens_details": {"cached_tokens": 16},
            "output_tokens_details": {"reasoning_tokens": 5},
        },
    }


def response_events(text=GERMAN, **kw):
    final = response_object(text, **kw)
    started = {**final, "status": "in_progress", "output": [], "usage": None}
    item = {"type": "message", "id": "msg_1", "role": "assistant", "status": "in_progress", "content": []}
    events = [
        ("response.created", {"type": "response.created", "sequence_number": 0, "response": started}),
        (
            "response.output_item.added",
            {"type": "response.output_item.added", "sequence_number": 0, "output_index": 0, "item": item},
        ),
        (
            "response.content_part.added",
            {
                "type": "response.content_part.added",
                "sequence_number": 0,
                "item_id": "msg_1",
                "output_index": 0,
                "content_index": 0,
                "part": {"type": "output_text", "text": "", "annotations": []},
            },
        ),
    ]
    for i, word in enumerate(text.split(" ")):
        delta = word if i == 0 else " " + word
        events.append(
            (
                "response.output_text.delta",
                {
                    "type": "response.output_text.delta",
                    "sequence_number": i + 1,
                    "item_id": "msg_1",
                    "output_index": 0,
                    "content_index": 0,
                    "delta": delta,
                    "logprobs": [],
                },
            )
        )
    kind = "response.completed" if final["status"] == "completed" else "response.incomplete"
    events.append((kind, {"type": kind, "sequence_number": 999, "response": final}))
    return events
