"""Raw-response proxies shared by the Stainless-generated SDKs (openai, anthropic, ...).

``client.x.with_raw_response.create(...)`` and ``with_streaming_response`` hand the application
an ``APIResponse``-like object instead of the parsed reply; the application calls ``.parse()``
(or reads bytes) when it wants. The call's span ends when the reply becomes known:

- non-streamed reply: at the application's ``parse()`` (cached by the SDK, so the object the
  application gets is the one we read), or at ``close()`` when the body was read;
- streamed reply: ``parse()`` returns the SDK's stream, wrapped in the shared stream proxy,
  which then ends the call as any stream does;
- closed, or garbage-collected, without the reply read: abandoned (marked, no checks).

Headers, ``.parse()``, ``.read()``, ``.iter_lines()`` and the rest pass through unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import wrapt

from .. import semconv as sc
from ..runtime import internal_error
from .lifecycle import Adapter, Call
from .stream import AsyncStreamProxy, StreamAccumulator, SyncStreamProxy, notify_closed

AccumulatorFactory = Callable[[], StreamAccumulator]

__all__ = ["AsyncRawResponseProxy", "RawReply", "RawResponseProxy", "wrap_stream"]


def wrap_stream(stream: Any, call: Call, accumulator: StreamAccumulator) -> Any:
    """The stream in the proxy that fits it (async streams have ``__aiter__``)."""
    if hasattr(type(stream), "__aiter__"):
        return AsyncStreamProxy(stream, call, accumulator)
    return SyncStreamProxy(stream, call, accumulator)


class RawReply:
    """The pending call behind one raw response."""

    __slots__ = ("accumulator", "adapter", "call", "ended", "run_checks", "stream")

    def __init__(self, call: Call, adapter: Adapter, accumulator: AccumulatorFactory | None, run_checks: bool) -> None:
        self.call = call
        self.adapter = adapter
        self.accumulator = accumulator
        self.run_checks = run_checks
        self.stream: Any = None
        self.ended = False

    def parsed(self, to: Any, value: Any) -> Any:
        """What ``parse()`` returned; the value the application gets back."""
        if to is not None or self.ended:
            if self.stream is not None and getattr(self.stream, "__wrapped__", None) is value:
                return self.stream
            return value
        try:
            if self.call.exchange.streaming and self.accumulator is not None and _is_stream(value):
                self.ended = True
                self.stream = wrap_stream(value, self.call, self.accumulator())
                return self.stream
            self.reply(value)
        except Exception as exc:
            internal_error("reading a raw response", exc)
        return value

    def reply(self, value: Any) -> None:
        if self.ended:
            return
        self.ended = True
        try:
            self.adapter.response(self.call.exchange, value)
        except Exception as exc:
            internal_error(f"reading the {self.call.exchange.provider} response", exc)
        self.call.finish(run_checks=self.run_checks)

    def closed(self, raw: Any) -> None:
        """The response was closed: read the reply if the body is in, else abandoned."""
        if self.stream is not None:
            notify_closed(self.stream)
        if self.ended:
            return
        try:
            http = getattr(raw, "http_response", None)
            if not self.call.exchange.streaming and http is not None and getattr(http, "is_stream_consumed", False):
                self.reply(raw.parse())
                return
        except Exception as exc:
            internal_error("reading a closed raw response", exc)
        self.abandoned()

    def abandoned(self) -> None:
        if self.ended:
            return
        self.ended = True
        try:
            self.call.span.set_attribute(sc.MICROMETRICS_STREAM_ABANDONED, True)
        except Exception:
            pass
        self.call.finish(run_checks=False)


def _is_stream(value: Any) -> bool:
    kind = type(value)
    return hasattr(kind, "__aiter__") or hasattr(kind, "__next__")


class RawResponseProxy(wrapt.ObjectProxy):  # type: ignore[type-arg, misc, unused-ignore]  # generic only in wrapt 2
    """A raw response with a synchronous ``parse()`` (``LegacyAPIResponse``, ``APIResponse``)."""

    def __init__(self, wrapped: Any, pending: RawReply) -> None:
        super().__init__(wrapped)
        self._self_pending = pending

    def parse(self, *args: Any, **kwargs: Any) -> Any:
        value = self.__wrapped__.parse(*args, **kwargs)
        return self._self_pending.parsed(kwargs.get("to", args[0] if args else None), value)

    def close(self) -> Any:
        try:
            return self.__wrapped__.close()
        finally:
            self._self_pending.closed(self.__wrapped__)

    def __del__(self) -> None:
        try:
            self._self_pending.abandoned()
        except Exception:
            pass


class AsyncRawResponseProxy(wrapt.ObjectProxy):  # type: ignore[type-arg, misc, unused-ignore]  # generic only in wrapt 2
    """A raw response with an asynchronous ``parse()`` (``AsyncAPIResponse``)."""

    def __init__(self, wrapped: Any, pending: RawReply) -> None:
        super().__init__(wrapped)
        self._self_pending = pending

    async def parse(self, *args: Any, **kwargs: Any) -> Any:
        value = await self.__wrapped__.parse(*args, **kwargs)
        return self._self_pending.parsed(kwargs.get("to", args[0] if args else None), value)

    async def close(self) -> Any:
        try:
            return await self.__wrapped__.close()
        finally:
            pending = self._self_pending
            if pending.stream is not None:
                notify_closed(pending.stream)
            if not pending.ended:
                raw = self.__wrapped__
                value = None
                try:
                    http = getattr(raw, "http_response", None)
                    if not pending.call.exchange.streaming and getattr(http, "is_stream_consumed", False):
                        value = await raw.parse()  # the body is in memory: no I/O
                except Exception as exc:
                    internal_error("reading a closed raw response", exc)
                if value is not None:
                    pending.reply(value)
                else:
                    pending.abandoned()

    def __del__(self) -> None:
        try:
            self._self_pending.abandoned()
        except Exception:
            pass
