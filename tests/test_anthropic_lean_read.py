"""The anthropic adapter's lean read: crawl's checks read only the reply, so a crawl call counts
the request's user turns instead of reading its messages, system prompt and tools; a call that
has a check reading them (walk, a named or custom check) still reads them all, and the telemetry
is the same either way. Driven through the real anthropic SDK against the local Messages server."""

from __future__ import annotations

import asyncio
import json
import sys
import textwrap
from typing import Any

import anthropic
import pytest
from helpers.telemetry import instrument, make_telemetry
from servers.anthropic import MessagesServer, message, stream_events

from otel_micrometrics.exchange import Exchange
from otel_micrometrics.instrumentors.anthropic import read_messages, user_turns

ENGLISH_REPLY = "Your order left our warehouse yesterday and should arrive tomorrow morning."
GERMAN_QUESTION = "Können Sie mir bitte sagen, wann genau das Paket bei mir ankommt?"
TRACK_TOOL = {
    "name": "track",
    "description": "Where an order is.",
    "input_schema": {"type": "object", "properties": {"order": {"type": "integer"}}, "required": ["order"]},
}
SYSTEM = [{"type": "text", "text": "Antworte kurz."}]

# Three user turns among assistant turns with tool_use blocks and two user turns of tool results
# (the last one with text besides: a tool message and a user turn).
CONVERSATION: list[dict[str, Any]] = [
    {"role": "user", "content": "Hallo, ich habe eine Frage zu meiner Bestellung."},
    {"role": "assistant", "content": "Gern, worum geht es?"},
    {"role": "user", "content": [{"type": "text", "text": "Wo ist meine Bestellung? Ich warte seit einer Woche."}]},
    {
        "role": "assistant",
        "content": [
            {"type": "text", "text": "Ich sehe nach."},
            {"type": "tool_use", "id": "toolu_1", "name": "track", "input": {"order": 7}},
        ],
    },
    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "unterwegs"}]},
    {
        "role": "assistant",
        "content": [{"type": "tool_use", "id": "toolu_2", "name": "track", "input": {"order": 7}}],
    },
    {
        "role": "user",
        "content": [
            {"type": "tool_result", "tool_use_id": "toolu_2", "content": [{"type": "text", "text": "morgen"}]},
            {"type": "text", "text": GERMAN_QUESTION},
        ],
    },
]
ROLES_READ = ["user", "assistant", "user", "assistant", "tool", "assistant", "tool", "user"]

# Custom checks, importable by OTEL_MICROMETRICS_CHECKS: each writes down what it saw.
CHECKS_MODULE = textwrap.dedent(
    """
    from otel_micrometrics import Result, check

    SEEN = []

    def seen(name, x):
        messages = [(m.role, m.content) for m in x.messages]
        SEEN.append((name, messages, list(x.system_instructions), [t["name"] for t in x.tools]))

    @check("reads_the_messages", level="run", register=False, labels=("pass",))
    def reads_the_messages(x):
        seen("reads_the_messages", x)
        return Result(label="pass")

    @check("reads_the_reply", level="run", register=False, labels=("pass",), reads_messages=False)
    def reads_the_reply(x):
        seen("reads_the_reply", x)
        return Result(label="pass")
    """
)


@pytest.fixture
def custom_checks(tmp_path, monkeypatch):
    (tmp_path / "anthropic_lean_checks.py").write_text(CHECKS_MODULE)
    monkeypatch.syspath_prepend(str(tmp_path))
    import anthropic_lean_checks

    yield anthropic_lean_checks
    sys.modules.pop("anthropic_lean_checks", None)


@pytest.fixture
def srv():
    with MessagesServer() as server:
        yield server


def client_for(srv: MessagesServer) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=srv.base_url, api_key="k", max_retries=0)


