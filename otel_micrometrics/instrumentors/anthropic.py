"""anthropic SDK: reads Messages API requests, replies and stream events into an ``Exchange``.

The reader of one route, ``POST /v1/messages``: ``messages.create`` (sync and async, with and
without ``stream=True``), ``messages.parse()`` (structured outputs, where the SDK has it),
``messages.stream()`` (the SDK's stream managers wrap the raw event stream the shared stream
proxy wraps, so ``text_stream``, ``get_final_message`` and ``until_done`` all read through it)
and the ``with_raw_response`` / ``with_streaming_response`` forms of each. Where it is called
from (the client's ``request()``, wrapped once) and how raw responses and streams are handed
over is shared with openai: ``stainless.py``. Everything else (span, checks, telemetry, how a
stream ends) is the shared lifecycle in ``lifecycle.py`` and ``stream.py``.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Callable, Collection, Mapping
from typing import Any

from ..exchange import Exchange, Message, ToolCall, Usage
from ..runtime import active, internal_error
from . import lifecycle
from .stainless import Endpoint, StainlessInstrumentor, given, sent_body, server_of

PROVIDER = "anthropic"
# 0.x streams fail isinstance() through any proxy (a metaclass there), and its stream
# helper reads the HTTP response around the stream it was given.
_SUPPORTED = ("anthropic >= 1.0.0, < 3",)
_PARAMS = ("max_tokens", "temperature", "top_p", "top_k")
_TOOL_CALL_BLOCKS = frozenset({"tool_use"})


def _get(obj: Any, key: str, default: Any = None) -> Any:
    """A field of a request dict or of an SDK model, alike."""
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _blocks_text(content: Any) -> str:
    """Text of a content given as a string or as blocks (only ``text`` blocks count)."""
    if isinstance(content, str):
        return content
    if not isinstance(content, (list, tuple)):
        return ""
    parts = []
    for block in content:
        if isinstance(block, str):
            parts.append(block)
        elif _get(block, "type") == "text":
            text = _get(block, "text")
            if isinstance(text, str):
                parts.append(text)
    return "\n".join(parts)


def read_system(system: Any, exchange: Exchange) -> None:
    """``system`` as a string or a list of text blocks -> system instructions."""
    if isinstance(system, str):
        if system:
            exchange.system_instructions.append(system)
        return
    if isinstance(system, (list, tuple)):
        for block in system:
            text = _blocks_text([block])
            if text:
                exchange.system_instructions.append(text)


def read_messages(raw_messages: Any, exchange: Exchange) -> None:
    """Anthropic ``messages`` -> exchange messages.

    A user turn that carries ``tool_result`` blocks becomes one ``tool`` message per result
    (the results are not something the user said, so they do not count as a turn).
    Only lists and tuples are read: a generator given by the application must reach the SDK whole.
    """
    if not isinstance(raw_messages, (list, tuple)):
        return
    for raw in raw_messages:
        role = str(_get(raw, "role", "user") or "user")
        content = _get(raw, "content")
        if isinstance(content, (list, tuple)):
            results = [b for b in content if _get(b, "type") == "tool_result"]
            for block in results:
                tool_use_id = _get(block, "tool_use_id")
                exchange.messages.append(
                    Message(
                        role="tool",
                        content=_blocks_text(_get(block, "content")),
                        tool_call_id=tool_use_id if isinstance(tool_use_id, str) else None,
                    )
                )
            if results:
                text = _blocks_text(content)
                if text:
                    exchange.messages.append(Message(role=role, content=text))
                continue
        exchange.messages.append(Message(role=role, content=_blocks_text(content)))


def user_turns(raw_messages: Any) -> int:
    """How many of ``messages`` ``read_messages`` makes user messages (the turn index), without
    reading their content: a user turn of tool results counts only when it has text besides."""
    if not isinstance(raw_messages, (list, tuple)):
        return 0
    turns = 0
    for raw in raw_messages:
        if str(_get(raw, "role", "user") or "user") != "user":
            continue
        content = _get(raw, "content")
        if isinstance(content, (list, tuple)) and any(_get(b, "type") == "tool_result" for b in content):
            turns += bool(_blocks_text(content))
        else:
            turns += 1
    return turns


def history(raw_messages: Any) -> list[dict[str, Any]] | None:
    """Messages in the GenAI input-message shape: text, thinking (reasoning), tool_use (tool
    call with its id) and tool_result (tool call response with the id it answers) blocks."""
    if not isinstance(raw_messages, (list, tuple)):
        return None
    out: list[dict[str, Any]] = []
    for raw in raw_messages:
        role = str(_get(raw, "role", "user") or "user")
        content = _get(raw, "content")
        parts: list[dict[str, Any]] = []
        results = False
        for block in [content] if isinstance(content, str) else content if isinstance(content, (list, tuple)) else ():
            kind = "text" if isinstance(block, str) else _get(block, "type")
            if kind == "text":
                parts.append({"type": "text", "content": block if isinstance(block, str) else _get(block, "text")})
            elif kind == "thinking":
                parts.append({"type": "reasoning", "content": _get(block, "thinking")})
            elif kind == "tool_use":
                parts.append(
                    {
                        "type": "tool_call",
                        "id": _get(block, "id"),
                        "name": _get(block, "name"),
                        "arguments": _get(block, "input"),
                    }
                )
            elif kind == "tool_result":
                results = True
                parts.append(
                    {
                        "type": "tool_call_response",
                        "id": _get(block, "tool_use_id"),
                        "response": _blocks_text(_get(block, "content")),
                    }
                )
        out.append({"role": "tool" if results and role == "user" else role, "parts": parts})
    return out


def read_tools(tools: Any) -> list[dict[str, Any]]:
    """Declared tools -> ``{"name", "description", "parameters"}`` (``input_schema`` as parameters)."""
    out: list[dict[str, Any]] = []
    if not isinstance(tools, (list, tuple)):
        return out
    for tool in tools:
        name = _get(tool, "name")
        if not isinstance(name, str):
            continue
        schema = _get(tool, "input_schema")
        description = _get(tool, "description")
        out.append(
            {
                "name": name,
                "description": description if isinstance(description, str) else "",
                "parameters": dict(schema) if isinstance(schema, Mapping) else None,
            }
        )
    return out


def read_usage(usage: Any, into: Usage | None = None) -> Usage:
    """Anthropic usage -> ``Usage``; fields the server left out stay as they were.

    Anthropic's ``input_tokens`` leaves out the tokens read from or written to the prompt cache;
    ``Usage.input_tokens`` is the total the GenAI conventions ask for (all three added), and the
    cache parts are kept apart as well.
    """
    out = into if into is not None else Usage()
    raw_input = _get(usage, "input_tokens")
    cache_read = _get(usage, "cache_read_input_tokens")
    cache_write = _get(usage, "cache_creation_input_tokens")
    output = _get(usage, "output_tokens")
    details = _get(usage, "output_tokens_details")
    thinking = _get(details, "thinking_tokens") if details is not None else None
    if _is_int(cache_read):
        out.cache_read_tokens = cache_read
    if _is_int(cache_write):
        out.cache_creation_tokens = cache_write
    if _is_int(raw_input):
        out.input_tokens = raw_input + (out.cache_read_tokens or 0) + (out.cache_creation_tokens or 0)
    if _is_int(output):
        out.output_tokens = output
    if _is_int(thinking):
        out.reasoning_tokens = thinking
    return out


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _refusal_text(exchange: Exchange, stop_details: Any) -> str:
    """What a structured refusal said: the provider's explanation, else the reply text, else its reason."""
    explanation = _get(stop_details, "explanation") if stop_details is not None else None
    if isinstance(explanation, str) and explanation:
        return explanation
    if exchange.output_text:
        return exchange.output_text
    category = _get(stop_details, "category") if stop_details is not None else None
    return category if isinstance(category, str) and category else "refusal"


