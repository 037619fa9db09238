"""Conformance with the GenAI semantic conventions v1.41.1, on recorded real traffic.

The OpenTelemetry contrib GenAI instrumentations' own VCR cassettes (``tests/cassettes/``, with
their provenance and licence) are replayed with vcrpy through the real openai, anthropic and
google-genai SDKs, with otel-micrometrics on. What the plugin emits is checked against the
conventions' model YAML and JSON schemas as released (copied beside the cassettes):

- every span attribute the plugin writes in the ``gen_ai.*``/``openai.*`` namespaces is in the
  registry, with the registry's type;
- ``required`` attributes of the span's convention group (with the groups it extends) are set;
  ``conditionally_required`` ones are set exactly when the scenario meets their condition;
  ``recommended`` ones are set unless the recorded reply does not carry the value;
- span name and kind; the metrics' names, units, advisory buckets and required attributes;
- with content capture on, ``gen_ai.input.messages``, ``gen_ai.output.messages``,
  ``gen_ai.system_instructions`` and ``gen_ai.tool.definitions`` validate against the schemas.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anthropic
import jsonschema
import openai
import pytest
import vcr
import yaml
from helpers.assertions import only_genai_span
from opentelemetry.trace import SpanKind

import otel_micrometrics
from otel_micrometrics.config import load_settings

CASSETTES = Path(__file__).parent / "cassettes"
SEMCONV = CASSETTES / "semconv"
_TYPES = {
    "string": str,
    "int": int,
    "double": float,
    "boolean": bool,
    "string[]": list,
    "int[]": list,
    "double[]": list,
}


def _load(name: str) -> list[dict[str, Any]]:
    return yaml.safe_load((SEMCONV / name).read_text())["groups"]  # type: ignore[no-any-return]


REGISTRY: dict[str, Any] = {}
for group in _load("gen-ai-registry.yaml") + _load("openai-registry.yaml"):
    for attribute in group.get("attributes", ()):
        if "id" in attribute:
            REGISTRY[attribute["id"]] = attribute
GROUPS = {g["id"]: g for g in _load("gen-ai-spans.yaml") + _load("gen-ai-metrics.yaml") + _load("gen-ai-events.yaml")}


def requirement_levels(group_id: str) -> dict[str, Any]:
    """Attribute -> requirement level of a convention group, the groups it extends included
    (a group's own ``ref`` overrides the one it inherits)."""
    group = GROUPS[group_id]
    levels = requirement_levels(group["extends"]) if "extends" in group else {}
    for attribute in group.get("attributes", ()):
        if "ref" in attribute and "requirement_level" in attribute:
            levels[attribute["ref"]] = attribute["requirement_level"]
        elif "ref" in attribute:
            levels.setdefault(attribute["ref"], "recommended")
    return levels


def level_name(level: Any) -> str:
    return level if isinstance(level, str) else next(iter(level))


def type_ok(name: str, value: Any) -> bool:
    kind = REGISTRY[name]["type"]
    if isinstance(kind, dict):  # an enum: string members
        return isinstance(value, str)
    if kind == "any":
        return isinstance(value, str)  # structured content is recorded as JSON text on spans
    expected = _TYPES[kind]
    if expected is int:
        return type(value) is int
    return isinstance(value, expected) if expected is not list else isinstance(value, (list, tuple))


class Conformance:
    """Counts what was checked, so each scenario says how many checks it passed."""

    def __init__(self) -> None:
        self.checks = 0

    def check(self, condition: bool, message: str) -> None:
        self.checks += 1
        assert condition, message


def check_span(
    c: Conformance,
    span: Any,
    group: str,
    *,
    conditions: dict[str, bool],
    unavailable: frozenset[str] = frozenset(),
) -> None:
    """One span against its convention group: registry names and types, requirement levels."""
    attrs = dict(span.attributes)
    operation = attrs.get("gen_ai.operation.name")
    model = attrs.get("gen_ai.request.model")
    c.check(span.kind is SpanKind.CLIENT, f"{span.name}: kind {span.kind}")
    c.check(span.name == f"{operation} {model}", f"span name {span.name!r}")
    for name, value in attrs.items():
        if name.split(".")[0] in ("gen_ai", "openai") and name not in ("gen_ai.input.messages",):
            c.check(name in REGISTRY, f"{name} is not in the v1.41.1 registry")
            c.check(type_ok(name, value), f"{name}={value!r} is not a {REGISTRY[name]['type']}")
    for name, level in requirement_levels(group).items():
        kind = level_name(level)
        if kind == "required":
            c.check(name in attrs, f"required {name} missing")
        elif kind == "conditionally_required" and name in conditions:
            c.check((name in attrs) == conditions[name], f"{name}: condition {conditions[name]}, set {name in attrs}")
        elif kind == "recommended" and name not in unavailable and name not in conditions:
            c.check(name in attrs, f"recommended {name} missing")
        elif kind == "recommended" and name in conditions:
            c.check((name in attrs) == conditions[name], f"{name}: applies {conditions[name]}, set {name in attrs}")
        elif kind == "opt_in" and name in conditions:
            c.check((name in attrs) == conditions[name], f"opt-in {name}: expected {conditions[name]}")


_SCHEMAS = {
    "gen_ai.input.messages": "gen-ai-input-messages.json",
    "gen_ai.output.messages": "gen-ai-output-messages.json",
    "gen_ai.system_instructions": "gen-ai-system-instructions.json",
    "gen_ai.tool.definitions": "gen-ai-tool-definitions.json",
}


def check_content(c: Conformance, span: Any) -> None:
    """Every content attribute on the span validates against its v1.41.1 JSON schema."""
    for name, schema_file in _SCHEMAS.items():
        if name in span.attributes:
            schema = json.loads((SEMCONV / schema_file).read_text())
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(span.attributes[name])))
            c.check(not errors, f"{name}: {[e.message for e in errors[:3]]}")


