"""AWS Bedrock Runtime through the real boto3 client, against a local endpoint speaking Bedrock's
wire format (JSON for Converse, the AWS event-stream encoding for ConverseStream); no AWS account."""

from __future__ import annotations

import json

import boto3
import botocore
import botocore.session
import pytest
from botocore.eventstream import EventStream
from botocore.exceptions import ClientError
from helpers.assertions import only_span
from opentelemetry.trace import StatusCode
from servers.bedrock import MODEL, BedrockServer, Script, bedrock_client, converse_reply, stream_events

from otel_micrometrics.registry import REGISTRY

# The format checks land with their own issue; where they are registered, they read what we give them.
HAS_FORMAT_CHECKS = REGISTRY.get("json_validity") is not None and REGISTRY.get("tool_call_validity") is not None

GERMAN = "Ihre Bestellung wurde gestern verschickt und kommt voraussichtlich morgen bei Ihnen an."
QUESTION = [{"role": "user", "content": [{"text": "Wo ist meine Bestellung? Sie sollte schon längst da sein."}]}]


@pytest.fixture
def bedrock():
    script = Script()
    with BedrockServer(script) as srv:
        yield srv, script


def sdk_knows(shape: str, member: str) -> bool:
    """Whether this botocore's Bedrock model has a field (older ones drop what they do not know)."""
    model = botocore.session.get_session().get_service_model("bedrock-runtime")
    return member in model.shape_for(shape).members


def attrs_of(span):
    return dict(span.attributes)


# --- converse ---------------------------------------------------------------------------------


def test_converse_span_carries_what_was_sent_and_received(instrumented, bedrock):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = bedrock
    script.push(converse_reply(GERMAN, usage=(31, 17), cache=(4, 2)))
    reply = bedrock_client(srv).converse(
        modelId=MODEL,
        system=[{"text": "Du bist ein freundlicher Support-Assistent."}, {"text": "Antworte kurz."}],
        messages=QUESTION,
        inferenceConfig={"maxTokens": 256, "temperature": 0.3, "topP": 0.9, "stopSequences": ["###"]},
    )
    assert reply["output"]["message"]["content"] == [{"text": GERMAN}]  # the app's reply, untouched
    assert reply["stopReason"] == "end_turn"
    assert srv.requests[0][0] == MODEL and srv.requests[0][1] == "converse"
    span = only_span(tel)
    a = attrs_of(span)
    assert span.name == f"chat {MODEL}"
    assert a["gen_ai.provider.name"] == "aws.bedrock"
    assert a["gen_ai.operation.name"] == "chat"
    assert a["gen_ai.request.model"] == MODEL
    assert a["gen_ai.request.max_tokens"] == 256
    assert a["gen_ai.request.temperature"] == 0.3
    assert a["gen_ai.request.top_p"] == 0.9
    assert tuple(a["gen_ai.request.stop_sequences"]) == ("###",)
    assert a["server.address"] == "127.0.0.1"
    assert a["server.port"] == int(srv.endpoint_url.rsplit(":", 1)[1])
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("end_turn",)
    assert a["gen_ai.usage.input_tokens"] == 31
    assert a["gen_ai.usage.output_tokens"] == 17
    if sdk_knows("TokenUsage", "cacheReadInputTokens"):
        assert a["gen_ai.usage.cache_read.input_tokens"] == 4
        assert a["gen_ai.usage.cache_creation.input_tokens"] == 2
    else:  # this botocore drops the fields: nothing invented
        assert "gen_ai.usage.cache_read.input_tokens" not in a
    assert json.loads(a["gen_ai.system_instructions"]) == [
        {"type": "text", "content": "Du bist ein freundlicher Support-Assistent."},
        {"type": "text", "content": "Antworte kurz."},
    ]
    assert json.loads(a["gen_ai.input.messages"]) == [
        {"role": "user", "parts": [{"type": "text", "content": QUESTION[0]["content"][0]["text"]}]}
    ]
    (out,) = json.loads(a["gen_ai.output.messages"])
    assert out == {"role": "assistant", "parts": [{"type": "text", "content": GERMAN}], "finish_reason": "end_turn"}
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.language_mismatch.label"] == "pass"
    assert a["micrometrics.truncation.label"] == "pass"
    assert a["micrometrics.content_filter.label"] == "pass"
    assert a["micrometrics.response_length.score"] == float(len(GERMAN))
    assert "micrometrics.stream.abandoned" not in a
    tokens = {p.attributes["gen_ai.token.type"]: p.sum for p in tel.metric_points("gen_ai.client.token.usage")}
    assert tokens == {"input": 31, "output": 17}
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.attributes["gen_ai.provider.name"] == "aws.bedrock"
    assert tel.metric_points("gen_ai.client.operation.time_to_first_chunk") == []


