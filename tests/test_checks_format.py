"""json_validity and tool_call_validity: literal exchanges, and through the real openai SDK."""

from __future__ import annotations

import json

import openai
import pytest
from servers.openai import completion

from otel_micrometrics import Exchange, Message, ToolCall
from otel_micrometrics.checks import format as fmt
from otel_micrometrics.checks.format import ValidatorCache, json_validity, tool_call_validity

PERSON_SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}},
    "required": ["name", "age"],
    "additionalProperties": False,
}
WEATHER = {
    "name": "get_weather",
    "description": "Current weather",
    "parameters": {
        "type": "object",
        "properties": {"location": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}},
        "required": ["location"],
    },
}


def json_reply(text: str, output_format: dict | None = None, **kw) -> Exchange:
    return Exchange(
        messages=[Message("user", "Extract the person as JSON.")],
        output_format=output_format if output_format is not None else {"type": "json_object"},
        output_text=text,
        **kw,
    )


def schema_reply(text: str, schema: dict = PERSON_SCHEMA) -> Exchange:
    return json_reply(text, {"type": "json_schema", "schema": schema, "strict": True})


@pytest.mark.parametrize(
    "text",
    ['{"name": "Ana", "age": 34}', '\n  {"a": [1, 2, {"b": null}]}  \n', '{"nombre": "José", "nota": "👍"}', "{}"],
)
def test_json_object_pass(text):
    assert json_validity(json_reply(text)).label == "pass"


@pytest.mark.parametrize(
    "text,reason",
    [
        ('```json\n{"name": "Ana"}\n```', "reply wrapped in a code fence"),
        ('```\n{"name": "Ana"}\n```', "reply wrapped in a code fence"),
        ('~~~\n{"name": "Ana"}\n~~~', "reply wrapped in a code fence"),
        ('Here it is: {"name": "Ana"}', "reply does not parse as JSON"),
        ('{"name": "Ana", "age": 3', "reply does not parse as JSON"),
        ("{'name': 'Ana'}", "reply does not parse as JSON"),
        ('{"name": "Ana",}', "reply does not parse as JSON"),
        ('{"age": NaN}', "reply does not parse as JSON"),
        ('{"age": Infinity}', "reply does not parse as JSON"),
        ('{"a": 1}\n{"b": 2}', "reply does not parse as JSON"),
        ('[{"name": "Ana"}]', "reply is JSON but not an object"),
        ('"just a string"', "reply is JSON but not an object"),
        ("", "reply no content"),
        ("   \n", "reply no content"),
    ],
)
def test_json_object_fail_with_reason(text, reason):
    result = json_validity(json_reply(text))
    assert result.label == "fail"
    assert result.explanation == reason


def test_json_schema_pass_and_each_kind_of_violation():
    assert json_validity(schema_reply('{"name": "Ana", "age": 34}')).label == "pass"
    cases = {
        '{"name": "Ana"}': "reply violates the schema at required",
        '{"name": "Ana", "age": "34"}': "reply violates the schema at properties.age.type",
        '{"name": "Ana", "age": -1}': "reply violates the schema at properties.age.minimum",
        '{"name": "Ana", "age": 3, "secret": "x"}': "reply violates the schema at additionalProperties",
    }
    for text, explanation in cases.items():
        result = json_validity(schema_reply(text))
        assert (result.label, result.explanation) == ("fail", explanation)


def test_explanations_never_contain_the_content():
    secret = "Zyxwvut-Secret-4711"
    for text in (
        f'{{"name": "{secret}", "age": "{secret}"}}',
        f"```{secret}```",
        f"{secret} is not json",
        f'{{"name": "{secret}", "age": 1, "{secret}": 1}}',
    ):
        result = json_validity(schema_reply(text))
        assert result.label == "fail"
        assert secret not in result.explanation and "4711" not in result.explanation
    call = ToolCall("get_weather", json.dumps({"location": 5, secret: secret}))
    result = tool_call_validity(Exchange(tools=[WEATHER], tool_calls=[call]))
    assert result.label == "fail" and secret not in result.explanation
    undeclared = tool_call_validity(Exchange(tools=[WEATHER], tool_calls=[ToolCall(secret, "{}")]))
    assert undeclared.explanation == "call 1 names an undeclared tool"


