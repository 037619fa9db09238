"""record_feedback and record_outcome, after real calls through the openai SDK, and the
conversation checks on a support conversation played turn by turn."""

from __future__ import annotations

import asyncio
import logging
import threading
from contextlib import contextmanager

import openai
from opentelemetry import baggage
from opentelemetry import context as context_api
from servers.openai import completion

import otel_micrometrics

PROMPT_VERSION = "micrometrics.prompt.version"


def client_for(srv):
    return openai.OpenAI(base_url=srv.base_url, api_key="test-key", max_retries=0)


@contextmanager
def in_baggage(**entries):
    ctx = context_api.get_current()
    for key, value in entries.items():
        ctx = baggage.set_baggage(key.replace("__", "."), value, ctx)
    token = context_api.attach(ctx)
    try:
        yield
    finally:
        context_api.detach(token)


def chat(srv, replies, response_id, text="Your order shipped yesterday.", user="Where is my order?"):
    replies.queue[:] = [(200, completion(text, id=response_id, model="gpt-4o-mini-2024-07-18"))]
    return client_for(srv).chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": user}])


def feedback_events(tel):
    return [e for e in tel.events() if e.attributes.get("gen_ai.evaluation.name") == "user_feedback"]


def feedback_points(tel):
    return [
        p
        for p in tel.metric_points("micrometrics.evaluations")
        if p.attributes["gen_ai.evaluation.name"] == "user_feedback"
    ]


def outcome_points(tel):
    return {
        tuple(sorted(p.attributes.items())): p.value for p in tel.metric_points("micrometrics.conversation.outcomes")
    }


def test_feedback_event_is_in_the_calls_span_and_counted_with_its_model_and_segment(instrumented, server):
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES=PROMPT_VERSION)
    srv, replies = server
    with in_baggage(gen_ai__prompt__version="v7"):
        reply = chat(srv, replies, "chatcmpl-fb1")
    (span,) = tel.finished_spans()

    otel_micrometrics.record_feedback(
        response_id=reply.id, score=0, label="thumbs_down", comment="The parcel never arrived"
    )

    (event,) = feedback_events(tel)
    assert event.event_name == "gen_ai.evaluation.result"
    assert event.trace_id == span.context.trace_id and event.span_id == span.context.span_id
    assert dict(event.attributes) == {
        "gen_ai.evaluation.name": "user_feedback",
        "gen_ai.response.id": "chatcmpl-fb1",
        "gen_ai.evaluation.score.label": "thumbs_down",
        "gen_ai.evaluation.score.value": 0.0,
    }  # no comment: content capture is off
    (point,) = feedback_points(tel)
    assert point.value == 1
    assert dict(point.attributes) == {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        PROMPT_VERSION: "v7",
        "micrometrics.turn": "1",  # the rated call's turn bucket, as on its other evaluations
        "gen_ai.evaluation.name": "user_feedback",
        "gen_ai.evaluation.score.label": "thumbs_down",
    }


def test_star_rating_without_label_is_counted_by_its_value(instrumented, server):
    tel = instrumented()
    srv, replies = server
    chat(srv, replies, "chatcmpl-stars")
    otel_micrometrics.record_feedback(response_id="chatcmpl-stars", score=4)
    otel_micrometrics.record_feedback(response_id="chatcmpl-stars", score=4)
    otel_micrometrics.record_feedback(response_id="chatcmpl-stars", score=4.5)
    counted = {p.attributes.get("gen_ai.evaluation.score.label"): p.value for p in feedback_points(tel)}
    assert counted == {"4": 2, None: 1}
    assert [e.attributes["gen_ai.evaluation.score.value"] for e in feedback_events(tel)] == [4.0, 4.0, 4.5]


