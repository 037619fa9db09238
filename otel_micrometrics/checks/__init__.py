"""Built-in checks, one module per family. Importing this package registers them."""

from . import language, outcome, length, conversation  # noqa: F401

__all__ = ["language", "outcome", "length", "conversation"]
