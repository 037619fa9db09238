"""Every way a stream can end, the same for every client: openai, anthropic, google-genai, ollama,
Bedrock and LangChain, each through its real SDK against its local wire-format server (LangChain
through a scripted in-process model).

A stream read to its end is checked; one the application leaves (break, close(), a context
manager left early, its own exception, garbage collection, a cancelled task) is marked abandoned
with no results; one the server breaks (an error event, a dropped connection) is an error that
reaches the application unchanged. Each client is a ``Driver``: how to script its server, open
its stream and read its chunks, and the values its complete span carries. What differs between
clients (which SDKs have async streams or context managers, when leaving a loop ends the span)
is a property of the driver, not a separate test.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import inspect
import types
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from helpers.assertions import (
    DURATION,
    TTFC,
    assert_abandoned,
    assert_checked_german,
    assert_first_chunk_timed,
    only_span,
)
from opentelemetry.trace import StatusCode
from servers.base import GERMAN, QUESTION


class Mine(Exception):
    """The application's own exception, raised in its loop body."""


class Driver:
    """One client's streams. ``serve(kind)`` scripts the next reply: ``complete`` (GERMAN in pieces,
    a finish reason, usage), ``error`` (an error from the server after a few chunks), ``drop``
    (the connection cut after a few chunks) or ``slow`` (a complete reply sent slowly)."""

    name = ""
    span_name = ""
    provider = ""
    complete_attributes: dict[str, Any] = {}  # on the span of a stream read to its end
    usage = (0, 0)  # (input, output) tokens on that span
    abandoned_usage: tuple[int, int] | None = None  # usage known before the first text chunk
    abandoned_attributes: dict[str, Any] = {}  # what the first chunk already said
    usage_at_finish_reason: tuple[int, int] | None = None  # None: usage comes after the finish reason
    reports_partial_reply = True  # the checks run on a stream left right after its finish reason
    error_type: type[BaseException] = Exception
    error_text = ""
    chunks_before_error = 0
    has_async = True
    has_with = False  # the stream is its own context manager
    has_connection = True
    has_error_mid_stream = True
    # what ends the span when the application leaves a ``for`` loop: the ``break`` itself,
    # collecting the loop's iterator, or only closing the stream
    left_loop_ends_on = "break"
    async_left_loop_ends_on = "break"
    span_before_first_read = True  # the call is made before the stream is first read

    def serve(self, kind: str) -> None:
        raise NotImplementedError

    def release(self) -> None:
        """Let a ``slow`` reply finish (after the test cancelled its reader)."""

    def open(self) -> Any:
        raise NotImplementedError

    async def aopen(self) -> Any:
        raise NotImplementedError

    def close(self, stream: Any) -> None:
        stream.close()

    async def aclose(self, stream: Any) -> None:
        await stream.aclose()

    def iterator(self, stream: Any) -> Any:
        """What ``next()`` is called on: the stream itself where the SDK's stream is an iterator."""
        return stream

    def aiterator(self, stream: Any) -> Any:
        return stream

    def text(self, chunk: Any) -> str:
        raise NotImplementedError

    def is_last(self, chunk: Any) -> bool:
        """Whether this chunk carries the finish reason."""
        raise NotImplementedError

    def is_sdk_stream(self, stream: Any) -> bool:
        raise NotImplementedError

    def is_sdk_async_stream(self, stream: Any) -> bool:
        raise NotImplementedError

    def asked_for_a_stream(self) -> bool:
        raise NotImplementedError


# --- the six clients ------------------------------------------------------------------------------


