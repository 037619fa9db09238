"""One LLM call, normalized and provider-agnostic: what every check reads.

An ``Exchange`` is built by an instrumentor from a client library's request and
response, by the companion span processor from another instrumentation's span, or
from one line of a JSONL file (``otel-micrometrics eval``). Checks only ever see this.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Message:
    """One input message: a role and its text (text parts joined; tool results as text)."""

    role: str
    content: str = ""
    name: str | None = None
    tool_call_id: str | None = None


@dataclass(slots=True)
class ToolCall:
    """A tool call made by the model; ``arguments`` is the raw JSON text it produced."""

    name: str
    arguments: str = ""
    id: str | None = None


@dataclass(slots=True)
class Choice:
    """One more choice of a reply with several (``n > 1``), for the opt-in output messages."""

    index: int
    text: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    finish_reason: str | None = None


@dataclass(slots=True)
class Usage:
    """Token counts as reported by the provider; ``None`` when it reported nothing."""

    input_tokens: int | None = None
    output_tokens: int | None = None
    cache_read_tokens: int | None = None
    cache_creation_tokens: int | None = None
    reasoning_tokens: int | None = None


@dataclass(slots=True)
class Exchange:
    """One request and its reply.

    ``output_format`` is ``None`` for free text, else a dict such as
    ``{"type": "json_object"}`` or ``{"type": "json_schema", "schema": {...}}``.
    ``tools`` holds the declared tools as ``{"name", "description", "parameters"}`` dicts.
    ``expected_language`` and ``handoff_tools`` are set by the pipeline from configuration,
    so that checks stay pure functions of the exchange (``handoff_tools=None`` means the
    default list, as in offline evaluation).
    """

    provider: str = "openai"
    operation: str = "chat"
    request_model: str | None = None
    response_model: str | None = None
    response_id: str | None = None
    messages: list[Message] = field(default_factory=list)
    system_instructions: list[str] = field(default_factory=list)
    tools: list[dict[str, Any]] = field(default_factory=list)
    output_format: dict[str, Any] | None = None
    output_text: str = ""
    reasoning_text: str = ""  # the model's visible reasoning (thinking blocks), for content capture
    tool_calls: list[ToolCall] = field(default_factory=list)
    refusal: str | None = None
    finish_reasons: list[str] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    start_time: float | None = None
    end_time: float | None = None
    time_to_first_chunk: float | None = None
    streaming: bool = False
    error_type: str | None = None
    conversation_id: str | None = None
    segment: dict[str, str] = field(default_factory=dict)
    request_params: dict[str, Any] = field(default_factory=dict)
    expected_language: str | None = None
    handoff_tools: tuple[str, ...] | None = None
    server_address: str | None = None
    server_port: int | None = None
    # The ``gen_ai.output.type`` the request asked for (``text``, ``json``), when it named one.
    output_type: str | None = None
    # Provider-specific span attributes (semconv names), known at the request / from the reply;
    # ``None`` when the provider has none, so that a call pays nothing for them.
    request_attributes: dict[str, Any] | None = None
    response_attributes: dict[str, Any] | None = None
    # Seconds between consecutive chunks of a stream, after the first (bounded; see stream.py).
    chunk_intervals: list[float] | None = None
    # Content capture only: every choice of an ``n > 1`` reply beyond choice 0, and the input
    # history as the provider received it (system/developer turns and assistant tool calls kept).
    other_choices: list[Choice] | None = None
    history: list[dict[str, Any]] | None = None

    @property
    def turn_index(self) -> int:
        """Number of user messages so far, this request's included."""
        return [m.role for m in self.messages].count("user")

    def user_texts(self) -> list[str]:
        """Texts of the user messages, oldest first."""
        return [m.content for m in self.messages if m.role == "user" and m.content]

    # --- JSONL format of `otel-micrometrics eval` -------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Exchange:
        """Build an exchange from one JSONL record (OpenAI chat format; unknown keys ignored).

        Raises ``ValueError`` when the record does not have the documented shape.
        """
        if not isinstance(data, Mapping):
            raise ValueError("a record must be a JSON object")
        request = data.get("request") or {}
        response = data.get("response") or {}
        if not isinstance(request, Mapping) or not isinstance(response, Mapping):
            raise ValueError("'request' and 'response' must be JSON objects")
        messages: list[Message] = []
        system: list[str] = []
        raw_messages = request.get("messages") or []
        if not isinstance(raw_messages, list):
            raise ValueError("'request.messages' must be a list")
        for raw in raw_messages:
            if not isinstance(raw, Mapping):
                raise ValueError("each message must be a JSON object")
            role = str(raw.get("role") or "user")
            text = content_text(raw.get("content"))
            if role in ("system", "developer"):
                system.append(text)
            else:
                messages.append(Message(role=role, content=text, tool_call_id=_opt_str(raw.get("tool_call_id"))))
        usage_raw = response.get("usage") or {}
        usage = Usage()
        if isinstance(usage_raw, Mapping):
            usage = Usage(
                input_tokens=_opt_int(usage_raw.get("prompt_tokens", usage_raw.get("input_tokens"))),
                output_tokens=_opt_int(usage_raw.get("completion_tokens", usage_raw.get("output_tokens"))),
            )
        finish = response.get("finish_reason")
        finish_reasons = [str(f) for f in finish] if isinstance(finish, list) else ([str(finish)] if finish else [])
        return cls(
            provider=str(data.get("provider") or "openai"),
            request_model=_opt_str(request.get("model")),
            response_model=_opt_str(response.get("model")),
            response_id=_opt_str(response.get("id")),
            messages=messages,
            system_instructions=system,
            tools=openai_tools(request.get("tools")),
            output_format=openai_output_format(request.get("response_format")),
            output_text=content_text(response.get("content")),
            tool_calls=openai_tool_calls(response.get("tool_calls")),
            refusal=_opt_str(response.get("refusal")),
            finish_reasons=finish_reasons,
            usage=usage,
        )