def test_feedback_labels_are_bounded_like_check_labels_with_one_warning(instrumented, server, caplog):
    tel = instrumented()
    srv, replies = server
    chat(srv, replies, "chatcmpl-many")
    caplog.clear()
    for i in range(103):  # labels made from user input: 100 are kept, the rest count as _OTHER
        otel_micrometrics.record_feedback(response_id="chatcmpl-many", label=f"tag-{i}")
    otel_micrometrics.record_feedback(response_id="chatcmpl-many", label="tag-7")  # a kept one stays itself
    counted = {p.attributes["gen_ai.evaluation.score.label"]: p.value for p in feedback_points(tel)}
    assert len(counted) == 101
    assert counted["_OTHER"] == 3 and counted["tag-7"] == 2 and counted["tag-99"] == 1
    assert "tag-100" not in counted
    # the events keep each label: only the metric attribute is bounded
    assert [e.attributes["gen_ai.evaluation.score.label"] for e in feedback_events(tel)][100:103] == [
        "tag-100",
        "tag-101",
        "tag-102",
    ]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "100 distinct labels" in warnings[0] and "'_OTHER'" in warnings[0]


def test_comment_goes_into_the_event_only_with_content_capture(instrumented, server):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, replies = server
    chat(srv, replies, "chatcmpl-comment")
    otel_micrometrics.record_feedback(
        response_id="chatcmpl-comment", label="thumbs_down", comment="It answered in English"
    )
    (event,) = feedback_events(tel)
    assert event.attributes["gen_ai.evaluation.explanation"] == "It answered in English"
    (point,) = feedback_points(tel)
    assert "It answered in English" not in point.attributes.values()
    assert "gen_ai.evaluation.explanation" not in point.attributes


def test_after_eviction_feedback_carries_the_response_id_only(instrumented, server):
    tel = instrumented(OTEL_MICROMETRICS_FEEDBACK_MEMORY="2")
    srv, replies = server
    for response_id in ("chatcmpl-1", "chatcmpl-2", "chatcmpl-3"):
        chat(srv, replies, response_id)
    spans = {s.attributes["gen_ai.response.id"]: s for s in tel.finished_spans()}

    otel_micrometrics.record_feedback(response_id="chatcmpl-1", label="thumbs_up")  # evicted
    otel_micrometrics.record_feedback(response_id="chatcmpl-3", label="thumbs_up")  # remembered
    otel_micrometrics.record_feedback(response_id="chatcmpl-unknown", label="thumbs_up")

    first, third, unknown = feedback_events(tel)
    assert first.trace_id == 0 and first.span_id == 0
    assert first.attributes["gen_ai.response.id"] == "chatcmpl-1"
    assert unknown.trace_id == 0 and unknown.attributes["gen_ai.response.id"] == "chatcmpl-unknown"
    assert third.span_id == spans["chatcmpl-3"].context.span_id
    by_model = {p.attributes.get("gen_ai.request.model"): p.value for p in feedback_points(tel)}
    assert by_model == {None: 2, "gpt-4o-mini": 1}


def test_feedback_from_another_thread_minutes_later_and_while_another_span_is_current(instrumented, server):
    tel = instrumented()
    srv, replies = server
    chat(srv, replies, "chatcmpl-thread")
    (call_span,) = tel.finished_spans()
    errors: list[BaseException] = []

    def web_handler():
        try:
            with tel.tracer_provider.get_tracer("app").start_as_current_span("POST /feedback"):
                otel_micrometrics.record_feedback(response_id="chatcmpl-thread", score=1, label="thumbs_up")
        except BaseException as exc:  # pragma: no cover - would fail the test below
            errors.append(exc)

    worker = threading.Thread(target=web_handler)
    worker.start()
    worker.join()
    assert errors == []
    (event,) = feedback_events(tel)
    assert event.span_id == call_span.context.span_id  # the call's span, not the handler's


