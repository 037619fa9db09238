"""LangChain chat models through langchain-core's own machinery: its fake chat models, a scripted
model written against ``BaseChatModel`` the way integrations are, and ``ChatOpenAI`` against the
local OpenAI server (where the openai client's span must be the only one)."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from helpers.assertions import only_span
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.runnables import RunnableLambda
from opentelemetry.trace import StatusCode
from servers.langchain import Overloaded, ScriptedChatModel

GERMAN = "Ihre Bestellung wurde gestern verschickt und kommt voraussichtlich morgen bei Ihnen an."
QUESTION = "Wo ist meine Bestellung? Sie sollte schon längst da sein."


def assert_complete(span, tel, streamed):
    a = dict(span.attributes)
    assert span.name == "chat support-bot-1"
    assert a["gen_ai.provider.name"] == "langchain"  # a model class LangChain does not know a provider for
    assert a["gen_ai.request.model"] == "support-bot-1"
    assert a["gen_ai.response.model"] == "support-bot-1-2025-06"
    assert a["gen_ai.response.id"] == "resp-42"
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)
    assert a["gen_ai.usage.input_tokens"] == 21
    assert a["gen_ai.usage.output_tokens"] == 13
    assert a["gen_ai.usage.cache_read.input_tokens"] == 3
    assert a["micrometrics.response_length.score"] == float(len(GERMAN))
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.truncation.label"] == "pass"
    assert "micrometrics.stream.abandoned" not in a
    assert span.status.status_code is not StatusCode.ERROR
    ttfc = tel.metric_points("gen_ai.client.operation.time_to_first_chunk")
    if streamed:
        assert len(ttfc) == 1 and ttfc[0].count == 1 and 0 < ttfc[0].sum < 5
    else:
        assert ttfc == []
    tokens = {p.attributes["gen_ai.token.type"]: p.sum for p in tel.metric_points("gen_ai.client.token.usage")}
    assert tokens == {"input": 21, "output": 13}


# --- calls ------------------------------------------------------------------------------------


def test_invoke_span_carries_what_was_sent_and_received(instrumented):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    model = ScriptedChatModel()
    before = time.time_ns()
    reply = model.invoke(
        [SystemMessage("Du bist ein freundlicher Support-Assistent."), HumanMessage(QUESTION)],
        temperature=0.2,
        max_tokens=120,
        stop=["###"],
    )
    after = time.time_ns()
    assert isinstance(reply, AIMessage) and reply.content == GERMAN
    span = only_span(tel)
    assert_complete(span, tel, streamed=False)
    a = dict(span.attributes)
    assert a["gen_ai.request.temperature"] == 0.2
    assert a["gen_ai.request.max_tokens"] == 120
    assert tuple(a["gen_ai.request.stop_sequences"]) == ("###",)
    assert json.loads(a["gen_ai.system_instructions"]) == [
        {"type": "text", "content": "Du bist ein freundlicher Support-Assistent."}
    ]
    assert json.loads(a["gen_ai.input.messages"]) == [
        {"role": "user", "parts": [{"type": "text", "content": QUESTION}]}
    ]
    (out,) = json.loads(a["gen_ai.output.messages"])
    assert out == {"role": "assistant", "parts": [{"type": "text", "content": GERMAN}], "finish_reason": "stop"}
    # made after the run, back-dated to its start
    assert before <= span.start_time < span.end_time <= after
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.count == 1 and 0 < duration.sum <= (after - before) / 1e9


def test_span_is_a_child_of_the_span_current_at_the_call(instrumented):
    tel = instrumented()
    tracer = tel.tracer_provider.get_tracer("app")
    with tracer.start_as_current_span("handle request") as parent:
        RunnableLambda(lambda text: text.upper()).pipe(ScriptedChatModel()).invoke(QUESTION)
    spans = {s.name: s for s in tel.finished_spans()}
    assert set(spans) == {"handle request", "chat support-bot-1"}
    assert spans["chat support-bot-1"].parent.span_id == parent.get_span_context().span_id


def test_generic_fake_model_with_tool_calls_and_tool_results(instrumented):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    answer = AIMessage(
        content="",
        tool_calls=[{"name": "track_order", "args": {"order": "A-17"}, "id": "call_1"}],
        response_metadata={"finish_reason": "tool_calls"},
    )
    model = GenericFakeChatModel(messages=iter([answer]))
    history = [
        HumanMessage(QUESTION),
        AIMessage(content="", tool_calls=[{"name": "track_order", "args": {"order": "A-16"}, "id": "call_0"}]),
        ToolMessage(content='{"status": "lost"}', tool_call_id="call_0"),
    ]
    reply = model.invoke(history)
    assert reply.tool_calls[0]["args"] == {"order": "A-17"}
    span = only_span(tel)
    a = dict(span.attributes)
    assert span.name == "chat"  # the fake model has no model name
    assert a["gen_ai.provider.name"] == "langchain"
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("tool_calls",)
    assert "gen_ai.response.id" not in a  # LangChain's own run id is not a provider's response id
    (out,) = json.loads(a["gen_ai.output.messages"])
    assert out["parts"] == [
        {"type": "tool_call", "id": "call_1", "name": "track_order", "arguments": {"order": "A-17"}}
    ]
    inputs = json.loads(a["gen_ai.input.messages"])
    assert [m["role"] for m in inputs] == ["user", "assistant", "tool"]
    assert a["micrometrics.turn.index"] == 1
    assert a["micrometrics.empty_response.label"] == "pass"


def test_fake_list_model_truncated_reply(instrumented):
    tel = instrumented()
    model = ScriptedChatModel(reply="Ihre Bestellung wurde gestern", finish_reason="length")
    model.invoke(QUESTION)
    a = dict(only_span(tel).attributes)
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("length",)
    assert a["micrometrics.truncation.label"] == "fail"


def test_fake_list_model_invoke_and_batch(instrumented):
    tel = instrumented()
    model = FakeListChatModel(responses=["Guten Tag! Wie kann ich helfen?", "Das Paket kommt morgen.", GERMAN])
    replies = model.batch(["Hallo", "Wo ist mein Paket?", QUESTION])
    assert [r.content for r in replies] == ["Guten Tag! Wie kann ich helfen?", "Das Paket kommt morgen.", GERMAN]
    spans = tel.finished_spans()
    assert len(spans) == 3
    assert sorted(s.attributes["micrometrics.response_length.score"] for s in spans) == sorted(
        float(len(r.content)) for r in replies
    )
    assert {s.attributes["gen_ai.provider.name"] for s in spans} == {"langchain"}


def test_generate_with_two_prompts_gives_two_spans(instrumented):
    tel = instrumented()
    result = ScriptedChatModel().generate(
        [[HumanMessage("Hallo, ich habe eine Frage zu meiner Bestellung.")], [HumanMessage(QUESTION)]]
    )
    assert len(result.generations) == 2
    spans = tel.finished_spans()
    assert len(spans) == 2
    assert {s.attributes["micrometrics.language_mismatch.label"] for s in spans} == {"pass"}


def test_async_invoke(instrumented):
    tel = instrumented()

    async def main():
        return await ScriptedChatModel().ainvoke(QUESTION)

    assert asyncio.run(main()).content == GERMAN
    assert_complete(only_span(tel), tel, streamed=False)


def test_async_invoke_of_a_sync_only_model(instrumented):
    tel = instrumented()
    model = GenericFakeChatModel(messages=iter([AIMessage(content=GERMAN)]))  # no _agenerate: runs in a thread

    async def main():
        return await model.ainvoke(QUESTION)

    assert asyncio.run(main()).content == GERMAN
    assert only_span(tel).attributes["micrometrics.response_language.label"] == "de"


def test_error_reaches_app_unchanged(instrumented):
    tel = instrumented()

    class Failing(ScriptedChatModel):
        def _generate(self, messages, stop=None, run_manager=None, **kwargs):
            raise Overloaded("the model is overloaded")

    with pytest.raises(Overloaded) as info:
        Failing().invoke(QUESTION)
    assert str(info.value) == "the model is overloaded"
    span = only_span(tel)
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["error.type"] == "Overloaded"
    assert tel.evaluations() == {}
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.attributes["error.type"] == "Overloaded"


def test_async_error_reaches_app_unchanged(instrumented):
    tel = instrumented()

    class Failing(ScriptedChatModel):
        async def _agenerate(self, messages, stop=None, run_manager=None, **kwargs):
            raise Overloaded("async overload")

    async def main():
        await Failing().ainvoke(QUESTION)

    with pytest.raises(Overloaded, match="async overload"):
        asyncio.run(main())
    assert only_span(tel).attributes["error.type"] == "Overloaded"


# --- streams ----------------------------------------------------------------------------------


def test_fake_list_model_stream(instrumented):
    tel = instrumented()
    model = FakeListChatModel(responses=[GERMAN])
    assert "".join(c.content for c in model.stream(QUESTION)) == GERMAN
    a = dict(only_span(tel).attributes)
    assert a["micrometrics.response_length.score"] == float(len(GERMAN))
    assert "gen_ai.response.finish_reasons" not in a  # the fake model sends none; none invented
    assert len(tel.metric_points("gen_ai.client.operation.time_to_first_chunk")) == 1


def test_stream_break_after_last_chunk_still_runs_checks(instrumented):
    tel = instrumented()
    partial = []

    class Partial(BaseCallbackHandler):
        def on_llm_error(self, error, *, response=None, **kwargs):
            gens = response.generations if response is not None else []
            partial.extend(g.generation_info or g.message.response_metadata for g in (gens[0] if gens else []))

    stream = ScriptedChatModel().stream(QUESTION, config={"callbacks": [Partial()]})
    for chunk in stream:
        if chunk.response_metadata.get("finish_reason"):
            break
    stream.close()
    a = dict(only_span(tel).attributes)
    assert a["micrometrics.stream.abandoned"] is True
    if any(m.get("finish_reason") for m in partial):  # LangChain >= 0.3.x hands the partial reply over
        assert a["micrometrics.language_mismatch.label"] == "pass"
        assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)
    else:  # older LangChain does not: nothing to evaluate, nothing invented
        assert not [k for k in a if k.endswith(".label")]


def test_fake_list_model_stream_error(instrumented):
    from langchain_core.language_models.fake_chat_models import FakeListChatModelError

    tel = instrumented()
    with pytest.raises(FakeListChatModelError):
        for _ in FakeListChatModel(responses=[GERMAN], error_on_chunk_number=4).stream(QUESTION):
            pass
    assert only_span(tel).attributes["error.type"] == "FakeListChatModelError"


# --- the plugin never hurts the application ---------------------------------------------------


def test_reading_failure_never_reaches_the_app(instrumented, monkeypatch):
    from otel_micrometrics.instrumentors import langchain as ours

    def broken(*args, **kwargs):
        raise RuntimeError("reader bug")

    monkeypatch.setattr(ours, "read_request", broken)
    tel = instrumented()
    assert ScriptedChatModel().invoke(QUESTION).content == GERMAN
    assert tel.finished_spans() == []  # the run could not be read: not recorded, not broken


def test_app_handlers_still_run_beside_ours(instrumented):
    tel = instrumented()
    seen = []

    class AppHandler(BaseCallbackHandler):
        def on_llm_end(self, response, **kwargs):
            seen.append(response.generations[0][0].text)

    ScriptedChatModel().invoke(QUESTION, config={"callbacks": [AppHandler()]})
    assert seen == [GERMAN]
    assert len(tel.finished_spans()) == 1


def test_uninstrument_removes_the_hook(instrumented):
    from langchain_core.tracers import context as tracer_context

    import otel_micrometrics

    tel = instrumented()
    hooks = len(tracer_context._configure_hooks)
    otel_micrometrics.uninstrument()
    assert len(tracer_context._configure_hooks) == hooks - 1
    ScriptedChatModel().invoke(QUESTION)
    assert tel.finished_spans() == []


def test_pending_runs_are_bounded(instrumented, monkeypatch):
    from otel_micrometrics.instrumentors import langchain as ours

    monkeypatch.setattr(ours, "MAX_PENDING_RUNS", 2)
    tel = instrumented()
    streams = [ScriptedChatModel().stream(QUESTION) for _ in range(4)]
    for stream in streams:  # started, never finished
        next(stream)
    handler = next(h for h in _handlers() if type(h).__name__ == "MicrometricsCallbackHandler")
    assert len(handler._runs) == 2
    for stream in streams:
        stream.close()
    spans = tel.finished_spans()
    assert len(spans) == 2  # the two runs still tracked; the evicted ones are dropped, not leaked
    assert all(s.attributes["micrometrics.stream.abandoned"] for s in spans)


def _handlers():
    from langchain_core.tracers import context as tracer_context

    return [var.get() for var, *_ in tracer_context._configure_hooks if var.get() is not None]


# --- one span when the client underneath is instrumented too ----------------------------------


def chat_openai(base_url, **extra):
    langchain_openai = pytest.importorskip("langchain_openai")
    return langchain_openai.ChatOpenAI(
        model="gpt-4o-mini", base_url=base_url, api_key="test-key", max_retries=0, **extra
    )


def test_chat_openai_gives_the_openai_span_only(instrumented, server):
    from servers.openai import completion

    tel = instrumented()
    srv, replies = server
    replies.push(completion(GERMAN, id="chatcmpl-lc", prompt_tokens=33, completion_tokens=14))
    reply = chat_openai(srv.base_url, temperature=0.1).invoke([SystemMessage("Sei kurz."), HumanMessage(QUESTION)])
    assert reply.content == GERMAN
    span = only_span(tel)
    a = dict(span.attributes)
    assert span.name == "chat gpt-4o-mini"
    assert a["gen_ai.provider.name"] == "openai"
    assert a["server.port"] == srv.port  # the client's span: only the wire knows the server
    assert a["gen_ai.response.id"] == "chatcmpl-lc"
    assert a["gen_ai.request.temperature"] == 0.1
    assert a["gen_ai.usage.input_tokens"] == 33
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert tel.evaluations()[("language_mismatch", "pass")] == 1
    assert len(tel.metric_points("gen_ai.client.operation.duration")) == 1


def test_chat_openai_async_gives_one_span(instrumented, server):
    from servers.openai import completion

    tel = instrumented()
    srv, replies = server
    replies.push(completion(GERMAN, id="chatcmpl-async"))

    async def main():
        return await chat_openai(srv.base_url).ainvoke(QUESTION)

    assert asyncio.run(main()).content == GERMAN
    span = only_span(tel)
    assert span.attributes["gen_ai.response.id"] == "chatcmpl-async"
    assert span.attributes["server.port"] == srv.port


def test_chat_openai_stream_gives_one_span(instrumented):
    from servers.openai import chat_chunks
    from servers.sse import SSEServer

    tel = instrumented()
    with SSEServer(lambda path, body: (200, chat_chunks(GERMAN, usage=(9, 8)))) as srv:
        model = chat_openai(srv.base_url, stream_usage=True)
        assert "".join(c.content for c in model.stream(QUESTION)) == GERMAN
        assert srv.requests[0]["stream"] is True
    span = only_span(tel)
    a = dict(span.attributes)
    assert a["gen_ai.response.id"] == "chatcmpl-stream"
    assert a["server.port"] == srv.port
    assert a["micrometrics.response_length.score"] == float(len(GERMAN))
    assert len(tel.metric_points("gen_ai.client.operation.time_to_first_chunk")) == 1


def test_chat_openai_without_the_openai_instrumentor_gives_the_langchain_span(instrumented, server):
    from servers.openai import completion

    tel = instrumented(OTEL_PYTHON_DISABLED_INSTRUMENTATIONS="micrometrics_openai")
    srv, replies = server
    replies.push(
        completion(
            GERMAN,
            id="chatcmpl-lc2",
            model="gpt-4o-mini-2024-07-18",
            finish_reason="length",
            prompt_tokens=40,
            completion_tokens=30,
        )
    )
    model = chat_openai(srv.base_url, temperature=0.4, max_tokens=30)
    reply = model.invoke(QUESTION)
    assert reply.content == GERMAN
    span = only_span(tel)
    a = dict(span.attributes)
    assert span.name == "chat gpt-4o-mini"
    assert a["gen_ai.provider.name"] == "openai"  # from the model class's own provider declaration
    assert "server.port" not in a  # not the client's span
    assert a["gen_ai.request.temperature"] == 0.4
    assert a["gen_ai.request.max_tokens"] == 30
    if "id" in reply.response_metadata:  # langchain-openai exposes the response id since 0.3
        assert a["gen_ai.response.id"] == "chatcmpl-lc2"
    else:
        assert "gen_ai.response.id" not in a
    assert a["gen_ai.response.model"] == "gpt-4o-mini-2024-07-18"
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("length",)
    assert a["gen_ai.usage.input_tokens"] == 40
    assert a["gen_ai.usage.output_tokens"] == 30
    assert a["micrometrics.truncation.label"] == "fail"


def test_a_client_call_in_a_stream_loop_does_not_claim_the_run(instrumented, server):
    """The app calls openai itself while reading a fake model's stream: two calls, two spans."""
    import openai
    from servers.openai import completion

    tel = instrumented()
    srv, replies = server
    replies.push(completion(GERMAN))
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    for i, _ in enumerate(ScriptedChatModel().stream(QUESTION)):
        if i == 1:
            client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": QUESTION}])
    names = sorted(s.name for s in tel.finished_spans())
    assert names == ["chat gpt-4o-mini", "chat support-bot-1"]


def test_chat_openai_async_stream_gives_one_span(instrumented):
    from servers.openai import chat_chunks
    from servers.sse import SSEServer

    tel = instrumented()
    with SSEServer(lambda path, body: (200, chat_chunks(GERMAN))) as srv:

        async def main():
            return "".join([c.content async for c in chat_openai(srv.base_url).astream(QUESTION)])

        assert asyncio.run(main()) == GERMAN
    span = only_span(tel)
    assert span.attributes["server.port"] == srv.port
    assert span.attributes["micrometrics.response_language.label"] == "de"
