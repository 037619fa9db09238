"""One exchange, one set of labels, whichever way it reaches the checks: a wrapped client call,
another instrumentation's span (companion mode), or a line of `otel-micrometrics eval`.

Each case is sent through the real openai SDK to a local server with the plugin wrapping it; the
wrapped span's GenAI attributes are then written on a span of a peer tracer with the plugin in
companion mode; and the request the server received plus its reply are evaluated offline. The
three must agree on every label, with the same configuration."""

from __future__ import annotations

import json

import openai
import pytest
from helpers.telemetry import companion
from servers.openai import ChatServer, completion

import otel_micrometrics
from otel_micrometrics import cli

ENV = {
    "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true",
    "OTEL_MICROMETRICS_HANDOFF_TOOLS": "page_oncall",
}
GERMAN = [
    {"role": "system", "content": "You are the support assistant of Kaffeehaus Online."},
    {"role": "user", "content": "Hallo, meine Bestellung 4711 ist noch nicht angekommen. Können Sie nachsehen?"},
]
CASES = {
    "answered in the user's language": completion(
        "Ihre Bestellung 4711 wurde am Montag verschickt und kommt morgen an."
    ),
    "answered in another language": completion("Your order 4711 was shipped on Monday and arrives tomorrow."),
    "cut off in a loop": completion("Ich sehe nach. " * 30, finish_reason="length"),
    "an address not in the request": completion(
        "Schreiben Sie bitte an anna.schmidt@kaffeehaus-online.de, sie kümmert sich um Ihre Bestellung."
    ),
    "the application's handoff tool": completion(
        None,
        finish_reason="tool_calls",
        tool_calls=[{"id": "c1", "type": "function", "function": {"name": "page_oncall", "arguments": "{}"}}],
    ),
}


def counted_labels(telemetry, before=None):
    counts = telemetry.evaluations()
    before = before or {}
    return {check: label for (check, label), n in counts.items() if n - before.get((check, label), 0) > 0 and label}


@pytest.mark.parametrize("reply", CASES.values(), ids=list(CASES))
def test_the_same_labels_on_every_path(reply, telemetry, instrumented, tmp_path, capsys, monkeypatch):
    # 1. a wrapped call
    tel = instrumented(**ENV)
    with ChatServer(lambda path, body: (200, reply)) as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        client.chat.completions.create(model="gpt-4o-mini", messages=GERMAN)
        sent = srv.requests[-1]
    (span,) = tel.finished_spans()
    wrapped = counted_labels(tel)
    on_span = {
        key.split(".")[1]: value
        for key, value in span.attributes.items()
        if key.startswith("micrometrics.") and key.endswith(".label")
    }
    assert wrapped == on_span

    # 2. the same span's GenAI attributes, made by another instrumentation
    companion(tel, **ENV)
    before = tel.evaluations()
    peer = tel.tracer_provider.get_tracer("peer")
    with peer.start_as_current_span("chat gpt-4o-mini") as other:
        other.set_attributes({k: v for k, v in span.attributes.items() if k.startswith("gen_ai.")})
    in_companion = counted_labels(tel, before)
    otel_micrometrics.uninstrument()

    # 3. offline: the request the server received and the API's reply, one eval line
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"request": sent, "response": reply}) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["eval", str(path), "--json"]) == 0
    results = json.loads(capsys.readouterr().out.splitlines()[0])["results"]
    offline = {check: r["label"] for check, r in results.items() if r["label"] is not None}

    assert wrapped == in_companion == offline
    # the walk checks that apply to a chat reply (fewer to a reply with no text)
    assert len(wrapped) >= (8 if reply["choices"][0]["message"]["content"] else 5)
