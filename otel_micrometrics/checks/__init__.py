"""Built-in checks, one module per family. Importing this package registers them."""

from . import language, outcome, length  # noqa: F401
from . import format, pii, repetition, markdown  # noqa: F401

__all__ = ["language", "outcome", "length", "format", "pii", "repetition", "markdown"]
