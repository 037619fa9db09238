"""Property-based tests: arbitrary exchanges through every built-in check, arbitrary JSONL records
through the eval reader, arbitrary environments through the configuration.

The run count is a hypothesis profile (``micrometrics``, 150 examples per property; set
``HYPOTHESIS_PROFILE=micrometrics-long`` for a deeper local run)."""

from __future__ import annotations

import json
import logging
import math
import os
import re
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otel_micrometrics import catalog, config, registry
from otel_micrometrics.exchange import Exchange, Message, ToolCall, Usage
from otel_micrometrics.registry import Result

settings.register_profile(
    "micrometrics",
    max_examples=150,
    deadline=None,
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "micrometrics-long",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "micrometrics"))

SENTINEL = "Zq7xSentinelW"
PER_CHECK_SECONDS = 2.0  # generous: a check is meant to take about a millisecond

# Any code point, lone surrogates included (what a broken client or server can hand us).
ANY_CHAR = st.characters(exclude_categories=())
any_text = st.text(alphabet=ANY_CHAR, max_size=60)
words = st.sampled_from(
    [
        "Hello, how are you today?",
        "Hallo, wie geht es Ihnen heute?",
        "Bonjour, comment allez-vous ?",
        "こんにちは、お元気ですか。",
        "Привет, как дела сегодня?",
        "مرحبا كيف حالك اليوم",
        "```python\nprint(1)\n```",
        "# Title\n- item\n- item",
        '{"a": [1, 2, {"b": null}]}',
        "I'm sorry, but I can't help with that.",
        "call me at +1 555 0100 or mail a@b.example",
        "ha " * 30,
        "",
        " \n\t ",
    ]
)
# Mixes of natural text, arbitrary code points, and now and then something large.
fragment = st.one_of(any_text, words, st.builds(lambda t, n: t * n, st.one_of(words, any_text), st.integers(1, 3000)))
texts = st.builds(lambda parts: "".join(parts), st.lists(fragment, max_size=5))

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), any_text),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(any_text, inner, max_size=4)),
    max_leaves=20,
)


