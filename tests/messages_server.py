"""A local server speaking the Anthropic Messages API wire format, for the real anthropic SDK.

Non-streaming replies are JSON bodies; streams are server-sent events in chunked transfer
encoding, event by event, as the API sends them (``message_start``, ``content_block_start``,
``ping``, ``content_block_delta``, ``content_block_stop``, ``message_delta``, ``message_stop``).
A stream can stop early with an ``error`` event, drop the connection, or wait at a gate.
"""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return  # a client that closed its connection early is what several tests do
        super().handle_error(request, client_address)


MODEL = "claude-sonnet-4-6-20260217"


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
    usage: dict[str, Any] = {"input_tokens": input_tokens, "output_tokens": output_tokens}
    if cache_read is not None:
        usage["cache_read_input_tokens"] = cache_read
    if cache_write is not None:
        usage["cache_creation_input_tokens"] = cache_write
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
    start_usage: dict[str, Any] = {"input_tokens": input_tokens, "output_tokens": 1}
    if cache_read is not None:
        start_usage["cache_read_input_tokens"] = cache_read
    if cache_write is not None:
        start_usage["cache_creation_input_tokens"] = cache_write
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


class MessagesServer:
    """Serves scripted replies on ``POST /v1/messages`` at 127.0.0.1 (random port).

    Replies are taken in order; the last one repeats. Every request body is kept in ``requests``.
    """

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        self.finished = threading.Event()  # set when a stream response has been fully written
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    server.requests.append(json.loads(raw or b"{}"))
                except ValueError:
                    server.requests.append({})
                reply = server.next_reply()
                try:
                    if reply.events is None:
                        self._json(reply)
                    else:
                        self._stream(reply)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client left early: that is what some tests do

            def _json(self, reply: Reply) -> None:
                data = json.dumps(reply.body or {}).encode()
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("request-id", "req_test_0001")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                self.wfile.flush()

            def _stream(self, reply: Reply) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream; charset=utf-8")
                self.send_header("cache-control", "no-cache")
                self.send_header("request-id", "req_test_0002")
                self.send_header("transfer-encoding", "chunked")
                self.end_headers()
                self.wfile.flush()
                for n, (event, data) in enumerate(reply.events or ()):
                    if reply.gate_after is not None and n == reply.gate_after:
                        reply.gate.wait(5)
                    if reply.cut_after is not None and n == reply.cut_after:
                        if reply.cut == "drop":
                            self.close_connection = True
                            return  # no terminating chunk: the body ends before it is complete
                        self._chunk(
                            b"event: error\ndata: "
                            + json.dumps(error_body("overloaded_error", "Overloaded")).encode()
                            + b"\n\n"
                        )
                        break
                    self._chunk(f"event: {event}\ndata: {json.dumps(data)}\n\n".encode())
                self._chunk(b"")
                server.finished.set()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="messages-server", daemon=True
        )

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

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> MessagesServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
