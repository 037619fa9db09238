"""openai SDK: chat completions, the Responses API and embeddings, read into an ``Exchange``.

The readers of this SDK's request bodies, replies and stream events, one ``Endpoint`` per route:
``POST /chat/completions``, ``POST /responses`` and ``POST /embeddings``. Where they are called
from (the client's ``request()``, wrapped once) and how raw responses and streams are handed
over is shared with the other Stainless SDK, anthropic: ``stainless.py``.

``n > 1``: checks read choice 0 (its text, tool calls and refusal); the finish reasons of all
choices are kept, so ``truncation`` and ``content_filter`` see every choice.
"""

from __future__ import annotations

import copy
import json
from collections.abc import (
    Callable,
    Collection,
    Mapping,  # typing.Mapping's isinstance is ~3x slower, once per message
)
from typing import Any

from wrapt import wrap_function_wrapper

from .. import semconv as sc
from ..exchange import (
    Choice,
    Exchange,
    Message,
    ToolCall,
    Usage,
    content_text,
    openai_output_format,
    openai_tools,
)
from .stainless import Endpoint, StainlessInstrumentor, given, request_body, server_of
from .stream import notify_closed

PROVIDER = sc.PROVIDER_OPENAI
_SUPPORTED = ("openai >= 1.40.0, < 4",)
_PARAMS = {
    "max_tokens": "max_tokens",
    "max_completion_tokens": "max_tokens",
    "max_output_tokens": "max_tokens",
    "temperature": "temperature",
    "top_p": "top_p",
    "frequency_penalty": "frequency_penalty",
    "presence_penalty": "presence_penalty",
    "seed": "seed",
}

# Host suffix -> gen_ai.provider.name, for OpenAI-compatible servers reached through this SDK.
_HOSTS: tuple[tuple[str, str], ...] = (
    ("api.openai.com", sc.PROVIDER_OPENAI),
    (".openai.azure.com", sc.PROVIDER_AZURE_OPENAI),
    (".cognitiveservices.azure.com", sc.PROVIDER_AZURE_OPENAI),
    (".services.ai.azure.com", sc.PROVIDER_AZURE_INFERENCE),
    (".inference.ai.azure.com", sc.PROVIDER_AZURE_INFERENCE),
    (".models.ai.azure.com", sc.PROVIDER_AZURE_INFERENCE),
    ("api.groq.com", sc.PROVIDER_GROQ),
    ("api.deepseek.com", sc.PROVIDER_DEEPSEEK),
    ("api.x.ai", sc.PROVIDER_XAI),
    ("api.mistral.ai", sc.PROVIDER_MISTRAL),
    ("api.perplexity.ai", sc.PROVIDER_PERPLEXITY),
    ("generativelanguage.googleapis.com", sc.PROVIDER_GEMINI),
    ("aiplatform.googleapis.com", sc.PROVIDER_VERTEX_AI),
    (".amazonaws.com", sc.PROVIDER_BEDROCK),
    ("api.cohere.ai", sc.PROVIDER_COHERE),
    ("api.cohere.com", sc.PROVIDER_COHERE),
    (".ml.cloud.ibm.com", sc.PROVIDER_WATSONX),
    ("api.anthropic.com", sc.PROVIDER_ANTHROPIC_COMPAT),
)


def provider_of(client: Any, host: str | None) -> str:
    """The well-known ``gen_ai.provider.name`` of the server, else ``openai``."""
    if type(client).__name__ in ("AzureOpenAI", "AsyncAzureOpenAI"):
        return sc.PROVIDER_AZURE_OPENAI
    if not host:
        return PROVIDER
    name = _provider_by_host.get(host)
    if name is None:
        name = _provider_of_host(host.lower())
        if len(_provider_by_host) < 256:  # an app talks to a handful of hosts; bounded anyway
            _provider_by_host[host] = name
    return name


_provider_by_host: dict[str, str] = {}


def _provider_of_host(host: str) -> str:
    for suffix, name in _HOSTS:
        if host == suffix.lstrip(".") or host.endswith(suffix if suffix.startswith(".") else "." + suffix):
            return name
    return PROVIDER


