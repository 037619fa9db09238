"""``judge``: an optional, slow check that asks an OpenAI-compatible model to grade a reply.

Registered but run only when named (``OTEL_MICROMETRICS_CHECKS=judge``) and configured
(``OTEL_MICROMETRICS_JUDGE_BASE_URL``, ``_MODEL``, ``_API_KEY``, ``_RUBRIC``,
``_SAMPLE_RATIO``, ``_TIMEOUT``). It sends the conversation and the reply to the judge
model, so it also needs ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true``: no
message content leaves the process without that opt-in. It runs on the background worker,
never on the caller's thread, over plain HTTP (urllib). Its own call gets its span (a GenAI
client span in the trace of the call it grades), but no checks.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from . import semconv as sc
from .exchange import Exchange, encodable
from .registry import Result, check, opt_in_only

_log = logging.getLogger("otel_micrometrics")

NAME = "judge"
MAX_CONTEXT_CHARS = 4000
_VERDICT = re.compile(r"\b(PASS|FAIL)\b", re.IGNORECASE)

INSTRUCTIONS = (
    "You grade one reply of an AI assistant against a rubric. Answer with one word on the "
    "first line, PASS or FAIL, then one short sentence saying why."
)


@dataclass(frozen=True)
class JudgeModel:
    base_url: str
    model: str
    api_key: str | None
    rubric: str
    timeout: float
    tracer: Any = None  # the plugin's tracer: the judge's call gets its span

    def grade(self, exchange: Exchange) -> Result | None:
        body = {
            "model": self.model,
            "temperature": 0,
            "max_tokens": 64,
            "messages": [
                {"role": "system", "content": INSTRUCTIONS},
                {"role": "user", "content": prompt(exchange, self.rubric)},
            ],
        }
        url = self.base_url.rstrip("/") + "/chat/completions"
        request = urllib.request.Request(
            url,
            data=json.dumps(body).encode(),
            headers={
                "content-type": "application/json",
                **({"authorization": f"Bearer {self.api_key}"} if self.api_key else {}),
            },
            method="POST",
        )
        with self._span(url) as span:
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    data = json.loads(response.read())
            except Exception as exc:
                _failed(span, exc)
                raise
            _answered(span, data)
        answer = str(data["choices"][0]["message"]["content"] or "")
        return verdict(answer)

    def _span(self, url: str) -> Any:
        """The judge's own call gets its span (a GenAI client span, in the trace of the call it
        grades), but no checks: the judge calls over urllib, which nothing here wraps."""
        tracer = self.tracer or trace.NoOpTracer()
        parts = urlsplit(url)
        attributes: dict[str, Any] = {
            sc.GEN_AI_OPERATION_NAME: sc.OPERATION_CHAT,
            sc.GEN_AI_PROVIDER_NAME: sc.PROVIDER_OPENAI,
            sc.GEN_AI_REQUEST_MODEL: encodable(self.model),
            sc.GEN_AI_REQUEST_TEMPERATURE: 0.0,
            sc.GEN_AI_REQUEST_MAX_TOKENS: 64,
        }
        if parts.hostname:
            attributes[sc.SERVER_ADDRESS] = encodable(parts.hostname)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            port = None
        if port is not None:
            attributes[sc.SERVER_PORT] = port
        return tracer.start_as_current_span(
            f"{sc.OPERATION_CHAT} {encodable(self.model)}",
            kind=SpanKind.CLIENT,
            attributes=attributes,
            record_exception=False,
            set_status_on_exception=False,
        )


def _answered(span: Any, data: Any) -> None:
    """The reply's id, model, finish reason and token counts, when they have the right type."""
    if not isinstance(data, dict):
        return
    for key, name in (("id", sc.GEN_AI_RESPONSE_ID), ("model", sc.GEN_AI_RESPONSE_MODEL)):
        if type(data.get(key)) is str:
            span.set_attribute(name, encodable(data[key]))
    choices = data.get("choices")
    if isinstance(choices, list):
        reasons = [
            encodable(c["finish_reason"])
            for c in choices
            if isinstance(c, dict) and type(c.get("finish_reason")) is str
        ]
        if reasons:
            span.set_attribute(sc.GEN_AI_RESPONSE_FINISH_REASONS, reasons)
    usage = data.get("usage")
    if isinstance(usage, dict):
        for key, name in (
            ("prompt_tokens", sc.GEN_AI_USAGE_INPUT_TOKENS),
            ("completion_tokens", sc.GEN_AI_USAGE_OUTPUT_TOKENS),
        ):
            if type(usage.get(key)) is int:
                span.set_attribute(name, usage[key])


