"""``otel-micrometrics collect``: production spans (OTLP JSON) -> eval JSONL.

Reads files in OTLP JSON, one JSON object per line: an ``ExportTraceServiceRequest``
(``{"resourceSpans": [...]}``), which is what the OpenTelemetry Collector's ``file`` exporter
writes and what SDK exporters in ``otlp-json`` format print, or one ``ResourceSpans`` per line.
Each GenAI span that carries message content (``gen_ai.input.messages``,
``gen_ai.output.messages``, ``gen_ai.system_instructions``: the application ran with
``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT``) becomes one exchange line in the
format of ``otel-micrometrics eval``, with the span's micro-metric labels
(``micrometrics.<check>.label``) kept as ``"observed"``. Lines are streamed: memory grows with
one input line and, with ``sample``, the sample, never with the file.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from .exchange import Exchange
from .offline import _short, read_lines

# Collector batches can hold thousands of spans on one line.
MAX_OTLP_LINE_BYTES = 256 * 1024 * 1024
_CONTENT_KEYS = ("gen_ai.input.messages", "gen_ai.output.messages", "gen_ai.system_instructions")
_LABEL_PREFIX = "micrometrics."
_LABEL_SUFFIX = ".label"


@dataclass(frozen=True, slots=True)
class Where:
    """``--where CHECK=LABEL[,LABEL...]``: keep spans whose observed label is one of these."""

    check: str
    labels: frozenset[str]


def parse_where(text: str) -> Where:
    """``CHECK=LABEL`` or ``CHECK=LABEL,LABEL``; raises ``ValueError``."""
    check, sep, labels = text.partition("=")
    names = frozenset(x.strip() for x in labels.split(",") if x.strip())
    if not sep or not check.strip().isidentifier() or not names:
        raise ValueError(f"expected CHECK=LABEL (e.g. language_mismatch=fail), not {text!r}")
    return Where(check.strip(), names)


@dataclass(slots=True)
class CollectStats:
    lines: int = 0
    bad_lines: int = 0
    spans: int = 0
    genai_spans: int = 0
    without_content: int = 0
    matched: int = 0
    written: int = 0
    other_signals: int = 0
    first_bad: list[str] = field(default_factory=list)


def any_value(value: Any) -> Any:
    """An OTLP JSON ``AnyValue`` as a Python value (camelCase or snake_case field names)."""
    if not isinstance(value, Mapping):
        return None
    for key in ("stringValue", "string_value"):
        if key in value:
            return value[key]
    for key in ("boolValue", "bool_value"):
        if key in value:
            return bool(value[key])
    for key in ("intValue", "int_value"):
        if key in value:
            try:
                return int(value[key])
            except (TypeError, ValueError):
                return None
    for key in ("doubleValue", "double_value"):
        if key in value:
            try:
                return float(value[key])
            except (TypeError, ValueError):
                return None
    for key in ("arrayValue", "array_value"):
        if key in value:
            items = value[key].get("values") if isinstance(value[key], Mapping) else None
            return [any_value(v) for v in items] if isinstance(items, list) else []
    for key in ("kvlistValue", "kvlist_value"):
        if key in value:
            items = value[key].get("values") if isinstance(value[key], Mapping) else None
            return attributes(items)
    for key in ("bytesValue", "bytes_value"):
        if key in value:
            try:
                return base64.b64decode(value[key])
            except (TypeError, ValueError):
                return None
    return None


def attributes(items: Any) -> dict[str, Any]:
    """An OTLP JSON ``KeyValue`` list as a dict."""
    out: dict[str, Any] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, Mapping) and isinstance(item.get("key"), str):
            out[item["key"]] = any_value(item.get("value"))
    return out


def _get(obj: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in obj:
            return obj[key]
    return None


def spans_of_line(record: Any) -> Iterator[Mapping[str, Any]]:
    """The spans of one OTLP JSON line; raises ``ValueError`` when it is not trace data."""
    if not isinstance(record, Mapping):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    resource_spans = _get(record, "resourceSpans", "resource_spans")
    if resource_spans is None and _get(record, "scopeSpans", "scope_spans") is not None:
        resource_spans = [record]  # one ResourceSpans per line
    if resource_spans is None:
        if any(k in record for k in ("resourceLogs", "resource_logs", "resourceMetrics", "resource_metrics")):
            return  # logs or metrics in the same file: not spans, not an error
        keys = ", ".join(sorted(str(k)[:40] for k in record)[:5]) or "none"
        raise ValueError(f"not OTLP JSON trace data: no resourceSpans (keys: {keys})")
    if not isinstance(resource_spans, list):
        raise ValueError("'resourceSpans' must be a list")
    for rs in resource_spans:
        if not isinstance(rs, Mapping):
            raise ValueError("each resourceSpans entry must be an object")
        scopes = _get(rs, "scopeSpans", "scope_spans", "instrumentationLibrarySpans") or []
        if not isinstance(scopes, list):
            raise ValueError("'scopeSpans' must be a list")
        for scope in scopes:
            spans = scope.get("spans") if isinstance(scope, Mapping) else None
            if not isinstance(spans, list):
                raise ValueError("'scopeSpans[].spans' must be a list")
            for span in spans:
                if not isinstance(span, Mapping):
                    raise ValueError("each span must be an object")
                yield span


def _span_id(value: Any) -> str:
    """OTLP JSON ids are hex; protobuf's generic JSON mapping writes base64."""
    if not isinstance(value, str):
        return ""
    if len(value) in (16, 32) and all(c in "0123456789abcdefABCDEF" for c in value):
        return value.lower()
    try:
        return base64.b64decode(value, validate=True).hex()
    except ValueError:
        return value[:64]


