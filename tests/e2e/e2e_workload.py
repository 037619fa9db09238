"""A known, scripted workload: an instrumented app (the real openai SDK, plugin on) against the
project's local OpenAI-compatible server, exporting over OTLP/HTTP to the real services.

Model ``support-bot-1`` plays the demo's two support conversations (German, whose turn 5 comes
back in English, and Spanish); model ``support-bot-mini`` gets three replies that end badly:
cut off by the token limit, stopped by a content filter, and empty. Segment attributes
``micrometrics.prompt.version`` and ``tenant`` come from baggage.

The whole script is played PASSES times and the metrics are exported after each pass, so
every series has more than one sample and ``rate()``/``increase()`` (dashboards, alert
rules) have something to work on; the exact totals are PASSES times the per-pass counts.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from servers.openai import ChatServer, completion

from otel_micrometrics.demo import CONVERSATIONS, DEMO_MODEL, scripted_responder

MINI_MODEL = "support-bot-mini"
PASSES = 2
SEGMENTS = "micrometrics.prompt.version,tenant"
PROMPT_VERSION = {"de-support": "v7", "es-support": "v8", MINI_MODEL: "v8"}
TENANT = {"de-support": "kaffeehaus-de", "es-support": "kaffeehaus-es", MINI_MODEL: "kaffeehaus-en"}

# (user text, reply body) for the mini model: each reply fails exactly one crawl check.
MINI_CALLS = (
    (
        "Summarise our refund policy, please.",
        completion(
            "Our refund policy lets customers return any unopened",
            model=MINI_MODEL,
            finish_reason="length",
            prompt_tokens=12,
            completion_tokens=16,
            id="chatcmpl-mini-1",
        ),
    ),
    (
        "Tell me something you should not.",
        completion(
            "This reply was stopped by the provider.",
            model=MINI_MODEL,
            finish_reason="content_filter",
            prompt_tokens=11,
            completion_tokens=7,
            id="chatcmpl-mini-2",
        ),
    ),
    (
        "Are you still there?",
        completion(
            "", model=MINI_MODEL, finish_reason="stop", prompt_tokens=9, completion_tokens=0, id="chatcmpl-mini-3"
        ),
    ),
)

# How each demo conversation ends (otel_micrometrics.record_outcome), once per pass.
OUTCOMES = {"de-support": "escalated", "es-support": "resolved"}

# What the plugin must count per pass, per model, for the checks whose outcome the script fixes.
EXPECTED_EVALUATIONS = {
    DEMO_MODEL: {
        ("truncation", "pass"): 10,
        ("content_filter", "pass"): 10,
        ("empty_response", "pass"): 10,
        ("language_mismatch", "pass"): 9,
        ("language_mismatch", "fail"): 1,
        ("response_language", "de"): 4,
        ("response_language", "en"): 1,
        ("response_language", "es"): 5,
    },
    MINI_MODEL: {
        ("truncation", "fail"): 1,
        ("truncation", "pass"): 2,
        ("content_filter", "fail"): 1,
        ("content_filter", "pass"): 2,
        ("empty_response", "fail"): 1,
        ("empty_response", "pass"): 2,
    },
}


@dataclass
class Call:
    model: str
    conversation: str
    response_id: str
    finish_reason: str
    input_tokens: int
    output_tokens: int


@dataclass
class WorkloadResult:
    exporters: Any
    calls: list[Call] = field(default_factory=list)
    memory_evaluations: dict[tuple[str, str, str], int] = field(default_factory=dict)

    @property
    def service(self) -> str:
        return self.exporters.service_name

    def sel(self, **labels: str) -> str:
        """A PromQL label selector for this run's series plus ``labels``."""
        parts = [f'service_name="{self.service}"'] + [f'{k}="{v}"' for k, v in labels.items()]
        return "{" + ",".join(parts) + "}"

    def tokens(self, model: str, kind: str) -> int:
        return sum(c.input_tokens if kind == "input" else c.output_tokens for c in self.calls if c.model == model)


