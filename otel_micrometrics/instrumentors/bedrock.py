"""AWS Bedrock Runtime through boto3: ``converse`` and ``converse_stream``, read into an ``Exchange``.

Wrap point: ``botocore.client.BaseClient._make_api_call``, the one method every generated client
method (``client.converse(...)``) goes through, with the operation name and the caller's
parameters; retries happen inside it, so one call is one span. botocore builds client classes at
run time, so their methods cannot be wrapped ahead of time; the base method can, and the wrapper
passes everything that is not ``bedrock-runtime`` ``Converse``/``ConverseStream`` straight through
after two attribute reads.

``converse_stream`` returns a dict whose ``stream`` is a botocore ``EventStream``; it is replaced,
in the same dict, by the shared stream proxy (``isinstance(x, EventStream)`` still holds), which
finishes the call once whichever way the stream ends. Error events in the stream
(``modelStreamErrorException``, ...) raise ``EventStreamError`` from the iteration: the span
records it as ``error.type``.

Stop reasons are kept as Bedrock sends them, except the two that mean "filtered"
(``guardrail_intervened``, ``content_filtered``) which become ``content_filter`` and
``model_context_window_exceeded`` which becomes ``length``, the names the ``content_filter`` and
``truncation`` checks know; ``max_tokens`` is already one of the names ``truncation`` knows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from typing import Any
from urllib.parse import urlsplit

from opentelemetry.instrumentation.utils import unwrap
from wrapt import wrap_function_wrapper

from .. import semconv as sc
from ..exchange import Exchange, Message, ToolCall, Usage
from . import imports, lifecycle
from .stream import SyncStreamProxy

PROVIDER = sc.PROVIDER_BEDROCK
SERVICE = "bedrock-runtime"
_SUPPORTED = ("botocore >= 1.34.116, < 2",)

# Bedrock stop reasons with another name in the checks' vocabulary (checks/outcome.py).
_STOP_REASONS = {
    "guardrail_intervened": "content_filter",
    "content_filtered": "content_filter",
    "model_context_window_exceeded": "length",
}

_PARAMS = (("maxTokens", "max_tokens"), ("temperature", "temperature"), ("topP", "top_p"))


def finish_reason(stop_reason: Any) -> str | None:
    """A Bedrock ``stopReason`` as the finish reason the checks read."""
    if not isinstance(stop_reason, str) or not stop_reason:
        return None
    return _STOP_REASONS.get(stop_reason, stop_reason)


def _server(client: Any) -> tuple[str | None, int | None]:
    url = getattr(getattr(client, "meta", None), "endpoint_url", None)
    if not isinstance(url, str):
        return None, None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80 if parts.scheme == "http" else None)
    return parts.hostname, port


def _block_text(blocks: Any) -> str:
    """The text of a list of content blocks (``{"text": ...}`` and, for tool results, ``{"json": ...}``)."""
    parts: list[str] = []
    if not isinstance(blocks, (list, tuple)):
        return ""
    for block in blocks:
        if not isinstance(block, Mapping):
            continue
        text = block.get("text")
        if isinstance(text, str):
            parts.append(text)
        elif "json" in block:
            parts.append(json.dumps(block["json"], ensure_ascii=False, default=str))
    return "\n".join(parts)


def read_messages(messages: Any, exchange: Exchange) -> None:
    """Converse ``messages`` -> exchange messages; ``toolResult`` blocks become ``tool`` messages."""
    if not isinstance(messages, (list, tuple)):
        return
    for message in messages:
        if not isinstance(message, Mapping):
            continue
        role = str(message.get("role") or "user")
        texts: list[str] = []
        results: list[Message] = []
        for block in message.get("content") or ():
            if not isinstance(block, Mapping):
                continue
            text = block.get("text")
            if isinstance(text, str):
                texts.append(text)
            result = block.get("toolResult")
            if isinstance(result, Mapping):
                tool_id = result.get("toolUseId")
                results.append(
                    Message(
                        role="tool",
                        content=_block_text(result.get("content")),
                        tool_call_id=tool_id if isinstance(tool_id, str) else None,
                    )
                )
        # A user message that only carries tool results is not a user turn.
        if texts or not results:
            exchange.messages.append(Message(role=role, content="\n".join(texts)))
        exchange.messages.extend(results)


def read_tools(tool_config: Any) -> list[dict[str, Any]]:
    """``toolConfig.tools[].toolSpec`` -> ``{"name", "description", "parameters"}``."""
    tools = tool_config.get("tools") if isinstance(tool_config, Mapping) else None
    out: list[dict[str, Any]] = []
    for tool in tools if isinstance(tools, (list, tuple)) else ():
        spec = tool.get("toolSpec") if isinstance(tool, Mapping) else None
        if not isinstance(spec, Mapping) or not isinstance(spec.get("name"), str):
            continue
        schema = spec.get("inputSchema")
        params = schema.get("json") if isinstance(schema, Mapping) else None
        out.append(
            {
                "name": spec["name"],
                "description": spec.get("description") or "",
                "parameters": params if isinstance(params, Mapping) else None,
            }
        )
    return out


def read_output_format(output_config: Any) -> dict[str, Any] | None:
    """``outputConfig.textFormat`` (``json_schema``, the schema as a JSON string) -> output format."""
    fmt = output_config.get("textFormat") if isinstance(output_config, Mapping) else None
    if not isinstance(fmt, Mapping) or fmt.get("type") != "json_schema":
        return None
    structure = fmt.get("structure")
    definition = structure.get("jsonSchema") if isinstance(structure, Mapping) else None
    schema: Any = definition.get("schema") if isinstance(definition, Mapping) else None
    if isinstance(schema, str):
        try:
            schema = json.loads(schema)
        except ValueError:
            schema = None
    return {"type": "json_schema", "schema": schema if isinstance(schema, Mapping) else None, "strict": True}


def read_usage(usage: Any) -> Usage:
    if not isinstance(usage, Mapping):
        return Usage()

    def count(key: str) -> int | None:
        value = usage.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    return Usage(
        input_tokens=count("inputTokens"),
        output_tokens=count("outputTokens"),
        cache_read_tokens=count("cacheReadInputTokens"),
        cache_creation_tokens=count("cacheWriteInputTokens"),
    )


class ConverseStreamAccumulator:
    """ConverseStream events (dicts keyed by event name) -> the reply."""

    __slots__ = ("parts", "stop_reason", "tools", "usage")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.tools: dict[int, list[Any]] = {}  # contentBlockIndex -> [id, name, [input pieces]]
        self.stop_reason: str | None = None
        self.usage: Any = None

    def chunk(self, event: Any) -> None:
        delta = event.get("contentBlockDelta")
        if delta is not None:
            body = delta.get("delta") or {}
            text = body.get("text")
            if text is not None:
                self.parts.append(text)
                return
            tool = body.get("toolUse")
            if tool is not None:
                slot = self.tools.setdefault(delta.get("contentBlockIndex", 0), [None, "", []])
                slot[2].append(tool.get("input") or "")
            return
        start = event.get("contentBlockStart")
        if start is not None:
            tool = start.get("start", {}).get("toolUse")
            if tool is not None:
                slot = self.tools.setdefault(start.get("contentBlockIndex", 0), [None, "", []])
                slot[0], slot[1] = tool.get("toolUseId"), tool.get("name") or ""
            return
        stop = event.get("messageStop")
        if stop is not None:
            self.stop_reason = stop.get("stopReason")
            return
        metadata = event.get("metadata")
        if metadata is not None:
            self.usage = metadata.get("usage")

    @property
    def complete(self) -> bool:
        return self.stop_reason is not None

    def finish(self, exchange: Exchange) -> None:
        exchange.output_text = "".join(self.parts)
        exchange.tool_calls = [
            ToolCall(name=slot[1], arguments="".join(slot[2]), id=slot[0]) for _, slot in sorted(self.tools.items())
        ]
        reason = finish_reason(self.stop_reason)
        exchange.finish_reasons = [reason] if reason else []
        if self.usage is not None:
            exchange.usage = read_usage(self.usage)


class ConverseAdapter:
    """``Converse`` and ``ConverseStream`` of a ``bedrock-runtime`` client."""

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        operation = args[0] if args else kwargs.get("operation_name")
        params = args[1] if len(args) > 1 else kwargs.get("api_params")
        if not isinstance(params, Mapping):
            return None
        host, port = _server(instance)
        model = params.get("modelId")
        exchange = Exchange(
            provider=PROVIDER,
            operation=sc.OPERATION_CHAT,
            request_model=model if isinstance(model, str) else None,
            streaming=operation == "ConverseStream",
            server_address=host,
            server_port=port,
        )
        for block in params.get("system") or ():
            if isinstance(block, Mapping) and isinstance(block.get("text"), str):
                exchange.system_instructions.append(block["text"])
        read_messages(params.get("messages"), exchange)
        exchange.tools = read_tools(params.get("toolConfig"))
        exchange.output_format = read_output_format(params.get("outputConfig"))
        config = params.get("inferenceConfig")
        if isinstance(config, Mapping):
            for key, name in _PARAMS:
                value = config.get(key)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    exchange.request_params[name] = value
            stop = config.get("stopSequences")
            if isinstance(stop, (list, tuple)) and stop:
                exchange.request_params["stop_sequences"] = [str(s) for s in stop]
        extra = params.get("additionalModelRequestFields")
        top_k = extra.get("top_k") if isinstance(extra, Mapping) else None
        if isinstance(top_k, int) and not isinstance(top_k, bool):
            exchange.request_params["top_k"] = top_k
        return exchange

    def response(self, exchange: Exchange, response: Any) -> None:
        output = response.get("output") if isinstance(response, Mapping) else None
        message = output.get("message") if isinstance(output, Mapping) else None
        texts: list[str] = []
        for block in (message.get("content") if isinstance(message, Mapping) else None) or ():
            if not isinstance(block, Mapping):
                continue
            text = block.get("text")
            if isinstance(text, str):
                texts.append(text)
            tool = block.get("toolUse")
            if isinstance(tool, Mapping):
                exchange.tool_calls.append(
                    ToolCall(
                        name=str(tool.get("name") or ""),
                        arguments=json.dumps(tool.get("input"), ensure_ascii=False, default=str),
                        id=tool.get("toolUseId") if isinstance(tool.get("toolUseId"), str) else None,
                    )
                )
        exchange.output_text = "".join(texts)
        reason = finish_reason(response.get("stopReason"))
        exchange.finish_reasons = [reason] if reason else []
        exchange.usage = read_usage(response.get("usage"))

    def handover(self, call: lifecycle.Call, response: Any) -> Any:
        """ConverseStream: the same dict, its ``stream`` wrapped; the proxy finishes the call."""
        if not call.exchange.streaming:
            return None
        stream = response.get("stream") if isinstance(response, dict) else None
        if stream is None:
            return None
        response["stream"] = SyncStreamProxy(stream, call, ConverseStreamAccumulator())
        return response


_OPERATIONS = frozenset(("Converse", "ConverseStream"))


def _api_call_wrapper(adapter: ConverseAdapter) -> Callable[..., Any]:
    inner = lifecycle.sync_wrapper(adapter)

    def wrapper(wrapped: Callable[..., Any], instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        try:
            ours = (args[0] if args else kwargs.get("operation_name")) in _OPERATIONS and (
                instance.meta.service_model.service_name == SERVICE
            )
        except Exception:
            ours = False
        if not ours:
            return wrapped(*args, **kwargs)
        return inner(wrapped, instance, args, kwargs)

    return wrapper


class BedrockInstrumentor(imports.LazyInstrumentor):
    """Instruments boto3/botocore ``bedrock-runtime`` clients: ``converse`` and ``converse_stream``."""

    module = "botocore.client"
    _owner: Any = None

    def instrumentation_dependencies(self) -> Collection[str]:
        return _SUPPORTED

    def _wrap(self) -> None:
        import importlib

        client = importlib.import_module("botocore.client")
        wrap_function_wrapper(client, "BaseClient._make_api_call", _api_call_wrapper(ConverseAdapter()))
        self._owner = client.BaseClient

    def _unwrap(self) -> None:
        owner = getattr(self, "_owner", None)
        if owner is not None:
            unwrap(owner, "_make_api_call")
            self._owner = None