# Anthropic stop reasons -> the finish reasons the other GenAI instrumentations report (and
# the output-message schema names); any other reason (``refusal``, ``pause_turn``) as sent.
FINISH_REASONS = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length", "tool_use": "tool_calls"}


def set_stop_reason(exchange: Exchange, stop_reason: Any, stop_details: Any = None) -> None:
    """The stop reason as the one finish reason; a ``refusal`` also marks the exchange refused."""
    if not isinstance(stop_reason, str) or not stop_reason:
        return
    exchange.finish_reasons = [FINISH_REASONS.get(stop_reason, stop_reason)]
    if stop_reason == "refusal":
        exchange.refusal = _refusal_text(exchange, stop_details)


def read_message(exchange: Exchange, message: Any) -> None:
    """A complete ``Message`` (or its JSON) -> response fields of the exchange."""
    response_id = _get(message, "id")
    exchange.response_id = response_id if isinstance(response_id, str) else None
    model = _get(message, "model")
    exchange.response_model = model if isinstance(model, str) else None
    texts: list[str] = []
    for block in _get(message, "content") or ():
        kind = _get(block, "type")
        if kind == "text":
            text = _get(block, "text")
            if isinstance(text, str):
                texts.append(text)
        elif kind == "thinking":
            thinking = _get(block, "thinking")
            if isinstance(thinking, str):
                exchange.reasoning_text += thinking
        elif kind in _TOOL_CALL_BLOCKS:
            exchange.tool_calls.append(_tool_call(block, _get(block, "input")))
    exchange.output_text = "".join(texts)
    usage = _get(message, "usage")
    if usage is not None:
        exchange.usage = read_usage(usage)
    set_stop_reason(exchange, _get(message, "stop_reason"), _get(message, "stop_details"))


