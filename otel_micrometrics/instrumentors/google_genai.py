"""google-genai SDK: ``models.generate_content`` and ``generate_content_stream``, sync and async.

Wrap point: the four public methods of ``Models`` / ``AsyncModels`` (``client.models`` and
``client.aio.models``; ``client.chats`` goes through them too). One application call is one
span, whose reply is the one the application gets. With automatic function calling the SDK
sends several requests inside that one call: the span covers them all and reports the final
response (its text, finish reasons and usage).

Operation ``generate_content`` (the GenAI conventions' well-known name for Gemini's
generateContent); provider ``gcp.gen_ai`` for the Gemini Developer API (as the provider list names it;
the conventions also define the narrower ``gcp.gemini``), ``gcp.vertex_ai`` when the client is
in Vertex AI mode. Finish reasons are the lower-cased enum names (``stop``,
``max_tokens``, ``safety``, ``recitation``, ...); a prompt blocked before any candidate reports
its block reason the same way. Model roles read as ``assistant``; a user turn holding only
function responses reads as ``tool``. Thought parts are not part of the reply text.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from opentelemetry.instrumentation.utils import unwrap
from wrapt import wrap_function_wrapper

from .. import semconv as sc
from ..exchange import Exchange, Message, ToolCall, Usage
from . import imports, lifecycle
from .response import wrap_stream

_SUPPORTED = ("google-genai >= 1.0.0, < 4",)
_PARAMS = {
    "temperature": "temperature",
    "top_p": "top_p",
    "top_k": "top_k",
    "max_output_tokens": "max_tokens",
    "presence_penalty": "presence_penalty",
    "frequency_penalty": "frequency_penalty",
    "seed": "seed",
}


def _get(obj: Any, name: str) -> Any:
    """A field of an SDK object or of the dict the application passed instead (either case)."""
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        if name in obj:
            return obj[name]
        head, *rest = name.split("_")
        return obj.get(head + "".join(word.title() for word in rest))
    return getattr(obj, name, None)


def _text(parts: Any, sep: str = "\n") -> str:
    """The text parts (thoughts left out) of a part list, a Content, a Part or a string;
    input parts are joined by ``sep``, a reply's parts (fragments of one text) by ``""``."""
    if parts is None:
        return ""
    if isinstance(parts, str):
        return parts
    if not isinstance(parts, (list, tuple)):
        inner = _get(parts, "parts")
        parts = inner if inner is not None else [parts]
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif not _get(part, "thought"):
            text = _get(part, "text")
            if isinstance(text, str):
                out.append(text)
    return sep.join(out)


def _is_content(item: Any) -> bool:
    return _get(item, "role") is not None or (_get(item, "parts") is not None and _get(item, "text") is None)


def read_contents(contents: Any, exchange: Exchange) -> None:
    """``contents`` (a string, parts, Contents or their dicts, or a list of them) -> messages.

    Loose strings and parts are one user turn, as the SDK sends them."""
    for content, loose in _turns(contents):
        exchange.messages.append(Message(role="user", content=_text(loose)) if content is None else _message(content))


def _turns(contents: Any) -> Iterator[tuple[Any, list[Any]]]:
    """``contents`` turn by turn: ``(content, [])`` for a Content, ``(None, parts)`` for a run
    of loose strings and parts, which the SDK sends as one user turn."""
    items = contents if isinstance(contents, (list, tuple)) else [contents]
    loose: list[Any] = []
    for item in items:
        if item is None:
            continue
        if isinstance(item, str) or not _is_content(item):
            loose.append(item)
            continue
        if loose:
            yield None, loose
            loose = []
        yield item, []
    if loose:
        yield None, loose


def _message(content: Any) -> Message:
    role = str(_get(content, "role") or "user")
    parts = _get(content, "parts") or []
    responses = [_get(p, "function_response") for p in parts]
    if role == "user" and responses and all(r is not None for r in responses):
        first = responses[0]
        text = "\n".join(json.dumps(_get(r, "response"), default=str) for r in responses)
        call_id = _get(first, "id")
        return Message(
            role="tool",
            content=text,
            name=_get(first, "name"),
            tool_call_id=call_id if isinstance(call_id, str) else None,
        )
    return Message(role="assistant" if role == "model" else role, content=_text(parts))