def nested_json(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


tool_arguments = st.one_of(
    texts,
    json_values.map(json.dumps),
    st.integers(1, 5000).map(nested_json),
    st.integers(1, 5000).map(lambda d: "[" * d),
    st.just(json.dumps({"q": "x" * 100_000})),
)
tool_calls = st.builds(ToolCall, name=any_text, arguments=tool_arguments, id=st.one_of(st.none(), any_text))
roles = st.one_of(st.sampled_from(["user", "assistant", "tool", "system", "developer"]), any_text)
messages = st.builds(
    Message, role=roles, content=texts, name=st.one_of(st.none(), any_text), tool_call_id=st.one_of(st.none(), any_text)
)
schemas = st.one_of(
    json_values, st.just({"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]})
)
output_formats = st.one_of(
    st.none(),
    st.just({"type": "json_object"}),
    st.builds(lambda s, strict: {"type": "json_schema", "schema": s, "strict": strict}, schemas, st.booleans()),
    st.dictionaries(any_text, json_values, max_size=3),
)
tools = st.lists(
    st.fixed_dictionaries({"name": any_text, "description": any_text, "parameters": st.one_of(st.none(), schemas)}),
    max_size=3,
)
finish = st.one_of(
    st.sampled_from(
        ["stop", "length", "tool_calls", "content_filter", "max_tokens", "end_turn", "safety", "STOP", "refusal"]
    ),
    any_text,
)
counts = st.one_of(st.none(), st.integers(0, 10**9))
usages = st.builds(Usage, input_tokens=counts, output_tokens=counts, cache_read_tokens=counts, reasoning_tokens=counts)

exchanges = st.builds(
    Exchange,
    provider=st.one_of(st.just("openai"), any_text),
    operation=st.sampled_from(["chat", "text_completion", "embeddings"]),
    request_model=st.one_of(st.none(), any_text),
    messages=st.lists(messages, max_size=6),
    system_instructions=st.lists(texts, max_size=2),
    tools=tools,
    output_format=output_formats,
    output_text=texts,
    tool_calls=st.lists(tool_calls, max_size=3),
    refusal=st.one_of(st.none(), texts),
    finish_reasons=st.lists(finish, max_size=3),
    usage=usages,
    streaming=st.booleans(),
    error_type=st.one_of(st.none(), st.just("APIError")),
    expected_language=st.one_of(st.none(), st.sampled_from(["en", "de", "fr", "ja", "xx"]), any_text),
)

ISO_639_1 = re.compile(r"^[a-z]{2}$")


def builtin_checks() -> list[registry.CheckSpec]:
    catalog.load_builtin_checks()
    # the judge is opt-in, slow and makes an HTTP call: it is not a pure check
    return [
        spec
        for spec in registry.REGISTRY.all()
        if not spec.slow and spec.function.__module__.startswith("otel_micrometrics.")
    ]


CHECKS = builtin_checks()


def test_every_builtin_check_is_fuzzed():
    assert {
        "response_language",
        "language_mismatch",
        "truncation",
        "content_filter",
        "empty_response",
        "response_length",
    } <= {c.name for c in CHECKS}


def run(spec: registry.CheckSpec, exchange: Exchange) -> tuple[Any, float]:
    started = time.perf_counter()
    result = spec.function(exchange)
    return result, time.perf_counter() - started


def assert_valid(spec: registry.CheckSpec, result: Any) -> None:
    if result is None:
        return
    assert isinstance(result, Result), (spec.name, result)
    assert result.label is not None or result.score is not None
    if result.label is not None:
        assert isinstance(result.label, str)
        if spec.labels:
            assert result.label in spec.labels, (spec.name, result.label)
        if spec.name == "response_language":
            assert ISO_639_1.match(result.label), result.label
    if result.score is not None:
        assert isinstance(result.score, float) and math.isfinite(result.score)
    if result.explanation is not None:
        assert isinstance(result.explanation, str)


@given(exchanges)
def test_checks_never_raise_keep_their_labels_and_are_deterministic(exchange):
    for spec in CHECKS:
        first, seconds = run(spec, exchange)
        assert_valid(spec, first)
        assert seconds < PER_CHECK_SECONDS, (spec.name, seconds)
        again, _ = run(spec, exchange)
        assert again == first, spec.name


def plant(text: str) -> str:
    return f"{text} {SENTINEL} {text}"


@settings(max_examples=60)
@given(exchanges)
def test_explanations_never_quote_the_conversation(exchange):
    """The sentinel is planted in every text the exchange carries; no explanation may repeat it."""
    exchange.output_text = plant(exchange.output_text)
    exchange.refusal = plant(exchange.refusal or "")
    exchange.system_instructions = [plant(t) for t in exchange.system_instructions] or [SENTINEL]
    exchange.messages = [Message(m.role, plant(m.content)) for m in exchange.messages] + [Message("user", SENTINEL)]
    exchange.tool_calls = [ToolCall(c.name + SENTINEL, c.arguments[:50] + SENTINEL, c.id) for c in exchange.tool_calls]
    for spec in CHECKS:
        result, _ = run(spec, exchange)
        assert_valid(spec, result)
        if result is not None and result.explanation:
            assert SENTINEL not in result.explanation, (spec.name, result.explanation)


# --- the JSONL reader of `otel-micrometrics eval` ----------------------------------------------

records = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {},
        optional={
            "provider": json_values,
            "request": st.one_of(
                json_values,
                st.fixed_dictionaries(
                    {},
                    optional={
                        "model": json_values,
                        "messages": st.one_of(
                            json_values,
                            st.lists(
                                st.one_of(
                                    json_values,
                                    st.fixed_dictionaries(
                                        {
                                            "role": st.one_of(roles, json_values),
                                            "content": st.one_of(texts, json_values),
                                        },
                                        optional={"tool_call_id": json_values},
                                    ),
                                ),
                                max_size=4,
                            ),
                        ),
                        "response_format": st.one_of(json_values, output_formats),
                        "tools": st.one_of(
                            json_values,
                            st.lists(
                                st.one_of(
                                    json_values,
                                    st.fixed_dictionaries(
                                        {
                                            "type": st.just("function"),
                                            "function": st.dictionaries(
                                                st.sampled_from(["name", "parameters"]), json_values
                                            ),
                                        }
                                    ),
                                ),
                                max_size=3,
                            ),
                        ),
                    },
                ),
            ),
            "response": st.one_of(
                json_values,
                st.fixed_dictionaries(
                    {},
                    optional={
                        "content": st.one_of(texts, json_values),
                        "finish_reason": json_values,
                        "refusal": json_values,
                        "model": json_values,
                        "id": json_values,
                        "usage": st.one_of(
                            json_values,
                            st.dictionaries(
                                st.sampled_from(
                                    ["prompt_tokens", "completion_tokens", "input_tokens", "output_tokens"]
                                ),
                                json_values,
                            ),
                        ),
                        "tool_calls": st.one_of(
                            json_values,
                            st.lists(
                                st.fixed_dictionaries(
                                    {},
                                    optional={
                                        "id": json_values,
                                        "function": st.one_of(
                                            json_values,
                                            st.fixed_dictionaries({"name": json_values, "arguments": json_values}),
                                        ),
                                    },
                                ),
                                max_size=3,
                            ),
                        ),
                    },
                ),
            ),
        },
    ),
)


@given(records)
def test_jsonl_records_read_or_are_rejected_with_value_error(record):
    line = json.dumps(record)  # what a JSONL line holds
    try:
        exchange = Exchange.from_dict(json.loads(line))
    except ValueError:
        return
    assert isinstance(exchange.output_text, str) and isinstance(exchange.finish_reasons, list)
    assert all(isinstance(m.content, str) and isinstance(m.role, str) for m in exchange.messages)
    assert exchange.request_model is None or isinstance(exchange.request_model, str)
    for spec in CHECKS:  # whatever was read, the checks take it
        assert_valid(spec, spec.function(exchange))


# --- every environment variable parser ----------------------------------------------------------

VARIABLES = sorted(v for k, v in vars(config).items() if k.startswith("ENV_") and isinstance(v, str))
env_values = st.one_of(
    any_text,
    st.sampled_from(
        [
            "",
            " ",
            "true",
            "FALSE",
            "1",
            "0",
            "yes",
            "nan",
            "inf",
            "-1",
            "1e309",
            "0.5",
            "walk",
            "RUN",
            "companion",
            "de",
            "xx",
            "a,b,,c",
            "mod.ule:fn",
            "9" * 5000,
            "１２",
            "0x10",
            "1_000",
            "\x00",
            "grpc",
            "console",
        ]
    ),
)


class Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@given(st.dictionaries(st.sampled_from(VARIABLES), env_values, max_size=8))
def test_configuration_never_raises_and_bad_values_warn_and_fall_back(env):
    handler = Warnings()
    log = logging.getLogger("otel_micrometrics")
    log.addHandler(handler)
    try:
        loaded = config.load_settings(env)
    finally:
        log.removeHandler(handler)
    defaults = config.Settings()
    assert loaded.level in config.LEVELS and loaded.mode in config.MODES
    assert 0.0 <= loaded.sample_ratio <= 1.0 and 0.0 <= loaded.judge_sample_ratio <= 1.0
    assert 0 <= loaded.guard_retries <= 5 and 1 <= loaded.judge_timeout <= 300
    assert 0 < loaded.check_budget <= 60 and 1 <= loaded.segment_value_limit <= 100_000
    assert loaded.expected_language is None or re.match(r"^[a-z]{2}$", loaded.expected_language)
    assert all(isinstance(n, str) and n for n in loaded.checks + loaded.disabled_checks + loaded.guard)
    # a value that changed nothing from the default, though set to something, was warned about
    for name, field in (
        (config.ENV_LEVEL, "level"),
        (config.ENV_SAMPLE_RATIO, "sample_ratio"),
        (config.ENV_GUARD_RETRIES, "guard_retries"),
        (config.ENV_CHECK_BUDGET_MS, "check_budget"),
        (config.ENV_SEGMENT_VALUE_LIMIT, "segment_value_limit"),
        (config.ENV_MODE, "mode"),
    ):
        raw = env.get(name, "").strip()
        if (
            raw
            and getattr(loaded, field) == getattr(defaults, field)
            and raw.lower() not in (str(getattr(defaults, field)).lower(), "100", "500", "1", "1.0", "walk", "wrap")
        ):
            assert any(name in m for m in handler.messages), (name, raw, handler.messages)


@pytest.mark.parametrize("name", VARIABLES)
def test_each_variable_alone_survives_hostile_values(name):
    for value in ("\udc80", "\x00", "9" * 10_000, "nan", "-0", " , , ", "ü" * 1000):
        config.load_settings({name: value})


# --- the eval command's line reader and parser -------------------------------------------------

raw_lines = st.one_of(
    records.map(lambda r: json.dumps(r).encode()),
    st.binary(max_size=300),
    st.builds(lambda r, junk: json.dumps(r).encode()[: len(junk) % 50] + junk, records, st.binary(max_size=20)),
    st.integers(1, 100_000).map(lambda d: b"[" * d + b"]" * d),
    any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
)


@given(st.lists(raw_lines, max_size=6))
def test_eval_reader_and_parser_take_any_bytes(lines):
    import io

    from otel_micrometrics import offline

    data = b"\n".join(line.replace(b"\n", b" ") for line in lines)
    read = list(offline.read_lines(io.BytesIO(data), max_line_bytes=200_000))
    assert (
        len(read) == len([line for line in data.split(b"\n")]) - (1 if data.endswith(b"\n") or not data else 0)
        or not data
    )
    for number, raw in read:
        if raw is None:
            continue
        try:
            record_id, exchange = offline.parse_line(raw, number)
        except ValueError:
            continue
        assert isinstance(exchange, Exchange)
        assert isinstance(record_id, (str, int, float))
