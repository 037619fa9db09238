"""The scripted workload's spans in a real Arize Phoenix and its evaluation events in a real
OTLP log receiver (OtelTap; Phoenix takes no OTLP logs), with attributes intact."""

from __future__ import annotations

from typing import Any

import pytest
from e2e_workload import DEMO_MODEL, MINI_MODEL, PASSES


def _plain(value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def _ours(attrs: Any) -> dict[str, Any]:
    return {
        k: _plain(v)
        for k, v in dict(attrs or {}).items()
        if k.startswith(("gen_ai.", "micrometrics.", "server.")) or k in ("tenant", "error.type")
    }


@pytest.fixture(scope="module")
def stored_spans(phoenix, workload):
    ours = workload.exporters.spans.get_finished_spans()
    assert len(ours) == len(workload.calls) == 13 * PASSES
    spans = phoenix.wait_spans(workload.exporters.phoenix_project, len(ours))
    assert len(spans) == len(ours), f"Phoenix has {len(spans)} spans of this run, we sent {len(ours)}"
    return {s["context"]["span_id"]: s for s in spans}


def test_every_span_arrives_with_genai_and_micrometrics_attributes_intact(workload, stored_spans):
    for span in workload.exporters.spans.get_finished_spans():
        stored = stored_spans[format(span.context.span_id, "016x")]
        assert stored["name"] == span.name
        assert stored["context"]["trace_id"] == format(span.context.trace_id, "032x")
        expected = _ours(span.attributes)
        got = {k: _plain(v) for k, v in stored["attributes"].items() if k in expected}
        assert got == expected, span.name
        assert any(k.startswith("micrometrics.") for k in expected)


def test_span_values_match_what_the_server_returned(workload, stored_spans):
    by_response = {s["attributes"].get("gen_ai.response.id"): s for s in stored_spans.values()}
    for call in workload.calls:
        attrs = by_response[call.response_id]["attributes"]
        assert attrs["gen_ai.operation.name"] == "chat"
        assert attrs["gen_ai.provider.name"] == "openai"
        assert attrs["gen_ai.request.model"] == call.model
        assert attrs["gen_ai.usage.input_tokens"] == call.input_tokens
        assert attrs["gen_ai.usage.output_tokens"] == call.output_tokens
        assert list(attrs["gen_ai.response.finish_reasons"]) == [call.finish_reason]
        assert attrs["server.address"] == "127.0.0.1"
    names = sorted({s["name"] for s in stored_spans.values()})
    assert names == [f"chat {DEMO_MODEL}", f"chat {MINI_MODEL}"]


def test_the_incident_is_on_the_turn_5_span(stored_spans):
    by_response = {s["attributes"].get("gen_ai.response.id"): s["attributes"] for s in stored_spans.values()}
    turn5 = by_response["chatcmpl-de-support-5"]
    assert turn5["micrometrics.language_mismatch.label"] == "fail"
    assert turn5["micrometrics.response_language.label"] == "en"
    assert turn5["micrometrics.prompt.version"] == "v7"
    assert turn5["micrometrics.turn.index"] == 5
    assert by_response["chatcmpl-mini-1"]["micrometrics.truncation.label"] == "fail"
    assert by_response["chatcmpl-mini-2"]["micrometrics.content_filter.label"] == "fail"
    assert by_response["chatcmpl-mini-3"]["micrometrics.empty_response.label"] == "fail"


def test_evaluation_events_arrive_in_the_span_context(workload, log_receiver):
    from conftest import otlp_attributes, poll

    spans = workload.exporters.spans.get_finished_spans()
    span_of = {format(s.context.trace_id, "032x"): s for s in spans}
    from otel_micrometrics.telemetry import event_worthy

    # OTEL_MICROMETRICS_EVENTS=fail (the default): an event for each failing result only
    expected = sum(n for (_model, check, label), n in workload.memory_evaluations.items() if event_worthy(check, label))

    def ours() -> list[dict[str, Any]]:
        return [
            r
            for r in log_receiver.records()
            if r.get("eventName") == "gen_ai.evaluation.result" and r.get("traceId") in span_of
        ]

    events = poll(ours, lambda e: len(e) >= expected)
    assert len(events) == expected
    for event in events:
        span = span_of[event["traceId"]]
        assert event["spanId"] == format(span.context.span_id, "016x")
        attrs = otlp_attributes(event)
        name = attrs["gen_ai.evaluation.name"]
        assert attrs["gen_ai.response.id"] == span.attributes["gen_ai.response.id"]
        if "gen_ai.evaluation.score.label" in attrs:
            assert attrs["gen_ai.evaluation.score.label"] == span.attributes[f"micrometrics.{name}.label"]
        if "gen_ai.evaluation.score.value" in attrs:
            assert attrs["gen_ai.evaluation.score.value"] == pytest.approx(
                span.attributes[f"micrometrics.{name}.score"]
            )
    fails = sorted(
        (otlp_attributes(e)["gen_ai.response.id"], otlp_attributes(e)["gen_ai.evaluation.name"])
        for e in events
        if otlp_attributes(e).get("gen_ai.evaluation.score.label") == "fail"
    )
    assert fails == sorted(
        [
            ("chatcmpl-de-support-5", "language_mismatch"),
            ("chatcmpl-mini-1", "truncation"),
            ("chatcmpl-mini-2", "content_filter"),
            ("chatcmpl-mini-3", "empty_response"),
        ]
        * PASSES
    )
