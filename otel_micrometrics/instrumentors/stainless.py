"""The Stainless-generated SDKs (openai, anthropic): one wrap point and one way to hand a reply over.

Wrap point: ``SyncAPIClient.request`` / ``AsyncAPIClient.request`` of the SDK's ``_base_client``,
the one method every resource call goes through once, ``request(cast_to, options, *, stream,
stream_cls)`` in every supported version (retries happen inside it, so one call is one span). It
sees the final JSON body (``options.json_data``, the SDK's own transformed copy of the request:
a ``parse()``'s pydantic format already turned into a JSON schema), the stream flag and the
raw-response header, and so covers ``create``, ``parse``, the ``.stream()`` helpers,
``with_raw_response`` and ``with_streaming_response`` alike.

Each SDK gives a route table: ``POST`` URL path -> ``Endpoint`` (the reader of that endpoint's
request body, reply and stream events, in the SDK's own module). Every other request passes
through untouched, at the cost of one dictionary lookup. What a route's reply becomes is the
same for every SDK (``Endpoint.handover``): a stream goes back in the shared stream proxy, a
raw response (``LegacyAPIResponse``, ``APIResponse``, ``AsyncAPIResponse``) in the raw-response
proxy of ``response.py``, which reads the reply when the application parses it.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from opentelemetry.instrumentation.utils import unwrap
from wrapt import wrap_function_wrapper

from ..exchange import Exchange
from . import imports, lifecycle
from .response import AsyncRawResponseProxy, RawReply, RawResponseProxy, wrap_stream
from .stream import StreamAccumulator

# What a call goes through: given the wrapped ``request`` and the client, the callable to send
# the request with (an SDK whose client traces itself sends ours through a quiet copy of it).
Through = Callable[[Callable[..., Any], Any], Callable[..., Any]]


def given(value: Any) -> bool:
    """False for None and the SDK's ``NOT_GIVEN``/``omit`` sentinels."""
    return value is not None and type(value).__name__ not in ("NotGiven", "Omit")


def server_of(client: Any) -> tuple[str | None, int | None]:
    """Host and port the client talks to, from its base URL."""
    global _last_server
    url = getattr(client, "base_url", None)
    if url is None:
        client = getattr(client, "_client", None)  # a resource object
        url = getattr(client, "base_url", None)
    if url is None:
        return None, None
    last_url, server = _last_server
    if url is last_url:  # the client's own URL object, as on its last call: parsed already
        return server
    host = getattr(url, "host", None) or None
    port = getattr(url, "port", None)
    if port is None:
        scheme = getattr(url, "scheme", "")
        port = 443 if scheme == "https" else 80 if scheme == "http" else None
    if type(url).__name__ == "URL":  # httpx's, immutable (a setter of base_url makes a new one)
        _last_server = (url, (host, port))
    return host, port


# (base URL, its host and port) of the last call: most applications talk to one server.
_last_server: tuple[Any, tuple[str | None, int | None]] = (None, (None, None))


def request_body(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Mapping[str, Any] | None]:
    """``request(cast_to, options, *, stream, stream_cls)``: the options and their JSON body."""
    options = args[1] if len(args) > 1 else kwargs.get("options")
    body = getattr(options, "json_data", None)
    return options, body if isinstance(body, Mapping) else None


