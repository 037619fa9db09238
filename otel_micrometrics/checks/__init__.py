"""Built-in checks, one module per family. Importing this package registers them."""

from . import (
    conversation,
    format,
    language,
    length,
    markdown,
    outcome,
    pii,
    refusal,
    repetition,
)

__all__ = [
    "conversation",
    "format",
    "language",
    "length",
    "markdown",
    "outcome",
    "pii",
    "refusal",
    "repetition",
]