def ask(srv: MessagesServer, messages: Any = CONVERSATION, **extra: Any) -> Any:
    return client_for(srv).messages.create(
        model="claude-sonnet-4-6", max_tokens=200, system=SYSTEM, tools=[TRACK_TOOL], messages=messages, **extra
    )


def call_telemetry(tel: Any) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any], Any]]]:
    """The last span's attributes, and every metric point: its attributes, and its value for the
    evaluation counter (the histograms' values are timings)."""
    span = tel.finished_spans()[-1]
    points = [
        (name, dict(p.attributes), p.value if name == "micrometrics.evaluations" else None)
        for name in ("gen_ai.client.operation.duration", "gen_ai.client.token.usage", "micrometrics.evaluations")
        for p in tel.metric_points(name)
    ]
    return dict(span.attributes), sorted(points, key=repr)


def test_crawl_counts_the_turns_without_reading_the_messages(instrumented, srv, custom_checks):
    srv.push_json(message(ENGLISH_REPLY))
    tel = instrumented(
        OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS="anthropic_lean_checks:reads_the_reply"
    )
    ask(srv)
    # the only check that sees the exchange saw no message, no system prompt and no tool: none was read
    assert custom_checks.SEEN == [("reads_the_reply", [], [], [])]
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.turn.index"] == 3
    assert a["micrometrics.truncation.label"] == "pass"
    assert a["micrometrics.empty_response.label"] == "pass"
    assert a["gen_ai.provider.name"] == "anthropic"
    assert "gen_ai.tool.definitions" not in a and "gen_ai.input.messages" not in a  # content is not captured
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.attributes["micrometrics.turn"] == "2-3"
    assert srv.requests[-1]["messages"] == CONVERSATION  # the request went out as the application gave it


def test_crawl_telemetry_is_the_same_as_with_every_message_read(instrumented, srv, custom_checks):
    """The same call at crawl, once lean and once with a check that makes it read every message:
    the same span attributes (but the extra check's) and metric points, the evaluation counts
    included (but the extra check's)."""
    srv.push_json(message(ENGLISH_REPLY, id="msg_same"))
    tel = instrumented(
        OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS="anthropic_lean_checks:reads_the_reply"
    )
    ask(srv)
    lean_span, lean_points = call_telemetry(tel)
    lean_counts = tel.evaluations()
    tel = instrument(
        make_telemetry(),
        OTEL_MICROMETRICS_LEVEL="crawl",
        OTEL_MICROMETRICS_CHECKS="anthropic_lean_checks:reads_the_messages",
    )
    ask(srv)
    full_span, full_points = call_telemetry(tel)
    full_counts = tel.evaluations()

    (lean_seen, full_seen) = custom_checks.SEEN
    assert lean_seen == ("reads_the_reply", [], [], [])
    name, messages, system, tools = full_seen
    assert name == "reads_the_messages"
    assert [role for role, _ in messages] == ROLES_READ
    assert messages[-1] == ("user", GERMAN_QUESTION) and messages[-2] == ("tool", "morgen")
    assert (system, tools) == (["Antworte kurz."], ["track"])

    def without(attributes: dict[str, Any], check: str) -> dict[str, Any]:
        return {k: v for k, v in attributes.items() if not k.startswith(f"micrometrics.{check}.")}

    assert without(lean_span, "reads_the_reply") == without(full_span, "reads_the_messages")
    assert lean_span["gen_ai.response.id"] == "msg_same" and lean_span["micrometrics.turn.index"] == 3

    def other(points: list[Any], check: str) -> list[Any]:
        return [p for p in points if p[1].get("gen_ai.evaluation.name") != check]

    assert other(lean_points, "reads_the_reply") == other(full_points, "reads_the_messages")
    assert len(other(lean_points, "reads_the_reply")) == 6  # duration, 2 token types, 3 checks
    crawl_counts = {("truncation", "pass"): 1, ("content_filter", "pass"): 1, ("empty_response", "pass"): 1}
    assert lean_counts == {**crawl_counts, ("reads_the_reply", "pass"): 1}
    assert full_counts == {**crawl_counts, ("reads_the_messages", "pass"): 1}


