"""What the "unexpected replies" tests share: make the same call bare and instrumented, and
require that the application sees no difference and that none of our code raised."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

BIG = "All good here. " * (10 * 1024 * 1024 // 15)  # about 10 MB of reply text
SURROGATES = "broken \ud800 text \udfff here, more words to read"  # not encodable as UTF-8
PLACEHOLDER = "PLACEHOLDER"


def invalid_utf8(body: Any, bad: bytes = b"bad \xff\xfe") -> bytes:
    """``body`` as JSON bytes with ``PLACEHOLDER`` (in one of its strings) replaced by ``bad``."""
    return json.dumps(body).encode().replace(PLACEHOLDER.encode(), bad)


def outcome(fn: Callable[[], Any]) -> tuple[str, Any]:
    """``("value", what the call returned)`` or ``("raised", the exception's type)``."""
    try:
        return "value", fn()
    except Exception as exc:  # what the client library itself raises for this reply
        return "raised", type(exc)


def summary(value: Any) -> Any:
    return value.model_dump() if hasattr(value, "model_dump") else value


def internal_errors(caplog: Any) -> list[str]:
    """Our own warnings: an internal error is swallowed and logged, never raised."""
    return [r.getMessage() for r in caplog.records if r.name == "otel_micrometrics" and r.levelno >= logging.WARNING]


def spy_returns(monkeypatch: Any, owner: type, name: str) -> list[Any]:
    """Every value ``owner.name`` returns from now on (observed, not changed)."""
    seen: list[Any] = []
    original = getattr(owner, name)

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        value = original(self, *args, **kwargs)
        seen.append(value)
        return value

    monkeypatch.setattr(owner, name, spy)
    return seen


def assert_unchanged(
    bare: tuple[str, Any],
    instrumented: tuple[str, Any],
    made: list[Any] | None = None,
    same: Callable[[Any], Any] = summary,
) -> None:
    """The instrumented call's ``outcome`` is the bare one's: a value of the same type and ``same``
    form (and, given ``made``, the very object the library made last), or the same exception."""
    kind, value = instrumented
    assert kind == bare[0]
    if kind == "value":
        if made is not None:
            assert value is made[-1]  # the very object the library made, not a copy or a proxy
        assert type(value) is type(bare[1]) and same(value) == same(bare[1])
    else:
        assert value is bare[1]


def assert_clean(spans: list[Any], caplog: Any) -> None:
    """One span for the call, ended, and no internal error of ours."""
    assert len(spans) == 1 and spans[0].end_time is not None
    assert internal_errors(caplog) == []
