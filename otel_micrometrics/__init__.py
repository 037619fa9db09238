"""otel-micrometrics: micro metrics for LLM replies, as OpenTelemetry spans, events and metrics.

One line turns it on::

    import otel_micrometrics
    otel_micrometrics.instrument()
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from .config import Settings, load_settings
from .exchange import Exchange, Message, ToolCall, Usage
from .feedback import OUTCOMES, record_feedback, record_outcome
from .registry import CheckSpec, Histogram, Result, check
from .runtime import register_builder
from .segment import segment

__all__ = [
    "OUTCOMES",
    "CheckSpec",
    "Exchange",
    "Histogram",
    "Message",
    "Result",
    "Settings",
    "ToolCall",
    "Usage",
    "__version__",
    "check",
    "instrument",
    "record_feedback",
    "record_outcome",
    "segment",
    "uninstrument",
]

from .version import __version__

_log = logging.getLogger("otel_micrometrics")
_lock = threading.RLock()
_instrumentors: list[Any] = []

INSTRUMENTOR_GROUP = "opentelemetry_instrumentor"
INSTRUMENTOR_PREFIX = "micrometrics_"


def _ensure_runtime(
    settings: Settings | None = None,
    tracer_provider: Any = None,
    meter_provider: Any = None,
    logger_provider: Any = None,
    **_: Any,
) -> bool:
    """Create the shared runtime (settings, telemetry, checks) unless one is active; False
    when ``OTEL_SDK_DISABLED`` is set (nothing is created: wrappers pass every call through)."""
    from . import judge
    from .catalog import select_checks
    from .guard import build_guard
    from .runtime import CallMemory, Runtime, activate, active
    from .telemetry import Telemetry
    from .worker import CheckTimer, SlowChecks, split_slow

    with _lock:
        if active() is not None:
            return True
        settings = settings or load_settings()
        if settings.sdk_disabled:
            return False
        settings = _known_language(settings)
        telemetry = Telemetry(settings, tracer_provider, meter_provider, logger_provider)
        checks = select_checks(settings)
        guard, checks = build_guard(settings, checks, telemetry)
        _warn_stale(checks)
        checks, slow_checks = split_slow(checks)
        if any(c.name == judge.NAME for c in slow_checks) and not judge.configure(settings, telemetry.tracer):
            slow_checks = tuple(c for c in slow_checks if c.name != judge.NAME)  # the others still run
        slow = None
        if slow_checks:
            slow = SlowChecks(
                slow_checks,
                telemetry,
                settings.judge_sample_ratio,
                settings.judge_timeout,
                sampled=frozenset({judge.NAME}),
            )
            slow.cpu_budget = settings.check_budget  # CPU spent there slows the app's threads (GIL)
        telemetry.size_evaluation_sets((*checks, *slow_checks))
        runtime = Runtime(settings, telemetry, checks, guard, slow, CallMemory(settings.feedback_memory))
        runtime.timer = CheckTimer(runtime, settings.check_budget, frozenset(settings.guard))
        activate(runtime)
        return True


def _known_language(settings: Settings) -> Settings:
    """``OTEL_MICROMETRICS_EXPECTED_LANGUAGE`` must be a code the language identifier reports:
    any other would fail every reply (and, guarded, retry every call)."""
    import dataclasses

    from .checks.language import _REPORTED
    from .config import ENV_EXPECTED_LANGUAGE

    code = settings.expected_language
    if code is None or code in _REPORTED:
        return settings
    _log.warning(
        "otel-micrometrics: ignoring %s=%r; accepted values: %s; using the default (the user's language, detected)",
        ENV_EXPECTED_LANGUAGE,
        code,
        ", ".join(sorted(_REPORTED)),
    )
    return dataclasses.replace(settings, expected_language=None)


register_builder(_ensure_runtime)


def _warn_stale(checks: Any) -> None:
    """One start-up warning naming the enabled checks past their review date."""
    from .registry import stale_checks

    stale = stale_checks(checks)
    if stale:
        _log.warning(
            "otel-micrometrics: %d enabled check(s) past their review date: %s; their owners "
            "should keep (with a new date) or retire them (`otel-micrometrics checks --stale`)",
            len(stale),
            ", ".join(f"{c.name} (review by {c.review_by}, owner {c.owner or 'none'})" for c in stale),
        )


def instrument(
    *,
    tracer_provider: Any = None,
    meter_provider: Any = None,
    logger_provider: Any = None,
    settings: Settings | None = None,
    companion: bool | None = None,
) -> None:
    """Instrument every supported LLM client library that is installed.

    When the application has set up no OpenTelemetry SDK (and none is passed here), one is
    set up from the standard ``OTEL_*`` variables. Calling it again does nothing; never raises.

    ``companion=True`` (or ``OTEL_MICROMETRICS_MODE=companion``) wraps no client: a span
    processor evaluates the GenAI spans another instrumentation makes (see ``instrumentors.companion``).
    """
    try:
        _instrument(tracer_provider, meter_provider, logger_provider, settings, companion)
    except Exception as exc:  # the plugin must never stop the application
        _log.warning("otel-micrometrics: instrument() failed: %s: %s", type(exc).__name__, exc)


def _instrument(
    tracer_provider: Any,
    meter_provider: Any,
    logger_provider: Any,
    settings: Settings | None,
    companion: bool | None = None,
) -> None:
    from importlib.metadata import entry_points

    from opentelemetry.instrumentation.dependencies import get_dependency_conflicts

    from .runtime import active
    from .sdk_setup import setup_missing_providers

    with _lock:
        if active() is not None and _instrumentors:
            return
        settings = settings or load_settings()
        if settings.sdk_disabled:
            _log.debug("otel-micrometrics: OTEL_SDK_DISABLED is set; not instrumenting")
            return
        if tracer_provider is None and meter_provider is None and logger_provider is None:
            setup_missing_providers(settings)
        _ensure_runtime(settings, tracer_provider, meter_provider, logger_provider)
        if companion if companion is not None else settings.mode == "companion":
            from .instrumentors import companion as companion_mode

            companion_mode.install(tracer_provider)
            return
        for ep in entry_points(group=INSTRUMENTOR_GROUP):
            if not ep.name.startswith(INSTRUMENTOR_PREFIX):
                continue
            if ep.name in settings.disabled_instrumentations:
                continue
            try:
                instrumentor = ep.load()()
                conflict = get_dependency_conflicts(instrumentor.instrumentation_dependencies())
                if conflict is not None:
                    # Not installed: nothing to wrap, nothing to say. Installed in a version we do
                    # not support: say so, once, since the user expects it to be instrumented.
                    found = getattr(conflict, "found", None)
                    (_log.warning if found else _log.debug)(
                        "otel-micrometrics: not instrumenting %s: %s", ep.name, conflict
                    )
                    continue
                instrumentor.instrument(
                    tracer_provider=tracer_provider,
                    meter_provider=meter_provider,
                    logger_provider=logger_provider,
                    skip_dep_check=True,
                )
            except Exception as exc:
                _log.warning("otel-micrometrics: could not instrument %s: %s: %s", ep.name, type(exc).__name__, exc)
                continue
            _instrumentors.append(instrumentor)


def uninstrument() -> None:
    """Restore every wrapped client method and stop evaluating."""
    from .instrumentors import companion as companion_mode
    from .runtime import activate, active

    with _lock:
        companion_mode.uninstall()
        runtime = active()
        if runtime is not None and runtime.worker is not None:
            runtime.worker.stop()
        for instrumentor in _instrumentors:
            if not getattr(instrumentor, "_is_instrumented_by_opentelemetry", True):
                continue  # uninstrumented already (by the application): the SDK would warn
            try:
                instrumentor.uninstrument()
            except Exception as exc:
                _log.warning("otel-micrometrics: uninstrument failed: %s: %s", type(exc).__name__, exc)
        _instrumentors.clear()
        activate(None)