def check_metrics(c: Conformance, tel: Any, *, streaming: bool, chunks: int = 0) -> None:
    """Metric names, units, buckets and their required/recommended attributes."""
    buckets = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92)
    metric_levels = requirement_levels("metric_attributes.gen_ai")
    expected = {"gen_ai.client.operation.duration": "s", "gen_ai.client.token.usage": "{token}"}
    if streaming:
        expected["gen_ai.client.operation.time_to_first_chunk"] = "s"
        expected["gen_ai.client.operation.time_per_output_chunk"] = "s"
    for name, unit in expected.items():
        metric = tel.metric(name)
        c.check(metric is not None, f"metric {name} missing")
        c.check(metric.unit == unit, f"{name} unit {metric.unit}")
        for point in metric.data.data_points:
            for attr, level in metric_levels.items():
                if level_name(level) == "required" or attr in ("gen_ai.request.model", "gen_ai.response.model"):
                    c.check(attr in point.attributes, f"{name}: {attr} missing")
            if name != "gen_ai.client.token.usage":
                c.check(tuple(point.explicit_bounds) == buckets, f"{name}: bucket boundaries")
    tokens = {p.attributes["gen_ai.token.type"] for p in tel.metric_points("gen_ai.client.token.usage")}
    c.check(tokens == {"input", "output"}, f"token types {tokens}")
    if streaming:
        (per_chunk,) = tel.metric_points("gen_ai.client.operation.time_per_output_chunk")
        c.check(per_chunk.count == chunks - 1, f"time_per_output_chunk count {per_chunk.count}, chunks {chunks}")
    else:
        c.check(
            tel.metric("gen_ai.client.operation.time_to_first_chunk") is None, "time_to_first_chunk on a non-stream"
        )


