"""Segments (baggage keys onto spans and metrics), conversation id and turn buckets."""

from __future__ import annotations

import asyncio

import openai
from opentelemetry import baggage
from opentelemetry import context as context_api
from servers.openai import ChatServer, completion

import otel_micrometrics
from otel_micrometrics.demo import GERMAN, scripted_responder
from otel_micrometrics.telemetry import turn_bucket

SEGMENT_ENV = {"OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES": "micrometrics.prompt.version,tenant"}
QUESTION = [{"role": "user", "content": "Hello, could you tell me where my order is right now?"}]


def evaluation_points(tel, check="language_mismatch"):
    return [p for p in tel.metric_points("micrometrics.evaluations") if p.attributes["gen_ai.evaluation.name"] == check]


def test_segment_block_tags_spans_and_metrics(instrumented, server):
    tel = instrumented(**SEGMENT_ENV)
    srv, _ = server
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    with otel_micrometrics.segment(prompt_version="v7", tenant="acme", conversation_id="conv-42", region="eu"):
        client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
    client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)  # outside the block
    inside, outside = tel.finished_spans()
    assert inside.attributes["micrometrics.prompt.version"] == "v7"
    assert inside.attributes["tenant"] == "acme"
    assert inside.attributes["gen_ai.conversation.id"] == "conv-42"
    assert "region" not in inside.attributes  # not named in OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES
    for key in ("micrometrics.prompt.version", "tenant", "gen_ai.conversation.id"):
        assert key not in outside.attributes
    by_tenant = {p.attributes.get("tenant"): p for p in evaluation_points(tel)}
    assert set(by_tenant) == {"acme", None}
    tagged = by_tenant["acme"].attributes
    assert tagged["micrometrics.prompt.version"] == "v7" and tagged["micrometrics.turn"] == "1"
    assert "gen_ai.conversation.id" not in tagged and "region" not in tagged  # metrics stay bounded
    durations = {p.attributes.get("tenant") for p in tel.metric_points("gen_ai.client.operation.duration")}
    assert durations == {"acme", None}


def test_exact_keys_and_baggage_set_by_the_app(instrumented, server):
    tel = instrumented(**SEGMENT_ENV)
    srv, _ = server
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    with otel_micrometrics.segment({"micrometrics.prompt.version": "v8", "tenant": None}):
        client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
    token = context_api.attach(baggage.set_baggage("tenant", "globex"))
    try:
        client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
    finally:
        context_api.detach(token)
    first, second = tel.finished_spans()
    assert first.attributes["micrometrics.prompt.version"] == "v8" and "tenant" not in first.attributes
    assert second.attributes["tenant"] == "globex" and "micrometrics.prompt.version" not in second.attributes


async def test_async_segments_stay_with_their_task(instrumented, server):
    tel = instrumented(**SEGMENT_ENV)
    srv, _ = server
    client = openai.AsyncOpenAI(base_url=srv.base_url, api_key="k", max_retries=0)

    async def ask(tenant):
        async with otel_micrometrics.segment(tenant=tenant, conversation_id=f"c-{tenant}"):
            await asyncio.sleep(0.01)
            await client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)

    await asyncio.gather(*(ask(t) for t in ("acme", "globex", "initech")))
    spans = tel.finished_spans()
    assert sorted((s.attributes["tenant"], s.attributes["gen_ai.conversation.id"]) for s in spans) == [
        ("acme", "c-acme"),
        ("globex", "c-globex"),
        ("initech", "c-initech"),
    ]
    counts = {p.attributes["tenant"]: p.value for p in evaluation_points(tel)}
    assert counts == {"acme": 1, "globex": 1, "initech": 1}
    assert baggage.get_baggage("tenant") is None  # nothing leaks out of the blocks


def test_turn_buckets():
    assert [turn_bucket(n) for n in range(1, 11)] == ["1", "2-3", "2-3", "4-7", "4-7", "4-7", "4-7", "8+", "8+", "8+"]


