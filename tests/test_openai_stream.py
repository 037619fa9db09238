"""Streamed chat completions through the real openai SDK, against a local SSE server: every way
a stream can end, sync and async, finishes the call's span exactly once."""

from __future__ import annotations

import asyncio
import gc

import openai
import pytest
from helpers.assertions import assert_abandoned, only_span
from opentelemetry.trace import StatusCode
from servers.openai import chat_chunks
from servers.sse import DROP, Script, SSEServer

GERMAN = "Ihre Bestellung wurde gestern verschickt und kommt voraussichtlich morgen bei Ihnen an."
QUESTION = [{"role": "user", "content": "Wo ist meine Bestellung? Sie sollte schon längst da sein."}]


@pytest.fixture
def sse():
    script = Script()
    with SSEServer(script) as srv:
        yield srv, script


def sync_client(srv):
    return openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)


def async_client(srv):
    return openai.AsyncOpenAI(base_url=srv.base_url, api_key="k", max_retries=0)


def create(client, **extra):
    return client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION, stream=True, **extra)


def assert_complete(span, tel, text=GERMAN):
    a = span.attributes
    assert span.name == "chat gpt-4o-mini"
    assert span.end_time is not None
    assert "micrometrics.stream.abandoned" not in a
    assert a["gen_ai.response.id"] == "chatcmpl-stream"
    assert a["gen_ai.response.model"] == "gpt-4o-mini-2024-07-18"
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)
    assert a["micrometrics.response_length.score"] == float(len(text))
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.truncation.label"] == "pass"
    (ttfc,) = tel.metric_points("gen_ai.client.operation.time_to_first_chunk")
    assert ttfc.count == 1 and 0 < ttfc.sum < 5


# --- sync -------------------------------------------------------------------------------------


def test_exhausted_with_usage(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN, usage=(31, 17)))
    stream = create(sync_client(srv), stream_options={"include_usage": True})
    assert isinstance(stream, openai.Stream)
    assert stream.response.status_code == 200
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == GERMAN
    span = only_span(tel)
    assert_complete(span, tel)
    assert span.attributes["gen_ai.usage.input_tokens"] == 31
    assert span.attributes["gen_ai.usage.output_tokens"] == 17
    tokens = {p.attributes["gen_ai.token.type"]: p.sum for p in tel.metric_points("gen_ai.client.token.usage")}
    assert tokens == {"input": 31, "output": 17}
    assert srv.requests[0]["stream_options"] == {"include_usage": True}


def test_exhausted_without_usage_invents_none(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    for _ in create(sync_client(srv)):
        pass
    span = only_span(tel)
    assert_complete(span, tel)
    assert "gen_ai.usage.input_tokens" not in span.attributes
    assert "gen_ai.usage.output_tokens" not in span.attributes
    assert tel.metric_points("gen_ai.client.token.usage") == []


def test_next_until_stop_iteration(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    stream = create(sync_client(srv))
    parts = []
    while True:
        try:
            chunk = next(stream)
        except StopIteration:
            break
        parts.append(chunk.choices[0].delta.content or "")
    assert "".join(parts) == GERMAN
    assert_complete(only_span(tel), tel)


def test_break_ends_span_as_abandoned(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN, usage=(5, 5)))
    stream = create(sync_client(srv))
    for i, _ in enumerate(stream):
        if i == 2:
            break
    span = only_span(tel)
    assert_abandoned(span, tel)
    assert "gen_ai.usage.input_tokens" not in span.attributes
    assert "gen_ai.response.finish_reasons" not in span.attributes
    assert span.attributes["gen_ai.response.id"] == "chatcmpl-stream"
    stream.close()
    assert len(tel.finished_spans()) == 1


def test_break_after_finish_reason_still_runs_checks(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN, usage=(8, 9)))
    for chunk in create(sync_client(srv), stream_options={"include_usage": True}):
        if chunk.choices and chunk.choices[0].finish_reason:
            break
    span = only_span(tel)
    assert span.attributes["micrometrics.stream.abandoned"] is True
    assert span.attributes["micrometrics.language_mismatch.label"] == "pass"
    assert "gen_ai.usage.input_tokens" not in span.attributes  # the usage chunk was never read


