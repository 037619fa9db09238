"""expectation_report: checks measured against their owners' labels (the library function
that `otel-micrometrics eval --expect` and benchmarks/accuracy.py are built on)."""

from __future__ import annotations

import json

import pytest

from otel_micrometrics import Exchange, Result, check
from otel_micrometrics.catalog import load_builtin_checks
from otel_micrometrics.offline import (
    CHECK_ERROR,
    DID_NOT_APPLY,
    NO_LABEL,
    Disagreement,
    expectation_report,
)
from otel_micrometrics.registry import REGISTRY


@check("tone", owner="tests", register=False, labels=("pass", "fail", "partial"))
def tone(x: Exchange) -> Result | None:
    """Three labels: an apology is partial, shouting fails, no reply does not apply."""
    text = x.output_text
    if not text:
        return None
    if text.isupper():
        return Result("fail")
    if "sorry" in text.lower():
        return Result("partial")
    return Result("pass")


@check("polite", owner="tests", register=False)
def polite(x: Exchange) -> bool | None:
    """A bool check: True is pass."""
    return "please" in x.output_text.lower() if x.output_text else None


@check("fragile", owner="tests", register=False)
def fragile(x: Exchange) -> Result | None:
    if "boom" in x.output_text:
        raise RuntimeError("boom")
    return Result(score=len(x.output_text)) if "score" in x.output_text else Result("pass")


def record(id, reply, expect, user="Hello there", **extra):
    return {
        "id": id,
        "request": {"model": "m", "messages": [{"role": "user", "content": user}]},
        "response": {"content": reply, "finish_reason": "stop"},
        "expect": expect,
        **extra,
    }


SPECS = [tone.check_spec, polite.check_spec, fragile.check_spec]  # type: ignore[attr-defined]


def test_confusion_matrix_precision_recall_and_disagreements_for_any_label_set():
    records = [
        record("a", "Fine, thanks.", {"tone": "pass"}),
        record("b", "Sorry, I cannot.", {"tone": "partial"}),
        record("c", "Sorry about that.", {"tone": "pass"}),  # predicted partial
        record("d", "NO WAY", {"tone": "fail"}),
        record("e", "Sure thing.", {"tone": "fail"}),  # predicted pass
        record("f", "", {"tone": None}),  # must not apply, does not
        record("g", "Ok.", {"tone": None}),  # must not apply, applies: pass
    ]
    report = expectation_report(records, SPECS)
    acc = report.checks["tone"]
    assert list(report.checks) == ["tone"]
    assert (acc.cases, acc.agreed, acc.agreement) == (7, 4, 4 / 7)
    assert acc.confusion == {
        "pass": {"pass": 1, "partial": 1},
        "partial": {"partial": 1},
        "fail": {"fail": 1, "pass": 1},
        DID_NOT_APPLY: {DID_NOT_APPLY: 1, "pass": 1},
    }
    scores = {a.label: (a.expected, a.predicted, a.correct, a.precision, a.recall) for a in acc.labels()}
    assert scores == {
        "fail": (2, 1, 1, 1.0, 0.5),
        "partial": (1, 2, 1, 0.5, 1.0),
        "pass": (2, 3, 1, 1 / 3, 0.5),
        DID_NOT_APPLY: (2, 1, 1, 1.0, 0.5),
    }
    assert [a.label for a in acc.labels()] == ["fail", "partial", "pass", DID_NOT_APPLY]
    assert acc.disagreements == [
        Disagreement("c", "pass", "partial"),
        Disagreement("e", "fail", "pass"),
        Disagreement("g", DID_NOT_APPLY, "pass"),
    ]
    assert acc.disagreement_count == 3
    assert (report.records, report.unlabeled, report.not_run) == (7, 0, {})


def test_bool_checks_errors_scores_unknown_names_and_unlabeled_lines():
    records = [
        record(1, "Please wait.", {"polite": "pass", "fragile": "pass"}),
        record(2, "Wait.", {"polite": "pass", "nosuch": "fail"}),
        record(3, "boom", {"fragile": "pass"}),
        record(4, "a score", {"fragile": "pass"}),
        record(5, "No labels here.", {}),
        {"request": {"messages": []}, "response": {"content": "x"}},
    ]
    report = expectation_report(records, SPECS)
    assert report.checks["polite"].confusion == {"pass": {"pass": 1, "fail": 1}}
    assert report.checks["polite"].disagreements == [Disagreement(2, "pass", "fail")]
    assert report.checks["fragile"].confusion == {"pass": {"pass": 1, CHECK_ERROR: 1, NO_LABEL: 1}}
    assert report.checks["fragile"].predicted_values() == ["pass", CHECK_ERROR, NO_LABEL]
    [fragile_pass] = report.checks["fragile"].labels()
    assert (fragile_pass.precision, fragile_pass.recall) == (1.0, 1 / 3)
    assert report.not_run == {"nosuch": 1}
    assert (report.records, report.unlabeled) == (6, 2)
    # A label never predicted has no precision (no claim was made), and recall 0.
    report = expectation_report([record("x", "Fine.", {"tone": "partial"})], SPECS)
    [partial] = report.checks["tone"].labels()
    assert (partial.precision, partial.recall) == (None, 0.0)


