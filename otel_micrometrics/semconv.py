"""Every telemetry name this package writes: attributes, events and metrics.

GenAI names follow the OpenTelemetry semantic conventions v1.41.1; names under
``micrometrics`` are this project's public interface (see docs/telemetry.md).
No other module spells a telemetry name as a string literal.
"""

from __future__ import annotations

from typing import Final

SCHEMA_URL: Final = "https://opentelemetry.io/schemas/1.41.0"  # patch releases publish no schema file
INSTRUMENTATION_SCOPE: Final = "otel_micrometrics"

# --- GenAI span attributes -------------------------------------------------------------------
GEN_AI_OPERATION_NAME: Final = "gen_ai.operation.name"
GEN_AI_PROVIDER_NAME: Final = "gen_ai.provider.name"
GEN_AI_REQUEST_MODEL: Final = "gen_ai.request.model"
GEN_AI_REQUEST_MAX_TOKENS: Final = "gen_ai.request.max_tokens"
GEN_AI_REQUEST_TEMPERATURE: Final = "gen_ai.request.temperature"
GEN_AI_REQUEST_TOP_P: Final = "gen_ai.request.top_p"
GEN_AI_REQUEST_TOP_K: Final = "gen_ai.request.top_k"
GEN_AI_REQUEST_FREQUENCY_PENALTY: Final = "gen_ai.request.frequency_penalty"
GEN_AI_REQUEST_PRESENCE_PENALTY: Final = "gen_ai.request.presence_penalty"
GEN_AI_REQUEST_STOP_SEQUENCES: Final = "gen_ai.request.stop_sequences"
GEN_AI_REQUEST_SEED: Final = "gen_ai.request.seed"
GEN_AI_REQUEST_CHOICE_COUNT: Final = "gen_ai.request.choice.count"
GEN_AI_OUTPUT_TYPE: Final = "gen_ai.output.type"
GEN_AI_RESPONSE_ID: Final = "gen_ai.response.id"
GEN_AI_RESPONSE_MODEL: Final = "gen_ai.response.model"
GEN_AI_RESPONSE_FINISH_REASONS: Final = "gen_ai.response.finish_reasons"
GEN_AI_USAGE_INPUT_TOKENS: Final = "gen_ai.usage.input_tokens"
GEN_AI_USAGE_OUTPUT_TOKENS: Final = "gen_ai.usage.output_tokens"
GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS: Final = "gen_ai.usage.cache_read.input_tokens"
GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS: Final = "gen_ai.usage.cache_creation.input_tokens"
GEN_AI_REQUEST_STREAM: Final = "gen_ai.request.stream"
GEN_AI_REQUEST_ENCODING_FORMATS: Final = "gen_ai.request.encoding_formats"
GEN_AI_EMBEDDINGS_DIMENSION_COUNT: Final = "gen_ai.embeddings.dimension.count"
GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK: Final = "gen_ai.response.time_to_first_chunk"
GEN_AI_USAGE_REASONING_OUTPUT_TOKENS: Final = "gen_ai.usage.reasoning.output_tokens"
GEN_AI_TOOL_DEFINITIONS: Final = "gen_ai.tool.definitions"
GEN_AI_CONVERSATION_ID: Final = "gen_ai.conversation.id"
# OpenAI-specific span attributes (semantic conventions, model/openai/registry.yaml).
OPENAI_REQUEST_SERVICE_TIER: Final = "openai.request.service_tier"
OPENAI_RESPONSE_SERVICE_TIER: Final = "openai.response.service_tier"
OPENAI_RESPONSE_SYSTEM_FINGERPRINT: Final = "openai.response.system_fingerprint"
OPENAI_API_TYPE: Final = "openai.api.type"
OPENAI_API_CHAT_COMPLETIONS: Final = "chat_completions"
OPENAI_API_RESPONSES: Final = "responses"
# gen_ai.output.type values
OUTPUT_TYPE_TEXT: Final = "text"
OUTPUT_TYPE_JSON: Final = "json"
# The prompt version a ``segment(prompt_version=...)`` block sets: this project's name, since
# the GenAI conventions define none. ``gen_ai.prompt.version`` is the name it had before; that
# baggage key is still read for one release (see docs/telemetry.md).
MICROMETRICS_PROMPT_VERSION: Final = "micrometrics.prompt.version"
LEGACY_PROMPT_VERSION: Final = "gen_ai.prompt.version"
GEN_AI_INPUT_MESSAGES: Final = "gen_ai.input.messages"
GEN_AI_OUTPUT_MESSAGES: Final = "gen_ai.output.messages"
GEN_AI_SYSTEM_INSTRUCTIONS: Final = "gen_ai.system_instructions"
GEN_AI_TOKEN_TYPE: Final = "gen_ai.token.type"
SERVER_ADDRESS: Final = "server.address"
SERVER_PORT: Final = "server.port"
ERROR_TYPE: Final = "error.type"
HTTP_RESPONSE_STATUS_CODE: Final = "http.response.status_code"
EXCEPTION_TYPE: Final = "exception.type"
EVENT_EXCEPTION: Final = "exception"

