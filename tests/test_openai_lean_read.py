"""Crawl's checks read only the reply, so a crawl call counts the request's user turns instead
of reading its messages; every call that has a check reading them (walk, a named or custom
check, the guard) still reads them all, and the telemetry is the same either way."""

from __future__ import annotations

import json
import sys
import textwrap
from typing import Any

import openai
import pytest
from helpers.telemetry import instrument, make_telemetry
from servers.base import GERMAN
from servers.openai import chat_chunks, completion, response_object
from servers.sse import Script, SSEServer

from otel_micrometrics.exchange import Exchange
from otel_micrometrics.instrumentors.openai import input_user_turns, read_input_items, read_messages, user_turns

ENGLISH_REPLY = "Your order left our warehouse yesterday and should arrive tomorrow morning."

# Three user turns among system, assistant (one with a tool call) and tool messages.
CONVERSATION: list[dict[str, Any]] = [
    {"role": "system", "content": "Antworte kurz."},
    {"role": "user", "content": "Wo ist meine Bestellung? Ich warte schon seit einer Woche."},
    {"role": "assistant", "content": "Ich sehe nach."},
    {"role": "user", "content": [{"type": "text", "text": "Bitte schauen Sie nach, wann sie ankommt."}]},
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "track", "arguments": '{"order": 7}'}}
        ],
    },
    {"role": "tool", "tool_call_id": "call_1", "content": "unterwegs, Ankunft morgen"},
    {"role": "user", "content": "Können Sie mir bitte sagen, wann genau das Paket bei mir ankommt?"},
]

# Custom checks, importable by OTEL_MICROMETRICS_CHECKS: each writes down what it saw.
CHECKS_MODULE = textwrap.dedent(
    """
    from otel_micrometrics import Result, check

    SEEN = []
    TOOLS = []  # the names of the declared tools each check saw

    @check("reads_the_messages", level="run", register=False, labels=("pass",))
    def reads_the_messages(x):
        SEEN.append(("reads_the_messages", [(m.role, m.content) for m in x.messages], list(x.system_instructions)))
        TOOLS.append([t["name"] for t in x.tools])
        return Result(label="pass")

    @check("reads_the_reply", level="run", register=False, labels=("pass",), reads_messages=False)
    def reads_the_reply(x):
        SEEN.append(("reads_the_reply", [(m.role, m.content) for m in x.messages], list(x.system_instructions)))
        TOOLS.append([t["name"] for t in x.tools])
        return Result(label="pass")
    """
)


@pytest.fixture
def custom_checks(tmp_path, monkeypatch):
    (tmp_path / "lean_read_checks.py").write_text(CHECKS_MODULE)
    monkeypatch.syspath_prepend(str(tmp_path))
    import lean_read_checks

    yield lean_read_checks
    sys.modules.pop("lean_read_checks", None)


def ask(srv, messages=CONVERSATION, **extra):
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    return client.chat.completions.create(model="gpt-4o-mini", messages=messages, **extra)


