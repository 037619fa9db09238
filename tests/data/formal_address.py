"""formal_address: the shop addresses its customers formally (Sie), never with du."""

from __future__ import annotations

import re

from otel_micrometrics import Exchange, Result, check

INFORMAL = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE)
FORMAL = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")


@check(
    "formal_address",
    level="walk",
    owner="support team",
    review_by="2027-03-05",
    description="fail when a German reply addresses the customer with du instead of Sie.",
    labels=("pass", "fail"),
)
def formal_address(x: Exchange) -> Result | None:
    """fail on du, pass on Sie; None when the reply addresses nobody in German."""
    if INFORMAL.search(x.output_text):
        return Result("fail", explanation="informal address (du)")
    if FORMAL.search(x.output_text):
        return Result("pass")
    return None