def history(contents: Any) -> list[dict[str, Any]]:
    """``contents`` as ``gen_ai.input.messages`` (content capture only): loose strings and parts
    as one user turn (as the SDK sends them), ``model`` turns as ``assistant``; text, thought
    (``reasoning``), function call (``tool_call``) and function response (``tool_call_response``)
    parts with their ids; a user turn of function responses only is a ``tool`` message. The
    ``system_instruction`` is not part of ``contents``: it goes to ``gen_ai.system_instructions``."""
    return [
        _turn("user", loose)
        if content is None
        else _turn(str(_get(content, "role") or "user"), _get(content, "parts") or [])
        for content, loose in _turns(contents)
    ]


def _turn(role: str, parts: Any) -> dict[str, Any]:
    out: list[dict[str, Any]] = []
    for part in parts:
        if isinstance(part, str):
            out.append({"type": "text", "content": part})
            continue
        call = _get(part, "function_call")
        response = _get(part, "function_response")
        text = _get(part, "text")
        if call is not None:
            out.append(
                {
                    "type": "tool_call",
                    "id": _get(call, "id"),
                    "name": _get(call, "name"),
                    "arguments": _get(call, "args"),
                }
            )
        elif response is not None:
            out.append(
                {"type": "tool_call_response", "id": _get(response, "id"), "response": _get(response, "response")}
            )
        elif isinstance(text, str):
            out.append({"type": "reasoning" if _get(part, "thought") else "text", "content": text})
    if role == "user" and out and all(p["type"] == "tool_call_response" for p in out):
        role = "tool"
    return {"role": "assistant" if role == "model" else role, "parts": out}


def _schema(value: Any) -> Any:
    """A response schema as JSON schema: a dict as given, a pydantic class's schema, an SDK
    ``Schema`` dumped; ``None`` when it cannot be read."""
    if isinstance(value, Mapping):
        return dict(value)
    to_schema = getattr(value, "model_json_schema", None)
    if isinstance(value, type) and callable(to_schema):
        return to_schema()
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", exclude_none=True)
    return None


def output_format(config: Any) -> dict[str, Any] | None:
    """``response_mime_type="application/json"`` (+ ``response_schema``/``response_json_schema``)."""
    mime = _get(config, "response_mime_type")
    if not isinstance(mime, str) or mime.lower() != "application/json":
        return None
    schema = _get(config, "response_json_schema")
    if schema is None:
        schema = _get(config, "response_schema")
    if schema is None:
        return {"type": "json_object"}
    return {"type": "json_schema", "schema": _schema(schema), "strict": False}


def declared_tools(tools: Any) -> list[dict[str, Any]]:
    """Function declarations (and plain Python functions given for automatic calling)."""
    out: list[dict[str, Any]] = []
    for tool in tools or ():
        if callable(tool) and not isinstance(tool, Mapping):
            name = getattr(tool, "__name__", None)
            if isinstance(name, str):
                out.append({"name": name, "description": (tool.__doc__ or "").strip(), "parameters": None})
            continue
        for decl in _get(tool, "function_declarations") or ():
            name = _get(decl, "name")
            if not isinstance(name, str):
                continue
            params = _get(decl, "parameters_json_schema")
            if params is None:
                params = _get(decl, "parameters")
            out.append(
                {
                    "name": name,
                    "description": _get(decl, "description") or "",
                    "parameters": _schema(params) if params is not None else None,
                }
            )
    return out


def _server(instance: Any) -> tuple[str | None, int | None]:
    options = _get(getattr(instance, "_api_client", None), "_http_options")
    url = _get(options, "base_url")
    if not isinstance(url, str):
        return None, None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80 if parts.scheme == "http" else None)
    return parts.hostname, port


def _reason(value: Any) -> str | None:
    """``FinishReason.MAX_TOKENS`` / ``"MAX_TOKENS"`` -> ``max_tokens``."""
    if value is None:
        return None
    name = getattr(value, "value", value)
    return str(name).lower() or None


