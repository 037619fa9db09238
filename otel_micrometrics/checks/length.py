"""Size of the reply."""

from __future__ import annotations

from ..exchange import Exchange
from ..registry import Histogram, Result, check


@check(
    "response_length",
    whole_reply=True,  # linear in the text
    level="walk",
    owner="otel-micrometrics",
    review_by="2027-06-30",
    # a check names its own histogram, as a custom check does (docs/telemetry.md lists it)
    histogram=Histogram("micrometrics.response.length", "{char}", "Characters in the reply"),
    description="Characters in the reply (score).",
)
def response_length(exchange: Exchange) -> Result | None:
    """Score: number of characters of the reply text."""
    if exchange.error_type is not None:
        return None
    # Positional: a frozen dataclass takes keyword arguments at twice the cost.
    return Result(None, float(len(exchange.output_text)))
