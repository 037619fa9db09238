"""Companion mode: evaluate the spans another GenAI instrumentation made.

When an application already runs the OpenTelemetry GenAI instrumentations, OpenLLMetry or
OpenInference, wrapping the client a second time would make a second span per call.
Instead ``instrument(companion=True)`` adds ``CompanionSpanProcessor`` to the tracer
provider: each ended GenAI span that carries message content is read into an ``Exchange``,
the checks run, and their results are written as ``gen_ai.evaluation.result`` events (in
that span's context) and metrics. An ended span cannot take new attributes, so in this mode
there are no ``micrometrics.<check>.*`` span attributes, and no guard.

Content is read from, in this order: the OpenTelemetry GenAI attributes
``gen_ai.input.messages`` / ``gen_ai.output.messages`` / ``gen_ai.system_instructions``
(JSON), OpenLLMetry's ``gen_ai.prompt.N.*`` / ``gen_ai.completion.N.*``, and OpenInference's
``llm.input_messages.N.message.*`` / ``llm.output_messages.N.message.*``. A span without
content (the other instrumentation does not capture it) is skipped.
"""

from __future__ import annotations

import json
import logging
import re
import weakref
from collections.abc import Mapping
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor
from opentelemetry.trace import NonRecordingSpan, StatusCode

from .. import semconv as sc
from ..exchange import Exchange, Message, ToolCall, Usage
from ..pipeline import CHECKING, configure, evaluate
from ..runtime import active
from ..segment import conversation_from_baggage, segment_from_baggage

_log = logging.getLogger("otel_micrometrics")

# Operations whose spans hold a model reply worth checking.
_OPERATIONS = frozenset({"chat", "text_completion", "generate_content"})
_INDEXED = re.compile(r"^(gen_ai\.prompt|gen_ai\.completion|llm\.input_messages|llm\.output_messages)\.(\d+)\.(.+)$")


class CompanionSpanProcessor(SpanProcessor):
    """Runs the checks on GenAI spans ended by other instrumentations."""

    def __init__(self) -> None:
        self.enabled = True
        self._warned = False

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        return None

    def on_end(self, span: ReadableSpan) -> None:
        if not self.enabled:
            return
        try:
            self._evaluate(span)
        except Exception as exc:  # the application's span pipeline must never see our errors
            if not self._warned:
                self._warned = True
                _log.warning("otel-micrometrics: companion processor failed: %s: %s", type(exc).__name__, exc)

    def _evaluate(self, span: ReadableSpan) -> None:
        runtime = active()
        if runtime is None or not (runtime.checks or runtime.worker is not None):
            return
        scope = span.instrumentation_scope
        if scope is not None and scope.name == sc.INSTRUMENTATION_SCOPE:
            return  # our own spans were evaluated when they were made
        exchange = exchange_from_attributes(span.attributes or {})
        if exchange is None or CHECKING.get():  # a span a check's own call made: no checks on it
            return
        if span.status.status_code is StatusCode.ERROR:
            exchange.error_type = str((span.attributes or {}).get(sc.ERROR_TYPE) or "error")
            return  # no reply to check
        settings = runtime.settings
        if settings.segment_attributes:
            attrs = span.attributes or {}
            found = {k: str(attrs[k]) for k in settings.segment_attributes if k in attrs}
            exchange.segment.update({**segment_from_baggage(settings.segment_attributes), **found})
        if exchange.conversation_id is None:
            exchange.conversation_id = conversation_from_baggage()
        configure(exchange, settings)
        context = span.get_span_context()
        if context is None:
            return
        target = NonRecordingSpan(context)  # results become events in the span's context
        telemetry = runtime.telemetry
        if not telemetry.should_evaluate(target):
            return
        checks = runtime.checks
        results = evaluate(exchange, checks, telemetry.record_check_error, runtime.timer)
        telemetry.record_results(target, exchange, results)
        if runtime.worker is not None:
            runtime.worker.submit(context, exchange, checks)

    def shutdown(self) -> None:
        self.enabled = False

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


_processors: weakref.WeakKeyDictionary[Any, CompanionSpanProcessor] = weakref.WeakKeyDictionary()


