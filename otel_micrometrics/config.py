"""Environment variables -> one immutable ``Settings``.

This is the only module that reads the environment. A bad value logs one warning that
names the variable and the accepted values, then falls back to the default; nothing here
raises into the application.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .semconv import LEGACY_PROMPT_VERSION
from .semconv import MICROMETRICS_PROMPT_VERSION as PROMPT_VERSION

_log = logging.getLogger("otel_micrometrics")

LEVELS = ("crawl", "walk", "run")

ENV_LEVEL = "OTEL_MICROMETRICS_LEVEL"
ENV_CHECKS = "OTEL_MICROMETRICS_CHECKS"
ENV_DISABLED_CHECKS = "OTEL_MICROMETRICS_DISABLED_CHECKS"
ENV_SAMPLE_RATIO = "OTEL_MICROMETRICS_SAMPLE_RATIO"
ENV_EXPECTED_LANGUAGE = "OTEL_MICROMETRICS_EXPECTED_LANGUAGE"
ENV_SEGMENT_ATTRIBUTES = "OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES"
ENV_GUARD = "OTEL_MICROMETRICS_GUARD"
ENV_GUARD_RETRIES = "OTEL_MICROMETRICS_GUARD_RETRIES"
ENV_MODE = "OTEL_MICROMETRICS_MODE"
ENV_EVENTS = "OTEL_MICROMETRICS_EVENTS"
ENV_JUDGE_BASE_URL = "OTEL_MICROMETRICS_JUDGE_BASE_URL"
ENV_JUDGE_MODEL = "OTEL_MICROMETRICS_JUDGE_MODEL"
ENV_JUDGE_API_KEY = "OTEL_MICROMETRICS_JUDGE_API_KEY"
ENV_JUDGE_RUBRIC = "OTEL_MICROMETRICS_JUDGE_RUBRIC"
ENV_JUDGE_SAMPLE_RATIO = "OTEL_MICROMETRICS_JUDGE_SAMPLE_RATIO"
ENV_JUDGE_TIMEOUT = "OTEL_MICROMETRICS_JUDGE_TIMEOUT"
ENV_CHECK_BUDGET_MS = "OTEL_MICROMETRICS_CHECK_BUDGET_MS"
ENV_SEGMENT_VALUE_LIMIT = "OTEL_MICROMETRICS_SEGMENT_VALUE_LIMIT"
ENV_SHUTDOWN_TIMEOUT_MS = "OTEL_MICROMETRICS_SHUTDOWN_TIMEOUT_MS"
DEFAULT_JUDGE_RUBRIC = "Did the reply resolve the user's request?"
ENV_HANDOFF_TOOLS = "OTEL_MICROMETRICS_HANDOFF_TOOLS"
ENV_FEEDBACK_MEMORY = "OTEL_MICROMETRICS_FEEDBACK_MEMORY"
ENV_CAPTURE_CONTENT = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
ENV_SDK_DISABLED = "OTEL_SDK_DISABLED"
ENV_DISABLED_INSTRUMENTATIONS = "OTEL_PYTHON_DISABLED_INSTRUMENTATIONS"
ENV_OTLP_ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT"
ENV_OTLP_PROTOCOL = "OTEL_EXPORTER_OTLP_PROTOCOL"
ENV_TRACES_EXPORTER = "OTEL_TRACES_EXPORTER"
ENV_METRICS_EXPORTER = "OTEL_METRICS_EXPORTER"
ENV_LOGS_EXPORTER = "OTEL_LOGS_EXPORTER"

_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off", "")
_CHECK_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CUSTOM_CHECK = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_EXPORTERS = ("otlp", "console", "none")
MODES = ("wrap", "companion")
# Which results become gen_ai.evaluation.result events: the failures (and refusal's partial
# answers) only, every result, or none. Span attributes and the counter carry every result anyway.
EVENTS = ("fail", "all", "none")
_PROTOCOLS = ("grpc", "http/protobuf")
_TOOL_NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
DEFAULT_HANDOFF_TOOLS = ("transfer_to_human", "escalate", "handoff_to_human")
# Each guard retry is one more LLM request on the caller's time: a call makes at most 1 + this many.
MAX_GUARD_RETRIES = 2
# Segment keys copied onto spans and metrics: more would crowd the span's 128-attribute limit
# (the SDK then drops the oldest, the required gen_ai.* attributes first) and multiply series.
MAX_SEGMENT_KEYS = 20


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the plugin's behaviour depends on, read once."""

    level: str = "walk"
    checks: tuple[str, ...] = ()
    disabled_checks: tuple[str, ...] = ()
    sample_ratio: float = 1.0
    expected_language: str | None = None
    segment_attributes: tuple[str, ...] = ()
    guard: tuple[str, ...] = ()
    guard_retries: int = 1
    mode: str = "wrap"
    events: str = "fail"
    judge_base_url: str | None = None
    judge_model: str = "gpt-4o-mini"
    judge_api_key: str | None = field(default=None, repr=False)
    judge_rubric: str = DEFAULT_JUDGE_RUBRIC
    judge_sample_ratio: float = 0.1
    judge_timeout: float = 10.0
    # Tool names that hand the user to a human (the `handoff` check).
    handoff_tools: tuple[str, ...] = DEFAULT_HANDOFF_TOOLS
    # Calls remembered for record_feedback/record_outcome (response ids, conversation ids).
    feedback_memory: int = 10000
    # seconds a check may take on the caller's thread; wall time, so it must stay well above what
    # waiting for the GIL among many busy threads can add to a fast check
    check_budget: float = 0.5
    segment_value_limit: int = 100  # distinct values per segment key on metrics; the rest: _OTHER
    # seconds the exit waits, in all, for the last export of the providers the plugin set up
    shutdown_timeout: float = 1.0
    capture_content: bool = False
    sdk_disabled: bool = False
    disabled_instrumentations: tuple[str, ...] = ()
    otlp_endpoint: str | None = None
    otlp_protocol: str = "http/protobuf"
    traces_exporter: str = "otlp"
    metrics_exporter: str = "otlp"
    logs_exporter: str = "otlp"

    @property
    def level_rank(self) -> int:
        return LEVELS.index(self.level)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read and validate every variable; never raises."""
    env = os.environ if environ is None else environ
    defaults = Settings()
    return Settings(
        level=_choice(env, ENV_LEVEL, LEVELS, defaults.level),
        checks=_names(env, ENV_CHECKS, allow_custom=True),
        disabled_checks=_names(env, ENV_DISABLED_CHECKS, allow_custom=False),
        sample_ratio=_ratio(env, ENV_SAMPLE_RATIO, defaults.sample_ratio),
        expected_language=_language(env, ENV_EXPECTED_LANGUAGE),
        segment_attributes=_segment_keys(env),
        guard=_names(env, ENV_GUARD, allow_custom=False),
        guard_retries=_guard_retries(env, defaults.guard_retries),
        mode=_choice(env, ENV_MODE, MODES, defaults.mode),
        events=_choice(env, ENV_EVENTS, EVENTS, defaults.events),
        judge_base_url=_raw(env, ENV_JUDGE_BASE_URL),
        judge_model=_raw(env, ENV_JUDGE_MODEL) or defaults.judge_model,
        judge_api_key=_raw(env, ENV_JUDGE_API_KEY),
        judge_rubric=_raw(env, ENV_JUDGE_RUBRIC) or defaults.judge_rubric,
        judge_sample_ratio=_ratio(env, ENV_JUDGE_SAMPLE_RATIO, defaults.judge_sample_ratio),
        judge_timeout=float(_int(env, ENV_JUDGE_TIMEOUT, int(defaults.judge_timeout), 1, 300)),
        handoff_tools=_tool_names(env, ENV_HANDOFF_TOOLS, defaults.handoff_tools),
        feedback_memory=_int(env, ENV_FEEDBACK_MEMORY, defaults.feedback_memory, 0, 1_000_000),
        check_budget=_int(env, ENV_CHECK_BUDGET_MS, int(defaults.check_budget * 1000), 1, 60_000) / 1000,
        segment_value_limit=_int(env, ENV_SEGMENT_VALUE_LIMIT, defaults.segment_value_limit, 1, 100_000),
        shutdown_timeout=_int(env, ENV_SHUTDOWN_TIMEOUT_MS, int(defaults.shutdown_timeout * 1000), 0, 60_000) / 1000,
        capture_content=_bool(env, ENV_CAPTURE_CONTENT, False),
        sdk_disabled=_bool(env, ENV_SDK_DISABLED, False),
        disabled_instrumentations=tuple(
            p.strip() for p in env.get(ENV_DISABLED_INSTRUMENTATIONS, "").split(",") if p.strip()
        ),
        otlp_endpoint=_endpoint(env, ENV_OTLP_ENDPOINT),
        otlp_protocol=_choice(env, ENV_OTLP_PROTOCOL, _PROTOCOLS, defaults.otlp_protocol),
        traces_exporter=_choice(env, ENV_TRACES_EXPORTER, _EXPORTERS, "otlp"),
        metrics_exporter=_choice(env, ENV_METRICS_EXPORTER, _EXPORTERS, "otlp"),
        logs_exporter=_choice(env, ENV_LOGS_EXPORTER, _EXPORTERS, "otlp"),
    )


def _warn(name: str, value: str, accepted: str, default: object) -> None:
    _log.warning(
        "otel-micrometrics: ignoring %s=%r; accepted values: %s; using the default %r",
        name,
        value,
        accepted,
        default,
    )


def _raw(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def _choice(env: Mapping[str, str], name: str, accepted: tuple[str, ...], default: str) -> str:
    value = _raw(env, name)
    if value is None:
        return default
    if value.lower() in accepted:
        return value.lower()
    _warn(name, value, ", ".join(accepted), default)
    return default


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    value = _raw(env, name)
    if value is None:
        return default
    low = value.lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    _warn(name, value, "true, false", default)
    return default


def _ratio(env: Mapping[str, str], name: str, default: float) -> float:
    value = _raw(env, name)
    if value is None:
        return default
    try:
        ratio = float(value)
    except ValueError:
        ratio = -1.0
    if 0.0 <= ratio <= 1.0:
        return ratio
    _warn(name, value, "a number from 0.0 to 1.0", default)
    return default


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    value = _raw(env, name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        number = low - 1
    if low <= number <= high:
        return number
    _warn(name, value, f"an integer from {low} to {high}", default)
    return default


def _guard_retries(env: Mapping[str, str], default: int) -> int:
    """An integer from 0 to ``MAX_GUARD_RETRIES``; a larger one is capped (with a warning)."""
    value = _raw(env, ENV_GUARD_RETRIES)
    try:
        number = int(value) if value is not None else default
    except ValueError:
        number = -1
    if number > MAX_GUARD_RETRIES:
        _log.warning(
            "otel-micrometrics: %s=%r is over the cap; accepted values: an integer from 0 to %d; "
            "using %d, the cap (the default is %d)",
            ENV_GUARD_RETRIES,
            value,
            MAX_GUARD_RETRIES,
            MAX_GUARD_RETRIES,
            default,
        )
        return MAX_GUARD_RETRIES
    return _int(env, ENV_GUARD_RETRIES, default, 0, MAX_GUARD_RETRIES)


def _language(env: Mapping[str, str], name: str) -> str | None:
    value = _raw(env, name)
    if value is None:
        return None
    if _LANGUAGE.match(value.lower()):
        return value.lower()
    _warn(name, value, "a two-letter ISO 639-1 code such as de, en, es", None)
    return None


def _names(env: Mapping[str, str], name: str, *, allow_custom: bool) -> tuple[str, ...]:
    value = _raw(env, name)
    if value is None:
        return ()
    good: list[str] = []
    bad: list[str] = []
    for item in (p.strip() for p in value.split(",")):
        if not item:
            continue
        if _CHECK_NAME.match(item) or (allow_custom and _CUSTOM_CHECK.match(item)):
            if item not in good:
                good.append(item)
        else:
            bad.append(item)
    if bad:
        accepted = "a comma list of check names" + (" or module.path:function" if allow_custom else "")
        _warn(name, ",".join(bad), accepted, "those entries left out")
    return tuple(good)


def _endpoint(env: Mapping[str, str], name: str) -> str | None:
    """The OTLP endpoint as given; one hint when it lacks the scheme the exporters need."""
    value = _raw(env, name)
    if value is not None and "://" not in value:
        _log.warning(
            "otel-micrometrics: %s=%r has no scheme; the OTLP exporters need a URL such as http://%s "
            "(or https://), and cannot export to this one",
            name,
            value,
            value.lstrip("/"),
        )
    return value


def _keys(env: Mapping[str, str], name: str, limit: int) -> tuple[str, ...]:
    value = _raw(env, name)
    if value is None:
        return ()
    keys: list[str] = []
    for item in (p.strip() for p in value.split(",")):
        if item and item not in keys:
            keys.append(item)
    if len(keys) > limit:
        _log.warning(
            "otel-micrometrics: %s names %d keys; accepted: at most %d; using the first %d",
            name,
            len(keys),
            limit,
            limit,
        )
        keys = keys[:limit]
    return tuple(keys)


def _segment_keys(env: Mapping[str, str]) -> tuple[str, ...]:
    """Segment keys; the old prompt-version key stands for the new one (read for one release)."""
    keys = _keys(env, ENV_SEGMENT_ATTRIBUTES, MAX_SEGMENT_KEYS)
    if LEGACY_PROMPT_VERSION not in keys:
        return keys
    _log.warning(
        "otel-micrometrics: %s names %s, now called %s; using %s (the old name is read until the next release)",
        ENV_SEGMENT_ATTRIBUTES,
        LEGACY_PROMPT_VERSION,
        PROMPT_VERSION,
        PROMPT_VERSION,
    )
    renamed: list[str] = []
    for key in keys:
        key = PROMPT_VERSION if key == LEGACY_PROMPT_VERSION else key
        if key not in renamed:
            renamed.append(key)
    return tuple(renamed)


def _tool_names(env: Mapping[str, str], name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    """A comma list of tool names; an empty value (``""``) turns tool-based detection off."""
    value = env.get(name)
    if value is None:
        return default
    good: list[str] = []
    bad: list[str] = []
    for item in (p.strip() for p in value.split(",")):
        if not item:
            continue
        if _TOOL_NAME.match(item):
            if item not in good:
                good.append(item)
        else:
            bad.append(item)
    if bad:
        _warn(name, ",".join(bad), "a comma list of tool names (letters, digits, _ . : -)", "those entries left out")
    return tuple(good)
