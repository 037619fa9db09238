"""A real local model (SmolLM2-135M served by llama-cpp-python's OpenAI-compatible server)
driven by the real openai SDK with the plugin on: telemetry must agree with what the server
actually returned."""

from __future__ import annotations

import pytest
from conftest import make_exporters, need

MAX_TOKENS = 24


@pytest.fixture(scope="module")
def model_run(backends):
    import openai

    import otel_micrometrics
    from otel_micrometrics.config import load_settings

    base_url = need(backends, "MICROMETRICS_LLM_URL")
    model = backends.get("MICROMETRICS_LLM_MODEL", "smollm2")
    exporters = make_exporters(backends, "smollm2")
    otel_micrometrics.uninstrument()
    otel_micrometrics.instrument(
        tracer_provider=exporters.tracer_provider,
        meter_provider=exporters.meter_provider,
        logger_provider=exporters.logger_provider,
        settings=load_settings({}),
    )
    client = openai.OpenAI(base_url=base_url, api_key="local-model-needs-no-key", max_retries=0, timeout=120)
    replies = []
    streamed: dict = {}
    try:
        for prompt, max_tokens in (("Say hello in one short sentence.", MAX_TOKENS), ("Count from one to fifty.", 8)):
            replies.append(
                client.chat.completions.create(
                    model=model,
                    messages=[{"role": "user", "content": prompt}],
                    max_tokens=max_tokens,
                    temperature=0,
                    seed=42,
                )
            )
        stream = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Name three colours."}],
            max_tokens=MAX_TOKENS,
            temperature=0,
            seed=42,
            stream=True,
            stream_options={"include_usage": True},
        )
        text, finish, usage = [], None, None
        for chunk in stream:
            if chunk.usage is not None:
                usage = chunk.usage
            for choice in chunk.choices:
                if choice.delta and choice.delta.content:
                    text.append(choice.delta.content)
                if choice.finish_reason:
                    finish = choice.finish_reason
        streamed = {"text": "".join(text), "finish_reason": finish, "usage": usage}
    finally:
        otel_micrometrics.uninstrument()
    spans = list(exporters.spans.get_finished_spans())
    exporters.shutdown()
    return exporters, model, replies, streamed, spans


def test_non_streaming_spans_agree_with_the_server(model_run):
    _exporters, model, replies, _, spans = model_run
    by_id = {s.attributes.get("gen_ai.response.id"): s for s in spans}
    for reply in replies:
        span = by_id[reply.id]
        a = span.attributes
        assert span.name == f"chat {model}"
        assert a["gen_ai.request.model"] == model
        assert a["gen_ai.response.model"] == reply.model
        assert a["gen_ai.usage.input_tokens"] == reply.usage.prompt_tokens
        assert a["gen_ai.usage.output_tokens"] == reply.usage.completion_tokens
        assert list(a["gen_ai.response.finish_reasons"]) == [reply.choices[0].finish_reason]
        text = reply.choices[0].message.content or ""
        assert a["micrometrics.response_length.score"] == len(text)
        truncated = reply.choices[0].finish_reason == "length"
        assert a["micrometrics.truncation.label"] == ("fail" if truncated else "pass")
        assert a["micrometrics.empty_response.label"] == ("pass" if text.strip() else "fail")
    # "Count from one to fifty." with max_tokens=8 cannot finish: the server says "length".
    assert replies[1].choices[0].finish_reason == "length"


def test_non_streaming_metrics_in_the_store_agree_with_the_server(model_run, vm):
    exporters, model, replies, _, _ = model_run
    sel = f'service_name="{exporters.service_name}",gen_ai_request_model="{model}"'
    streamed = model_run[3]
    stream_usage = streamed["usage"]
    for kind, expected in (
        ("input", sum(r.usage.prompt_tokens for r in replies) + (stream_usage.prompt_tokens if stream_usage else 0)),
        (
            "output",
            sum(r.usage.completion_tokens for r in replies) + (stream_usage.completion_tokens if stream_usage else 0),
        ),
    ):
        promql = f'sum(gen_ai_client_token_usage_sum{{{sel},gen_ai_token_type="{kind}"}})'
        assert vm.wait_scalar(promql, float(expected)) == expected, promql
    trunc = vm.by_label(
        f'sum by (gen_ai_evaluation_score_label) (micrometrics_evaluations_total{{{sel},gen_ai_evaluation_name="truncation"}})',
        "gen_ai_evaluation_score_label",
    )
    expected_trunc: dict[str, float] = {}
    # the streamed call is measured too (one more evaluation, one more duration count)
    for finish in [r.choices[0].finish_reason for r in replies] + [streamed["finish_reason"]]:
        label = "fail" if finish == "length" else "pass"
        expected_trunc[label] = expected_trunc.get(label, 0) + 1
    assert trunc == expected_trunc
    count = vm.scalar(f"sum(gen_ai_client_operation_duration_seconds_count{{{sel}}})")
    assert count == len(replies) + 1


def test_non_streaming_spans_reach_phoenix(model_run, phoenix):
    exporters, _, replies, _, _ = model_run
    stored = phoenix.wait_spans(exporters.phoenix_project, len(replies))
    ids = {s["attributes"].get("gen_ai.response.id") for s in stored}
    assert {r.id for r in replies} <= ids


def test_streaming_through_the_plugin(model_run):
    _, _, replies, streamed, spans = model_run
    # The stream reaches the application unchanged with the plugin on.
    assert streamed["text"].strip()
    assert streamed["finish_reason"] in {"stop", "length"}
    non_streaming = {r.id for r in replies}
    stream_spans = [s for s in spans if s.attributes.get("gen_ai.response.id") not in non_streaming]
    (span,) = stream_spans
    assert list(span.attributes["gen_ai.response.finish_reasons"]) == [streamed["finish_reason"]]
    assert span.attributes["micrometrics.response_length.score"] == len(streamed["text"])
    if streamed["usage"] is not None:
        assert span.attributes["gen_ai.usage.input_tokens"] == streamed["usage"].prompt_tokens
        assert span.attributes["gen_ai.usage.output_tokens"] == streamed["usage"].completion_tokens
    else:
        assert "gen_ai.usage.input_tokens" not in span.attributes
