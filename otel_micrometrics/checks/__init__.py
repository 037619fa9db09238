"""Built-in checks, one module per family. Importing this package registers them."""

from . import format, language, length, markdown, outcome, pii, refusal, repetition  # noqa: F401

__all__ = ["format", "language", "length", "markdown", "outcome", "pii", "refusal", "repetition"]
