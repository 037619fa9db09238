"""Checks born from ACME's incidents. Plain functions of an ``Exchange``."""

from __future__ import annotations

import re

from otel_micrometrics import Exchange, check

# Incident 2026-03-02: the bot recommended a competitor's shop to a customer.
COMPETITORS = re.compile(r"\b(?:globex|initech|umbrella corp)\b", re.IGNORECASE)


@check(
    "mentions_competitor",
    level="walk",
    owner="support-bot team <support-bot@acme.example>",
    review_by="2027-03-31",
    description="fail when the reply names a competitor.",
)
def mentions_competitor(exchange: Exchange) -> bool | None:
    """``fail`` when the reply names a competitor (True = pass)."""
    if exchange.error_type is not None or not exchange.output_text:
        return None  # does not apply: nothing is emitted
    return COMPETITORS.search(exchange.output_text) is None


@check(
    "answer_words",
    level="walk",
    owner="support-bot team <support-bot@acme.example>",
    review_by="2027-03-31",
    description="Words in the reply (score).",
)
def answer_words(exchange: Exchange) -> int | None:
    """Score: number of words in the reply."""
    if exchange.error_type is not None:
        return None
    return len(exchange.output_text.split())