def install(tracer_provider: Any = None) -> CompanionSpanProcessor | None:
    """Add (or re-enable) the companion processor on the tracer provider; ``None`` when the
    provider is not the OpenTelemetry SDK's (nothing to attach to)."""
    provider = tracer_provider if tracer_provider is not None else trace.get_tracer_provider()
    if not callable(getattr(provider, "add_span_processor", None)):
        _log.warning(
            "otel-micrometrics: companion mode needs the OpenTelemetry SDK's TracerProvider; "
            "got %s, so no span is evaluated",
            type(provider).__name__,
        )
        return None
    processor = _processors.get(provider)
    if processor is None:
        processor = CompanionSpanProcessor()
        sdk_provider: Any = provider  # checked above: it has add_span_processor
        sdk_provider.add_span_processor(processor)
        _processors[provider] = processor
    processor.enabled = True
    return processor


def uninstall() -> None:
    """Stop evaluating (the SDK offers no way to remove a span processor)."""
    for processor in _processors.values():
        processor.enabled = False


# --- reading spans into an Exchange ------------------------------------------------------------


def exchange_from_attributes(attrs: Mapping[str, Any]) -> Exchange | None:
    """The exchange a GenAI span describes, or ``None`` when it is not an LLM call with content."""
    operation = attrs.get(sc.GEN_AI_OPERATION_NAME)
    openinference = attrs.get("openinference.span.kind")
    if operation is not None and operation not in _OPERATIONS:
        return None
    if operation is None and openinference != "LLM" and not any(k.startswith("gen_ai.") for k in attrs):
        return None
    exchange = Exchange(
        provider=str(
            attrs.get(sc.GEN_AI_PROVIDER_NAME)
            or attrs.get("gen_ai.system")
            or attrs.get("llm.provider")
            or attrs.get("llm.system")
            or "unknown"
        ),
        operation=str(operation or "chat"),
    )
    model = attrs.get(sc.GEN_AI_REQUEST_MODEL) or attrs.get("llm.model_name")
    exchange.request_model = str(model) if model else None
    response_model = attrs.get(sc.GEN_AI_RESPONSE_MODEL) or attrs.get("llm.model_name")
    exchange.response_model = str(response_model) if response_model else None
    response_id = attrs.get(sc.GEN_AI_RESPONSE_ID)
    exchange.response_id = str(response_id) if response_id else None
    conversation = attrs.get(sc.GEN_AI_CONVERSATION_ID)
    exchange.conversation_id = str(conversation) if conversation else None
    reasons = attrs.get(sc.GEN_AI_RESPONSE_FINISH_REASONS)
    if reasons:
        exchange.finish_reasons = [str(r) for r in reasons] if not isinstance(reasons, str) else [reasons]
    exchange.usage = Usage(
        input_tokens=_int(attrs, sc.GEN_AI_USAGE_INPUT_TOKENS, "gen_ai.usage.prompt_tokens", "llm.token_count.prompt"),
        output_tokens=_int(
            attrs, sc.GEN_AI_USAGE_OUTPUT_TOKENS, "gen_ai.usage.completion_tokens", "llm.token_count.completion"
        ),
    )
    oi_reason = attrs.get("llm.finish_reason")
    if not exchange.finish_reasons and isinstance(oi_reason, str) and oi_reason:
        exchange.finish_reasons = [oi_reason]
    indexed = _indexed(attrs)
    has_input = _read_semconv_input(attrs, exchange) or _read_indexed_input(indexed, exchange)
    has_output = _read_semconv_output(attrs, exchange) or _read_indexed_output(indexed, exchange)
    if not has_output:
        return None  # no reply content captured: nothing to check
    if not has_input:
        exchange.messages = []
    return exchange


def _int(attrs: Mapping[str, Any], *keys: str) -> int | None:
    for key in keys:
        value = attrs.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def _loads(value: Any) -> Any:
    if not isinstance(value, str):
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def _parts_text(parts: Any) -> str:
    """Text of semconv message parts: text parts, and tool results as text."""
    texts: list[str] = []
    for part in parts if isinstance(parts, list) else []:
        if not isinstance(part, Mapping):
            continue
        kind = part.get("type")
        if kind == "text" and isinstance(part.get("content"), str):
            texts.append(part["content"])
        elif kind == "tool_call_response":
            response = part.get("response", part.get("result"))
            texts.append(response if isinstance(response, str) else json.dumps(response, default=str))
    return "\n".join(texts)


