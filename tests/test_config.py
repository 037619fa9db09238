"""Environment variables -> Settings: every variable validated, bad values warned about once."""

from __future__ import annotations

import logging

import pytest

from otel_micrometrics.config import Settings, load_settings


def test_defaults():
    s = load_settings({})
    assert s == Settings()
    assert s.level == "walk" and s.sample_ratio == 1.0 and s.guard_retries == 1
    assert s.expected_language is None and s.checks == () and not s.capture_content


def test_good_values():
    s = load_settings(
        {
            "OTEL_MICROMETRICS_LEVEL": "Crawl",
            "OTEL_MICROMETRICS_CHECKS": "json_validity, mypkg.checks:competitor",
            "OTEL_MICROMETRICS_DISABLED_CHECKS": "response_length",
            "OTEL_MICROMETRICS_SAMPLE_RATIO": "0.25",
            "OTEL_MICROMETRICS_EXPECTED_LANGUAGE": "DE",
            "OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES": "tenant, micrometrics.prompt.version",
            "OTEL_MICROMETRICS_GUARD": "language_mismatch",
            "OTEL_MICROMETRICS_GUARD_RETRIES": "2",
            "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true",
            "OTEL_SDK_DISABLED": "false",
        }
    )
    assert s.level == "crawl"
    assert s.checks == ("json_validity", "mypkg.checks:competitor")
    assert s.disabled_checks == ("response_length",)
    assert s.sample_ratio == 0.25
    assert s.expected_language == "de"
    assert s.segment_attributes == ("tenant", "micrometrics.prompt.version")
    assert s.guard == ("language_mismatch",) and s.guard_retries == 2
    assert s.capture_content is True and s.sdk_disabled is False


@pytest.mark.parametrize(
    "name,value,field,default,accepted",
    [
        ("OTEL_MICROMETRICS_LEVEL", "sprint", "level", "walk", "crawl, walk, run"),
        ("OTEL_MICROMETRICS_SAMPLE_RATIO", "1.5", "sample_ratio", 1.0, "0.0 to 1.0"),
        ("OTEL_MICROMETRICS_SAMPLE_RATIO", "half", "sample_ratio", 1.0, "0.0 to 1.0"),
        ("OTEL_MICROMETRICS_EXPECTED_LANGUAGE", "german", "expected_language", None, "ISO 639-1"),
        ("OTEL_MICROMETRICS_GUARD_RETRIES", "-1", "guard_retries", 1, "integer from 0 to 2"),
        ("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "maybe", "capture_content", False, "true, false"),
        ("OTEL_SDK_DISABLED", "perhaps", "sdk_disabled", False, "true, false"),
    ],
)
def test_bad_value_warns_once_and_falls_back(caplog, name, value, field, default, accepted):
    caplog.set_level(logging.WARNING, logger="otel_micrometrics")
    s = load_settings({name: value})
    assert getattr(s, field) == default
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert name in warnings[0] and repr(value) in warnings[0] and accepted in warnings[0]


def test_bad_check_names_are_left_out_with_a_warning(caplog):
    caplog.set_level(logging.WARNING, logger="otel_micrometrics")
    s = load_settings({"OTEL_MICROMETRICS_CHECKS": "refusal,not a check!,x:y"})
    assert s.checks == ("refusal", "x:y")
    (warning,) = [r.getMessage() for r in caplog.records]
    assert "OTEL_MICROMETRICS_CHECKS" in warning and "not a check!" in warning


def test_unknown_check_name_warns_when_selected(caplog):
    from otel_micrometrics.catalog import select_checks

    caplog.set_level(logging.WARNING, logger="otel_micrometrics")
    chosen = select_checks(load_settings({"OTEL_MICROMETRICS_CHECKS": "no_such_check"}))
    assert "no_such_check" not in {c.name for c in chosen}
    assert any("no_such_check" in r.getMessage() for r in caplog.records)


def test_settings_are_immutable():
    s = load_settings({})
    with pytest.raises(AttributeError):
        s.level = "run"  # type: ignore[misc]
