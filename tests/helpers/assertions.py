"""The assertions on spans, results and metrics that the tests of every client make: one span per
call, a German reply checked as German, a first chunk timed once, a stream left early recorded as
abandoned with no results."""

from __future__ import annotations

from typing import Any

from opentelemetry.trace import StatusCode
from servers.base import GERMAN

TTFC = "gen_ai.client.operation.time_to_first_chunk"
DURATION = "gen_ai.client.operation.duration"


def genai_spans(tel: Any) -> list[Any]:
    """The finished spans that describe a GenAI operation (not an SDK's own HTTP spans)."""
    return [s for s in tel.finished_spans() if "gen_ai.operation.name" in (s.attributes or {})]


def only_span(tel: Any) -> Any:
    """The one finished span; it has ended."""
    spans = tel.finished_spans()
    assert len(spans) == 1, [s.name for s in spans]
    span = spans[0]
    assert span.end_time is not None
    return span


def only_genai_span(tel: Any) -> Any:
    """The one finished GenAI span, whatever other spans the SDK made."""
    spans = genai_spans(tel)
    assert len(spans) == 1, [s.name for s in tel.finished_spans()]
    return spans[0]


def assert_checked_german(span: Any, text: str = GERMAN) -> None:
    """The checks ran on a complete German reply ``text``: German, as asked, not cut off, not empty."""
    a = span.attributes
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.truncation.label"] == "pass"
    assert a["micrometrics.empty_response.label"] == "pass"
    assert a["micrometrics.response_length.score"] == float(len(text))


def assert_first_chunk_timed(tel: Any) -> Any:
    """One time-to-first-chunk point, after the start and within the call's duration."""
    (ttfc,) = tel.metric_points(TTFC)
    (duration,) = tel.metric_points(DURATION)
    assert ttfc.count == 1 and 0 < ttfc.sum <= duration.sum and ttfc.sum < 5
    return ttfc


def assert_no_results(span: Any, tel: Any) -> None:
    """No check ran: no label or score on the span, nothing counted."""
    assert not [k for k in span.attributes if k.endswith(".label") or k.endswith(".score")]
    assert tel.evaluations() == {}


def assert_abandoned(span: Any, tel: Any) -> None:
    """A stream the application left before its end: marked abandoned, not an error, no results,
    and its duration recorded once."""
    a = span.attributes
    assert span.end_time is not None
    assert a["micrometrics.stream.abandoned"] is True
    assert span.status.status_code is not StatusCode.ERROR
    assert "error.type" not in a
    assert_no_results(span, tel)
    assert len(tel.metric_points(DURATION)) == 1