def record_of_span(span: Mapping[str, Any]) -> dict[str, Any] | None:
    """One eval JSONL record from a span, or ``None`` when it holds no LLM reply content."""
    from .instrumentors.companion import exchange_from_attributes

    attrs = attributes(_get(span, "attributes"))
    for key in (*_CONTENT_KEYS, "gen_ai.tool.definitions"):  # structured (non-string) attribute values
        if key in attrs and not isinstance(attrs[key], str) and attrs[key] is not None:
            attrs[key] = json.dumps(attrs[key])
    exchange = exchange_from_attributes(attrs)
    if exchange is None:
        return None
    trace_id = _span_id(_get(span, "traceId", "trace_id"))
    span_id = _span_id(_get(span, "spanId", "span_id"))
    record = exchange_record(exchange, attrs)
    observed = {
        key[len(_LABEL_PREFIX) : -len(_LABEL_SUFFIX)]: value
        for key, value in attrs.items()
        if key.startswith(_LABEL_PREFIX) and key.endswith(_LABEL_SUFFIX) and isinstance(value, str)
    }
    return {
        "id": f"{trace_id}:{span_id}" if trace_id or span_id else None,
        **record,
        "observed": observed,
        "span": {
            "name": span.get("name"),
            "trace_id": trace_id,
            "span_id": span_id,
            "start_time_unix_nano": _get(span, "startTimeUnixNano", "start_time_unix_nano"),
        },
    }


def exchange_record(exchange: Exchange, attrs: Mapping[str, Any]) -> dict[str, Any]:
    """An ``Exchange`` as ``request``/``response`` in the JSONL format of ``eval``."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": text} for text in exchange.system_instructions]
    for message in exchange.messages:
        item: dict[str, Any] = {"role": message.role, "content": message.content}
        if message.tool_call_id:
            item["tool_call_id"] = message.tool_call_id
        messages.append(item)
    request: dict[str, Any] = {"model": exchange.request_model, "messages": messages}
    if attrs.get("gen_ai.output.type") == "json":
        request["response_format"] = {"type": "json_object"}
    tools = _json_list(attrs.get("gen_ai.tool.definitions"))
    if tools:
        request["tools"] = tools
    response: dict[str, Any] = {
        "content": exchange.output_text,
        "finish_reason": exchange.finish_reasons[0] if exchange.finish_reasons else None,
        "model": exchange.response_model,
        "id": exchange.response_id,
    }
    if exchange.tool_calls:
        response["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in exchange.tool_calls
        ]
    usage = {"input_tokens": exchange.usage.input_tokens, "output_tokens": exchange.usage.output_tokens}
    if any(v is not None for v in usage.values()):
        response["usage"] = usage
    return {"provider": exchange.provider, "request": request, "response": response}


def _json_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return value if isinstance(value, list) else []


def collect(
    streams: Iterable[tuple[str, IO[bytes]]],
    write: Callable[[dict[str, Any]], object],
    where: Iterable[Where] = (),
    sample: int | None = None,
    seed: int = 0,
    on_bad_line: Callable[[str, int, str], None] | None = None,
    max_line_bytes: int = MAX_OTLP_LINE_BYTES,
) -> CollectStats:
    """Read every stream (name, binary file), call ``write`` with each matching exchange
    record, in input order. ``sample`` keeps a uniform random sample of that many (reservoir
    sampling, reproducible with ``seed``)."""
    stats = CollectStats()
    wheres = tuple(where)
    rng = random.Random(seed)
    reservoir: list[tuple[int, dict[str, Any]]] = []
    for name, stream in streams:
        for number, raw in read_lines(stream, max_line_bytes):
            if raw is not None and not raw.strip():
                continue
            stats.lines += 1
            try:
                if raw is None:
                    raise ValueError(f"longer than {max_line_bytes} bytes")
                try:
                    data = json.loads(raw)
                except RecursionError:
                    raise ValueError("invalid JSON (nested too deeply)") from None
                except ValueError as exc:
                    hint = " (pretty-printed JSON? OTLP JSON is one object per line)" if raw.strip() == b"{" else ""
                    raise ValueError(f"invalid JSON ({_short(exc)}){hint}") from None
                spans = list(spans_of_line(data))
            except ValueError as exc:
                stats.bad_lines += 1
                if on_bad_line is not None:
                    on_bad_line(name, number, str(exc))
                continue
            if not spans and isinstance(data, Mapping) and not _get(data, "resourceSpans", "resource_spans"):
                stats.other_signals += 1
            for span in spans:
                stats.spans += 1
                attrs_raw = _get(span, "attributes")
                keys = (
                    {a.get("key") for a in attrs_raw if isinstance(a, Mapping)}
                    if isinstance(attrs_raw, list)
                    else set()
                )
                if not any(isinstance(k, str) and k.startswith(("gen_ai.", "llm.")) for k in keys):
                    continue
                stats.genai_spans += 1
                try:
                    record = record_of_span(span)
                except (ValueError, TypeError, RecursionError):
                    record = None
                if record is None:
                    stats.without_content += 1
                    continue
                observed = record["observed"]
                if not all(observed.get(w.check) in w.labels for w in wheres):
                    continue
                if record["id"] is None:
                    record["id"] = f"{name}:{number}:{stats.spans}"
                stats.matched += 1
                if sample is None:
                    write(record)
                    stats.written += 1
                elif len(reservoir) < sample:
                    reservoir.append((stats.matched, record))
                else:
                    slot = rng.randrange(stats.matched)
                    if slot < sample:
                        reservoir[slot] = (stats.matched, record)
    for _, record in sorted(reservoir, key=lambda item: item[0]):
        write(record)
        stats.written += 1
    return stats