TOKEN_TYPE_INPUT: Final = "input"
TOKEN_TYPE_OUTPUT: Final = "output"

OPERATION_CHAT: Final = "chat"
OPERATION_EMBEDDINGS: Final = "embeddings"
# Gemini's generateContent (multimodal content generation), by its own well-known name.
OPERATION_GENERATE_CONTENT: Final = "generate_content"
OPERATION_TEXT_COMPLETION: Final = "text_completion"

# Well-known gen_ai.provider.name values (GenAI conventions), for OpenAI-compatible endpoints.
PROVIDER_OPENAI: Final = "openai"
PROVIDER_AZURE_OPENAI: Final = "azure.ai.openai"
PROVIDER_AZURE_INFERENCE: Final = "azure.ai.inference"
PROVIDER_GROQ: Final = "groq"
PROVIDER_DEEPSEEK: Final = "deepseek"
PROVIDER_XAI: Final = "x_ai"
PROVIDER_MISTRAL: Final = "mistral_ai"
PROVIDER_PERPLEXITY: Final = "perplexity"
PROVIDER_GEMINI: Final = "gcp.gemini"
PROVIDER_GCP_GEN_AI: Final = "gcp.gen_ai"
PROVIDER_VERTEX_AI: Final = "gcp.vertex_ai"
PROVIDER_BEDROCK: Final = "aws.bedrock"
PROVIDER_COHERE: Final = "cohere"
PROVIDER_WATSONX: Final = "ibm.watsonx.ai"
PROVIDER_ANTHROPIC_COMPAT: Final = "anthropic"
PROVIDER_OLLAMA: Final = "ollama"  # not (yet) a well-known value; what the library is called
# A LangChain chat model whose provider is not known (fake models, custom models).
PROVIDER_LANGCHAIN: Final = "langchain"

# --- GenAI metrics ---------------------------------------------------------------------------
METRIC_OPERATION_DURATION: Final = "gen_ai.client.operation.duration"
METRIC_TOKEN_USAGE: Final = "gen_ai.client.token.usage"
METRIC_TIME_TO_FIRST_CHUNK: Final = "gen_ai.client.operation.time_to_first_chunk"
METRIC_TIME_PER_OUTPUT_CHUNK: Final = "gen_ai.client.operation.time_per_output_chunk"

# --- GenAI events ----------------------------------------------------------------------------
EVENT_OPERATION_EXCEPTION: Final = "gen_ai.client.operation.exception"
EXCEPTION_MESSAGE: Final = "exception.message"
EXCEPTION_STACKTRACE: Final = "exception.stacktrace"

