"""anthropic SDK: reads Messages API requests, replies and stream events into an ``Exchange``.

Wrapped: ``messages.create`` (sync and async, with and without ``stream=True``),
``messages.parse()`` (structured outputs, where the SDK has it) and ``messages.stream()`` (the SDK's stream managers: their raw event stream is the one the
shared stream proxy wraps, so ``text_stream``, ``get_final_message`` and ``until_done``
all read through it). Everything else (span, checks, telemetry, how a stream ends) is
the shared lifecycle in ``lifecycle.py`` and ``stream.py``.
"""

from __future__ import annotations

import importlib
import json
import weakref
from collections.abc import Collection, Mapping
from typing import Any

from opentelemetry.instrumentation.utils import unwrap
from wrapt import wrap_function_wrapper

from ..exchange import Exchange, Message, ToolCall, Usage
from ..runtime import active, internal_error
from . import imports, lifecycle
from .openai import server_of
from .stream import AsyncStreamProxy, SyncStreamProxy

PROVIDER = "anthropic"
# 0.x streams fail isinstance() through any proxy (a metaclass there), and its stream
# helper reads the HTTP response around the stream it was given.
_SUPPORTED = ("anthropic >= 1.0.0, < 3",)
_MESSAGES_MODULES = (
    "anthropic.resources.messages.messages",
    "anthropic.resources.messages",
)
_PARAMS = ("max_tokens", "temperature", "top_p", "top_k")
_TOOL_CALL_BLOCKS = frozenset({"tool_use"})


def _given(value: Any) -> bool:
    """False for None and the SDK's ``NOT_GIVEN``/``omit`` sentinels."""
    return value is not None and type(value).__name__ not in ("NotGiven", "Omit")


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


def read_output_format(kwargs: Mapping[str, Any]) -> dict[str, Any] | None:
    """``output_config.format`` (JSON schema) or a ``stream(output_format=Type)`` -> output format."""
    config = kwargs.get("output_config")
    fmt = _get(config, "format") if _given(config) and config is not None else None
    if _get(fmt, "type") == "json_schema":
        schema = _get(fmt, "schema")
        return {"type": "json_schema", "schema": dict(schema) if isinstance(schema, Mapping) else None, "strict": True}
    output_format = kwargs.get("output_format")
    if _given(output_format) and isinstance(output_format, type):
        return {"type": "json_schema", "schema": None, "strict": True}
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


