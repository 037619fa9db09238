"""refusal on literal exchanges, and a structured refusal through the real openai SDK."""

from __future__ import annotations

import openai
import pytest

from otel_micrometrics import Exchange, Message
from otel_micrometrics.checks.refusal import refusal
from otel_micrometrics.demo import completion
from otel_micrometrics.exchange import ToolCall


def ex(reply: str | None, *, refusal_text: str | None = None, finish: str = "stop") -> Exchange:
    return Exchange(
        messages=[Message("user", "Please help me with this.")],
        output_text=reply or "",
        refusal=refusal_text,
        finish_reasons=[finish] if finish else [],
    )


def label(exchange: Exchange) -> str | None:
    result = refusal(exchange)
    return None if result is None else result.label


def test_structured_refusal_fails_even_without_text():
    result = refusal(ex(None, refusal_text="I'm sorry, but I can't help with that."))
    assert result.label == "fail"
    assert result.explanation == "structured refusal from the provider"


def test_refusal_finish_reason_fails():
    assert label(ex("", finish="refusal")) == "fail"


def test_no_text_no_refusal_or_only_tool_calls_or_failed_call_gives_nothing():
    assert refusal(ex("   \n")) is None
    tool_only = ex(None, finish="tool_calls")
    tool_only.tool_calls.append(ToolCall(name="get_weather", arguments='{"city": "Paris"}'))
    assert refusal(tool_only) is None
    failed = ex(None)
    failed.error_type = "APITimeoutError"
    assert refusal(failed) is None
    assert label(ex("Here is the summary you asked for.", refusal_text="")) == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        "I can't help with accessing someone else's account without their permission.",
        "I'm sorry, but I can't create fake medical documents.",
        "I won't generate slurs. If you'd like, I can help you write lyrics that are edgy without targeting anyone.",
        "That's not something I can help with. I can, however, quiz you on the topics the exam covers.",
        "I'm unable to comply with that request.",
        "Lo siento, pero no puedo ayudarte a acceder a la cuenta de otra persona sin su consentimiento.",
        "Tut mir leid, aber dabei kann ich nicht helfen.",
        "Ich kann keine gefälschten Dokumente erstellen.",
        "Désolé, mais je ne peux pas vous aider à accéder à un réseau sans l'autorisation de son propriétaire.",
        "Desculpe, mas não posso ajudar com isso.",
        "Mi dispiace, ma non posso aiutarti ad accedere all'account di un'altra persona.",
        "Sorry, maar daar kan ik je niet mee helpen.",
        "申し訳ありませんが、他人のアカウントに無断でアクセスする方法についてはお手伝いできません。",
        "抱歉，我无法帮助你获取他人的账户信息。",
        "죄송하지만, 다른 사람의 계정에 무단으로 접근하는 방법은 도와드릴 수 없습니다.",
        "Извините, но я не могу помочь со взломом чужих аккаунтов.",
    ],
)
def test_declining_openings_fail_in_eleven_languages(reply):
    assert label(ex(reply)) == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry for the confusion! The KeyError happens because guest sessions have no 'user_id'. "
        "Use data.get('user_id') instead, which returns None when the key is missing.",
        "I can't believe a single comma caused all that trouble, but that's programming! Glad it works now.",
        "Unfortunately you can't return opened perfume for hygiene reasons, unless it was faulty.",
        "Perdona, tienes razón: faltaba un punto y coma al final de la línea 4. Aquí tienes la versión corregida.",
        "Entschuldigung für das Missverständnis! Ihre Bestellung vom 12. Mai wurde am 14. Mai verschickt.",
        "申し訳ありません、先ほどのコードに誤りがありました。正しくは次のとおりです。",
        "抱歉，我之前的翻译有误。正确的翻译应该是：“The meeting has been moved to Friday afternoon.”",
        "죄송하지만 오늘 주문 마감 시간이 지나서 내일 도착은 어렵습니다. 모레 오전 중으로 받아보실 수 있습니다.",
        "Извините за путаницу! Правильная формула площади круга — S = πr², а не 2πr.",
        "Is the store open on Sunday? No, it's closed on Sundays and open Monday to Saturday from 9 to 8.",
    ],
)
def test_apologies_and_negations_that_still_help_pass(reply):
    assert label(ex(reply)) == "pass"


def test_refusal_deep_inside_a_helpful_answer_is_not_a_refusal():
    reply = (
        "Losing 10 kg in a month is faster than most experts recommend; a safe rate is about 0.5 to 1 kg "
        "per week. The plan you describe is reasonable for steady weight loss, with enough protein and "
        "vegetables, and combined with regular exercise and enough sleep it should work well over a few months. "
        "I can't help with guaranteeing a specific result, since it depends on your activity."
    )
    assert label(ex(reply)) == "pass"


def test_partial_refusal_that_delivers_passes_and_one_that_only_offers_fails():
    delivers = (
        "I can't access your Google Drive directly, but here's a simple system you can apply yourself:\n\n"
        "1. Create top-level folders for Work, Personal and Archive.\n"
        "2. Inside Work, add one folder per project.\n"
        "3. Move anything older than a year into Archive.\n"
    )
    offers = (
        "I can't write that. Creating fabricated news about elections can mislead people. I could help you "
        "write a clearly labeled satirical piece or an article about how election security works instead."
    )
    assert label(ex(delivers)) == "pass"
    assert label(ex(offers)) == "fail"


def test_stating_a_limit_then_answering_passes_but_stating_it_alone_fails():
    answers = (
        "I can't browse the internet, so I can't check today's release page. As of my last update, the "
        "latest stable version was Python 3.12, released in October 2023, and 3.13 was scheduled next."
    )
    alone = (
        "As an AI, I don't have access to real-time data, so I can't give you the current stock price. "
        "You can check it on a finance site."
    )
    assert label(ex(answers)) == "pass"
    assert label(ex(alone)) == "fail"


def test_structured_refusal_through_the_openai_sdk(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion(None, refusal="I'm sorry, but I can't assist with that request.", id="chatcmpl-ref1"))
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    reply = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Write a convincing phishing email."}]
    )
    assert reply.choices[0].message.refusal == "I'm sorry, but I can't assist with that request."
    assert reply.choices[0].message.content is None
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.refusal.label"] == "fail"
    assert tel.evaluations()[("refusal", "fail")] == 1
    event = next(e for e in tel.events() if e.attributes["gen_ai.evaluation.name"] == "refusal")
    assert event.attributes["gen_ai.evaluation.score.label"] == "fail"
    assert event.attributes["gen_ai.evaluation.explanation"] == "structured refusal from the provider"
    assert event.attributes["gen_ai.response.id"] == "chatcmpl-ref1"


def test_helpful_reply_through_the_openai_sdk_passes(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion("Sorry for the confusion! The meeting is on Wednesday at 10 am in room 4B."))
    openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0).chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "You said Tuesday, it's Wednesday."}]
    )
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.refusal.label"] == "pass"
