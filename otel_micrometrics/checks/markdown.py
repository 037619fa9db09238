"""Markdown in the reply: a bug on channels that show or speak raw text (voice, SMS).

The label is ``present`` or ``absent``; which one is a failure depends on the channel, so
segment the rate by channel (``OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES``).
"""

from __future__ import annotations

import re

from ..exchange import Exchange
from ..registry import Result, check

OWNER = "otel-micrometrics"
ABSENT = Result(label="absent")

# Block syntax, tried only on lines that start with one of its characters.
_BLOCK = re.compile(
    r"(?P<heading>#{1,6}[ \t]+\S|={3,}[ \t]*$)"
    r"|(?P<code_fence>```|~~~)"
    r"|(?P<table>\|?[ \t]*:?-{3,}:?[ \t]*\|)"
    r"|(?P<horizontal_rule>(?:-[ \t]*){3,}$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$)"
    r"|(?P<list>(?:[-*+]|\d{1,3}[.)])[ \t]+\S)"
    r"|(?P<blockquote>>[ \t]?\S)"
)
_BLOCK_STARTS = frozenset("#=`~|:-*_+>0123456789")
# Inline syntax, searched only when its marker character occurs at all.
_EMPHASIS = re.compile(
    r"\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|__(?=\S)[^_\n]+?(?<=\S)__|~~(?=\S)[^~\n]+?(?<=\S)~~"
    # "not after a word character or another marker" is looked behind from after the marker, so
    # that every alternative starts with its marker: the search then skips in C every character
    # that starts none (before, each alternative was tried at every character of the reply)
    r"|\*(?<![\w*]\*)(?=[^\s*])[^*\n]+?(?<=[^\s*])\*(?![\w*])"
    r"|_(?<![\w_]_)(?=[^\s_])[^_\n]+?(?<=[^\s_])_(?![\w_])"
)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_LINK = re.compile(r"!?\[[^\]\n]+\]\([^)\s]+\)")
_INLINE = (
    ("emphasis", ("*", "_", "~~"), _EMPHASIS),
    ("inline_code", ("`",), _INLINE_CODE),
    ("link", ("](",), _LINK),
)


def markdown_kinds(text: str) -> list[str]:
    """The kinds of markdown syntax found in ``text``, in a fixed order."""
    kinds: list[str] = []
    for line in text.splitlines():
        line = line.lstrip(" \t")
        if line and line[0] in _BLOCK_STARTS:
            match = _BLOCK.match(line)
            if match is not None and match.lastgroup not in kinds:
                kinds.append(match.lastgroup)  # type: ignore[arg-type]
    for kind, markers, pattern in _INLINE:
        for marker in markers:
            if marker in text:
                if pattern.search(text) is not None:
                    kinds.append(kind)
                break
    return kinds


@check(
    "markdown",
    level="walk",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("present", "absent"),
    description="present when the reply uses markdown syntax (a bug on voice and SMS channels).",
)
def markdown(exchange: Exchange) -> Result | None:
    """``present`` when the reply has markdown syntax: headings, emphasis, lists, code,
    links, tables, quotes or rules; ``absent`` otherwise."""
    text = exchange.output_text
    if exchange.error_type is not None or not text.strip():
        return None
    kinds = markdown_kinds(text)
    if not kinds:
        return ABSENT
    return Result(label="present", explanation=", ".join(k.replace("_", " ") for k in kinds))
