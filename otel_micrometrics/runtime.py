"""The runtime: what ``instrument()`` set up, shared by every part that acts on a call.

The adapters (``instrumentors/``), the companion processor, the guard, the background worker
and ``record_feedback``/``record_outcome`` all ask ``active()`` for it; none of them imports
the package face or another adapter to find it. Also here: the context keys that mark our own
calls, the memory of finished calls, and the one report of an internal error.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from opentelemetry import context as context_api
from opentelemetry.trace import SpanContext

from . import semconv as sc
from .config import Settings
from .log import warn_once
from .registry import CheckSpec

if TYPE_CHECKING:
    from .exchange import Exchange
    from .guard import Guard
    from .telemetry import Telemetry
    from .worker import CheckTimer, SlowChecks

# Set by the instrumentation for code whose own calls must not be traced (judges, guards).
SUPPRESS_KEY = context_api.create_key("otel-micrometrics-suppress")
# Set while a call of ours is in progress: a second wrapper of the same request (another
# instrumentation wrapping a subclass, or our own wrap of a shadowing method) passes through.
IN_CALL_KEY = context_api.create_key("otel-micrometrics-in-call")

DEFAULT_MEMORY = 10000


@dataclass(frozen=True, slots=True)
class CallRecord:
    """What is kept of a finished call: where its span is and its bounded metric attributes."""

    span_context: SpanContext | None
    attributes: Mapping[str, Any]


class CallMemory:
    """Finished calls by response id and by conversation id, ``capacity`` of each at most."""

    def __init__(self, capacity: int = DEFAULT_MEMORY) -> None:
        self.capacity = max(0, int(capacity))
        self._responses: OrderedDict[str, CallRecord] = OrderedDict()
        self._conversations: OrderedDict[str, Mapping[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def remember(self, exchange: Exchange, span_context: SpanContext, attributes: Mapping[str, Any]) -> None:
        if self.capacity == 0:
            return
        attributes = dict(attributes)
        with self._lock:
            if exchange.response_id:
                _put(self._responses, exchange.response_id, CallRecord(span_context, attributes), self.capacity)
            if exchange.conversation_id:
                # An outcome is the whole conversation's: not tied to the turn of its last call.
                whole = {k: v for k, v in attributes.items() if k != sc.MICROMETRICS_TURN}
                _put(self._conversations, exchange.conversation_id, whole, self.capacity)

    def response(self, response_id: str) -> CallRecord | None:
        with self._lock:
            return self._responses.get(response_id)

    def conversation(self, conversation_id: str) -> Mapping[str, Any] | None:
        with self._lock:
            return self._conversations.get(conversation_id)

    def __len__(self) -> int:
        with self._lock:
            return len(self._responses)


def _put(store: OrderedDict[str, Any], key: str, value: Any, capacity: int) -> None:
    store[key] = value
    store.move_to_end(key)
    while len(store) > capacity:
        store.popitem(last=False)


@dataclass(slots=True)
class Runtime:
    """What ``instrument()`` set up: settings, telemetry and the selected checks."""

    settings: Settings
    telemetry: Telemetry
    checks: tuple[CheckSpec, ...]
    guard: Guard | None = None  # when OTEL_MICROMETRICS_GUARD is set
    worker: SlowChecks | None = None  # when a slow check (the judge) is enabled
    # Finished calls by response id and conversation id, for record_feedback/record_outcome.
    memory: CallMemory = field(default_factory=CallMemory)
    timer: CheckTimer | None = None  # moves inline checks over their time budget off-thread


_runtime: Runtime | None = None
_runtime_lock = threading.Lock()


def activate(runtime: Runtime | None) -> None:
    """Make ``runtime`` the one every call uses (``None``: calls pass through untouched)."""
    global _runtime
    with _runtime_lock:
        _runtime = runtime


def active() -> Runtime | None:
    return _runtime


_builder: Callable[..., bool] | None = None


def register_builder(builder: Callable[..., bool]) -> None:
    """How to build the runtime (the package face registers ``instrument()``'s builder at import),
    so that an instrumentor started on its own (``opentelemetry-instrument``) can build it
    without importing the face."""
    global _builder
    _builder = builder


def ensure(**kwargs: Any) -> bool:
    """Build the runtime unless one is active (``kwargs``: settings and providers); False when
    none can be active (``OTEL_SDK_DISABLED``)."""
    builder = _builder
    if builder is None:
        return _runtime is not None
    return builder(**kwargs)


def internal_error(where: str, exc: BaseException) -> None:
    """Our own bug must cost the application nothing: log once per place, go on."""
    warn_once(("internal", where), "otel-micrometrics: internal error in %s: %s: %s", where, type(exc).__name__, exc)