def sent_body(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Mapping[str, Any] | None:
    """The JSON body as it goes out: ``json_data`` with the call's ``extra_body`` merged over it."""
    options, body = request_body(args, kwargs)
    extra = getattr(options, "extra_json", None)
    if body is not None and isinstance(extra, Mapping) and extra:
        return {**body, **extra}
    return body


def raw_kind(response: Any) -> str | None:
    """``legacy`` (with_raw_response), ``sync``/``async`` (with_streaming_response) or None."""
    kind_of = type(response)
    try:
        return _raw_kinds[kind_of]
    except KeyError:
        pass
    kind = None
    for klass in kind_of.__mro__:
        name = klass.__name__
        if name == "LegacyAPIResponse":
            kind = "legacy"
        elif name == "AsyncAPIResponse":
            kind = "async"
        elif name == "APIResponse":
            kind = "sync"
        else:
            continue
        break
    if len(_raw_kinds) < 256:  # reply classes are few (a parse() makes one per format); bounded anyway
        _raw_kinds[kind_of] = kind
    return kind


_raw_kinds: dict[type, str | None] = {}  # reply class -> raw_kind


def _body_read(response: Any) -> bool:
    """Whether a raw response's HTTP body is read already (``with_raw_response``, not streamed)."""
    return getattr(getattr(response, "http_response", None), "is_stream_consumed", False) is True


class Endpoint:
    """One route of a Stainless SDK (a ``lifecycle.Adapter``): a subclass reads the request
    body and the reply; raw responses and streams are handed over the same way for all."""

    run_checks = True
    accumulator: Callable[[], StreamAccumulator] | None = None

    def request(
        self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Exchange | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def response(self, exchange: Exchange, response: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def handover(self, call: lifecycle.Call, response: Any) -> Any:
        kind = raw_kind(response)
        if kind is not None and not call.exchange.streaming and (kind == "legacy" or _body_read(response)):
            # with_raw_response of a reply: the body is in memory, so the reply is read now (an
            # ``AsyncAPIResponse`` parses only when awaited: its JSON then)
            value = json.loads(response.http_response.content) if kind == "async" else response.parse()  # cached
            RawReply(call, self, None, self.run_checks).reply(value)
            return response
        if kind is not None:
            pending = RawReply(call, self, self.accumulator, self.run_checks)
            if kind == "async":
                return AsyncRawResponseProxy(response, pending)
            return RawResponseProxy(response, pending)
        if call.exchange.streaming and self.accumulator is not None:
            return wrap_stream(response, call, self.accumulator())
        if not self.run_checks:
            RawReply(call, self, None, False).reply(response)
            return response
        return None


def _route(routes: Mapping[str, Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The route's runner for a ``POST`` to one of the routes' paths, else ``None``."""
    options = args[1] if len(args) > 1 else kwargs.get("options")
    run = routes.get(getattr(options, "url", None))  # type: ignore[arg-type]
    if run is not None and str(getattr(options, "method", "post")).lower() == "post":
        return run
    return None


def request_wrapper(
    routes: Mapping[str, Endpoint], make: Callable[[lifecycle.Adapter], Callable[..., Any]], through: Through | None
) -> Callable[..., Any]:
    """The wrapper of one ``request`` method: routed calls run in the lifecycle, others pass."""
    table = {url: make(endpoint) for url, endpoint in routes.items()}

    def wrapper(wrapped: Callable[..., Any], instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        try:
            run = _route(table, args, kwargs)
        except Exception:
            run = None
        if run is None:
            return wrapped(*args, **kwargs)
        if through is not None:
            wrapped = through(wrapped, instance)
        return run(wrapped, instance, args, kwargs)

    return wrapper


class StainlessInstrumentor(imports.LazyInstrumentor):
    """An instrumentor of one Stainless SDK: names its package (``module``), its route table,
    its client classes (``(name, is_async)``) and, optionally, what its calls go through."""

    routes: ClassVar[Mapping[str, Endpoint]] = {}
    clients: ClassVar[tuple[tuple[str, bool], ...]] = ()
    through: ClassVar[Through | None] = None
    _wrapped: list[tuple[Any, str]] = []

    def _wrap(self) -> None:
        base = importlib.import_module(f"{self.module}._base_client")
        through = type(self).through
        wrap_function_wrapper(
            base, "SyncAPIClient.request", request_wrapper(self.routes, lifecycle.sync_wrapper, through)
        )
        wrap_function_wrapper(
            base, "AsyncAPIClient.request", request_wrapper(self.routes, lifecycle.async_wrapper, through)
        )
        self._wrapped = [(base.SyncAPIClient, "request"), (base.AsyncAPIClient, "request")]
        # Another instrumentation (or its uninstrument) may have put its own `request` on the
        # client classes, shadowing the base class: wrap those too (re-entry passes through).
        package = importlib.import_module(self.module)
        for client_name, is_async in self.clients:
            klass = getattr(package, client_name, None)
            if klass is not None and "request" in vars(klass):
                make = lifecycle.async_wrapper if is_async else lifecycle.sync_wrapper
                wrap_function_wrapper(klass, "request", request_wrapper(self.routes, make, through))
                self._wrapped.append((klass, "request"))

    def _unwrap(self) -> None:
        for owner, name in getattr(self, "_wrapped", ()):
            unwrap(owner, name)
        self._wrapped = []
