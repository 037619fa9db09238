"""Custom checks: named by module:function or shipped by a package's entry point."""

from __future__ import annotations

import logging
import sys
import textwrap
from pathlib import Path

import openai
import pytest
from servers.openai import completion

from otel_micrometrics import catalog, registry
from otel_micrometrics.log import forget_warnings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "custom_check"
COMPETITOR_REPLY = "Sorry, we are out of stock; Globex sells the same grinder for less."
PLAIN_REPLY = "Your grinder ships tomorrow and arrives on Friday."


@pytest.fixture(autouse=True)
def clean_registry():
    """Checks imported by a test register themselves; leave the registry as it was."""
    catalog.load_builtin_checks()
    before = dict(registry.REGISTRY.checks)
    modules = set(sys.modules)
    yield
    registry.REGISTRY.checks.clear()
    registry.REGISTRY.checks.update(before)
    forget_warnings()
    for name in set(sys.modules) - modules:
        if name.startswith(("acme_checks", "team_checks")):
            del sys.modules[name]


def ask(srv, text="Hello, do you still have the coffee grinder in stock?"):
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])


def install_example_metadata(tmp_path: Path, monkeypatch) -> None:
    """Make the example package importable and its entry points visible, as `pip install`
    would, from its own pyproject.toml, without installing anything into the environment."""
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text())["project"]
    dist = tmp_path / "site" / f"acme_micrometrics_checks-{project['version']}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n")
    lines = ["[otel_micrometrics.checks]"]
    lines += [f"{k} = {v}" for k, v in project["entry-points"]["otel_micrometrics.checks"].items()]
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n")
    monkeypatch.syspath_prepend(str(EXAMPLE))
    monkeypatch.syspath_prepend(str(tmp_path / "site"))


def test_named_by_module_and_function(instrumented, server):
    sys.path.insert(0, str(EXAMPLE))
    try:
        tel = instrumented(OTEL_MICROMETRICS_CHECKS="acme_checks.checks:mentions_competitor")
    finally:
        sys.path.remove(str(EXAMPLE))
    srv, replies = server
    replies.push(completion(COMPETITOR_REPLY))
    reply = ask(srv)
    assert reply.choices[0].message.content == COMPETITOR_REPLY
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.mentions_competitor.label"] == "fail"
    assert tel.evaluations()[("mentions_competitor", "fail")] == 1
    events = [e for e in tel.events() if e.attributes["gen_ai.evaluation.name"] == "mentions_competitor"]
    assert [e.attributes["gen_ai.evaluation.score.label"] for e in events] == ["fail"]
    assert events[0].span_id == span.context.span_id


def test_shipped_by_entry_point_runs_at_its_level(instrumented, server, tmp_path, monkeypatch):
    install_example_metadata(tmp_path, monkeypatch)
    tel = instrumented()  # nothing named: installing the package is enough
    srv, replies = server
    replies.push(completion(PLAIN_REPLY))
    replies.push(completion(COMPETITOR_REPLY))
    ask(srv)
    ask(srv)
    first, second = tel.finished_spans()
    assert first.attributes["micrometrics.mentions_competitor.label"] == "pass"
    assert second.attributes["micrometrics.mentions_competitor.label"] == "fail"
    assert first.attributes["micrometrics.answer_words.score"] == float(len(PLAIN_REPLY.split()))
    counts = tel.evaluations()
    assert counts[("mentions_competitor", "pass")] == 1 and counts[("mentions_competitor", "fail")] == 1
    assert counts[("answer_words", None)] == 2
    spec = registry.REGISTRY.get("mentions_competitor")
    assert spec.owner.startswith("support-bot team") and spec.review_by == "2027-03-31"


def test_entry_point_check_can_be_disabled(instrumented, server, tmp_path, monkeypatch):
    install_example_metadata(tmp_path, monkeypatch)
    tel = instrumented(OTEL_MICROMETRICS_DISABLED_CHECKS="answer_words")
    srv, _replies = server
    ask(srv)
    (span,) = tel.finished_spans()
    assert "micrometrics.answer_words.score" not in span.attributes
    assert span.attributes["micrometrics.mentions_competitor.label"] == "pass"


def test_broken_entry_point_gets_one_warning(instrumented, server, tmp_path, monkeypatch, caplog):
    dist = tmp_path / "broken_checks-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-checks\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[otel_micrometrics.checks]\nbroken = no_such_module_xyz:check\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    tel = instrumented()
    instrumented()  # instrument again: still one warning
    srv, _ = server
    assert ask(srv).choices[0].message.content
    warnings = [r.getMessage() for r in caplog.records if "no_such_module_xyz" in r.getMessage()]
    assert len(warnings) == 1
    assert "otel_micrometrics.checks" in warnings[0] and "ModuleNotFoundError" in warnings[0]
    assert tel.finished_spans()[-1].attributes["micrometrics.language_mismatch.label"] == "pass"


