"""Companion mode: evaluating the spans of OpenLLMetry and OpenInference, not wrapping twice."""

from __future__ import annotations

import json

import openai
import pytest
from helpers.telemetry import companion, instrument
from servers.openai import ChatServer, completion

import otel_micrometrics
from otel_micrometrics.instrumentors.companion import exchange_from_attributes

# opentelemetry-instrumentation-openai 0.62 leaves wrappers in place after uninstrument() with
# openai 3.x (its streams keep wrapping ours): conftest runs these tests last.
pytestmark = pytest.mark.peer_instrumentation

GERMAN_Q = [
    {"role": "system", "content": "You are the support assistant of Kaffeehaus Online."},
    {"role": "user", "content": "Hallo, meine Bestellung 4711 ist noch nicht angekommen. Können Sie nachsehen?"},
]
GERMAN = "Ihre Bestellung 4711 wurde am Montag verschickt und sollte in zwei Tagen ankommen."
ENGLISH = "Your order 4711 was shipped on Monday and should arrive within two days."


@pytest.fixture
def openllmetry(telemetry, monkeypatch):
    module = pytest.importorskip("opentelemetry.instrumentation.openai")
    monkeypatch.setenv("TRACELOOP_TRACE_CONTENT", "true")
    peer = module.OpenAIInstrumentor()
    peer.instrument(tracer_provider=telemetry.tracer_provider, meter_provider=telemetry.meter_provider)
    yield peer
    peer.uninstrument()
    otel_micrometrics.uninstrument()


@pytest.fixture
def openinference(telemetry):
    module = pytest.importorskip("openinference.instrumentation.openai")
    peer = module.OpenAIInstrumentor()
    peer.instrument(tracer_provider=telemetry.tracer_provider)
    yield peer
    peer.uninstrument()
    otel_micrometrics.uninstrument()


def two_replies():
    answers = iter([completion(GERMAN, id="chatcmpl-de"), completion(ENGLISH, id="chatcmpl-en")])
    return ChatServer(lambda path, body: (200, next(answers)))


def run_two_calls(srv):
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    first = client.chat.completions.create(model="gpt-4o-mini", messages=GERMAN_Q)
    second = client.chat.completions.create(model="gpt-4o-mini", messages=GERMAN_Q)
    return first, second


def assert_evaluated_in_peer_spans(telemetry, spans):
    assert all(s.instrumentation_scope.name != "otel_micrometrics" for s in spans)
    by_span: dict[int, dict[str, str]] = {}
    for event in telemetry.events():
        a = event.attributes
        by_span.setdefault(event.span_id, {})[a["gen_ai.evaluation.name"]] = a.get(
            "gen_ai.evaluation.score.label", a.get("gen_ai.evaluation.score.value")
        )
        assert event.trace_id in {s.context.trace_id for s in spans}
    assert set(by_span) == {s.context.span_id for s in spans}
    first, second = spans
    assert by_span[first.context.span_id]["language_mismatch"] == "pass"
    assert by_span[second.context.span_id]["language_mismatch"] == "fail"
    assert by_span[second.context.span_id]["response_language"] == "en"
    counts = telemetry.evaluations()
    assert counts[("language_mismatch", "pass")] == 1 and counts[("language_mismatch", "fail")] == 1
    assert counts[("truncation", "pass")] == 2
    assert sum(counts.values()) == len(telemetry.events())
    # results are events and metrics only: the ended span has no micrometrics attributes
    assert not any(k.startswith("micrometrics.") for s in spans for k in s.attributes)
    # the peer records the GenAI client metrics; we do not record them a second time
    ours = {
        m.name
        for rm in telemetry.metrics.get_metrics_data().resource_metrics
        for sm in rm.scope_metrics
        if sm.scope.name == "otel_micrometrics"
        for m in sm.metrics
    }
    assert ours == {"micrometrics.evaluations", "micrometrics.response.length"}


def test_openllmetry_spans_are_evaluated_without_a_second_span(telemetry, openllmetry):
    companion(telemetry, OTEL_MICROMETRICS_EVENTS="all")
    with two_replies() as srv:
        first, second = run_two_calls(srv)
    assert (first.choices[0].message.content, second.choices[0].message.content) == (GERMAN, ENGLISH)
    spans = telemetry.finished_spans()
    assert [s.name for s in spans] == ["openai.chat", "openai.chat"]  # one span per call, the peer's
    assert_evaluated_in_peer_spans(telemetry, spans)
    (event,) = [
        e
        for e in telemetry.events()
        if e.attributes["gen_ai.evaluation.name"] == "language_mismatch"
        and e.attributes["gen_ai.evaluation.score.label"] == "fail"
    ]
    assert event.attributes["gen_ai.response.id"] == "chatcmpl-en"
    point = next(
        p
        for p in telemetry.metric_points("micrometrics.evaluations")
        if p.attributes["gen_ai.evaluation.name"] == "language_mismatch"
    )
    assert point.attributes["gen_ai.request.model"] == "gpt-4o-mini"
    assert point.attributes["gen_ai.provider.name"] == "openai" and point.attributes["micrometrics.turn"] == "1"


