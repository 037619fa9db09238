"""`otel-micrometrics collect` (OTLP JSON -> eval JSONL) and `new-check`, through cli.main on
spans the plugin made (tests/helpers/incident_traffic.py)."""

from __future__ import annotations

import base64
import io
import json
import sys
from pathlib import Path

import pytest
from helpers.incident_traffic import TRAFFIC, write_traces

from otel_micrometrics import cli


@pytest.fixture(scope="module")
def traces(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("traces") / "traces.jsonl"
    write_traces(path)
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def records(out: str) -> list[dict]:
    return [json.loads(x) for x in out.splitlines()]


def test_every_genai_span_becomes_an_exchange_with_its_observed_labels(traces, capsys):
    code, out, err = run(capsys, "collect", str(traces))
    assert code == 0
    assert err == "collect: 2 lines, 16 spans, 16 GenAI spans (0 without reply content), 16 matched, 16 written\n"
    got = records(out)
    assert [r["response"]["content"] for r in got] == [reply for _u, reply, _l in TRAFFIC]
    first = got[0]
    assert first["request"]["messages"] == [
        {"role": "system", "content": "Du bist der Kundenservice von Shop. Antworte auf Deutsch."},
        {"role": "user", "content": "Wo ist meine Bestellung 4711?"},
    ]
    assert first["request"]["model"] == "gpt-4o-mini"
    assert first["response"]["finish_reason"] == "stop"
    assert first["observed"]["language_mismatch"] == "pass" and first["observed"]["response_language"] == "de"
    assert first["id"] == f"{first['span']['trace_id']}:{first['span']['span_id']}"
    assert len(first["span"]["trace_id"]) == 32 and len(first["span"]["span_id"]) == 16
    # The output is an eval file: eval reads every line, and the checks agree with what was observed.
    out_path = traces.parent / "all.jsonl"
    out_path.write_text(out, encoding="utf-8")
    code, out, _ = run(capsys, "eval", str(out_path), "--json")
    assert code == 0
    for line, record in zip(out.splitlines(), got, strict=True):
        labels = {name: r["label"] for name, r in json.loads(line)["results"].items() if r["label"] is not None}
        assert {k: v for k, v in labels.items() if k in record["observed"]} == record["observed"]


def test_where_filters_on_observed_labels(traces, capsys):
    code, out, err = run(capsys, "collect", str(traces), "--where", "language_mismatch=fail")
    assert code == 0 and err.endswith("2 matched, 2 written\n")
    assert [r["observed"]["response_language"] for r in records(out)] == ["en", "en"]
    _code, out, _ = run(capsys, "collect", str(traces), "--where", "response_language=de,en")
    assert len(records(out)) == 16
    _code, out, _ = run(capsys, "collect", str(traces), "--where", "response_language=de,en", "--where", "handoff=none")
    assert [r["observed"]["handoff"] for r in records(out)] == ["none"] * 15  # "connecting you to a colleague"
    code, out, err = run(capsys, "collect", str(traces), "--where", "refusal=fail")
    assert (code, out) == (1, "") and err.endswith("0 matched, 0 written\n")


def test_sample_is_reproducible_and_in_input_order(traces, capsys, tmp_path):
    def sample(seed: str) -> list[str]:
        out_path = tmp_path / f"s{seed}.jsonl"
        code, _out, err = run(capsys, "collect", str(traces), "--sample", "5", "--seed", seed, "-o", str(out_path))
        assert code == 0 and err.endswith(f"16 matched, 5 written (a sample, seed {seed})\n")
        return [r["response"]["content"] for r in records(out_path.read_text(encoding="utf-8"))]

    order = [reply for _u, reply, _l in TRAFFIC]
    first = sample("3")
    assert first == sample("3")
    assert first != sample("4")
    assert first == sorted(first, key=order.index)
    _code, out, _ = run(capsys, "collect", str(traces), "--sample", "50")
    assert len(records(out)) == 16


def test_bad_lines_have_numbers_and_other_signals_are_passed_over(traces, tmp_path, capsys):
    good = traces.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join(
            [
                "{",
                '  "resourceSpans": []',
                json.dumps({"resourceLogs": []}),
                json.dumps({"foo": 1}),
                "",
                good,
                json.dumps({"resourceSpans": [{"scopeSpans": "x"}]}),
            ]
        )
        + "\n"
    )
    code, out, err = run(capsys, "collect", str(path))
    assert code == 0 and len(records(out)) == 8
    assert err.splitlines() == [
        f"{path}: line 1: invalid JSON (Expecting property name enclosed in double quotes: line 2 column 1 (char 2))"
        " (pretty-printed JSON? OTLP JSON is one object per line); skipped",
        f"{path}: line 2: invalid JSON (Extra data: line 1 column 18 (char 17)); skipped",
        f"{path}: line 4: not OTLP JSON trace data: no resourceSpans (keys: foo); skipped",
        f"{path}: line 7: 'scopeSpans' must be a list; skipped",
        "collect: 6 lines, 8 spans, 8 GenAI spans (0 without reply content), 8 matched, 8 written",
    ]
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text("nope\n")
    code, _out, err = run(capsys, "collect", str(only_bad))
    assert code == 2 and err.endswith("otel-micrometrics collect: no input line is OTLP JSON\n")


