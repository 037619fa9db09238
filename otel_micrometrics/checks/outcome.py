"""Crawl-level checks on how the call ended: cut off, filtered, or empty."""

from __future__ import annotations

from ..exchange import Exchange
from ..registry import Result, check

OWNER = "otel-micrometrics"
_TRUNCATED = frozenset({"length", "max_tokens", "max_output_tokens", "model_length_exceeded"})
_FILTERED = frozenset({"content_filter", "safety", "prohibited_content", "blocklist", "spii", "recitation"})

PASS = Result(label="pass")


def _finish(exchange: Exchange) -> list[str]:
    return [r.lower() for r in exchange.finish_reasons]


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
    reasons = _finish(exchange)
    if not reasons:
        return None
    hit = [r for r in reasons if r in _TRUNCATED]
    if hit:
        return Result(label="fail", explanation=f"finish reason {hit[0]}")
    return PASS


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
    reasons = _finish(exchange)
    if not reasons:
        return None
    hit = [r for r in reasons if r in _FILTERED]
    if hit:
        return Result(label="fail", explanation=f"finish reason {hit[0]}")
    return PASS


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
