"""`otel-micrometrics demo`: the founding incident, replayed on this machine.

An embedded OpenAI-compatible server on 127.0.0.1 plays two scripted customer-support
conversations, one in German and one in Spanish. At turn 5 of the German one the simulated
model answers in English, as in the incident this project was born from. The real openai
SDK drives the server with the plugin on; the language_mismatch check catches the switch.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO

Responder = Callable[[str, dict[str, Any]], "tuple[int, dict[str, Any]]"]


class ChatServer:
    """A minimal OpenAI-compatible HTTP server on 127.0.0.1 (random port).

    ``responder(path, request_json)`` returns ``(status, json_body)``. Every request is kept
    in ``requests`` so a caller can see what the client sent.
    """

    def __init__(self, responder: Responder, delay: float = 0.0) -> None:
        self.responder = responder
        self.delay = delay
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as separate writes

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {}
                server.requests.append(body)
                if server.delay:
                    time.sleep(server.delay)
                status, payload = server.responder(self.path, body)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:  # silence per-request logs
                return

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="micrometrics-chat-server",
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> ChatServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def completion(
    content: str | None,
    *,
    model: str = "gpt-4o-mini-2024-07-18",
    finish_reason: str = "stop",
    prompt_tokens: int = 10,
    completion_tokens: int = 5,
    id: str = "chatcmpl-demo",
    refusal: str | None = None,
    tool_calls: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A chat.completion JSON body as the OpenAI API returns it."""
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": id,
        "object": "chat.completion",
        "created": 1764200000,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


# --- the scripted conversations --------------------------------------------------------------


@dataclass(frozen=True)
class Conversation:
    name: str
    language: str
    system: str
    user_turns: tuple[str, ...]
    replies: tuple[str, ...]


GERMAN = Conversation(
    name="de-support",
    language="de",
    system="You are the friendly support assistant of Kaffeehaus Online. Be concise.",
    user_turns=(
        "Hallo, meine Bestellung 4711 ist immer noch nicht angekommen. Können Sie nachsehen?",
        "Die Sendungsverfolgung zeigt seit drei Tagen keinen neuen Status. Was soll ich tun?",
        "Kann ich stattdessen eine Erstattung bekommen, wenn das Paket verloren ist?",
        "Wie lange dauert die Rückerstattung auf meine Kreditkarte ungefähr?",
        "Gut, und bekomme ich eine Bestätigung per E-Mail, sobald alles erledigt ist?",
    ),
    replies=(
        "Hallo! Ich habe mir Ihre Bestellung 4711 angesehen. Sie wurde am Montag verschickt und ist beim Versanddienstleister unterwegs.",
        "Das tut mir leid. Wenn sich der Status drei Tage nicht ändert, leite ich eine Nachforschung beim Versanddienstleister ein.",
        "Ja, natürlich. Falls das Paket als verloren gilt, erstatten wir Ihnen den vollen Betrag oder schicken eine neue Lieferung.",
        "Die Rückerstattung wird sofort veranlasst; je nach Bank dauert es meistens drei bis fünf Werktage, bis sie sichtbar ist.",
        # Turn 5: the model switches to English, as in the incident.
        "Yes, you will receive a confirmation email as soon as the refund has been processed. Is there anything else I can help you with?",
    ),
)

SPANISH = Conversation(
    name="es-support",
    language="es",
    system="You are the friendly support assistant of Kaffeehaus Online. Be concise.",
    user_turns=(
        "Hola, quiero cambiar la dirección de envío de mi pedido 5120, por favor.",
        "La nueva dirección es Calle Mayor 12, Madrid. ¿Llegará a tiempo el viernes?",
        "¿Tiene algún coste adicional el cambio de dirección?",
        "Perfecto. ¿Puedo añadir también una bolsa de café molido al mismo pedido?",
        "Muchas gracias por la ayuda, ha sido muy rápido.",
    ),
    replies=(
        "¡Hola! Claro que sí, puedo cambiar la dirección de envío de su pedido 5120. ¿Cuál es la nueva dirección?",
        "He actualizado la dirección a Calle Mayor 12, Madrid. El pedido sigue previsto para llegar el viernes.",
        "No, el cambio de dirección no tiene ningún coste adicional mientras el pedido no haya salido del almacén.",
        "Sí, he añadido una bolsa de café molido a su pedido; el importe se cargará a la misma tarjeta.",
        "¡De nada! Ha sido un placer ayudarle. Que disfrute de su café y que tenga un buen día.",
    ),
)