class OpenAIDriver(Driver):
    name = "openai"
    span_name = "chat gpt-4o-mini"
    provider = "openai"
    complete_attributes = {
        "gen_ai.response.id": "chatcmpl-stream",
        "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
        "gen_ai.response.finish_reasons": ("stop",),
    }
    usage = (31, 17)
    abandoned_attributes = {"gen_ai.response.id": "chatcmpl-stream"}
    chunks_before_error = 3
    error_text = "overloaded mid-stream"
    has_with = True

    def __init__(self, srv: Any, script: Any) -> None:
        import openai

        self.openai = openai
        self.srv, self.script = srv, script
        self.error_type = openai.APIError

    def serve(self, kind: str) -> None:
        from servers.openai import chat_chunks
        from servers.sse import DROP

        events = chat_chunks(GERMAN, usage=self.usage)
        if kind == "error":
            error = {"error": {"message": "overloaded mid-stream", "type": "server_error"}}
            events = [*chat_chunks(GERMAN, done=False)[:3], error]
        elif kind == "drop":
            events = [*chat_chunks(GERMAN, done=False)[:3], DROP]
        self.srv.event_delay = 0.05 if kind == "slow" else 0.0
        self.script.replies[:] = [(200, events)]

    def _create(self, client: Any) -> Any:
        return client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": QUESTION}],
            stream=True,
            stream_options={"include_usage": True},
        )

    def open(self) -> Any:
        return self._create(self.openai.OpenAI(base_url=self.srv.base_url, api_key="k", max_retries=0))

    async def aopen(self) -> Any:
        return await self._create(self.openai.AsyncOpenAI(base_url=self.srv.base_url, api_key="k", max_retries=0))

    async def aclose(self, stream: Any) -> None:
        await (stream.aclose() if hasattr(self.openai.AsyncStream, "aclose") else stream.close())

    def text(self, chunk: Any) -> str:
        return (chunk.choices[0].delta.content or "") if chunk.choices else ""

    def is_last(self, chunk: Any) -> bool:
        return bool(chunk.choices and chunk.choices[0].finish_reason)

    def is_sdk_stream(self, stream: Any) -> bool:
        return isinstance(stream, self.openai.Stream) and stream.response.status_code == 200

    def is_sdk_async_stream(self, stream: Any) -> bool:
        return isinstance(stream, self.openai.AsyncStream)

    def asked_for_a_stream(self) -> bool:
        sent = self.srv.requests[0]
        return sent["stream"] is True and sent["stream_options"] == {"include_usage": True}


class AnthropicDriver(Driver):
    name = "anthropic"
    span_name = "chat claude-sonnet-4-6"
    provider = "anthropic"
    usage = (30, 21)
    abandoned_usage = (30, 1)  # message_start's usage
    usage_at_finish_reason = (30, 21)  # message_delta's
    error_text = "overloaded_error"
    chunks_before_error = 3  # message_start, content_block_start, one delta (the ping is not yielded)
    has_with = True
    PIECES = ["Ihre Bestellung ", "wurde gestern ", "verschickt und kommt ", "voraussichtlich morgen ", "bei Ihnen an."]

    def __init__(self, srv: Any) -> None:
        import anthropic
        from servers.anthropic import MODEL

        self.anthropic = anthropic
        self.srv = srv
        self.error_type = anthropic.APIStatusError
        self.complete_attributes = {
            "gen_ai.response.id": "msg_01TestStream",
            "gen_ai.response.model": MODEL,
            "gen_ai.response.finish_reasons": ("stop",),  # end_turn, mapped as the peer does
        }
        self.abandoned_attributes = {"gen_ai.response.id": "msg_01TestStream", "gen_ai.response.model": MODEL}
        self.reply: Any = None

    def serve(self, kind: str) -> None:
        from servers.anthropic import Reply, stream_events

        events = stream_events(self.PIECES, input_tokens=30, output_tokens=21)
        options: dict[str, Any] = {}
        if kind == "error":
            options = {"cut_after": 4}
        elif kind == "drop":
            options = {"cut_after": 4, "cut": "drop"}
        elif kind == "slow":
            options = {"gate_after": 3}
        self.srv.replies[:] = []
        self.reply = self.srv.push(Reply(events=events, **options))

    def release(self) -> None:
        self.reply.gate.set()

    def _create(self, client: Any) -> Any:
        return client.messages.create(
            model="claude-sonnet-4-6", max_tokens=200, messages=[{"role": "user", "content": QUESTION}], stream=True
        )

    def open(self) -> Any:
        return self._create(self.anthropic.Anthropic(base_url=self.srv.base_url, api_key="k", max_retries=0))

    async def aopen(self) -> Any:
        return await self._create(self.anthropic.AsyncAnthropic(base_url=self.srv.base_url, api_key="k", max_retries=0))

    async def aclose(self, stream: Any) -> None:
        await stream.close()

    def text(self, chunk: Any) -> str:
        return chunk.delta.text if chunk.type == "content_block_delta" else ""

    def is_last(self, chunk: Any) -> bool:
        return chunk.type == "message_delta"

    def is_sdk_stream(self, stream: Any) -> bool:
        return isinstance(stream, self.anthropic.Stream) and stream.response.headers["request-id"] == "req_test_0002"

    def is_sdk_async_stream(self, stream: Any) -> bool:
        return isinstance(stream, self.anthropic.AsyncStream)

    def asked_for_a_stream(self) -> bool:
        return self.srv.requests[0]["stream"] is True