@pytest.fixture
def replay(telemetry: Any) -> Iterator[Any]:
    """``replay(provider, cassette, capture=False)``: instrument, then replay one cassette."""
    recorder = vcr.VCR(record_mode="none", match_on=("method", "scheme", "host", "port", "path", "query"))
    stack: list[Any] = []

    def start(provider: str, cassette: str, capture: bool = False) -> Any:
        otel_micrometrics.uninstrument()
        env = {"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"} if capture else {}
        otel_micrometrics.instrument(
            tracer_provider=telemetry.tracer_provider,
            meter_provider=telemetry.meter_provider,
            logger_provider=telemetry.logger_provider,
            settings=load_settings(env),
        )
        finish()  # one cassette at a time
        context = recorder.use_cassette(str(CASSETTES / provider / f"{cassette}.yaml"))
        stack.append((context, context.__enter__()))
        return stack[-1][1]

    def finish() -> None:
        while stack:
            context, cassette = stack.pop()
            context.__exit__(None, None, None)
            assert cassette.all_played, "every recorded interaction was replayed"

    try:
        yield start
        finish()
    finally:
        for context, _ in stack:
            context.__exit__(None, None, None)
        otel_micrometrics.uninstrument()


OPENAI_CHAT = "span.openai.inference.client"
ANTHROPIC = "span.anthropic.inference.client"
GEMINI = "span.gen_ai.inference.client"
EMBEDDINGS = "span.gen_ai.embeddings.client"
# conditions that hold for a plain request: not streaming, no output format, no seed, n == 1
PLAIN = {
    "gen_ai.request.stream": False,
    "gen_ai.output.type": False,
    "gen_ai.request.seed": False,
    "gen_ai.request.choice.count": False,
    "gen_ai.request.model": True,
    "server.port": True,
    "error.type": False,
    "gen_ai.conversation.id": False,
}
# sampling settings the recorded request did not send have nothing to report
UNSENT = frozenset(
    {
        "gen_ai.request.max_tokens",
        "gen_ai.request.temperature",
        "gen_ai.request.top_p",
        "gen_ai.request.top_k",
        "gen_ai.request.stop_sequences",
        "gen_ai.request.frequency_penalty",
        "gen_ai.request.presence_penalty",
    }
)
NO_CACHE = frozenset({"gen_ai.usage.cache_creation.input_tokens"})  # OpenAI reports no cache writes


def openai_client() -> openai.OpenAI:
    return openai.OpenAI(api_key="test", max_retries=0)


# --- openai ------------------------------------------------------------------------------------


def test_openai_chat_completion(replay: Any, telemetry: Any) -> None:
    replay("openai", "test_chat_completion_with_content", capture=True)
    c = Conformance()
    reply = openai_client().chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Say this is a test"}], stream=False
    )
    span = only_genai_span(telemetry)
    a = span.attributes
    check_span(
        c,
        span,
        OPENAI_CHAT,
        conditions={**PLAIN, "openai.request.service_tier": False, "openai.response.service_tier": False},
        unavailable=UNSENT | NO_CACHE | {"gen_ai.usage.reasoning.output_tokens", "gen_ai.response.time_to_first_chunk"},
    )
    c.check(a["gen_ai.response.id"] == reply.id == "chatcmpl-ASYMQRl3A3DXL9FWCK9tnGRcKIO7q", "response id")
    c.check(a["gen_ai.response.model"] == "gpt-4o-mini-2024-07-18", "response model")
    c.check(tuple(a["gen_ai.response.finish_reasons"]) == ("stop",), "finish reasons")
    c.check((a["gen_ai.usage.input_tokens"], a["gen_ai.usage.output_tokens"]) == (12, 5), "usage")
    c.check(a["openai.api.type"] == "chat_completions", "api type")
    c.check(a["openai.response.system_fingerprint"] == reply.system_fingerprint, "system fingerprint")
    c.check(a["server.address"] == "api.openai.com" and a["server.port"] == 443, "server")
    check_content(c, span)
    (out,) = json.loads(a["gen_ai.output.messages"])
    c.check(out["parts"] == [{"type": "text", "content": reply.choices[0].message.content}], "output text")
    check_metrics(c, telemetry, streaming=False)
    (duration,) = telemetry.metric_points("gen_ai.client.operation.duration")
    c.check(duration.attributes["openai.response.system_fingerprint"] == reply.system_fingerprint, "fingerprint metric")
    assert c.checks >= 60


