"""Format checks: is the JSON the request asked for valid, are the tool calls well-formed.

Explanations name what is wrong and where in the schema, never a value from the reply.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from typing import Any

from ..exchange import Exchange
from ..registry import Result, check

OWNER = "otel-micrometrics"
PASS = Result(label="pass")

# Compiled validators kept per schema; bounded so that per-request schemas cannot grow memory.
SCHEMA_CACHE_SIZE = 256
_JSON_FORMATS = frozenset({"json_object", "json_schema"})
_FENCE_STARTS = ("```", "~~~")


def _reject_constant(name: str) -> Any:
    # Python's json accepts NaN and Infinity; JSON does not.
    raise ValueError(f"{name} is not JSON")


def parse_json(text: str) -> Any:
    """Strict JSON parse (no NaN/Infinity); raises ``ValueError`` when the text is not JSON."""
    return json.loads(text, parse_constant=_reject_constant)


class _SchemaProblem:
    """Cached marker: the declared schema itself is unusable, so only parsing is checked."""


_UNUSABLE = _SchemaProblem()


class ValidatorCache:
    """Compiled ``jsonschema`` validators per schema, least recently used evicted.

    Looked up first by the schema object's identity (an application that passes the same
    dict each call pays nothing), then by its canonical JSON text.
    """

    def __init__(self, size: int = SCHEMA_CACHE_SIZE) -> None:
        self.size = size
        self._by_id: OrderedDict[int, tuple[Any, Any]] = OrderedDict()
        self._by_text: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, schema: Mapping[str, Any]) -> Any:
        """A validator for ``schema``, or ``_UNUSABLE`` when the schema is not valid."""
        key = id(schema)
        hit = self._by_id.get(key)
        if hit is not None and hit[0] is schema:
            return hit[1]
        try:
            text = json.dumps(schema, sort_keys=True, default=str)
        except (TypeError, ValueError):
            return _UNUSABLE
        with self._lock:
            validator = self._by_text.get(text)
            if validator is None:
                validator = _compile(schema)
                self._by_text[text] = validator
                if len(self._by_text) > self.size:
                    self._by_text.popitem(last=False)
            else:
                self._by_text.move_to_end(text)
            # keep a reference to the schema so its id cannot be reused while cached
            self._by_id[key] = (schema, validator)
            if len(self._by_id) > self.size:
                self._by_id.popitem(last=False)
        return validator

    def __len__(self) -> int:
        return len(self._by_text)


def _compile(schema: Mapping[str, Any]) -> Any:
    try:
        from jsonschema.validators import validator_for
        from referencing import Registry

        cls = validator_for(schema)
        cls.check_schema(schema)
        # Only references inside the schema itself resolve: the check never opens a connection
        # (jsonschema would otherwise fetch a remote ``$ref`` over HTTP, on the caller's thread).
        refuse_remote: Any = Registry(retrieve=_refuse_retrieval)  # type: ignore[call-arg]
        return _linear_patterns(cls)(schema, registry=refuse_remote)
    except Exception:  # an invalid declared schema is the caller's problem, not a reply failure
        return _UNUSABLE


class RemoteReference(Exception):
    """A ``$ref`` that points outside the schema: never fetched, so the schema is not checked."""


def _refuse_retrieval(uri: str) -> Any:
    raise RemoteReference(uri)


# --- schema patterns in linear time ------------------------------------------------------------
# A backtracking ``pattern`` in the application's schema plus a crafted reply value would take
# Python's ``re`` seconds per call; RE2 (google-re2) matches in time linear in the value. A
# pattern RE2 cannot compile (backreferences, lookaround), or RE2 not installed: that pattern
# gives no verdict, the rest of the schema still does.


@lru_cache(maxsize=SCHEMA_CACHE_SIZE)
def _linear_regex(pattern: str) -> Any:
    try:
        import re2  # type: ignore[import-untyped]

        return re2.compile(pattern)
    except Exception:
        return None


def _pattern(validator: Any, pattern: Any, instance: Any, schema: Any) -> Iterator[Any]:
    if not validator.is_type(instance, "string") or not isinstance(pattern, str):
        return
    regex = _linear_regex(pattern)
    if regex is not None and regex.search(instance) is None:
        from jsonschema.exceptions import ValidationError

        yield ValidationError("does not match the pattern")


def _matching(patterns: Any, key: str) -> Iterator[Any]:
    for pattern, subschema in patterns.items():
        regex = _linear_regex(pattern) if isinstance(pattern, str) else None
        if regex is not None and regex.search(key) is not None:
            yield pattern, subschema


def _pattern_properties(validator: Any, patterns: Any, instance: Any, schema: Any) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    for key, value in instance.items():
        for pattern, subschema in _matching(patterns, key):
            yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _additional_properties(validator: Any, additional: Any, instance: Any, schema: Any) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    named = schema.get("properties", {})
    patterns = schema.get("patternProperties", {})
    extras = [k for k in instance if k not in named and next(_matching(patterns, k), None) is None]
    if validator.is_type(additional, "object"):
        for key in extras:
            yield from validator.descend(instance[key], additional, path=key)
    elif not additional and extras:
        from jsonschema.exceptions import ValidationError

        yield ValidationError("additional properties are not allowed")


@cache
def _linear_patterns(cls: Any) -> Any:
    """``cls`` with its regex keywords matched by RE2 (one extended class per draft)."""
    from jsonschema.validators import extend

    keywords = {"pattern": _pattern, "patternProperties": _pattern_properties}
    if "additionalProperties" in cls.VALIDATORS:
        keywords["additionalProperties"] = _additional_properties
    return extend(cls, keywords)


VALIDATORS = ValidatorCache()
# What ``schema_violation`` returns when the schema refers outside itself (never fetched).
REMOTE_REFERENCE = "\x00remote $ref"


def _remote_reference(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(8):  # the cause chain of jsonschema's wrapped referencing error
        if seen is None:
            return False
        if isinstance(seen, RemoteReference):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def schema_violation(instance: Any, schema: Any) -> str | None:
    """``None`` when ``instance`` satisfies ``schema``, else where it fails: the schema path
    of the failing keyword, never the value. An unusable schema is not held against the reply."""
    if not isinstance(schema, Mapping) or not schema:
        return None
    validator = VALIDATORS.get(schema)
    if validator is _UNUSABLE:
        return None
    try:
        if validator.is_valid(instance):
            return None
        from jsonschema.exceptions import best_match

        error = best_match(validator.iter_errors(instance))
    except Exception as exc:  # e.g. an unresolvable $ref: no verdict on the reply
        return REMOTE_REFERENCE if _remote_reference(exc) else None
    if error is None:
        return None
    return ".".join(str(p) for p in error.relative_schema_path) or str(error.validator)


def _json_problem(text: str, fmt: Mapping[str, Any]) -> str | None:
    stripped = text.strip()
    if not stripped:
        return "no content"
    if stripped.startswith(_FENCE_STARTS):
        return "wrapped in a code fence"
    try:
        document = parse_json(stripped)
    except (ValueError, RecursionError):
        return "does not parse as JSON"
    if fmt.get("type") == "json_object":
        if not isinstance(document, dict):
            return "is JSON but not an object"
        return None
    violation = schema_violation(document, fmt.get("schema"))
    if violation == REMOTE_REFERENCE:
        return REMOTE_REFERENCE
    return None if violation is None else f"violates the schema at {violation}"


@check(
    "json_validity",
    whole_reply=True,  # linear in the text
    level="walk",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("pass", "fail"),
    description="fail when JSON output was requested and the reply is not valid JSON (or not the schema).",
)
def json_validity(exchange: Exchange) -> Result | None:
    """``fail`` when the request asked for JSON and the reply does not parse (or, for a JSON
    schema, does not validate); a reply wrapped in code fences is ``fail``."""
    fmt = exchange.output_format
    if not fmt or fmt.get("type") not in _JSON_FORMATS or exchange.error_type is not None:
        return None
    text = exchange.output_text
    if not text.strip() and (exchange.tool_calls or exchange.refusal):
        return None  # the model called a tool or refused: there is no JSON reply to judge
    problem = _json_problem(text, fmt)
    if problem is None:
        return PASS
    if problem == REMOTE_REFERENCE:
        return Result(label="pass", explanation=_UNCHECKED_SCHEMA)
    return Result(label="fail", explanation=f"reply {problem}")


_UNCHECKED_SCHEMA = "reply parses as JSON; the schema was not checked: it has a $ref outside itself, never fetched"


def _declared(exchange: Exchange) -> dict[str, Any]:
    return {t["name"]: t.get("parameters") for t in exchange.tools if isinstance(t.get("name"), str)}


@check(
    "tool_call_validity",
    whole_reply=True,  # linear in the text
    level="walk",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("pass", "fail"),
    description="fail when a tool call names an undeclared tool or its arguments break the schema.",
)
def tool_call_validity(exchange: Exchange) -> Result | None:
    """``fail`` unless every tool call names a declared tool and its arguments parse as a
    JSON object that satisfies that tool's parameters schema."""
    calls = exchange.tool_calls
    if not calls or exchange.error_type is not None:
        return None
    declared = _declared(exchange)
    problems: list[str] = []
    for number, call in enumerate(calls, start=1):
        if call.name not in declared:
            problems.append(f"call {number} names an undeclared tool")
            continue
        try:
            arguments = parse_json(call.arguments) if call.arguments.strip() else None
        except (ValueError, RecursionError):
            arguments = None
        if not isinstance(arguments, dict):
            problems.append(f"call {number} ({call.name}): arguments are not a JSON object")
            continue
        violation = schema_violation(arguments, declared[call.name])
        if violation is not None and violation != REMOTE_REFERENCE:
            problems.append(f"call {number} ({call.name}): arguments violate the schema at {violation}")
    if not problems:
        return PASS
    return Result(label="fail", explanation="; ".join(problems[:3]))