TEAM_CHECKS = textwrap.dedent("""
    from otel_micrometrics import Result, check

    @check("as_bool", level="run", register=False)
    def as_bool(x):
        return "Globex" not in x.output_text

    @check("as_number", level="run", register=False)
    def as_number(x):
        return len(x.output_text)

    @check("as_label", level="run", register=False)
    def as_label(x):
        return "short" if len(x.output_text) < 60 else "long"

    @check("as_result", level="run", register=False)
    def as_result(x):
        return Result(label="fail", score=0.25, explanation="scored by the team's rule")

    @check("explodes", level="run", register=False)
    def explodes(x):
        raise RuntimeError("the team's check has a bug")

    @check("invalid", level="run", register=False)
    def invalid(x):
        return ["not", "a", "result"]

    @check("not_a_number", level="run", register=False)
    def not_a_number(x):
        return float("nan")

    @check("renamed_check", owner="team")
    def decorated(x):
        return True

    NOT_CALLABLE = 3
""")


@pytest.fixture
def team_module(tmp_path, monkeypatch):
    (tmp_path / "team_checks.py").write_text(TEAM_CHECKS)
    monkeypatch.syspath_prepend(str(tmp_path))
    return "team_checks"


def test_return_values_are_coerced(instrumented, server, team_module):
    names = ["as_bool", "as_number", "as_label", "as_result", "decorated"]
    tel = instrumented(OTEL_MICROMETRICS_CHECKS=",".join(f"team_checks:{n}" for n in names))
    srv, replies = server
    replies.push(completion(PLAIN_REPLY))
    ask(srv)
    (span,) = tel.finished_spans()
    a = span.attributes
    assert a["micrometrics.as_bool.label"] == "pass"
    assert a["micrometrics.as_number.score"] == float(len(PLAIN_REPLY))
    assert a["micrometrics.as_label.label"] == "short"
    assert a["micrometrics.as_result.label"] == "fail" and a["micrometrics.as_result.score"] == 0.25
    assert a["micrometrics.renamed_check.label"] == "pass"  # the @check name wins over the function's
    (event,) = [e for e in tel.events() if e.attributes["gen_ai.evaluation.name"] == "as_result"]
    assert event.attributes["gen_ai.evaluation.explanation"] == "scored by the team's rule"
    counts = tel.evaluations()
    assert counts[("as_bool", "pass")] == 1 and counts[("as_label", "short")] == 1


def test_broken_checks_warn_once_and_never_reach_the_app(instrumented, server, team_module, caplog):
    tel = instrumented(
        OTEL_MICROMETRICS_CHECKS=(
            "team_checks:explodes,team_checks:invalid,team_checks:not_a_number,"
            "team_checks:NOT_CALLABLE,team_checks:missing,no_such_package.checks:anything"
        )
    )
    srv, replies = server
    replies.push(completion(PLAIN_REPLY))
    for _ in range(3):
        assert ask(srv).choices[0].message.content == PLAIN_REPLY
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]

    def about(text):
        return [m for m in messages if text in m]

    assert len(about("'explodes' failed with RuntimeError")) == 1
    assert len(about("'invalid' failed with InvalidResult")) == 1
    assert len(about("'not_a_number' failed with InvalidResult")) == 1
    assert len(about("team_checks:NOT_CALLABLE")) == 1 and "not a function" in about("team_checks:NOT_CALLABLE")[0]
    assert len(about("team_checks:missing")) == 1 and "AttributeError" in about("team_checks:missing")[0]
    assert len(about("no_such_package.checks:anything")) == 1
    errors = {
        (p.attributes["gen_ai.evaluation.name"], p.attributes["error.type"]): p.value
        for p in tel.metric_points("micrometrics.check.errors")
    }
    assert errors == {
        ("explodes", "RuntimeError"): 3,
        ("invalid", "InvalidResult"): 3,
        ("not_a_number", "InvalidResult"): 3,
    }
    # the built-in checks still ran on every call
    assert tel.evaluations()[("language_mismatch", "pass")] == 3


def test_only_functions_decorated_with_check_are_accepted(instrumented, server, tmp_path, monkeypatch, caplog, capsys):
    """``builtins:print`` would have written every Exchange, reply included, to stdout; a plain
    function of the application is refused too. Each gets one warning; the call goes on."""
    (tmp_path / "team_checks.py").write_text("def plain(x):\n    return True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    tel = instrumented(OTEL_MICROMETRICS_CHECKS="builtins:print,team_checks:plain")
    srv, replies = server
    replies.push(completion(PLAIN_REPLY))
    assert ask(srv).choices[0].message.content == PLAIN_REPLY
    assert PLAIN_REPLY not in capsys.readouterr().out
    names = {name for name, _ in tel.evaluations()}
    assert "print" not in names and "plain" not in names and "response_length" in names
    warned = [r.getMessage() for r in caplog.records if "@otel_micrometrics.check" in r.getMessage()]
    assert len(warned) == 2
