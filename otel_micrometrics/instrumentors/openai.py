"""openai SDK: reads ``chat.completions.create`` requests and replies into an ``Exchange``."""

from __future__ import annotations

import importlib
from typing import Any, Collection, Mapping

from opentelemetry.instrumentation.instrumentor import BaseInstrumentor  # type: ignore[attr-defined]
from opentelemetry.instrumentation.utils import unwrap
from wrapt import wrap_function_wrapper

from ..exchange import (
    Exchange,
    Message,
    ToolCall,
    Usage,
    content_text,
    openai_output_format,
    openai_tools,
)
from . import lifecycle

PROVIDER = "openai"
_SUPPORTED = ("openai >= 1.40.0, < 4",)
_CHAT_MODULES = (
    "openai.resources.chat.completions.completions",  # openai >= 1.66
    "openai.resources.chat.completions",
)
_PARAMS = {
    "max_tokens": "max_tokens",
    "max_completion_tokens": "max_tokens",
    "temperature": "temperature",
    "top_p": "top_p",
    "frequency_penalty": "frequency_penalty",
    "presence_penalty": "presence_penalty",
    "seed": "seed",
}


def _given(value: Any) -> bool:
    """False for None and the SDK's ``NOT_GIVEN``/``omit`` sentinels."""
    return value is not None and type(value).__name__ not in ("NotGiven", "Omit")


def server_of(instance: Any) -> tuple[str | None, int | None]:
    """Host and port the client talks to, from its base URL."""
    client = getattr(instance, "_client", None)
    url = getattr(client, "base_url", None)
    if url is None:
        return None, None
    host = getattr(url, "host", None) or None
    port = getattr(url, "port", None)
    if port is None:
        scheme = getattr(url, "scheme", "")
        port = 443 if scheme == "https" else 80 if scheme == "http" else None
    return host, port


def read_messages(raw_messages: Any, exchange: Exchange) -> None:
    """OpenAI chat ``messages`` -> exchange messages and system instructions."""
    if not isinstance(raw_messages, (list, tuple)):
        try:
            raw_messages = list(raw_messages)
        except TypeError:
            return
    for raw in raw_messages:
        get = raw.get if isinstance(raw, Mapping) else lambda k, d=None, r=raw: getattr(r, k, d)
        role = str(get("role", "user") or "user")
        text = content_text(get("content"))
        if role in ("system", "developer"):
            exchange.system_instructions.append(text)
        else:
            tool_call_id = get("tool_call_id")
            exchange.messages.append(
                Message(role=role, content=text, tool_call_id=tool_call_id if isinstance(tool_call_id, str) else None)
            )


class ChatCompletionsAdapter:
    """``chat.completions.create``."""

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        if kwargs.get("stream") is True:
            return None  # streams pass through untouched until the stream proxy exists
        model = kwargs.get("model")
        exchange = Exchange(provider=PROVIDER, operation="chat", request_model=model if isinstance(model, str) else None)
        read_messages(kwargs.get("messages") or (), exchange)
        params = exchange.request_params
        for key, name in _PARAMS.items():
            value = kwargs.get(key)
            if _given(value):
                params[name] = value
        stop = kwargs.get("stop")
        if _given(stop):
            params["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
        n = kwargs.get("n")
        if _given(n) and n != 1:
            params["choice_count"] = n
        if _given(kwargs.get("response_format")):
            exchange.output_format = openai_output_format(kwargs["response_format"])
        if _given(kwargs.get("tools")):
            exchange.tools = openai_tools(list(kwargs["tools"]))
        exchange.server_address, exchange.server_port = server_of(instance)
        return exchange

    def corrected(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], instruction: str
    ) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
        """The same request with ``instruction`` appended as a system message (for the guard)."""
        messages = kwargs.get("messages")
        if not isinstance(messages, (list, tuple)):
            return None  # an iterator was consumed by the first attempt
        return args, {**kwargs, "messages": [*messages, {"role": "system", "content": instruction}]}

    def response(self, exchange: Exchange, response: Any) -> None:
        completion = response
        if not hasattr(completion, "choices") and hasattr(completion, "parse"):
            completion = completion.parse()  # with_raw_response: parse() is cached by the SDK
        exchange.response_id = getattr(completion, "id", None)
        exchange.response_model = getattr(completion, "model", None)
        choices = getattr(completion, "choices", None) or []
        exchange.finish_reasons = [str(c.finish_reason) for c in choices if getattr(c, "finish_reason", None)]
        if choices:
            message = getattr(choices[0], "message", None)
            exchange.output_text = content_text(getattr(message, "content", None))
            refusal = getattr(message, "refusal", None)
            exchange.refusal = refusal if isinstance(refusal, str) else None
            for call in getattr(message, "tool_calls", None) or []:
                fn = getattr(call, "function", None)
                if fn is not None:
                    exchange.tool_calls.append(
                        ToolCall(name=str(getattr(fn, "name", "")), arguments=str(getattr(fn, "arguments", "") or ""), id=getattr(call, "id", None))
                    )
        usage = getattr(completion, "usage", None)
        if usage is not None:
            details = getattr(usage, "prompt_tokens_details", None)
            completion_details = getattr(usage, "completion_tokens_details", None)
            exchange.usage = Usage(
                input_tokens=getattr(usage, "prompt_tokens", None),
                output_tokens=getattr(usage, "completion_tokens", None),
                cache_read_tokens=getattr(details, "cached_tokens", None),
                reasoning_tokens=getattr(completion_details, "reasoning_tokens", None),
            )


def _chat_module() -> str | None:
    for name in _CHAT_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "Completions") and hasattr(module, "AsyncCompletions"):
            return name
    return None


class OpenAIInstrumentor(BaseInstrumentor):  # type: ignore[misc]
    """Instruments the openai SDK's chat completions (sync and async)."""

    def instrumentation_dependencies(self) -> Collection[str]:
        return _SUPPORTED

    def _instrument(self, **kwargs: Any) -> None:
        from .. import _ensure_runtime

        _ensure_runtime(**kwargs)
        module = _chat_module()
        if module is None:
            return
        adapter = ChatCompletionsAdapter()
        wrap_function_wrapper(module, "Completions.create", lifecycle.sync_wrapper(adapter))
        wrap_function_wrapper(module, "AsyncCompletions.create", lifecycle.async_wrapper(adapter))
        self._module = module

    def _uninstrument(self, **kwargs: Any) -> None:
        module_name = getattr(self, "_module", None)
        if module_name is None:
            return
        module = importlib.import_module(module_name)
        unwrap(module.Completions, "create")
        unwrap(module.AsyncCompletions, "create")
        self._module = None
