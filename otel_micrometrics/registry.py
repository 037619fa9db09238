"""Checks: the ``@check`` decorator, the registry, and selection by level and configuration."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .config import LEVELS, Settings
from .exchange import Exchange

_log = logging.getLogger("otel_micrometrics")

ENTRY_POINT_GROUP = "otel_micrometrics.checks"


@dataclass(frozen=True, slots=True)
class Result:
    """What a check found. Pass/fail checks use the labels ``pass`` and ``fail``."""

    label: str | None = None
    score: float | None = None
    explanation: str | None = None


CheckFunction = Callable[[Exchange], "Result | None"]


@dataclass(frozen=True, slots=True)
class Histogram:
    """A histogram a scored check declares for its score."""

    name: str
    unit: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """A registered check and what is known about it."""

    name: str
    function: CheckFunction
    level: str = "walk"
    owner: str = ""
    review_by: str | None = None
    description: str = ""
    labels: tuple[str, ...] = ()
    histogram: Histogram | None = None
    slow: bool = False

    def __call__(self, exchange: Exchange) -> Result | None:
        return self.function(exchange)


@dataclass(slots=True)
class Registry:
    """All known checks by name, in registration order."""

    checks: dict[str, CheckSpec] = field(default_factory=dict)

    def add(self, spec: CheckSpec) -> None:
        self.checks[spec.name] = spec

    def get(self, name: str) -> CheckSpec | None:
        return self.checks.get(name)

    def all(self) -> list[CheckSpec]:
        return list(self.checks.values())


REGISTRY = Registry()


def check(
    name: str,
    *,
    level: str = "walk",
    owner: str = "",
    review_by: str | None = None,
    description: str | None = None,
    labels: Iterable[str] = (),
    histogram: Histogram | None = None,
    slow: bool = False,
    register: bool = True,
) -> Callable[[CheckFunction], CheckFunction]:
    """Declare a function of an ``Exchange`` as a micro-metric check.

    The function returns a ``Result`` or ``None`` ("does not apply": nothing is emitted).
    ``labels`` lists the labels it can return; ``histogram`` names the metric its score
    is recorded into. The decorated function is returned unchanged (still plainly callable)
    with its spec on ``function.check_spec``.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")

    def decorate(function: CheckFunction) -> CheckFunction:
        doc = (function.__doc__ or "").strip().splitlines()
        spec = CheckSpec(
            name=name,
            function=function,
            level=level,
            owner=owner,
            review_by=review_by,
            description=description if description is not None else (doc[0] if doc else ""),
            labels=tuple(labels),
            histogram=histogram,
            slow=slow,
        )
        function.check_spec = spec  # type: ignore[attr-defined]
        if register:
            REGISTRY.add(spec)
        return function

    return decorate


def load_builtin_checks() -> None:
    """Import the built-in check modules so that they register themselves."""
    from . import checks  # noqa: F401  (import registers)


def _load_custom(reference: str) -> CheckSpec | None:
    """``module.path:function`` -> its spec (registered by ``@check`` or wrapped plainly)."""
    module_name, _, attr = reference.partition(":")
    try:
        function = getattr(importlib.import_module(module_name), attr)
    except Exception as exc:  # any import-time failure of user code must not reach the app
        _log.warning(
            "otel-micrometrics: cannot load check %r from OTEL_MICROMETRICS_CHECKS: %s: %s",
            reference, type(exc).__name__, exc,
        )
        return None
    spec = getattr(function, "check_spec", None)
    if isinstance(spec, CheckSpec):
        return spec
    if callable(function):
        return CheckSpec(name=attr, function=function, level="run", description=attr)
    _log.warning("otel-micrometrics: %r from OTEL_MICROMETRICS_CHECKS is not callable", reference)
    return None


def select_checks(settings: Settings, registry: Registry = REGISTRY) -> tuple[CheckSpec, ...]:
    """The checks to run: all registered checks up to the configured level, plus those named
    in ``OTEL_MICROMETRICS_CHECKS``, minus those in ``OTEL_MICROMETRICS_DISABLED_CHECKS``."""
    load_builtin_checks()
    rank = settings.level_rank
    chosen: dict[str, CheckSpec] = {}
    for spec in registry.all():
        if LEVELS.index(spec.level) <= rank and spec.name not in _opt_in_only:
            chosen[spec.name] = spec
    for name in settings.checks:
        spec = _load_custom(name) if ":" in name else registry.get(name)
        if spec is None and ":" not in name:
            _log.warning(
                "otel-micrometrics: OTEL_MICROMETRICS_CHECKS names an unknown check %r; "
                "known checks: %s", name, ", ".join(sorted(registry.checks)),
            )
        if spec is not None:
            chosen[spec.name] = spec
    for name in settings.disabled_checks:
        chosen.pop(name, None)
    return tuple(chosen.values())


# Checks registered but only run when named in OTEL_MICROMETRICS_CHECKS (e.g. judges).
_opt_in_only: set[str] = set()


def opt_in_only(name: str) -> None:
    """Mark a registered check as never selected by level alone."""
    _opt_in_only.add(name)