def call_telemetry(tel) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The last span's attributes without the per-call ones, and every metric point's attributes."""
    span = tel.finished_spans()[-1]
    attributes = {k: v for k, v in span.attributes.items() if k != "gen_ai.response.id"}
    names = ("gen_ai.client.operation.duration", "gen_ai.client.token.usage", "micrometrics.evaluations")
    points = [dict(p.attributes) for name in names for p in tel.metric_points(name)]
    return attributes, sorted(points, key=repr)


def test_crawl_counts_the_turns_without_reading_the_messages(instrumented, server, custom_checks):
    srv, replies = server
    replies.push(completion(ENGLISH_REPLY))
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS="lean_read_checks:reads_the_reply")
    ask(srv)
    # the only check that sees the exchange saw no message: none was read
    assert custom_checks.SEEN == [("reads_the_reply", [], [])]
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.turn.index"] == 3
    assert a["micrometrics.truncation.label"] == "pass"
    assert a["micrometrics.empty_response.label"] == "pass"
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.attributes["micrometrics.turn"] == "2-3"


def test_crawl_telemetry_is_the_same_as_with_every_message_read(instrumented, server, custom_checks):
    """The same call at crawl, once lean and once with a check that makes it read every message:
    the same span attributes (but the extra check's) and metric points (but its evaluations)."""
    srv, replies = server
    replies.push(completion(ENGLISH_REPLY, id="chatcmpl-same"))
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS="lean_read_checks:reads_the_reply")
    ask(srv)
    lean_span, lean_points = call_telemetry(tel)
    tel = instrument(
        make_telemetry(),
        OTEL_MICROMETRICS_LEVEL="crawl",
        OTEL_MICROMETRICS_CHECKS="lean_read_checks:reads_the_messages",
    )
    ask(srv)
    full_span, full_points = call_telemetry(tel)

    assert [seen[0] for seen in custom_checks.SEEN] == ["reads_the_reply", "reads_the_messages"]
    assert len(custom_checks.SEEN[1][1]) == 6 and custom_checks.SEEN[1][2] == ["Antworte kurz."]

    def without(attributes: dict[str, Any], check: str) -> dict[str, Any]:
        return {k: v for k, v in attributes.items() if not k.startswith(f"micrometrics.{check}.")}

    assert without(lean_span, "reads_the_reply") == without(full_span, "reads_the_messages")
    assert lean_span["micrometrics.turn.index"] == 3

    def other(points: list[dict[str, Any]], check: str) -> list[dict[str, Any]]:
        return [p for p in points if p.get("gen_ai.evaluation.name") != check]

    assert other(lean_points, "reads_the_reply") == other(full_points, "reads_the_messages")
    assert len(other(lean_points, "reads_the_reply")) == 6  # duration, 2 token types, 3 checks


def test_a_walk_call_after_crawl_calls_reads_the_messages(instrumented, server, custom_checks):
    """Whether a call reads the messages follows the checks of the runtime it runs in, not one
    seen before: walk's language_mismatch needs the user's German to fail an English reply."""
    srv, replies = server
    replies.push(completion(ENGLISH_REPLY))
    for level in ("crawl", "walk", "crawl", "walk"):
        tel = instrumented(
            OTEL_MICROMETRICS_LEVEL=level, OTEL_MICROMETRICS_CHECKS="lean_read_checks:reads_the_messages"
        )
        ask(srv)
        a = tel.finished_spans()[-1].attributes
        assert a["micrometrics.turn.index"] == 3
        if level == "walk":
            assert a["micrometrics.language_mismatch.label"] == "fail"
            assert a["micrometrics.response_language.label"] == "en"
        else:
            assert "micrometrics.language_mismatch.label" not in a
    # a check that reads the messages saw all six (the system one as an instruction) every time
    for name, messages, system in custom_checks.SEEN:
        assert name == "reads_the_messages"
        assert [role for role, _ in messages] == ["user", "assistant", "user", "assistant", "tool", "user"]
        assert messages[3] == ("assistant", "")
        assert messages[2][1] == "Bitte schauen Sie nach, wann sie ankommt."
        assert system == ["Antworte kurz."]
    assert len(custom_checks.SEEN) == 4


def test_a_walk_check_named_at_crawl_gets_the_messages(instrumented, server):
    srv, replies = server
    replies.push(completion(ENGLISH_REPLY))
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS="language_mismatch")
    ask(srv)
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.language_mismatch.label"] == "fail"
    assert a["micrometrics.turn.index"] == 3


def test_unsampled_and_failed_calls_keep_their_turn_index(instrumented, server):
    """A call whose checks do not run reads no messages at walk either; its turn index holds."""
    srv, replies = server
    tel = instrumented(OTEL_MICROMETRICS_SAMPLE_RATIO="0")
    replies.push(completion(ENGLISH_REPLY))
    ask(srv)
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.turn.index"] == 3
    assert "micrometrics.language_mismatch.label" not in a
    replies.queue.clear()  # the last reply repeats: the next one is an error
    replies.push({"error": {"message": "overloaded"}}, status=503)
    with pytest.raises(openai.InternalServerError):
        ask(srv)
    failed = tel.finished_spans()[-1].attributes
    assert failed["error.type"] == "InternalServerError"
    assert failed["micrometrics.turn.index"] == 3