def test_openai_extra_params_text_output_service_tier_seed(replay: Any, telemetry: Any) -> None:
    replay("openai", "test_chat_completion_extra_params")
    c = Conformance()
    reply = openai_client().chat.completions.create(
        messages=[{"role": "user", "content": "Say this is a test"}],
        model="gpt-4o-mini",
        max_tokens=50,
        response_format={"type": "text"},
        seed=42,
        stream=False,
        temperature=0.5,
        service_tier="default",
    )
    span = only_genai_span(telemetry)
    a = span.attributes
    conditions = {
        **PLAIN,
        "gen_ai.output.type": True,
        "gen_ai.request.seed": True,
        "openai.request.service_tier": True,
        "openai.response.service_tier": True,
    }
    unavailable = (UNSENT - {"gen_ai.request.max_tokens", "gen_ai.request.temperature"}) | NO_CACHE
    check_span(
        c,
        span,
        OPENAI_CHAT,
        conditions=conditions,
        unavailable=unavailable | {"gen_ai.usage.reasoning.output_tokens", "gen_ai.response.time_to_first_chunk"},
    )
    c.check(a["gen_ai.output.type"] == "text", "output type text")
    c.check(a["gen_ai.request.seed"] == 42 and a["gen_ai.request.max_tokens"] == 50, "seed, max tokens")
    c.check(a["gen_ai.request.temperature"] == 0.5, "temperature")
    c.check(a["openai.request.service_tier"] == "default", "requested tier")
    c.check(a["openai.response.service_tier"] == reply.service_tier == "default", "response tier")
    (duration,) = telemetry.metric_points("gen_ai.client.operation.duration")
    c.check(duration.attributes["openai.response.service_tier"] == "default", "service tier on metrics")
    assert c.checks >= 60