def test_json_validity_does_not_apply():
    assert json_validity(Exchange(output_text='{"a": 1}')) is None  # JSON not requested
    assert json_validity(json_reply('{"a": 1}', {"type": "text"})) is None
    assert json_validity(json_reply("", refusal="I can't help with that.")) is None
    assert json_validity(json_reply("", tool_calls=[ToolCall("get_weather", "{}")])) is None
    assert json_validity(json_reply('{"a": 1}', error_type="APIConnectionError")) is None


def test_unusable_schema_checks_parsing_only():
    broken = {"type": "no-such-type"}
    assert json_validity(schema_reply('{"a": 1}', broken)).label == "pass"
    assert json_validity(schema_reply("not json", broken)).label == "fail"
    unresolvable = {"$ref": "#/definitions/missing"}
    assert json_validity(schema_reply('{"a": 1}', unresolvable)).label == "pass"
    assert json_validity(json_reply('{"a": 1}', {"type": "json_schema", "schema": None})).label == "pass"


def test_validator_cache_is_bounded_and_reuses_compiled_validators():
    cache = ValidatorCache(size=4)
    schemas = [{"type": "object", "properties": {f"p{i}": {"type": "integer"}}} for i in range(10)]
    validators = [cache.get(s) for s in schemas]
    assert len(cache) == 4
    assert cache.get(schemas[-1]) is validators[-1]  # same object: identity hit
    equal_copy = json.loads(json.dumps(schemas[-1]))
    assert cache.get(equal_copy) is validators[-1]  # equal schema: text hit
    assert validators[-1].is_valid({"p9": 3}) and not validators[-1].is_valid({"p9": "x"})


def test_module_cache_compiles_each_schema_once():
    schema = {"type": "object", "properties": {"zzz_once": {"type": "string"}}, "required": ["zzz_once"]}
    before = len(fmt.VALIDATORS)
    for _ in range(5):
        assert json_validity(schema_reply('{"zzz_once": "x"}', dict(schema))).label == "pass"
    assert len(fmt.VALIDATORS) == before + 1


def tools_exchange(*calls: ToolCall, tools=(WEATHER,)) -> Exchange:
    return Exchange(messages=[Message("user", "Weather in Paris?")], tools=list(tools), tool_calls=list(calls))


def test_tool_call_validity_pass():
    assert (
        tool_call_validity(tools_exchange(ToolCall("get_weather", '{"location": "Paris", "unit": "c"}'))).label
        == "pass"
    )
    two = tools_exchange(
        ToolCall("get_weather", '{"location": "Paris"}'),
        ToolCall("get_time", "{}"),
        tools=(WEATHER, {"name": "get_time", "description": "", "parameters": None}),
    )
    assert tool_call_validity(two).label == "pass"


@pytest.mark.parametrize(
    "call,explanation",
    [
        (ToolCall("get_forecast", '{"location": "Paris"}'), "call 1 names an undeclared tool"),
        (ToolCall("get_weather", '{"location": "Par'), "call 1 (get_weather): arguments are not a JSON object"),
        (ToolCall("get_weather", '["Paris"]'), "call 1 (get_weather): arguments are not a JSON object"),
        (ToolCall("get_weather", ""), "call 1 (get_weather): arguments are not a JSON object"),
        (ToolCall("get_weather", '{"unit": "c"}'), "call 1 (get_weather): arguments violate the schema at required"),
        (
            ToolCall("get_weather", '{"location": "Paris", "unit": "k"}'),
            "call 1 (get_weather): arguments violate the schema at properties.unit.enum",
        ),
    ],
)
def test_tool_call_validity_fail(call, explanation):
    result = tool_call_validity(tools_exchange(call))
    assert result.label == "fail"
    assert result.explanation == explanation


def test_tool_call_validity_second_call_bad_and_nothing_declared():
    result = tool_call_validity(
        tools_exchange(ToolCall("get_weather", '{"location": "Paris"}'), ToolCall("get_weather", "{}"))
    )
    assert result.label == "fail" and result.explanation.startswith("call 2 (get_weather)")
    assert tool_call_validity(tools_exchange(ToolCall("get_weather", "{}"), tools=())).label == "fail"


def test_tool_call_validity_does_not_apply_without_calls():
    assert tool_call_validity(Exchange(tools=[WEATHER], output_text="It is sunny.")) is None
    assert tool_call_validity(Exchange(tools=[WEATHER], tool_calls=[ToolCall("x", "{}")], error_type="Timeout")) is None


# --- through the real openai SDK --------------------------------------------------------------