def test_mismatch_rate_by_turn_is_one_query(instrumented):
    """The founding incident: the switch to English at turn 5 lands in turn bucket 4-7."""
    tel = instrumented(**SEGMENT_ENV)
    with ChatServer(scripted_responder((GERMAN,))) as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        messages = [{"role": "system", "content": GERMAN.system}]
        with otel_micrometrics.segment(prompt_version="v7", conversation_id="de-1"):
            for text in GERMAN.user_turns:
                messages.append({"role": "user", "content": text})
                reply = client.chat.completions.create(model="support-bot-1", messages=messages)
                messages.append({"role": "assistant", "content": reply.choices[0].message.content})
    by_turn: dict[tuple[str, str], int] = {}
    for p in evaluation_points(tel):
        key = (p.attributes["micrometrics.turn"], p.attributes["gen_ai.evaluation.score.label"])
        by_turn[key] = by_turn.get(key, 0) + p.value
        assert p.attributes["micrometrics.prompt.version"] == "v7"
    assert by_turn == {("1", "pass"): 1, ("2-3", "pass"): 2, ("4-7", "pass"): 1, ("4-7", "fail"): 1}
    spans = tel.finished_spans()
    assert [s.attributes["micrometrics.turn.index"] for s in spans] == [1, 2, 3, 4, 5]
    assert {s.attributes["gen_ai.conversation.id"] for s in spans} == {"de-1"}


def test_eight_turns_and_more(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion("Hello there, your order is on its way and arrives on Friday."))
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    messages = []
    for turn in range(1, 10):
        messages.append({"role": "user", "content": f"Hello, this is my question number {turn} about my order."})
        client.chat.completions.create(model="gpt-4o-mini", messages=messages)
        messages.append({"role": "assistant", "content": "Sure."})
    counts = {p.attributes["micrometrics.turn"]: p.value for p in evaluation_points(tel, "response_length")}
    assert counts == {"1": 1, "2-3": 2, "4-7": 4, "8+": 2}


def test_old_prompt_version_key_is_still_read_for_one_release(instrumented, server, caplog):
    """Configured and set under the old ``gen_ai.prompt.version`` name: one warning, and the
    value reaches spans and metrics as ``micrometrics.prompt.version``."""
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES="gen_ai.prompt.version")
    assert "now called micrometrics.prompt.version" in caplog.text
    srv, _ = server
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    token = context_api.attach(baggage.set_baggage("gen_ai.prompt.version", "v6"))
    try:
        client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
    finally:
        context_api.detach(token)
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.prompt.version"] == "v6"
    assert "gen_ai.prompt.version" not in span.attributes
    (point,) = tel.metric_points("gen_ai.client.operation.duration")
    assert point.attributes["micrometrics.prompt.version"] == "v6"


def test_baggage_under_the_old_key_is_read_when_the_new_name_is_configured(instrumented, server, caplog):
    """An upstream service on the previous release propagates ``gen_ai.prompt.version`` in its
    W3C baggage header: with the new name configured the value still arrives, under the new
    name; when both keys are there the new one wins. No warning: the configuration is current."""
    from opentelemetry.baggage.propagation import W3CBaggagePropagator

    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES="micrometrics.prompt.version")
    assert "now called" not in caplog.text
    srv, _ = server
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    for header in ("gen_ai.prompt.version=v5", "gen_ai.prompt.version=v5,micrometrics.prompt.version=v9", "tenant=x"):
        token = context_api.attach(W3CBaggagePropagator().extract({"baggage": header}))
        try:
            client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
        finally:
            context_api.detach(token)
    old, both, neither = tel.finished_spans()
    assert old.attributes["micrometrics.prompt.version"] == "v5"
    assert both.attributes["micrometrics.prompt.version"] == "v9"
    assert "micrometrics.prompt.version" not in neither.attributes
    for span in (old, both, neither):
        assert "gen_ai.prompt.version" not in span.attributes
    versions = sorted(
        p.attributes.get("micrometrics.prompt.version", "-")
        for p in tel.metric_points("gen_ai.client.operation.duration")
    )
    assert versions == ["-", "v5", "v9"]


def test_the_old_key_is_not_read_for_other_segments(instrumented, server):
    """The fallback is for the prompt version only: an unconfigured old key is never copied."""
    tel = instrumented(OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES="tenant")
    srv, _ = server
    client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
    token = context_api.attach(baggage.set_baggage("gen_ai.prompt.version", "v5"))
    try:
        client.chat.completions.create(model="gpt-4o-mini", messages=QUESTION)
    finally:
        context_api.detach(token)
    (span,) = tel.finished_spans()
    assert not [k for k in span.attributes if "prompt.version" in k]
