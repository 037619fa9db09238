"""The smallest real app: one chat call through the openai SDK with micro metrics on.

    pip install "otel-micrometrics[openai]"
    export OTEL_SERVICE_NAME=quickstart
    export OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4318 OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf
    export OPENAI_API_KEY=sk-...             # or any OpenAI-compatible server:
    # export OPENAI_BASE_URL=http://127.0.0.1:18000/v1 QUICKSTART_MODEL=smollm2
    python examples/quickstart.py

instrument() sets up the OpenTelemetry SDK from the standard OTEL_* variables (the app has
none of its own), so the call's span, its gen_ai.evaluation.result events and the
micrometrics.evaluations counter go to the OTLP endpoint; they are flushed when Python exits.
"""

import os

import otel_micrometrics

otel_micrometrics.instrument()

from openai import OpenAI  # noqa: E402

client = OpenAI()
reply = client.chat.completions.create(
    model=os.environ.get("QUICKSTART_MODEL", "gpt-4o-mini"),
    messages=[{"role": "user", "content": "Hallo! Wie spät ist es in Berlin, wenn es in New York 9 Uhr ist?"}],
    max_tokens=int(os.environ.get("QUICKSTART_MAX_TOKENS", "200")),
)
print(reply.choices[0].message.content)
