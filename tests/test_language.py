"""Language checks, through the real SDK and as pure functions of an Exchange."""

from __future__ import annotations

import openai
from servers.openai import ChatServer

from otel_micrometrics import Exchange, Message
from otel_micrometrics.checks.language import language_mismatch, response_language
from otel_micrometrics.demo import GERMAN, scripted_responder


def test_german_conversation_turn_five_is_a_mismatch(instrumented):
    tel = instrumented()
    with ChatServer(scripted_responder()) as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        messages = [{"role": "system", "content": GERMAN.system}]
        for text in GERMAN.user_turns:
            messages.append({"role": "user", "content": text})
            reply = client.chat.completions.create(model="support-bot-1", messages=messages)
            messages.append({"role": "assistant", "content": reply.choices[0].message.content})
    spans = tel.finished_spans()
    assert [s.attributes["micrometrics.language_mismatch.label"] for s in spans] == ["pass"] * 4 + ["fail"]
    assert [s.attributes["micrometrics.response_language.label"] for s in spans] == ["de"] * 4 + ["en"]
    assert [s.attributes["micrometrics.turn.index"] for s in spans] == [1, 2, 3, 4, 5]
    assert tel.evaluations()[("language_mismatch", "fail")] == 1
    assert tel.evaluations()[("language_mismatch", "pass")] == 4
    fail_event = next(e for e in tel.events() if e.attributes.get("gen_ai.evaluation.score.label") == "fail")
    assert fail_event.attributes["gen_ai.evaluation.explanation"] == "reply in en, expected de"
    assert fail_event.attributes["gen_ai.response.id"] == "chatcmpl-de-support-5"


def test_expected_language_from_environment(instrumented, server):
    from servers.openai import completion

    tel = instrumented(OTEL_MICROMETRICS_EXPECTED_LANGUAGE="fr")
    srv, replies = server
    replies.push(completion("Ihre Bestellung wurde gestern verschickt und kommt morgen an."))
    openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0).chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Wo ist meine Bestellung geblieben?"}]
    )
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.language_mismatch.label"] == "fail"


def ex(reply: str, *users: str, system: str = "", expected: str | None = None) -> Exchange:
    return Exchange(
        messages=[Message("user", u) for u in users],
        system_instructions=[system] if system else [],
        output_text=reply,
        expected_language=expected,
    )


def test_user_language_not_system_prompt():
    x = ex(
        "Claro, le ayudo con su pedido ahora mismo.",
        "Hola, necesito ayuda con mi pedido por favor.",
        system="You are a helpful assistant that always answers briefly.",
    )
    assert language_mismatch(x).label == "pass"


def test_too_short_reply_gives_no_result():
    for reply in ("OK", "42", "👍", "```python\nprint('hello world, this is code')\n```"):
        x = ex(reply, "Wie spät ist es jetzt in Berlin, bitte?")
        assert response_language(x) is None
        assert language_mismatch(x) is None


def test_short_user_message_falls_back_to_earlier_ones():
    x = ex(
        "Gern geschehen, ich helfe Ihnen jederzeit wieder weiter.",
        "Können Sie mir bitte bei meiner Rechnung helfen?",
        "ok",
    )
    assert language_mismatch(x).label == "pass"


def test_no_user_text_gives_no_result():
    assert language_mismatch(ex("This is a perfectly fine English sentence.")) is None


def test_code_and_urls_are_ignored():
    reply = (
        "Puede instalarlo así: `pip install requests` y luego ver la documentación en "
        "https://docs.python-requests.org/en/latest/ para más detalles sobre el uso."
    )
    x = ex(reply, "¿Cómo instalo la librería requests en Python?")
    assert response_language(x).label == "es"
    assert language_mismatch(x).label == "pass"