def test_converse_content_not_captured_by_default(instrumented, bedrock):
    tel = instrumented()
    srv, script = bedrock
    script.push(converse_reply(GERMAN))
    bedrock_client(srv).converse(modelId=MODEL, messages=QUESTION, system=[{"text": "geheim"}])
    a = attrs_of(only_span(tel))
    assert not [k for k in a if k in ("gen_ai.input.messages", "gen_ai.output.messages", "gen_ai.system_instructions")]
    assert a["micrometrics.language_mismatch.label"] == "pass"  # checks still read the content


def test_converse_tool_use_round_trip(instrumented, bedrock):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = bedrock
    script.push(
        converse_reply(
            "",
            stop_reason="tool_use",
            tool_uses=[{"id": "tooluse_1", "name": "track_order", "input": {"order": "A-17"}}],
        )
    )
    weather_schema = {"type": "object", "properties": {"order": {"type": "string"}}, "required": ["order"]}
    messages = [
        QUESTION[0],
        {
            "role": "assistant",
            "content": [{"toolUse": {"toolUseId": "tooluse_0", "name": "track_order", "input": {"order": "A-16"}}}],
        },
        {
            "role": "user",
            "content": [{"toolResult": {"toolUseId": "tooluse_0", "content": [{"json": {"status": "lost"}}]}}],
        },
    ]
    reply = bedrock_client(srv).converse(
        modelId=MODEL,
        messages=messages,
        toolConfig={
            "tools": [
                {
                    "toolSpec": {
                        "name": "track_order",
                        "description": "Track an order",
                        "inputSchema": {"json": weather_schema},
                    }
                }
            ]
        },
    )
    assert reply["output"]["message"]["content"][0]["toolUse"]["input"] == {"order": "A-17"}
    assert srv.requests[0][2]["toolConfig"]["tools"][0]["toolSpec"]["inputSchema"]["json"] == weather_schema
    a = attrs_of(only_span(tel))
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("tool_use",)
    (out,) = json.loads(a["gen_ai.output.messages"])
    assert out["parts"] == [
        {"type": "tool_call", "id": "tooluse_1", "name": "track_order", "arguments": {"order": "A-17"}}
    ]
    inputs = json.loads(a["gen_ai.input.messages"])
    assert [m["role"] for m in inputs] == ["user", "assistant", "tool"]
    assert inputs[2]["parts"][0] == {"type": "tool_call_response", "id": "tooluse_0", "response": '{"status": "lost"}'}
    assert a["micrometrics.turn.index"] == 1  # a tool result is not a user turn
    assert a["micrometrics.empty_response.label"] == "pass"
    if HAS_FORMAT_CHECKS:
        assert a["micrometrics.tool_call_validity.label"] == "pass"


@pytest.mark.parametrize(
    ("stop_reason", "finish", "check", "label"),
    [
        ("max_tokens", "max_tokens", "truncation", "fail"),
        ("model_context_window_exceeded", "length", "truncation", "fail"),
        ("guardrail_intervened", "content_filter", "content_filter", "fail"),
        ("content_filtered", "content_filter", "content_filter", "fail"),
        ("stop_sequence", "stop_sequence", "truncation", "pass"),
        ("stop_sequence", "stop_sequence", "content_filter", "pass"),
    ],
)
def test_stop_reasons_feed_the_outcome_checks(instrumented, bedrock, stop_reason, finish, check, label):
    tel = instrumented()
    srv, script = bedrock
    script.push(converse_reply("Ihre Bestellung wurde gestern", stop_reason=stop_reason))
    assert bedrock_client(srv).converse(modelId=MODEL, messages=QUESTION)["stopReason"] == stop_reason
    a = attrs_of(only_span(tel))
    assert tuple(a["gen_ai.response.finish_reasons"]) == (finish,)
    assert a[f"micrometrics.{check}.label"] == label
    assert tel.evaluations()[(check, label)] == 1


