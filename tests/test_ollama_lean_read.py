"""The ollama adapter's lean read: a crawl call counts the request's user turns instead of reading
its messages, system prompt and tools (crawl's checks read only the reply); a call with a check
that reads them still reads them all, and the telemetry is the same either way. Driven through
the real ollama client against the local server speaking Ollama's API."""

from __future__ import annotations

import sys
import textwrap
from typing import Any

import pytest

ollama = pytest.importorskip("ollama")

from helpers.telemetry import instrument, make_telemetry  # noqa: E402
from servers.ollama import MODEL, chat_lines, chat_reply, generate_reply  # noqa: E402
from servers.ollama import ollama_client as client  # noqa: E402
from servers.sse import Script, SSEServer  # noqa: E402

from otel_micrometrics.exchange import Exchange  # noqa: E402
from otel_micrometrics.instrumentors.ollama import ChatAdapter, GenerateAdapter  # noqa: E402

ENGLISH_REPLY = "Your order left our warehouse yesterday and should arrive tomorrow morning."
TRACK_TOOL = {
    "type": "function",
    "function": {
        "name": "track",
        "description": "Where an order is.",
        "parameters": {"type": "object", "properties": {"order": {"type": "integer"}}, "required": ["order"]},
    },
}
# Three user turns among a system prompt, assistant turns (one with a tool call) and a tool result.
CONVERSATION: list[dict[str, Any]] = [
    {"role": "system", "content": "Antworte kurz."},
    {"role": "user", "content": "Hallo, ich habe eine Frage zu meiner Bestellung."},
    {"role": "assistant", "content": "Gern, worum geht es?"},
    {"role": "user", "content": "Wo ist meine Bestellung? Ich warte seit einer Woche."},
    {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "track", "arguments": {"order": 7}}}]},
    {"role": "tool", "content": "unterwegs", "tool_name": "track"},
    {"role": "user", "content": "Können Sie mir bitte sagen, wann genau das Paket bei mir ankommt?"},
]

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
REPLY_ONLY = "ollama_lean_checks:reads_the_reply"


@pytest.fixture
def custom_checks(tmp_path, monkeypatch):
    (tmp_path / "ollama_lean_checks.py").write_text(CHECKS_MODULE)
    monkeypatch.syspath_prepend(str(tmp_path))
    import ollama_lean_checks

    yield ollama_lean_checks
    sys.modules.pop("ollama_lean_checks", None)


@pytest.fixture
def oll():
    script = Script()
    with SSEServer(script) as srv:
        yield srv, script


def ask(srv: Any, **extra: Any) -> Any:
    return client(srv).chat(model=MODEL, messages=CONVERSATION, tools=[TRACK_TOOL], **extra)


def call_telemetry(tel: Any) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any], Any]]]:
    span = tel.finished_spans()[-1]
    points = [
        (name, dict(p.attributes), p.value if name == "micrometrics.evaluations" else None)
        for name in ("gen_ai.client.operation.duration", "gen_ai.client.token.usage", "micrometrics.evaluations")
        for p in tel.metric_points(name)
    ]
    return dict(span.attributes), sorted(points, key=repr)


