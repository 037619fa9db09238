"""A German shop's support bot, run through the real openai SDK with the plugin on and content
capture opted in; its spans written as OTLP JSON in the Collector file exporter's layout (one
``ExportTraceServiceRequest`` per line). The input of the "From incident to micro metric"
walk-through and of the collect tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openai
from google.protobuf.json_format import MessageToDict
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from servers.openai import ChatServer, completion

import otel_micrometrics
from otel_micrometrics.config import load_settings

SYSTEM = "Du bist der Kundenservice von Shop. Antworte auf Deutsch."
# (user message, reply, formal_address label a person gives: pass / fail / None = does not apply)
TRAFFIC: list[tuple[str, str, str | None]] = [
    ("Wo ist meine Bestellung 4711?", "Ihre Bestellung 4711 wurde gestern verschickt und kommt morgen bei Ihnen an.", "pass"),
    ("Wo bleibt mein Paket?", "Dein Paket ist unterwegs und kommt morgen bei dir an.", "fail"),
    ("Kann ich meine Adresse noch ändern?", "Ja, Sie können die Lieferadresse bis zum Versand in Ihrem Kundenkonto ändern.", "pass"),
    ("Ich möchte meinen Vertrag kündigen.", "Schade! Du kannst deinen Vertrag jederzeit in deinem Konto kündigen.", "fail"),
    ("Wie lange dauert eine Rückerstattung?", "Nach Eingang der Rücksendung erstatten wir Ihnen den Betrag innerhalb von fünf Werktagen.", "pass"),
    ("Warum wurde meine Karte abgelehnt? Ich habe es dreimal versucht.", "Your card was declined because the billing address does not match. Please update it and try again.", None),
    ("Funktioniert der Gutschein noch?", "Klar, dein Gutschein gilt noch bis Ende des Monats, probier ihn einfach aus.", "fail"),
    ("Gibt es die Jacke auch in Blau?", "Die Jacke gibt es in Blau in den Größen S bis XL; Sie finden sie in unserem Onlineshop.", "pass"),
    ("Wie ändere ich mein Passwort?", "Geh in dein Profil und klick auf Passwort ändern, dann bekommst du eine E-Mail.", "fail"),
    ("Mein Paket ist beschädigt angekommen.", "Das tut uns leid. Bitte senden Sie uns ein Foto, dann schicken wir Ihnen sofort Ersatz.", "pass"),
    ("Kann ich per Rechnung bezahlen?", "Ja, Sie können bei uns bequem per Rechnung bezahlen; die Zahlungsfrist beträgt 14 Tage.", "pass"),
    ("Kann ich die Lieferung verschieben?", "Na klar, schreib uns einfach, wann du zu Hause bist, und wir verschieben deine Lieferung.", "fail"),
    ("Haben Sie einen Laden in Berlin?", "Unsere Filiale in Berlin finden Sie in der Friedrichstraße 12; wir freuen uns auf Ihren Besuch.", "pass"),
    ("Ist der Artikel wieder lieferbar?", "Der Artikel ist ab nächster Woche wieder lieferbar; gerne benachrichtigen wir Sie per E-Mail.", "pass"),
    ("Wo finde ich meine Rechnung?", "Deine Rechnung findest du im Kundenkonto unter Bestellungen.", "fail"),
    ("Kann ich bitte mit jemandem sprechen?", "Of course, I am connecting you to a colleague now. Please hold on for a moment.", None),
]  # fmt: skip
LABEL_OF_REPLY = {reply: label for _user, reply, label in TRAFFIC}


def otlp_json_lines(spans: list[Any]) -> list[str]:
    """Spans as the Collector's file exporter writes them: OTLP JSON, hex ids, one request a line."""
    data = MessageToDict(encode_spans(spans))
    for rs in data["resourceSpans"]:
        for ss in rs["scopeSpans"]:
            for span in ss["spans"]:
                for key in ("traceId", "spanId", "parentSpanId"):
                    if key in span:  # protobuf's JSON mapping writes bytes as base64; OTLP JSON as hex
                        import base64

                        span[key] = base64.b64decode(span[key]).hex()
    return [json.dumps(data, ensure_ascii=False)]


def write_traces(path: Path) -> list[Any]:
    """Run TRAFFIC through the plugin (two export batches) and write ``path``; return the spans."""
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    replies = iter(TRAFFIC)

    def respond(_path: str, _request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return 200, completion(next(replies)[1])

    otel_micrometrics.uninstrument()
    otel_micrometrics.instrument(
        tracer_provider=tracer_provider,
        meter_provider=MeterProvider(metric_readers=[InMemoryMetricReader()]),
        logger_provider=LoggerProvider(),
        settings=load_settings({"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"}),
    )
    try:
        with ChatServer(respond) as server:
            client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0)
            for user, _reply, _label in TRAFFIC:
                client.chat.completions.create(
                    model="gpt-4o-mini",
                    messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}],
                )
    finally:
        otel_micrometrics.uninstrument()
    spans = list(exporter.get_finished_spans())
    half = len(spans) // 2
    lines = otlp_json_lines(spans[:half]) + otlp_json_lines(spans[half:])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return spans