async def test_feedback_and_outcome_from_an_asyncio_task(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion("Done.", id="chatcmpl-async"))
    client = openai.AsyncOpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    with in_baggage(gen_ai__conversation__id="conv-async"):
        await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
    (span,) = tel.finished_spans()

    async def later():
        otel_micrometrics.record_feedback(response_id="chatcmpl-async", label="thumbs_up")
        otel_micrometrics.record_outcome(conversation_id="conv-async", outcome="resolved")

    await asyncio.create_task(later())
    (event,) = feedback_events(tel)
    assert event.span_id == span.context.span_id
    assert list(outcome_points(tel).values()) == [1]


def test_outcomes_per_conversation_with_the_model_and_segment_of_its_calls(instrumented, server):
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES=PROMPT_VERSION)
    srv, replies = server
    for conversation, version in (("conv-a", "v7"), ("conv-b", "v7"), ("conv-c", "v8")):
        with in_baggage(gen_ai__conversation__id=conversation, gen_ai__prompt__version=version):
            chat(srv, replies, f"chatcmpl-{conversation}")
    spans = tel.finished_spans()
    assert sorted(s.attributes["gen_ai.conversation.id"] for s in spans) == ["conv-a", "conv-b", "conv-c"]

    otel_micrometrics.record_outcome(conversation_id="conv-a", outcome="resolved")
    otel_micrometrics.record_outcome(conversation_id="conv-b", outcome="escalated")
    otel_micrometrics.record_outcome(conversation_id="conv-c", outcome="resolved")
    otel_micrometrics.record_outcome(conversation_id="conv-never-seen", outcome="abandoned")

    base = {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o-mini"}

    def key(**attrs):
        return tuple(sorted(attrs.items()))

    assert outcome_points(tel) == {
        key(**base, **{PROMPT_VERSION: "v7", "micrometrics.conversation.outcome": "resolved"}): 1,
        key(**base, **{PROMPT_VERSION: "v7", "micrometrics.conversation.outcome": "escalated"}): 1,
        key(**base, **{PROMPT_VERSION: "v8", "micrometrics.conversation.outcome": "resolved"}): 1,
        key(**{"micrometrics.conversation.outcome": "abandoned"}): 1,
    }
    metric = tel.metric("micrometrics.conversation.outcomes")
    assert metric.unit == "{conversation}"


def test_bad_outcome_gets_one_warning_and_is_not_counted(instrumented, server, caplog):
    tel = instrumented()
    caplog.clear()
    otel_micrometrics.record_outcome(conversation_id="conv-x", outcome="solved-ish")
    otel_micrometrics.record_outcome(conversation_id="conv-x", outcome="solved-ish")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "solved-ish" in warnings[0] and "resolved, escalated, abandoned" in warnings[0]
    assert tel.metric_points("micrometrics.conversation.outcomes") == []


def test_bad_arguments_never_raise_and_emit_nothing(instrumented, server):
    tel = instrumented()
    otel_micrometrics.record_feedback(response_id=None, label="thumbs_up")  # type: ignore[arg-type]
    otel_micrometrics.record_feedback(response_id="chatcmpl-x", score="five")  # type: ignore[arg-type]
    otel_micrometrics.record_feedback(response_id="chatcmpl-x")
    otel_micrometrics.record_outcome(conversation_id="", outcome="resolved")
    assert feedback_events(tel) == [] and feedback_points(tel) == []
    assert tel.metric_points("micrometrics.conversation.outcomes") == []


def test_not_instrumented_is_a_no_op():
    otel_micrometrics.uninstrument()
    otel_micrometrics.record_feedback(response_id="chatcmpl-none", label="thumbs_up")
    otel_micrometrics.record_outcome(conversation_id="c", outcome="resolved")


def test_support_bot_worked_example(instrumented, server):
    """The README's example: the user asks twice, gets frustrated and is handed off."""
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES=PROMPT_VERSION)
    srv, replies = server
    client = client_for(srv)
    restart = "Please restart your router by unplugging it for 30 seconds, then plug it back in."
    script = [
        ("My internet keeps dropping every few minutes.", completion(restart, id="r1")),
        ("My internet keeps dropping every few minutes, restarting did not help.", completion(restart, id="r2")),
        (
            "You already said that. I want to talk to a human.",
            completion(
                None,
                id="r3",
                finish_reason="tool_calls",
                tool_calls=[
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "transfer_to_human", "arguments": '{"queue": "internet"}'},
                    }
                ],
            ),
        ),
    ]
    messages = [{"role": "system", "content": "You are the support assistant of an internet provider."}]
    for _, body in script:
        replies.push(body)
    with in_baggage(gen_ai__conversation__id="support-42", gen_ai__prompt__version="v7"):
        for user_text, _ in script:
            messages.append({"role": "user", "content": user_text})
            reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
            message = reply.choices[0].message
            messages.append({"role": "assistant", "content": message.content or ""})

    turns = sorted(tel.finished_spans(), key=lambda s: s.attributes["micrometrics.turn.index"])
    labels = [
        {
            name: s.attributes.get(f"micrometrics.{name}.label")
            for name in ("user_rephrase", "user_frustration", "assistant_repeat", "handoff")
        }
        for s in turns
    ]
    assert labels == [
        {"user_rephrase": None, "user_frustration": None, "assistant_repeat": None, "handoff": "none"},
        {"user_rephrase": "fail", "user_frustration": "pass", "assistant_repeat": "fail", "handoff": "none"},
        {"user_rephrase": "pass", "user_frustration": "fail", "assistant_repeat": None, "handoff": "handoff"},
    ]

    otel_micrometrics.record_feedback(response_id="r2", score=0, label="thumbs_down")
    otel_micrometrics.record_outcome(conversation_id="support-42", outcome="escalated")
    (event,) = feedback_events(tel)
    assert event.span_id == turns[1].context.span_id
    (point,) = tel.metric_points("micrometrics.conversation.outcomes")
    assert point.attributes["micrometrics.conversation.outcome"] == "escalated"
    assert point.attributes[PROMPT_VERSION] == "v7"
    assert point.attributes["gen_ai.request.model"] == "gpt-4o-mini"


