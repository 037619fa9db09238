"""The openai SDK's chat completions, driven for real against a local server."""

from __future__ import annotations

import asyncio

import openai
import pytest
import wrapt
from opentelemetry.trace import SpanKind, StatusCode
from servers.openai import ChatServer, Replies, completion

GERMAN_REPLY = "Ihre Bestellung wurde gestern verschickt und kommt voraussichtlich morgen bei Ihnen an."


def client_for(srv, cls=openai.OpenAI):
    return cls(base_url=srv.base_url, api_key="test-key", max_retries=0)


def test_span_has_genai_attributes_and_token_counts(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(
        completion(
            GERMAN_REPLY, id="chatcmpl-abc", model="gpt-4o-mini-2024-07-18", prompt_tokens=42, completion_tokens=17
        )
    )
    reply = client_for(srv).chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Wo ist meine Bestellung? Sie sollte schon längst da sein."},
        ],
        temperature=0.2,
        max_tokens=200,
        top_p=0.9,
        seed=7,
        stop=["END"],
    )
    assert isinstance(reply, openai.types.chat.ChatCompletion)
    assert reply.choices[0].message.content == GERMAN_REPLY

    (span,) = tel.finished_spans()
    assert span.name == "chat gpt-4o-mini"
    assert span.kind is SpanKind.CLIENT
    a = span.attributes
    assert a["gen_ai.operation.name"] == "chat"
    assert a["gen_ai.provider.name"] == "openai"
    assert a["gen_ai.request.model"] == "gpt-4o-mini"
    assert a["gen_ai.request.temperature"] == 0.2
    assert a["gen_ai.request.max_tokens"] == 200
    assert a["gen_ai.request.top_p"] == 0.9
    assert a["gen_ai.request.seed"] == 7
    assert tuple(a["gen_ai.request.stop_sequences"]) == ("END",)
    assert a["gen_ai.response.id"] == "chatcmpl-abc"
    assert a["gen_ai.response.model"] == "gpt-4o-mini-2024-07-18"
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("stop",)
    assert a["gen_ai.usage.input_tokens"] == 42
    assert a["gen_ai.usage.output_tokens"] == 17
    assert a["server.address"] == "127.0.0.1"
    assert a["server.port"] == srv.port
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.truncation.label"] == "pass"
    assert a["micrometrics.empty_response.label"] == "pass"
    assert a["micrometrics.response_length.score"] == float(len(GERMAN_REPLY))
    # no message content leaves the process by default
    assert "gen_ai.input.messages" not in a and "gen_ai.output.messages" not in a

    tokens = {p.attributes["gen_ai.token.type"]: p for p in tel.metric_points("gen_ai.client.token.usage")}
    assert tokens["input"].sum == 42 and tokens["input"].count == 1
    assert tokens["output"].sum == 17
    assert tokens["input"].attributes["gen_ai.request.model"] == "gpt-4o-mini"
    assert tokens["input"].attributes["gen_ai.response.model"] == "gpt-4o-mini-2024-07-18"
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.count == 1 and 0 < duration.sum < 5
    assert tuple(duration.explicit_bounds) == (
        0.01,
        0.02,
        0.04,
        0.08,
        0.16,
        0.32,
        0.64,
        1.28,
        2.56,
        5.12,
        10.24,
        20.48,
        40.96,
        81.92,
    )
    token_metric = tel.metric("gen_ai.client.token.usage")
    assert token_metric.unit == "{token}"
    assert tuple(tokens["input"].explicit_bounds)[:3] == (1, 4, 16)


