"""Writing what a call and its checks produced: span attributes, events and metrics."""

from __future__ import annotations

import json
import logging
import random
import threading
import traceback
import weakref
from collections.abc import Iterable, Sequence
from typing import Any

from opentelemetry import _logs as logs_api
from opentelemetry import metrics as metrics_api
from opentelemetry import trace
from opentelemetry._logs import SeverityNumber
from opentelemetry.context import Context
from opentelemetry.metrics import CallbackOptions, Observation
from opentelemetry.trace import Span

from . import semconv as sc
from .config import Settings
from .exchange import Exchange, encodable
from .registry import CheckSpec, Result
from .version import __version__ as _VERSION

_log = logging.getLogger("otel_micrometrics")

# Model names and segment values on metrics are cut to this many characters.
MAX_METRIC_VALUE_CHARS = 128
# Distinct labels a check may use beyond the ones it declares (``@check(labels=...)``): the ISO
# codes of response_language fit; a label made from the reply text stops here (then ``_OTHER``).
MAX_LABELS_PER_CHECK = 100
# Distinct ``error.type`` values per check on micrometrics.check.errors (then ``_OTHER``).
MAX_ERROR_TYPES_PER_CHECK = 10
# micrometrics.evaluations attribute sets kept in-process: sized from the configured bounds,
# never below the SDK's default cardinality limit nor above what costs a few tens of MB.
DEFAULT_EVALUATION_SETS = 2000
MAX_EVALUATION_SETS = 100_000
# The SDK's own limit for micrometrics.evaluations in the plugin's MeterProvider (a View): every
# set the plugin may keep, plus its otel.metric.overflow set.
SDK_EVALUATION_SETS = MAX_EVALUATION_SETS + 1
MODELS_EXPECTED = 4  # request models an application typically uses at once
# Attribute sets kept built (``CallMetrics``): call keys, and reply sides per call key. Past
# these (raw values beyond every bound) a cache starts again: never more memory than this.
_CALL_METRICS_KEPT = 1024
_REPLY_SETS_KEPT = 64
# Turn indexes from the start of the last turn bucket on are alike on metrics.
_TURN_CAP = sc.TURN_BUCKETS[-1][0] + 1
_OWN_ERROR_TYPES = frozenset({"InvalidResult", "timeout", "over_budget", "cpu_over_budget"})