def test_close_midway(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    stream = create(sync_client(srv))
    next(stream), next(stream)
    stream.close()
    assert_abandoned(only_span(tel), tel)
    (ttfc,) = tel.metric_points("gen_ai.client.operation.time_to_first_chunk")
    assert ttfc.count == 1


def test_with_block_exit(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    with create(sync_client(srv)) as stream:
        assert isinstance(stream, openai.Stream)
        next(stream)
        assert tel.finished_spans() == []
    assert_abandoned(only_span(tel), tel)


def test_with_block_fully_read(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    with create(sync_client(srv)) as stream:
        text = "".join(c.choices[0].delta.content or "" for c in stream)
    assert text == GERMAN
    assert_complete(only_span(tel), tel)


def test_user_exception_in_loop_body_reaches_user_unchanged(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))

    class Mine(Exception):
        pass

    stream = create(sync_client(srv))
    with pytest.raises(Mine) as info:
        for _ in stream:
            raise Mine("from the app")
    assert str(info.value) == "from the app"
    assert_abandoned(only_span(tel), tel)


def test_server_error_mid_stream_reaches_user_unchanged(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    events = [
        *chat_chunks(GERMAN, done=False)[:3],
        {"error": {"message": "overloaded mid-stream", "type": "server_error"}},
    ]
    script.push(events)
    seen = []
    with pytest.raises(openai.APIError) as info:
        for chunk in create(sync_client(srv)):
            seen.append(chunk)
    assert "overloaded mid-stream" in str(info.value)
    assert len(seen) == 3
    span = only_span(tel)
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["error.type"] == "APIError"
    assert "micrometrics.stream.abandoned" not in span.attributes
    assert tel.evaluations() == {}


def test_connection_dropped_mid_stream(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push([*chat_chunks(GERMAN, done=False)[:3], DROP])
    with pytest.raises(Exception) as info:
        for _ in create(sync_client(srv)):
            pass
    span = only_span(tel)
    assert span.attributes["error.type"] == type(info.value).__qualname__
    assert span.status.status_code is StatusCode.ERROR


def test_garbage_collected_stream_ends_span(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    client = sync_client(srv)

    def read_one():
        stream = create(client)
        next(stream)

    read_one()
    gc.collect()
    assert_abandoned(only_span(tel), tel)


def test_stream_never_read_then_collected(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    stream = create(sync_client(srv))
    del stream
    gc.collect()
    span = only_span(tel)
    assert_abandoned(span, tel)
    assert tel.metric_points("gen_ai.client.operation.time_to_first_chunk") == []


def test_tool_calls_assembled_from_deltas(instrumented, sse):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = sse
    calls = [
        {"id": "call_1", "name": "get_weather", "arguments": '{"city": "Berlin"}'},
        {"id": "call_2", "name": "get_time", "arguments": '{"tz": "Europe/Berlin"}'},
    ]
    script.push(chat_chunks("", tool_calls=calls, finish_reason="tool_calls"))
    for _ in create(sync_client(srv)):
        pass
    span = only_span(tel)
    import json

    (out,) = json.loads(span.attributes["gen_ai.output.messages"])
    assert out["finish_reason"] == "tool_calls"
    assert [p for p in out["parts"] if p["type"] == "tool_call"] == [
        {"type": "tool_call", "id": "call_1", "name": "get_weather", "arguments": {"city": "Berlin"}},
        {"type": "tool_call", "id": "call_2", "name": "get_time", "arguments": {"tz": "Europe/Berlin"}},
    ]
    assert span.attributes["micrometrics.empty_response.label"] == "pass"


def test_n_choices_first_choice_checked_all_finish_reasons_kept(instrumented, sse):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = sse
    english = "Your order was shipped yesterday and should arrive tomorrow."
    script.push(chat_chunks("", texts=[GERMAN, english], finish_reasons=["stop", "length"]))
    for _ in create(sync_client(srv), n=2):
        pass
    span = only_span(tel)
    a = span.attributes
    assert a["gen_ai.request.choice.count"] == 2
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop", "length")
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.response_length.score"] == float(len(GERMAN))
    assert a["micrometrics.truncation.label"] == "fail"  # one of the choices was cut off


def test_accumulator_failure_never_reaches_the_app(instrumented, sse, monkeypatch):
    from otel_micrometrics.instrumentors import openai as ours

    def broken(self, chunk):
        raise RuntimeError("accumulator bug")

    monkeypatch.setattr(ours.ChatStreamAccumulator, "chunk", broken)
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))
    text = "".join(c.choices[0].delta.content or "" for c in create(sync_client(srv)))
    assert text == GERMAN
    assert only_span(tel).end_time is not None


# --- async ------------------------------------------------------------------------------------


def test_async_exhausted_with_usage(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN, usage=(12, 13)))

    async def main():
        client = async_client(srv)
        stream = await create(client, stream_options={"include_usage": True})
        assert isinstance(stream, openai.AsyncStream)
        text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
        await client.close()
        return text

    assert asyncio.run(main()) == GERMAN
    span = only_span(tel)
    assert_complete(span, tel)
    assert span.attributes["gen_ai.usage.input_tokens"] == 12
    assert span.attributes["gen_ai.usage.output_tokens"] == 13


def test_async_anext_until_stop(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))

    async def main():
        stream = await create(async_client(srv))
        parts = []
        while True:
            try:
                chunk = await stream.__anext__()
            except StopAsyncIteration:
                return "".join(parts)
            parts.append(chunk.choices[0].delta.content or "")

    assert asyncio.run(main()) == GERMAN
    assert_complete(only_span(tel), tel)


def test_async_break(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))

    async def main():
        stream = await create(async_client(srv))
        async for _ in stream:
            break
        for _ in range(3):  # the event loop closes the abandoned async generator soon after
            await asyncio.sleep(0)
        return len(tel.finished_spans())

    assert asyncio.run(main()) == 1
    assert_abandoned(only_span(tel), tel)


def test_async_with_block_and_aclose(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))

    async def main():
        client = async_client(srv)
        async with await create(client) as stream:
            assert isinstance(stream, openai.AsyncStream)
            await stream.__anext__()
        ended_by_with = len(tel.finished_spans())
        other = await create(client)
        await other.__anext__()
        await (other.aclose() if hasattr(openai.AsyncStream, "aclose") else other.close())
        return ended_by_with

    assert asyncio.run(main()) == 1
    spans = tel.finished_spans()
    assert len(spans) == 2
    for span in spans:
        assert span.attributes["micrometrics.stream.abandoned"] is True