def _new_exchange(
    instance: Any, kwargs: dict[str, Any], body: Mapping[str, Any], operation: str, api_type: str | None = None
) -> Exchange:
    model = body.get("model")
    host, port = server_of(instance)
    exchange = Exchange(
        provider=provider_of(instance, host),
        operation=operation,
        request_model=model if isinstance(model, str) else None,
    )
    exchange.server_address, exchange.server_port = host, port
    exchange.streaming = bool(kwargs.get("stream"))
    params = exchange.request_params
    for key, name in _PARAMS.items():
        value = body.get(key)
        if value is not None and given(value):  # most are absent: no call for them
            params[name] = value
    if api_type is not None and exchange.provider == PROVIDER:  # the openai.* attributes are OpenAI's own
        extra = {sc.OPENAI_API_TYPE: api_type}
        tier = body.get("service_tier")
        if isinstance(tier, str) and tier != "auto":  # conditionally required: given and not 'auto'
            extra[sc.OPENAI_REQUEST_SERVICE_TIER] = tier
        exchange.request_attributes = extra
    return exchange


def read_reply_attributes(exchange: Exchange, reply: Any) -> None:
    """``service_tier`` and ``system_fingerprint`` of an OpenAI reply (or chunk) -> span attributes."""
    if exchange.provider != PROVIDER:
        return
    tier = getattr(reply, "service_tier", None)
    fingerprint = getattr(reply, "system_fingerprint", None)
    if isinstance(tier, str) or isinstance(fingerprint, str):
        extra = exchange.response_attributes
        if extra is None:
            extra = exchange.response_attributes = {}
        if isinstance(tier, str):
            extra[sc.OPENAI_RESPONSE_SERVICE_TIER] = tier
        if isinstance(fingerprint, str):
            extra[sc.OPENAI_RESPONSE_SYSTEM_FINGERPRINT] = fingerprint


def chat_history(raw_messages: Any) -> list[dict[str, Any]] | None:
    """Chat ``messages`` as ``gen_ai.input.messages`` (content capture only): every turn in its
    place, system and developer ones included, assistant tool calls and tool results with ids."""
    if not isinstance(raw_messages, (list, tuple)):
        return None
    history: list[dict[str, Any]] = []
    for raw in raw_messages:
        if not isinstance(raw, Mapping):
            continue
        role = str(raw.get("role") or "user")
        parts: list[dict[str, Any]] = []
        if role == "tool":
            parts.append(
                {
                    "type": "tool_call_response",
                    "id": raw.get("tool_call_id"),
                    "response": content_text(raw.get("content")),
                }
            )
        else:
            text = content_text(raw.get("content"))
            if text:
                parts.append({"type": "text", "content": text})
            for call in raw.get("tool_calls") or ():
                fn = call.get("function") if isinstance(call, Mapping) else None
                if isinstance(fn, Mapping):
                    parts.append(
                        {
                            "type": "tool_call",
                            "id": call.get("id"),
                            "name": fn.get("name"),
                            "arguments": _json_or_text(fn.get("arguments")),
                        }
                    )
        history.append({"role": role, "parts": parts})
    return history


