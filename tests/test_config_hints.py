"""Typos in the configuration get one warning that says what was probably meant."""

from __future__ import annotations

import logging

import pytest

import otel_micrometrics
from otel_micrometrics.config import load_settings


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "otel_micrometrics" and r.levelno >= logging.WARNING]


@pytest.mark.parametrize(
    ("variable", "typo", "meant"),
    [
        ("OTEL_MICROMETRICS_DISABLED_CHECKS", "langauge_mismatch", "language_mismatch"),
        ("OTEL_MICROMETRICS_CHECKS", "refusel", "refusal"),
        ("OTEL_MICROMETRICS_GUARD", "jsonvalidity", "json_validity"),
    ],
)
def test_an_unknown_check_name_warns_once_with_the_closest_known_name(instrumented, caplog, variable, typo, meant):
    instrumented(**{variable: typo})
    instrumented(**{variable: typo})  # instrument() again: still one warning
    said = [m for m in warnings(caplog) if typo in m]
    assert said == [
        f"otel-micrometrics: {variable} names an unknown check {typo!r}, which is ignored; did you mean {meant!r}?"
    ]


def test_a_typo_in_disabled_checks_leaves_the_check_running(instrumented, caplog):
    from otel_micrometrics.instrumentors import lifecycle

    instrumented(OTEL_MICROMETRICS_DISABLED_CHECKS="refusal,languge_mismatch")
    runtime = lifecycle.active()
    assert runtime is not None
    names = {c.name for c in runtime.checks}
    assert "refusal" not in names and "language_mismatch" in names
    assert any("did you mean 'language_mismatch'?" in m for m in warnings(caplog))


def test_a_name_like_no_check_lists_the_known_ones(instrumented, caplog):
    instrumented(OTEL_MICROMETRICS_DISABLED_CHECKS="zqxv")
    (said,) = [m for m in warnings(caplog) if "'zqxv'" in m]
    assert "known checks: " in said and "language_mismatch" in said and "refusal" in said


def test_an_endpoint_without_a_scheme_gets_a_hint(caplog):
    settings = load_settings({"OTEL_EXPORTER_OTLP_ENDPOINT": "localhost:4318"})
    assert settings.otlp_endpoint == "localhost:4318"  # the standard variable keeps its meaning
    assert warnings(caplog) == [
        "otel-micrometrics: OTEL_EXPORTER_OTLP_ENDPOINT='localhost:4318' has no scheme; the OTLP "
        "exporters need a URL such as http://localhost:4318 (or https://), and cannot export to this one"
    ]
    caplog.clear()
    load_settings({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://localhost:4318"})
    assert warnings(caplog) == []


def test_the_exit_deadline_reads_milliseconds(caplog):
    assert load_settings({}).shutdown_timeout == 1.0
    assert load_settings({"OTEL_MICROMETRICS_SHUTDOWN_TIMEOUT_MS": "2500"}).shutdown_timeout == 2.5
    assert load_settings({"OTEL_MICROMETRICS_SHUTDOWN_TIMEOUT_MS": "-1"}).shutdown_timeout == 1.0
    assert "OTEL_MICROMETRICS_SHUTDOWN_TIMEOUT_MS" in warnings(caplog)[0]
    otel_micrometrics.uninstrument()