def _tool_call(block: Any, arguments: Any) -> ToolCall:
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments, ensure_ascii=False, default=str) if arguments is not None else ""
    tool_id = _get(block, "id")
    return ToolCall(
        name=str(_get(block, "name") or ""), arguments=arguments, id=tool_id if isinstance(tool_id, str) else None
    )


def read_output_format(body: Mapping[str, Any]) -> dict[str, Any] | None:
    """The request body's ``output_config.format`` (or an ``output_format``) JSON schema -> output
    format; a ``parse()`` or ``stream(output_format=Type)`` has the SDK send its type's schema."""
    config = body.get("output_config")
    fmt = _get(config, "format") if isinstance(config, Mapping) else body.get("output_format")
    if isinstance(fmt, Mapping) and fmt.get("type") == "json_schema":
        schema = fmt.get("schema")
        return {"type": "json_schema", "schema": dict(schema) if isinstance(schema, Mapping) else None, "strict": True}
    return None


class MessageEvents:
    """Adds up the raw stream events of one message (the stream proxy's accumulator).

    ``chunk`` is the per-event hot path: a type test and an append for text deltas.
    """

    __slots__ = ("complete", "message", "stop_details", "stop_reason", "texts", "thinking", "tools", "usage")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.thinking: list[str] = []
        self.tools: dict[int, tuple[Any, list[str]]] = {}  # index -> (tool_use block, JSON pieces)
        self.message: Any = None
        self.usage: dict[str, Any] = {}
        self.stop_reason: Any = None
        self.stop_details: Any = None
        self.complete = False

    def chunk(self, event: Any) -> None:
        kind = event.type
        if kind == "content_block_delta":
            delta = event.delta
            if delta.type == "text_delta":
                self.texts.append(delta.text)
            elif delta.type == "input_json_delta":
                tool = self.tools.get(event.index)
                if tool is not None:
                    tool[1].append(delta.partial_json)
            elif delta.type == "thinking_delta":
                self.thinking.append(delta.thinking)
        elif kind == "content_block_start":
            block = event.content_block
            if block.type in _TOOL_CALL_BLOCKS:
                self.tools[event.index] = (block, [])
        elif kind == "message_start":
            self.message = event.message
            self._usage(getattr(event.message, "usage", None))
        elif kind == "message_delta":
            self.stop_reason = event.delta.stop_reason
            self.stop_details = getattr(event.delta, "stop_details", None)
            self._usage(event.usage)
            self.complete = self.stop_reason is not None
        elif kind == "message_stop":
            self.complete = True

    def _usage(self, usage: Any) -> None:
        """Usage fields are cumulative: the latest value the server sent wins."""
        if usage is None:
            return
        for key in ("input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens"):
            value = getattr(usage, key, None)
            if value is not None:
                self.usage[key] = value
        details = getattr(usage, "output_tokens_details", None)
        if details is not None:
            self.usage["output_tokens_details"] = details

    def finish(self, exchange: Exchange) -> None:
        message = self.message
        if message is not None:
            response_id = getattr(message, "id", None)
            exchange.response_id = response_id if isinstance(response_id, str) else None
            model = getattr(message, "model", None)
            exchange.response_model = model if isinstance(model, str) else None
        exchange.output_text = "".join(self.texts)
        if self.thinking:
            exchange.reasoning_text = "".join(self.thinking)
        exchange.tool_calls = [
            _tool_call(block, "".join(pieces) if pieces else (getattr(block, "input", None) or {}))
            for _, (block, pieces) in sorted(self.tools.items(), key=lambda item: item[0])
        ]
        if self.usage:
            exchange.usage = read_usage(self.usage)
        set_stop_reason(exchange, self.stop_reason, self.stop_details)


