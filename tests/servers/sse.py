"""A local server answering from a script with JSON, server-sent events or newline-delimited JSON,
the way LLM APIs stream (OpenAI, Gemini's ``?alt=sse``, Ollama).

``responder(path, request_json)`` returns ``(status, body)`` where ``body`` is either a JSON
object (sent as ``application/json``; bytes are sent as they are) or a list of events, each
``data`` (a dict sent as JSON, or a raw string such as ``"[DONE]"``) or a ``(event_name, data)``
pair. The special event ``DROP`` closes the connection abruptly in the middle of the stream. A
body of type ``NDJSON`` (a list) is streamed as newline-delimited JSON objects instead, the way
Ollama streams.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from servers.base import LocalServer, Wire, read_json

DROP = object()


class NDJSON(list):  # type: ignore[type-arg]
    """Events to stream as newline-delimited JSON (``application/x-ndjson``), not SSE."""


Responder = Callable[[str, dict[str, Any]], "tuple[int, Any]"]


def sse_bytes(event: Any) -> bytes:
    name = None
    if isinstance(event, tuple):
        name, event = event
    data = event if isinstance(event, str) else json.dumps(event)
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {data}\n\n".encode()


class SSEServer(LocalServer):
    """Answers POSTs with JSON or a stream; every request body is kept in ``requests``."""

    thread_name = "sse-test-server"
    url_suffix = "/v1"

    def __init__(self, responder: Responder, event_delay: float = 0.0) -> None:
        super().__init__()
        self.responder = responder
        self.event_delay = event_delay

    def answer(self, wire: Wire, path: str, raw: bytes) -> None:
        body = read_json(raw)
        self.requests.append(body)
        status, payload = self.responder(path, body)
        if isinstance(payload, list):
            self._stream(wire, status, payload)
            return
        wire.send_json(status, payload, {"x-request-id": "req-test-1"})

    def _stream(self, wire: Wire, status: int, events: list[Any]) -> None:
        ndjson = isinstance(events, NDJSON)
        content_type = "application/x-ndjson" if ndjson else "text/event-stream"
        wire.start_stream(status, {"content-type": content_type, "x-request-id": "req-test-1"})
        for event in events:
            if event is DROP:
                wire.drop()
                return
            wire.chunk((json.dumps(event) + "\n").encode() if ndjson else sse_bytes(event))
            if self.event_delay:
                time.sleep(self.event_delay)
        wire.end_stream()


class Script:
    """The next replies of a local server, as ``(status, body)``; the last one repeats."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, object]] = []

    def push(self, body: object, status: int = 200) -> None:
        self.replies.append((status, body))

    def __call__(self, path: str, request: dict[str, Any]) -> tuple[int, object]:
        if len(self.replies) > 1:
            return self.replies.pop(0)
        return self.replies[0]