class GoogleGenAIDriver(Driver):
    name = "google-genai"
    provider = "gcp.gen_ai"
    usage = (12, 13)
    usage_at_finish_reason = (12, 13)
    error_text = "overloaded mid-stream"
    chunks_before_error = 2

    def __init__(self, srv: Any, script: Any) -> None:
        from google.genai import errors, types
        from servers.google_genai import MODEL, VERSION

        self.srv, self.script = srv, script
        self.model = MODEL
        self.span_name = f"generate_content {MODEL}"
        self.error_type = errors.APIError
        has_response_id = "response_id" in types.GenerateContentResponse.model_fields
        self.complete_attributes = {
            "gen_ai.response.id": "resp-stream-1" if has_response_id else None,
            "gen_ai.response.model": VERSION,
            "gen_ai.response.finish_reasons": ("stop",),
        }
        self.abandoned_attributes = {"gen_ai.response.model": VERSION}
        # older SDKs yield an error event as an empty chunk
        self.has_error_mid_stream = '{"error":' in inspect.getsource(
            importlib.import_module("google.genai._api_client")
        )

    def serve(self, kind: str) -> None:
        from servers.google_genai import chunks

        if kind == "error":
            events = chunks(error={"code": 503, "message": "overloaded mid-stream", "status": "UNAVAILABLE"})
        else:
            events = chunks(usage=self.usage, pieces=8 if kind == "slow" else 4, drop=kind == "drop")
        self.srv.event_delay = 0.05 if kind == "slow" else 0.0
        self.script.replies[:] = [(200, events)]

    def open(self) -> Any:
        from servers.google_genai import genai_client

        return genai_client(self.srv).models.generate_content_stream(model=self.model, contents=QUESTION)

    async def aopen(self) -> Any:
        from servers.google_genai import genai_client

        return await genai_client(self.srv).aio.models.generate_content_stream(model=self.model, contents=QUESTION)

    def text(self, chunk: Any) -> str:
        return chunk.text or ""

    def is_last(self, chunk: Any) -> bool:
        return bool(chunk.candidates[0].finish_reason)

    def is_sdk_stream(self, stream: Any) -> bool:
        return isinstance(stream, types.GeneratorType)

    def is_sdk_async_stream(self, stream: Any) -> bool:
        return isinstance(stream, types.AsyncGeneratorType)

    def asked_for_a_stream(self) -> bool:
        return self.srv.paths[0].endswith(f"/models/{self.model}:streamGenerateContent?alt=sse")


