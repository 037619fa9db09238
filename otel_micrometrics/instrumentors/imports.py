"""Wrapping a client library when the application imports it, not before.

``instrument()`` covers every supported library that is installed, but an application uses one
or two of them. Importing the others would cost it seconds of start-up and hundreds of
thousands of long-lived objects that every full garbage collection then walks (anthropic alone
is about 3,000 modules). So a library that is not imported yet is wrapped by a post-import hook
the moment the application imports it; one that is already imported is wrapped at once.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

from opentelemetry.instrumentation.instrumentor import BaseInstrumentor  # type: ignore[attr-defined]
from wrapt import register_post_import_hook

from ..runtime import ensure

_log = logging.getLogger("otel_micrometrics")

# Module name -> what to run when it is imported. One entry per module: an instrumentor that
# is instrumented again before the import replaces its entry, one uninstrumented removes it.
_pending: dict[str, Callable[[], None]] = {}
# Modules with a post-import hook registered. wrapt cannot remove a hook, so each module gets
# one hook for the life of the process and the hook reads ``_pending`` when it fires.
_hooked: set[str] = set()
_lock = threading.Lock()


def when_imported(module: str, install: Callable[[], None]) -> None:
    """Run ``install`` now if ``module`` is imported, else once, right after the application
    imports it. ``install`` may raise: the error is logged, never passed on."""
    register = False
    with _lock:
        if module in sys.modules:
            _pending.pop(module, None)
            ready = True
        else:
            _pending[module] = install
            ready = False
            register = module not in _hooked
            _hooked.add(module)
    if ready:
        install()  # the instrumentor's own caller reports a failure here
        return
    if register:
        # Outside our lock: wrapt runs the hook at once if the module was imported meanwhile.
        register_post_import_hook(_imported, module)


def cancel(module: str) -> bool:
    """Forget a pending install; True when there was one (the library was never wrapped)."""
    with _lock:
        return _pending.pop(module, None) is not None


def _imported(module: ModuleType) -> None:
    """The post-import hook: install what is pending for this module, exactly once."""
    name = getattr(module, "__name__", "")
    with _lock:
        install = _pending.pop(name, None)
    if install is None:
        return
    try:
        install()
    except Exception as exc:  # an import of the application's must never fail because of us
        _log.warning("otel-micrometrics: could not instrument %s: %s: %s", name, type(exc).__name__, exc)


class LazyInstrumentor(BaseInstrumentor):  # type: ignore[misc]
    """An instrumentor of one client library, wrapped when the application imports ``module``.

    A subclass names ``module`` and defines ``_wrap()`` (wrap the library, remembering what it
    wrapped) and ``_unwrap()`` (undo whatever ``_wrap()`` did, if it ran at all). With
    ``OTEL_SDK_DISABLED`` nothing is wrapped, whichever way the instrumentor is started.
    """

    module = ""

    def _wrap(self) -> None:
        raise NotImplementedError

    def _unwrap(self) -> None:
        raise NotImplementedError

    def _instrument(self, **kwargs: Any) -> None:
        if ensure(**kwargs):  # False with OTEL_SDK_DISABLED: leave the library untouched
            when_imported(self.module, self._wrap)

    def _uninstrument(self, **kwargs: Any) -> None:
        cancel(self.module)
        self._unwrap()