def test_async_cancelled_task(instrumented):
    tel = instrumented()
    script = Script()
    script.push(chat_chunks(GERMAN))
    with SSEServer(script, event_delay=0.05) as srv:

        async def consume(started):
            stream = await create(async_client(srv))
            async for _ in stream:
                started.set()

        async def main():
            started = asyncio.Event()
            task = asyncio.create_task(consume(started))
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            for _ in range(3):
                await asyncio.sleep(0)

        asyncio.run(main())
    span = only_span(tel)
    assert_abandoned(span, tel)


def test_async_server_error_mid_stream(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push([*chat_chunks(GERMAN, done=False)[:2], {"error": {"message": "mid-stream failure", "type": "x"}}])

    async def main():
        stream = await create(async_client(srv))
        async for _ in stream:
            pass

    with pytest.raises(openai.APIError) as info:
        asyncio.run(main())
    assert "mid-stream failure" in str(info.value)
    span = only_span(tel)
    assert span.attributes["error.type"] == "APIError"


def test_async_user_exception_in_loop_body(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))

    async def main():
        stream = await create(async_client(srv))
        async for _ in stream:
            raise KeyError("app bug")

    with pytest.raises(KeyError) as info:
        asyncio.run(main())
    assert info.value.args == ("app bug",)
    assert_abandoned(only_span(tel), tel)


def test_async_garbage_collected(instrumented, sse):
    tel = instrumented()
    srv, script = sse
    script.push(chat_chunks(GERMAN))

    async def main():
        stream = await create(async_client(srv))
        await stream.__anext__()
        del stream
        gc.collect()
        return len(tel.finished_spans())

    assert asyncio.run(main()) == 1
    assert_abandoned(only_span(tel), tel)
