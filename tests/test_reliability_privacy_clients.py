"""Privacy for the newer clients too: with default settings no conversation text from a
google-genai, ollama, Bedrock or LangChain call reaches any exported byte or our log lines."""

from __future__ import annotations

import asyncio
import logging

import pytest
from helpers.telemetry import exported
from test_reliability_privacy import ALL, REPLY, REPLY_TEXT, SYSTEM, TOOL_ARG, TOOL_RESULT, USER

QUESTION = f"Where is my order? It should be here by now. {USER}"
INSTRUCTIONS = f"You are a shop assistant. {SYSTEM}"


def assert_nothing_leaked(tel, caplog, spans: int) -> None:
    assert len(tel.finished_spans()) == spans
    assert sum(v for (name, _), v in tel.evaluations().items() if name == "response_length") == spans
    for kind, data in exported(tel).items():
        for sentinel in ALL:
            assert sentinel.encode() not in data, (kind, sentinel)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not [s for s in ALL if s in logged]


def test_google_genai_leaks_nothing_by_default(instrumented, caplog):
    genai = pytest.importorskip("google.genai")
    from google.genai import types
    from servers.google_genai import chunks, reply
    from servers.sse import Script, SSEServer

    caplog.set_level(logging.DEBUG, logger="otel_micrometrics")
    tel = instrumented()
    script = Script()
    with SSEServer(script) as srv:
        client = genai.Client(api_key="k", http_options=types.HttpOptions(base_url=f"http://127.0.0.1:{srv.port}"))
        config = types.GenerateContentConfig(system_instruction=INSTRUCTIONS)
        contents = [
            types.Content(role="user", parts=[types.Part(text=QUESTION)]),
            types.Content(
                role="model",
                parts=[types.Part(function_call=types.FunctionCall(name="lookup", args={"order": TOOL_ARG}))],
            ),
            types.Content(
                role="user",
                parts=[
                    types.Part(
                        function_response=types.FunctionResponse(name="lookup", response={"status": TOOL_RESULT})
                    )
                ],
            ),
        ]
        script.push(reply(REPLY_TEXT))
        client.models.generate_content(model="gemini-2.5-flash", contents=contents, config=config)
        script.replies = [(200, chunks(REPLY_TEXT))]
        list(client.models.generate_content_stream(model="gemini-2.5-flash", contents=contents, config=config))
        script.replies = [(200, reply(REPLY_TEXT))]
        asyncio.run(client.aio.models.generate_content(model="gemini-2.5-flash", contents=contents, config=config))
    assert_nothing_leaked(tel, caplog, spans=3)


def test_ollama_leaks_nothing_by_default(instrumented, caplog):
    ollama = pytest.importorskip("ollama")
    from servers.ollama import chat_lines, chat_reply, generate_reply
    from servers.sse import Script, SSEServer

    caplog.set_level(logging.DEBUG, logger="otel_micrometrics")
    tel = instrumented()
    messages = [
        {"role": "system", "content": INSTRUCTIONS},
        {"role": "user", "content": QUESTION},
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [{"function": {"name": "lookup", "arguments": {"order": TOOL_ARG}}}],
        },
        {"role": "tool", "content": f"shipped {TOOL_RESULT}"},
    ]
    script = Script()
    with SSEServer(script) as srv:
        client = ollama.Client(host=f"http://127.0.0.1:{srv.port}")
        script.push(chat_reply(REPLY_TEXT))
        client.chat(model="llama3.2", messages=messages)
        script.replies = [(200, chat_lines(REPLY_TEXT))]
        list(client.chat(model="llama3.2", messages=messages, stream=True))
        script.replies = [(200, generate_reply(REPLY_TEXT))]
        client.generate(model="llama3.2", prompt=QUESTION, system=INSTRUCTIONS)
        script.replies = [(200, chat_reply(REPLY_TEXT))]
        asyncio.run(ollama.AsyncClient(host=f"http://127.0.0.1:{srv.port}").chat(model="llama3.2", messages=messages))
    assert_nothing_leaked(tel, caplog, spans=4)


def test_bedrock_leaks_nothing_by_default(instrumented, caplog):
    pytest.importorskip("boto3")
    from servers.bedrock import MODEL, BedrockServer, Script, bedrock_client, converse_reply, stream_events

    caplog.set_level(logging.DEBUG, logger="otel_micrometrics")
    tel = instrumented()
    messages = [
        {"role": "user", "content": [{"text": QUESTION}]},
        {
            "role": "assistant",
            "content": [{"toolUse": {"toolUseId": "t0", "name": "lookup", "input": {"order": TOOL_ARG}}}],
        },
        {
            "role": "user",
            "content": [{"toolResult": {"toolUseId": "t0", "content": [{"text": f"shipped {TOOL_RESULT}"}]}}],
        },
    ]
    script = Script()
    with BedrockServer(script) as srv:
        runtime = bedrock_client(srv)
        script.push(converse_reply(REPLY_TEXT))
        runtime.converse(modelId=MODEL, messages=messages, system=[{"text": INSTRUCTIONS}])
        script.replies = [(200, stream_events(REPLY_TEXT), {})]
        reply = runtime.converse_stream(modelId=MODEL, messages=messages, system=[{"text": INSTRUCTIONS}])
        list(reply["stream"])
    assert_nothing_leaked(tel, caplog, spans=2)