def test_crawl_reads_no_message_and_its_telemetry_is_the_same(instrumented, oll, custom_checks):
    """Lean at crawl (the check sees nothing of the request), then the same call with a check
    that makes it read every message: the same span attributes, metric points and evaluation
    counts but the extra check's."""
    srv, script = oll
    script.push(chat_reply(ENGLISH_REPLY))
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS=REPLY_ONLY)
    ask(srv)
    lean_span, lean_points = call_telemetry(tel)
    lean_counts = tel.evaluations()
    tel = instrument(
        make_telemetry(),
        OTEL_MICROMETRICS_LEVEL="crawl",
        OTEL_MICROMETRICS_CHECKS="ollama_lean_checks:reads_the_messages",
    )
    ask(srv)
    full_span, full_points = call_telemetry(tel)
    full_counts = tel.evaluations()

    lean_seen, full_seen = custom_checks.SEEN
    assert lean_seen == ("reads_the_reply", [], [], [])
    name, messages, system, tools = full_seen
    assert name == "reads_the_messages"
    assert [role for role, _ in messages] == ["user", "assistant", "user", "assistant", "tool", "user"]
    assert (system, tools) == (["Antworte kurz."], ["track"])
    assert lean_span["micrometrics.turn.index"] == full_span["micrometrics.turn.index"] == 3
    assert lean_span["micrometrics.truncation.label"] == "pass"

    def without(attributes: dict[str, Any], check: str) -> dict[str, Any]:
        return {k: v for k, v in attributes.items() if not k.startswith(f"micrometrics.{check}.")}

    assert without(lean_span, "reads_the_reply") == without(full_span, "reads_the_messages")

    def other(points: list[Any], check: str) -> list[Any]:
        return [p for p in points if p[1].get("gen_ai.evaluation.name") != check]

    assert other(lean_points, "reads_the_reply") == other(full_points, "reads_the_messages")
    crawl_counts = {("truncation", "pass"): 1, ("content_filter", "pass"): 1, ("empty_response", "pass"): 1}
    assert lean_counts == {**crawl_counts, ("reads_the_reply", "pass"): 1}
    assert full_counts == {**crawl_counts, ("reads_the_messages", "pass"): 1}


def test_walk_reads_the_messages(instrumented, oll, custom_checks):
    srv, script = oll
    script.push(chat_reply(ENGLISH_REPLY))
    for level in ("crawl", "walk"):
        tel = instrumented(OTEL_MICROMETRICS_LEVEL=level, OTEL_MICROMETRICS_CHECKS=REPLY_ONLY)
        ask(srv)
        a = tel.finished_spans()[-1].attributes
        assert a["micrometrics.turn.index"] == 3
        assert ("micrometrics.language_mismatch.label" in a) is (level == "walk")
    assert a["micrometrics.language_mismatch.label"] == "fail"  # the user's German, an English reply
    crawl, walk = custom_checks.SEEN
    assert crawl == ("reads_the_reply", [], [], [])
    assert len(walk[1]) == 6 and (walk[2], walk[3]) == (["Antworte kurz."], ["track"])


def test_crawl_stream_and_generate_count_the_turns(instrumented, oll, custom_checks):
    srv, script = oll
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl", OTEL_MICROMETRICS_CHECKS=REPLY_ONLY)
    script.push(chat_lines(ENGLISH_REPLY))
    text = "".join(part.message.content for part in ask(srv, stream=True))
    assert text == ENGLISH_REPLY
    script.replies.clear()
    script.push(generate_reply(ENGLISH_REPLY))
    client(srv).generate(model=MODEL, prompt="Wo ist meine Bestellung?", system="Antworte kurz.")
    stream, generate = tel.finished_spans()
    assert stream.attributes["micrometrics.turn.index"] == 3
    assert stream.attributes["micrometrics.truncation.label"] == "pass"
    assert generate.attributes["micrometrics.turn.index"] == 1
    assert generate.attributes["gen_ai.operation.name"] == "text_completion"
    assert custom_checks.SEEN == [("reads_the_reply", [], [], [])] * 2


@pytest.mark.parametrize(
    "body",
    [
        {"messages": CONVERSATION},
        {"messages": []},
        {},
        {"messages": None},
        {"messages": [{"content": "no role: a user's"}, {"role": None}, {"role": ""}, {"role": "User"}, "text", 7]},
        {"messages": ({"role": "user", "content": "a"}, {"role": "system", "content": "s"})},
    ],
)
def test_the_turn_count_is_what_reading_the_messages_makes_turn_index(body):
    exchange = Exchange()
    ChatAdapter().read(body, exchange)
    assert ChatAdapter().turns(body) == exchange.turn_index


@pytest.mark.parametrize("body", [{"prompt": "p"}, {"prompt": ""}, {}, {"prompt": None}, {"prompt": ["p"]}])
def test_the_generate_turn_count_is_what_reading_the_prompt_makes_turn_index(body):
    exchange = Exchange()
    GenerateAdapter().read(body, exchange)
    assert GenerateAdapter().turns(body) == exchange.turn_index
