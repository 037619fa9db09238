"""Shared fixtures: real SDK providers with in-memory exporters, and a local OpenAI server."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from helpers.telemetry import Telemetry, instrument, make_telemetry
from servers.openai import ChatServer, Replies

import otel_micrometrics
from otel_micrometrics.config import Settings


@pytest.fixture
def telemetry() -> Iterator[Telemetry]:
    yield make_telemetry()


@pytest.fixture
def instrumented(telemetry: Telemetry) -> Iterator[Any]:
    """A function ``(settings=None, **env)`` that instruments with these providers."""

    def start(settings: Settings | None = None, **env: str) -> Telemetry:
        return instrument(telemetry, settings, **env)

    yield start
    otel_micrometrics.uninstrument()


@pytest.fixture
def server() -> Iterator[tuple[ChatServer, Replies]]:
    replies = Replies()
    with ChatServer(replies) as srv:
        yield srv, replies


@pytest.fixture
def scripted_server() -> Iterator[tuple[Any, Any]]:
    """A local HTTP server answering each request with the next body its script holds
    (``tests/servers/sse.py``): ``(server, script)``."""
    from servers.sse import Script, SSEServer

    script = Script()
    with SSEServer(script) as srv:
        yield srv, script


@pytest.fixture(autouse=True)
def _quiet_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="otel_micrometrics")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that install another package's instrumentation run last: some do not restore the
    client SDK completely on uninstrument(), which would leak into the tests after them."""
    items.sort(key=lambda item: item.get_closest_marker("peer_instrumentation") is not None)