def test_counter_events_and_histogram_per_result(instrumented, server):
    tel = instrumented(OTEL_MICROMETRICS_EVENTS="all")
    srv, replies = server
    replies.push(completion(GERMAN_REPLY, id="chatcmpl-ev1"))
    client = client_for(srv)
    for _ in range(3):
        client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Wann kommt meine Bestellung an? Ich warte seit einer Woche."}],
        )
    counts = tel.evaluations()
    assert counts[("language_mismatch", "pass")] == 3
    assert counts[("response_language", "de")] == 3
    assert counts[("truncation", "pass")] == 3
    assert counts[("content_filter", "pass")] == 3
    assert counts[("empty_response", "pass")] == 3
    assert counts[("response_length", None)] == 3
    assert counts[("refusal", "pass")] == 3
    point = next(
        p
        for p in tel.metric_points("micrometrics.evaluations")
        if p.attributes["gen_ai.evaluation.name"] == "language_mismatch"
    )
    assert dict(point.attributes) == {
        "gen_ai.evaluation.name": "language_mismatch",
        "gen_ai.evaluation.score.label": "pass",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.operation.name": "chat",
        "micrometrics.turn": "1",
    }
    (length,) = tel.metric_points("micrometrics.response.length")
    assert length.count == 3 and length.sum == 3 * len(GERMAN_REPLY)
    assert tel.metric("micrometrics.response.length").unit == "{char}"

    events = tel.events()
    assert len(events) == sum(counts.values())  # one event per applicable check and call
    assert {n for (n, _), v in counts.items() if v != 3} == set()
    assert counts[("handoff", "none")] == 3
    spans = tel.finished_spans()
    mismatch = [e for e in events if e.attributes["gen_ai.evaluation.name"] == "language_mismatch"]
    assert len(mismatch) == 3
    for event, span in zip(mismatch, spans, strict=False):
        assert event.event_name == "gen_ai.evaluation.result"
        assert event.attributes["gen_ai.evaluation.score.label"] == "pass"
        assert event.attributes["gen_ai.response.id"] == "chatcmpl-ev1"
        assert event.trace_id == span.context.trace_id
        assert event.span_id == span.context.span_id
    scored = next(e for e in events if e.attributes["gen_ai.evaluation.name"] == "response_length")
    assert scored.attributes["gen_ai.evaluation.score.value"] == float(len(GERMAN_REPLY))


def test_truncation_fail_on_length_finish_reason(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion("The answer is cut off in the middle of the", finish_reason="length"))
    client_for(srv).chat.completions.create(model="m", messages=[{"role": "user", "content": "Explain it all."}])
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.truncation.label"] == "fail"
    assert tel.evaluations()[("truncation", "fail")] == 1


def test_empty_and_filtered_reply(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion(None, finish_reason="content_filter"))
    reply = client_for(srv).chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert reply.choices[0].message.content is None
    (span,) = tel.finished_spans()
    assert span.attributes["micrometrics.content_filter.label"] == "fail"
    assert span.attributes["micrometrics.empty_response.label"] == "fail"
    assert "micrometrics.response_language.label" not in span.attributes
    counts = tel.evaluations()
    assert counts[("content_filter", "fail")] == 1 and counts[("empty_response", "fail")] == 1
    assert not any(name == "language_mismatch" for name, _ in counts)


@pytest.mark.parametrize("status,exc_type", [(500, openai.InternalServerError), (404, openai.NotFoundError)])
def test_api_error_sets_error_type_and_reraises_unchanged(instrumented, server, status, exc_type):
    tel = instrumented()
    srv, replies = server
    replies.push({"error": {"message": "boom", "type": "server_error", "code": None}}, status=status)
    with pytest.raises(exc_type) as info:
        client_for(srv).chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert info.value.status_code == status
    assert "boom" in str(info.value)
    (span,) = tel.finished_spans()
    assert span.attributes["error.type"] == exc_type.__qualname__
    assert span.status.status_code is StatusCode.ERROR
    assert [e.name for e in span.events] == ["exception"]
    assert span.events[0].attributes["exception.type"].endswith(exc_type.__name__)
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.attributes["error.type"] == exc_type.__qualname__
    assert tel.evaluations() == {}
    (event,) = tel.events()  # only the exception event, without the message (no content capture)
    assert event.event_name == "gen_ai.client.operation.exception"
    assert event.severity_number.value == 13
    assert dict(event.attributes) == {"exception.type": f"openai.{exc_type.__name__}"}
    assert event.trace_id == span.context.trace_id and event.span_id == span.context.span_id


def test_async_client(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion(GERMAN_REPLY, prompt_tokens=11, completion_tokens=9))

    async def main():
        client = client_for(srv, openai.AsyncOpenAI)
        results = await asyncio.gather(
            *[
                client.chat.completions.create(
                    model="gpt-4o-mini",
                    messages=[{"role": "user", "content": "Wo ist mein Paket? Es ist immer noch nicht da."}],
                )
                for _ in range(4)
            ]
        )
        await client.close()
        return results

    results = asyncio.run(main())
    assert all(r.choices[0].message.content == GERMAN_REPLY for r in results)
    spans = tel.finished_spans()
    assert len(spans) == 4
    assert len({s.context.trace_id for s in spans}) == 4
    assert all(s.attributes["gen_ai.usage.output_tokens"] == 9 for s in spans)
    assert tel.evaluations()[("language_mismatch", "pass")] == 4


