"""The one stream proxy every provider shares, for sync and async streams.

A client library's stream object is wrapped in a ``wrapt.ObjectProxy``: ``isinstance`` checks,
attributes and methods pass through to the library's own object. Each chunk is handed to a
provider-supplied ``StreamAccumulator``; the call (``lifecycle.Call``) is finished exactly once,
whichever way the stream ends:

- exhausted                                   -> reply recorded, checks run
- an ``Exception`` from the library/server    -> span ERROR with ``error.type``, no checks
- ``close()``/``aclose()``, ``break``, leaving a ``with`` block, an exception in the user's
  loop body, task cancellation               -> span marked ``micrometrics.stream.abandoned``;
  checks run only when the accumulator says the reply itself was complete
- dropped and garbage-collected               -> the same, from ``__del__``, without checks
  (no work beyond ending the span and recording metrics)

Nothing is invented: the accumulator writes only what the server sent.

Usage by a provider module::

    proxy = SyncStreamProxy(stream, call, MyAccumulator())   # or AsyncStreamProxy

Plain generators and async generators (google-genai, ollama) are proxied the same way; what
they lack (``with``, ``close`` on an async generator) fails as it would without the proxy.
"""

from __future__ import annotations

import time
from itertools import pairwise
from typing import Any, Protocol

import wrapt

from .. import semconv as sc
from ..exchange import Exchange
from ..runtime import internal_error
from .lifecycle import Call

__all__ = [
    "AsyncStreamProxy",
    "StreamAccumulator",
    "StreamState",
    "SyncStreamProxy",
    "is_stream_proxy",
    "notify_closed",
]

_perf_counter = time.perf_counter
# Chunk arrival times kept per stream (bounded memory); later chunks count for nothing
# in gen_ai.client.operation.time_per_output_chunk.
_MAX_CHUNK_TIMES = 4096


class StreamAccumulator(Protocol):
    """How one library's chunks add up to a reply. ``chunk`` is the per-chunk hot path: keep it
    to a few attribute reads and appends."""

    def chunk(self, chunk: Any) -> None:
        """Take one chunk (an event/delta object exactly as the library yields it)."""

    def finish(self, exchange: Exchange) -> None:
        """Write what was accumulated into the exchange (text, tool calls, finish reasons,
        usage, response id/model). Only what the server sent; never invent usage."""

    @property
    def complete(self) -> bool:
        """True once the reply itself is complete (e.g. a finish reason arrived), even if the
        consumer stopped reading before the end of the stream."""


class StreamState:
    """The bookkeeping of one proxied stream: its call, accumulator and ending."""

    __slots__ = ("accumulator", "call", "ended", "on_chunk", "times")

    def __init__(self, call: Call, accumulator: StreamAccumulator) -> None:
        self.call = call
        self.accumulator = accumulator
        self.on_chunk = accumulator.chunk
        # perf_counter() at each chunk's arrival, the first _MAX_CHUNK_TIMES of them: time to
        # first chunk and the time-per-output-chunk metric come from these
        self.times: list[float] = []
        self.ended = False
        call.exchange.streaming = True

    def chunk_failed(self, exc: BaseException) -> None:
        """The accumulator raised: stop accumulating (the app keeps its chunks)."""
        internal_error(f"reading a {self.call.exchange.provider} stream chunk", exc)
        self.on_chunk = _ignore

    # --- endings (each ends the call at most once, never raises) ------------------------------

    def end_exhausted(self) -> None:
        self._end(None, abandoned=False, evaluate=True)

    def end_error(self, exc: BaseException) -> None:
        self._end(exc, abandoned=False, evaluate=False)

    def end_abandoned(self) -> None:
        """The consumer stopped early (close, break, with-exit, cancellation, own exception)."""
        self._end(None, abandoned=True, evaluate=None)

    def end_collected(self) -> None:
        """The stream was garbage-collected unfinished: record, but run no checks."""
        self._end(None, abandoned=True, evaluate=False)

    def _end(self, error: BaseException | None, *, abandoned: bool, evaluate: bool | None) -> None:
        if self.ended:
            return
        self.ended = True
        call = self.call
        try:
            exchange = call.exchange
            times = self.times
            if times:
                exchange.time_to_first_chunk = times[0] - call.start
                if len(times) > 1:
                    exchange.chunk_intervals = [later - earlier for earlier, later in pairwise(times)]
            try:
                self.accumulator.finish(exchange)
            except Exception as exc:
                internal_error(f"reading a {exchange.provider} stream", exc)
            if error is not None:
                call.fail(error)
                return
            if abandoned:
                call.span.set_attribute(sc.MICROMETRICS_STREAM_ABANDONED, True)
                if evaluate is None:
                    evaluate = _complete(self.accumulator)
            call.finish(run_checks=bool(evaluate))
        except Exception as exc:
            internal_error("ending a stream", exc)
            call.finish(run_checks=False)


def _ignore(chunk: Any) -> None:
    return None


def _complete(accumulator: StreamAccumulator) -> bool:
    try:
        return bool(accumulator.complete)
    except Exception:
        return False