def test_crawl_stream_counts_the_turns(instrumented):
    script = Script()
    with SSEServer(script) as srv:
        tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl")
        script.push(chat_chunks(GERMAN))
        text = "".join(chunk.choices[0].delta.content or "" for chunk in ask(srv, stream=True) if chunk.choices)
    assert text == GERMAN
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.turn.index"] == 3
    assert a["micrometrics.truncation.label"] == "pass"
    assert "micrometrics.response_length.score" not in a  # a walk check


class _Role:
    """A message object (not a mapping), as a caller may build one."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


@pytest.mark.parametrize(
    "messages",
    [
        lambda: CONVERSATION,
        lambda: [],
        lambda: [{"content": "no role: a user's"}, {"role": None, "content": "x"}, {"role": "", "content": "y"}],
        lambda: [{"role": "User", "content": "not 'user'"}, {"role": "developer", "content": "d"}, {"role": 1}],
        lambda: [_Role(role="user", content="a"), _Role(content="no role"), _Role(role="assistant", content="b")],
        lambda: ({"role": "user", "content": "a"}, {"role": "user", "content": "b"}),
        lambda: iter([{"role": "user", "content": "an iterator"}, {"role": "system", "content": "s"}]),
        lambda: "not a list",
        lambda: 42,
    ],
)
def test_the_turn_count_is_what_reading_the_messages_makes_turn_index(messages):
    exchange = Exchange()
    read_messages(messages(), exchange)
    assert user_turns(messages()) == exchange.turn_index


def test_the_guard_judges_unsampled_crawl_calls_with_their_messages(instrumented):
    """The guard judges every attempt, sampled or not: its check reads the user's German."""
    from servers.openai import ChatServer

    def english_then_german(path, body):
        corrected = body["messages"][-1] == {"role": "system", "content": "Answer in German."}
        return 200, completion(GERMAN if corrected else ENGLISH_REPLY)

    instrumented(
        OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_GUARD="language_mismatch", OTEL_MICROMETRICS_SAMPLE_RATIO="0"
    )
    with ChatServer(english_then_german) as srv:
        reply = ask(srv)
    assert reply.choices[0].message.content == GERMAN
    assert len(srv.requests) == 2


# Responses API input: two user turns among a developer message, the model's items and a tool result.
RESPONSES_INPUT: list[dict[str, Any]] = [
    {"role": "developer", "content": "Bestellnummern immer nachschlagen."},
    {
        "role": "user",
        "content": [{"type": "input_text", "text": "Wo ist meine Bestellung 4711? Sie ist noch nicht da."}],
    },
    {"type": "function_call", "call_id": "call_9", "name": "lookup_order", "arguments": '{"id": 4711}'},
    {"type": "function_call_output", "call_id": "call_9", "output": '{"status": "shipped"}'},
    {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Sie ist unterwegs."}]},
    {"role": "user", "content": "Können Sie mir bitte sagen, wann genau das Paket bei mir ankommt?"},
]


@pytest.mark.parametrize("level", ["crawl", "walk"])
def test_responses_turns_at_crawl_and_messages_at_walk(instrumented, custom_checks, level):
    script = Script()
    with SSEServer(script) as srv:
        tel = instrumented(OTEL_MICROMETRICS_LEVEL=level, OTEL_MICROMETRICS_CHECKS="lean_read_checks:reads_the_reply")
        script.push(response_object(ENGLISH_REPLY))
        client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        client.responses.create(model="gpt-4.1-mini", instructions="Antworte auf Deutsch.", input=RESPONSES_INPUT)
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.turn.index"] == 2
    assert a["micrometrics.truncation.label"] == "pass"
    ((name, messages, system),) = custom_checks.SEEN
    assert name == "reads_the_reply"
    if level == "crawl":
        assert (messages, system) == ([], [])
    else:
        assert [role for role, _ in messages] == ["user", "tool", "assistant", "user"]
        assert system == ["Antworte auf Deutsch.", "Bestellnummern immer nachschlagen."]
        assert a["micrometrics.language_mismatch.label"] == "fail"


@pytest.mark.parametrize(
    "items",
    [
        RESPONSES_INPUT,
        "a plain string",
        "",
        None,
        [],
        [{"role": None, "content": "x"}, {"role": "", "type": "message"}, {"type": "message", "content": "no role"}],
        [{"role": "user", "type": "input_text"}, "not a mapping", {"role": "system", "content": "s"}],
        ({"role": "user", "content": "a"},),
    ],
)
def test_the_input_turn_count_is_what_reading_the_items_makes_turn_index(items):
    exchange = Exchange()
    read_input_items(items, exchange)
    assert input_user_turns(items) == exchange.turn_index


def test_async_and_raw_response_crawl_calls_count_the_turns(instrumented, server, custom_checks):
    """The async client and with_raw_response finish the call their own way: the same count."""
    import asyncio

    srv, replies = server
    replies.push(completion(ENGLISH_REPLY))
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS="lean_read_checks:reads_the_reply")

    async def ask_async() -> None:
        client = openai.AsyncOpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        await client.chat.completions.create(model="gpt-4o-mini", messages=CONVERSATION)

    asyncio.run(ask_async())
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=CONVERSATION)
    assert raw.parse().choices[0].message.content == ENGLISH_REPLY
    spans = tel.finished_spans()
    assert [span.attributes["micrometrics.turn.index"] for span in spans] == [3, 3]
    assert [span.attributes["micrometrics.empty_response.label"] for span in spans] == ["pass", "pass"]
    assert custom_checks.SEEN == [("reads_the_reply", [], [])] * 2