def test_openai_stream_with_usage(replay: Any, telemetry: Any) -> None:
    replay("openai", "test_chat_completion_streaming", capture=True)
    c = Conformance()
    stream = openai_client().chat.completions.create(
        model="gpt-4",
        messages=[{"role": "user", "content": "Say this is a test"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    span = only_genai_span(telemetry)
    a = span.attributes
    check_span(
        c,
        span,
        OPENAI_CHAT,
        conditions={**PLAIN, "gen_ai.request.stream": True, "openai.request.service_tier": False},
        unavailable=UNSENT
        | NO_CACHE
        | {
            "gen_ai.usage.reasoning.output_tokens",
            "openai.response.system_fingerprint",  # recorded as null
            "openai.response.service_tier",
            "gen_ai.usage.cache_read.input_tokens",
        },
    )
    c.check(a["gen_ai.request.stream"] is True, "stream flag")
    c.check(0 <= a["gen_ai.response.time_to_first_chunk"] <= span.end_time - span.start_time, "time to first chunk")
    c.check((a["gen_ai.usage.input_tokens"], a["gen_ai.usage.output_tokens"]) == (12, 5), "usage from the last chunk")
    check_content(c, span)
    check_metrics(c, telemetry, streaming=True, chunks=len(chunks))
    assert c.checks >= 60


def test_openai_stream_left_before_its_end(replay: Any, telemetry: Any) -> None:
    replay("openai", "test_chat_completion_streaming_not_complete", capture=True)
    c = Conformance()
    stream = openai_client().chat.completions.create(
        model="gpt-4", messages=[{"role": "user", "content": "Say this is a test"}], stream=True
    )
    for index, _ in enumerate(stream):
        if index == 1:
            break
    stream.close()
    span = only_genai_span(telemetry)
    out = json.loads(span.attributes["gen_ai.output.messages"])
    c.check(out[0]["finish_reason"] == "error", "finish_reason is a string when none came")
    c.check("gen_ai.response.finish_reasons" not in span.attributes, "no finish reason invented on the span")
    check_content(c, span)
    assert c.checks >= 2


def test_openai_multiple_choices(replay: Any, telemetry: Any) -> None:
    replay("openai", "test_chat_completion_multiple_choices", capture=True)
    c = Conformance()
    reply = openai_client().chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Say this is a test"}], n=2, stream=False
    )
    span = only_genai_span(telemetry)
    a = span.attributes
    check_span(
        c,
        span,
        OPENAI_CHAT,
        conditions={**PLAIN, "gen_ai.request.choice.count": True, "openai.request.service_tier": False},
        unavailable=UNSENT
        | NO_CACHE
        | {
            "gen_ai.usage.reasoning.output_tokens",
            "gen_ai.response.time_to_first_chunk",
            "openai.response.service_tier",
        },
    )
    c.check(a["gen_ai.request.choice.count"] == 2, "choice count")
    c.check(tuple(a["gen_ai.response.finish_reasons"]) == ("stop", "stop"), "a finish reason per choice")
    out = json.loads(a["gen_ai.output.messages"])
    c.check([m["parts"][0]["content"] for m in out] == [ch.message.content for ch in reply.choices], "every choice")
    check_content(c, span)
    assert c.checks >= 50


def test_openai_tool_calls_and_tool_results_in_history(replay: Any, telemetry: Any) -> None:
    replay("openai", "test_chat_completion_tool_calls_with_content", capture=True)
    c = Conformance()
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_current_weather",
                "description": "Get the current weather in a given location",
                "parameters": {
                    "type": "object",
                    "properties": {
                        "location": {"type": "string", "description": "The city and state, e.g. Boston, MA"}
                    },
                    "required": ["location"],
                    "additionalProperties": False,
                },
            },
        }
    ]
    messages: list[Any] = [
        {"role": "system", "content": "You're a helpful assistant."},
        {"role": "user", "content": "What's the weather in Seattle and San Francisco today?"},
    ]
    client = openai_client()
    first = client.chat.completions.create(model="gpt-4o-mini", messages=messages, tool_choice="auto", tools=tools)
    calls = first.choices[0].message.tool_calls
    messages.append({"role": "assistant", "tool_calls": [call.model_dump() for call in calls]})
    for call, answer in zip(calls, ("50 degrees and raining", "70 degrees and sunny"), strict=True):
        messages.append({"role": "tool", "content": answer, "tool_call_id": call.id})
    client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    ask, answer = telemetry.finished_spans()
    for span in (ask, answer):
        check_content(c, span)
    c.check(tuple(ask.attributes["gen_ai.response.finish_reasons"]) == ("tool_calls",), "tool_calls reason")
    definitions = json.loads(ask.attributes["gen_ai.tool.definitions"])
    c.check([d["name"] for d in definitions] == ["get_current_weather"], "tool definitions")
    (out,) = json.loads(ask.attributes["gen_ai.output.messages"])
    c.check([p["id"] for p in out["parts"]] == [call.id for call in calls], "tool call ids")
    c.check(out["parts"][0]["arguments"] == {"location": "Seattle, WA"}, "arguments as JSON")
    history = json.loads(answer.attributes["gen_ai.input.messages"])
    c.check([m["role"] for m in history] == ["system", "user", "assistant", "tool", "tool"], "history order")
    c.check([p["type"] for p in history[2]["parts"]] == ["tool_call", "tool_call"], "assistant tool calls kept")
    c.check(
        [(m["parts"][0]["type"], m["parts"][0]["id"]) for m in history[3:]]
        == [("tool_call_response", call.id) for call in calls],
        "tool results with their ids",
    )
    c.check("gen_ai.system_instructions" not in answer.attributes, "system turn kept in the history, once")


def test_openai_responses_api_reasoning_tokens(replay: Any, telemetry: Any) -> None:
    replay("openai", "test_responses_create_reports_reasoning_tokens[content_mode0]")
    c = Conformance()
    prompt = (
        "\nWrite a bash script that takes a matrix represented as a string with\n"
        "format '[1,2],[3,4],[5,6]' and prints the transpose in the same format.\n"
    )
    reply = openai_client().responses.create(
        model="gpt-5.4",
        input=[{"role": "user", "content": prompt}],
        max_output_tokens=300,
        reasoning={"effort": "low"},
    )
    span = only_genai_span(telemetry)
    a = span.attributes
    check_span(
        c,
        span,
        OPENAI_CHAT,
        conditions={**PLAIN, "openai.request.service_tier": False, "openai.response.service_tier": True},
        unavailable=(UNSENT - {"gen_ai.request.max_tokens"})
        | NO_CACHE
        | {"gen_ai.response.time_to_first_chunk", "openai.response.system_fingerprint"},
    )
    assert reply.usage is not None and reply.usage.output_tokens_details is not None
    reasoning = reply.usage.output_tokens_details.reasoning_tokens
    c.check(a["gen_ai.usage.reasoning.output_tokens"] == reasoning > 0, "reasoning tokens")
    c.check(a["gen_ai.usage.output_tokens"] >= reasoning, "reasoning counted in output tokens")
    c.check(a["openai.api.type"] == "responses", "api type")
    assert c.checks >= 50