class OllamaDriver(Driver):
    name = "ollama"
    provider = "ollama"
    usage = (14, 15)
    usage_at_finish_reason = (14, 15)
    error_text = "out of memory mid-stream"
    chunks_before_error = 2

    def __init__(self, srv: Any, script: Any) -> None:
        import ollama
        from servers.ollama import MODEL

        self.srv, self.script = srv, script
        self.model = MODEL
        self.span_name = f"chat {MODEL}"
        self.error_type = ollama.ResponseError
        self.complete_attributes = {
            "gen_ai.response.model": f"{MODEL}:latest",
            "gen_ai.response.finish_reasons": ("stop",),
        }
        self.abandoned_attributes = {"gen_ai.response.model": f"{MODEL}:latest"}

    def serve(self, kind: str) -> None:
        from servers.ollama import chat_lines

        error = "out of memory mid-stream" if kind == "error" else None
        lines = chat_lines(usage=self.usage, pieces=8 if kind == "slow" else 4, error=error, drop=kind == "drop")
        self.srv.event_delay = 0.05 if kind == "slow" else 0.0
        self.script.replies[:] = [(200, lines)]

    def _messages(self) -> list[dict[str, str]]:
        return [{"role": "user", "content": QUESTION}]

    def open(self) -> Any:
        from servers.ollama import ollama_client

        return ollama_client(self.srv).chat(model=self.model, messages=self._messages(), stream=True)

    async def aopen(self) -> Any:
        from servers.ollama import ollama_async_client

        return await ollama_async_client(self.srv).chat(model=self.model, messages=self._messages(), stream=True)

    def text(self, chunk: Any) -> str:
        return str(chunk.message.content)

    def is_last(self, chunk: Any) -> bool:
        return bool(chunk.done)

    def is_sdk_stream(self, stream: Any) -> bool:
        return isinstance(stream, types.GeneratorType)

    def is_sdk_async_stream(self, stream: Any) -> bool:
        return isinstance(stream, types.AsyncGeneratorType)

    def asked_for_a_stream(self) -> bool:
        return self.srv.requests[0]["stream"] is True


class BedrockDriver(Driver):
    name = "bedrock"
    provider = "aws.bedrock"
    usage = (40, 21)
    error_text = "model overloaded mid-stream"
    chunks_before_error = 3
    has_async = False  # boto3 has no async client
    left_loop_ends_on = "collect"  # the generator of a left `for` loop is closed when collected

    def __init__(self, srv: Any, script: Any) -> None:
        from botocore.exceptions import EventStreamError
        from servers.bedrock import MODEL

        self.srv, self.script = srv, script
        self.model = MODEL
        self.span_name = f"chat {MODEL}"
        self.error_type = EventStreamError
        self.complete_attributes = {"gen_ai.response.finish_reasons": ("end_turn",)}

    def serve(self, kind: str) -> None:
        from servers.bedrock import DROP, stream_events

        events = stream_events(GERMAN, usage=self.usage)
        if kind == "error":
            error = ("exception", "modelStreamErrorException", {"message": "model overloaded mid-stream"})
            events = [*events[:3], error]
        elif kind == "drop":
            events = [*events[:3], DROP]
        self.srv.event_delay = 0.05 if kind == "slow" else 0.0
        self.script.replies[:] = [(200, events, {})]

    def open(self) -> Any:
        from servers.bedrock import bedrock_client

        messages = [{"role": "user", "content": [{"text": QUESTION}]}]
        return bedrock_client(self.srv).converse_stream(modelId=self.model, messages=messages)["stream"]

    def iterator(self, stream: Any) -> Any:
        return iter(stream)  # an EventStream is iterable, not an iterator

    def text(self, chunk: Any) -> str:
        return str(chunk["contentBlockDelta"]["delta"].get("text", "")) if "contentBlockDelta" in chunk else ""

    def is_last(self, chunk: Any) -> bool:
        return "messageStop" in chunk

    def is_sdk_stream(self, stream: Any) -> bool:
        from botocore.eventstream import EventStream

        return isinstance(stream, EventStream)

    def asked_for_a_stream(self) -> bool:
        return self.srv.requests[0][1] == "converse-stream"


