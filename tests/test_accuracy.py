"""The accuracy targets on the labeled corpora, as CI guards them, and the fixed split."""

from __future__ import annotations

import importlib.util
import io
import json
import os
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
    assert accuracy.main(["--corpus", "project", "--check-targets"]) == 0, capsys.readouterr().out


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


def test_multilingual_split_is_the_fixed_hash_of_the_id(tmp_path):
    accuracy = load_benchmark()
    # sha256 hex prefixes: "ml-a-de-0003" 1324c36a (even), "ml-a-ar-0017" odd.
    assert accuracy.multilingual_split("ml-a-de-0003") == "test"
    assert accuracy.multilingual_split("ml-a-ar-0017") == "dev"
    # A multilingual line's own "split" field does not count; a project corpus line keeps its own.
    line = (
        '{"id": "ml-a-ar-0017", "split": "test", "request": {"messages": []}, '
        '"response": {"content": "x"}, "expect": {"refusal": "pass"}}\n'
    )
    multilingual = tmp_path / "multilingual" / "a"
    multilingual.mkdir(parents=True)
    (multilingual / "ar.jsonl").write_text(line, encoding="utf-8")
    (tmp_path / "corpus_x.jsonl").write_text(line, encoding="utf-8")
    cases = accuracy.load_cases(
        [str(multilingual / "ar.jsonl"), str(tmp_path / "corpus_x.jsonl")],
        multilingual_dir=str(tmp_path / "multilingual"),
    )
    assert [record["split"] for _, record in cases] == ["dev", "test"]


def test_held_out_disagreements_are_counted_not_listed():
    accuracy = load_benchmark()

    def case(split, label):
        return (
            "x",
            {
                "id": f"secret-{split}",
                "split": split,
                "request": {"messages": [{"role": "user", "content": "Do it."}]},
                "response": {"content": "Sure, here it is: the answer is 42."},
                "expect": {"refusal": label},
            },
        )

    tallies = accuracy.measure([case("test", "partial"), case("dev", "fail")])
    t = tallies["refusal"]
    assert (t.cases, t.agree, t.tp, t.fn, t.held_out_wrong) == (2, 0, 0, 2, 1)
    out = io.StringIO()
    accuracy.report(tallies, verbose=True, out=out)
    assert "secret-dev: expected fail, got pass" in out.getvalue()
    assert "secret-test" not in out.getvalue()
    assert "(1 disagreeing cases of the held-out split, not listed)" in out.getvalue()


def test_multilingual_test_split_holds_the_floors(capsys):
    accuracy = load_benchmark()
    assert accuracy.main(["--split", "test", "--check-targets", "--floors"]) == 0, capsys.readouterr().out


def test_benchmark_and_eval_expect_count_the_same(capsys, monkeypatch):
    """The benchmark's figures come from the code of ``otel-micrometrics eval --expect``: on the
    same files the two agree, check by check."""
    from otel_micrometrics.cli import main as cli

    for name in list(os.environ):
        if name.startswith("OTEL_MICROMETRICS_"):
            monkeypatch.delenv(name)
    accuracy = load_benchmark()
    for path in (ROOT / "tests/data/multilingual/a/de.jsonl", ROOT / "tests/data/multilingual/b/ja.jsonl"):
        tallies = accuracy.measure(accuracy.load_cases([str(path)]))
        capsys.readouterr()
        assert cli(["eval", str(path), "--expect", "--json"]) == 0
        measured = json.loads(capsys.readouterr().out)["checks"]
        assert set(measured) == set(tallies)
        for name, tally in tallies.items():
            confusion = measured[name]["confusion"]
            positive = accuracy.POSITIVE.get(name, {"fail"})
            tp = sum(n for e, row in confusion.items() for p, n in row.items() if e in positive and p in positive)
            fn = sum(n for e, row in confusion.items() for p, n in row.items() if e in positive and p not in positive)
            fp = sum(n for e, row in confusion.items() for p, n in row.items() if e not in positive and p in positive)
            assert (tally.cases, tally.agree) == (measured[name]["cases"], measured[name]["agreed"]), name
            if name not in accuracy.EXACT:
                assert (tally.tp, tally.fp, tally.fn) == (tp, fp, fn), name
        assert tallies["refusal"].tp > 0 and tallies["response_language"].cases > 30


def test_every_multilingual_line_is_well_formed_and_its_id_names_its_writer_and_file():
    """The corpus's shape across all writers: ids unique and matching writer directory and file,
    the five labels on every line with their allowed values (each writer's own validate.py checks
    its directory the same way, and more)."""
    import json
    import re

    allowed = {
        "language_mismatch": {"pass", "fail", None},
        "refusal": {"pass", "partial", "fail"},
        "repetition": {"pass", "fail"},
        "pii_leak": {"pass", "fail"},
    }
    seen: set[str] = set()
    lines = 0
    for path in sorted((ROOT / "tests/data/multilingual").glob("*/*.jsonl")):
        writer, lang = path.parent.name, path.stem
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            lines += 1
            assert re.fullmatch(rf"ml-{writer}-{lang}-\d{{4}}", record["id"]), record["id"]
            assert record["id"] not in seen, record["id"]
            seen.add(record["id"])
            assert record["lang"] == lang
            assert record["request"]["messages"] and record["response"]["content"].strip()
            expect = record["expect"]
            assert set(expect) == set(allowed) | {"response_language"}, record["id"]
            for check, values in allowed.items():
                assert expect[check] in values, (record["id"], check)
            assert expect["response_language"] is None or re.fullmatch(r"[a-z]{2}", expect["response_language"])
    assert lines >= 4000
