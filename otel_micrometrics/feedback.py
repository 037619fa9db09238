"""Feedback and outcomes from the application: what the user thought, how the conversation ended.

``record_feedback`` ties a thumbs up/down or a star rating to the call that produced the
rated response (its span, model and segment), minutes later and from any thread.
``record_outcome`` counts how a conversation ended, per model and segment, so a resolution
rate per prompt version is one query. Both never raise into the application.

To find the call again, the lifecycle remembers each finished call in the runtime's
``CallMemory`` (``runtime.py``): bounded, least recently used first out, thread-safe.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING, Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import NonRecordingSpan

from . import semconv as sc
from .log import warn_once
from .runtime import active

if TYPE_CHECKING:
    from .telemetry import Telemetry

_log = logging.getLogger("otel_micrometrics")

OUTCOMES = ("resolved", "escalated", "abandoned")
MAX_LABEL_CHARS = 64


# --- feedback --------------------------------------------------------------------------------


def _score_of(score: Any) -> float | None:
    if score is None:
        return None
    if isinstance(score, bool):  # thumbs as True/False
        return 1.0 if score else 0.0
    if isinstance(score, (int, float)) and math.isfinite(score):
        return float(score)
    raise ValueError(f"score must be a finite number or a bool, not {score!r}")


def record_feedback(
    response_id: str,
    score: float | bool | None = None,
    label: str | None = None,
    comment: str | None = None,
) -> None:
    """Record the user's feedback on one response (thumbs up/down, 1-5 stars, ...).

    Emits a ``gen_ai.evaluation.result`` event named ``user_feedback`` in the context of the
    call that produced ``response_id`` (its trace and span) and counts it in
    ``micrometrics.evaluations`` with that call's model, provider and segment attributes.
    ``label`` (for example ``"thumbs_up"``) is the counter's label; without one, an integral
    ``score`` is used as the label (``"5"``). ``comment`` goes into the event's
    ``gen_ai.evaluation.explanation`` only when message content capture is opted in, and never
    onto a metric. When the call is no longer remembered (or was never seen), the event carries
    ``gen_ai.response.id`` only and the counter no model. Thread-safe; never raises.
    """
    try:
        _record_feedback(response_id, score, label, comment)
    except Exception as exc:  # the plugin must never hurt the application
        warn_once(
            ("feedback", type(exc).__name__),
            "otel-micrometrics: record_feedback ignored: %s: %s",
            type(exc).__name__,
            exc,
        )


def _record_feedback(response_id: Any, score: Any, label: Any, comment: Any) -> None:

    if not isinstance(response_id, str) or not response_id:
        raise ValueError(f"response_id must be a non-empty string, not {response_id!r}")
    value = _score_of(score)
    if label is not None and not isinstance(label, str):
        raise ValueError(f"label must be a string, not {label!r}")
    if value is None and not label:
        raise ValueError("give a score, a label or both")
    runtime = active()
    if runtime is None:
        return  # not instrumented: nothing to write to
    telemetry: Telemetry = runtime.telemetry
    record = runtime.memory.response(response_id)

    event: dict[str, Any] = {
        sc.GEN_AI_EVALUATION_NAME: sc.EVALUATION_USER_FEEDBACK,
        sc.GEN_AI_RESPONSE_ID: response_id,
    }
    if label:
        event[sc.GEN_AI_EVALUATION_SCORE_LABEL] = label[:MAX_LABEL_CHARS]
    if value is not None:
        event[sc.GEN_AI_EVALUATION_SCORE_VALUE] = value
    if isinstance(comment, str) and comment and runtime.settings.capture_content:
        event[sc.GEN_AI_EVALUATION_EXPLANATION] = comment
    # An empty context, not the caller's: a forgotten call must not be tied to whatever
    # span happens to be current where the feedback arrives.
    context = Context()
    if record is not None and record.span_context is not None and record.span_context.is_valid:
        context = trace.set_span_in_context(NonRecordingSpan(record.span_context))
    telemetry.logger.emit(event_name=sc.EVENT_EVALUATION_RESULT, attributes=event, context=context)

    counted: dict[str, Any] = dict(record.attributes) if record is not None else {}
    counted[sc.GEN_AI_EVALUATION_NAME] = sc.EVALUATION_USER_FEEDBACK
    counter_label = (
        label[:MAX_LABEL_CHARS] if label else (str(int(value)) if value is not None and value.is_integer() else None)
    )
    if counter_label:
        # bounded like every check's labels: past the limit a new label is counted as _OTHER
        bounded = telemetry.labels(sc.EVALUATION_USER_FEEDBACK, counter_label)
        if bounded != counter_label:
            warn_once(
                ("feedback", "labels"),
                "otel-micrometrics: record_feedback got more than %d distinct labels; further labels are "
                "counted as %r (metric attributes must stay bounded)",
                telemetry.labels.limit,
                bounded,
            )
        counted[sc.GEN_AI_EVALUATION_SCORE_LABEL] = bounded
    telemetry.evaluation_counts.add_one(counted)


# --- outcomes --------------------------------------------------------------------------------


def record_outcome(conversation_id: str, outcome: str) -> None:
    """Count how a conversation ended: ``resolved``, ``escalated`` or ``abandoned``.

    Counted in ``micrometrics.conversation.outcomes`` with the attribute
    ``micrometrics.conversation.outcome`` plus the model, provider and segment attributes of
    the conversation's latest instrumented call (calls carry a conversation id through the
    ``gen_ai.conversation.id`` baggage entry). For a conversation never seen, the segment
    attributes present in the caller's baggage are used and no model. An invalid outcome gets
    one warning and is not counted. Thread-safe; never raises.
    """
    try:
        _record_outcome(conversation_id, outcome)
    except Exception as exc:
        warn_once(
            ("outcome", type(exc).__name__),
            "otel-micrometrics: record_outcome ignored: %s: %s",
            type(exc).__name__,
            exc,
        )


def _record_outcome(conversation_id: Any, outcome: Any) -> None:
    from .segment import segment_from_baggage

    if outcome not in OUTCOMES:
        warn_once(
            ("outcome-value", repr(outcome)[:100]),
            "otel-micrometrics: record_outcome got outcome=%r; accepted values: %s; not counted",
            outcome,
            ", ".join(OUTCOMES),
        )
        return
    if not isinstance(conversation_id, str) or not conversation_id:
        raise ValueError(f"conversation_id must be a non-empty string, not {conversation_id!r}")
    runtime = active()
    if runtime is None:
        return
    known = runtime.memory.conversation(conversation_id)
    attrs: dict[str, Any] = (
        dict(known) if known is not None else dict(segment_from_baggage(runtime.settings.segment_attributes))
    )
    attrs[sc.MICROMETRICS_CONVERSATION_OUTCOME] = outcome
    runtime.telemetry.conversation_outcomes.add(1, attrs)
