"""LangChain chat models (``langchain-core``): every chat model run read into an ``Exchange``.

Wrap point: none. A callback handler is added to every LangChain run through
``langchain_core.tracers.context.register_configure_hook``, the public hook LangChain's own
tracers use: ``CallbackManager.configure`` adds the handler to each run's callback manager
(inheritable, so nested runs share the one handler). Every way of calling a chat model
(``invoke``, ``batch``, ``stream``, ``astream``, ``astream_events``, agents, chains) reports
``on_chat_model_start`` and then exactly one of ``on_llm_end``/``on_llm_error`` through it, so no
LangChain method is patched. The handler is synchronous and ``run_inline``: LangChain calls it
directly on the caller's thread or event loop (no executor hop per token).

One span per call, and the client's wins: a LangChain model that talks to its provider through
a client this package also instruments (``ChatOpenAI`` through the openai SDK,
``ChatBedrockConverse`` through boto3, ...) produces the client's span only. That span has what
only the wire knows (response id and model, server address, the real finish reason and usage,
time to first chunk, the guard) and is where other instrumentations put theirs. To know, the
handler records each run as it starts and makes its span only when the run ends: a client call
of ours started in between (``lifecycle.FRAMEWORK_RUNS``) claims the run, and the handler then
emits nothing. An unclaimed run gets its span afterwards, back-dated to the run's start, with the
context of the run's start as parent. Models whose client is not instrumented (fake models,
uninstrumented providers) get the LangChain span.

Streams: ``stream()``/``astream()`` report each chunk (time to first chunk) and end with
``on_llm_end`` (exhausted) or ``on_llm_error``; ``GeneratorExit`` (``break``, ``close()``, a
collected generator) and cancellation are recorded as abandoned, evaluated only when the partial
reply carries a finish reason, as for client streams.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Collection, Mapping
from contextvars import ContextVar
from typing import Any
from uuid import UUID

from opentelemetry import context as context_api

from .. import semconv as sc
from ..exchange import Exchange, Message, ToolCall, Usage, content_text, openai_output_format
from ..runtime import active, internal_error
from . import imports, lifecycle
from .bedrock import finish_reason as bedrock_finish_reason

_SUPPORTED = ("langchain-core >= 0.3.10, < 2",)
MAX_PENDING_RUNS = 4096  # runs started and not yet ended (a leaked stream never ends): bounded

# LangChain's ``ls_provider`` (each integration's own declaration) -> gen_ai.provider.name.
_PROVIDERS = {
    "openai": sc.PROVIDER_OPENAI,
    "azure": sc.PROVIDER_AZURE_OPENAI,
    "azure_ai": sc.PROVIDER_AZURE_INFERENCE,
    "anthropic": sc.PROVIDER_ANTHROPIC_COMPAT,
    "amazon_bedrock": sc.PROVIDER_BEDROCK,
    "bedrock": sc.PROVIDER_BEDROCK,
    "bedrock_converse": sc.PROVIDER_BEDROCK,
    "google_genai": sc.PROVIDER_GCP_GEN_AI,
    "google_vertexai": sc.PROVIDER_VERTEX_AI,
    "mistral": sc.PROVIDER_MISTRAL,
    "mistralai": sc.PROVIDER_MISTRAL,
    "groq": sc.PROVIDER_GROQ,
    "deepseek": sc.PROVIDER_DEEPSEEK,
    "xai": sc.PROVIDER_XAI,
    "perplexity": sc.PROVIDER_PERPLEXITY,
    "cohere": sc.PROVIDER_COHERE,
    "ibm": sc.PROVIDER_WATSONX,
    "watsonx": sc.PROVIDER_WATSONX,
    "ollama": sc.PROVIDER_OLLAMA,
}
_ROLES = {"human": "user", "ai": "assistant", "tool": "tool", "function": "tool", "generic": "user"}
_NUMERIC_PARAMS = (
    ("temperature", "temperature"),
    ("top_p", "top_p"),
    ("top_k", "top_k"),
    ("frequency_penalty", "frequency_penalty"),
    ("presence_penalty", "presence_penalty"),
    ("seed", "seed"),
    ("max_tokens", "max_tokens"),
    ("max_completion_tokens", "max_tokens"),
    ("max_output_tokens", "max_tokens"),
)
# Finish-reason keys of the integrations: openai/google/mistral, anthropic, ollama, bedrock.
_FINISH_KEYS = ("finish_reason", "stop_reason", "done_reason")


def provider_of(metadata: Mapping[str, Any]) -> str:
    ls_provider = metadata.get("ls_provider")
    if isinstance(ls_provider, str):
        return _PROVIDERS.get(ls_provider.lower(), sc.PROVIDER_LANGCHAIN)
    return sc.PROVIDER_LANGCHAIN


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def read_tools(tools: Any) -> list[dict[str, Any]]:
    """Bound tools in the integration's own format (OpenAI function, Anthropic ``input_schema``,
    Bedrock ``toolSpec``) -> ``{"name", "description", "parameters"}``."""
    out: list[dict[str, Any]] = []
    for tool in tools if isinstance(tools, (list, tuple)) else ():
        if not isinstance(tool, Mapping):
            continue
        spec = tool.get("function") or tool.get("toolSpec") or tool
        if not isinstance(spec, Mapping) or not isinstance(spec.get("name"), str):
            continue
        params = spec.get("parameters") or spec.get("input_schema") or spec.get("inputSchema")
        if isinstance(params, Mapping) and isinstance(params.get("json"), Mapping):
            params = params["json"]
        out.append(
            {
                "name": spec["name"],
                "description": spec.get("description") or "",
                "parameters": params if isinstance(params, Mapping) else None,
            }
        )
    return out


def read_request(messages: Any, metadata: Mapping[str, Any], params: Mapping[str, Any]) -> Exchange:
    """``on_chat_model_start`` arguments -> the exchange of the run."""
    model = metadata.get("ls_model_name")
    if not isinstance(model, str):
        model = next((params[k] for k in ("model", "model_name", "model_id") if isinstance(params.get(k), str)), None)
    exchange = Exchange(provider=provider_of(metadata), operation=sc.OPERATION_CHAT, request_model=model)
    for message in messages or ():
        kind = getattr(message, "type", None)
        text = content_text(getattr(message, "content", None))
        if kind in ("system", "developer"):
            exchange.system_instructions.append(text)
            continue
        role = getattr(message, "role", None) if kind == "chat" else _ROLES.get(str(kind), str(kind))
        tool_call_id = getattr(message, "tool_call_id", None)
        exchange.messages.append(
            Message(
                role=str(role or "user"),
                content=text,
                name=getattr(message, "name", None) or None,
                tool_call_id=tool_call_id if isinstance(tool_call_id, str) else None,
            )
        )
    request = exchange.request_params
    for key, name in _NUMERIC_PARAMS:
        value = params.get(key)
        if _number(value) and name not in request:
            request[name] = value
    for key, name in (("ls_temperature", "temperature"), ("ls_max_tokens", "max_tokens")):
        if name not in request and _number(metadata.get(key)):
            request[name] = metadata[key]
    stop = params.get("stop") or metadata.get("ls_stop")
    if isinstance(stop, str):
        stop = [stop]
    if isinstance(stop, (list, tuple)) and stop:
        request["stop_sequences"] = [str(s) for s in stop]
    n = params.get("n")
    if isinstance(n, int) and not isinstance(n, bool) and n > 1:
        request["choice_count"] = n
    exchange.tools = read_tools(params.get("tools"))
    exchange.output_format = openai_output_format(params.get("response_format"))
    return exchange


def _usage(message: Any, llm_output: Any) -> Usage | None:
    usage = getattr(message, "usage_metadata", None)
    if isinstance(usage, Mapping):
        inputs = usage.get("input_token_details") or {}
        outputs = usage.get("output_token_details") or {}
        return Usage(
            input_tokens=usage.get("input_tokens"),
            output_tokens=usage.get("output_tokens"),
            cache_read_tokens=inputs.get("cache_read"),
            cache_creation_tokens=inputs.get("cache_creation"),
            reasoning_tokens=outputs.get("reasoning"),
        )
    token_usage = llm_output.get("token_usage") or llm_output.get("usage") if isinstance(llm_output, Mapping) else None
    if isinstance(token_usage, Mapping):
        return Usage(
            input_tokens=token_usage.get("prompt_tokens", token_usage.get("input_tokens")),
            output_tokens=token_usage.get("completion_tokens", token_usage.get("output_tokens")),
        )
    return None


def _finish_reason(generation: Any) -> str | None:
    for source in (
        getattr(generation, "generation_info", None),
        getattr(getattr(generation, "message", None), "response_metadata", None),
    ):
        if not isinstance(source, Mapping):
            continue
        for key in _FINISH_KEYS:
            value = source.get(key)
            if isinstance(value, str) and value:
                return value
        reason = bedrock_finish_reason(source.get("stopReason"))
        if reason:
            return reason
    return None


def read_result(exchange: Exchange, result: Any) -> None:
    """An ``LLMResult`` (its first prompt's generations) -> the reply. Checks read generation 0;
    every generation gives its finish reason."""
    generations = getattr(result, "generations", None) or []
    choices = generations[0] if generations else []
    if not choices:
        return
    first = choices[0]
    message = getattr(first, "message", None)
    if message is None:
        exchange.output_text = getattr(first, "text", "") or ""
    else:
        exchange.output_text = content_text(getattr(message, "content", None))
        for call in getattr(message, "tool_calls", None) or ():
            exchange.tool_calls.append(
                ToolCall(
                    name=str(call.get("name") or ""),
                    arguments=json.dumps(call.get("args"), ensure_ascii=False, default=str),
                    id=call.get("id") if isinstance(call.get("id"), str) else None,
                )
            )
        for call in getattr(message, "invalid_tool_calls", None) or ():  # arguments that did not parse
            args = call.get("args")
            exchange.tool_calls.append(
                ToolCall(
                    name=str(call.get("name") or ""),
                    arguments=args if isinstance(args, str) else "",
                    id=call.get("id") if isinstance(call.get("id"), str) else None,
                )
            )
        metadata = getattr(message, "response_metadata", None) or {}
        model = next(
            (metadata[k] for k in ("model_name", "model", "model_id") if isinstance(metadata.get(k), str)), None
        )
        exchange.response_model = model
        message_id = metadata.get("id") or getattr(message, "id", None)
        if isinstance(message_id, str) and not message_id.startswith(("lc_", "run-")):  # not LangChain's own ids
            exchange.response_id = message_id
    llm_output = getattr(result, "llm_output", None)
    if exchange.response_model is None and isinstance(llm_output, Mapping):
        model = llm_output.get("model_name")
        exchange.response_model = model if isinstance(model, str) else None
    usage = _usage(message, llm_output)
    if usage is not None:
        exchange.usage = usage
    exchange.finish_reasons = [r for r in (_finish_reason(g) for g in choices) if r]


class _Run:
    """A chat model run between its start and its end."""

    __slots__ = ("claimed", "ended", "exchange", "first_chunk", "parent", "started")

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
        self.started = time.perf_counter()
        self.parent = context_api.get_current()
        self.first_chunk: float | None = None
        self.claimed = False  # a client call of ours made the span
        self.ended = False


def _enter(run: _Run) -> None:
    runs = lifecycle.FRAMEWORK_RUNS.get()
    lifecycle.FRAMEWORK_RUNS.set((*(r for r in runs if not r.ended), run))


def _leave(run: _Run) -> None:
    runs = lifecycle.FRAMEWORK_RUNS.get()
    if run in runs:
        lifecycle.FRAMEWORK_RUNS.set(tuple(r for r in runs if r is not run))


class _Reply:
    """The adapter of a finished run: its ``LLMResult`` read into the exchange."""

    def request(self, instance: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exchange | None:
        return None  # the request was read at the run's start

    def response(self, exchange: Exchange, response: Any) -> None:
        read_result(exchange, response)


_REPLY = _Reply()


def _handler_class() -> type:
    from langchain_core.callbacks import BaseCallbackHandler

    class MicrometricsCallbackHandler(BaseCallbackHandler):
        """Turns each chat model run into one call of the shared lifecycle (see the module doc)."""

        run_inline = True
        raise_error = False

        def __init__(self) -> None:
            self.active = True
            self._runs: OrderedDict[UUID, _Run] = OrderedDict()
            self._lock = threading.Lock()

        # Only model runs concern us.
        @property
        def ignore_chain(self) -> bool:
            return True

        @property
        def ignore_agent(self) -> bool:
            return True

        @property
        def ignore_retriever(self) -> bool:
            return True

        @property
        def ignore_retry(self) -> bool:
            return True

        @property
        def ignore_custom_event(self) -> bool:
            return True

        def on_chat_model_start(
            self, serialized: Any, messages: list[list[Any]], *, run_id: UUID, metadata: Any = None, **kwargs: Any
        ) -> None:
            try:
                if not self.active or active() is None or lifecycle.suppressed():
                    return
                params = kwargs.get("invocation_params")
                exchange = read_request(
                    messages[0] if messages else (),
                    metadata if isinstance(metadata, Mapping) else {},
                    params if isinstance(params, Mapping) else {},
                )
                run = _Run(exchange)
                with self._lock:
                    self._runs[run_id] = run
                    while len(self._runs) > MAX_PENDING_RUNS:
                        self._runs.popitem(last=False)[1].ended = True
                _enter(run)
            except Exception as exc:
                internal_error("reading a LangChain run", exc)

        def on_llm_start(self, *args: Any, **kwargs: Any) -> None:
            """Completion-style LLMs (not chat models) are not read."""

        def on_llm_new_token(self, token: Any, *, run_id: UUID, **kwargs: Any) -> None:
            run = self._runs.get(run_id)
            if run is not None and run.first_chunk is None:
                run.first_chunk = time.perf_counter()
                _leave(run)  # the client call, if any, has started; the app's loop body is not it

        def on_llm_end(self, response: Any, *, run_id: UUID, **kwargs: Any) -> None:
            run = self._pop(run_id)
            if run is not None:
                self._finish(run, response, None)

        def on_llm_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
            run = self._pop(run_id)
            if run is not None:
                self._finish(run, kwargs.get("response"), error)

        def _pop(self, run_id: UUID) -> _Run | None:
            with self._lock:
                run = self._runs.pop(run_id, None)
            if run is not None:
                run.ended = True
                _leave(run)
            return run

        def _finish(self, run: _Run, response: Any, error: BaseException | None) -> None:
            try:
                runtime = active()
                if run.claimed or runtime is None or not self.active:
                    return
                exchange = run.exchange
                call = lifecycle.Call(runtime, exchange, started=run.started, parent=run.parent)
                if run.first_chunk is not None:
                    exchange.streaming = True
                    exchange.time_to_first_chunk = run.first_chunk - run.started
                if error is None:
                    call.succeed(response, _REPLY)
                elif isinstance(error, Exception):
                    call.fail(error)
                else:  # the consumer stopped: break, close(), a collected generator, cancellation
                    try:
                        read_result(exchange, response)
                    except Exception as exc:
                        internal_error("reading a LangChain partial reply", exc)
                    call.span.set_attribute(sc.MICROMETRICS_STREAM_ABANDONED, True)
                    call.finish(run_checks=bool(exchange.finish_reasons))
            except Exception as exc:
                internal_error("ending a LangChain run", exc)

    return MicrometricsCallbackHandler


class LangChainInstrumentor(imports.LazyInstrumentor):
    """Instruments LangChain chat models (any provider) through a configure hook."""

    module = "langchain_core"
    _hook: tuple[Any, ContextVar[Any]] | None = None

    def instrumentation_dependencies(self) -> Collection[str]:
        return _SUPPORTED

    def _wrap(self) -> None:
        from langchain_core.tracers.context import register_configure_hook

        handler = _handler_class()()
        # A context variable whose default is the handler: every run, in every context, gets it.
        var: ContextVar[Any] = ContextVar("otel_micrometrics_langchain_handler", default=handler)
        register_configure_hook(var, True)
        self._hook = (handler, var)

    def _unwrap(self) -> None:
        hook = getattr(self, "_hook", None)
        if hook is None:
            return
        handler, var = hook
        handler.active = False  # inert even where a callback manager still holds it
        try:
            from langchain_core.tracers import context as tracer_context

            hooks = tracer_context._configure_hooks
            hooks[:] = [entry for entry in hooks if entry[0] is not var]
        except Exception as exc:  # a LangChain without the private list: the handler stays inert
            internal_error("removing the LangChain hook", exc)
        self._hook = None