class MessagesAdapter:
    """``messages.create`` and ``messages.stream``: request, complete reply, or event stream."""

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        model = kwargs.get("model")
        exchange = Exchange(
            provider=PROVIDER, operation="chat", request_model=model if isinstance(model, str) else None
        )
        read_messages(kwargs.get("messages"), exchange)
        system = kwargs.get("system")
        if _given(system):
            read_system(system, exchange)
        params = exchange.request_params
        # anthropic 2.x takes sampling parameters only through ``extra_body``
        extra = kwargs.get("extra_body")
        extra = extra if isinstance(extra, Mapping) else {}
        for key in _PARAMS:
            value = kwargs.get(key)
            if not _given(value):
                value = extra.get(key)
            if _given(value):
                params[key] = value
        stop = kwargs.get("stop_sequences")
        if _given(stop) and isinstance(stop, (list, tuple)):
            params["stop_sequences"] = [s for s in stop if isinstance(s, str)]
        tools = kwargs.get("tools")
        if _given(tools):
            exchange.tools = read_tools(tools)
        exchange.output_format = read_output_format(kwargs)
        exchange.streaming = kwargs.get("stream") is True
        exchange.server_address, exchange.server_port = server_of(instance)
        return exchange

    def request_history(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[dict[str, Any]] | None:
        """``messages`` as ``gen_ai.input.messages`` (content capture only), block by block."""
        return history(kwargs.get("messages"))

    def handover(self, call: lifecycle.Call, response: Any) -> Any:
        """A stream goes back to the application inside the shared proxy, which finishes the call."""
        if call.exchange.streaming:
            if hasattr(response, "__anext__"):
                return AsyncStreamProxy(response, call, MessageEvents())
            if hasattr(response, "__next__"):
                return SyncStreamProxy(response, call, MessageEvents())
            # with_raw_response / with_streaming_response of a stream: the events are the app's to read
            call.finish(run_checks=False)
            return response
        if _is_raw(response) and _raw_body(response) is None:
            # with_streaming_response: reading the body here would take it from the application
            call.finish(run_checks=False)
            return response
        return None

    def response(self, exchange: Exchange, response: Any) -> None:
        message = response
        if _is_raw(message):
            body = _raw_body(response)  # with_raw_response: read its JSON, leave its parse() alone
            if body is None:
                return
            message = json.loads(body)
        read_message(exchange, message)


def _is_raw(response: Any) -> bool:
    """An SDK raw response (``with_raw_response``/``with_streaming_response``), not a ``Message``."""
    return getattr(response, "http_response", None) is not None


def _raw_body(response: Any) -> bytes | None:
    """The body of a raw API response when the SDK has already read it, else ``None``."""
    http = getattr(response, "http_response", None)
    if http is None or not getattr(http, "is_stream_consumed", False):
        return None
    content = getattr(http, "content", None)
    return content if isinstance(content, bytes) else None


class _Deferred:
    """An awaitable that starts its coroutine only when awaited (a manager never entered costs nothing)."""

    __slots__ = ("_start",)

    def __init__(self, start: Any) -> None:
        self._start = start

    def __await__(self) -> Any:
        return self._start().__await__()


# anthropic >= 2 traces its own API calls (a CLIENT span ``anthropic.messages.create``, scope
# ``com.anthropic.sdk.python``). Inside a call of ours that span would be a second GenAI span of
# the same call, so the call goes through a copy of the client with its documented
# ``open_telemetry`` option's traces turned off (all else kept); everywhere else the SDK's
# tracing is as the application configured it. One copy per client, made once.
_untraced_clients: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def untraced(instance: Any) -> Any:
    """The same resource on a copy of its client whose own spans are off, or ``None`` when
    the client makes no spans (anthropic 1.x, or traces disabled) and can be used as it is."""
    client: Any = getattr(instance, "_client", None)
    options = getattr(client, "open_telemetry", None)
    if not isinstance(options, Mapping):
        return None
    traces = options.get("traces")
    if not isinstance(traces, Mapping) or not traces.get("enabled"):
        return None
    resources = _untraced_clients.get(client)
    if resources is None:
        quiet = client.with_options(open_telemetry={**options, "traces": {**traces, "enabled": False}})
        resources = _untraced_clients[client] = {"client": quiet}
    resource = resources.get(type(instance))
    if resource is None:
        resource = resources[type(instance)] = type(instance)(resources["client"])
    return resource


def _through_untraced(wrapped: Any, instance: Any) -> Any:
    """``wrapped`` bound to the untraced copy of ``instance`` when a span of ours will be made."""
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


def one_span(run: Any) -> Any:
    """A lifecycle wrapper that keeps the SDK's own span out of our call (see ``untraced``)."""

    def wrapper(wrapped: Any, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return run(_through_untraced(wrapped, instance), instance, args, kwargs)

    return wrapper


def stream_manager_wrapper(adapter: MessagesAdapter, is_async: bool) -> Any:
    """Wraps ``messages.stream()``: the call starts when the manager is entered (that is when the
    SDK sends the request), and its raw event stream is handed to the shared stream proxy."""
    run = lifecycle.async_wrapper(adapter) if is_async else lifecycle.sync_wrapper(adapter)

    def wrapper(wrapped: Any, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        manager = _through_untraced(wrapped, instance)(*args, **kwargs)
        try:
            # the manager sends the request through this private callable (an awaitable when async)
            attribute = f"_{type(manager).__name__}__api_request"
            api_request = getattr(manager, attribute, None)
            if api_request is None:
                return manager  # an SDK shape we do not know: leave the manager as it is
            request_kwargs = dict(kwargs, stream=True)
            if is_async:
                replacement: Any = _Deferred(lambda: run(lambda *_, **__: api_request, instance, (), request_kwargs))
            else:
                replacement = lambda: run(lambda *_, **__: api_request(), instance, (), request_kwargs)  # noqa: E731
            setattr(manager, attribute, replacement)
        except Exception as exc:
            internal_error("wrapping messages.stream", exc)
        return manager

    return wrapper


def _messages_module() -> str | None:
    for name in _MESSAGES_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "Messages") and hasattr(module, "AsyncMessages"):
            return name
    return None


class AnthropicInstrumentor(imports.LazyInstrumentor):
    """Instruments the anthropic SDK's Messages API (sync and async, streams included)."""

    module = "anthropic"
    _module: str | None = None

    def instrumentation_dependencies(self) -> Collection[str]:
        return _SUPPORTED

    def _wrap(self) -> None:
        module = _messages_module()
        if module is None:
            return
        adapter = MessagesAdapter()
        wrap_function_wrapper(module, "Messages.create", one_span(lifecycle.sync_wrapper(adapter)))
        wrap_function_wrapper(module, "AsyncMessages.create", one_span(lifecycle.async_wrapper(adapter)))
        wrap_function_wrapper(module, "Messages.stream", stream_manager_wrapper(adapter, is_async=False))
        wrap_function_wrapper(module, "AsyncMessages.stream", stream_manager_wrapper(adapter, is_async=True))
        messages = importlib.import_module(module)
        if hasattr(messages.Messages, "parse") and hasattr(messages.AsyncMessages, "parse"):  # structured outputs
            wrap_function_wrapper(module, "Messages.parse", one_span(lifecycle.sync_wrapper(adapter)))
            wrap_function_wrapper(module, "AsyncMessages.parse", one_span(lifecycle.async_wrapper(adapter)))
        self._module = module

    def _unwrap(self) -> None:
        module_name = getattr(self, "_module", None)
        if module_name is None:
            return
        module = importlib.import_module(module_name)
        for cls in (module.Messages, module.AsyncMessages):
            for name in ("create", "stream", "parse"):
                if hasattr(cls, name):
                    unwrap(cls, name)
        self._module = None
