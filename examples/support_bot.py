"""A tiny app that calls the openai SDK; run it under `opentelemetry-instrument`.

    OPENAI_BASE_URL=http://127.0.0.1:8000/v1 opentelemetry-instrument python examples/support_bot.py

It only uses the openai SDK: the instrumentation comes from the `micrometrics_openai`
entry point, with no code change.
"""

import os

import openai

client = openai.OpenAI(base_url=os.environ.get("OPENAI_BASE_URL"), api_key=os.environ.get("OPENAI_API_KEY", "unused"))
reply = client.chat.completions.create(
    model=os.environ.get("SUPPORT_BOT_MODEL", "gpt-4o-mini"),
    messages=[
        {"role": "system", "content": "You are a helpful support assistant."},
        {"role": "user", "content": "Hallo, meine Bestellung ist noch nicht angekommen. Können Sie helfen?"},
    ],
)
print(reply.choices[0].message.content)