def test_walk_reads_the_messages_and_the_tools(instrumented, srv, custom_checks):
    """At walk the checks read the user's German and the declared tools: an English reply is a
    language mismatch, a tool call whose arguments break the tool's schema fails."""
    srv.push_json(
        message(ENGLISH_REPLY, stop_reason="tool_use", tool_uses=[{"id": "toolu_3", "name": "track", "input": {}}])
    )
    for level in ("crawl", "walk", "crawl", "walk"):
        tel = instrumented(
            OTEL_MICROMETRICS_LEVEL=level, OTEL_MICROMETRICS_CHECKS="anthropic_lean_checks:reads_the_reply"
        )
        ask(srv)
        a = tel.finished_spans()[-1].attributes
        assert a["micrometrics.turn.index"] == 3
        if level == "walk":
            assert a["micrometrics.language_mismatch.label"] == "fail"
            assert a["micrometrics.response_language.label"] == "en"
            assert a["micrometrics.tool_call_validity.label"] == "fail"  # "order" is required
        else:
            assert "micrometrics.language_mismatch.label" not in a
            assert a["micrometrics.truncation.label"] == "pass"
    crawl, walk = ("reads_the_reply", [], [], []), custom_checks.SEEN[1]
    assert custom_checks.SEEN[0] == custom_checks.SEEN[2] == crawl
    assert walk == custom_checks.SEEN[3]
    assert [role for role, _ in walk[1]] == ROLES_READ and (walk[2], walk[3]) == (["Antworte kurz."], ["track"])


def test_a_walk_check_named_at_crawl_gets_the_messages(instrumented, srv):
    srv.push_json(message(ENGLISH_REPLY))
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS="language_mismatch")
    ask(srv)
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.language_mismatch.label"] == "fail"
    assert a["micrometrics.turn.index"] == 3


def test_content_capture_at_crawl_records_the_messages_and_tools(instrumented, srv, custom_checks):
    """Captured content needs the messages on the span at its start: read at once, lean or not."""
    srv.push_json(message(ENGLISH_REPLY))
    tel = instrumented(
        OTEL_MICROMETRICS_LEVEL="crawl",
        OTEL_MICROMETRICS_CHECKS="anthropic_lean_checks:reads_the_reply",
        OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true",
    )
    ask(srv)
    a = tel.finished_spans()[-1].attributes
    assert [d["name"] for d in json.loads(a["gen_ai.tool.definitions"])] == ["track"]
    assert json.loads(a["gen_ai.system_instructions"]) == [{"type": "text", "content": "Antworte kurz."}]
    assert len(json.loads(a["gen_ai.input.messages"])) == 7
    assert a["micrometrics.turn.index"] == 3
    ((_, messages, system, tools),) = custom_checks.SEEN
    assert [role for role, _ in messages] == ROLES_READ and (system, tools) == (["Antworte kurz."], ["track"])


def test_unsampled_and_failed_calls_keep_their_turn_index(instrumented, srv):
    """A call whose checks do not run reads no messages at walk either; its turn index holds."""
    tel = instrumented(OTEL_MICROMETRICS_SAMPLE_RATIO="0")
    srv.push_json(message(ENGLISH_REPLY))
    ask(srv)
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.turn.index"] == 3
    assert "micrometrics.language_mismatch.label" not in a
    srv.replies.clear()
    srv.push_json({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}, status=529)
    with pytest.raises(anthropic.APIStatusError):
        ask(srv)
    failed = tel.finished_spans()[-1].attributes
    assert failed["error.type"] == "OverloadedError"
    assert failed["micrometrics.turn.index"] == 3


