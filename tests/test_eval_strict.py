"""`otel-micrometrics eval`: strict input, --expect with its gates, and `checks` listing the
application's own checks; through cli.main and as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from otel_micrometrics import cli, registry
from otel_micrometrics.config import load_settings
from otel_micrometrics.offline import MAX_KEPT_BAD_LINES, evaluate_file

GOOD = "Your order shipped yesterday and arrives tomorrow."
BIN = Path(sys.executable).parent


@pytest.fixture(autouse=True)
def _no_micrometrics_env(monkeypatch):
    for key in list(os.environ):
        if key.startswith("OTEL_MICROMETRICS"):
            monkeypatch.delenv(key)


def ours(id, reply, expect=None, finish="stop", user="Where is my order?"):
    record = {
        "id": id,
        "request": {"model": "m", "messages": [{"role": "user", "content": user}]},
        "response": {"content": reply, "finish_reason": finish},
    }
    if expect is not None:
        record["expect"] = expect
    return json.dumps(record)


def openai_record(id, reply, finish="stop"):
    return json.dumps(
        {
            "id": id,
            "request": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Where is my order?"}]},
            "response": {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "model": "gpt-4o-mini",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": finish}],
                "usage": {"prompt_tokens": 5, "completion_tokens": 9},
            },
        }
    )


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def labeled(tmp_path: Path) -> Path:
    return write(
        tmp_path,
        "labeled.jsonl",
        [
            ours("ok", GOOD, {"truncation": "pass"}),
            ours("cut", "The answer is cut off in the", {"truncation": "fail"}, finish="length"),
            ours("missed", "All done here.", {"truncation": "fail"}),  # labeled fail, check says pass
            ours("na", GOOD, {"json_validity": None, "truncation": "pass"}),
            ours("nolabel", GOOD),
        ],
    )


def test_expect_prints_matrix_precision_recall_and_disagreements(tmp_path, capsys):
    path = labeled(tmp_path)
    code, out, err = run(capsys, "eval", str(path), "--expect", "--level", "crawl", "--checks", "json_validity")
    assert (code, err) == (0, "")
    assert out == textwrap.dedent(f"""\
        5 exchanges from {path} (read as otel-micrometrics exchanges)
        4 of 5 exchanges carry expectations

        truncation: 3/4 agree (75.0%)
          expected \\ predicted   fail   pass
          fail                      1      1
          pass                      0      2
          label                 precision  recall  expected  predicted
          fail                      1.000   0.500         2          1
          pass                      0.667   1.000         2          3
          disagree: missed (fail -> pass)

        json_validity: 1/1 agree (100.0%)
          expected \\ predicted  (did not apply)
          (did not apply)                     1
          label                 precision  recall  expected  predicted
          (did not apply)           1.000   1.000         1          1
        """)


def test_expect_gates_exit_1_below_and_0_above(tmp_path, capsys):
    path = labeled(tmp_path)
    code, out, _ = run(capsys, "eval", str(path), "--expect", "--min-recall", "truncation:fail=0.9")
    assert code == 1
    assert out.endswith("\nFAILED: truncation fail: recall 0.500 < 0.9\n")
    code, out, _ = run(capsys, "eval", str(path), "--expect", "--min-recall", "truncation:fail=0.5")
    assert code == 0 and out.endswith("\npassed: every precision and recall gate\n")
    code, out, _ = run(capsys, "eval", str(path), "--expect", "--min-precision", "0.7")  # every check, every label
    assert code == 1 and out.endswith("\nFAILED: truncation pass: precision 0.667 < 0.7\n")
    code, out, _ = run(capsys, "eval", str(path), "--expect", "--min-precision", "refusal=0.5")
    assert code == 1 and "refusal: no line's expect names it, so its precision cannot be gated" in out


def test_expect_json_is_the_same_report_as_data(tmp_path, capsys):
    path = labeled(tmp_path)
    code, out, _ = run(capsys, "eval", str(path), "--expect", "--json", "--min-recall", "truncation=0.9")
    assert code == 1
    data = json.loads(out)
    truncation = data["checks"]["truncation"]
    assert truncation["confusion"] == {"fail": {"fail": 1, "pass": 1}, "pass": {"pass": 2}}
    assert truncation["labels"]["fail"] == {
        "expected": 2,
        "predicted": 1,
        "correct": 1,
        "precision": 1.0,
        "recall": 0.5,
    }
    assert truncation["disagreements"] == [{"id": "missed", "expected": "fail", "predicted": "pass"}]
    assert data["missed"] == ["truncation fail: recall 0.500 < 0.9"]
    assert (data["records"], data["unlabeled"], data["bad_lines"]) == (5, 1, 0)


def test_expect_with_no_usable_expectation_and_bad_expect_values(tmp_path, capsys):
    path = write(tmp_path, "x.jsonl", [ours("a", GOOD, {"nosuch": "fail"}), ours("b", GOOD)])
    code, _out, err = run(capsys, "eval", str(path), "--expect")
    assert code == 2 and 'no line\'s "expect" names a check that ran' in err
    path = write(tmp_path, "y.jsonl", [ours("a", GOOD, {"truncation": "pass"}), ours("b", GOOD, {"truncation": 1})])
    code, _out, err = run(capsys, "eval", str(path), "--expect", "--max-bad-share", "0.5")
    assert code == 0
    assert err == "line 2: 'expect.truncation' must be a label (a string) or null, not 1; skipped\n"


def test_openai_api_records_are_read_and_the_format_is_said(tmp_path, capsys):
    path = write(tmp_path, "api.jsonl", [openai_record("a", GOOD), openai_record("b", "Cut off in the", "length")])
    code, out, err = run(capsys, "eval", str(path), "--level", "crawl")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"2 exchanges from {path} (read as OpenAI API records)"
    truncation = next(x.split() for x in out.splitlines() if x.startswith("truncation"))
    assert truncation == ["truncation", "2", "1", "1", "50.0%"]
    mixed = write(tmp_path, "mixed.jsonl", [openai_record("a", GOOD), ours("b", GOOD)])
    _code, out, _ = run(capsys, "eval", str(mixed))
    assert (
        out.splitlines()[0] == f"2 exchanges from {mixed} (read as OpenAI API records and otel-micrometrics exchanges)"
    )


def test_unreadable_records_are_bad_lines_and_exit_2(tmp_path, capsys):
    path = write(tmp_path, "foo.jsonl", ['{"foo":"bar"}', json.dumps({"messages": [], "choices": []}), ours("a", GOOD)])
    code, out, err = run(capsys, "eval", str(path))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        "line 1: wrong shape: no 'request' and 'response' (keys: foo); skipped",
        "line 2: wrong shape: 'choices' must be a non-empty list; skipped",
        f"otel-micrometrics eval: {path}: 2 of 3 lines are bad (66.7%, more than --max-bad-share 0.05)",
    ]
    only_bad = write(tmp_path, "bad.jsonl", ['{"foo":"bar"}'])
    code, _out, err = run(capsys, "eval", str(only_bad), "--max-bad-share", "1")
    assert code == 2 and err.endswith(f"otel-micrometrics eval: {only_bad}: no usable line (1 bad)\n")


def test_compare_refuses_an_empty_side(tmp_path, capsys):
    good = write(tmp_path, "good.jsonl", [ours("a", GOOD)])
    empty = write(tmp_path, "empty.jsonl", [""])
    code, out, err = run(capsys, "eval", str(empty), "--compare", str(good))
    assert code == 2 and out == ""
    assert err == f"otel-micrometrics eval: {empty}: no usable line (0 bad); nothing to compare\n"
    code, _out, err = run(capsys, "eval", str(good), "--compare", str(empty))
    assert code == 2 and f"{empty}: no usable line" in err


def test_unknown_check_names_and_out_of_range_options_exit_2(tmp_path, capsys, monkeypatch):
    good = write(tmp_path, "good.jsonl", [ours("a", GOOD)])
    code, _out, err = run(capsys, "eval", str(good), "--checks", "langauge_mismatch")
    assert code == 2
    assert (
        err
        == "otel-micrometrics eval: --checks: unknown check 'langauge_mismatch'; did you mean 'language_mismatch'?\n"
    )
    code, _out, err = run(capsys, "eval", str(good), "--checks", "no_such_module_x:fn")
    assert code == 2 and "--checks: cannot load 'no_such_module_x:fn': ModuleNotFoundError" in err
    monkeypatch.setenv("OTEL_MICROMETRICS_DISABLED_CHECKS", "refusl")
    code, _out, err = run(capsys, "eval", str(good))
    assert code == 2 and "OTEL_MICROMETRICS_DISABLED_CHECKS: unknown check 'refusl'; did you mean 'refusal'?" in err
    monkeypatch.delenv("OTEL_MICROMETRICS_DISABLED_CHECKS")
    for argv, message in [
        (["--compare", str(good), "--max-regression", "5"], "a share is between 0 and 1"),
        (["--max-bad-share", "-0.1"], "a share is between 0 and 1"),
        (["--expect", "--min-recall", "truncation=1.5"], "the share must be between 0 and 1"),
        (["--expect", "--min-recall", "truncation=high"], "expected SHARE, CHECK=SHARE or CHECK:LABEL=SHARE"),
        (["--min-recall", "0.9"], "--min-precision and --min-recall need --expect"),
        (["--expect", "--compare", str(good)], "--expect cannot be combined with --compare"),
    ]:
        with pytest.raises(SystemExit) as exit_:
            cli.main(["eval", str(good), *argv])
        assert exit_.value.code == 2
        assert message in capsys.readouterr().err


def test_bad_lines_kept_in_memory_are_bounded(tmp_path):
    path = tmp_path / "many.jsonl"
    with path.open("w") as f:
        for _ in range(20_000):
            f.write('{"foo":"bar"}\n')
        f.write(ours("a", GOOD) + "\n")
    report = evaluate_file(str(path), load_settings({}))
    assert report.bad_count == 20_000 and len(report.bad_lines) == MAX_KEPT_BAD_LINES
    assert report.bad_lines[0].line == 1 and report.exchanges == 1


CUSTOM = textwrap.dedent("""
    from otel_micrometrics import check

    @check("mentions_competitor", owner="support team", review_by="2026-01-31", level="walk",
           description="fail when the reply names a competitor.")
    def mentions_competitor(x):
        return "globex" not in x.output_text.lower()
