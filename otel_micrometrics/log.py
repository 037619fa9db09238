"""The package's logger and its one warn-once helper.

Every warning the plugin gives about something that can repeat (a broken check, a bad
feedback value, an internal error in one place) is said once per process: an application
must never get a log line per call from us. The set of keys said is bounded, so a key made
from input cannot grow memory either.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Hashable
from typing import Any

LOG = logging.getLogger("otel_micrometrics")

# Distinct warnings kept in memory; beyond it, new keys are not said (the first ones are).
MAX_WARNINGS = 1000

_said: set[Hashable] = set()
_lock = threading.Lock()


def warn_once(key: Hashable, message: str, *args: Any) -> bool:
    """Log ``message % args`` at warning level the first time ``key`` is seen.

    Returns whether it was logged (a caller may add a debug line with details then)."""
    if key in _said:
        return False
    with _lock:
        if key in _said or len(_said) >= MAX_WARNINGS:
            return False
        _said.add(key)
    LOG.warning(message, *args)
    return True


def forget_warnings() -> None:
    """Say every warning again (for tests that assert a warning)."""
    with _lock:
        _said.clear()
