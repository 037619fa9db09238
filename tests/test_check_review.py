"""Check lifecycle: owners and review dates, `checks --stale` for CI, the start-up warning."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from otel_micrometrics import catalog, registry
from otel_micrometrics.cli import main
from otel_micrometrics.registry import CheckSpec, stale_checks

BIN = Path(sys.executable).parent
OLD_CHECKS = textwrap.dedent("""
    from otel_micrometrics import check

    @check("legacy_greeting", owner="growth team", review_by="2024-01-31",
           description="pass when the reply greets the customer.")
    def legacy_greeting(x):
        return x.output_text.lower().startswith(("hello", "hi"))

    @check("undated", owner="nobody")
    def undated(x):
        return True

    @check("bad_date", owner="ops", review_by="next spring")
    def bad_date(x):
        return True
""")


@pytest.fixture
def old_checks(tmp_path, monkeypatch):
    catalog.load_builtin_checks()
    before = dict(registry.REGISTRY.checks)
    (tmp_path / "old_checks.py").write_text(OLD_CHECKS)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    registry.REGISTRY.checks.clear()
    registry.REGISTRY.checks.update(before)
    sys.modules.pop("old_checks", None)


def spec(review_by):
    return CheckSpec(name=f"c{review_by}", function=lambda x: None, review_by=review_by)


def test_stale_means_past_or_unreadable_review_date():
    day = datetime.date(2026, 6, 1)
    checks = [spec("2026-05-31"), spec("2026-06-01"), spec(None), spec("soon"), spec("2030-01-01")]
    assert [c.review_by for c in stale_checks(checks, day)] == ["2026-05-31", "soon"]


def test_cli_lists_stale_checks_and_exits_1(old_checks):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    env.update(
        OTEL_MICROMETRICS_CHECKS="old_checks:legacy_greeting,old_checks:undated,old_checks:bad_date",
        PYTHONPATH=str(old_checks),
    )
    proc = subprocess.run(
        [str(BIN / "otel-micrometrics"), "checks", "--stale"], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("2 check(s) past their review date")
    assert lines[1].split()[:4] == ["bad_date", "review", "by", "'next"]
    assert lines[2].split()[:7] == ["legacy_greeting", "review", "by", "2024-01-31", "owner", "growth", "team"]
    assert "pass when the reply greets the customer." in lines[2]
    assert "undated" not in proc.stdout


def test_cli_exits_0_when_nothing_is_stale(capsys):
    assert main(["checks", "--stale", "--today", "2026-01-01"]) == 0
    assert "no check is past its review date (2026-01-01)" in capsys.readouterr().out


def test_cli_sees_builtin_review_dates_ahead(capsys):
    # The built-in checks are the library's to review: judged only when asked for.
    assert main(["checks", "--stale", "--today", "2099-01-01"]) == 0
    assert "no check is past its review date (2099-01-01); 0 application checks" in capsys.readouterr().out
    assert main(["checks", "--stale", "--include-builtin", "--today", "2099-01-01"]) == 1
    out = capsys.readouterr().out
    assert "language_mismatch" in out and "review by 2027-06-30" in out


def test_startup_warns_once_naming_stale_checks(instrumented, old_checks, caplog):
    instrumented(OTEL_MICROMETRICS_CHECKS="old_checks:legacy_greeting,old_checks:undated")
    warnings = [r.getMessage() for r in caplog.records if "past their review date" in r.getMessage()]
    assert len(warnings) == 1
    assert "legacy_greeting (review by 2024-01-31, owner growth team)" in warnings[0]
    assert "undated" not in warnings[0] and "language_mismatch" not in warnings[0]


def test_every_builtin_check_has_owner_description_and_review_date():
    catalog.load_builtin_checks()
    for c in registry.REGISTRY.all():
        if c.name.startswith(("legacy_", "undated", "bad_date")):
            continue
        assert c.owner and c.description and c.review_date() is not None, c.name