def test_crawl_stream_counts_the_turns(instrumented, srv, custom_checks):
    pieces = ["Your order left ", "our warehouse yesterday."]
    srv.push_stream(stream_events(pieces))
    tel = instrumented(
        OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS="anthropic_lean_checks:reads_the_reply"
    )
    with client_for(srv).messages.stream(
        model="claude-sonnet-4-6", max_tokens=200, system=SYSTEM, tools=[TRACK_TOOL], messages=CONVERSATION
    ) as stream:
        text = "".join(stream.text_stream)
    assert text == "".join(pieces)
    a = tel.finished_spans()[-1].attributes
    assert a["micrometrics.turn.index"] == 3
    assert a["gen_ai.request.stream"] is True
    assert a["micrometrics.truncation.label"] == "pass"
    assert "micrometrics.response_length.score" not in a  # a walk check
    assert custom_checks.SEEN == [("reads_the_reply", [], [], [])]


def test_async_and_raw_response_crawl_calls_count_the_turns(instrumented, srv, custom_checks):
    """The async client and with_raw_response finish the call their own way: the same count."""
    srv.push_json(message(ENGLISH_REPLY))
    tel = instrumented(
        OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS="anthropic_lean_checks:reads_the_reply"
    )

    async def ask_async() -> None:
        client = anthropic.AsyncAnthropic(base_url=srv.base_url, api_key="k", max_retries=0)
        await client.messages.create(model="claude-sonnet-4-6", max_tokens=200, messages=CONVERSATION)

    asyncio.run(ask_async())
    raw = client_for(srv).messages.with_raw_response.create(
        model="claude-sonnet-4-6", max_tokens=200, messages=CONVERSATION
    )
    assert raw.parse().content[0].text == ENGLISH_REPLY
    spans = tel.finished_spans()
    assert [span.attributes["micrometrics.turn.index"] for span in spans] == [3, 3]
    assert [span.attributes["micrometrics.empty_response.label"] for span in spans] == ["pass", "pass"]
    assert custom_checks.SEEN == [("reads_the_reply", [], [], [])] * 2


class _Block:
    """A message or content block given as an object (an SDK param model), not a mapping."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


@pytest.mark.parametrize(
    "messages",
    [
        lambda: CONVERSATION,
        lambda: [],
        lambda: tuple(CONVERSATION),
        lambda: [{"content": "no role: a user's"}, {"role": None, "content": "x"}, {"role": "", "content": "y"}],
        lambda: [{"role": "User", "content": "not 'user'"}, {"role": "assistant", "content": "a"}, {"role": 1}],
        lambda: [_Block(role="user", content="a"), _Block(content="no role"), _Block(role="assistant", content="b")],
        # tool results with no text, with empty text blocks (two of them read as a newline), with
        # a string block, with text blocks given as objects
        lambda: [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t", "content": "r"}]}],
        lambda: [{"role": "user", "content": [{"type": "tool_result"}, {"type": "text", "text": ""}]}],
        lambda: [
            {"role": "user", "content": [{"type": "tool_result"}, {"type": "text", "text": ""}, {"type": "text"}]}
        ],
        lambda: [
            {
                "role": "user",
                "content": [{"type": "tool_result"}, {"type": "text", "text": ""}, {"type": "text", "text": ""}],
            }
        ],
        lambda: [{"role": "user", "content": ({"type": "tool_result"}, "a string block")}],
        lambda: [{"role": "user", "content": [_Block(type="tool_result"), _Block(type="text", text="t")]}],
        lambda: [{"role": "assistant", "content": [{"type": "tool_result"}, {"type": "text", "text": "t"}]}],
        lambda: [{"role": "user", "content": None}, {"role": "user"}, "a string", 7, None],
        lambda: iter([{"role": "user", "content": "an iterator is not read"}]),
        lambda: "not a list",
        lambda: None,
    ],
)
def test_the_turn_count_is_what_reading_the_messages_makes_turn_index(messages):
    exchange = Exchange()
    read_messages(messages(), exchange)
    assert user_turns(messages()) == exchange.turn_index