class MessagesAdapter(Endpoint):
    """``POST /v1/messages``: the request body, and the complete reply or its event stream."""

    accumulator = MessageEvents

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        body = sent_body(args, kwargs)  # extra_body merged: 2.x takes sampling parameters only there
        if body is None:
            return None
        model = body.get("model")
        exchange = Exchange(
            provider=PROVIDER, operation="chat", request_model=model if isinstance(model, str) else None
        )
        params = exchange.request_params
        for key in _PARAMS:
            value = body.get(key)
            if given(value):
                params[key] = value
        stop = body.get("stop_sequences")
        if given(stop) and isinstance(stop, (list, tuple)):
            params["stop_sequences"] = [s for s in stop if isinstance(s, str)]
        exchange.output_format = read_output_format(body)
        exchange.streaming = kwargs.get("stream") is True
        exchange.server_address, exchange.server_port = server_of(instance)
        return exchange

    def request_messages(self, exchange: Exchange, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """``messages``, ``system`` and ``tools``, read once the call has ended (see
        ``lifecycle.Adapter``). The body is the SDK's own transformed copy of the request, not the
        application's lists, so it has not changed since."""
        body = sent_body(args, kwargs)
        if body is None:
            return
        read_messages(body.get("messages"), exchange)
        system = body.get("system")
        if given(system):
            read_system(system, exchange)
        tools = body.get("tools")
        if given(tools):
            exchange.tools = read_tools(tools)

    def request_turns(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
        """The user turns ``request_messages`` would read, without reading the messages."""
        body = sent_body(args, kwargs)
        return user_turns(body.get("messages")) if body is not None else 0

    def request_history(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[dict[str, Any]] | None:
        """``messages`` as ``gen_ai.input.messages`` (content capture only), block by block."""
        body = sent_body(args, kwargs)
        return history(body.get("messages")) if body is not None else None

    def response(self, exchange: Exchange, response: Any) -> None:
        read_message(exchange, response)


# anthropic >= 2 traces its own API calls (a CLIENT span ``anthropic.messages.create``, scope
# ``com.anthropic.sdk.python``, made inside ``request()``). Inside a call of ours that span would
# be a second GenAI span of the same call, so the call goes through a copy of the client with its
# documented ``open_telemetry`` option's traces turned off (all else kept); everywhere else the
# SDK's tracing is as the application configured it. One copy per client, made once.
_untraced_clients: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def untraced(client: Any) -> Any:
    """A copy of the client whose own spans are off, or ``None`` when the client makes no spans
    (anthropic 1.x, or traces disabled) and can be used as it is."""
    options = getattr(client, "open_telemetry", None)
    if not isinstance(options, Mapping):
        return None
    traces = options.get("traces")
    if not isinstance(traces, Mapping) or not traces.get("enabled"):
        return None
    quiet = _untraced_clients.get(client)
    if quiet is None:
        quiet = _untraced_clients[client] = client.with_options(
            open_telemetry={**options, "traces": {**traces, "enabled": False}}
        )
    return quiet


def through_untraced(wrapped: Callable[..., Any], instance: Any) -> Callable[..., Any]:
    """``wrapped`` (the client's ``request``) bound to its untraced copy when a span of ours will be made."""
    runtime = active()
    if runtime is None or lifecycle.suppressed() or not runtime.telemetry.enabled():
        return wrapped
    function = getattr(wrapped, "__func__", None)
    if function is None:
        return wrapped
    try:
        quiet = untraced(instance)
    except Exception as exc:
        internal_error("turning off the anthropic SDK's own span", exc)
        return wrapped
    return wrapped if quiet is None else function.__get__(quiet)


_ROUTES = {"/v1/messages": MessagesAdapter()}


class AnthropicInstrumentor(StainlessInstrumentor):
    """Instruments the anthropic SDK's Messages API (sync and async, streams and raw responses included)."""

    module = "anthropic"
    routes = _ROUTES
    clients = (("Anthropic", False), ("AsyncAnthropic", True))
    through = through_untraced

    def instrumentation_dependencies(self) -> Collection[str]:
        return _SUPPORTED