def content_text(content: Any) -> str:
    """Text of a message content: a string, or the text parts of a list of parts, joined."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, (list, tuple)):
        parts: list[str] = []
        for part in content:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, Mapping):
                text = part.get("text")
                if isinstance(text, str):
                    parts.append(text)
            else:
                text = getattr(part, "text", None)
                if isinstance(text, str):
                    parts.append(text)
        return "\n".join(parts)
    return ""


def openai_tools(tools: Any) -> list[dict[str, Any]]:
    """Declared tools in OpenAI chat format -> ``{"name", "description", "parameters"}``."""
    out: list[dict[str, Any]] = []
    if not isinstance(tools, (list, tuple)):
        return out
    for tool in tools:
        if not isinstance(tool, Mapping):
            continue
        fn = tool.get("function") if tool.get("type", "function") == "function" else None
        spec = fn if isinstance(fn, Mapping) else tool
        name = spec.get("name")
        if isinstance(name, str):
            params = spec.get("parameters")
            out.append(
                {
                    "name": name,
                    "description": spec.get("description") or "",
                    "parameters": params if isinstance(params, Mapping) else None,
                }
            )
    return out


def openai_output_format(response_format: Any) -> dict[str, Any] | None:
    """OpenAI ``response_format`` -> ``{"type": "json_object"}`` / ``{"type": "json_schema", ...}``."""
    if not isinstance(response_format, Mapping):
        return None
    kind = response_format.get("type")
    if kind == "json_object":
        return {"type": "json_object"}
    if kind == "json_schema":
        spec = response_format.get("json_schema")
        if not isinstance(spec, Mapping):
            spec = response_format  # the flat form {"type": "json_schema", "schema": {...}}
        schema = spec.get("schema")
        if not isinstance(schema, Mapping):
            schema = None
        strict = bool(spec.get("strict"))
        return {"type": "json_schema", "schema": schema, "strict": strict}
    return None


def openai_tool_calls(tool_calls: Any) -> list[ToolCall]:
    """Tool calls in OpenAI chat format (dicts) -> ``ToolCall`` list."""
    out: list[ToolCall] = []
    if not isinstance(tool_calls, (list, tuple)):
        return out
    for call in tool_calls:
        if not isinstance(call, Mapping):
            continue
        fn = call.get("function")
        spec = fn if isinstance(fn, Mapping) else call
        args = spec.get("arguments")
        if not isinstance(args, str):
            args = json.dumps(args) if args is not None else ""
        out.append(ToolCall(name=str(spec.get("name") or ""), arguments=args, id=_opt_str(call.get("id"))))
    return out


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _opt_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# --- strings that reach attributes -----------------------------------------------------------


def encodable(text: str) -> str:
    """``text`` as the OTLP encoder can send it: a lone surrogate (from a broken server or
    client) would make every later export of the batch fail, so it becomes ``?``."""
    if type(text) is not str or text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def encodable_exchange(exchange: Exchange, response: bool) -> None:
    """Make the exchange's strings that reach attributes encodable: the request's (model,
    conversation id, segment values) or, with ``response``, the server's (id, model, finish
    reasons). Costs one ``isascii()`` per string when all are ASCII (the common case)."""
    if response:
        value = exchange.response_id
        if type(value) is str and not value.isascii():
            exchange.response_id = encodable(value)
        value = exchange.response_model
        if type(value) is str and not value.isascii():
            exchange.response_model = encodable(value)
        for reason in exchange.finish_reasons:
            if type(reason) is str and not reason.isascii():
                exchange.finish_reasons = [encodable(r) for r in exchange.finish_reasons]
                break
        return
    value = exchange.request_model
    if type(value) is str and not value.isascii():
        exchange.request_model = encodable(value)
    value = exchange.conversation_id
    if type(value) is str and not value.isascii():
        exchange.conversation_id = encodable(value)
    for key, value in exchange.segment.items():
        if not (key.isascii() and value.isascii()):
            exchange.segment = {encodable(k): encodable(v) for k, v in exchange.segment.items()}
            break