def test_json_schema_output_config_is_checked(instrumented, bedrock):
    if not sdk_knows("ConverseRequest", "outputConfig"):
        pytest.skip("this botocore has no outputConfig")
    tel = instrumented()
    srv, script = bedrock
    script.push(converse_reply('{"status": "shipped"'))  # cut-off JSON
    schema = {"type": "object", "properties": {"status": {"type": "string"}}, "required": ["status"]}
    bedrock_client(srv).converse(
        modelId=MODEL,
        messages=QUESTION,
        outputConfig={
            "textFormat": {
                "type": "json_schema",
                "structure": {"jsonSchema": {"schema": json.dumps(schema), "name": "s"}},
            }
        },
    )
    a = attrs_of(only_span(tel))
    assert a["gen_ai.output.type"] == "json"
    if HAS_FORMAT_CHECKS:
        assert a["micrometrics.json_validity.label"] == "fail"


def test_converse_error_reaches_app_unchanged(instrumented, bedrock):
    tel = instrumented()
    srv, script = bedrock
    script.push(
        {"message": "The provided model identifier is invalid."},
        status=400,
        headers={"x-amzn-ErrorType": "ValidationException:http://internal.amazon.com/coral/"},
    )
    runtime = bedrock_client(srv)
    with pytest.raises(ClientError) as info:
        runtime.converse(modelId="nope", messages=QUESTION)
    assert isinstance(info.value, runtime.exceptions.ValidationException)
    assert info.value.response["Error"]["Message"] == "The provided model identifier is invalid."
    span = only_span(tel)
    assert span.name == "chat nope"
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["error.type"] == "ValidationException"
    assert tel.evaluations() == {}
    (duration,) = tel.metric_points("gen_ai.client.operation.duration")
    assert duration.attributes["error.type"] == "ValidationException"


