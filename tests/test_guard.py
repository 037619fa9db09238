"""Guard: a reply failing a guarded check is retried once with a corrective instruction."""

from __future__ import annotations

import copy

import openai
import pytest
from opentelemetry.trace import SpanKind, StatusCode
from servers.openai import ChatServer, completion

import otel_micrometrics

QUESTION = [
    {"role": "system", "content": "You are the support assistant of Kaffeehaus Online."},
    {"role": "user", "content": "Hallo, meine Bestellung 4711 ist noch nicht angekommen. Können Sie nachsehen?"},
]
ENGLISH = "Your order 4711 was shipped on Monday and should arrive within two days."
GERMAN = "Ihre Bestellung 4711 wurde am Montag verschickt und sollte in zwei Tagen ankommen."
GUARD = {"OTEL_MICROMETRICS_GUARD": "language_mismatch"}


def corrected_in_german(path, body):
    """English first; German once the request carries the guard's instruction."""
    last = body["messages"][-1]
    if last["role"] == "system" and last["content"] == "Answer in German.":
        return 200, completion(GERMAN, id="chatcmpl-retry")
    return 200, completion(ENGLISH, id="chatcmpl-first")


def always(text):
    return lambda path, body: (200, completion(text))


def ask(srv, messages=QUESTION, cls=openai.OpenAI):
    client = cls(base_url=srv.base_url, api_key="k", max_retries=0)
    return client.chat.completions.create(model="gpt-4o-mini", messages=messages, temperature=0.3)


def retries(tel):
    return {p.attributes["outcome"]: p.value for p in tel.metric_points("micrometrics.guard.retries")}


def test_recovered_on_retry(instrumented):
    tel = instrumented(**GUARD)
    with ChatServer(corrected_in_german) as srv:
        reply = ask(srv)
    assert reply.choices[0].message.content == GERMAN
    assert isinstance(reply, openai.types.chat.ChatCompletion)
    # the retry is the same request plus one system instruction at the end
    first, retry = srv.requests
    assert first == {"model": "gpt-4o-mini", "messages": QUESTION, "temperature": 0.3}
    assert retry == {**first, "messages": [*QUESTION, {"role": "system", "content": "Answer in German."}]}

    spans = tel.finished_spans()
    assert [s.name for s in spans] == ["chat gpt-4o-mini", "chat gpt-4o-mini", "guard chat gpt-4o-mini"]
    a0, a1, parent = spans
    assert parent.kind is SpanKind.INTERNAL and a0.kind is SpanKind.CLIENT
    assert a0.parent.span_id == parent.context.span_id and a1.parent.span_id == parent.context.span_id
    assert a0.context.trace_id == parent.context.trace_id
    assert (a0.attributes["micrometrics.guard.attempt"], a1.attributes["micrometrics.guard.attempt"]) == (0, 1)
    assert a0.attributes["micrometrics.language_mismatch.label"] == "fail"
    assert a1.attributes["micrometrics.language_mismatch.label"] == "pass"
    assert a0.attributes["gen_ai.response.id"] == "chatcmpl-first"
    assert a1.attributes["gen_ai.response.id"] == "chatcmpl-retry"
    assert parent.attributes["micrometrics.guard.attempts"] == 2
    assert parent.attributes["micrometrics.guard.outcome"] == "recovered"

    assert retries(tel) == {"recovered": 1}
    (point,) = tel.metric_points("micrometrics.guard.retries")
    assert point.attributes["gen_ai.evaluation.name"] == "language_mismatch"
    assert point.attributes["gen_ai.request.model"] == "gpt-4o-mini"
    counts = tel.evaluations()  # every attempt is counted
    assert counts[("language_mismatch", "fail")] == 1 and counts[("language_mismatch", "pass")] == 1
    assert counts[("response_language", "en")] == 1 and counts[("response_language", "de")] == 1
    durations = tel.metric_points("gen_ai.client.operation.duration")
    assert sum(p.count for p in durations) == 2


async def test_recovered_on_retry_async(instrumented):
    tel = instrumented(**GUARD)
    with ChatServer(corrected_in_german) as srv:
        reply = await ask(srv, cls=openai.AsyncOpenAI)
    assert reply.choices[0].message.content == GERMAN
    assert len(srv.requests) == 2
    assert retries(tel) == {"recovered": 1}
    parent = tel.finished_spans()[-1]
    assert parent.attributes["micrometrics.guard.outcome"] == "recovered"


def test_still_failing_returns_the_last_reply(instrumented):
    tel = instrumented(OTEL_MICROMETRICS_GUARD_RETRIES="2", **GUARD)
    replies = iter([completion(ENGLISH, id="one"), completion(ENGLISH, id="two"), completion(ENGLISH, id="three")])
    with ChatServer(lambda path, body: (200, next(replies))) as srv:
        reply = ask(srv)
    assert reply.id == "three"
    assert len(srv.requests) == 3
    # the instruction is not stacked: each retry is the original request plus one instruction
    assert srv.requests[1] == srv.requests[2]
    assert retries(tel) == {"still_failing": 2}
    parent = tel.finished_spans()[-1]
    assert parent.attributes["micrometrics.guard.attempts"] == 3
    assert parent.attributes["micrometrics.guard.outcome"] == "still_failing"
    assert tel.evaluations()[("language_mismatch", "fail")] == 3