def test_openinference_spans_are_evaluated(telemetry, openinference):
    companion(telemetry, OTEL_MICROMETRICS_EVENTS="all")
    with two_replies() as srv:
        run_two_calls(srv)
    spans = telemetry.finished_spans()
    assert [s.name for s in spans] == ["ChatCompletion", "ChatCompletion"]
    assert_evaluated_in_peer_spans(telemetry, spans)


def test_mode_from_environment(telemetry, openllmetry):
    instrument(telemetry, OTEL_MICROMETRICS_MODE="companion")
    with two_replies() as srv:
        run_two_calls(srv)
    assert [s.name for s in telemetry.finished_spans()] == ["openai.chat", "openai.chat"]
    assert telemetry.evaluations()[("language_mismatch", "fail")] == 1


def test_no_content_no_evaluation_and_uninstrument_stops(telemetry, openllmetry, monkeypatch):
    companion(telemetry)
    monkeypatch.setenv("TRACELOOP_TRACE_CONTENT", "false")
    with two_replies() as srv:
        run_two_calls(srv)
    assert len(telemetry.finished_spans()) == 2 and telemetry.events() == []
    monkeypatch.setenv("TRACELOOP_TRACE_CONTENT", "true")
    otel_micrometrics.uninstrument()
    with two_replies() as srv:
        run_two_calls(srv)
    assert len(telemetry.finished_spans()) == 4 and telemetry.events() == []


def test_legacy_indexed_attributes_and_tool_calls(telemetry):
    """Older OpenLLMetry releases wrote gen_ai.prompt.N.* / gen_ai.completion.N.* attributes."""
    companion(telemetry)
    tracer = telemetry.tracer_provider.get_tracer("peer")
    with tracer.start_as_current_span("openai.chat") as span:
        span.set_attributes(
            {
                "gen_ai.system": "openai",
                "gen_ai.request.model": "gpt-4o-mini",
                "gen_ai.prompt.0.role": "system",
                "gen_ai.prompt.0.content": "Be brief.",
                "gen_ai.prompt.1.role": "user",
                "gen_ai.prompt.1.content": GERMAN_Q[1]["content"],
                "gen_ai.completion.0.role": "assistant",
                "gen_ai.completion.0.content": ENGLISH,
                "gen_ai.completion.0.finish_reason": "length",
            }
        )
    counts = telemetry.evaluations()
    assert counts[("language_mismatch", "fail")] == 1 and counts[("truncation", "fail")] == 1
    (event,) = [e for e in telemetry.events() if e.attributes["gen_ai.evaluation.name"] == "truncation"]
    assert event.span_id == span.get_span_context().span_id
    otel_micrometrics.uninstrument()


def test_handoff_tools_setting_applies_in_companion_mode(telemetry):
    """The application's own handoff tool is recognised on another instrumentation's span as on
    a wrapped call (OTEL_MICROMETRICS_HANDOFF_TOOLS)."""
    companion(telemetry, OTEL_MICROMETRICS_HANDOFF_TOOLS="page_oncall")
    tracer = telemetry.tracer_provider.get_tracer("peer")
    for _ in range(2):
        with tracer.start_as_current_span("openai.chat") as span:
            span.set_attributes(
                {
                    "gen_ai.system": "openai",
                    "gen_ai.request.model": "gpt-4o-mini",
                    "gen_ai.prompt.0.role": "user",
                    "gen_ai.prompt.0.content": GERMAN_Q[1]["content"],
                    "gen_ai.completion.0.role": "assistant",
                    "gen_ai.completion.0.tool_calls.0.name": "page_oncall",
                    "gen_ai.completion.0.tool_calls.0.arguments": "{}",
                    "gen_ai.completion.0.finish_reason": "tool_calls",
                }
            )
    counts = telemetry.evaluations()
    assert counts[("handoff", "handoff")] == 2 and ("handoff", "none") not in counts
    otel_micrometrics.uninstrument()


def test_reading_semconv_content():
    x = exchange_from_attributes(
        {
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": "openai",
            "gen_ai.request.model": "m",
            "gen_ai.conversation.id": "c-9",
            "gen_ai.system_instructions": json.dumps([{"type": "text", "content": "Be brief."}]),
            "gen_ai.input.messages": json.dumps(
                [
                    {"role": "user", "parts": [{"type": "text", "content": "hi"}]},
                    {"role": "tool", "parts": [{"type": "tool_call_response", "id": "t1", "response": {"ok": True}}]},
                ]
            ),
            "gen_ai.output.messages": json.dumps(
                [
                    {
                        "role": "assistant",
                        "finish_reason": "tool_call",
                        "parts": [{"type": "tool_call", "id": "t2", "name": "lookup", "arguments": {"order": 4711}}],
                    }
                ]
            ),
        }
    )
    assert x.system_instructions == ["Be brief."] and x.conversation_id == "c-9"
    assert [(m.role, m.content) for m in x.messages] == [("user", "hi"), ("tool", '{"ok": true}')]
    assert [(c.name, c.arguments, c.id) for c in x.tool_calls] == [("lookup", '{"order": 4711}', "t2")]
    assert x.finish_reasons == ["tool_call"] and x.output_text == ""
    assert exchange_from_attributes({"gen_ai.operation.name": "embeddings", "gen_ai.output.messages": "[]"}) is None
    assert exchange_from_attributes({"http.method": "GET"}) is None
