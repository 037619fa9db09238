"""Which checks exist and which run: the built-in ones, those that installed packages declare,
and the configuration's choice among them.

The one module that knows the built-in check modules. The registry below it only keeps what
the ``@check`` decorator registered, so the checks depend on the registry and never the
other way round.
"""

from __future__ import annotations

from .config import Settings
from .registry import REGISTRY, CheckSpec, Registry, choose_checks, load_entry_point_checks


def load_builtin_checks() -> None:
    """Import the built-in check modules so that they register themselves."""
    from . import checks, judge  # noqa: F401  (import registers)


def select_checks(settings: Settings, registry: Registry = REGISTRY) -> tuple[CheckSpec, ...]:
    """The checks to run: all registered checks up to the configured level (built-in and
    from installed packages), plus those named in ``OTEL_MICROMETRICS_CHECKS``, minus those
    in ``OTEL_MICROMETRICS_DISABLED_CHECKS``."""
    load_builtin_checks()
    load_entry_point_checks(registry)
    return choose_checks(settings, registry)