""")


def test_checks_lists_custom_checks_and_stale_judges_the_application_s_own(tmp_path):
    (tmp_path / "team_checks.py").write_text(CUSTOM)
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    env.update(
        OTEL_MICROMETRICS_CHECKS="team_checks:mentions_competitor",
        OTEL_MICROMETRICS_DISABLED_CHECKS="markdown",
        PYTHONPATH=f"{tmp_path}{os.pathsep}{env.get('PYTHONPATH', '')}",
    )
    exe = str(BIN / "otel-micrometrics")
    proc = subprocess.run([exe, "checks"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = {line.split()[0]: line for line in proc.stdout.splitlines()[1:]}
    assert rows["mentions_competitor"].split()[:7] == [
        "mentions_competitor", "yes", "walk", "OTEL_MICROMETRICS_CHECKS", "support", "team", "2026-01-31",
    ]  # fmt: skip
    assert rows["markdown"].split()[1:4] == ["no:", "disabled", "walk"]
    proc = subprocess.run([exe, "checks", "--stale", "--today", "2026-03-01"], capture_output=True, text=True, env=env)
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[0] == "1 check(s) past their review date (2026-03-01):"
    assert proc.stdout.splitlines()[1].split()[:4] == ["mentions_competitor", "review", "by", "2026-01-31"]
    proc = subprocess.run([exe, "checks", "--stale", "--today", "2025-12-01"], capture_output=True, text=True, env=env)
    assert proc.returncode == 0
    assert (
        proc.stdout
        == "no check is past its review date (2025-12-01); 1 application checks (built-in ones: --include-builtin) judged\n"
    )
    proc = subprocess.run([exe, "checks", "--include-builtin"], capture_output=True, text=True, env=env)
    assert proc.returncode == 2 and "--include-builtin goes with --stale" in proc.stderr


def test_checks_lists_entry_point_checks(capsys, tmp_path, monkeypatch):
    """A check an installed package declares in the entry-point group is listed as such."""
    from importlib import metadata

    (tmp_path / "ep_checks.py").write_text(CUSTOM.replace("mentions_competitor", "ep_competitor"))
    monkeypatch.syspath_prepend(str(tmp_path))
    dist = tmp_path / "ep_checks-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: ep-checks\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[otel_micrometrics.checks]\nep_competitor = ep_checks:ep_competitor\n")
    assert any(ep.name == "ep_competitor" for ep in metadata.entry_points(group=registry.ENTRY_POINT_GROUP))
    before = dict(registry.REGISTRY.checks)
    try:
        code, out, _ = run(capsys, "checks")
    finally:
        registry.REGISTRY.checks.clear()
        registry.REGISTRY.checks.update(before)
        sys.modules.pop("ep_checks", None)
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("ep_competitor"))
    assert row.split()[1:6] == ["yes", "walk", "entry", "point", "support"]