def test_max_disagreements_keeps_the_first_and_counts_all():
    records = [record(i, "Fine.", {"tone": "fail"}) for i in range(50)]
    acc = expectation_report(records, SPECS, max_disagreements=3).checks["tone"]
    assert [d.id for d in acc.disagreements] == [0, 1, 2]
    assert acc.disagreement_count == 50


def test_expected_language_from_the_record_or_the_default():
    load_builtin_checks()
    german = "Ihre Bestellung wurde gestern verschickt und kommt morgen an."
    records = [
        record(
            "fixed-fr", german, {"language_mismatch": "fail"}, user="Wo ist meine Bestellung?", expected_language="fr"
        ),
        record("user-de", german, {"language_mismatch": "pass"}, user="Wo ist meine Bestellung denn bitte?"),
    ]
    specs = [REGISTRY.checks["language_mismatch"]]
    report = expectation_report(records, specs)
    assert report.checks["language_mismatch"].confusion == {"fail": {"fail": 1}, "pass": {"pass": 1}}
    report = expectation_report(records, specs, expected_language="en")
    assert report.checks["language_mismatch"].confusion == {"fail": {"fail": 1}, "pass": {"fail": 1}}


def test_settings_configure_each_exchange_as_eval_does():
    from otel_micrometrics.config import load_settings

    load_builtin_checks()
    german = "Ihre Bestellung wurde gestern verschickt und kommt morgen an."
    records = [record("user-de", german, {"language_mismatch": "pass"}, user="Wo ist meine Bestellung denn bitte?")]
    specs = [REGISTRY.checks["language_mismatch"]]
    settings = load_settings({"OTEL_MICROMETRICS_EXPECTED_LANGUAGE": "en"})
    report = expectation_report(records, specs, settings=settings)
    assert report.checks["language_mismatch"].confusion == {"pass": {"fail": 1}}
    # the record's own expected language comes before the configured one
    records[0]["expected_language"] = "de"
    report = expectation_report(records, specs, settings=settings)
    assert report.checks["language_mismatch"].confusion == {"pass": {"pass": 1}}


def test_openai_api_records_are_measured_too():
    body = {
        "id": "chatcmpl-1",
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "I'M SHOUTING"}, "finish_reason": "stop"}],
    }
    records = [
        {
            "id": "api",
            "request": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
            "response": body,
            "expect": {"tone": "fail"},
        },
        {
            "id": "flat",
            "model": "m",
            "messages": [{"role": "user", "content": "hi"}],
            "choices": body["choices"],
            "expect": {"tone": "fail"},
        },
    ]
    assert expectation_report(records, SPECS).checks["tone"].confusion == {"fail": {"fail": 2}}


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"id": "x", "foo": "bar"}, "record 1 ('x'): wrong shape: no 'request' and 'response' (keys: foo, id)"),
        (
            {"request": {"messages": []}, "response": {"content": "x"}, "expect": ["tone"]},
            "record 1: 'expect' must be an object of check name -> label or null",
        ),
        (
            {"request": {"messages": []}, "response": {"content": "x"}, "expect": {"tone": 1}},
            "record 1: 'expect.tone' must be a label (a string) or null, not 1",
        ),
        ("not a dict", "record 1: expected a JSON object, got str"),
    ],
)
def test_bad_records_raise_with_their_position(bad, reason):
    with pytest.raises(ValueError) as error:
        expectation_report([bad], SPECS)
    assert str(error.value) == reason


def test_builtin_corpora_as_data():
    """The built-in checks on the project's labeled corpora: the report is plain data."""
    from pathlib import Path

    load_builtin_checks()
    lines = (Path(__file__).parent / "data" / "corpus_refusal.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(x) for x in lines if x.strip()]
    report = expectation_report(records, REGISTRY.all())
    data = json.loads(json.dumps(report.to_dict()))
    refusal = data["checks"]["refusal"]
    assert refusal["cases"] == sum(1 for r in records if "refusal" in r["expect"])
    assert sum(sum(row.values()) for row in refusal["confusion"].values()) == refusal["cases"]
    assert refusal["agreed"] + refusal["disagreement_count"] == refusal["cases"]
    assert set(refusal["labels"]) >= {"pass", "fail"}
    assert data["records"] == len(records)