def _failed(span: Any, exc: Exception) -> None:
    """The error by class and HTTP status; never its message (an error body may quote the prompt)."""
    kind = type(exc).__qualname__
    status = exc.code if isinstance(exc, urllib.error.HTTPError) and type(exc.code) is int else None
    span.set_attribute(sc.ERROR_TYPE, kind)
    if status is not None:
        span.set_attribute(sc.HTTP_RESPONSE_STATUS_CODE, status)
    span.set_status(Status(StatusCode.ERROR, kind if status is None else f"{kind} (HTTP {status})"))


def prompt(exchange: Exchange, rubric: str) -> str:
    """The judge's task: the rubric, the recent conversation and the reply."""
    lines = [f"Rubric: {rubric}", "", "Conversation:"]
    for message in exchange.messages[-6:]:
        lines.append(f"{message.role}: {message.content}")
    lines += ["", f"Reply to grade: {exchange.output_text}"]
    text = "\n".join(lines)
    return text[-MAX_CONTEXT_CHARS:]


def verdict(answer: str) -> Result:
    """``PASS``/``FAIL`` (the first one said) and the judge's reason as explanation."""
    found = _VERDICT.search(answer)
    if found is None:
        raise ValueError("the judge's answer holds no PASS or FAIL verdict")
    reason = (answer[: found.start()] + answer[found.end() :]).lstrip(" \n:.-").strip()
    return Result(
        label="pass" if found.group(1).upper() == "PASS" else "fail",
        score=1.0 if found.group(1).upper() == "PASS" else 0.0,
        explanation=reason[:300] or None,
    )


_model: JudgeModel | None = None


def configure(settings: Any, tracer: Any = None) -> bool:
    """Set the judge model from settings; False (with one warning) when it cannot run.
    ``tracer`` makes the judge's own call a span."""
    global _model
    _model = None
    base_url = getattr(settings, "judge_base_url", None)
    if not base_url:
        _log.warning(
            "otel-micrometrics: the judge check is enabled but OTEL_MICROMETRICS_JUDGE_BASE_URL "
            "is not set; it does not run"
        )
        return False
    if not getattr(settings, "capture_content", False):
        _log.warning(
            "otel-micrometrics: the judge check sends the conversation to the judge model, so it "
            "runs only with OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true; it does not run"
        )
        return False
    _model = JudgeModel(
        base_url=base_url,
        model=settings.judge_model,
        api_key=settings.judge_api_key,
        rubric=settings.judge_rubric,
        timeout=float(settings.judge_timeout),
        tracer=tracer,
    )
    return True


@check(
    NAME,
    level="run",
    owner="otel-micrometrics",
    review_by="2027-06-30",
    labels=("pass", "fail"),
    slow=True,
    description="An LLM judge grades the reply against a short rubric (pass/fail, with its reason).",
)
def judge(exchange: Exchange) -> Result | None:
    """Ask the configured judge model; nothing when unconfigured or there is no reply."""
    model = _model
    if model is None or exchange.error_type is not None or not (exchange.output_text or exchange.tool_calls):
        return None
    return model.grade(exchange)


opt_in_only(NAME)