def test_openai_responses_instructions_apart_from_the_input(replay: Any, telemetry: Any) -> None:
    replay("openai", "test_responses_create_basic[content_mode0]", capture=True)
    c = Conformance()
    reply = openai_client().responses.create(
        model="gpt-4o-mini", instructions="You are a helpful assistant.", input="Say this is a test"
    )
    span = only_genai_span(telemetry)
    a = span.attributes
    check_span(
        c,
        span,
        OPENAI_CHAT,
        conditions={**PLAIN, "openai.request.service_tier": False, "openai.response.service_tier": True},
        unavailable=UNSENT | NO_CACHE | {"gen_ai.response.time_to_first_chunk", "openai.response.system_fingerprint"},
    )
    c.check(a["gen_ai.response.id"] == reply.id, "response id")
    c.check(a["gen_ai.response.model"] == reply.model == "gpt-4o-mini-2024-07-18", "response model")
    c.check(tuple(a["gen_ai.response.finish_reasons"]) == ("stop",), "finish reasons")
    c.check((a["gen_ai.usage.input_tokens"], a["gen_ai.usage.output_tokens"]) == (22, 6), "usage")
    c.check(a["gen_ai.usage.reasoning.output_tokens"] == 0, "reasoning tokens as reported")
    c.check(a["openai.api.type"] == "responses", "api type")
    check_content(c, span)
    c.check(
        json.loads(a["gen_ai.system_instructions"]) == [{"type": "text", "content": "You are a helpful assistant."}],
        "instructions are system instructions",
    )
    c.check(
        json.loads(a["gen_ai.input.messages"])
        == [{"role": "user", "parts": [{"type": "text", "content": "Say this is a test"}]}],
        "the input string is one user message",
    )
    (out,) = json.loads(a["gen_ai.output.messages"])
    c.check(
        out
        == {"role": "assistant", "parts": [{"type": "text", "content": reply.output_text}], "finish_reason": "stop"},
        "output",
    )
    check_metrics(c, telemetry, streaming=False)
    assert c.checks >= 50


def test_openai_embeddings_dimensions_and_encoding_format(replay: Any, telemetry: Any) -> None:
    replay("openai", "test_embeddings_with_dimensions", capture=True)
    c = Conformance()
    client = openai_client()
    client.embeddings.create(
        input="This is a test for embeddings with dimensions", model="text-embedding-3-small", dimensions=512
    )
    span = only_genai_span(telemetry)
    check_span(c, span, EMBEDDINGS, conditions={**PLAIN})
    c.check(span.attributes["gen_ai.embeddings.dimension.count"] == 512, "dimension count")
    c.check(span.attributes["gen_ai.request.encoding_formats"] == ("base64",), "format the SDK sent")
    c.check(not [k for k in span.attributes if k.endswith(".messages")], "no invented messages for embeddings")
    telemetry.spans.clear()
    replay("openai", "test_embeddings_with_encoding_format")
    client.embeddings.create(
        input="This is a test for embeddings with encoding format",
        model="text-embedding-3-small",
        encoding_format="base64",
    )
    span = only_genai_span(telemetry)
    check_span(c, span, EMBEDDINGS, conditions={**PLAIN}, unavailable=frozenset({"gen_ai.embeddings.dimension.count"}))
    c.check(span.attributes["gen_ai.request.encoding_formats"] == ("base64",), "requested format")
    assert c.checks >= 30