def usage_of(metadata: Any) -> Usage:
    """Gemini counts thinking apart from the candidates; the conventions count reasoning tokens
    in the output tokens, so output = candidates + thoughts."""
    candidates = _get(metadata, "candidates_token_count")
    thoughts = _get(metadata, "thoughts_token_count")
    output = candidates
    if isinstance(thoughts, int) and thoughts:
        output = (candidates if isinstance(candidates, int) else 0) + thoughts
    return Usage(
        input_tokens=_get(metadata, "prompt_token_count"),
        output_tokens=output,
        cache_read_tokens=_get(metadata, "cached_content_token_count"),
        reasoning_tokens=thoughts,
    )


def _calls(parts: Any) -> list[ToolCall]:
    out: list[ToolCall] = []
    for part in parts or ():
        call = _get(part, "function_call")
        if call is not None:
            call_id = _get(call, "id")
            arguments = json.dumps(_get(call, "args") or {}, default=str)
            out.append(
                ToolCall(
                    name=str(_get(call, "name") or ""),
                    arguments=arguments,
                    id=call_id if isinstance(call_id, str) else None,
                )
            )
    return out


class GenerateContentAdapter:
    """``generate_content``: request -> exchange, ``GenerateContentResponse`` -> reply."""

    operation = sc.OPERATION_GENERATE_CONTENT

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        model = kwargs.get("model")
        api = getattr(instance, "_api_client", None)
        exchange = Exchange(
            provider=sc.PROVIDER_VERTEX_AI if getattr(api, "vertexai", False) else sc.PROVIDER_GCP_GEN_AI,
            operation=self.operation,
            request_model=model if isinstance(model, str) else None,
        )
        exchange.server_address, exchange.server_port = _server(instance)
        read_contents(kwargs.get("contents"), exchange)
        config = kwargs.get("config")
        if config is not None:
            system = _get(config, "system_instruction")
            if system is not None:
                exchange.system_instructions.append(_text(system))
            params = exchange.request_params
            for key, name in _PARAMS.items():
                value = _get(config, key)
                if value is not None:
                    params[name] = value
            stop = _get(config, "stop_sequences")
            if stop:
                params["stop_sequences"] = list(stop)
            count = _get(config, "candidate_count")
            if count is not None and count != 1:
                params["choice_count"] = count
            exchange.output_format = output_format(config)
            mime = _get(config, "response_mime_type")
            if isinstance(mime, str):
                kind = mime.lower()
                if kind == "application/json":
                    exchange.output_type = sc.OUTPUT_TYPE_JSON
                elif kind == "text/plain":
                    exchange.output_type = sc.OUTPUT_TYPE_TEXT
            exchange.tools = declared_tools(_get(config, "tools"))
        return exchange

    def request_history(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[dict[str, Any]] | None:
        return history(kwargs.get("contents"))

    def response(self, exchange: Exchange, response: Any) -> None:
        exchange.response_id = _get(response, "response_id")
        exchange.response_model = _get(response, "model_version")
        candidates = _get(response, "candidates") or []
        reasons = [_reason(_get(c, "finish_reason")) for c in candidates]
        exchange.finish_reasons = [r for r in reasons if r]
        if not candidates:
            blocked = _reason(_get(_get(response, "prompt_feedback"), "block_reason"))
            if blocked:
                exchange.finish_reasons = [blocked]
        else:
            parts = _get(_get(candidates[0], "content"), "parts")
            exchange.output_text = _text(parts or [], sep="")
            exchange.tool_calls = _calls(parts)
        metadata = _get(response, "usage_metadata")
        if metadata is not None:
            exchange.usage = usage_of(metadata)

    def corrected(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], instruction: str
    ) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
        """The same request with ``instruction`` added to the system instruction (for the guard)."""
        config = kwargs.get("config")
        system = _text(_get(config, "system_instruction"))
        text = f"{system}\n\n{instruction}" if system else instruction
        if config is None:
            new: Any = {"system_instruction": text}
        elif isinstance(config, Mapping):
            new = {**config, "system_instruction": text}
            new.pop("systemInstruction", None)
        else:
            new = config.model_copy(update={"system_instruction": text})
        return args, {**kwargs, "config": new}