def _read_semconv_input(attrs: Mapping[str, Any], exchange: Exchange) -> bool:
    messages = _loads(attrs.get(sc.GEN_AI_INPUT_MESSAGES))
    system = _loads(attrs.get(sc.GEN_AI_SYSTEM_INSTRUCTIONS))
    if isinstance(system, list):
        text = _parts_text(system)
        if text:
            exchange.system_instructions.append(text)
    if not isinstance(messages, list):
        return False
    for message in messages:
        if not isinstance(message, Mapping):
            continue
        role = str(message.get("role") or "user")
        text = _parts_text(message.get("parts"))
        if role in ("system", "developer"):
            exchange.system_instructions.append(text)
        else:
            exchange.messages.append(Message(role=role, content=text))
    return True


def _read_semconv_output(attrs: Mapping[str, Any], exchange: Exchange) -> bool:
    messages = _loads(attrs.get(sc.GEN_AI_OUTPUT_MESSAGES))
    if not isinstance(messages, list) or not messages or not isinstance(messages[0], Mapping):
        return False
    first = messages[0]
    exchange.output_text = _parts_text(first.get("parts"))
    for part in first.get("parts") or []:
        if isinstance(part, Mapping) and part.get("type") == "tool_call":
            args = part.get("arguments")
            exchange.tool_calls.append(
                ToolCall(
                    name=str(part.get("name") or ""),
                    arguments=args if isinstance(args, str) else json.dumps(args, default=str),
                    id=part.get("id") if isinstance(part.get("id"), str) else None,
                )
            )
    if not exchange.finish_reasons:
        exchange.finish_reasons = [
            str(m["finish_reason"]) for m in messages if isinstance(m, Mapping) and m.get("finish_reason")
        ]
    return True


def _indexed(attrs: Mapping[str, Any]) -> dict[str, dict[int, dict[str, Any]]]:
    """``prefix.N.rest`` attributes grouped as ``{prefix: {N: {rest: value}}}``."""
    groups: dict[str, dict[int, dict[str, Any]]] = {}
    for key, value in attrs.items():
        match = _INDEXED.match(key)
        if match:
            prefix, index, rest = match.groups()
            groups.setdefault(prefix, {}).setdefault(int(index), {})[rest] = value
    return groups


def _indexed_text(fields: Mapping[str, Any], *keys: str) -> str:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str):
            return value
    parts = sorted((k, v) for k, v in fields.items() if k.endswith("message_content.text") and isinstance(v, str))
    return "\n".join(v for _, v in parts)


def _read_indexed_input(groups: Mapping[str, dict[int, dict[str, Any]]], exchange: Exchange) -> bool:
    items = groups.get("gen_ai.prompt") or groups.get("llm.input_messages")
    if not items:
        return False
    for index in sorted(items):
        fields = items[index]
        role = str(fields.get("role") or fields.get("message.role") or "user")
        text = _indexed_text(fields, "content", "message.content")
        if role in ("system", "developer"):
            exchange.system_instructions.append(text)
        else:
            exchange.messages.append(Message(role=role, content=text))
    return True


def _read_indexed_output(groups: Mapping[str, dict[int, dict[str, Any]]], exchange: Exchange) -> bool:
    items = groups.get("gen_ai.completion") or groups.get("llm.output_messages")
    if not items:
        return False
    fields = items[min(items)]
    exchange.output_text = _indexed_text(fields, "content", "message.content")
    calls: dict[str, dict[str, Any]] = {}
    for key, value in fields.items():
        match = re.match(r"^(?:message\.)?tool_calls\.(\d+)\.(?:tool_call\.function\.)?(name|arguments|id)$", key)
        if match:
            calls.setdefault(match.group(1), {})[match.group(2)] = value
    for _, call in sorted(calls.items(), key=lambda kv: int(kv[0])):
        exchange.tool_calls.append(
            ToolCall(
                name=str(call.get("name") or ""),
                arguments=str(call.get("arguments") or ""),
                id=call.get("id") if isinstance(call.get("id"), str) else None,
            )
        )
    if not exchange.finish_reasons:
        reason = fields.get("finish_reason")
        if isinstance(reason, str) and reason:
            exchange.finish_reasons = [reason]
    return True