# --- anthropic ---------------------------------------------------------------------------------


ANTHROPIC_MAJOR = int(anthropic.__version__.split(".")[0])


def anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="test", max_retries=0)


ANTHROPIC_UNAVAILABLE = UNSENT - {"gen_ai.request.max_tokens"} | {
    "gen_ai.usage.reasoning.output_tokens",
    "gen_ai.response.time_to_first_chunk",
}


def test_anthropic_create(replay: Any, telemetry: Any) -> None:
    replay("anthropic", "test_sync_messages_create_basic", capture=True)
    c = Conformance()
    reply = anthropic_client().messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=100,
        messages=[{"role": "user", "content": "Say hello in one word."}],
    )
    span = only_genai_span(telemetry)
    a = span.attributes
    check_span(c, span, ANTHROPIC, conditions=PLAIN, unavailable=ANTHROPIC_UNAVAILABLE)
    u = reply.usage
    total = u.input_tokens + (u.cache_read_input_tokens or 0) + (u.cache_creation_input_tokens or 0)
    c.check(a["gen_ai.usage.input_tokens"] == total, "input tokens include the cache parts")
    c.check(tuple(a["gen_ai.response.finish_reasons"]) == ("stop",), "end_turn reported as stop")
    check_content(c, span)
    check_metrics(c, telemetry, streaming=False)
    assert c.checks >= 50


def test_anthropic_all_params_top_k_double(replay: Any, telemetry: Any) -> None:
    replay("anthropic", "test_sync_messages_create_with_all_params")
    c = Conformance()
    sampling = {"temperature": 0.7, "top_k": 40, "top_p": 0.9}
    if ANTHROPIC_MAJOR >= 2:  # 2.x takes sampling settings only through extra_body
        sampling = {"extra_body": sampling}
    anthropic_client().messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=50,
        messages=[{"role": "user", "content": "Say hello."}],
        stop_sequences=["STOP"],
        **sampling,  # type: ignore[arg-type]
    )
    span = only_genai_span(telemetry)
    a = span.attributes
    unavailable = ANTHROPIC_UNAVAILABLE - {
        "gen_ai.request.temperature",
        "gen_ai.request.top_p",
        "gen_ai.request.top_k",
        "gen_ai.request.stop_sequences",
    }
    check_span(c, span, ANTHROPIC, conditions=PLAIN, unavailable=unavailable)
    c.check(a["gen_ai.request.top_k"] == 40.0 and type(a["gen_ai.request.top_k"]) is float, "top_k double")
    c.check(tuple(a["gen_ai.request.stop_sequences"]) == ("STOP",), "stop sequences")
    assert c.checks >= 50


def test_anthropic_thinking_blocks(replay: Any, telemetry: Any) -> None:
    replay("anthropic", "test_sync_messages_create_captures_thinking_content", capture=True)
    c = Conformance()
    reply = anthropic_client().messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=16000,
        messages=[{"role": "user", "content": "What is 17*19? Think first."}],
        thinking={"type": "enabled", "budget_tokens": 10000},
    )
    span = only_genai_span(telemetry)
    check_content(c, span)
    (out,) = json.loads(span.attributes["gen_ai.output.messages"])
    thinking = [b.thinking for b in reply.content if b.type == "thinking"]
    c.check(out["parts"][0] == {"type": "reasoning", "content": thinking[0]}, "thinking as a reasoning part")
    c.check(out["parts"][1]["type"] == "text", "then the text")


def test_anthropic_tool_use(replay: Any, telemetry: Any) -> None:
    replay("anthropic", "test_sync_messages_create_captures_tool_use_content", capture=True)
    c = Conformance()
    reply = anthropic_client().messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=256,
        messages=[{"role": "user", "content": "What is the weather in SF?"}],
        tool_choice={"type": "tool", "name": "get_weather"},
        tools=[
            {
                "name": "get_weather",
                "description": "Get weather by city",
                "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
            }
        ],
    )
    span = only_genai_span(telemetry)
    check_content(c, span)
    c.check(tuple(span.attributes["gen_ai.response.finish_reasons"]) == ("tool_calls",), "tool_use as tool_calls")
    (out,) = json.loads(span.attributes["gen_ai.output.messages"])
    (use,) = [b for b in reply.content if b.type == "tool_use"]
    (call,) = [p for p in out["parts"] if p["type"] == "tool_call"]
    c.check((call["id"], call["name"], call["arguments"]) == (use.id, use.name, use.input), "tool call")
    c.check(json.loads(span.attributes["gen_ai.tool.definitions"])[0]["name"] == "get_weather", "definitions")