class BoundedValues:
    """Per key, the first ``limit`` distinct values pass; every later new value reads
    ``_OTHER``, so a segment key can never make more than ``limit + 1`` metric series."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._seen: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def __call__(self, key: str, value: str) -> str:
        value = value[:MAX_METRIC_VALUE_CHARS]
        seen = self._seen.get(key)
        if seen is not None and value in seen:
            return value
        with self._lock:
            seen = self._seen.setdefault(key, set())
            if value in seen:
                return value
            if len(seen) >= self.limit:
                return sc.SEGMENT_OTHER_VALUE
            seen.add(value)
            return value


class CallMetrics:
    """The metric attribute sets of calls alike (``Telemetry.call_metrics``), built once and
    shared by every such call: none of them is ever modified after it is built."""

    __slots__ = ("base", "by_reply", "items", "scores")

    def __init__(self, base: dict[str, Any]) -> None:
        self.base = base  # operation, provider, request model, segment values, turn bucket
        self.items = tuple(base.items())  # the key of micrometrics.evaluations counts
        # per reply side (response model, server, error type, ...): duration and token sets
        self.by_reply: dict[tuple[Any, ...], tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = {}
        self.scores: dict[str, dict[str, Any]] = {}  # per check: its score histogram's set

    def score_attributes(self, check: str) -> dict[str, Any]:
        found = self.scores.get(check)
        if found is None:
            found = {**self.base, sc.GEN_AI_EVALUATION_NAME: check}
            if len(self.scores) >= _REPLY_SETS_KEPT:
                self.scores.clear()
            self.scores[check] = found
        return found


class Telemetry:
    """Tracer, meter instruments and logger, created once per ``instrument()``."""

    def __init__(
        self,
        settings: Settings,
        tracer_provider: trace.TracerProvider | None = None,
        meter_provider: metrics_api.MeterProvider | None = None,
        logger_provider: logs_api.LoggerProvider | None = None,
    ) -> None:
        self.settings = settings
        self._meter_provider = meter_provider
        self.tracer = trace.get_tracer(sc.INSTRUMENTATION_SCOPE, _VERSION, tracer_provider, schema_url=sc.SCHEMA_URL)
        meter = metrics_api.get_meter(sc.INSTRUMENTATION_SCOPE, _VERSION, meter_provider, schema_url=sc.SCHEMA_URL)
        self.meter = meter
        self.logger = logs_api.get_logger(sc.INSTRUMENTATION_SCOPE, _VERSION, logger_provider, schema_url=sc.SCHEMA_URL)
        self.duration = meter.create_histogram(
            sc.METRIC_OPERATION_DURATION,
            unit="s",
            description="GenAI operation duration",
            explicit_bucket_boundaries_advisory=list(sc.DURATION_BUCKETS),
        )
        self.token_usage = meter.create_histogram(
            sc.METRIC_TOKEN_USAGE,
            unit="{token}",
            description="Number of input and output tokens used",
            explicit_bucket_boundaries_advisory=list(sc.TOKEN_BUCKETS),
        )
        self.time_to_first_chunk = meter.create_histogram(
            sc.METRIC_TIME_TO_FIRST_CHUNK,
            unit="s",
            description="Time to receive the first chunk of a streamed reply",
            explicit_bucket_boundaries_advisory=list(sc.DURATION_BUCKETS),
        )
        self.time_per_output_chunk = meter.create_histogram(
            sc.METRIC_TIME_PER_OUTPUT_CHUNK,
            unit="s",
            description="Time between consecutive chunks of a streamed reply, after the first",
            explicit_bucket_boundaries_advisory=list(sc.DURATION_BUCKETS),
        )
        # Counted in-process and read at collection time: one dict increment per result
        # instead of one SDK counter add (which costs about as much as the check itself).
        self.evaluation_counts = _counts_of(meter)
        self.evaluations = meter.create_observable_counter(
            sc.METRIC_EVALUATIONS,
            callbacks=[self.evaluation_counts.observe],
            unit="{evaluation}",
            description="Micro-metric evaluations, by check and label",
        )
        self.evaluations_overflow = meter.create_counter(
            sc.METRIC_EVALUATIONS_OVERFLOW,
            unit="{evaluation}",
            description="Evaluations counted only under otel.metric.overflow: past the attribute-set limit",
        )
        self.evaluation_counts.on_overflow = self._overflowed
        self.check_errors = meter.create_counter(
            sc.METRIC_CHECK_ERRORS, unit="{error}", description="Checks that failed to run"
        )
        self.conversation_outcomes = meter.create_counter(
            sc.METRIC_CONVERSATION_OUTCOMES,
            unit="{conversation}",
            description="Conversations that ended, by outcome (resolved, escalated, abandoned)",
        )
        self._histograms: dict[str, Any] = {}
        # Metric attribute sets built once: per call key (``call_metrics``), span attribute
        # names per check name.
        self._call_metrics: dict[tuple[Any, ...], CallMetrics] = {}
        self._attribute_names: dict[str, tuple[str, str]] = {}
        self.events = settings.events
        self.segment_keys = frozenset(settings.segment_attributes)
        self.segment_values = BoundedValues(settings.segment_value_limit)
        # A check's labels beyond those it declares, and the error types a check raises, per check.
        self.labels = BoundedValues(MAX_LABELS_PER_CHECK)
        self.error_types = BoundedValues(MAX_ERROR_TYPES_PER_CHECK)

    _enabled = False

    def enabled(self) -> bool:
        """False while no SDK stands behind the tracer, meter and logger (none configured, or
        ``OTEL_SDK_DISABLED``): the wrappers then pass every call through untouched."""
        if self._enabled:
            return True
        try:
            on = (
                _real(self.tracer, "_real_tracer", trace.NoOpTracer)
                or _real(self.meter, "_real_meter", metrics_api.NoOpMeter)
                or _real(self.logger, "_real_logger", logs_api.NoOpLogger)
            )
        except Exception:  # an API version without these internals: assume an SDK
            on = True
        if on:
            self._enabled = True
        return on

    # --- per call ----------------------------------------------------------------------------

    def should_evaluate(self, span: Span) -> bool:
        """Sampling by trace id, so that every call of a trace is evaluated or none is."""
        ratio = self.settings.sample_ratio
        if ratio >= 1.0:
            return True
        if ratio <= 0.0:
            return False
        trace_id = span.get_span_context().trace_id
        if not trace_id:
            return random.random() < ratio
        return (trace_id & 0xFFFFFFFFFFFFFFFF) < int(ratio * (1 << 64))

    def call_metrics(self, exchange: Exchange, turn: int | None = None) -> CallMetrics:
        """The bounded metric attributes of this call, built once for every call alike (same
        operation, provider, request model, segment values and turn bucket) and shared: never
        modify them. Each value is bounded (``BoundedValues``) when its set is first built; a
        value once let through or turned into ``_OTHER`` stays so, so a cached set is the one a
        new build would make. ``turn``: the exchange's ``turn_index``, if the caller has it."""
        if turn is None:
            turn = exchange.turn_index
        segment = exchange.segment
        key = (
            exchange.operation,
            exchange.provider,
            exchange.request_model,
            tuple(segment.items()) if segment else (),
            turn if turn < _TURN_CAP else _TURN_CAP,  # every turn from the last bucket's start alike
        )
        found = self._call_metrics.get(key)
        if found is None:
            found = CallMetrics(self._metric_attributes(exchange, turn))
            cache = self._call_metrics
            if len(cache) >= _CALL_METRICS_KEPT:  # raw values beyond the bounds: start again
                cache.clear()
            cache[key] = found
        return found

    def metric_attributes(self, exchange: Exchange) -> dict[str, Any]:
        """Bounded attributes shared by every metric of this call (a new dict, the caller's)."""
        return dict(self.call_metrics(exchange).base)

    def _metric_attributes(self, exchange: Exchange, turn: int) -> dict[str, Any]:
        attrs: dict[str, Any] = {
            sc.GEN_AI_OPERATION_NAME: exchange.operation,
            sc.GEN_AI_PROVIDER_NAME: exchange.provider,
        }
        if exchange.request_model:
            attrs[sc.GEN_AI_REQUEST_MODEL] = self.segment_values(sc.GEN_AI_REQUEST_MODEL, exchange.request_model)
        if exchange.segment:
            bounded = self.segment_values
            for key, value in exchange.segment.items():
                if key in self.segment_keys:  # only the configured allow-list reaches metrics
                    attrs[key] = bounded(key, value)
        if turn:
            attrs[sc.MICROMETRICS_TURN] = turn_bucket(turn)
        return attrs

    def record_call(self, exchange: Exchange, duration: float, metrics: CallMetrics | None = None) -> None:
        """Duration and token metrics of a finished call (``metrics``: its ``call_metrics``, if
        the caller has them already). The attribute sets of the reply's side (response model,
        server, error type, service tier, fingerprint) are built once per distinct reply side."""
        if metrics is None:
            metrics = self.call_metrics(exchange)
        extra = exchange.response_attributes
        tier = fingerprint = None
        if extra:
            tier = extra.get(sc.OPENAI_RESPONSE_SERVICE_TIER)
            fingerprint = extra.get(sc.OPENAI_RESPONSE_SYSTEM_FINGERPRINT)
            tier = tier if isinstance(tier, str) else None
            fingerprint = fingerprint if isinstance(fingerprint, str) else None
        key = (
            exchange.response_model,
            exchange.server_address,
            exchange.server_port,
            exchange.error_type,
            tier,
            fingerprint,
        )
        sets = metrics.by_reply.get(key)
        if sets is None:
            sets = self._reply_sets(metrics.base, exchange, tier, fingerprint)
            kept = metrics.by_reply
            if len(kept) >= _REPLY_SETS_KEPT:
                kept.clear()
            kept[key] = sets
        attrs, input_attrs, output_attrs = sets
        self.duration.record(duration, attrs)
        usage = exchange.usage
        if usage.input_tokens is not None:
            self.token_usage.record(usage.input_tokens, input_attrs)
        if usage.output_tokens is not None:
            self.token_usage.record(usage.output_tokens, output_attrs)
        if exchange.time_to_first_chunk is not None:
            self.time_to_first_chunk.record(exchange.time_to_first_chunk, attrs)
        if exchange.chunk_intervals:
            record = self.time_per_output_chunk.record
            for interval in exchange.chunk_intervals:
                record(interval, attrs)

    def _reply_sets(
        self, base: dict[str, Any], exchange: Exchange, tier: str | None, fingerprint: str | None
    ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        """(call attributes, input-token attributes, output-token attributes) of a reply side."""
        attrs = dict(base)
        if exchange.response_model:  # the server's: as many distinct values as it likes, so bounded
            attrs[sc.GEN_AI_RESPONSE_MODEL] = self.segment_values(sc.GEN_AI_RESPONSE_MODEL, exchange.response_model)
        if exchange.server_address:
            attrs[sc.SERVER_ADDRESS] = exchange.server_address
        if exchange.server_port:
            attrs[sc.SERVER_PORT] = exchange.server_port
        if exchange.error_type:
            attrs[sc.ERROR_TYPE] = exchange.error_type
        # recommended on metrics; few values, bounded anyway
        if tier is not None:
            attrs[sc.OPENAI_RESPONSE_SERVICE_TIER] = self.segment_values(sc.OPENAI_RESPONSE_SERVICE_TIER, tier)
        if fingerprint is not None:
            attrs[sc.OPENAI_RESPONSE_SYSTEM_FINGERPRINT] = self.segment_values(
                sc.OPENAI_RESPONSE_SYSTEM_FINGERPRINT, fingerprint
            )
        return (
            attrs,
            {**attrs, sc.GEN_AI_TOKEN_TYPE: sc.TOKEN_TYPE_INPUT},
            {**attrs, sc.GEN_AI_TOKEN_TYPE: sc.TOKEN_TYPE_OUTPUT},
        )

    def record_exception(self, span: Span, exc: BaseException) -> None:
        """The ``gen_ai.client.operation.exception`` event (severity WARN) in the span's context.
        The message and stack trace carry text from the call, so only with content capture."""
        attrs: dict[str, Any] = {sc.EXCEPTION_TYPE: _qualified_name(exc)}
        if self.settings.capture_content:
            attrs[sc.EXCEPTION_MESSAGE] = str(exc)[:1000]
            attrs[sc.EXCEPTION_STACKTRACE] = "".join(traceback.format_exception(exc))[-8000:]
        self.logger.emit(
            event_name=sc.EVENT_OPERATION_EXCEPTION,
            severity_number=SeverityNumber.WARN,
            severity_text="WARN",
            attributes=attrs,
            context=trace.set_span_in_context(span),
        )

    def record_results(
        self,
        span: Span,
        exchange: Exchange,
        results: Sequence[tuple[CheckSpec, Result]],
        span_attributes: dict[str, Any] | None = None,
        metrics: CallMetrics | None = None,
    ) -> None:
        """Span attributes and a counter increment per result; an evaluation event per result
        that ``OTEL_MICROMETRICS_EVENTS`` asks for (``event_worthy``).

        With ``span_attributes`` the span attributes are added to that dict (for the caller to
        set in one go) instead of being set on the span one by one. ``metrics``: the call's
        ``call_metrics``, if the caller has them already.
        """
        if not results:
            return
        if metrics is None:
            metrics = self.call_metrics(exchange)
        context: Context | None = None  # made for the first event only
        attrs = span_attributes if span_attributes is not None else {}
        counted: list[tuple[str, str | None]] = []
        count = counted.append
        events = self.events
        names = self._attribute_names
        for spec, result in results:
            name = spec.name
            label = result.label
            score = result.score
            keys = names.get(name)
            if keys is None:
                keys = self._names_of(name)
            if label is not None:
                if label not in spec.labels:  # undeclared: bounded per check
                    label = self.labels(name, encodable(label))
                attrs[keys[0]] = label
            if score is not None:
                attrs[keys[1]] = score
                if spec.histogram is not None:
                    self._histogram(spec).record(score, metrics.score_attributes(name))
            if events != "none" and (events == "all" or event_worthy(name, label)):
                event_attrs: dict[str, Any] = {sc.GEN_AI_EVALUATION_NAME: name}
                if label is not None:
                    event_attrs[sc.GEN_AI_EVALUATION_SCORE_LABEL] = label
                if score is not None:
                    event_attrs[sc.GEN_AI_EVALUATION_SCORE_VALUE] = score
                if result.explanation:
                    event_attrs[sc.GEN_AI_EVALUATION_EXPLANATION] = encodable(result.explanation)
                if exchange.response_id:
                    event_attrs[sc.GEN_AI_RESPONSE_ID] = exchange.response_id
                if context is None:
                    context = trace.set_span_in_context(span)
                self.logger.emit(
                    event_name=sc.EVENT_EVALUATION_RESULT,
                    attributes=event_attrs,
                    context=context,
                )
            count((name, label))
        self.evaluation_counts.add(metrics.items, counted)
        if span_attributes is None:
            span.set_attributes(attrs)

    def _names_of(self, check: str) -> tuple[str, str]:
        """(label attribute, score attribute) of a check, made once per check name."""
        keys = (sc.check_label_attribute(check), sc.check_score_attribute(check))
        names = self._attribute_names
        if len(names) >= _CALL_METRICS_KEPT:  # check names are few; bounded all the same
            names.clear()
        names[check] = keys
        return keys

    _warned_overflow = False
    # (sets the configured bounds call for, sets the application's MeterProvider keeps) when the
    # latter is what limits micrometrics.evaluations
    _provider_limited: tuple[int, int] | None = None

    def _overflowed(self, count: int) -> None:
        self.evaluations_overflow.add(count)
        if not self._warned_overflow:
            self._warned_overflow = True
            if self._provider_limited is not None:
                wanted, kept = self._provider_limited
                remedy = (
                    f"the configured bounds call for {wanted}, but the application's MeterProvider keeps "
                    f"{kept}: give it a View for {sc.METRIC_EVALUATIONS} with aggregation_cardinality_limit="
                    f"{min(wanted, MAX_EVALUATION_SETS) + 1}"
                )
            else:
                remedy = "fewer segment keys or a lower OTEL_MICROMETRICS_SEGMENT_VALUE_LIMIT keep it within"
            _log.warning(
                "otel-micrometrics: micrometrics.evaluations reached its limit of %d attribute sets; "
                "further new sets are counted under otel.metric.overflow without check name or label "
                "(and in micrometrics.evaluations.overflow). %s; see the reliability docs",
                self.evaluation_counts.limit,
                remedy,
            )

    def size_evaluation_sets(self, checks: Sequence[CheckSpec]) -> int:
        """Size the evaluation counter from the configured bounds: per check its labels, times
        models, segment values per key and turn buckets (at most ``MAX_EVALUATION_SETS``), and
        never more than the MeterProvider keeps: past that the SDK would fold sets into
        otel.metric.overflow itself, uncounted."""
        values = self.settings.segment_value_limit + 1  # the first N, then _OTHER
        labels = sum((len(c.labels) if c.labels else MAX_LABELS_PER_CHECK + 1) + 1 for c in checks)
        turns = len(sc.TURN_BUCKETS) + 2  # the buckets, the last one, none
        models = min(values, MODELS_EXPECTED)
        wanted = labels * models * turns * int(values ** len(self.segment_keys))
        limit = max(DEFAULT_EVALUATION_SETS, min(wanted, MAX_EVALUATION_SETS))
        kept = self.sdk_evaluation_sets()
        if kept < limit:
            self._provider_limited = (wanted, kept)
            limit = kept
        self.evaluation_counts.resize(limit)
        return limit

    def sdk_evaluation_sets(self) -> int:
        """How many attribute sets the SDK keeps for micrometrics.evaluations: the lowest over
        the MeterProvider's readers, a matching View's limit before the reader's own. The SDK's
        default (2,000) when it cannot be read (no SDK MeterProvider yet, an older SDK)."""
        try:
            provider = self._meter_provider or metrics_api.get_meter_provider()
            views = provider._sdk_config.views  # type: ignore[attr-defined]
            storages = getattr(getattr(provider, "_measurement_consumer", None), "_reader_storages", None)
            readers = list(storages) if storages is not None else provider._metric_readers  # type: ignore[attr-defined]
            instrument = self.evaluations
            kept: list[int] = []
            for reader in readers:
                per_class = getattr(reader, "_instrument_class_cardinality_limit", None) or {}
                default = int(per_class.get(type(instrument), DEFAULT_EVALUATION_SETS))
                matching = [v for v in views if v._match(instrument)]
                kept.extend(
                    default if v._aggregation_cardinality_limit is None else int(v._aggregation_cardinality_limit)
                    for v in matching
                )
                if not matching:
                    kept.append(default)
            return min(kept) if kept else DEFAULT_EVALUATION_SETS
        except Exception:
            return DEFAULT_EVALUATION_SETS

    def record_check_error(self, spec: CheckSpec, error_type: str) -> None:
        if error_type not in _OWN_ERROR_TYPES:  # an exception class name: the check's own choice
            error_type = self.error_types(spec.name, encodable(error_type))
        self.check_errors.add(1, {sc.GEN_AI_EVALUATION_NAME: spec.name, sc.ERROR_TYPE: error_type})

    def _histogram(self, spec: CheckSpec) -> Any:
        assert spec.histogram is not None
        hist = self._histograms.get(spec.histogram.name)
        if hist is None:
            hist = self.meter.create_histogram(
                spec.histogram.name, unit=spec.histogram.unit, description=spec.histogram.description
            )
            self._histograms[spec.histogram.name] = hist
        return hist


# Labels that get an evaluation event under OTEL_MICROMETRICS_EVENTS=fail: a failure of any check,
# and the refusal check's partial answers (the reply refused part of what was asked).
EVENT_LABELS = frozenset({"fail"})
EVENT_LABELS_OF_CHECK: dict[str, frozenset[str]] = {"refusal": frozenset({"fail", "partial"})}


def event_worthy(check: str, label: str | None) -> bool:
    """Whether a result labelled ``label`` by ``check`` is one someone will read as an event."""
    if label is None:
        return False
    return label in EVENT_LABELS_OF_CHECK.get(check, EVENT_LABELS)


def _qualified_name(exc: BaseException) -> str:
    module = type(exc).__module__
    name = type(exc).__qualname__
    return name if module in ("builtins", "__main__") else f"{module}.{name}"


def _real(obj: Any, proxied: str, noop: type) -> bool:
    """Whether an API tracer/meter/logger (maybe a proxy for a provider set later) is an SDK's."""
    if isinstance(obj, noop):
        return False
    real = getattr(obj, proxied, obj)  # a proxy's provider, once the app sets one
    return real is not None and not isinstance(real, noop)


def turn_bucket(turn: int) -> str:
    """The bounded ``micrometrics.turn`` value of a turn index: 1, 2-3, 4-7 or 8+."""
    for upper, name in sc.TURN_BUCKETS:
        if turn <= upper:
            return name
    return sc.TURN_BUCKET_LAST


class EvaluationCounts:
    """Cumulative ``micrometrics.evaluations`` counts per attribute set, kept in-process.

    Exact: every increment happens under one lock per call. Bounded: past ``limit`` distinct
    attribute sets, further ones are counted under ``otel.metric.overflow=true``, as the SDK
    does for its own instruments. Kept by the call's attribute items first, then by ``(check
    name, label)``: a call's increments look its items up once, not once per result.
    """

    def __init__(self, limit: int = 2000) -> None:
        self._sets: dict[tuple[tuple[str, Any], ...], dict[tuple[str | None, str | None], int]] = {}
        self._size = 0  # attribute sets kept: the (name, label) keys over every entry of _sets
        self._overflow = 0
        self._lock = threading.Lock()
        self._limit = limit
        self.on_overflow: Any = None  # told how many evaluations went to the overflow set

    @property
    def limit(self) -> int:
        return self._limit

    def resize(self, limit: int) -> None:
        """Keep up to ``limit`` attribute sets (never fewer than are already kept)."""
        with self._lock:
            self._limit = max(limit, self._size)

    def add(self, base_items: tuple[tuple[str, Any], ...], results: Iterable[tuple[str, str | None]]) -> None:
        """Count one evaluation per ``(check name, label)`` with the call's metric attributes."""
        overflowed = 0
        with self._lock:
            counts = self._sets.get(base_items)
            for key in results:
                if counts is not None and key in counts:
                    counts[key] += 1
                elif self._size < self._limit:
                    if counts is None:  # made only for a set that is kept: bounded as well
                        counts = self._sets[base_items] = {}
                    counts[key] = 1
                    self._size += 1
                else:
                    overflowed += 1
            self._overflow += overflowed
        if overflowed and self.on_overflow is not None:
            self.on_overflow(overflowed)

    def add_one(self, attributes: dict[str, Any]) -> None:
        """Count one evaluation with exactly these attributes (e.g. user feedback)."""
        self.add(tuple(attributes.items()), [(None, None)])  # type: ignore[list-item]

    def observe(self, options: CallbackOptions | None = None) -> list[Observation]:
        """Observable-counter callback: the cumulative count of every attribute set."""
        with self._lock:
            snapshot = [(base_items, list(counts.items())) for base_items, counts in self._sets.items()]
            overflow = self._overflow
        observations: list[Observation] = []
        for base_items, counts in snapshot:
            for (name, label), value in counts:
                attributes = dict(base_items)
                if name is not None:  # None: counted by add_one, the attributes are complete
                    attributes[sc.GEN_AI_EVALUATION_NAME] = name
                    if label is not None:
                        attributes[sc.GEN_AI_EVALUATION_SCORE_LABEL] = label
                observations.append(Observation(value, attributes))
        if overflow:
            observations.append(Observation(overflow, {sc.OTEL_METRIC_OVERFLOW: True}))
        return observations

    def total(self) -> int:
        with self._lock:
            return self._overflow + sum(sum(counts.values()) for counts in self._sets.values())


# One EvaluationCounts per meter: the SDK keeps the first observable counter of a name (and its
# callback) when instrument() runs again on the same meter, so a new one would never be read.
_counts_by_meter: weakref.WeakKeyDictionary[Any, EvaluationCounts] = weakref.WeakKeyDictionary()
_counts_lock = threading.Lock()


def _counts_of(meter: Any) -> EvaluationCounts:
    try:
        with _counts_lock:
            counts = _counts_by_meter.get(meter)
            if counts is None:
                counts = _counts_by_meter[meter] = EvaluationCounts()
            return counts
    except TypeError:  # a meter that cannot be weakly referenced
        return EvaluationCounts()


# --- span attributes of a call (the Exchange in the conventions' names) ------------------------

_REQUEST_PARAMS = {
    "max_tokens": sc.GEN_AI_REQUEST_MAX_TOKENS,
    "temperature": sc.GEN_AI_REQUEST_TEMPERATURE,
    "top_p": sc.GEN_AI_REQUEST_TOP_P,
    "top_k": sc.GEN_AI_REQUEST_TOP_K,
    "frequency_penalty": sc.GEN_AI_REQUEST_FREQUENCY_PENALTY,
    "presence_penalty": sc.GEN_AI_REQUEST_PRESENCE_PENALTY,
    "stop_sequences": sc.GEN_AI_REQUEST_STOP_SEQUENCES,
    "seed": sc.GEN_AI_REQUEST_SEED,
    "choice_count": sc.GEN_AI_REQUEST_CHOICE_COUNT,
}


def request_attributes(exchange: Exchange, settings: Settings) -> dict[str, Any]:
    # Segment attributes first: past the SDK's attribute limit the oldest are dropped, and the
    # required attributes must not be the ones to go (a segment key may not override them either).
    attrs: dict[str, Any] = dict(exchange.segment) if exchange.segment else {}
    attrs[sc.GEN_AI_OPERATION_NAME] = exchange.operation
    attrs[sc.GEN_AI_PROVIDER_NAME] = exchange.provider
    if exchange.request_model:
        attrs[sc.GEN_AI_REQUEST_MODEL] = exchange.request_model
    for key, value in exchange.request_params.items():
        name = _REQUEST_PARAMS.get(key)
        if name is not None and value is not None:
            attrs[name] = float(value) if key == "top_k" and type(value) is int else value  # a double
    if exchange.streaming:
        attrs[sc.GEN_AI_REQUEST_STREAM] = True
    if exchange.output_type is not None:
        attrs[sc.GEN_AI_OUTPUT_TYPE] = exchange.output_type
    elif exchange.output_format is not None:
        attrs[sc.GEN_AI_OUTPUT_TYPE] = sc.OUTPUT_TYPE_JSON
    if exchange.request_attributes:
        attrs.update(exchange.request_attributes)
    if exchange.server_address:
        attrs[sc.SERVER_ADDRESS] = exchange.server_address
    if exchange.server_port:
        attrs[sc.SERVER_PORT] = exchange.server_port
    if exchange.conversation_id:
        attrs[sc.GEN_AI_CONVERSATION_ID] = exchange.conversation_id
    if settings.capture_content and exchange.operation != sc.OPERATION_EMBEDDINGS:
        content_attributes(exchange, attrs)
    return attrs


def content_attributes(exchange: Exchange, attrs: dict[str, Any]) -> None:
    """The opt-in content attributes of a request, in the shapes of the GenAI JSON schemas."""
    history = exchange.history
    # The conventions: each instruction once, where the provider had it. Those that are turns of
    # the history stay there; those given apart (Responses `instructions`) are system instructions.
    in_history = {
        part.get("content")
        for message in history or ()
        if message.get("role") in ("system", "developer")
        for part in message.get("parts", ())
    }
    apart = [text for text in exchange.system_instructions if text and text not in in_history]
    if apart:
        attrs[sc.GEN_AI_SYSTEM_INSTRUCTIONS] = _json([{"type": "text", "content": text} for text in apart])
    if history is not None:
        attrs[sc.GEN_AI_INPUT_MESSAGES] = _json(history)
    else:
        attrs[sc.GEN_AI_INPUT_MESSAGES] = _json([_input_message(m) for m in exchange.messages])
    if exchange.tools:
        attrs[sc.GEN_AI_TOOL_DEFINITIONS] = _json(
            [
                {
                    "type": "function",
                    "name": tool.get("name"),
                    "description": tool.get("description") or None,
                    "parameters": tool.get("parameters"),
                }
                for tool in exchange.tools
            ]
        )


def _input_message(message: Any) -> dict[str, Any]:
    if message.role == "tool":
        part: dict[str, Any] = {"type": "tool_call_response", "id": message.tool_call_id, "response": message.content}
        return {"role": "tool", "parts": [part]}
    return {"role": message.role, "parts": [{"type": "text", "content": message.content}]}


def response_attributes(exchange: Exchange, settings: Settings, turn: int | None = None) -> dict[str, Any]:
    """The span attributes of the reply (``turn``: the exchange's ``turn_index``, if known)."""
    attrs: dict[str, Any] = {}
    if exchange.response_id:
        attrs[sc.GEN_AI_RESPONSE_ID] = exchange.response_id
    if exchange.response_model:
        attrs[sc.GEN_AI_RESPONSE_MODEL] = exchange.response_model
    if exchange.finish_reasons:
        attrs[sc.GEN_AI_RESPONSE_FINISH_REASONS] = list(exchange.finish_reasons)
    usage = exchange.usage
    if usage.input_tokens is not None:
        attrs[sc.GEN_AI_USAGE_INPUT_TOKENS] = usage.input_tokens
    if usage.output_tokens is not None:
        attrs[sc.GEN_AI_USAGE_OUTPUT_TOKENS] = usage.output_tokens
    if usage.cache_read_tokens is not None:
        attrs[sc.GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS] = usage.cache_read_tokens
    if usage.cache_creation_tokens is not None:
        attrs[sc.GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS] = usage.cache_creation_tokens
    if usage.reasoning_tokens is not None:
        attrs[sc.GEN_AI_USAGE_REASONING_OUTPUT_TOKENS] = usage.reasoning_tokens
    if exchange.time_to_first_chunk is not None:
        attrs[sc.GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK] = exchange.time_to_first_chunk
    if exchange.response_attributes:
        attrs.update(exchange.response_attributes)
    if exchange.error_type:
        attrs[sc.ERROR_TYPE] = exchange.error_type
    attrs[sc.MICROMETRICS_TURN_INDEX] = exchange.turn_index if turn is None else turn
    if settings.capture_content and exchange.error_type is None and exchange.operation != sc.OPERATION_EMBEDDINGS:
        attrs[sc.GEN_AI_OUTPUT_MESSAGES] = _json(output_messages(exchange))
    return attrs


def output_messages(exchange: Exchange) -> list[dict[str, Any]]:
    """``gen_ai.output.messages``: one message per choice; ``finish_reason`` is always a string
    (``error`` for a reply that ended without one, e.g. a stream left early)."""
    reasons = exchange.finish_reasons
    first = _output_message(exchange.output_text, exchange.tool_calls, reasons[0] if reasons else None)
    if exchange.reasoning_text:
        first["parts"].insert(0, {"type": "reasoning", "content": exchange.reasoning_text})
    messages = [first]
    for choice in exchange.other_choices or ():
        messages.append(_output_message(choice.text, choice.tool_calls, choice.finish_reason))
    return messages


def _output_message(text: str, tool_calls: Any, finish_reason: str | None) -> dict[str, Any]:
    parts: list[dict[str, Any]] = []
    if text:
        parts.append({"type": "text", "content": text})
    for call in tool_calls:
        parts.append({"type": "tool_call", "id": call.id, "name": call.name, "arguments": _arguments(call.arguments)})
    return {"role": "assistant", "parts": parts, "finish_reason": finish_reason or "error"}


def _arguments(raw: str) -> Any:
    """Tool-call arguments as the JSON value the model wrote, else the raw text."""
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return raw


def _json(value: Any) -> str:
    return encodable(json.dumps(value, ensure_ascii=False, default=str))