# Advisory bucket boundaries from the GenAI metrics conventions.
DURATION_BUCKETS: Final = (
    0.01,
    0.02,
    0.04,
    0.08,
    0.16,
    0.32,
    0.64,
    1.28,
    2.56,
    5.12,
    10.24,
    20.48,
    40.96,
    81.92,
)
TOKEN_BUCKETS: Final = (
    1,
    4,
    16,
    64,
    256,
    1024,
    4096,
    16384,
    65536,
    262144,
    1048576,
    4194304,
    16777216,
    67108864,
)

# --- Evaluation events -----------------------------------------------------------------------
EVENT_EVALUATION_RESULT: Final = "gen_ai.evaluation.result"
GEN_AI_EVALUATION_NAME: Final = "gen_ai.evaluation.name"
GEN_AI_EVALUATION_SCORE_LABEL: Final = "gen_ai.evaluation.score.label"
GEN_AI_EVALUATION_SCORE_VALUE: Final = "gen_ai.evaluation.score.value"
GEN_AI_EVALUATION_EXPLANATION: Final = "gen_ai.evaluation.explanation"

# --- Micro metrics ---------------------------------------------------------------------------
NAMESPACE: Final = "micrometrics"
METRIC_EVALUATIONS: Final = "micrometrics.evaluations"
METRIC_CHECK_ERRORS: Final = "micrometrics.check.errors"
METRIC_GUARD_RETRIES: Final = "micrometrics.guard.retries"
METRIC_EVALUATIONS_DROPPED: Final = "micrometrics.evaluations.dropped"
# Evaluations counted under otel.metric.overflow (no check name, no label): past the set limit.
METRIC_EVALUATIONS_OVERFLOW: Final = "micrometrics.evaluations.overflow"
METRIC_CONVERSATION_OUTCOMES: Final = "micrometrics.conversation.outcomes"

# Attribute the SDK also uses for measurements beyond a metric's cardinality limit.
OTEL_METRIC_OVERFLOW: Final = "otel.metric.overflow"

# The metric value a segment attribute reads once its key has reached its distinct-value limit.
SEGMENT_OTHER_VALUE: Final = "_OTHER"

MICROMETRICS_TURN: Final = "micrometrics.turn"
# Bounded buckets of the turn index (user messages so far) for metric attributes.
TURN_BUCKETS: Final = ((1, "1"), (3, "2-3"), (7, "4-7"))
TURN_BUCKET_LAST: Final = "8+"
MICROMETRICS_TURN_INDEX: Final = "micrometrics.turn.index"
# Guards: the parent span around the attempts of one guarded call, and the retry counter.
GUARD_SPAN_PREFIX: Final = "guard"
MICROMETRICS_GUARD_ATTEMPT: Final = "micrometrics.guard.attempt"
MICROMETRICS_GUARD_ATTEMPTS: Final = "micrometrics.guard.attempts"
MICROMETRICS_GUARD_OUTCOME: Final = "micrometrics.guard.outcome"
GUARD_OUTCOME: Final = "outcome"
GUARD_RECOVERED: Final = "recovered"
GUARD_STILL_FAILING: Final = "still_failing"
GUARD_ERROR: Final = "error"
GUARD_PASSED: Final = "passed"
GUARD_UNCORRECTABLE: Final = "uncorrectable"
MICROMETRICS_STREAM_ABANDONED: Final = "micrometrics.stream.abandoned"
MICROMETRICS_CONVERSATION_OUTCOME: Final = "micrometrics.conversation.outcome"

# Evaluation name of feedback given by the application's user (record_feedback).
EVALUATION_USER_FEEDBACK: Final = "user_feedback"


def check_label_attribute(check: str) -> str:
    """Span attribute holding a check's label: ``micrometrics.<check>.label``."""
    return f"{NAMESPACE}.{check}.label"


def check_score_attribute(check: str) -> str:
    """Span attribute holding a check's score: ``micrometrics.<check>.score``."""
    return f"{NAMESPACE}.{check}.score"