class StreamAccumulator:
    """Streamed ``GenerateContentResponse`` chunks -> the reply (candidate 0's text and calls,
    every candidate's finish reason, the last usage metadata)."""

    __slots__ = ("blocked", "calls", "model", "parts", "reasons", "response_id", "usage")

    def __init__(self) -> None:
        self.response_id: str | None = None
        self.model: str | None = None
        self.parts: list[str] = []
        self.calls: list[ToolCall] = []
        self.reasons: dict[int, str] = {}
        self.usage: Any = None
        self.blocked: str | None = None

    def chunk(self, chunk: Any) -> None:
        if self.response_id is None:
            self.response_id = chunk.response_id if hasattr(chunk, "response_id") else None
        if self.model is None:
            self.model = chunk.model_version
        for candidate in chunk.candidates or ():
            index = candidate.index or 0
            if index == 0 and candidate.content is not None and candidate.content.parts:
                parts = candidate.content.parts
                for part in parts:
                    if part.text and not getattr(part, "thought", None):
                        self.parts.append(part.text)
                    elif part.function_call is not None:
                        self.calls.extend(_calls((part,)))
            if candidate.finish_reason is not None:
                self.reasons[index] = _reason(candidate.finish_reason) or ""
        if chunk.usage_metadata is not None:
            self.usage = chunk.usage_metadata
        if chunk.prompt_feedback is not None and chunk.prompt_feedback.block_reason is not None:
            self.blocked = _reason(chunk.prompt_feedback.block_reason)

    @property
    def complete(self) -> bool:
        return 0 in self.reasons or self.blocked is not None

    def finish(self, exchange: Exchange) -> None:
        exchange.response_id = self.response_id
        exchange.response_model = self.model
        exchange.output_text = "".join(self.parts)
        exchange.tool_calls = list(self.calls)
        exchange.finish_reasons = [r for _, r in sorted(self.reasons.items()) if r]
        if not exchange.finish_reasons and self.blocked:
            exchange.finish_reasons = [self.blocked]
        if self.usage is not None:
            exchange.usage = usage_of(self.usage)


class GenerateContentStreamAdapter(GenerateContentAdapter):
    """``generate_content_stream``: the returned iterator is proxied and ends the call."""

    corrected = None  # type: ignore[assignment]  # a reply already on its way is never retried

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        exchange = super().request(instance, args, kwargs)
        if exchange is not None:
            exchange.streaming = True
        return exchange

    def handover(self, call: lifecycle.Call, response: Any) -> Any:
        return wrap_stream(response, call, StreamAccumulator())


_TARGETS = (
    ("Models", "generate_content", GenerateContentAdapter, False),
    ("Models", "generate_content_stream", GenerateContentStreamAdapter, False),
    ("AsyncModels", "generate_content", GenerateContentAdapter, True),
    ("AsyncModels", "generate_content_stream", GenerateContentStreamAdapter, True),
)


class GoogleGenAIInstrumentor(imports.LazyInstrumentor):
    """Instruments the google-genai SDK's content generation, sync and async, streamed or not."""

    module = "google.genai"
    _wrapped: list[tuple[Any, str]] = []

    def instrumentation_dependencies(self) -> Collection[str]:
        return _SUPPORTED

    def _wrap(self) -> None:
        import importlib

        module = importlib.import_module("google.genai.models")
        self._wrapped = []
        for class_name, method, adapter, is_async in _TARGETS:
            make = lifecycle.async_wrapper if is_async else lifecycle.sync_wrapper
            wrap_function_wrapper(module, f"{class_name}.{method}", make(adapter()))
            self._wrapped.append((getattr(module, class_name), method))

    def _unwrap(self) -> None:
        for owner, name in getattr(self, "_wrapped", ()):
            unwrap(owner, name)
        self._wrapped = []
