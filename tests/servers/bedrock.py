"""A local HTTP server speaking the Bedrock Runtime wire format, for boto3 tests without AWS.

``POST /model/{modelId}/converse`` answers JSON; ``POST /model/{modelId}/converse-stream``
answers the AWS event-stream binary encoding (``application/vnd.amazon.eventstream``): each
frame is a prelude (total length, headers length, CRC32), typed headers (``:message-type``,
``:event-type``, ``:content-type``), a JSON payload and a CRC32 of the whole message. botocore
decodes these frames with its own parser, so what the client sees is what Bedrock would send.

``responder(model_id, operation, request_json)`` returns ``(status, body, headers)``: a dict
for Converse (or an error body), or a list of events for ConverseStream, each
``(event_type, payload)``, ``("exception", exception_type, payload)`` or ``DROP``.
"""

from __future__ import annotations

import binascii
import json
import struct
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from servers.base import LocalServer, Wire

DROP = object()

MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0"

Responder = Callable[[str, str, dict[str, Any]], "tuple[int, Any, dict[str, str]]"]


def _header(name: str, value: str) -> bytes:
    raw_name, raw_value = name.encode(), value.encode()
    return struct.pack("B", len(raw_name)) + raw_name + b"\x07" + struct.pack(">H", len(raw_value)) + raw_value


def frame(headers: dict[str, str], payload: bytes) -> bytes:
    """One event-stream message: prelude, prelude CRC, headers, payload, message CRC."""
    head = b"".join(_header(k, v) for k, v in headers.items())
    total = 12 + len(head) + len(payload) + 4
    prelude = struct.pack(">II", total, len(head))
    prelude += struct.pack(">I", binascii.crc32(prelude) & 0xFFFFFFFF)
    body = prelude + head + payload
    return body + struct.pack(">I", binascii.crc32(body) & 0xFFFFFFFF)


def event_frame(event: tuple[Any, ...]) -> bytes:
    if event[0] == "exception":
        _, kind, payload = event
        headers = {":message-type": "exception", ":exception-type": kind, ":content-type": "application/json"}
    else:
        kind, payload = event
        headers = {":message-type": "event", ":event-type": kind, ":content-type": "application/json"}
    return frame(headers, json.dumps(payload).encode())


class BedrockServer(LocalServer):
    """Answers Converse/ConverseStream; every request (model id, operation, body) is kept."""

    thread_name = "bedrock-test-server"

    def __init__(self, responder: Responder, event_delay: float = 0.0) -> None:
        super().__init__()
        self.responder = responder
        self.event_delay = event_delay

    @property
    def endpoint_url(self) -> str:
        return self.base_url

    def answer(self, wire: Wire, path: str, raw: bytes) -> None:
        body = json.loads(raw or b"{}")
        parts = path.split("/")  # "", "model", "{id}", "converse[-stream]"
        model_id, operation = unquote(parts[2]), parts[3]
        self.requests.append((model_id, operation, body))
        status, payload, headers = self.responder(model_id, operation, body)
        if isinstance(payload, list):
            self._stream(wire, status, payload)
            return
        wire.send_json(status, payload, {"x-amzn-requestid": "req-bedrock-1", **headers})

    def _stream(self, wire: Wire, status: int, events: list[Any]) -> None:
        wire.start_stream(
            status, {"content-type": "application/vnd.amazon.eventstream", "x-amzn-requestid": "req-bedrock-stream"}
        )
        for event in events:
            if event is DROP:
                wire.drop()
                return
            wire.chunk(event_frame(event))
            if self.event_delay:
                time.sleep(self.event_delay)
        wire.end_stream()


class Script:
    """The next replies of the local endpoint (the last one repeats)."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, object, dict[str, str]]] = []

    def push(self, body: object, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.replies.append((status, body, headers or {}))

    def __call__(self, model_id: str, operation: str, request: dict[str, Any]) -> tuple[int, object, dict[str, str]]:
        if len(self.replies) > 1:
            return self.replies.pop(0)
        return self.replies[0]


# --- replies as Bedrock sends them -----------------------------------------------------------


def converse_reply(
    text: str = "",
    *,
    stop_reason: str = "end_turn",
    usage: tuple[int, int] = (25, 12),
    cache: tuple[int, int] | None = None,
    tool_uses: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    content: list[dict[str, Any]] = [{"text": text}] if text else []
    for tool in tool_uses or ():
        content.append({"toolUse": {"toolUseId": tool["id"], "name": tool["name"], "input": tool["input"]}})
    tokens: dict[str, Any] = {"inputTokens": usage[0], "outputTokens": usage[1], "totalTokens": sum(usage)}
    if cache is not None:
        tokens["cacheReadInputTokens"], tokens["cacheWriteInputTokens"] = cache
    return {
        "output": {"message": {"role": "assistant", "content": content}},
        "stopReason": stop_reason,
        "usage": tokens,
        "metrics": {"latencyMs": 321},
    }


def stream_events(
    text: str,
    *,
    stop_reason: str | None = "end_turn",
    usage: tuple[int, int] | None = (25, 12),
    tool_uses: list[dict[str, Any]] | None = None,
) -> list[Any]:
    """The events of a ConverseStream reply: messageStart, text deltas word by word, tool-use
    blocks (input JSON in two pieces), messageStop and the metadata event with usage."""
    events: list[Any] = [("messageStart", {"role": "assistant"})]
    if text:
        word = ""
        for ch in text:
            word += ch
            if ch == " ":
                events.append(("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": word}}))
                word = ""
        if word:
            events.append(("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": word}}))
        events.append(("contentBlockStop", {"contentBlockIndex": 0}))
    for index, tool in enumerate(tool_uses or (), start=1 if text else 0):
        events.append(
            (
                "contentBlockStart",
                {"contentBlockIndex": index, "start": {"toolUse": {"toolUseId": tool["id"], "name": tool["name"]}}},
            )
        )
        args = json.dumps(tool["input"])
        for piece in (args[: len(args) // 2], args[len(args) // 2 :]):
            events.append(("contentBlockDelta", {"contentBlockIndex": index, "delta": {"toolUse": {"input": piece}}}))
        events.append(("contentBlockStop", {"contentBlockIndex": index}))
    if stop_reason is not None:
        events.append(("messageStop", {"stopReason": stop_reason}))
    if usage is not None:
        events.append(
            (
                "metadata",
                {
                    "usage": {"inputTokens": usage[0], "outputTokens": usage[1], "totalTokens": sum(usage)},
                    "metrics": {"latencyMs": 99},
                },
            )
        )
    return events


def bedrock_client(server: BedrockServer) -> Any:
    """A real boto3 ``bedrock-runtime`` client talking to ``server``, with no retries."""
    import boto3
    from botocore.config import Config

    return boto3.client(
        "bedrock-runtime",
        region_name="us-east-1",
        endpoint_url=server.endpoint_url,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(retries={"total_max_attempts": 1}),
    )