def test_a_failing_retry_returns_the_first_reply(instrumented):
    tel = instrumented(**GUARD)
    answers = iter(
        [(200, completion(ENGLISH, id="first")), (500, {"error": {"message": "overloaded", "type": "server_error"}})]
    )
    with ChatServer(lambda path, body: next(answers)) as srv:
        reply = ask(srv)
    assert reply.id == "first" and reply.choices[0].message.content == ENGLISH
    assert retries(tel) == {"error": 1}
    _a0, a1, parent = tel.finished_spans()
    assert a1.status.status_code is StatusCode.ERROR and a1.attributes["error.type"] == "InternalServerError"
    assert parent.status.status_code is StatusCode.UNSET
    assert parent.attributes["micrometrics.guard.outcome"] == "error"


def test_first_attempt_error_reaches_the_app_unchanged(instrumented):
    tel = instrumented(**GUARD)
    with ChatServer(
        lambda path, body: (400, {"error": {"message": "bad model", "type": "invalid_request_error"}})
    ) as srv:
        with pytest.raises(openai.BadRequestError):
            ask(srv)
    assert len(srv.requests) == 1
    _attempt, parent = tel.finished_spans()
    assert parent.status.status_code is StatusCode.ERROR and parent.attributes["error.type"] == "BadRequestError"
    assert retries(tel) == {}


def uninstrumented_request(messages):
    otel_micrometrics.uninstrument()
    with ChatServer(always(GERMAN)) as srv:
        ask(srv, messages)
    return srv.requests[0]


@pytest.mark.parametrize("env", [{}, GUARD], ids=["guard off", "guard on, reply passes"])
def test_request_is_byte_for_byte_the_uninstrumented_one(instrumented, env):
    messages = copy.deepcopy(QUESTION)
    plain = uninstrumented_request(messages)
    tel = instrumented(**env)
    with ChatServer(always(GERMAN)) as srv:
        reply = ask(srv, messages)
    assert srv.requests == [plain]
    assert messages == QUESTION  # the caller's list is never modified
    assert reply.choices[0].message.content == GERMAN
    names = [s.name for s in tel.finished_spans()]
    assert names == (["chat gpt-4o-mini", "guard chat gpt-4o-mini"] if env else ["chat gpt-4o-mini"])
    assert retries(tel) == {}


def test_unknown_guard_check_warns_and_changes_nothing(instrumented, caplog):
    tel = instrumented(OTEL_MICROMETRICS_GUARD="no_such_check")
    with ChatServer(always(ENGLISH)) as srv:
        ask(srv)
    assert len(srv.requests) == 1
    assert [s.name for s in tel.finished_spans()] == ["chat gpt-4o-mini"]
    assert any(
        "OTEL_MICROMETRICS_GUARD names an unknown check 'no_such_check'" in r.getMessage() for r in caplog.records
    )


def test_expected_language_from_configuration_names_it(instrumented):
    tel = instrumented(OTEL_MICROMETRICS_EXPECTED_LANGUAGE="fr", **GUARD)
    with ChatServer(always(ENGLISH)) as srv:
        ask(srv)
    assert srv.requests[1]["messages"][-1] == {"role": "system", "content": "Answer in French."}
    assert retries(tel) == {"still_failing": 1}


def test_raw_response_is_read_by_the_guard_as_without_it(instrumented):
    """with_raw_response: each attempt is read the way the unguarded lifecycle reads it, so the
    guard sees the English reply, retries, and hands back the SDK's raw response of the retry."""
    tel = instrumented(**GUARD)
    with ChatServer(corrected_in_german) as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=QUESTION, temperature=0.3)
    assert raw.parse().choices[0].message.content == GERMAN
    assert len(srv.requests) == 2
    assert retries(tel) == {"recovered": 1}
    a0, a1, _ = tel.finished_spans()
    assert a0.attributes["micrometrics.language_mismatch.label"] == "fail"
    assert a1.attributes["micrometrics.language_mismatch.label"] == "pass"


def test_an_unknown_expected_language_is_refused_and_retries_are_capped(instrumented, caplog):
    """``EXPECTED_LANGUAGE=zz`` used to fail every reply, and with ``GUARD_RETRIES=5`` every
    call made 6 requests. Now zz is refused with one warning naming the variable (the user's
    language is used), and retries are capped at 2 (a warning says so), counted."""
    from otel_micrometrics import config

    MAX_GUARD_RETRIES = getattr(config, "MAX_GUARD_RETRIES", 2)

    tel = instrumented(**GUARD, OTEL_MICROMETRICS_EXPECTED_LANGUAGE="zz", OTEL_MICROMETRICS_GUARD_RETRIES="5")
    with ChatServer(always(GERMAN)) as srv:
        assert ask(srv).choices[0].message.content == GERMAN
        assert len(srv.requests) == 1  # a German reply to a German user passes
    with ChatServer(always(ENGLISH)) as srv:
        assert ask(srv).choices[0].message.content == ENGLISH
        assert len(srv.requests) == 1 + MAX_GUARD_RETRIES
    assert sum(retries(tel).values()) == MAX_GUARD_RETRIES
    warned = [r.getMessage() for r in caplog.records if r.name == "otel_micrometrics"]
    assert sum("OTEL_MICROMETRICS_EXPECTED_LANGUAGE='zz'" in w for w in warned) == 1
    (capped,) = [w for w in warned if "OTEL_MICROMETRICS_GUARD_RETRIES='5'" in w]
    assert "using 2, the cap (the default is 1)" in capped and "an integer from 0 to 2" in capped
