"""The floor: the least any conforming GenAI instrumentation of the openai SDK must do.

A hand-written wrapper around ``chat.completions.create`` that creates the GenAI client
span with the same request and response attributes otel-micrometrics sets, makes it
current while the SDK works, and records ``gen_ai.client.operation.duration`` and
``gen_ai.client.token.usage``. No checks, no events, no error handling beyond the span.
Benchmark-only: it exists to price what the semantic conventions themselves cost.
"""

from __future__ import annotations

import time
from typing import Any

from opentelemetry import metrics, trace
from opentelemetry.trace import SpanKind
from wrapt import wrap_function_wrapper

_MODULE = "openai.resources.chat.completions.completions"
_DURATION_BUCKETS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92]
_TOKEN_BUCKETS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864]


def instrument(tracer_provider: Any, meter_provider: Any) -> None:
    tracer = trace.get_tracer("benchmark-floor", tracer_provider=tracer_provider)
    meter = metrics.get_meter("benchmark-floor", meter_provider=meter_provider)
    duration = meter.create_histogram(
        "gen_ai.client.operation.duration", unit="s", explicit_bucket_boundaries_advisory=_DURATION_BUCKETS
    )
    tokens = meter.create_histogram(
        "gen_ai.client.token.usage", unit="{token}", explicit_bucket_boundaries_advisory=_TOKEN_BUCKETS
    )
    ttfc = meter.create_histogram(
        "gen_ai.client.operation.time_to_first_chunk", unit="s", explicit_bucket_boundaries_advisory=_DURATION_BUCKETS
    )

    def request_attributes(instance: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        url = instance._client.base_url
        attrs: dict[str, Any] = {
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": "openai",
            "gen_ai.request.model": kwargs["model"],
            "server.address": url.host,
            "server.port": url.port or 443,
        }
        for key, name in (("temperature", "gen_ai.request.temperature"), ("max_tokens", "gen_ai.request.max_tokens")):
            if key in kwargs:
                attrs[name] = kwargs[key]
        return attrs

    def finish(
        span: Any,
        metric_attrs: dict[str, Any],
        start: float,
        response_id: Any,
        model: Any,
        finish_reasons: list[str],
        usage: Any,
        first: float | None,
    ) -> None:
        span.set_attributes(
            {
                "gen_ai.response.id": response_id,
                "gen_ai.response.model": model,
                "gen_ai.response.finish_reasons": finish_reasons,
                "gen_ai.usage.input_tokens": usage.prompt_tokens,
                "gen_ai.usage.output_tokens": usage.completion_tokens,
            }
        )
        span.end()
        metric_attrs["gen_ai.response.model"] = model
        duration.record(time.perf_counter() - start, metric_attrs)
        tokens.record(usage.prompt_tokens, {**metric_attrs, "gen_ai.token.type": "input"})
        tokens.record(usage.completion_tokens, {**metric_attrs, "gen_ai.token.type": "output"})
        if first is not None:
            ttfc.record(first - start, metric_attrs)

    def stream_of(stream: Any, span: Any, metric_attrs: dict[str, Any], start: float) -> Any:
        first = None
        reasons: list[str] = []
        response_id = model = usage = None
        for chunk in stream:
            if first is None:
                first = time.perf_counter()
            response_id, model = chunk.id, chunk.model
            for choice in chunk.choices:
                if choice.finish_reason:
                    reasons.append(choice.finish_reason)
            if chunk.usage is not None:
                usage = chunk.usage
            yield chunk
        finish(span, metric_attrs, start, response_id, model, reasons, usage, first)

    def wrapper(wrapped: Any, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        attrs = request_attributes(instance, kwargs)
        span = tracer.start_span(f"chat {kwargs['model']}", kind=SpanKind.CLIENT, attributes=attrs)
        metric_attrs = {
            k: attrs[k]
            for k in (
                "gen_ai.operation.name",
                "gen_ai.provider.name",
                "gen_ai.request.model",
                "server.address",
                "server.port",
            )
        }
        start = time.perf_counter()
        with trace.use_span(span, end_on_exit=False):
            response = wrapped(*args, **kwargs)
        if kwargs.get("stream"):
            # A generator, not a proxy: the floor does not keep ``openai.Stream``'s type.
            return stream_of(response, span, metric_attrs, start)
        finish(
            span,
            metric_attrs,
            start,
            response.id,
            response.model,
            [c.finish_reason for c in response.choices],
            response.usage,
            None,
        )
        return response

    wrap_function_wrapper(_MODULE, "Completions.create", wrapper)