TRACK_TOOL = {
    "type": "function",
    "function": {
        "name": "track",
        "description": "Where an order is.",
        "parameters": {"type": "object", "properties": {"order": {"type": "integer"}}, "required": ["order"]},
    },
}


@pytest.mark.parametrize("capture", [False, True])
def test_crawl_reads_the_declared_tools_only_when_something_needs_them(instrumented, server, custom_checks, capture):
    """Declared tools are read with the messages: not at a lean crawl call, at once when content
    is captured (``gen_ai.tool.definitions``, opt-in), and for a check that reads the request."""
    srv, replies = server
    replies.push(completion(ENGLISH_REPLY))
    content = {"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"} if capture else {}
    for checks in ("lean_read_checks:reads_the_reply", "lean_read_checks:reads_the_messages"):
        tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS=checks, **content)
        ask(srv, tools=[TRACK_TOOL])
        a = tel.finished_spans()[-1].attributes
        assert a["micrometrics.turn.index"] == 3
        if capture:
            assert [d["name"] for d in json.loads(a["gen_ai.tool.definitions"])] == ["track"]
        else:
            assert "gen_ai.tool.definitions" not in a
    assert custom_checks.TOOLS == [["track"] if capture else [], ["track"]]


def test_walk_judges_tool_calls_against_the_declared_tools(instrumented, server):
    """tool_call_validity (walk) still gets the declared tools, read once the call has ended."""
    srv, replies = server
    call = {"id": "call_2", "type": "function", "function": {"name": "track", "arguments": "{}"}}
    replies.push(completion("", tool_calls=[call], finish_reason="tool_calls"))
    tel = instrumented()
    ask(srv, tools=[TRACK_TOOL])
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.tool_call_validity.label"] == "fail"  # "order" is required


def test_responses_tools_at_crawl_and_walk(instrumented, custom_checks):
    tool = {"type": "function", "name": "track", "parameters": TRACK_TOOL["function"]["parameters"]}
    script = Script()
    with SSEServer(script) as srv:
        for level in ("crawl", "walk"):
            instrumented(OTEL_MICROMETRICS_LEVEL=level, OTEL_MICROMETRICS_CHECKS="lean_read_checks:reads_the_reply")
            script.push(response_object(ENGLISH_REPLY))
            client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
            client.responses.create(model="gpt-4.1-mini", input=RESPONSES_INPUT, tools=[tool])
    assert custom_checks.TOOLS == [[], ["track"]]
