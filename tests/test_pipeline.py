"""The pipeline keeps what a check returns only when it is a well-formed result."""

from __future__ import annotations

import math

import pytest

from otel_micrometrics import Exchange
from otel_micrometrics.pipeline import evaluate
from otel_micrometrics.registry import CheckSpec, Result


def run(value: object) -> tuple[list[tuple[CheckSpec, Result]], list[str]]:
    spec = CheckSpec(name="team_check", function=lambda exchange: value)
    errors: list[str] = []
    results = evaluate(Exchange(output_text="hi"), [spec], lambda s, error_type: errors.append(error_type))
    return results, errors


@pytest.mark.parametrize(
    "value",
    [
        Result(label="pass"),
        Result(score=0.0),
        Result(score=-2.5, label="fail", explanation="why"),
        Result(score=1e308),
    ],
)
def test_well_formed_results_are_kept_as_they_are(value):
    results, errors = run(value)
    assert errors == [] and len(results) == 1 and results[0][1] is value


@pytest.mark.parametrize(
    "value",
    [
        Result(score=math.nan),
        Result(score=math.inf),
        Result(score=-math.inf, label="fail"),
        Result(label=3),  # type: ignore[arg-type]
        Result(label="pass", explanation=b"bytes"),  # type: ignore[arg-type]
        Result(),
    ],
)
def test_malformed_results_are_dropped_and_counted(value):
    results, errors = run(value)
    assert results == [] and errors == ["InvalidResult"]


def test_an_integer_score_is_kept_as_a_float():
    results, errors = run(Result(label="pass", score=3))  # type: ignore[arg-type]
    assert errors == [] and results[0][1] == Result(label="pass", score=3.0)
    assert type(results[0][1].score) is float
