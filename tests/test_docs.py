"""The README and the docs say what the code does: the configuration table is compared with
``config.py``, the README's check table with the registry, its demo sample with the demo's real
output; the README stays a front page, and no internal tracker numbers appear anywhere."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest

from otel_micrometrics import config
from otel_micrometrics.catalog import load_builtin_checks
from otel_micrometrics.registry import REGISTRY

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PREFIX = "OTEL_MICROMETRICS_"


def table_rows(markdown: str, first_header: str) -> list[list[str]]:
    """The rows of the markdown table whose first header cell is ``first_header``."""
    rows: list[list[str]] = []
    inside = False
    for line in markdown.splitlines():
        if not line.startswith("|"):
            if inside:
                break
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not inside:
            inside = cells[0] == first_header
            continue
        if set(cells[0]) <= {"-", ":"}:
            continue
        rows.append(cells)
    return rows


def code(cell: str) -> str | None:
    found = re.match(r"^`([^`]*)`", cell)
    return found.group(1) if found else None


def variables_read_by_config() -> set[str]:
    return {v for k, v in vars(config).items() if k.startswith("ENV_") and isinstance(v, str)}


def documented() -> dict[str, list[str]]:
    rows = table_rows((ROOT / "docs" / "configuration.md").read_text(), "variable")
    return {code(row[0]) or row[0]: row for row in rows}


def test_every_variable_config_reads_is_in_the_one_table():
    missing = variables_read_by_config() - set(documented())
    assert not missing, f"add a row to docs/configuration.md for {sorted(missing)}"


def test_every_documented_plugin_variable_is_read():
    extra = {v for v in documented() if v.startswith(PREFIX)} - variables_read_by_config()
    assert not extra, f"docs/configuration.md documents variables config.py does not read: {sorted(extra)}"


def _setting_for(variable: str) -> tuple[str, float]:
    """``OTEL_MICROMETRICS_CHECK_BUDGET_MS`` -> (``check_budget``, 1000): the field and the
    factor from its unit (seconds) to the variable's."""
    name = variable[len(PREFIX) :].lower()
    if name.endswith("_ms"):
        return name[:-3], 1000.0
    return name, 1.0


def _shown(value: object, factor: float) -> str:
    if isinstance(value, tuple):
        return ",".join(value)
    if isinstance(value, float) and factor != 1.0:
        value = value * factor
    if isinstance(value, float) and value.is_integer() and factor != 1.0:
        return str(int(value))
    return str(value)


def test_documented_defaults_are_the_settings_defaults():
    fields = {f.name for f in dataclasses.fields(config.Settings)}
    defaults = config.Settings()
    checked = 0
    for variable, row in documented().items():
        if not variable.startswith(PREFIX):
            continue
        field, factor = _setting_for(variable)
        assert field in fields, f"{variable}: no Settings.{field}"
        value = getattr(defaults, field)
        cell = row[2]
        literal = code(cell)
        if literal is None:  # "none ..." in prose: no value by default
            assert cell.startswith("none") and not value, (variable, cell, value)
        else:
            shown = _shown(value, factor)
            assert literal == shown or (isinstance(value, float) and float(literal) == value * factor), (
                f"{variable}: documented default {literal!r}, Settings has {shown!r}"
            )
        checked += 1
    assert checked >= 15


def test_the_readme_is_a_front_page():
    size = len(README.read_bytes())
    assert size <= 15 * 1024, f"README.md is {size} bytes; reference material belongs in docs/"
    text = README.read_text()
    for section in ("pip install", "otel_micrometrics.instrument()", "opentelemetry-instrument python app.py"):
        assert section in text


def test_the_readmes_links_point_at_files_that_exist():
    text = README.read_text()
    targets = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text)
    local = [t for t in targets if "://" not in t]
    assert local
    for target in local:
        assert (ROOT / target).exists(), f"README.md links to a missing {target}"


def test_the_readmes_check_table_is_the_registry():
    load_builtin_checks()
    rows = table_rows(README.read_text(), "check")
    listed = {code(row[0]) for row in rows}
    assert listed == {spec.name for spec in REGISTRY.all() if spec.owner == "otel-micrometrics"}
    levels = {code(row[0]): row[1].split()[0] for row in rows}
    for spec in REGISTRY.all():
        if spec.name in levels:
            assert levels[spec.name] == spec.level, spec.name


@pytest.mark.parametrize("page", [README, ROOT / "docs" / "getting-started.md"], ids=lambda p: p.name)
def test_the_demo_sample_is_what_the_demo_prints(page):
    from otel_micrometrics.demo import run

    out = io.StringIO()
    assert run(out=out, telemetry_out=io.StringIO()) == 0
    printed = out.getvalue()
    sample = page.read_text().split("Totals read back from the micrometrics.evaluations counter:", 1)[1]
    sample_totals = sample.split("\n\n", 1)[0].strip().splitlines()
    real_totals = printed.split("Totals read back from the micrometrics.evaluations counter:", 1)[1]
    assert sample_totals == real_totals.split("\n\n", 1)[0].strip().splitlines()
    # the per-turn table, without the latencies
    turns = re.compile(r"^((?:de|es)-support\s+\d\s+\w+\s+\w+\s+\d+/\d+)\s+[\d.]+ms(.*)$", re.M)
    assert [m.group(1, 2) for m in turns.finditer(README.read_text())] == [
        m.group(1, 2) for m in turns.finditer(printed)
    ]


# --- no internal tracker numbers ----------------------------------------------------------------

_ISSUE = re.compile(r"\b[Ii]ssues? #?\d+")
_HASH_NUMBER = re.compile(r"(?<![\w&/#])#\d+\b")
_INLINE_CODE = re.compile(r"`[^`\n]*`")


def _public_text_files() -> list[Path]:
    files = [README, ROOT / "CONTRIBUTING.md", ROOT / "CHANGELOG.md", ROOT / "mkdocs.yml", ROOT / "pyproject.toml"]
    for folder, pattern in (
        ("docs", "*.md"),
        ("otel_micrometrics", "*.py"),
        ("examples", "*"),
        ("scripts", "*"),
        ("benchmarks", "*.py"),
        ("tests", "*.py"),
    ):
        files += [p for p in (ROOT / folder).rglob(pattern) if p.is_file() and "__pycache__" not in p.parts]
    return [f for f in files if f.exists()]


@pytest.mark.parametrize("path", _public_text_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_internal_issue_numbers(path):
    try:
        text = path.read_text()
    except UnicodeDecodeError:
        return
    found = _ISSUE.findall(text)
    if path.suffix == ".md":  # "#3" as a markdown example in inline code is content, not a reference
        found += _HASH_NUMBER.findall(_INLINE_CODE.sub("", text))
    assert not found, f"{path.relative_to(ROOT)}: {found}; say what the thing is instead"