class LangChainDriver(Driver):
    name = "langchain"
    span_name = "chat support-bot-1"
    provider = "langchain"  # a model class LangChain does not know a provider for
    complete_attributes = {
        "gen_ai.request.model": "support-bot-1",
        "gen_ai.response.model": "support-bot-1-2025-06",
        "gen_ai.response.id": "resp-42",
        "gen_ai.response.finish_reasons": ("stop",),
        "gen_ai.usage.cache_read.input_tokens": 3,
    }
    usage = (21, 13)
    error_text = "overloaded"
    chunks_before_error = 3
    has_connection = False  # the model is in-process
    left_loop_ends_on = "close"  # the generator is still open after the loop
    async_left_loop_ends_on = "close"
    span_before_first_read = False  # LangChain starts the run when the generator is first read
    reports_partial_reply = False  # only some LangChain versions hand it over: test_langchain.py

    def __init__(self) -> None:
        from servers.langchain import Overloaded

        self.error_type = Overloaded
        self.options: dict[str, Any] = {}

    def serve(self, kind: str) -> None:
        self.options = {"fail_at_chunk": 3} if kind == "error" else {"delay": 0.05} if kind == "slow" else {}

    def _model(self) -> Any:
        from servers.langchain import ScriptedChatModel

        return ScriptedChatModel(**self.options)

    def open(self) -> Any:
        return self._model().stream(QUESTION)

    async def aopen(self) -> Any:
        return self._model().astream(QUESTION)

    def text(self, chunk: Any) -> str:
        return str(chunk.content)

    def is_last(self, chunk: Any) -> bool:
        return bool(chunk.response_metadata.get("finish_reason"))

    def is_sdk_stream(self, stream: Any) -> bool:
        return isinstance(stream, types.GeneratorType)

    def is_sdk_async_stream(self, stream: Any) -> bool:
        return isinstance(stream, types.AsyncGeneratorType)

    def asked_for_a_stream(self) -> bool:
        return True  # no request: the model streams in-process


def _sse_driver(make: Callable[[Any, Any], Driver]) -> Iterator[Driver]:
    from servers.sse import Script, SSEServer

    script = Script()
    with SSEServer(script) as srv:
        yield make(srv, script)


def _openai() -> Iterator[Driver]:
    pytest.importorskip("openai")
    yield from _sse_driver(OpenAIDriver)


def _anthropic() -> Iterator[Driver]:
    pytest.importorskip("anthropic")
    from servers.anthropic import MessagesServer

    with MessagesServer() as srv:
        yield AnthropicDriver(srv)


def _google_genai() -> Iterator[Driver]:
    pytest.importorskip("google.genai")
    yield from _sse_driver(GoogleGenAIDriver)


def _ollama() -> Iterator[Driver]:
    pytest.importorskip("ollama")
    yield from _sse_driver(OllamaDriver)


def _bedrock() -> Iterator[Driver]:
    pytest.importorskip("boto3")
    from servers.bedrock import BedrockServer, Script

    script = Script()
    with BedrockServer(script) as srv:
        yield BedrockDriver(srv, script)


def _langchain() -> Iterator[Driver]:
    pytest.importorskip("langchain_core")
    yield LangChainDriver()


CLIENTS = {
    "openai": _openai,
    "anthropic": _anthropic,
    "google-genai": _google_genai,
    "ollama": _ollama,
    "bedrock": _bedrock,
    "langchain": _langchain,
}


@pytest.fixture(params=list(CLIENTS))
def client(request: pytest.FixtureRequest) -> Iterator[Driver]:
    yield from CLIENTS[request.param]()


@pytest.fixture
def async_client(client: Driver) -> Driver:
    if not client.has_async:
        pytest.skip(f"{client.name} has no async streams")
    return client


# --- the assertions every client's stream makes ---------------------------------------------------