def _json_or_text(raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


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


def user_turns(raw_messages: Any) -> int:
    """How many of OpenAI chat ``messages`` ``read_messages`` makes user messages (the turn
    index), without reading their content."""
    if not isinstance(raw_messages, (list, tuple)):
        try:
            raw_messages = list(raw_messages)
        except TypeError:
            return 0
    turns = 0
    for raw in raw_messages:
        if type(raw) is dict or isinstance(raw, Mapping):
            role = raw.get("role", "user")
        else:
            role = getattr(raw, "role", "user")
        if (role == "user") if type(role) is str and role else str(role or "user") == "user":
            turns += 1
    return turns


class ChatStreamAccumulator:
    """``chat.completion.chunk`` objects -> the reply. Choice 0 gives the text, tool calls and
    refusal the checks read; every choice gives its finish reason."""

    __slots__ = ("first", "model", "others", "parts", "reasons", "refusal", "response_id", "tools", "usage")

    def __init__(self) -> None:
        self.first: Any = None  # the first chunk: service tier and system fingerprint
        self.others: dict[int, list[str]] = {}  # text of choices beyond 0 (n > 1)
        self.response_id: str | None = None
        self.model: str | None = None
        self.parts: list[str] = []
        self.refusal: list[str] = []
        self.tools: dict[int, list[Any]] = {}
        self.reasons: dict[int, str] = {}
        self.usage: Any = None

    def chunk(self, chunk: Any) -> None:
        choices = getattr(chunk, "choices", None)
        if choices is None:
            return  # not a chat.completion.chunk (the SDK yields whatever JSON the server sent)
        if self.response_id is None and chunk.id:
            self.response_id = chunk.id
            self.model = chunk.model or None
            self.first = chunk
        for choice in choices:
            if choice.index != 0:
                delta = choice.delta
                if delta is not None and delta.content:
                    self.others.setdefault(choice.index, []).append(delta.content)
            else:
                delta = choice.delta
                if delta is not None:
                    if delta.content:
                        self.parts.append(delta.content)
                    if delta.tool_calls:
                        self._tool_deltas(delta.tool_calls)
                    refusal = getattr(delta, "refusal", None)
                    if refusal:
                        self.refusal.append(refusal)
            if choice.finish_reason:
                self.reasons[choice.index] = choice.finish_reason
        usage = chunk.usage
        if usage is not None:
            self.usage = usage

    def _tool_deltas(self, deltas: Any) -> None:
        for d in deltas:
            slot = self.tools.get(d.index)
            if slot is None:
                slot = self.tools[d.index] = [None, "", []]
            if d.id:
                slot[0] = d.id
            fn = d.function
            if fn is not None:
                if fn.name:
                    slot[1] += fn.name
                if fn.arguments:
                    slot[2].append(fn.arguments)

    @property
    def complete(self) -> bool:
        return 0 in self.reasons

    def finish(self, exchange: Exchange) -> None:
        exchange.response_id = _str_or_none(self.response_id)
        exchange.response_model = _str_or_none(self.model)
        exchange.output_text = "".join(self.parts)
        exchange.refusal = "".join(self.refusal) or None
        exchange.finish_reasons = [str(self.reasons[i]) for i in sorted(self.reasons)]
        exchange.tool_calls = [
            ToolCall(name=slot[1], arguments="".join(slot[2]), id=slot[0]) for _, slot in sorted(self.tools.items())
        ]
        if self.usage is not None:
            exchange.usage = chat_usage(self.usage)
        if self.first is not None:
            read_reply_attributes(exchange, self.first)
        indexes = set(self.others) | {i for i in self.reasons if i != 0}
        if indexes:
            exchange.other_choices = [
                Choice(index=i, text="".join(self.others.get(i, ())), finish_reason=self.reasons.get(i))
                for i in sorted(indexes)
            ]


def chat_usage(usage: Any) -> Usage:
    details = getattr(usage, "prompt_tokens_details", None)
    completion_details = getattr(usage, "completion_tokens_details", None)
    return Usage(
        input_tokens=_count(getattr(usage, "prompt_tokens", None)),
        output_tokens=_count(getattr(usage, "completion_tokens", None)),
        cache_read_tokens=_count(getattr(details, "cached_tokens", None)),
        reasoning_tokens=_count(getattr(completion_details, "reasoning_tokens", None)),
    )


def _count(value: Any) -> int | None:
    """A token count as the server sent it, when it is one (a server may send anything)."""
    return value if type(value) is int and value >= 0 else None


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class ChatCompletionsAdapter(Endpoint):
    """``POST /chat/completions``: ``create``, ``parse``, ``stream()``, sync and async."""

    accumulator = ChatStreamAccumulator

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        _, body = request_body(args, kwargs)
        if body is None:
            return None
        exchange = _new_exchange(instance, kwargs, body, sc.OPERATION_CHAT, sc.OPENAI_API_CHAT_COMPLETIONS)
        params = exchange.request_params
        stop = body.get("stop")
        if stop is not None and given(stop):
            params["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop or ())
        n = body.get("n")
        if n is not None and given(n) and n != 1:
            params["choice_count"] = n
        response_format = body.get("response_format")
        if response_format is not None and given(response_format):
            exchange.output_format = openai_output_format(response_format)
            exchange.output_type = _output_type(response_format)
        return exchange

    def request_history(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[dict[str, Any]] | None:
        _, body = request_body(args, kwargs)
        return chat_history(body.get("messages")) if body is not None else None

    def request_messages(self, exchange: Exchange, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """``messages`` and ``tools``, read once the call has ended (see ``lifecycle.Adapter``).
        The body is the SDK's own transformed copy of the request, not the application's list, so
        it has not changed."""
        _, body = request_body(args, kwargs)
        if body is not None:
            read_messages(body.get("messages") or (), exchange)
            tools = body.get("tools")
            if tools is not None and given(tools):
                exchange.tools = openai_tools(list(tools))

    def request_turns(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
        """The user turns ``request_messages`` would read, without reading the messages."""
        _, body = request_body(args, kwargs)
        return user_turns(body.get("messages") or ()) if body is not None else 0

    def corrected(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], instruction: str
    ) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
        """The same request with ``instruction`` appended as a system message (for the guard)."""
        options, body = request_body(args, kwargs)
        messages = body.get("messages") if body is not None else None
        if options is None or body is None or not isinstance(messages, (list, tuple)):
            return None  # an iterator was consumed by the first attempt
        retry = copy.copy(options)
        retry.json_data = {**body, "messages": [*messages, {"role": "system", "content": instruction}]}
        if len(args) > 1:
            return (args[0], retry, *args[2:]), kwargs
        return args, {**kwargs, "options": retry}

    def response(self, exchange: Exchange, response: Any) -> None:
        completion = _as_fields(response)
        exchange.response_id = _str_or_none(getattr(completion, "id", None))
        exchange.response_model = _str_or_none(getattr(completion, "model", None))
        read_reply_attributes(exchange, completion)
        choices = getattr(completion, "choices", None) or []
        exchange.finish_reasons = [str(c.finish_reason) for c in choices if getattr(c, "finish_reason", None)]
        if len(choices) > 1:
            exchange.other_choices = [_choice(i, c) for i, c in enumerate(choices) if i > 0]
        if choices:
            message = getattr(choices[0], "message", None)
            exchange.output_text = content_text(getattr(message, "content", None))
            refusal = getattr(message, "refusal", None)
            exchange.refusal = refusal if isinstance(refusal, str) else None
            for call in getattr(message, "tool_calls", None) or []:
                fn = getattr(call, "function", None)
                if fn is not None:
                    exchange.tool_calls.append(
                        ToolCall(
                            name=str(getattr(fn, "name", "")),
                            arguments=str(getattr(fn, "arguments", "") or ""),
                            id=getattr(call, "id", None),
                        )
                    )
        usage = getattr(completion, "usage", None)
        if usage is not None:
            exchange.usage = chat_usage(usage)


def _choice(index: int, choice: Any) -> Choice:
    message = getattr(choice, "message", None)
    reason = getattr(choice, "finish_reason", None)
    return Choice(
        index=index,
        text=content_text(getattr(message, "content", None)),
        tool_calls=[
            ToolCall(name=str(getattr(fn, "name", "")), arguments=str(getattr(fn, "arguments", "") or ""), id=call.id)
            for call in getattr(message, "tool_calls", None) or ()
            if (fn := getattr(call, "function", None)) is not None
        ],
        finish_reason=reason if isinstance(reason, str) else None,
    )


def _output_type(response_format: Any) -> str | None:
    """``gen_ai.output.type`` of a ``response_format`` / ``text.format``: text or json."""
    kind = response_format.get("type") if isinstance(response_format, Mapping) else None
    if kind == "text":
        return sc.OUTPUT_TYPE_TEXT
    if kind in ("json_object", "json_schema"):
        return sc.OUTPUT_TYPE_JSON
    return None


class _Fields:
    """A plain dict read like the SDK's model object (``cast_to=dict``, a mocked client)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def __getattr__(self, name: str) -> Any:
        return _as_fields(self._data.get(name))


def _as_fields(value: Any) -> Any:
    if isinstance(value, Mapping):
        return _Fields(value)
    if isinstance(value, list):
        return [_as_fields(v) for v in value]
    return value


# --- Responses API ---------------------------------------------------------------------------


def read_input_items(items: Any, exchange: Exchange) -> None:
    """Responses ``input`` (a string or a list of items) -> messages and system instructions."""
    if isinstance(items, str):
        exchange.messages.append(Message(role="user", content=items))
        return
    if not isinstance(items, (list, tuple)):
        return
    for item in items:
        if not isinstance(item, Mapping):
            continue
        kind = item.get("type")
        if kind == "function_call_output":
            output = item.get("output")
            call_id = item.get("call_id")
            exchange.messages.append(
                Message(
                    role="tool",
                    content=output if isinstance(output, str) else content_text(output),
                    tool_call_id=call_id if isinstance(call_id, str) else None,
                )
            )
        elif "role" in item and kind in (None, "message"):
            role = str(item.get("role") or "user")
            text = content_text(item.get("content"))
            if role in ("system", "developer"):
                exchange.system_instructions.append(text)
            else:
                exchange.messages.append(Message(role=role, content=text))


def input_user_turns(items: Any) -> int:
    """How many of Responses ``input`` items ``read_input_items`` makes user messages."""
    if isinstance(items, str):
        return 1
    if not isinstance(items, (list, tuple)):
        return 0
    turns = 0
    for item in items:
        if not isinstance(item, Mapping):
            continue
        kind = item.get("type")
        if kind != "function_call_output" and "role" in item and kind in (None, "message"):
            if str(item.get("role") or "user") == "user":
                turns += 1
    return turns


def responses_history(items: Any) -> list[dict[str, Any]] | None:
    """Responses ``input`` as ``gen_ai.input.messages`` (content capture only): every message in
    its place, system and developer ones included; the items the model produced before (its
    reasoning summaries, messages and function calls, in a row) as one assistant message with
    ``reasoning``, ``text`` and ``tool_call`` parts; each function output as a ``tool`` message
    with a ``tool_call_response`` part carrying the call id. Other item types are left out."""
    if isinstance(items, str):
        return [{"role": "user", "parts": [{"type": "text", "content": items}]}]
    if not isinstance(items, (list, tuple)):
        return None
    history: list[dict[str, Any]] = []
    assistant: dict[str, Any] | None = None  # the assistant turn the model's items join
    for item in items:
        get = item.get if isinstance(item, Mapping) else lambda k, d=None, r=item: getattr(r, k, d)
        kind = get("type")
        part: dict[str, Any]
        if kind == "function_call_output":
            output = get("output")
            response = output if isinstance(output, str) else content_text(output)
            history.append(
                {"role": "tool", "parts": [{"type": "tool_call_response", "id": get("call_id"), "response": response}]}
            )
            assistant = None
            continue
        if kind in (None, "message") and get("role"):
            role = str(get("role"))
            text = content_text(get("content"))
            parts = [{"type": "text", "content": text}] if text else []
            if role == "assistant" and assistant is not None:
                assistant["parts"].extend(parts)
                continue
            history.append({"role": role, "parts": parts})
            assistant = history[-1] if role == "assistant" else None
            continue
        if kind == "function_call":
            part = {
                "type": "tool_call",
                "id": get("call_id"),
                "name": get("name"),
                "arguments": _json_or_text(get("arguments")),
            }
        elif kind == "reasoning":
            text = content_text(get("summary"))
            if not text:
                continue
            part = {"type": "reasoning", "content": text}
        else:
            continue
        if assistant is None:
            assistant = {"role": "assistant", "parts": []}
            history.append(assistant)
        assistant["parts"].append(part)
    return history


def responses_output_format(text: Any) -> dict[str, Any] | None:
    """Responses ``text.format`` -> the exchange's output format."""
    fmt = text.get("format") if isinstance(text, Mapping) else None
    if not isinstance(fmt, Mapping):
        return None
    if fmt.get("type") == "json_object":
        return {"type": "json_object"}
    if fmt.get("type") == "json_schema":
        return {"type": "json_schema", "schema": fmt.get("schema"), "strict": bool(fmt.get("strict"))}
    return None


def read_response_object(exchange: Exchange, response: Any) -> None:
    """A Responses API ``Response`` -> the exchange (text, function calls, refusal, usage).

    Finish reasons: ``completed`` -> ``stop`` (``tool_calls`` when only function calls came
    back); ``incomplete`` -> its reason (``max_output_tokens``, ``content_filter``).
    """
    exchange.response_id = _str_or_none(getattr(response, "id", None))
    exchange.response_model = _str_or_none(getattr(response, "model", None))
    read_reply_attributes(exchange, response)
    texts: list[str] = []
    refusals: list[str] = []
    calls: list[ToolCall] = []
    for item in getattr(response, "output", None) or ():
        kind = getattr(item, "type", None)
        if kind == "message":
            for part in getattr(item, "content", None) or ():
                part_type = getattr(part, "type", None)
                if part_type == "output_text":
                    texts.append(getattr(part, "text", "") or "")
                elif part_type == "refusal":
                    refusals.append(getattr(part, "refusal", "") or "")
        elif kind == "function_call":
            calls.append(
                ToolCall(
                    name=str(getattr(item, "name", "")),
                    arguments=str(getattr(item, "arguments", "") or ""),
                    id=getattr(item, "call_id", None),
                )
            )
    exchange.output_text = "".join(texts)
    exchange.refusal = "".join(refusals) or None
    exchange.tool_calls = calls
    status = getattr(response, "status", None)
    if status == "completed":
        exchange.finish_reasons = ["tool_calls" if calls and not texts else "stop"]
    elif status == "incomplete":
        reason = getattr(getattr(response, "incomplete_details", None), "reason", None)
        exchange.finish_reasons = [str(reason)] if reason else []
    usage = getattr(response, "usage", None)
    if usage is not None:
        exchange.usage = Usage(
            input_tokens=_count(getattr(usage, "input_tokens", None)),
            output_tokens=_count(getattr(usage, "output_tokens", None)),
            cache_read_tokens=_count(getattr(getattr(usage, "input_tokens_details", None), "cached_tokens", None)),
            reasoning_tokens=_count(getattr(getattr(usage, "output_tokens_details", None), "reasoning_tokens", None)),
        )


_FINAL_EVENTS = frozenset(("response.completed", "response.incomplete", "response.failed"))


class ResponsesStreamAccumulator:
    """Responses API stream events -> the reply; the final ``response.*`` event carries the full
    response (with usage), which wins over the deltas gathered on the way."""

    __slots__ = ("calls", "final", "parts", "refusal", "started")

    def __init__(self) -> None:
        self.started: Any = None
        self.final: Any = None
        self.parts: list[str] = []
        self.refusal: list[str] = []
        self.calls: list[ToolCall] = []

    def chunk(self, event: Any) -> None:
        kind = event.type
        if kind == "response.output_text.delta":
            self.parts.append(event.delta)
        elif kind in _FINAL_EVENTS:
            self.final = event.response
        elif kind == "response.created":
            self.started = event.response
        elif kind == "response.refusal.delta":
            self.refusal.append(event.delta)
        elif kind == "response.output_item.done":
            item = event.item
            if getattr(item, "type", None) == "function_call":
                self.calls.append(ToolCall(name=str(item.name), arguments=str(item.arguments or ""), id=item.call_id))

    @property
    def complete(self) -> bool:
        return self.final is not None

    def finish(self, exchange: Exchange) -> None:
        if self.final is not None:
            read_response_object(exchange, self.final)
            return
        if self.started is not None:
            exchange.response_id = getattr(self.started, "id", None)
            exchange.response_model = getattr(self.started, "model", None)
        exchange.output_text = "".join(self.parts)
        exchange.refusal = "".join(self.refusal) or None
        exchange.tool_calls = list(self.calls)


class ResponsesAdapter(Endpoint):
    """``POST /responses``: ``create`` (streamed or not), ``parse``, ``stream()``."""

    accumulator = ResponsesStreamAccumulator

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        _, body = request_body(args, kwargs)
        if body is None:
            return None
        exchange = _new_exchange(instance, kwargs, body, sc.OPERATION_CHAT, sc.OPENAI_API_RESPONSES)
        exchange.output_format = responses_output_format(body.get("text"))
        text = body.get("text")
        if isinstance(text, Mapping):
            exchange.output_type = _output_type(text.get("format"))
        conversation = body.get("conversation")
        if isinstance(conversation, Mapping):
            conversation = conversation.get("id")
        if isinstance(conversation, str):
            exchange.conversation_id = conversation
        return exchange

    def request_history(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[dict[str, Any]] | None:
        _, body = request_body(args, kwargs)
        return responses_history(body.get("input")) if body is not None else None

    def request_messages(self, exchange: Exchange, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """``instructions``, ``input`` and ``tools``, read once the call has ended (as chat's)."""
        _, body = request_body(args, kwargs)
        if body is None:
            return
        instructions = body.get("instructions")
        if isinstance(instructions, str) and instructions:
            exchange.system_instructions.append(instructions)
        read_input_items(body.get("input"), exchange)
        if given(body.get("tools")):
            exchange.tools = openai_tools(list(body["tools"]))

    def request_turns(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
        """The user turns ``request_messages`` would read, without reading the items."""
        _, body = request_body(args, kwargs)
        return input_user_turns(body.get("input")) if body is not None else 0

    def response(self, exchange: Exchange, response: Any) -> None:
        read_response_object(exchange, response)


# --- embeddings ------------------------------------------------------------------------------


class EmbeddingsAdapter(Endpoint):
    """``POST /embeddings``: span, duration and input tokens; no content checks."""

    run_checks = False

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        _, body = request_body(args, kwargs)
        if body is None:
            return None
        exchange = _new_exchange(instance, kwargs, body, sc.OPERATION_EMBEDDINGS)
        extra: dict[str, Any] = {}
        encoding = body.get("encoding_format")  # as sent: the SDK asks for base64 when the app names none
        if isinstance(encoding, str):
            extra[sc.GEN_AI_REQUEST_ENCODING_FORMATS] = [encoding]
        dimensions = body.get("dimensions")
        if type(dimensions) is int:
            extra[sc.GEN_AI_EMBEDDINGS_DIMENSION_COUNT] = dimensions
        if extra:
            exchange.request_attributes = extra
        return exchange

    def response(self, exchange: Exchange, response: Any) -> None:
        exchange.response_model = _str_or_none(getattr(response, "model", None))
        usage = getattr(response, "usage", None)
        if usage is not None:
            exchange.usage = Usage(input_tokens=_count(getattr(usage, "prompt_tokens", None)))


# --- wrapping --------------------------------------------------------------------------------

_ADAPTERS: dict[str, Endpoint] = {
    "/chat/completions": ChatCompletionsAdapter(),
    "/responses": ResponsesAdapter(),
    "/embeddings": EmbeddingsAdapter(),
}


def _helper_close(wrapped: Callable[..., Any], instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """``ChatCompletionStream.close`` closes the HTTP response, not the stream we wrap: tell it."""
    try:
        return wrapped(*args, **kwargs)
    finally:
        notify_closed(getattr(instance, "_raw_stream", None))


async def _async_helper_close(
    wrapped: Callable[..., Any], instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Any:
    try:
        return await wrapped(*args, **kwargs)
    finally:
        notify_closed(getattr(instance, "_raw_stream", None))


_HELPERS = (
    ("openai.lib.streaming.chat._completions", "ChatCompletionStream", False),
    ("openai.lib.streaming.chat._completions", "AsyncChatCompletionStream", True),
    ("openai.lib.streaming.responses._responses", "ResponseStream", False),
    ("openai.lib.streaming.responses._responses", "AsyncResponseStream", True),
)


class OpenAIInstrumentor(StainlessInstrumentor):
    """Instruments the openai SDK: chat completions, Responses API and embeddings."""

    module = "openai"
    routes = _ADAPTERS
    clients = (("OpenAI", False), ("AzureOpenAI", False), ("AsyncOpenAI", True), ("AsyncAzureOpenAI", True))

    def instrumentation_dependencies(self) -> Collection[str]:
        return _SUPPORTED

    def _wrap(self) -> None:
        import importlib

        super()._wrap()
        for module_name, class_name, is_async in _HELPERS:
            try:
                module = importlib.import_module(module_name)
                klass = getattr(module, class_name)
            except (ImportError, AttributeError):
                continue
            wrap_function_wrapper(module, f"{class_name}.close", _async_helper_close if is_async else _helper_close)
            self._wrapped.append((klass, "close"))