class SyncStreamProxy(wrapt.ObjectProxy):  # type: ignore[type-arg, misc, unused-ignore]  # generic only in wrapt 2
    """A synchronous stream (``openai.Stream``, ``anthropic.Stream``, ...) that reports itself."""

    def __init__(self, wrapped: Any, call: Call, accumulator: StreamAccumulator) -> None:
        super().__init__(wrapped)
        self._self_state = StreamState(call, accumulator)

    def __iter__(self) -> Any:
        state = self._self_state
        times = state.times
        try:
            for chunk in self.__wrapped__:
                if len(times) < _MAX_CHUNK_TIMES:
                    times.append(_perf_counter())
                try:
                    state.on_chunk(chunk)
                except Exception as exc:
                    state.chunk_failed(exc)
                yield chunk
        except GeneratorExit:
            state.end_abandoned()
            raise
        except Exception as exc:
            state.end_error(exc)
            raise
        except BaseException:
            state.end_abandoned()
            raise
        state.end_exhausted()

    def __next__(self) -> Any:
        state = self._self_state
        try:
            chunk = self.__wrapped__.__next__()
        except StopIteration:
            state.end_exhausted()
            raise
        except AttributeError as exc:
            if not hasattr(type(self.__wrapped__), "__next__"):
                # an iterable that is no iterator (Bedrock's EventStream): next() fails as it
                # would without us, and the stream can still be read with for
                raise TypeError(f"{type(self.__wrapped__).__name__!r} object is not an iterator") from None
            state.end_error(exc)
            raise
        except Exception as exc:
            state.end_error(exc)
            raise
        except BaseException:
            state.end_abandoned()
            raise
        if len(state.times) < _MAX_CHUNK_TIMES:
            state.times.append(_perf_counter())
        try:
            state.on_chunk(chunk)
        except Exception as exc:
            state.chunk_failed(exc)
        return chunk

    def __enter__(self) -> Any:
        enter = getattr(self.__wrapped__, "__enter__", None)
        if enter is None:  # a plain generator (ollama) is no context manager: fail as it would
            raise TypeError(f"{type(self.__wrapped__).__name__!r} object does not support the context manager protocol")
        enter()
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        try:
            return self.__wrapped__.__exit__(exc_type, exc, tb)
        finally:
            self._self_state.end_abandoned()

    def close(self) -> Any:
        try:
            return self.__wrapped__.close()
        finally:
            self._self_state.end_abandoned()

    def __del__(self) -> None:
        try:
            self._self_state.end_collected()
        except Exception:
            pass


class AsyncStreamProxy(wrapt.ObjectProxy):  # type: ignore[type-arg, misc, unused-ignore]  # generic only in wrapt 2
    """An asynchronous stream (``openai.AsyncStream``, ...) that reports itself."""

    def __init__(self, wrapped: Any, call: Call, accumulator: StreamAccumulator) -> None:
        super().__init__(wrapped)
        self._self_state = StreamState(call, accumulator)

    async def __aiter__(self) -> Any:
        state = self._self_state
        times = state.times
        try:
            async for chunk in self.__wrapped__:
                if len(times) < _MAX_CHUNK_TIMES:
                    times.append(_perf_counter())
                try:
                    state.on_chunk(chunk)
                except Exception as exc:
                    state.chunk_failed(exc)
                yield chunk
        except GeneratorExit:
            state.end_abandoned()
            raise
        except Exception as exc:
            state.end_error(exc)
            raise
        except BaseException:
            state.end_abandoned()
            raise
        state.end_exhausted()

    async def __anext__(self) -> Any:
        state = self._self_state
        try:
            chunk = await self.__wrapped__.__anext__()
        except StopAsyncIteration:
            state.end_exhausted()
            raise
        except Exception as exc:
            state.end_error(exc)
            raise
        except BaseException:
            state.end_abandoned()
            raise
        if len(state.times) < _MAX_CHUNK_TIMES:
            state.times.append(_perf_counter())
        try:
            state.on_chunk(chunk)
        except Exception as exc:
            state.chunk_failed(exc)
        return chunk

    async def __aenter__(self) -> Any:
        enter = getattr(self.__wrapped__, "__aenter__", None)
        if enter is None:  # an async generator is no context manager: fail as it would
            raise TypeError(
                f"{type(self.__wrapped__).__name__!r} object does not support the asynchronous context manager protocol"
            )
        await enter()
        return self

    async def __aexit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        try:
            return await self.__wrapped__.__aexit__(exc_type, exc, tb)
        finally:
            self._self_state.end_abandoned()

    async def close(self) -> Any:
        try:
            return await self.__wrapped__.close()
        finally:
            self._self_state.end_abandoned()

    async def aclose(self) -> Any:
        try:
            return await self.__wrapped__.aclose()
        finally:
            self._self_state.end_abandoned()

    def __del__(self) -> None:
        try:
            self._self_state.end_collected()
        except Exception:
            pass


def is_stream_proxy(obj: Any) -> bool:
    """True for a stream wrapped by this module."""
    return type(obj) in (SyncStreamProxy, AsyncStreamProxy)


def notify_closed(obj: Any) -> None:
    """Tell a proxied stream that its consumer closed it by another route.

    Library stream helpers (openai ``ChatCompletionStream``, anthropic ``MessageStream``) close
    the HTTP response directly rather than the stream they wrap; their ``close`` wrappers call
    this with the raw stream so that leaving their ``with`` block ends the span right away.
    """
    if is_stream_proxy(obj):
        obj._self_state.end_abandoned()