def test_langchain_leaks_nothing_by_default(instrumented, caplog):
    pytest.importorskip("langchain_core")
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
    from servers.langchain import ScriptedChatModel

    caplog.set_level(logging.DEBUG, logger="otel_micrometrics")
    tel = instrumented()
    model = ScriptedChatModel(reply=REPLY_TEXT)
    messages = [
        SystemMessage(INSTRUCTIONS),
        HumanMessage(QUESTION),
        AIMessage("", tool_calls=[{"name": "lookup", "args": {"order": TOOL_ARG}, "id": "t0"}]),
        ToolMessage(f"shipped {TOOL_RESULT}", tool_call_id="t0"),
    ]
    assert REPLY in model.invoke(messages).content
    "".join(chunk.content for chunk in model.stream(messages))
    asyncio.run(model.ainvoke(messages))
    assert_nothing_leaked(tel, caplog, spans=3)


# --- errors that quote the request, from every other client ----------------------------------------

QUOTED = f"could not process the message {USER!r}"


def assert_error_kept_private(tel, raised, statuses) -> None:
    """With capture off: the error class and HTTP status on the span, never the quoted text."""
    assert all(USER in str(exc) for exc in raised)  # the application still sees the whole error
    spans = tel.finished_spans()
    assert [s.status.description for s in spans] == statuses
    for span, exc in zip(spans, raised, strict=True):
        assert span.attributes["error.type"] == type(exc).__qualname__
        (event,) = span.events
        assert dict(event.attributes) == {"exception.type": f"{type(exc).__module__}.{type(exc).__qualname__}"}
    for kind, data in exported(tel).items():
        assert USER.encode() not in data, kind


def test_google_genai_and_ollama_errors_quoting_the_prompt_stay_private(instrumented):
    genai = pytest.importorskip("google.genai")
    ollama = pytest.importorskip("ollama")
    from google.genai import types
    from servers.sse import Script, SSEServer

    tel = instrumented()
    raised = []
    script = Script()
    with SSEServer(script) as srv:
        script.push({"error": {"code": 400, "message": QUOTED, "status": "INVALID_ARGUMENT"}}, status=400)
        client = genai.Client(api_key="k", http_options=types.HttpOptions(base_url=f"http://127.0.0.1:{srv.port}"))
        with pytest.raises(genai.errors.ClientError) as info:
            client.models.generate_content(model="gemini-2.5-flash", contents=QUESTION)
        raised.append(info.value)
        script.replies = [(500, {"error": QUOTED})]
        with pytest.raises(ollama.ResponseError) as info:
            ollama.Client(host=f"http://127.0.0.1:{srv.port}").chat(
                model="llama3.2", messages=[{"role": "user", "content": QUESTION}]
            )
        raised.append(info.value)
    assert_error_kept_private(tel, raised, ["ClientError (HTTP 400)", "ResponseError (HTTP 500)"])


def test_bedrock_and_langchain_errors_quoting_the_prompt_stay_private(instrumented):
    pytest.importorskip("boto3")
    pytest.importorskip("langchain_core")
    from botocore.exceptions import ClientError
    from langchain_core.messages import HumanMessage
    from servers.bedrock import MODEL, BedrockServer, Script, bedrock_client
    from servers.langchain import ScriptedChatModel

    class Refusing(ScriptedChatModel):
        def _generate(self, messages, stop=None, run_manager=None, **kwargs):
            raise ValueError(f"{QUOTED}: {messages[-1].content}")

    tel = instrumented()
    raised = []
    script = Script()
    with BedrockServer(script) as srv:
        script.push(
            {"message": QUOTED},
            status=400,
            headers={"x-amzn-ErrorType": "ValidationException:http://internal.amazon.com/coral/"},
        )
        with pytest.raises(ClientError) as info:
            bedrock_client(srv).converse(modelId=MODEL, messages=[{"role": "user", "content": [{"text": QUESTION}]}])
        raised.append(info.value)
    with pytest.raises(ValueError) as info:
        Refusing().invoke([HumanMessage(QUESTION)])
    raised.append(info.value)
    assert_error_kept_private(tel, raised, ["ValidationException (HTTP 400)", "ValueError"])
