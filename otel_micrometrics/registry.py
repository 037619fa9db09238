"""Checks: the ``@check`` decorator, the registry, and selection by level and configuration."""

from __future__ import annotations

import datetime
import difflib
import importlib
import logging
import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .config import ENV_CHECKS, ENV_DISABLED_CHECKS, LEVELS, Settings
from .exchange import Exchange
from .log import warn_once

_log = logging.getLogger("otel_micrometrics")

ENTRY_POINT_GROUP = "otel_micrometrics.checks"


@dataclass(frozen=True, slots=True)
class Result:
    """What a check found. Pass/fail checks use the labels ``pass`` and ``fail``."""

    label: str | None = None
    score: float | None = None
    explanation: str | None = None


CheckFunction = Callable[[Exchange], "Result | None"]
# What a guard adds to a failed request: a fixed instruction, or one made from the exchange
# and the failing result (``None`` when the check has nothing to say).
Corrective = str | Callable[[Exchange, "Result"], "str | None"]


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
    corrective: Corrective | None = None
    # Reads the whole reply, however long (linear-time checks); others see its first
    # ``pipeline.MAX_CHECK_INPUT_CHARS`` characters.
    whole_reply: bool = False
    # Reads the request's input messages, system instructions or declared tools. A call whose
    # checks all declare ``False`` (crawl's, which read only the reply) skips reading them.
    reads_messages: bool = True

    def __call__(self, exchange: Exchange) -> Result | None:
        return self.function(exchange)

    def review_date(self) -> datetime.date | None:
        """``review_by`` as a date; ``None`` when unset or not an ISO date (YYYY-MM-DD)."""
        return _iso_date(self.review_by)

    def is_stale(self, today: datetime.date | None = None) -> bool:
        """True when the review date has passed, or is set but unreadable."""
        if not self.review_by:
            return False
        due = self.review_date()
        return due is None or due < (today or datetime.date.today())

    def corrective_instruction(self, exchange: Exchange, result: Result) -> str | None:
        """The instruction a guard adds to the retried request, or ``None``."""
        if self.corrective is None:
            return None
        if isinstance(self.corrective, str):
            return self.corrective or None
        text = self.corrective(exchange, result)
        return text if isinstance(text, str) and text else None


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
    corrective: Corrective | None = None,
    register: bool = True,
    whole_reply: bool = False,
    reads_messages: bool = True,
) -> Callable[[CheckFunction], CheckFunction]:
    """Declare a function of an ``Exchange`` as a micro-metric check.

    The function returns a ``Result`` or ``None`` ("does not apply": nothing is emitted).
    ``labels`` lists the labels it can return; ``histogram`` names the metric its score
    is recorded into. ``review_by`` (``YYYY-MM-DD``) is when its owner decides whether it
    still drives a decision; ``corrective`` is the instruction a guard adds when retrying a
    reply this check failed. A check sees the first ``MAX_CHECK_INPUT_CHARS`` (20,000)
    characters of the reply and of each message, unless it declares ``whole_reply=True``
    (only for checks whose cost is linear in the text). ``reads_messages=False`` promises that the
    check reads neither ``messages``, ``system_instructions`` nor ``tools`` (nor ``turn_index``,
    ``user_texts()``): when every check of a call says so, the instrumentation does not read the
    request's messages and tools into the exchange, and the check would see them empty. The decorated function is returned
    unchanged (still plainly callable) with its spec on ``function.check_spec``.
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
            corrective=corrective,
            whole_reply=whole_reply,
            reads_messages=reads_messages,
        )
        function.check_spec = spec  # type: ignore[attr-defined]
        if register:
            REGISTRY.add(spec)
        return function

    return decorate


def _as_spec(obj: Any, name: str, level: str) -> CheckSpec | None:
    """A ``@check`` function or a ``CheckSpec`` -> its spec. Any other callable is refused: a
    check reads every reply, so a name like ``builtins:print`` must not become one."""
    if isinstance(obj, CheckSpec):
        return obj
    try:
        spec = getattr(obj, "check_spec", None)
    except Exception:
        return None
    if isinstance(spec, CheckSpec) and spec.function is obj:
        return spec
    return None


def _load_custom(reference: str) -> CheckSpec | None:
    """``module.path:function`` -> its spec; only a function decorated with ``@check``."""
    module_name, _, attr = reference.partition(":")
    try:
        function = getattr(importlib.import_module(module_name), attr)
    except BaseException as exc:  # any import-time failure of user code must not reach the app
        if not isinstance(exc, Exception) and not isinstance(exc, SystemExit):
            raise  # KeyboardInterrupt and friends belong to the application
        warn_once(
            "custom:" + reference,
            "otel-micrometrics: cannot load check %r named in OTEL_MICROMETRICS_CHECKS: %s: %s; it is left out",
            reference,
            type(exc).__name__,
            exc,
        )
        return None
    spec = _as_spec(function, attr, "run")
    if spec is None:
        warn_once(
            "custom:" + reference,
            "otel-micrometrics: %r named in OTEL_MICROMETRICS_CHECKS is not a function decorated with "
            "@otel_micrometrics.check; it is left out",
            reference,
        )
    return spec


def load_entry_point_checks(registry: Registry | None = None) -> None:
    """Register the checks that installed packages declare in the entry-point group
    ``otel_micrometrics.checks`` (a ``@check`` function, or a module of them)."""
    from importlib.metadata import entry_points

    registry = registry if registry is not None else REGISTRY
    try:
        found = list(entry_points(group=ENTRY_POINT_GROUP))
    except Exception as exc:  # broken metadata of some unrelated package
        warn_once("entry-points", "otel-micrometrics: cannot read entry points: %s: %s", type(exc).__name__, exc)
        return
    for ep in found:
        try:
            obj = ep.load()
        except BaseException as exc:
            if not isinstance(exc, Exception) and not isinstance(exc, SystemExit):
                raise
            warn_once(
                "ep:" + ep.value,
                "otel-micrometrics: cannot load check %r (%s) from entry-point group %s: %s: %s; it is left out",
                ep.name,
                ep.value,
                ENTRY_POINT_GROUP,
                type(exc).__name__,
                exc,
            )
            continue
        if isinstance(obj, types.ModuleType):
            continue  # a module: importing it registered its @check functions
        spec = _as_spec(obj, ep.name, "walk")
        if spec is None:
            warn_once(
                "ep:" + ep.value,
                "otel-micrometrics: entry point %r (%s) in group %s is not a @check function; it is left out",
                ep.name,
                ep.value,
                ENTRY_POINT_GROUP,
            )
            continue
        if registry.get(spec.name) is None:
            registry.add(spec)


def choose_checks(settings: Settings, registry: Registry = REGISTRY) -> tuple[CheckSpec, ...]:
    """The registered checks the configuration chooses: all up to the configured level (opt-in
    ones excepted), plus those named in ``OTEL_MICROMETRICS_CHECKS``, minus those in
    ``OTEL_MICROMETRICS_DISABLED_CHECKS``. ``catalog.select_checks`` registers the built-in and
    installed checks first."""
    rank = settings.level_rank
    chosen: dict[str, CheckSpec] = {}
    for spec in registry.all():
        if LEVELS.index(spec.level) <= rank and spec.name not in _opt_in_only:
            chosen[spec.name] = spec
    for name in settings.checks:
        named = _load_custom(name) if ":" in name else registry.get(name)
        if named is None and ":" not in name:
            warn_unknown_check(ENV_CHECKS, name, registry)
        if named is not None:
            chosen[named.name] = named
    for name in settings.disabled_checks:
        if registry.get(name) is None:
            warn_unknown_check(ENV_DISABLED_CHECKS, name, registry)
        chosen.pop(name, None)
    return tuple(chosen.values())


def warn_unknown_check(variable: str, name: str, registry: Registry = REGISTRY) -> None:
    """One warning per variable and unknown name: the closest known check name when there is
    one (a typo such as ``langauge_mismatch``), else the list of known names."""
    known = sorted(registry.checks)
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}?" if close else "known checks: " + ", ".join(known)
    warn_once(
        f"unknown:{variable}:{name}",
        "otel-micrometrics: %s names an unknown check %r, which is ignored; %s",
        variable,
        name,
        hint,
    )


def stale_checks(checks: Iterable[CheckSpec], today: datetime.date | None = None) -> list[CheckSpec]:
    """The checks whose review date has passed (or cannot be read), by name."""
    return sorted((c for c in checks if c.is_stale(today)), key=lambda c: c.name)


def _iso_date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value.strip())
    except (TypeError, ValueError):
        return None


# Checks registered but only run when named in OTEL_MICROMETRICS_CHECKS (e.g. judges).
_opt_in_only: set[str] = set()


def opt_in_only(name: str) -> None:
    """Mark a registered check as never selected by level alone."""
    _opt_in_only.add(name)


def is_opt_in(name: str) -> bool:
    """Whether the check runs only when named (``OTEL_MICROMETRICS_CHECKS``), never by level."""
    return name in _opt_in_only
