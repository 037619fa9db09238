"""Local HTTP servers speaking the LLM APIs' wire formats, for the real client SDKs in tests.

``base.LocalServer`` is the one threaded server on 127.0.0.1 (ephemeral port, a context manager,
every request kept); each wire format extends it: ``openai`` (chat completions and Responses JSON,
the chat-completion and Responses event builders), ``sse`` (JSON, server-sent events or
newline-delimited JSON from a script: the OpenAI, Gemini and Ollama streams), ``anthropic``
(Messages API), ``bedrock`` (Converse JSON and the AWS event-stream encoding), ``google_genai``
and ``ollama`` (their reply builders), ``otlp`` (a collector receiving the exporters' requests);
``langchain`` is an in-process scripted chat model, LangChain having no wire format of its own. Tests import ``servers.<format>``; the demo's own server
(``otel_micrometrics.demo``) is the demo's, not the tests'.
"""
