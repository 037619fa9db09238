"""OTEL_MICROMETRICS_EVENTS: which results become ``gen_ai.evaluation.result`` events.

Every mode through the real openai SDK against local servers (plain replies, streams, guard
attempts, companion mode), read back with the SDK's in-memory exporters: the span attributes and
``micrometrics.evaluations`` carry every result whatever the setting; only the events change.
"""

from __future__ import annotations

import json
import logging

import openai
import pytest
from helpers.telemetry import companion
from servers.openai import ChatServer, chat_chunks, completion
from servers.sse import Script, SSEServer

import otel_micrometrics
from otel_micrometrics import cli
from otel_micrometrics.config import Settings, load_settings
from otel_micrometrics.exchange import Exchange
from otel_micrometrics.registry import CheckSpec, Result
from otel_micrometrics.telemetry import Telemetry

GERMAN_Q = [
    {"role": "system", "content": "You are the support assistant of Kaffeehaus Online."},
    {"role": "user", "content": "Hallo, meine Bestellung 4711 ist noch nicht angekommen. Können Sie nachsehen?"},
]
GERMAN = "Ihre Bestellung 4711 wurde am Montag verschickt und sollte in zwei Tagen ankommen."
ENGLISH = "Your order 4711 was shipped on Monday and should arrive within two days."


def labelled(span) -> dict[str, str]:
    """check -> label of every result on a span."""
    a = span.attributes
    return {k[len("micrometrics.") : -len(".label")]: a[k] for k in a if k.endswith(".label") and k.count(".") == 2}


def event_pairs(tel) -> list[tuple[str, str | None]]:
    return sorted(
        (e.attributes["gen_ai.evaluation.name"], e.attributes.get("gen_ai.evaluation.score.label"))
        for e in tel.events()
    )


def ask(srv, **extra):
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    return client.chat.completions.create(model="gpt-4o-mini", messages=GERMAN_Q, **extra)


# --- configuration ---------------------------------------------------------------------------


def test_setting_values_and_default(caplog):
    assert Settings().events == "fail"
    assert load_settings({}).events == "fail"
    assert load_settings({"OTEL_MICROMETRICS_EVENTS": "ALL"}).events == "all"
    assert load_settings({"OTEL_MICROMETRICS_EVENTS": " none "}).events == "none"
    caplog.clear()
    assert load_settings({"OTEL_MICROMETRICS_EVENTS": "failures"}).events == "fail"
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    message = record.getMessage()
    assert "OTEL_MICROMETRICS_EVENTS" in message and "'failures'" in message
    assert "fail, all, none" in message and "'fail'" in message


# --- plain replies ---------------------------------------------------------------------------


@pytest.mark.parametrize("setting", ["fail", "all", "none", None])
def test_non_stream_events_per_setting(instrumented, setting):
    env = {} if setting is None else {"OTEL_MICROMETRICS_EVENTS": setting}
    tel = instrumented(**env)
    answers = iter([completion(GERMAN, id="chatcmpl-de"), completion(ENGLISH, id="chatcmpl-en")])
    with ChatServer(lambda path, body: (200, next(answers))) as srv:
        ask(srv)
        ask(srv)
    passing, failing = tel.finished_spans()
    # the span attributes and the counter carry every result whatever the setting
    results = set(labelled(passing).items()) | set(labelled(failing).items())
    assert labelled(passing)["language_mismatch"] == "pass" and labelled(failing)["language_mismatch"] == "fail"
    assert len(labelled(passing)) >= 6
    counts = tel.evaluations()
    assert sum(counts.values()) == len(labelled(passing)) + len(labelled(failing)) + 2  # + response_length's scores
    assert counts[("language_mismatch", "pass")] == 1 and counts[("language_mismatch", "fail")] == 1
    assert {(c, lab) for (c, lab), n in counts.items() if lab is not None} == results

    events = tel.events()
    if setting in ("fail", None):
        # the one failing result of the two calls, in the failing call's span, with its reply's id
        (event,) = events
        assert event_pairs(tel) == [("language_mismatch", "fail")]
        assert event.span_id == failing.context.span_id and event.trace_id == failing.context.trace_id
        assert event.attributes["gen_ai.response.id"] == "chatcmpl-en"
        assert event.attributes["gen_ai.evaluation.explanation"]
    elif setting == "all":
        assert len(events) == sum(counts.values())
        per_span = {s.context.span_id: 0 for s in (passing, failing)}
        for e in events:
            per_span[e.span_id] += 1
        assert per_span == {s.context.span_id: len(labelled(s)) + 1 for s in (passing, failing)}
    else:
        assert events == []


# --- streams ---------------------------------------------------------------------------------


@pytest.mark.parametrize("setting", ["fail", "all", "none"])
def test_stream_events_per_setting(instrumented, setting):
    tel = instrumented(OTEL_MICROMETRICS_EVENTS=setting)
    script = Script()
    script.push(chat_chunks(GERMAN, id="chatcmpl-de", usage=(31, 17)))
    script.push(chat_chunks(ENGLISH, id="chatcmpl-en", usage=(31, 15)))
    with SSEServer(script) as srv:
        texts = ["".join(c.choices[0].delta.content or "" for c in ask(srv, stream=True) if c.choices) for _ in "ab"]
    assert texts == [GERMAN, ENGLISH]
    passing, failing = tel.finished_spans()
    assert labelled(passing)["language_mismatch"] == "pass" and labelled(failing)["language_mismatch"] == "fail"
    counts = tel.evaluations()
    assert sum(counts.values()) == len(labelled(passing)) + len(labelled(failing)) + 2
    if setting == "fail":
        (event,) = tel.events()
        assert event_pairs(tel) == [("language_mismatch", "fail")]
        assert event.span_id == failing.context.span_id
        assert event.attributes["gen_ai.response.id"] == "chatcmpl-en"
    elif setting == "all":
        assert len(tel.events()) == sum(counts.values())
    else:
        assert tel.events() == []


