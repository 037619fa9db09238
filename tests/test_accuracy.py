"""The accuracy targets on the labeled corpora, as CI guards them."""

from __future__ import annotations

import importlib.util
import io
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_benchmark():
    spec = importlib.util.spec_from_file_location("accuracy_benchmark", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_corpora_meet_the_accuracy_targets(capsys):
    accuracy = load_benchmark()
    assert accuracy.main(["--check-targets"]) == 0, capsys.readouterr().out


def test_benchmark_counts_what_it_reports():
    accuracy = load_benchmark()
    cases = [
        (
            "a",
            {
                "id": "a",
                "request": {"messages": [{"role": "user", "content": "Do it."}]},
                "response": {"content": "I can't help with that."},
                "expect": {"refusal": "fail"},
            },
        ),
        (
            "b",
            {
                "id": "b",
                "request": {"messages": [{"role": "user", "content": "Do it."}]},
                "response": {"content": "Sure, here it is: the answer is 42."},
                "expect": {"refusal": "fail"},
            },
        ),
        ("c", {"id": "c", "request": {"messages": []}, "response": {"content": ""}, "expect": {"refusal": None}}),
    ]
    tallies = accuracy.measure(cases)
    t = tallies["refusal"]
    assert (t.cases, t.agree, t.tp, t.fp, t.fn) == (3, 2, 1, 0, 1)
    assert t.precision == 1.0 and t.recall == 0.5
    out = io.StringIO()
    missed = accuracy.report(tallies, verbose=True, out=out)
    assert missed == ["refusal: precision 1.000 (target 0.93), recall 0.500 (target 0.9)"]
    assert "b: expected fail, got pass" in out.getvalue()
