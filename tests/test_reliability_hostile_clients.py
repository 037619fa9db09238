"""The outside tester's attacks on the server's answer, repeated through the other clients: a lone
surrogate in the model, id or finish reason stays exportable (the OTLP encoder would otherwise
log a traceback and drop the attribute on every export), and a server answering with a new model
name each time makes a bounded number of metric series. Real SDKs (anthropic, google-genai,
ollama, boto3) against local servers; LangChain through a chat model written as its integrations
are."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from helpers.telemetry import exported

QUESTION = "Where is my order? It should have arrived by now."
ENGLISH = "Your order shipped yesterday and should arrive tomorrow before noon."
MODEL, RESPONSE_ID, REASON = "model\ud800-x", "id-\udfff1", "stop\udc80"
NAMES = 30  # distinct model names the server answers with
LIMIT = 5  # OTEL_MICROMETRICS_SEGMENT_VALUE_LIMIT in the cardinality tests


def assert_exportable(tel, caplog, **expected: Any) -> None:
    """Every span, event and metric point encodes without an error; the surrogates read ``?``."""
    caplog.clear()
    data = exported(tel)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert all(len(blob) > 100 for blob in data.values())
    (span,) = tel.finished_spans()
    for key, value in expected.items():
        assert span.attributes[key] == value, key
    if "gen_ai.response.model" in expected:
        assert expected["gen_ai.response.model"].encode() in data["metrics"]
    assert len(tel.events()) >= 3  # OTEL_MICROMETRICS_EVENTS=all: every result, all encoded


def assert_bounded_models(tel) -> None:
    """Duration and token series: the first LIMIT model names, then ``_OTHER``; every call counted."""
    for metric in ("gen_ai.client.operation.duration", "gen_ai.client.token.usage"):
        models = {p.attributes["gen_ai.response.model"] for p in tel.metric_points(metric)}
        assert len(models) == LIMIT + 1 and "_OTHER" in models, (metric, models)
    durations = tel.metric_points("gen_ai.client.operation.duration")
    assert sum(p.count for p in durations) == NAMES


# --- anthropic -------------------------------------------------------------------------------------


def anthropic_client(srv):
    anthropic = pytest.importorskip("anthropic")
    return anthropic.Anthropic(base_url=srv.base_url, api_key="k", max_retries=0)


def anthropic_ask(client):
    return client.messages.create(model="claude-test", max_tokens=100, messages=[{"role": "user", "content": QUESTION}])


def test_anthropic_lone_surrogates_stay_exportable(instrumented, caplog, monkeypatch):
    pytest.importorskip("anthropic")
    from servers.anthropic import MessagesServer, message

    monkeypatch.setenv("ANTHROPIC_OPEN_TELEMETRY", "false")  # anthropic 2.x's own spans: not ours
    tel = instrumented(OTEL_MICROMETRICS_EVENTS="all")
    with MessagesServer() as srv:
        srv.push_json(message(ENGLISH, id=RESPONSE_ID, model=MODEL, stop_reason=REASON))
        reply = anthropic_ask(anthropic_client(srv))
    assert reply.model == MODEL and reply.id == RESPONSE_ID  # the application's object is untouched
    assert_exportable(
        tel,
        caplog,
        **{
            "gen_ai.response.model": "model?-x",
            "gen_ai.response.id": "id-?1",
            "gen_ai.response.finish_reasons": ("stop?",),
        },
    )


def test_anthropic_model_names_make_bounded_series(instrumented, monkeypatch):
    pytest.importorskip("anthropic")
    from servers.anthropic import MessagesServer, message

    monkeypatch.setenv("ANTHROPIC_OPEN_TELEMETRY", "false")
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_VALUE_LIMIT=str(LIMIT))
    with MessagesServer() as srv:
        for i in range(NAMES):
            srv.push_json(message(ENGLISH, model=f"claude-{i}"))
        client = anthropic_client(srv)
        for _ in range(NAMES):
            anthropic_ask(client)
    assert tel.finished_spans()[-1].attributes["gen_ai.response.model"] == f"claude-{NAMES - 1}"
    assert_bounded_models(tel)


# --- google-genai ----------------------------------------------------------------------------------


def gemini_reply(model: str, rid: str = "resp-1", finish: str = "STOP") -> dict[str, Any]:
    return {
        "candidates": [
            {"content": {"parts": [{"text": ENGLISH}], "role": "model"}, "finishReason": finish, "index": 0}
        ],
        "usageMetadata": {"promptTokenCount": 11, "candidatesTokenCount": 13, "totalTokenCount": 24},
        "modelVersion": model,
        "responseId": rid,
    }


def gemini_client(srv):
    genai = pytest.importorskip("google.genai")
    from google.genai import types

    return genai.Client(api_key="k", http_options=types.HttpOptions(base_url=f"http://127.0.0.1:{srv.port}"))


@pytest.mark.filterwarnings("ignore::UserWarning")  # the SDK warns about the finish reason it does not know
def test_google_genai_lone_surrogates_stay_exportable(instrumented, caplog):
    from servers.sse import Script, SSEServer

    tel = instrumented(OTEL_MICROMETRICS_EVENTS="all")
    script = Script()
    with SSEServer(script) as srv:
        script.push(gemini_reply(MODEL, RESPONSE_ID))
        client = gemini_client(srv)  # kept: a collected Client closes its HTTP client
        reply = client.models.generate_content(model="gemini-2.5-flash", contents=QUESTION)
    assert reply.model_version == MODEL and reply.response_id == RESPONSE_ID
    assert_exportable(tel, caplog, **{"gen_ai.response.model": "model?-x", "gen_ai.response.id": "id-?1"})


def test_google_genai_model_names_make_bounded_series(instrumented):
    from servers.sse import Script, SSEServer

    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_VALUE_LIMIT=str(LIMIT))
    script = Script()
    with SSEServer(script) as srv:
        client = gemini_client(srv)
        for i in range(NAMES):
            script.replies = [(200, gemini_reply(f"gemini-{i}"))]
            client.models.generate_content(model="gemini-2.5-flash", contents=QUESTION)
    assert tel.finished_spans()[-1].attributes["gen_ai.response.model"] == f"gemini-{NAMES - 1}"
    assert_bounded_models(tel)


# --- ollama ----------------------------------------------------------------------------------------


def ollama_reply(model: str, reason: str = "stop") -> dict[str, Any]:
    return {
        "model": model,
        "created_at": "2026-05-01T10:00:00.000000Z",
        "message": {"role": "assistant", "content": ENGLISH},
        "done": True,
        "done_reason": reason,
        "prompt_eval_count": 12,
        "eval_count": 14,
    }


def ollama_chat(srv):
    ollama = pytest.importorskip("ollama")
    return ollama.Client(host=f"http://127.0.0.1:{srv.port}").chat(
        model="llama3.2", messages=[{"role": "user", "content": QUESTION}]
    )


def test_ollama_lone_surrogates_stay_exportable(instrumented, caplog):
    pytest.importorskip("ollama")
    from servers.sse import Script, SSEServer

    tel = instrumented(OTEL_MICROMETRICS_EVENTS="all")
    script = Script()
    with SSEServer(script) as srv:
        script.push(ollama_reply(MODEL, REASON))
        reply = ollama_chat(srv)
    assert reply.model == MODEL
    assert_exportable(
        tel, caplog, **{"gen_ai.response.model": "model?-x", "gen_ai.response.finish_reasons": ("stop?",)}
    )


def test_ollama_model_names_make_bounded_series(instrumented):
    pytest.importorskip("ollama")
    from servers.sse import Script, SSEServer

    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_VALUE_LIMIT=str(LIMIT))
    script = Script()
    with SSEServer(script) as srv:
        for i in range(NAMES):
            script.replies = [(200, ollama_reply(f"llama-{i}"))]
            ollama_chat(srv)
    assert tel.finished_spans()[-1].attributes["gen_ai.response.model"] == f"llama-{NAMES - 1}"
    assert_bounded_models(tel)


# --- Bedrock (Converse answers carry no model or id: the stop reason is the server's string) -------


def test_bedrock_lone_surrogates_stay_exportable(instrumented, caplog):
    pytest.importorskip("boto3")
    from servers.bedrock import MODEL as BEDROCK_MODEL
    from servers.bedrock import BedrockServer, Script, bedrock_client, converse_reply

    tel = instrumented(OTEL_MICROMETRICS_EVENTS="all")
    script = Script()
    with BedrockServer(script) as srv:
        script.push(converse_reply(ENGLISH, stop_reason=REASON))
        reply = bedrock_client(srv).converse(
            modelId=BEDROCK_MODEL, messages=[{"role": "user", "content": [{"text": QUESTION}]}]
        )
    assert reply["stopReason"] == REASON
    assert_exportable(tel, caplog, **{"gen_ai.response.finish_reasons": ("stop?",)})


# --- LangChain -------------------------------------------------------------------------------------


def scripted_model(model_name: str, reply_id: str = "resp-42", finish: str = "stop") -> Any:
    pytest.importorskip("langchain_core")
    from servers.langchain import ScriptedChatModel

    class Answering(ScriptedChatModel):
        def _metadata(self) -> dict[str, Any]:
            return {"finish_reason": finish, "model_name": model_name}

        def _generate(self, messages, stop=None, run_manager=None, **kwargs):
            result = super()._generate(messages, stop, run_manager, **kwargs)
            result.generations[0].message.id = reply_id
            return result

    return Answering(reply=ENGLISH)


def test_langchain_lone_surrogates_stay_exportable(instrumented, caplog):
    tel = instrumented(OTEL_MICROMETRICS_EVENTS="all")
    reply = scripted_model(MODEL, RESPONSE_ID, REASON).invoke(QUESTION)
    assert reply.response_metadata["model_name"] == MODEL
    assert_exportable(
        tel,
        caplog,
        **{
            "gen_ai.response.model": "model?-x",
            "gen_ai.response.id": "id-?1",
            "gen_ai.response.finish_reasons": ("stop?",),
        },
    )


def test_langchain_model_names_make_bounded_series(instrumented):
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_VALUE_LIMIT=str(LIMIT))
    for i in range(NAMES):
        scripted_model(f"bot-{i}").invoke(QUESTION)
    assert tel.finished_spans()[-1].attributes["gen_ai.response.model"] == f"bot-{NAMES - 1}"
    assert_bounded_models(tel)