# --- guard attempts --------------------------------------------------------------------------


def corrected_in_german(path, body):
    last = body["messages"][-1]
    if last["role"] == "system" and last["content"] == "Answer in German.":
        return 200, completion(GERMAN, id="chatcmpl-retry")
    return 200, completion(ENGLISH, id="chatcmpl-first")


@pytest.mark.parametrize("setting", ["fail", "all", "none"])
def test_guard_attempts_events_per_setting(instrumented, setting):
    tel = instrumented(OTEL_MICROMETRICS_GUARD="language_mismatch", OTEL_MICROMETRICS_EVENTS=setting)
    with ChatServer(corrected_in_german) as srv:
        assert ask(srv).choices[0].message.content == GERMAN
    first, retry, _guard = tel.finished_spans()
    assert labelled(first)["language_mismatch"] == "fail" and labelled(retry)["language_mismatch"] == "pass"
    counts = tel.evaluations()  # every attempt is counted
    assert counts[("language_mismatch", "fail")] == 1 and counts[("language_mismatch", "pass")] == 1
    if setting == "fail":
        (event,) = tel.events()  # the failed first attempt's, not the recovered retry's
        assert event_pairs(tel) == [("language_mismatch", "fail")]
        assert event.span_id == first.context.span_id
        assert event.attributes["gen_ai.response.id"] == "chatcmpl-first"
    elif setting == "all":
        assert len(tel.events()) == sum(counts.values())
        assert {e.span_id for e in tel.events()} == {first.context.span_id, retry.context.span_id}
    else:
        assert tel.events() == []


# --- companion mode --------------------------------------------------------------------------


@pytest.mark.peer_instrumentation
@pytest.mark.parametrize("setting", ["fail", "all", "none"])
def test_companion_events_per_setting(telemetry, monkeypatch, setting):
    module = pytest.importorskip("opentelemetry.instrumentation.openai")
    monkeypatch.setenv("TRACELOOP_TRACE_CONTENT", "true")
    peer = module.OpenAIInstrumentor()
    peer.instrument(tracer_provider=telemetry.tracer_provider, meter_provider=telemetry.meter_provider)
    try:
        companion(telemetry, OTEL_MICROMETRICS_EVENTS=setting)
        answers = iter([completion(GERMAN, id="chatcmpl-de"), completion(ENGLISH, id="chatcmpl-en")])
        with ChatServer(lambda path, body: (200, next(answers))) as srv:
            ask(srv)
            ask(srv)
    finally:
        peer.uninstrument()
        otel_micrometrics.uninstrument()
    _passing, failing = telemetry.finished_spans()
    counts = telemetry.evaluations()  # the peer's spans have ended: the counter carries every result
    assert counts[("language_mismatch", "pass")] == 1 and counts[("language_mismatch", "fail")] == 1
    assert sum(counts.values()) >= 12
    if setting == "fail":
        (event,) = telemetry.events()
        assert event_pairs(telemetry) == [("language_mismatch", "fail")]
        assert event.span_id == failing.context.span_id
    elif setting == "all":
        assert len(telemetry.events()) == sum(counts.values())
    else:
        assert telemetry.events() == []


# --- refusal's partial answers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "expected"),
    [("fail", [("refusal", "fail"), ("refusal", "partial"), ("x_check", "fail")]), ("none", [])],
)
def test_refusal_partial_is_an_event_by_default_other_partials_are_not(telemetry, setting, expected):
    def spec(name: str) -> CheckSpec:
        return CheckSpec(name=name, function=lambda x: None, level="walk", owner="t", review_by="2027-06-30")

    writer = Telemetry(
        Settings(events=setting),
        tracer_provider=telemetry.tracer_provider,
        meter_provider=telemetry.meter_provider,
        logger_provider=telemetry.logger_provider,
    )
    exchange = Exchange.from_dict({"request": {"model": "m", "messages": []}, "response": {"content": "x"}})
    with writer.tracer.start_as_current_span("call") as span:
        writer.record_results(
            span,
            exchange,
            [
                (spec("refusal"), Result(label="partial")),
                (spec("refusal"), Result(label="fail")),
                (spec("refusal"), Result(label="pass")),
                (spec("x_check"), Result(label="partial")),
                (spec("x_check"), Result(label="fail")),
                (spec("x_check"), Result(score=3.0)),
            ],
        )
    assert event_pairs(telemetry) == expected
    assert sum(telemetry.evaluations().values()) == 6
    (recorded,) = telemetry.finished_spans()  # every result is on the span whatever the setting
    assert recorded.attributes["micrometrics.refusal.label"] == "pass"  # the last of three
    assert recorded.attributes["micrometrics.x_check.score"] == 3.0


# --- offline eval ------------------------------------------------------------------------------


def test_offline_eval_is_unaffected(tmp_path, capsys, monkeypatch):
    lines = [
        {"request": {"model": "m", "messages": [GERMAN_Q[1]]}, "response": {"content": text, "finish_reason": "stop"}}
        for text in (GERMAN, ENGLISH)
    ]
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    outputs = []
    for setting in ("fail", "all", "none"):
        monkeypatch.setenv("OTEL_MICROMETRICS_EVENTS", setting)
        assert cli.main(["eval", str(path), "--json"]) in (0, 1)
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0].count('"language_mismatch"') >= 1