def assert_complete(driver: Driver, tel: Any) -> Any:
    """Read to its end: checked, with what the server sent, the first chunk timed, usage counted."""
    span = only_span(tel)
    a = span.attributes
    assert span.name == driver.span_name
    assert a["gen_ai.provider.name"] == driver.provider
    assert "micrometrics.stream.abandoned" not in a
    assert "error.type" not in a
    assert span.status.status_code is not StatusCode.ERROR
    for key, value in driver.complete_attributes.items():
        got = a.get(key)
        assert (tuple(got) if isinstance(got, (list, tuple)) else got) == value, key
    assert (a["gen_ai.usage.input_tokens"], a["gen_ai.usage.output_tokens"]) == driver.usage
    assert_checked_german(span)
    ttfc = assert_first_chunk_timed(tel)
    assert ttfc.attributes["gen_ai.provider.name"] == driver.provider
    tokens = {p.attributes["gen_ai.token.type"]: p.sum for p in tel.metric_points("gen_ai.client.token.usage")}
    assert tokens == {"input": driver.usage[0], "output": driver.usage[1]}
    return span


def assert_left_early(driver: Driver, tel: Any) -> Any:
    """Left before its end: abandoned, no results, no finish reason, only the usage already sent."""
    span = only_span(tel)
    assert_abandoned(span, tel)
    a = span.attributes
    assert "gen_ai.response.finish_reasons" not in a
    if driver.abandoned_usage is None:
        assert "gen_ai.usage.input_tokens" not in a
    else:
        assert (a["gen_ai.usage.input_tokens"], a["gen_ai.usage.output_tokens"]) == driver.abandoned_usage
    for key, value in driver.abandoned_attributes.items():
        assert a[key] == value, key
    return span


def assert_server_error(driver: Driver, tel: Any, raised: BaseException) -> None:
    """Broken by the server: the SDK's error reached the app; the span and duration say which."""
    span = only_span(tel)
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["error.type"] == type(raised).__qualname__
    assert "micrometrics.stream.abandoned" not in span.attributes
    assert tel.evaluations() == {}
    (duration,) = tel.metric_points(DURATION)
    assert duration.attributes["error.type"] == type(raised).__qualname__


def _settle_after_leaving(driver: Driver, tel: Any, stream: Any, ends_on: str) -> None:
    if ends_on == "collect":
        gc.collect()
    if ends_on == "close":
        assert tel.finished_spans() == []  # the generator is still open
        driver.close(stream)


# --- sync streams ---------------------------------------------------------------------------------


def test_read_to_the_end(instrumented, client):
    tel = instrumented()
    client.serve("complete")
    stream = client.open()
    assert client.is_sdk_stream(stream)  # the app gets the SDK's own stream type
    if client.span_before_first_read:
        assert tel.finished_spans() == []  # the span lives as long as the stream
    text = "".join(client.text(chunk) for chunk in stream)
    assert text == GERMAN
    assert client.asked_for_a_stream()
    assert_complete(client, tel)
    client.close(stream)
    assert len(tel.finished_spans()) == 1


def test_next_until_stop_iteration(instrumented, client):
    tel = instrumented()
    client.serve("complete")
    stream = client.open()
    it = client.iterator(stream)
    parts = []
    while True:
        try:
            parts.append(client.text(next(it)))
        except StopIteration:
            break
    assert "".join(parts) == GERMAN
    assert_complete(client, tel)


def test_break_is_abandoned(instrumented, client):
    tel = instrumented()
    client.serve("complete")
    stream = client.open()
    for i, _ in enumerate(stream):
        if i == 2:
            break
    _settle_after_leaving(client, tel, stream, client.left_loop_ends_on)
    assert_left_early(client, tel)  # ended by leaving the loop, before any close()
    client.close(stream)
    assert len(tel.finished_spans()) == 1


def test_break_after_the_finish_reason_still_runs_the_checks(instrumented, client):
    if not client.reports_partial_reply:
        pytest.skip(f"{client.name}: whether the partial reply is handed over depends on its version")
    tel = instrumented()
    client.serve("complete")
    stream = client.open()
    for chunk in stream:
        if client.is_last(chunk):
            break
    client.close(stream)
    span = only_span(tel)
    a = span.attributes
    assert a["micrometrics.stream.abandoned"] is True
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.response_language.label"] == "de"
    assert tuple(a["gen_ai.response.finish_reasons"]) == client.complete_attributes["gen_ai.response.finish_reasons"]
    if client.usage_at_finish_reason is None:
        assert "gen_ai.usage.input_tokens" not in a  # the usage chunk was never read
    else:
        assert (a["gen_ai.usage.input_tokens"], a["gen_ai.usage.output_tokens"]) == client.usage_at_finish_reason