def test_anthropic_stream(replay: Any, telemetry: Any) -> None:
    replay("anthropic", "test_sync_messages_create_streaming", capture=True)
    c = Conformance()
    events = list(
        anthropic_client().messages.create(
            model="claude-sonnet-4-20250514",
            max_tokens=100,
            messages=[{"role": "user", "content": "Say hello in one word."}],
            stream=True,
        )
    )
    span = only_genai_span(telemetry)
    a = span.attributes
    check_span(
        c,
        span,
        ANTHROPIC,
        conditions={**PLAIN, "gen_ai.request.stream": True},
        unavailable=ANTHROPIC_UNAVAILABLE - {"gen_ai.response.time_to_first_chunk"},
    )
    c.check(a["gen_ai.request.stream"] is True and a["gen_ai.response.time_to_first_chunk"] >= 0, "stream attributes")
    check_content(c, span)
    check_metrics(c, telemetry, streaming=True, chunks=len(events))
    assert c.checks >= 50


# --- google-genai ------------------------------------------------------------------------------


def gemini() -> Any:
    from google.genai import Client
    from google.oauth2.credentials import Credentials

    token = Credentials(token="test")  # valid as it is: nothing to refresh, no network
    return Client(vertexai=True, project="test-project", location="test-location", credentials=token)


GEMINI_UNAVAILABLE = UNSENT | {
    "gen_ai.response.id",  # not in the recorded reply
    "gen_ai.usage.cache_read.input_tokens",
    "gen_ai.usage.cache_creation.input_tokens",
    "gen_ai.response.time_to_first_chunk",
}


def test_gemini_generate_content(replay: Any, telemetry: Any) -> None:
    replay("google_genai", "test_non_streaming[logcontent-gemini-2.5-flash-vertexaiapi-sync-default]", capture=True)
    c = Conformance()
    client = gemini()  # kept: a dropped Client closes its HTTP client
    reply = client.models.generate_content(model="gemini-2.5-flash", contents="Create a poem about Open Telemetry.")
    span = only_genai_span(telemetry)
    a = span.attributes
    check_span(c, span, GEMINI, conditions=PLAIN, unavailable=GEMINI_UNAVAILABLE)
    meta = reply.usage_metadata
    assert meta is not None
    thoughts = meta.thoughts_token_count or 0
    c.check(a["gen_ai.usage.output_tokens"] == (meta.candidates_token_count or 0) + thoughts, "thinking in output")
    if thoughts:
        c.check(a["gen_ai.usage.reasoning.output_tokens"] == thoughts, "reasoning tokens")
    c.check(a["gen_ai.provider.name"] == "gcp.vertex_ai", "provider")
    check_content(c, span)
    check_metrics(c, telemetry, streaming=False)
    assert c.checks >= 50


def test_gemini_stream(replay: Any, telemetry: Any) -> None:
    replay("google_genai", "test_streaming[logcontent-gemini-2.5-flash-vertexaiapi-sync-default]", capture=True)
    c = Conformance()
    client = gemini()
    chunks = list(
        client.models.generate_content_stream(model="gemini-2.5-flash", contents="Create a poem about Open Telemetry.")
    )
    span = only_genai_span(telemetry)
    check_span(
        c,
        span,
        GEMINI,
        conditions={**PLAIN, "gen_ai.request.stream": True},
        unavailable=GEMINI_UNAVAILABLE - {"gen_ai.response.time_to_first_chunk"},
    )
    check_content(c, span)
    check_metrics(c, telemetry, streaming=True, chunks=len(chunks))
    assert c.checks >= 50