def test_sample_ratio_zero_gives_spans_but_no_evaluations(instrumented, server):
    tel = instrumented(OTEL_MICROMETRICS_SAMPLE_RATIO="0")
    srv, _ = server
    client_for(srv).chat.completions.create(model="m", messages=[{"role": "user", "content": "hello"}])
    (span,) = tel.finished_spans()
    assert not [k for k in span.attributes if k.startswith("micrometrics.") and k != "micrometrics.turn.index"]
    assert tel.evaluations() == {}
    assert tel.events() == []
    assert len(tel.metric_points("gen_ai.client.operation.duration")) == 1


def test_level_crawl_runs_only_crawl_checks(instrumented, server):
    tel = instrumented(OTEL_MICROMETRICS_LEVEL="crawl")
    srv, replies = server
    replies.push(completion(GERMAN_REPLY))
    client_for(srv).chat.completions.create(model="m", messages=[{"role": "user", "content": "Hallo, wie geht es?"}])
    assert {name for name, _ in tel.evaluations()} == {"truncation", "content_filter", "empty_response"}


def test_disabled_checks(instrumented, server):
    tel = instrumented(OTEL_MICROMETRICS_DISABLED_CHECKS="response_length,response_language")
    srv, replies = server
    replies.push(completion(GERMAN_REPLY))
    client_for(srv).chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Wie geht es Ihnen heute?"}]
    )
    names = {name for name, _ in tel.evaluations()}
    assert "response_length" not in names and "response_language" not in names
    assert "language_mismatch" in names


def test_uninstrument_stops_spans_and_restores_methods(instrumented, server):
    from openai import _base_client as module

    tel = instrumented()
    srv, _ = server
    client = client_for(srv)
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hello"}])
    assert len(tel.finished_spans()) == 1
    assert isinstance(module.SyncAPIClient.__dict__["request"], wrapt.FunctionWrapper)

    import otel_micrometrics

    otel_micrometrics.uninstrument()
    assert not isinstance(module.SyncAPIClient.__dict__["request"], wrapt.FunctionWrapper)
    assert not isinstance(module.AsyncAPIClient.__dict__["request"], wrapt.FunctionWrapper)
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hello"}])
    assert len(tel.finished_spans()) == 1


def test_instrument_twice_wraps_once(instrumented, server):
    import otel_micrometrics

    tel = instrumented()
    otel_micrometrics.instrument(
        tracer_provider=tel.tracer_provider, meter_provider=tel.meter_provider, logger_provider=tel.logger_provider
    )
    srv, _ = server
    client_for(srv).chat.completions.create(model="m", messages=[{"role": "user", "content": "hello"}])
    assert len(tel.finished_spans()) == 1


def test_check_error_is_counted_and_never_reaches_the_app(instrumented, server, caplog):
    from otel_micrometrics import Result, check
    from otel_micrometrics.config import Settings

    @check("always_breaks", level="run", owner="tests", register=False)
    def always_breaks(x):
        raise RuntimeError("broken check")

    from otel_micrometrics import registry

    registry.REGISTRY.add(always_breaks.check_spec)
    try:
        tel = instrumented(Settings(level="run"))
        srv, replies = server
        replies.push(completion(GERMAN_REPLY))
        client = client_for(srv)
        for _ in range(2):
            reply = client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "Hallo zusammen, wie geht's?"}]
            )
            assert reply.choices[0].message.content == GERMAN_REPLY
        (point,) = tel.metric_points("micrometrics.check.errors")
        assert point.value == 2
        assert dict(point.attributes) == {"gen_ai.evaluation.name": "always_breaks", "error.type": "RuntimeError"}
        assert sum("always_breaks" in r.getMessage() for r in caplog.records) == 1
        assert tel.evaluations()[("language_mismatch", "pass")] == 2
        assert Result is not None
    finally:
        registry.REGISTRY.checks.pop("always_breaks", None)


def test_server_follows_the_clients_base_url(instrumented, server):
    """The server's host and port are kept from the last call's base URL: a client pointed
    elsewhere (a new base_url), or another client, reports its own."""
    tel = instrumented()
    srv, _ = server
    other_replies = Replies()
    with ChatServer(other_replies) as other:
        client = client_for(srv)
        for base_url in (srv.base_url, srv.base_url, other.base_url, srv.base_url):
            client.base_url = base_url
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hello"}])
        client_for(other).chat.completions.create(model="m", messages=[{"role": "user", "content": "hello"}])
    ports = [span.attributes["server.port"] for span in tel.finished_spans()]
    assert ports == [srv.port, srv.port, other.port, srv.port, other.port]
    assert {span.attributes["server.address"] for span in tel.finished_spans()} == {"127.0.0.1"}