def test_close_midway(instrumented, client):
    tel = instrumented()
    client.serve("complete")
    stream = client.open()
    it = client.iterator(stream)
    next(it), next(it)
    client.close(stream)
    assert_left_early(client, tel)
    (ttfc,) = tel.metric_points(TTFC)
    assert ttfc.count == 1


def test_app_exception_in_the_loop_reaches_the_app_unchanged(instrumented, client):
    tel = instrumented()
    client.serve("complete")
    mine = Mine("from the app")
    with pytest.raises(Mine) as info:
        for _ in client.open():
            raise mine
    assert info.value is mine
    if client.left_loop_ends_on != "break":
        gc.collect()
    assert_left_early(client, tel)


def test_server_error_mid_stream_reaches_the_app_unchanged(instrumented, client):
    if not client.has_error_mid_stream:
        pytest.skip(f"this {client.name} yields an error event as an empty chunk")
    tel = instrumented()
    client.serve("error")
    seen = []
    with pytest.raises(client.error_type) as info:
        for chunk in client.open():
            seen.append(chunk)
    assert client.error_text in str(info.value)
    assert len(seen) == client.chunks_before_error
    assert_server_error(client, tel, info.value)


def test_connection_dropped_mid_stream(instrumented, client):
    if not client.has_connection:
        pytest.skip(f"{client.name} streams in-process")
    tel = instrumented()
    client.serve("drop")
    with pytest.raises(Exception) as info:
        for _ in client.open():
            pass
    span = only_span(tel)
    assert span.attributes["error.type"] == type(info.value).__qualname__
    assert span.status.status_code is StatusCode.ERROR
    assert tel.evaluations() == {}


def test_garbage_collected_after_a_chunk(instrumented, client):
    tel = instrumented()
    client.serve("complete")

    def read_one() -> None:
        stream = client.open()
        next(client.iterator(stream))

    read_one()
    gc.collect()
    assert_left_early(client, tel)


def test_never_read_then_collected(instrumented, client):
    tel = instrumented()
    client.serve("complete")
    stream = client.open()
    del stream
    gc.collect()
    if not client.span_before_first_read:
        assert tel.finished_spans() == []  # no call was made: nothing to record, nothing invented
        return
    assert_abandoned(only_span(tel), tel)
    assert tel.metric_points(TTFC) == []


def test_context_manager_left_early(instrumented, client):
    if not client.has_with:
        pytest.skip(f"{client.name} streams are no context managers")
    tel = instrumented()
    client.serve("complete")
    with client.open() as stream:
        assert client.is_sdk_stream(stream)
        next(stream)
        assert tel.finished_spans() == []
    assert_left_early(client, tel)


def test_context_manager_read_to_the_end(instrumented, client):
    if not client.has_with:
        pytest.skip(f"{client.name} streams are no context managers")
    tel = instrumented()
    client.serve("complete")
    with client.open() as stream:
        text = "".join(client.text(chunk) for chunk in stream)
    assert text == GERMAN
    assert_complete(client, tel)


# --- async streams --------------------------------------------------------------------------------


async def _settle() -> None:
    for _ in range(3):  # the event loop closes a dropped async generator on its next turns
        await asyncio.sleep(0)


def test_async_read_to_the_end(instrumented, async_client):
    tel = instrumented()
    client = async_client
    client.serve("complete")

    async def main() -> str:
        stream = await client.aopen()
        assert client.is_sdk_async_stream(stream)
        return "".join([client.text(chunk) async for chunk in stream])

    assert asyncio.run(main()) == GERMAN
    assert client.asked_for_a_stream()
    assert_complete(client, tel)