def test_other_operations_and_services_pass_through(instrumented, bedrock):
    from botocore.stub import Stubber

    tel = instrumented()
    srv, script = bedrock
    script.push({"completion": "raw model output"})
    reply = bedrock_client(srv).invoke_model(modelId=MODEL, body=b'{"prompt": "hi"}')  # not Converse: passed through
    assert json.loads(reply["body"].read()) == {"completion": "raw model output"}
    sts = boto3.client("sts", region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
    with Stubber(sts) as stub:
        stub.add_response(
            "get_caller_identity",
            {"UserId": "u", "Account": "123456789012", "Arn": "arn:aws:iam::123456789012:user/test"},
        )
        assert sts.get_caller_identity()["Account"] == "123456789012"
    assert tel.finished_spans() == []


def test_uninstrument_restores_botocore(instrumented, bedrock):
    import otel_micrometrics

    tel = instrumented()
    srv, script = bedrock
    script.push(converse_reply(GERMAN))
    original = botocore.client.BaseClient.__dict__["_make_api_call"].__wrapped__
    otel_micrometrics.uninstrument()
    assert botocore.client.BaseClient.__dict__["_make_api_call"] is original
    bedrock_client(srv).converse(modelId=MODEL, messages=QUESTION)
    assert tel.finished_spans() == []


# --- converse_stream --------------------------------------------------------------------------


def converse_stream(srv, **extra):
    return bedrock_client(srv).converse_stream(modelId=MODEL, messages=QUESTION, **extra)


def stream_text(events):
    return "".join(e["contentBlockDelta"]["delta"].get("text", "") for e in events if "contentBlockDelta" in e)


def assert_complete(span, tel, text=GERMAN):
    a = attrs_of(span)
    assert span.name == f"chat {MODEL}"
    assert "micrometrics.stream.abandoned" not in a
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("end_turn",)
    assert a["micrometrics.response_length.score"] == float(len(text))
    assert a["micrometrics.response_language.label"] == "de"
    assert a["micrometrics.language_mismatch.label"] == "pass"
    (ttfc,) = tel.metric_points("gen_ai.client.operation.time_to_first_chunk")
    assert ttfc.count == 1 and 0 < ttfc.sum < 5


def test_stream_exhausted_with_usage(instrumented, bedrock):
    tel = instrumented()
    srv, script = bedrock
    script.push(stream_events(GERMAN, usage=(40, 21)))
    reply = converse_stream(srv, inferenceConfig={"maxTokens": 64})
    assert isinstance(reply, dict)
    assert isinstance(reply["stream"], EventStream)
    assert reply["ResponseMetadata"]["HTTPStatusCode"] == 200
    assert tel.finished_spans() == []  # the span lives as long as the stream
    events = list(reply["stream"])
    assert stream_text(events) == GERMAN
    assert events[-1]["metadata"]["usage"] == {"inputTokens": 40, "outputTokens": 21, "totalTokens": 61}
    span = only_span(tel)
    assert_complete(span, tel)
    a = attrs_of(span)
    assert a["gen_ai.request.max_tokens"] == 64
    assert a["gen_ai.usage.input_tokens"] == 40
    assert a["gen_ai.usage.output_tokens"] == 21
    assert srv.requests[0][1] == "converse-stream"


def test_next_on_the_stream_fails_as_it_does_without_the_plugin(instrumented, bedrock):
    srv, script = bedrock
    script.push(stream_events(GERMAN, usage=(40, 21)))
    with pytest.raises(TypeError) as bare:  # an EventStream is iterable, not an iterator
        next(converse_stream(srv)["stream"])
    tel = instrumented()
    script.push(stream_events(GERMAN, usage=(40, 21)))
    reply = converse_stream(srv)
    with pytest.raises(TypeError) as proxied:
        next(reply["stream"])
    assert str(proxied.value) == str(bare.value)
    assert "is not an iterator" in str(proxied.value)
    assert stream_text(list(reply["stream"])) == GERMAN  # and it can still be read with for
    assert_complete(only_span(tel), tel)


def test_stream_without_metadata_invents_no_usage(instrumented, bedrock):
    tel = instrumented()
    srv, script = bedrock
    script.push(stream_events(GERMAN, usage=None))
    for _ in converse_stream(srv)["stream"]:
        pass
    span = only_span(tel)
    assert_complete(span, tel)
    assert "gen_ai.usage.input_tokens" not in span.attributes
    assert tel.metric_points("gen_ai.client.token.usage") == []


def test_stream_tool_use_assembled_from_deltas(instrumented, bedrock):
    tel = instrumented(OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="true")
    srv, script = bedrock
    tools = [
        {"id": "tooluse_a", "name": "track_order", "input": {"order": "A-17"}},
        {"id": "tooluse_b", "name": "refund", "input": {"order": "A-17", "amount": 12.5}},
    ]
    script.push(stream_events("Ich sehe nach.", tool_uses=tools, stop_reason="tool_use"))
    for _ in converse_stream(srv)["stream"]:
        pass
    a = attrs_of(only_span(tel))
    (out,) = json.loads(a["gen_ai.output.messages"])
    assert out["finish_reason"] == "tool_use"
    assert out["parts"] == [
        {"type": "text", "content": "Ich sehe nach."},
        {"type": "tool_call", "id": "tooluse_a", "name": "track_order", "arguments": {"order": "A-17"}},
        {"type": "tool_call", "id": "tooluse_b", "name": "refund", "arguments": {"order": "A-17", "amount": 12.5}},
    ]
    if HAS_FORMAT_CHECKS:
        assert a["micrometrics.tool_call_validity.label"] == "pass"


def test_stream_max_tokens_is_truncation(instrumented, bedrock):
    tel = instrumented()
    srv, script = bedrock
    script.push(stream_events("Ihre Bestellung wurde", stop_reason="max_tokens"))
    for _ in converse_stream(srv)["stream"]:
        pass
    a = attrs_of(only_span(tel))
    assert tuple(a["gen_ai.response.finish_reasons"]) == ("max_tokens",)
    assert a["micrometrics.truncation.label"] == "fail"


def test_stream_accumulator_failure_never_reaches_the_app(instrumented, bedrock, monkeypatch):
    from otel_micrometrics.instrumentors import bedrock as ours

    def broken(self, event):
        raise RuntimeError("accumulator bug")

    monkeypatch.setattr(ours.ConverseStreamAccumulator, "chunk", broken)
    tel = instrumented()
    srv, script = bedrock
    script.push(stream_events(GERMAN))
    assert stream_text(list(converse_stream(srv)["stream"])) == GERMAN
    assert only_span(tel).end_time is not None
