"""ollama Python client: ``chat`` and ``generate``, sync and async, streamed or not.

Wrap point: ``Client._request`` / ``AsyncClient._request``, the one method every call goes
through with the final JSON body (tools given as Python functions already turned into JSON
schema). It covers the module-level ``ollama.chat``/``ollama.generate`` (bound methods of a
default ``Client``) as well as every client instance. Only ``POST /api/chat`` (operation
``chat``) and ``POST /api/generate`` (``text_completion``) are read; every other request
passes through untouched. A streamed call returns the client's generator in the shared
stream proxy.

Usage is ``prompt_eval_count`` / ``eval_count``; finish reasons are ``done_reason`` as sent
(``stop``, ``length``, ...). Ollama sends no response id.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from typing import Any

from opentelemetry.instrumentation.utils import unwrap
from wrapt import wrap_function_wrapper

from .. import semconv as sc
from ..exchange import Exchange, Message, ToolCall, Usage, content_text, openai_tools
from . import imports, lifecycle
from .response import wrap_stream

_SUPPORTED = ("ollama >= 0.4.0, < 1",)
# Ollama ``options`` -> request params.
_OPTIONS = {
    "temperature": "temperature",
    "top_p": "top_p",
    "top_k": "top_k",
    "num_predict": "max_tokens",
    "presence_penalty": "presence_penalty",
    "frequency_penalty": "frequency_penalty",
    "seed": "seed",
}


def _body(kwargs: dict[str, Any]) -> Mapping[str, Any] | None:
    body = kwargs.get("json")
    return body if isinstance(body, Mapping) else None


def _server(instance: Any) -> tuple[str | None, int | None]:
    url = getattr(getattr(instance, "_client", None), "base_url", None)
    host = getattr(url, "host", None) or None
    port = getattr(url, "port", None)
    if host and port is None:
        port = 443 if getattr(url, "scheme", "") == "https" else 80
    return host, port


def output_format(fmt: Any) -> dict[str, Any] | None:
    """``format="json"`` -> JSON object; a JSON schema dict -> that schema."""
    if fmt == "json":
        return {"type": "json_object"}
    if isinstance(fmt, Mapping):
        return {"type": "json_schema", "schema": dict(fmt), "strict": False}
    return None


def _calls(message: Any) -> list[ToolCall]:
    out: list[ToolCall] = []
    for call in getattr(message, "tool_calls", None) or ():
        fn = getattr(call, "function", None)
        if fn is None:
            continue
        call_id = getattr(call, "id", None)
        out.append(
            ToolCall(
                name=str(getattr(fn, "name", "") or ""),
                arguments=json.dumps(getattr(fn, "arguments", None) or {}, default=str),
                id=call_id if isinstance(call_id, str) else None,
            )
        )
    return out


def _finish(exchange: Exchange, response: Any) -> None:
    """What the final (``done``) object carries: model, finish reason, usage."""
    exchange.response_model = getattr(response, "model", None) or exchange.response_model
    reason = getattr(response, "done_reason", None)
    if reason:
        exchange.finish_reasons = [str(reason)]
    exchange.usage = Usage(
        input_tokens=getattr(response, "prompt_eval_count", None),
        output_tokens=getattr(response, "eval_count", None),
    )


class _Endpoint:
    operation = sc.OPERATION_CHAT

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        body = _body(kwargs)
        if body is None:
            return None
        model = body.get("model")
        exchange = Exchange(
            provider=sc.PROVIDER_OLLAMA,
            operation=self.operation,
            request_model=model if isinstance(model, str) and model else None,
        )
        exchange.server_address, exchange.server_port = _server(instance)
        exchange.streaming = bool(kwargs.get("stream"))
        options = body.get("options")
        if isinstance(options, Mapping):
            params = exchange.request_params
            for key, name in _OPTIONS.items():
                value = options.get(key)
                if value is not None:
                    params[name] = value
            stop = options.get("stop")
            if stop:
                params["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
        exchange.output_format = output_format(body.get("format"))
        return exchange

    def request_messages(self, exchange: Exchange, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """The messages (or prompt), system prompt and tools, read once the call has ended (see
        ``lifecycle.Adapter``): the body is the client's own ``model_dump`` of the request."""
        body = _body(kwargs)
        if body is not None:
            self.read(body, exchange)

    def request_turns(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
        """The user turns ``request_messages`` would read, without reading the messages."""
        body = _body(kwargs)
        return self.turns(body) if body is not None else 0

    def read(self, body: Mapping[str, Any], exchange: Exchange) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def turns(self, body: Mapping[str, Any]) -> int:  # pragma: no cover - overridden
        raise NotImplementedError

    def response(self, exchange: Exchange, response: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def handover(self, call: lifecycle.Call, response: Any) -> Any:
        if call.exchange.streaming:
            return wrap_stream(response, call, self.accumulator())
        return None

    def accumulator(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError


class ChatAdapter(_Endpoint):
    """``POST /api/chat``."""

    def read(self, body: Mapping[str, Any], exchange: Exchange) -> None:
        for raw in body.get("messages") or ():
            if not isinstance(raw, Mapping):
                continue
            role = str(raw.get("role") or "user")
            text = content_text(raw.get("content"))
            if role == "system":
                exchange.system_instructions.append(text)
            else:
                name = raw.get("tool_name")
                exchange.messages.append(Message(role=role, content=text, name=name if isinstance(name, str) else None))
        exchange.tools = openai_tools(body.get("tools"))

    def turns(self, body: Mapping[str, Any]) -> int:
        return sum(
            1
            for raw in body.get("messages") or ()
            if isinstance(raw, Mapping) and str(raw.get("role") or "user") == "user"
        )

    def response(self, exchange: Exchange, response: Any) -> None:
        message = getattr(response, "message", None)
        exchange.output_text = content_text(getattr(message, "content", None))
        exchange.tool_calls = _calls(message)
        _finish(exchange, response)

    def accumulator(self) -> Any:
        return ChatStreamAccumulator()

    def corrected(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], instruction: str
    ) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
        """The same request with ``instruction`` appended as a system message (for the guard)."""
        body = _body(kwargs)
        messages = body.get("messages") if body is not None else None
        if body is None or not isinstance(messages, list):
            return None
        retry = {**body, "messages": [*messages, {"role": "system", "content": instruction}]}
        return args, {**kwargs, "json": retry}


class GenerateAdapter(_Endpoint):
    """``POST /api/generate``: a prompt completion."""

    operation = sc.OPERATION_TEXT_COMPLETION

    def read(self, body: Mapping[str, Any], exchange: Exchange) -> None:
        system = body.get("system")
        if isinstance(system, str) and system:
            exchange.system_instructions.append(system)
        prompt = body.get("prompt")
        if isinstance(prompt, str):
            exchange.messages.append(Message(role="user", content=prompt))

    def turns(self, body: Mapping[str, Any]) -> int:
        return 1 if isinstance(body.get("prompt"), str) else 0

    def response(self, exchange: Exchange, response: Any) -> None:
        text = getattr(response, "response", None)
        exchange.output_text = text if isinstance(text, str) else ""
        _finish(exchange, response)

    def accumulator(self) -> Any:
        return GenerateStreamAccumulator()


class GenerateStreamAccumulator:
    """Streamed ``GenerateResponse`` objects: ``response`` deltas, then one ``done`` object."""

    __slots__ = ("last", "model", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.last: Any = None
        self.model: str | None = None

    def chunk(self, chunk: Any) -> None:
        if self.model is None:
            self.model = chunk.model
        self._content(chunk)
        if chunk.done:
            self.last = chunk

    def _content(self, chunk: Any) -> None:
        if chunk.response:
            self.parts.append(chunk.response)

    @property
    def complete(self) -> bool:
        return self.last is not None

    def finish(self, exchange: Exchange) -> None:
        exchange.response_model = self.model
        exchange.output_text = "".join(self.parts)
        if self.last is not None:
            _finish(exchange, self.last)


class ChatStreamAccumulator(GenerateStreamAccumulator):
    """Streamed ``ChatResponse`` objects: content deltas, tool calls, then one ``done`` object."""

    __slots__ = ("calls",)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[ToolCall] = []

    def _content(self, chunk: Any) -> None:
        message = chunk.message
        if message is not None:
            if message.content:
                self.parts.append(message.content)
            if message.tool_calls:
                self.calls.extend(_calls(message))

    def finish(self, exchange: Exchange) -> None:
        exchange.tool_calls = list(self.calls)
        super().finish(exchange)


_ADAPTERS: dict[str, _Endpoint] = {"/api/chat": ChatAdapter(), "/api/generate": GenerateAdapter()}


def _route(args: tuple[Any, ...]) -> str | None:
    """``_request(cls, method, path, json=..., stream=...)``: the path of a POST we read."""
    if len(args) >= 3 and isinstance(args[1], str) and args[1].upper() == "POST" and args[2] in _ADAPTERS:
        return args[2]  # type: ignore[no-any-return]
    return None


def _request_wrapper(make: Callable[[lifecycle.Adapter], Callable[..., Any]]) -> Callable[..., Any]:
    table = {path: make(adapter) for path, adapter in _ADAPTERS.items()}

    def wrapper(wrapped: Callable[..., Any], instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        try:
            path = _route(args)
        except Exception:
            path = None
        if path is None:
            return wrapped(*args, **kwargs)
        return table[path](wrapped, instance, args, kwargs)

    return wrapper


class OllamaInstrumentor(imports.LazyInstrumentor):
    """Instruments the ollama client's chat and generate calls."""

    module = "ollama"
    _wrapped: list[tuple[Any, str]] = []

    def instrumentation_dependencies(self) -> Collection[str]:
        return _SUPPORTED

    def _wrap(self) -> None:
        import importlib

        module = importlib.import_module("ollama._client")
        wrap_function_wrapper(module, "Client._request", _request_wrapper(lifecycle.sync_wrapper))
        wrap_function_wrapper(module, "AsyncClient._request", _request_wrapper(lifecycle.async_wrapper))
        self._wrapped = [(module.Client, "_request"), (module.AsyncClient, "_request")]

    def _unwrap(self) -> None:
        for owner, name in getattr(self, "_wrapped", ()):
            unwrap(owner, name)
        self._wrapped = []