def test_async_anext_until_stop(instrumented, async_client):
    tel = instrumented()
    client = async_client
    client.serve("complete")

    async def main() -> str:
        stream = await client.aopen()
        it = client.aiterator(stream)
        parts = []
        while True:
            try:
                parts.append(client.text(await it.__anext__()))
            except StopAsyncIteration:
                return "".join(parts)

    assert asyncio.run(main()) == GERMAN
    assert_complete(client, tel)


def test_async_break_is_abandoned(instrumented, async_client):
    tel = instrumented()
    client = async_client
    client.serve("complete")

    async def main() -> int:
        stream = await client.aopen()
        async for _ in stream:
            break
        await _settle()
        if client.async_left_loop_ends_on == "close":
            assert tel.finished_spans() == []
            await client.aclose(stream)
        ended = len(tel.finished_spans())
        await client.aclose(stream)
        return ended

    assert asyncio.run(main()) == 1
    assert_left_early(client, tel)


def test_async_close_midway(instrumented, async_client):
    tel = instrumented()
    client = async_client
    client.serve("complete")

    async def main() -> int:
        stream = await client.aopen()
        it = client.aiterator(stream)
        await it.__anext__()
        await client.aclose(stream)
        return len(tel.finished_spans())

    assert asyncio.run(main()) == 1
    assert_left_early(client, tel)


def test_async_app_exception_in_the_loop(instrumented, async_client):
    tel = instrumented()
    client = async_client
    client.serve("complete")
    mine = KeyError("app bug")

    async def main() -> None:
        stream = await client.aopen()
        try:
            async for _ in stream:
                raise mine
        finally:
            if client.async_left_loop_ends_on == "close":
                await client.aclose(stream)

    with pytest.raises(KeyError) as info:
        asyncio.run(main())
    assert info.value is mine
    assert_left_early(client, tel)


def test_async_server_error_mid_stream(instrumented, async_client):
    client = async_client
    if not client.has_error_mid_stream:
        pytest.skip(f"this {client.name} yields an error event as an empty chunk")
    tel = instrumented()
    client.serve("error")

    async def main() -> None:
        async for _ in await client.aopen():
            pass

    with pytest.raises(client.error_type) as info:
        asyncio.run(main())
    assert client.error_text in str(info.value)
    assert_server_error(client, tel, info.value)


def test_async_garbage_collected_after_a_chunk(instrumented, async_client):
    tel = instrumented()
    client = async_client
    client.serve("complete")

    async def main() -> int:
        stream = await client.aopen()
        await (client.aiterator(stream)).__anext__()
        del stream
        gc.collect()
        await _settle()
        return len(tel.finished_spans())

    assert asyncio.run(main()) == 1
    assert_left_early(client, tel)


def test_async_cancelled_task(instrumented, async_client):
    tel = instrumented()
    client = async_client
    client.serve("slow")
    got: list[Any] = []

    async def consume(started: asyncio.Event) -> None:
        async for chunk in await client.aopen():
            got.append(chunk)
            started.set()
            await asyncio.sleep(0.01)  # older SDKs read the whole body before the first chunk

    async def main() -> None:
        started = asyncio.Event()
        task = asyncio.create_task(consume(started))
        await started.wait()
        await asyncio.sleep(0.05)  # the consumer now waits for the server
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        client.release()
        await _settle()

    asyncio.run(main())
    assert got
    assert_left_early(client, tel)


def test_async_context_manager_left_early(instrumented, async_client):
    client = async_client
    if not client.has_with:
        pytest.skip(f"{client.name} streams are no context managers")
    tel = instrumented()
    client.serve("complete")

    async def main() -> int:
        async with await client.aopen() as stream:
            assert client.is_sdk_async_stream(stream)
            await stream.__anext__()
            assert tel.finished_spans() == []
        return len(tel.finished_spans())

    assert asyncio.run(main()) == 1
    assert_left_early(client, tel)
