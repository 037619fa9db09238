"""Beside another instrumentation that wraps the openai client too: still exactly one span of ours."""

from __future__ import annotations

import openai
import pytest
from servers.openai import ChatServer, completion

import otel_micrometrics
from otel_micrometrics.config import load_settings

pytestmark = pytest.mark.peer_instrumentation

REPLY = "Ihre Bestellung wurde gestern verschickt und kommt morgen bei Ihnen an."


def ours(telemetry):
    otel_micrometrics.instrument(
        tracer_provider=telemetry.tracer_provider,
        meter_provider=telemetry.meter_provider,
        logger_provider=telemetry.logger_provider,
        settings=load_settings({}),
    )


@pytest.mark.parametrize("we_go_first", [True, False])
def test_one_span_of_ours_whichever_instruments_first(telemetry, we_go_first):
    module = pytest.importorskip("openinference.instrumentation.openai")
    peer = module.OpenAIInstrumentor()
    otel_micrometrics.uninstrument()
    try:
        if we_go_first:
            ours(telemetry)
            peer.instrument(tracer_provider=telemetry.tracer_provider)
        else:
            peer.instrument(tracer_provider=telemetry.tracer_provider)
            ours(telemetry)
        with ChatServer(lambda path, body: (200, completion(REPLY))) as srv:
            client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
            reply = client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": "Wo ist meine Bestellung geblieben?"}]
            )
        assert reply.choices[0].message.content == REPLY
        mine = [s for s in telemetry.finished_spans() if s.instrumentation_scope.name == "otel_micrometrics"]
        theirs = [s for s in telemetry.finished_spans() if s.instrumentation_scope.name != "otel_micrometrics"]
        assert len(mine) == 1 and len(theirs) == 1
        assert mine[0].attributes["micrometrics.language_mismatch.label"] == "pass"
        assert telemetry.evaluations()[("language_mismatch", "pass")] == 1
    finally:
        peer.uninstrument()
        otel_micrometrics.uninstrument()
