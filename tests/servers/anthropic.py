"""A local server speaking the Anthropic Messages API wire format, for the real anthropic SDK.

Non-streaming replies are JSON bodies; streams are server-sent events in chunked transfer
encoding, event by event, as the API sends them (``message_start``, ``content_block_start``,
``ping``, ``content_block_delta``, ``content_block_stop``, ``message_delta``, ``message_stop``).
A stream can stop early with an ``error`` event, drop the connection, or wait at a gate.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any

from servers.base import LocalServer, Wire, read_json

MODEL = "claude-sonnet-4-6-20260217"


def _usage(input_tokens: int, output_tokens: int, cache_read: int | None, cache_write: int | None) -> dict[str, Any]:
    usage: dict[str, Any] = {"input_tokens": input_tokens, "output_tokens": output_tokens}
    if cache_read is not None:
        usage["cache_read_input_tokens"] = cache_read
    if cache_write is not None:
        usage["cache_creation_input_tokens"] = cache_write
    return usage


def message(
    text: str | None = "Hello! How can I help you today?",
    *,
    id: str = "msg_01TestReply",
    model: str = MODEL,
    stop_reason: str = "end_turn",
    input_tokens: int = 12,
    output_tokens: int = 9,
    cache_read: int | None = None,
    cache_write: int | None = None,
    tool_uses: list[dict[str, Any]] | None = None,
    stop_details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A Message JSON body as the Messages API returns it."""
    content: list[dict[str, Any]] = []
    if text is not None:
        content.append({"type": "text", "text": text})
    for use in tool_uses or ():
        content.append({"type": "tool_use", "id": use["id"], "name": use["name"], "input": use["input"]})
    usage = _usage(input_tokens, output_tokens, cache_read, cache_write)
    body: dict[str, Any] = {
        "id": id,
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": usage,
    }
    if stop_details is not None:
        body["stop_details"] = stop_details
    return body


def error_body(kind: str, text: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": text}}


def stream_events(
    pieces: list[str],
    *,
    id: str = "msg_01TestStream",
    model: str = MODEL,
    stop_reason: str = "end_turn",
    input_tokens: int = 12,
    output_tokens: int = 9,
    cache_read: int | None = None,
    cache_write: int | None = None,
    tool_uses: list[dict[str, Any]] | None = None,
    final_usage_full: bool = False,
) -> list[tuple[str, dict[str, Any]]]:
    """The event sequence of one streamed message: text pieces, then tool_use blocks whose
    ``input`` arrives as ``input_json_delta`` pieces (``use["json_pieces"]``)."""
    start_usage = _usage(input_tokens, 1, cache_read, cache_write)
    events: list[tuple[str, dict[str, Any]]] = [
        (
            "message_start",
            {
                "type": "message_start",
                "message": {
                    "id": id,
                    "type": "message",
                    "role": "assistant",
                    "model": model,
                    "content": [],
                    "stop_reason": None,
                    "stop_sequence": None,
                    "usage": start_usage,
                },
            },
        )
    ]
    index = 0
    if pieces:
        events.append(
            (
                "content_block_start",
                {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            )
        )
        events.append(("ping", {"type": "ping"}))
        for piece in pieces:
            events.append(
                (
                    "content_block_delta",
                    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}},
                )
            )
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
        index = 1
    for use in tool_uses or ():
        events.append(
            (
                "content_block_start",
                {
                    "type": "content_block_start",
                    "index": index,
                    "content_block": {"type": "tool_use", "id": use["id"], "name": use["name"], "input": {}},
                },
            )
        )
        for part in use["json_pieces"]:
            events.append(
                (
                    "content_block_delta",
                    {
                        "type": "content_block_delta",
                        "index": index,
                        "delta": {"type": "input_json_delta", "partial_json": part},
                    },
                )
            )
        events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
        index += 1
    final_usage: dict[str, Any] = {"output_tokens": output_tokens}
    if final_usage_full:
        final_usage = dict(start_usage, output_tokens=output_tokens)
    events.append(
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                "usage": final_usage,
            },
        )
    )
    events.append(("message_stop", {"type": "message_stop"}))
    return events


@dataclass
class Reply:
    """One scripted reply: a JSON body, or a stream of events.

    ``cut_after``: after that many events, send an ``error`` event (``cut="error"``) or drop
    the connection mid-stream (``cut="drop"``). ``gate_after``: after that many events, wait
    until ``gate`` is set (or a few seconds) before sending the rest.
    """

    status: int = 200
    body: dict[str, Any] | None = None
    events: list[tuple[str, dict[str, Any]]] | None = None
    cut_after: int | None = None
    cut: str = "error"
    gate_after: int | None = None
    gate: threading.Event = field(default_factory=threading.Event)


class MessagesServer(LocalServer):
    """Serves scripted replies on ``POST /v1/messages`` at 127.0.0.1 (random port).

    Replies are taken in order; the last one repeats. Every request body is kept in ``requests``.
    """

    thread_name = "messages-server"

    def __init__(self) -> None:
        super().__init__()
        self.replies: list[Reply] = []
        self.finished = threading.Event()  # set when a stream response has been fully written

    def answer(self, wire: Wire, path: str, raw: bytes) -> None:
        self.requests.append(read_json(raw))
        reply = self.next_reply()
        if reply.events is None:
            wire.send_json(reply.status, reply.body or {}, {"request-id": "req_test_0001"})
        else:
            self._stream(wire, reply)

    def _stream(self, wire: Wire, reply: Reply) -> None:
        wire.start_stream(
            200,
            {
                "content-type": "text/event-stream; charset=utf-8",
                "cache-control": "no-cache",
                "request-id": "req_test_0002",
            },
        )
        wire.handler.wfile.flush()
        for n, (event, data) in enumerate(reply.events or ()):
            if reply.gate_after is not None and n == reply.gate_after:
                reply.gate.wait(5)
            if reply.cut_after is not None and n == reply.cut_after:
                if reply.cut == "drop":
                    wire.leave_unfinished()
                    return  # no terminating chunk: the body ends before it is complete
                wire.chunk(
                    b"event: error\ndata: "
                    + json.dumps(error_body("overloaded_error", "Overloaded")).encode()
                    + b"\n\n"
                )
                break
            wire.chunk(f"event: {event}\ndata: {json.dumps(data)}\n\n".encode())
        wire.end_stream()
        self.finished.set()

    def push(self, reply: Reply) -> Reply:
        self.replies.append(reply)
        return reply

    def push_json(self, body: dict[str, Any], status: int = 200) -> Reply:
        return self.push(Reply(status=status, body=body))

    def push_stream(self, events: list[tuple[str, dict[str, Any]]], **options: Any) -> Reply:
        return self.push(Reply(events=events, **options))

    def next_reply(self) -> Reply:
        if not self.replies:
            return Reply(body=message())
        if len(self.replies) == 1:
            return self.replies[0]
        return self.replies.pop(0)