PERSON_FORMAT = {
    "type": "json_schema",
    "json_schema": {"name": "person", "strict": True, "schema": PERSON_SCHEMA},
}


def _client(srv):
    return openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)


def test_openai_json_schema_labels_on_span(instrumented, server):
    tel = instrumented()
    srv, replies = server
    replies.push(completion('{"name": "Ana", "age": 34}', id="chatcmpl-ok"))
    replies.push(completion('```json\n{"name": "Ana", "age": 34}\n```', id="chatcmpl-fenced"))
    replies.push(completion('{"name": "Ana"}', id="chatcmpl-missing"))
    client = _client(srv)
    for _ in range(3):
        client.chat.completions.create(
            model="gpt-4o-mini",
            response_format=PERSON_FORMAT,
            messages=[{"role": "user", "content": "Ana is 34. Give me the person as JSON."}],
        )
    spans = tel.finished_spans()
    assert [s.attributes["micrometrics.json_validity.label"] for s in spans] == ["pass", "fail", "fail"]
    assert srv.requests[0]["response_format"] == PERSON_FORMAT
    explanations = {
        e.attributes["gen_ai.response.id"]: e.attributes.get("gen_ai.evaluation.explanation")
        for e in tel.events()
        if e.attributes["gen_ai.evaluation.name"] == "json_validity"
    }
    assert explanations == {  # the default OTEL_MICROMETRICS_EVENTS=fail: no event for the pass
        "chatcmpl-fenced": "reply wrapped in a code fence",
        "chatcmpl-missing": "reply violates the schema at required",
    }
    assert tel.evaluations()[("json_validity", "fail")] == 2
    assert tel.evaluations()[("json_validity", "pass")] == 1
    assert ("tool_call_validity", "pass") not in tel.evaluations()


def test_openai_tool_calls_labels_on_span(instrumented, server):
    tel = instrumented()
    srv, replies = server

    def calls(name, arguments):
        return [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}]

    replies.push(completion(None, finish_reason="tool_calls", tool_calls=calls("get_weather", '{"location": "Paris"}')))
    replies.push(completion(None, finish_reason="tool_calls", tool_calls=calls("get_weather", '{"unit": "c"}')))
    replies.push(completion(None, finish_reason="tool_calls", tool_calls=calls("send_email", '{"to": "x"}')))
    client = _client(srv)
    replies_seen = []
    for _ in range(3):
        reply = client.chat.completions.create(
            model="gpt-4o-mini",
            tools=[{"type": "function", "function": WEATHER}],
            messages=[{"role": "user", "content": "What's the weather in Paris?"}],
        )
        replies_seen.append(reply.choices[0].message.tool_calls[0].function.name)
    assert replies_seen == ["get_weather", "get_weather", "send_email"]
    spans = tel.finished_spans()
    assert [s.attributes["micrometrics.tool_call_validity.label"] for s in spans] == ["pass", "fail", "fail"]
    assert all(s.attributes["micrometrics.empty_response.label"] == "pass" for s in spans)
    assert all("micrometrics.json_validity.label" not in s.attributes for s in spans)
    events = [e for e in tel.events() if e.attributes["gen_ai.evaluation.name"] == "tool_call_validity"]
    assert [e.attributes.get("gen_ai.evaluation.explanation") for e in events] == [  # failures only
        "call 1 (get_weather): arguments violate the schema at required",
        "call 1 names an undeclared tool",
    ]


def test_a_remote_ref_is_not_fetched_and_the_explanation_says_so():
    schema = {"type": "object", "properties": {"a": {"$ref": "http://127.0.0.1:9/a.json"}}}
    result = json_validity(schema_reply('{"a": 1}', schema))
    assert result.label == "pass" and "$ref outside itself" in result.explanation
    assert json_validity(schema_reply("{not json", schema)).label == "fail"


def test_schema_patterns_are_still_judged():
    schema = {
        "type": "object",
        "properties": {"id": {"type": "string", "pattern": "^[a-z]{3}-[0-9]+$"}},
        "patternProperties": {"^x-": {"type": "integer"}},
        "additionalProperties": False,
    }
    assert json_validity(schema_reply('{"id": "abc-12", "x-n": 3}', schema)).label == "pass"
    for bad in ('{"id": "ABC-12"}', '{"id": "abc-12", "x-n": "3"}', '{"id": "abc-12", "other": 1}'):
        assert json_validity(schema_reply(bad, schema)).label == "fail", bad