def _responder() -> Any:
    scripted = scripted_responder()
    mini = {user: body for user, body in MINI_CALLS}

    def respond(path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if body.get("model") == MINI_MODEL:
            users = [m.get("content") for m in body.get("messages", []) if m.get("role") == "user"]
            if users and users[-1] in mini:
                return 200, mini[users[-1]]
            return 404, {"error": {"message": "unknown mini call", "type": "invalid_request_error"}}
        return scripted(path, body)

    return respond


def _memory_evaluations(reader: Any) -> dict[tuple[str, str, str], int]:
    totals: dict[tuple[str, str, str], int] = {}
    data = reader.get_metrics_data()
    for rm in data.resource_metrics if data else ():
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                if metric.name != "micrometrics.evaluations":
                    continue
                for p in metric.data.data_points:
                    a = p.attributes
                    key = (
                        a["gen_ai.request.model"],
                        a["gen_ai.evaluation.name"],
                        a.get("gen_ai.evaluation.score.label", ""),
                    )
                    totals[key] = totals.get(key, 0) + int(p.value)
    return totals


def run_workload(exporters: Any) -> WorkloadResult:
    import openai
    from opentelemetry import baggage
    from opentelemetry import context as context_api

    import otel_micrometrics
    from otel_micrometrics.config import load_settings

    result = WorkloadResult(exporters)
    settings = load_settings({"OTEL_MICROMETRICS_SEGMENT_ATTRIBUTES": SEGMENTS})
    otel_micrometrics.uninstrument()
    otel_micrometrics.instrument(
        tracer_provider=exporters.tracer_provider,
        meter_provider=exporters.meter_provider,
        logger_provider=exporters.logger_provider,
        settings=settings,
    )

    def segment(name: str) -> object:
        ctx = baggage.set_baggage("micrometrics.prompt.version", PROMPT_VERSION[name])
        ctx = baggage.set_baggage("tenant", TENANT[name], ctx)
        ctx = baggage.set_baggage("gen_ai.conversation.id", name, ctx)
        return context_api.attach(ctx)

    def record(model: str, conversation: str, reply: Any) -> None:
        result.calls.append(
            Call(
                model,
                conversation,
                reply.id,
                reply.choices[0].finish_reason,
                reply.usage.prompt_tokens,
                reply.usage.completion_tokens,
            )
        )

    try:
        with ChatServer(_responder()) as server:
            client = openai.OpenAI(base_url=server.base_url, api_key="e2e-key-not-used", max_retries=0)
            for pass_no in range(PASSES):
                if pass_no:
                    time.sleep(1.1)  # distinct sample timestamps
                for conv in CONVERSATIONS:
                    token = segment(conv.name)
                    try:
                        messages: list[dict[str, str]] = [{"role": "system", "content": conv.system}]
                        for user_text in conv.user_turns:
                            messages.append({"role": "user", "content": user_text})
                            reply = client.chat.completions.create(model=DEMO_MODEL, messages=messages)  # type: ignore[arg-type]
                            messages.append({"role": "assistant", "content": reply.choices[0].message.content or ""})
                            record(DEMO_MODEL, conv.name, reply)
                    finally:
                        context_api.detach(token)  # type: ignore[arg-type]
                    otel_micrometrics.record_outcome(conversation_id=conv.name, outcome=OUTCOMES[conv.name])
                token = segment(MINI_MODEL)
                try:
                    for user_text, _ in MINI_CALLS:
                        reply = client.chat.completions.create(
                            model=MINI_MODEL, messages=[{"role": "user", "content": user_text}], max_tokens=16
                        )
                        record(MINI_MODEL, MINI_MODEL, reply)
                finally:
                    context_api.detach(token)  # type: ignore[arg-type]
                exporters.meter_provider.force_flush()  # one sample per series per pass
    finally:
        otel_micrometrics.uninstrument()
    result.memory_evaluations = _memory_evaluations(exporters.memory)
    exporters.shutdown()
    return result
