"""``segment(...)``: tag every LLM call in a block with prompt version, tenant, conversation.

The values go into OpenTelemetry baggage for the block, so they also reach calls made in
threads or tasks that copy the context, and other services when baggage is propagated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from opentelemetry import baggage
from opentelemetry import context as context_api
from opentelemetry.context import Context

from . import semconv as sc

# Keyword names that stand for a longer, conventional key. Any other keyword is used as is.
KEYWORD_KEYS: Mapping[str, str] = {
    "prompt_version": sc.MICROMETRICS_PROMPT_VERSION,
    "conversation_id": sc.GEN_AI_CONVERSATION_ID,
}


class segment:
    """Set segment attributes (OpenTelemetry baggage) for a block of code, sync or async::

        with otel_micrometrics.segment(prompt_version="v7", tenant="acme", conversation_id=cid):
            client.chat.completions.create(...)

        async with otel_micrometrics.segment({"micrometrics.prompt.version": "v7"}):
            await client.chat.completions.create(...)

    Keywords map to keys by ``KEYWORD_KEYS`` (``prompt_version`` -> ``micrometrics.prompt.version``,
    ``conversation_id`` -> ``gen_ai.conversation.id``), others are used as written; a dict
    gives exact keys. Keys named in ``OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES`` are copied onto
    the call's span and metrics; the conversation id goes on spans only (never on metrics).
    ``None`` values are skipped.
    """

    __slots__ = ("_tokens", "attributes")

    def __init__(self, attributes: Mapping[str, Any] | None = None, /, **keywords: Any) -> None:
        values: dict[str, str] = {}
        for key, value in (attributes or {}).items():
            if value is not None:
                values[str(key)] = str(value)
        for name, value in keywords.items():
            if value is not None:
                values[KEYWORD_KEYS.get(name, name)] = str(value)
        self.attributes = values
        self._tokens: list[object] = []

    def __enter__(self) -> segment:
        ctx = context_api.get_current()
        for key, value in self.attributes.items():
            ctx = baggage.set_baggage(key, value, ctx)
        self._tokens.append(context_api.attach(ctx))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._tokens:
            context_api.detach(self._tokens.pop())  # type: ignore[arg-type]

    async def __aenter__(self) -> segment:
        return self.__enter__()

    async def __aexit__(self, *exc: object) -> None:
        self.__exit__(*exc)


# --- reading the block's values back, where a call starts -------------------------------------


def any_baggage(context: Context | None = None) -> bool:
    """Whether the context carries any baggage at all (when not, nothing below can be found)."""
    return bool(baggage.get_all(context))


def conversation_from_baggage(context: Context | None = None) -> str | None:
    """The conversation id a ``segment(conversation_id=...)`` block set, if any."""
    value = baggage.get_baggage(sc.GEN_AI_CONVERSATION_ID, context)
    return str(value) if value else None


def segment_from_baggage(keys: Sequence[str], context: Context | None = None) -> dict[str, str]:
    """Configured segment attributes, read from OpenTelemetry baggage."""
    if not keys:
        return {}
    found: dict[str, str] = {}
    for key in keys:
        value = baggage.get_baggage(key, context)
        if value is None and key == sc.MICROMETRICS_PROMPT_VERSION:
            value = baggage.get_baggage(sc.LEGACY_PROMPT_VERSION, context)  # the old key, for one release
        if value is not None:
            found[key] = str(value)
    return found