CONVERSATIONS = (GERMAN, SPANISH)
DEMO_MODEL = "support-bot-1"


def scripted_responder(conversations: tuple[Conversation, ...] = CONVERSATIONS) -> Responder:
    """Answers each request with the scripted reply for its conversation and turn."""

    def respond(path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        messages = body.get("messages") or []
        users = [m.get("content", "") for m in messages if m.get("role") == "user"]
        for conv in conversations:
            if users and users[0] == conv.user_turns[0]:
                turn = len(users)
                reply = conv.replies[min(turn, len(conv.replies)) - 1]
                prompt_tokens = sum(len(str(m.get("content", "")).split()) for m in messages) + 4 * len(messages)
                return 200, completion(
                    reply,
                    model=f"{DEMO_MODEL}-2026-11",
                    id=f"chatcmpl-{conv.name}-{turn}",
                    prompt_tokens=prompt_tokens,
                    completion_tokens=len(reply.split()),
                )
        return 404, {"error": {"message": "unknown conversation", "type": "invalid_request_error"}}

    return respond


# --- running it ------------------------------------------------------------------------------


@dataclass
class TurnRow:
    conversation: str
    turn: int
    reply_language: str
    mismatch: str
    input_tokens: int | None
    output_tokens: int | None
    latency_ms: float


def _compact_span(span: Any) -> str:
    attrs = span.attributes or {}
    keep = {k: v for k, v in attrs.items() if k.startswith("micrometrics.") or k.startswith("gen_ai.usage")}
    return f"span {span.name!r} {json.dumps(keep, ensure_ascii=False, default=str)}\n"


def _compact_event(record: Any) -> str:
    attrs = dict(record.log_record.attributes or {})
    name = attrs.pop("gen_ai.evaluation.name", "?")
    shown = attrs.get("gen_ai.evaluation.score.label", attrs.get("gen_ai.evaluation.score.value"))
    return f"  event gen_ai.evaluation.result {name}={shown}\n"


def run(out: TextIO = sys.stdout, telemetry_out: TextIO = sys.stderr) -> int:
    """Play both conversations through the real openai SDK with the plugin on."""
    import openai
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import (
        BatchLogRecordProcessor,
        ConsoleLogRecordExporter,
        SimpleLogRecordProcessor,
    )
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader, PeriodicExportingMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    import otel_micrometrics

    from .config import load_settings
    from .sdk_setup import _http

    settings = load_settings()
    spans = InMemorySpanExporter()
    metrics_reader = InMemoryMetricReader()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    logger_provider = LoggerProvider()
    readers: list[Any] = [metrics_reader]
    if settings.otlp_endpoint:
        if _http(settings):
            from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
            from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        else:
            from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter  # type: ignore[assignment]
            from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import OTLPMetricExporter  # type: ignore[assignment]
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter  # type: ignore[assignment]
        tracer_provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        logger_provider.add_log_record_processor(BatchLogRecordProcessor(OTLPLogExporter()))
        readers.append(PeriodicExportingMetricReader(OTLPMetricExporter()))
        destination = f"OTLP ({settings.otlp_protocol}) to {settings.otlp_endpoint}"
    else:
        tracer_provider.add_span_processor(
            SimpleSpanProcessor(ConsoleSpanExporter(out=telemetry_out, formatter=_compact_span))
        )
        logger_provider.add_log_record_processor(
            SimpleLogRecordProcessor(ConsoleLogRecordExporter(out=telemetry_out, formatter=_compact_event))
        )
        destination = "the console (stderr): one line per span and per evaluation event"
    meter_provider = MeterProvider(metric_readers=readers)

    otel_micrometrics.instrument(
        tracer_provider=tracer_provider, meter_provider=meter_provider, logger_provider=logger_provider
    )
    rows: list[TurnRow] = []
    try:
        with ChatServer(scripted_responder(), delay=0.02) as server:
            client = openai.OpenAI(base_url=server.base_url, api_key="demo-key-not-used", max_retries=0)
            for conv in CONVERSATIONS:
                messages: list[dict[str, str]] = [{"role": "system", "content": conv.system}]
                for turn, user_text in enumerate(conv.user_turns, start=1):
                    messages.append({"role": "user", "content": user_text})
                    reply = client.chat.completions.create(model=DEMO_MODEL, messages=messages)  # type: ignore[arg-type]
                    messages.append({"role": "assistant", "content": reply.choices[0].message.content or ""})
                    span = spans.get_finished_spans()[-1]
                    attrs = span.attributes or {}
                    rows.append(
                        TurnRow(
                            conversation=conv.name,
                            turn=turn,
                            reply_language=str(attrs.get("micrometrics.response_language.label", "-")),
                            mismatch=str(attrs.get("micrometrics.language_mismatch.label", "-")),
                            input_tokens=reply.usage.prompt_tokens if reply.usage else None,
                            output_tokens=reply.usage.completion_tokens if reply.usage else None,
                            latency_ms=((span.end_time or 0) - (span.start_time or 0)) / 1e6,
                        )
                    )
    finally:
        otel_micrometrics.uninstrument()
    totals = evaluation_totals(metrics_reader)
    tracer_provider.shutdown()
    logger_provider.shutdown()
    meter_provider.shutdown()
    telemetry_out.flush()
    _print_report(out, rows, totals, destination)
    return 0


def evaluation_totals(reader: Any) -> dict[tuple[str, str], int]:
    """``micrometrics.evaluations`` summed by (check, label), read back from a metric reader."""
    from . import semconv as sc

    totals: dict[tuple[str, str], int] = {}
    data = reader.get_metrics_data()
    for rm in data.resource_metrics if data else ():
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                if metric.name != sc.METRIC_EVALUATIONS:
                    continue
                for point in metric.data.data_points:
                    attrs = point.attributes or {}
                    key = (
                        str(attrs.get(sc.GEN_AI_EVALUATION_NAME)),
                        str(attrs.get(sc.GEN_AI_EVALUATION_SCORE_LABEL, "")),
                    )
                    totals[key] = totals.get(key, 0) + int(point.value)
    return totals


def _print_report(out: TextIO, rows: list[TurnRow], totals: dict[tuple[str, str], int], destination: str) -> None:
    w = out.write
    w("\notel-micrometrics demo: two support conversations through the real openai SDK\n\n")
    w(
        f"{'conversation':<12} {'turn':>4} {'reply lang':>10} {'language_mismatch':>17} {'tokens in/out':>13} {'latency':>9}\n"
    )
    for r in rows:
        marker = "  <-- the model switched language" if r.mismatch == "fail" else ""
        tokens = f"{r.input_tokens}/{r.output_tokens}"
        w(
            f"{r.conversation:<12} {r.turn:>4} {r.reply_language:>10} {r.mismatch:>17} {tokens:>13} {r.latency_ms:>7.1f}ms{marker}\n"
        )
    w("\nTotals read back from the micrometrics.evaluations counter:\n")
    checks = sorted({name for name, _ in totals})
    for name in checks:
        labels = {label: n for (check_name, label), n in totals.items() if check_name == name}
        all_n = sum(labels.values())
        if "fail" in labels or "pass" in labels:
            w(f"  {name}: {labels.get('fail', 0)} fail of {all_n}\n")
        else:
            detail = ", ".join(f"{label or 'scored'}={n}" for label, n in sorted(labels.items()))
            w(f"  {name}: {all_n} evaluations ({detail})\n")
    w(f"\nTelemetry went to {destination}.\n")
    w("Set OTEL_EXPORTER_OTLP_ENDPOINT to send it to your collector or backend instead.\n")
