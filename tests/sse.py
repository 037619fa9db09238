"""A local HTTP server speaking server-sent events the way LLM APIs do, for stream tests.

``responder(path, request_json)`` returns ``(status, body)`` where ``body`` is either a JSON
object (sent as ``application/json``) or a list of events, each ``data`` (a dict sent as JSON, or
a raw string such as ``"[DONE]"``) or a ``(event_name, data)`` pair. The special event ``DROP``
closes the connection abruptly in the middle of the stream. A body of type ``NDJSON`` (a list)
is streamed as newline-delimited JSON objects instead, the way Ollama streams.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

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


class SSEServer:
    """Answers POSTs with JSON or an SSE stream; every request body is kept in ``requests``."""

    def __init__(self, responder: Responder, event_delay: float = 0.0) -> None:
        self.responder = responder
        self.event_delay = event_delay
        self.requests: list[dict[str, Any]] = []
        self.paths: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {}
                server.requests.append(body)
                server.paths.append(self.path)
                status, payload = server.responder(self.path, body)
                if isinstance(payload, list):
                    self._stream(status, payload)
                    return
                data = (
                    payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                )  # bytes: sent as they are
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.send_header("x-request-id", "req-test-1")
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, status: int, events: list[Any]) -> None:
                self.send_response(status)
                ndjson = isinstance(events, NDJSON)
                self.send_header("content-type", "application/x-ndjson" if ndjson else "text/event-stream")
                self.send_header("transfer-encoding", "chunked")
                self.send_header("x-request-id", "req-test-1")
                self.end_headers()
                try:
                    for event in events:
                        if event is DROP:
                            self.wfile.flush()
                            self.close_connection = True
                            self.connection.shutdown(2)
                            return
                        data = (json.dumps(event) + "\n").encode() if ndjson else sse_bytes(event)
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                        self.wfile.flush()
                        if server.event_delay:
                            time.sleep(server.event_delay)
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]  # dropped on purpose
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="sse-test-server", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> SSEServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


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


class Script:
    """The next replies of a local server, as ``(status, body)``; the last one repeats."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, object]] = []

    def push(self, body: object, status: int = 200) -> None:
        self.replies.append((status, body))

    def __call__(self, path: str, request: dict) -> tuple[int, object]:
        if len(self.replies) > 1:
            return self.replies.pop(0)
        return self.replies[0]