def test_handoff_tools_setting_reaches_the_check_through_the_sdk(instrumented, server):
    tel = instrumented(OTEL_MICROMETRICS_HANDOFF_TOOLS="page_oncall, escalate_to_tier2")
    srv, replies = server
    client = client_for(srv)
    for name in ("escalate_to_tier2", "transfer_to_human"):
        replies.queue[:] = [
            (
                200,
                completion(
                    None,
                    id=f"chatcmpl-{name}",
                    finish_reason="tool_calls",
                    tool_calls=[{"id": "call_1", "type": "function", "function": {"name": name, "arguments": "{}"}}],
                ),
            )
        ]
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "help"}])
    labels = {
        s.attributes["gen_ai.response.id"]: s.attributes["micrometrics.handoff.label"] for s in tel.finished_spans()
    }
    assert labels == {"chatcmpl-escalate_to_tier2": "handoff", "chatcmpl-transfer_to_human": "none"}


def test_handoff_and_memory_settings(caplog):
    from otel_micrometrics.config import load_settings

    assert load_settings({}).handoff_tools == ("transfer_to_human", "escalate", "handoff_to_human")
    assert load_settings({}).feedback_memory == 10000
    assert load_settings({"OTEL_MICROMETRICS_HANDOFF_TOOLS": ""}).handoff_tools == ()
    caplog.clear()
    s = load_settings(
        {"OTEL_MICROMETRICS_HANDOFF_TOOLS": "page_oncall,bad name!", "OTEL_MICROMETRICS_FEEDBACK_MEMORY": "lots"}
    )
    assert s.handoff_tools == ("page_oncall",) and s.feedback_memory == 10000
    text = " ".join(r.getMessage() for r in caplog.records)
    assert "OTEL_MICROMETRICS_HANDOFF_TOOLS" in text and "OTEL_MICROMETRICS_FEEDBACK_MEMORY" in text