def test_resource_spans_lines_snake_case_base64_ids_stdin_and_no_content(traces, capsys, monkeypatch):
    request = json.loads(traces.read_text(encoding="utf-8").splitlines()[0])
    rs = request["resourceSpans"][0]
    span = rs["scopeSpans"][0]["spans"][0]
    span["trace_id"] = base64.b64encode(bytes.fromhex(span.pop("traceId"))).decode()
    bare = {"resource": rs.get("resource", {}), "scope_spans": [{"spans": [span]}]}  # one ResourceSpans a line
    stripped = json.loads(json.dumps(span))
    stripped["attributes"] = [a for a in stripped["attributes"] if not a["key"].startswith("gen_ai.output")]
    no_content = {"resourceSpans": [{"scopeSpans": [{"spans": [stripped]}]}]}
    data = (json.dumps(bare) + "\n" + json.dumps(no_content) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run(capsys, "collect", "-")
    assert code == 0
    [record] = records(out)
    assert record["span"]["trace_id"] == bytes.fromhex(record["id"].split(":")[0]).hex()
    assert record["response"]["content"] == TRAFFIC[0][1]
    assert err == "collect: 2 lines, 2 spans, 2 GenAI spans (1 without reply content), 1 matched, 1 written\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(no_content).encode())))
    code, _out, err = run(capsys, "collect", "-")
    assert code == 1 and "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--where", "language_mismatch"], "expected CHECK=LABEL"),
        (["--where", "=fail"], "expected CHECK=LABEL"),
        (["--sample", "0"], "must be at least 1"),
        (["--sample", "many"], "expected a whole number"),
    ],
)
def test_collect_options_are_validated(traces, capsys, argv, message):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["collect", str(traces), *argv])
    assert exit_.value.code == 2 and message in capsys.readouterr().err


def test_collect_missing_file(tmp_path, capsys):
    code, _out, err = run(capsys, "collect", str(tmp_path / "nope.jsonl"))
    assert code == 2 and "cannot open" in err and "nope.jsonl" in err


# --- new-check ---------------------------------------------------------------------------------


def examples(tmp_path: Path, lines: list[dict]) -> Path:
    path = tmp_path / "examples.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def example(reply: str, expect: dict | None = None) -> dict:
    record = {"request": {"messages": [{"role": "user", "content": "hi"}]}, "response": {"content": reply}}
    if expect is not None:
        record["expect"] = expect
    return record


def test_new_check_writes_module_examples_and_a_test_that_fails_until_the_rule_is_written(tmp_path, capsys):
    import subprocess

    path = examples(
        tmp_path, [example("Dein Paket kommt."), example("Ihr Paket kommt.", {"shout": "pass"}), example("x", {})]
    )
    out_dir = tmp_path / "checks"
    code, out, err = run(
        capsys, "new-check", "shout", "--examples", str(path), "--owner", "Jörg's team", "--label", "fail",
        "--dir", str(out_dir), "--today", "2026-11-30",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        f"wrote {out_dir / 'shout_examples.jsonl'} (fail 2, pass 1)",
        f"wrote {out_dir / 'shout.py'} (review by 2027-02-28)",
    ]
    written = [json.loads(x) for x in (out_dir / "shout_examples.jsonl").read_text().splitlines()]
    assert [r["expect"] for r in written] == [{"shout": "fail"}, {"shout": "pass"}, {"shout": "fail"}]
    module = (out_dir / "shout.py").read_text()
    assert 'owner="J\\u00f6rg\'s team"' in module and 'review_by="2027-02-28"' in module
    assert 'level="walk"' in module and 'labels=("pass", "fail")' in module
    env = {"PATH": str(Path(sys.executable).parent), "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_shout.py"],
        cwd=out_dir, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 1 and "1 failed" in proc.stdout
    (out_dir / "shout.py").write_text(
        module.replace(
            "    return None\n", '    return "fail" if "Dein" in x.output_text or x.output_text == "x" else "pass"\n'
        )
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_shout.py"],
        cwd=out_dir, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0 and "1 passed" in proc.stdout, proc.stdout
    code, _out, err = run(capsys, "new-check", "shout", "--examples", str(path), "--owner", "x", "--dir", str(out_dir))
    assert code == 2 and "already exist(s); use --force to overwrite" in err


@pytest.mark.parametrize(
    ("name", "lines", "message"),
    [
        ("refusal", [example("a", {"refusal": "fail"})], "'refusal' is already a check's name"),
        ("Bad-Name", [example("a")], "is not a lower-case Python identifier"),
        ("class", [example("a")], "is not a lower-case Python identifier"),
        ("mine", [example("a"), example("b", {"other": "fail"})], "no example is labeled for 'mine'"),
        ("mine", [example("a", {"mine": 3})], "line 1: 'expect.mine' must be a label (a string) or null"),
    ],
)
def test_new_check_refuses_bad_names_and_unlabeled_examples(tmp_path, capsys, name, lines, message):
    path = examples(tmp_path, lines)
    code, out, err = run(capsys, "new-check", name, "--examples", str(path), "--owner", "x", "--dir", str(tmp_path))
    assert (code, out) == (2, "") and message in err
    assert not (tmp_path / f"{name}.py").exists() or name == "class"


@pytest.mark.parametrize("command", ["demo", "eval", "collect", "new-check", "checks"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0 and out.startswith(f"usage: otel-micrometrics {command}")
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    listing = capsys.readouterr().out
    help_line = next(line for line in listing.splitlines() if line.strip().startswith(command + " "))
    assert len(help_line.split(None, 1)[1]) > 10  # a sentence, not just the name
