"""Crawl-level checks on how the call ended: cut off, filtered, or empty."""

from __future__ import annotations

from ..exchange import Exchange
from ..registry import Result, check

OWNER = "otel-micrometrics"
_TRUNCATED = frozenset({"length", "max_tokens", "max_output_tokens", "model_length_exceeded"})
_FILTERED = frozenset({"content_filter", "safety", "prohibited_content", "blocklist", "spii", "recitation"})

PASS = Result(label="pass")


def _first_of(exchange: Exchange, reasons: frozenset[str]) -> Result | None:
    """``fail`` naming the first finish reason among ``reasons`` (any case), ``pass`` when there
    is none, nothing without a finish reason. One loop: no lists are built for the common pass."""
    if not exchange.finish_reasons:
        return None
    for reason in exchange.finish_reasons:
        lower = reason.lower()
        if lower in reasons:
            return Result(label="fail", explanation=f"finish reason {lower}")
    return PASS


@check(
    "truncation",
    level="crawl",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("pass", "fail"),
    reads_messages=False,  # the reply only: a crawl call does not read the request's messages
    description="fail when the reply was cut off by the token limit.",
)
def truncation(exchange: Exchange) -> Result | None:
    """``fail`` when a finish reason says the token limit cut the reply off."""
    return _first_of(exchange, _TRUNCATED)


@check(
    "content_filter",
    level="crawl",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("pass", "fail"),
    reads_messages=False,  # the reply only: a crawl call does not read the request's messages
    description="fail when a provider's content filter stopped the reply.",
)
def content_filter(exchange: Exchange) -> Result | None:
    """``fail`` when a finish reason says a safety or content filter stopped the reply."""
    return _first_of(exchange, _FILTERED)


@check(
    "empty_response",
    level="crawl",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("pass", "fail"),
    reads_messages=False,  # the reply only: a crawl call does not read the request's messages
    description="fail when the reply has no text and no tool call.",
)
def empty_response(exchange: Exchange) -> Result | None:
    """``fail`` when there is neither text (after stripping whitespace) nor a tool call."""
    if exchange.error_type is not None:
        return None
    if exchange.output_text.strip() or exchange.tool_calls:
        return PASS
    if exchange.refusal:
        return PASS  # a structured refusal is a reply; the refusal check judges it
    return Result(label="fail", explanation="no text and no tool call")
