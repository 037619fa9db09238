"""The eval and checks commands, as a subprocess and through cli.main."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from otel_micrometrics import cli
from otel_micrometrics.catalog import load_builtin_checks
from otel_micrometrics.registry import REGISTRY

DATA = Path(__file__).parent / "data"
MY_CORPORA = ("corpus_format.jsonl", "corpus_pii.jsonl", "corpus_outcome.jsonl")


def line(id, reply, user="Where is my order?", finish="stop", **request) -> str:
    record = {
        "id": id,
        "request": {"model": "m", "messages": [{"role": "user", "content": user}], **request},
        "response": {"content": reply, "finish_reason": finish},
        "expect": {"ignored": "yes"},
    }
    return json.dumps(record)


GOOD = "Your order shipped yesterday and arrives tomorrow."
LOOP = "Your order is on its way and " * 12  # a loop, and nothing else (no refusal)


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_main(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def table_rows(out: str) -> dict[str, list[str]]:
    rows = {}
    for text in out.splitlines():
        parts = text.split()
        if parts and parts[0] in REGISTRY.checks:
            rows[parts[0]] = parts[1:]
    return rows


def test_eval_table_counts(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("OTEL_MICROMETRICS_LEVEL", raising=False)
    texts = [GOOD, "The answer is cut off in the", LOOP, '```json\n{"a": 1}\n```', '{"a": 1}']
    path = write(
        tmp_path,
        "a.jsonl",
        [
            line("ok-1", texts[0]),
            line("cut", texts[1], finish="length"),
            line("loop", texts[2], finish="length"),
            line("json-bad", texts[3], response_format={"type": "json_object"}),
            line("json-ok", texts[4], response_format={"type": "json_object"}),
        ],
    )
    code, out, err = run_main(capsys, "eval", str(path))
    assert code == 0 and err == ""
    assert out.startswith(f"5 exchanges from {path} (read as otel-micrometrics exchanges)\n")
    rows = table_rows(out)
    assert rows["truncation"] == ["5", "3", "2", "40.0%"]
    assert rows["json_validity"] == ["2", "1", "1", "50.0%"]
    assert rows["repetition"] == ["5", "4", "1", "20.0%"]
    assert rows["content_filter"] == ["5", "5", "0", "0.0%"]
    assert (
        rows["markdown"][:4] == ["5", "-", "-", "-"]
        and "absent=4" in rows["markdown"]
        and "present=1" in rows["markdown"]
    )
    assert rows["response_length"][4:] == ["mean", "score", f"{sum(map(len, texts)) / 5:.1f}"]
    assert rows["tool_call_validity"] == ["0", "-", "-", "-"]


def test_eval_json_lines_and_bad_lines(tmp_path, capsys, monkeypatch):
    huge = json.dumps({"id": "huge", "request": {"messages": []}, "response": {"content": "x" * 400}})
    path = write(
        tmp_path,
        "b.jsonl",
        [
            line("first", GOOD),
            "{not json",
            "",
            json.dumps([1, 2, 3]),
            json.dumps({"request": {"messages": "hello"}, "response": {}}),
            json.dumps(
                {"request": {"messages": [{"role": "user", "content": "hi"}]}, "response": {"content": "Hello!"}}
            ),
            '{"id": "deep", "request": ' + "[" * 100000 + "]" * 100000 + "}",
            huge,
        ],
    )
    from otel_micrometrics import offline

    monkeypatch.setattr(offline, "MAX_LINE_BYTES", 300)
    code, out, err = run_main(capsys, "eval", str(path), "--json", "--level", "crawl", "--max-bad-share", "1")
    assert code == 0
    results = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in results] == ["first", 6]
    assert results[0]["results"] == {
        "truncation": {"label": "pass", "score": None},
        "content_filter": {"label": "pass", "score": None},
        "empty_response": {"label": "pass", "score": None},
    }
    assert err.splitlines() == [
        "line 2: invalid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1)); skipped",
        "line 4: expected a JSON object, got list; skipped",
        "line 5: wrong shape: 'request.messages' must be a list; skipped",
        "line 7: longer than 300 bytes; skipped",
        "line 8: longer than 300 bytes; skipped",
    ]


def test_deeply_nested_and_odd_records_are_bad_lines_not_crashes(tmp_path, capsys):
    path = write(
        tmp_path,
        "c.jsonl",
        [
            '{"id": "deep", "request": ' + "[" * 100000 + "]" * 100000 + "}",
            json.dumps(
                {
                    "id": {"not": "scalar"},
                    "request": {"messages": [{"role": "user", "content": 5}]},
                    "response": {"content": ["a", {"text": "b"}], "tool_calls": "x", "finish_reason": 3},
                }
            ),
            b"\xff\xfe not utf-8".decode("latin-1"),
            json.dumps({"request": None, "response": None}),
        ],
    )
    code, out, err = run_main(capsys, "eval", str(path), "--json", "--level", "crawl", "--max-bad-share", "0.75")
    assert code == 0
    ids = [json.loads(x)["id"] for x in out.splitlines()]
    assert ids == [2]  # a non-scalar id falls back to the line number
    assert err.startswith("line 1: ")
    assert len(err.splitlines()) == 3 and err.splitlines()[1].startswith("line 3: invalid JSON")
    assert err.splitlines()[2] == "line 4: wrong shape: 'request' must be a JSON object; skipped"


def test_compare_exit_codes(tmp_path, capsys):
    before = write(tmp_path, "before.jsonl", [line(f"b{i}", GOOD) for i in range(20)])
    one_loop = [line(f"a{i}", GOOD) for i in range(19)] + [line("a19", LOOP)]
    after_small = write(tmp_path, "after1.jsonl", one_loop)  # repetition 0% -> 5%
    code, out, _ = run_main(capsys, "eval", str(after_small), "--compare", str(before))
    assert code == 1
    assert "repetition" in out and "0/20   0.0%" in out and "1/20   5.0%" in out and "+5.0 pt  REGRESSION" in out
    assert out.rstrip().endswith("FAILED: fail rate rose by more than 2.0 points: repetition")
    code, out, _ = run_main(capsys, "eval", str(after_small), "--compare", str(before), "--max-regression", "0.05")
    assert code == 0 and out.rstrip().endswith("passed: no fail rate rose by more than 5.0 points")
    code, out, _ = run_main(capsys, "eval", str(before), "--compare", str(after_small))
    assert code == 0 and "-5.0 pt" in out


def test_level_and_checks_options_and_expected_language(tmp_path, capsys, monkeypatch):
    path = write(
        tmp_path,
        "d.jsonl",
        [
            line(
                "de",
                "Ihre Bestellung wurde gestern verschickt und kommt morgen an.",
                user="Wo ist meine Bestellung? Sie sollte schon da sein.",
            )
        ],
    )
    _code, out, _ = run_main(capsys, "eval", str(path), "--json", "--level", "crawl", "--checks", "markdown")
    assert set(json.loads(out)["results"]) == {"truncation", "content_filter", "empty_response", "markdown"}
    monkeypatch.setenv("OTEL_MICROMETRICS_EXPECTED_LANGUAGE", "fr")
    _code, out, _ = run_main(capsys, "eval", str(path), "--json")
    assert json.loads(out)["results"]["language_mismatch"]["label"] == "fail"
    monkeypatch.setenv("OTEL_MICROMETRICS_DISABLED_CHECKS", "language_mismatch")
    _code, out, _ = run_main(capsys, "eval", str(path), "--json")
    assert "language_mismatch" not in json.loads(out)["results"]


def test_missing_file_is_an_error_not_a_traceback(tmp_path, capsys):
    code, _out, err = run_main(capsys, "eval", str(tmp_path / "nope.jsonl"))
    assert code == 2 and "cannot read" in err and "nope.jsonl" in err


def test_checks_command_lists_every_check(capsys):
    load_builtin_checks()
    code, out, _ = run_main(capsys, "checks")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["check", "runs", "level", "source", "owner", "review", "by", "description"]
    listed = {row.split()[0]: row for row in lines[1:]}
    assert set(listed) == set(REGISTRY.checks)
    assert listed["pii_leak"].split()[1:6] == ["yes", "walk", "built-in", "otel-micrometrics", "2027-06-30"]
    assert listed["truncation"].split()[1:3] == ["yes", "crawl"]
    assert listed["judge"].split()[1:4] == ["no:", "opt-in", "run"]
    assert "IBAN" in listed["pii_leak"]


def _subprocess(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("otel-micrometrics")
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_MICROMETRICS")}
    full_env.update(env or {})
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=full_env, timeout=120)


def test_commands_as_subprocess(tmp_path):
    path = write(tmp_path, "e.jsonl", [line("ok", GOOD), "oops", line("loop", LOOP)])
    proc = _subprocess("eval", str(path))
    assert proc.returncode == 2
    assert proc.stderr == (
        "line 2: invalid JSON (Expecting value: line 1 column 1 (char 0)); skipped\n"
        f"otel-micrometrics eval: {path}: 1 of 3 lines are bad (33.3%, more than --max-bad-share 0.05)\n"
    )
    proc = _subprocess("eval", str(path), "--max-bad-share", "0.5")
    assert proc.returncode == 0
    assert proc.stdout.startswith(
        f"2 exchanges from {path} (read as otel-micrometrics exchanges, 1 bad line skipped)\n"
    )
    assert table_rows(proc.stdout)["repetition"] == ["2", "1", "1", "50.0%"]
    proc = _subprocess("eval", str(path), "--json", "--max-bad-share", "0.5", env={"OTEL_MICROMETRICS_LEVEL": "crawl"})
    assert [json.loads(x)["id"] for x in proc.stdout.splitlines()] == ["ok", "loop"]
    before = write(tmp_path, "f.jsonl", [line("ok", GOOD), line("ok2", GOOD)])
    assert _subprocess("eval", str(path), "--compare", str(before), "--max-bad-share", "0.5").returncode == 1
    assert _subprocess("eval", str(before), "--compare", str(before)).returncode == 0
    proc = _subprocess("checks")
    assert proc.returncode == 0 and "json_validity" in proc.stdout and "repetition" in proc.stdout


@pytest.mark.parametrize("name", MY_CORPORA)
def test_corpus_expectations_hold(name):
    """Every expectation in these hand-labeled corpora holds (the deterministic checks: exact)."""
    from otel_micrometrics.offline import parse_line

    load_builtin_checks()
    wrong = []
    count = 0
    for number, raw in enumerate((DATA / name).read_bytes().splitlines(), 1):
        expect = json.loads(raw)["expect"]
        record_id, exchange = parse_line(raw, number)
        for check_name, want in expect.items():
            result = REGISTRY.checks[check_name].function(exchange)
            got = None if result is None else result.label
            count += 1
            if got != want:
                wrong.append((record_id, check_name, want, got))
    assert wrong == []
    assert count >= 50


def test_corpora_size_and_shape():
    ids = set()
    total = 0
    for name in MY_CORPORA:
        for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(raw)
            assert set(record) == {"id", "request", "response", "expect"}
            assert record["id"] not in ids
            ids.add(record["id"])
            total += 1
    assert total >= 120


def test_handoff_tools_setting_applies_offline_as_in_production(tmp_path, capsys, monkeypatch):
    """OTEL_MICROMETRICS_HANDOFF_TOOLS names the application's handoff tool for eval as it does
    for a wrapped call: the same exchange gets the same label on every path."""
    record = json.loads(line("h1", ""))
    record["response"]["tool_calls"] = [{"id": "c1", "function": {"name": "page_oncall", "arguments": "{}"}}]
    path = write(tmp_path, "handoff.jsonl", [json.dumps(record)])
    monkeypatch.setenv("OTEL_MICROMETRICS_HANDOFF_TOOLS", "page_oncall")
    code, out, _ = run_main(capsys, "eval", str(path), "--json")
    assert code == 0
    assert json.loads(out.splitlines()[0])["results"]["handoff"]["label"] == "handoff"
    monkeypatch.setenv("OTEL_MICROMETRICS_HANDOFF_TOOLS", "escalate")
    code, out, _ = run_main(capsys, "eval", str(path), "--json")
    assert json.loads(out.splitlines()[0])["results"]["handoff"]["label"] == "none"
