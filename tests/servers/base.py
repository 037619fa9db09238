"""The base local server: threaded, 127.0.0.1, an ephemeral port, started and stopped as a context
manager; every POST's path and body are kept, and the wire format extending it writes the answer
through ``Wire`` (a JSON body, a chunked stream, or a connection cut on purpose)."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# The reply text most tests have the model send: German, so the language checks have something to say.
GERMAN = "Ihre Bestellung wurde gestern verschickt und kommt voraussichtlich morgen bei Ihnen an."
# ... to the question most tests send.
QUESTION = "Wo ist meine Bestellung? Sie sollte schon längst da sein."


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # a client that left early, or a stream cut on purpose: what several tests do
        super().handle_error(request, client_address)


class Wire:
    """How a handler answers one request: a whole body, or a chunked stream written piece by piece."""

    def __init__(self, handler: BaseHTTPRequestHandler) -> None:
        self.handler = handler

    def send(self, status: int, data: bytes, headers: dict[str, str]) -> None:
        self.handler.send_response(status)
        for key, value in headers.items():
            self.handler.send_header(key, value)
        self.handler.send_header("content-length", str(len(data)))
        self.handler.end_headers()
        self.handler.wfile.write(data)

    def send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        """``payload`` as JSON (bytes are sent as they are)."""
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send(status, data, {"content-type": "application/json", **(headers or {})})

    def start_stream(self, status: int, headers: dict[str, str]) -> None:
        self.handler.send_response(status)
        for key, value in headers.items():
            self.handler.send_header(key, value)
        self.handler.send_header("transfer-encoding", "chunked")
        self.handler.end_headers()

    def chunk(self, data: bytes) -> None:
        self.handler.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.handler.wfile.flush()

    def end_stream(self) -> None:
        self.chunk(b"")

    def drop(self) -> None:
        """Close the connection abruptly in the middle of the stream."""
        self.handler.wfile.flush()
        self.handler.close_connection = True
        self.handler.connection.shutdown(2)

    def leave_unfinished(self) -> None:
        """Close the connection after this handler without the terminating chunk."""
        self.handler.close_connection = True


def read_json(raw: bytes) -> dict[str, Any]:
    """A request body as JSON; ``{}`` for an empty or unreadable one."""
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


class LocalServer:
    """Answers POSTs on 127.0.0.1 (random port) through ``answer``, which a wire format defines.

    ``paths`` keeps every request path; ``requests`` is what the wire format keeps of each body.
    """

    thread_name = "local-test-server"
    url_suffix = ""

    def __init__(self) -> None:
        self.requests: list[Any] = []
        self.paths: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as separate writes

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                server.paths.append(self.path)
                try:
                    server.answer(Wire(self), self.path, raw)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client left early: that is what some tests do

            def log_message(self, format: str, *args: Any) -> None:  # silence per-request logs
                return

        self._httpd = _HTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name=self.thread_name, daemon=True
        )

    def answer(self, wire: Wire, path: str, raw: bytes) -> None:
        raise NotImplementedError

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.url_suffix}"

    def __enter__(self) -> Any:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
