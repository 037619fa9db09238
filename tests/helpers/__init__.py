"""What tests share beyond fixtures: ``telemetry`` (the in-memory exporters read back, instrumenting
with them, companion mode), ``assertions`` (the checks on spans, results and metrics that
tests of every client make), ``unexpected`` (the same call bare and instrumented, for the replies
no SDK expects), ``incident_traffic`` (the founding incident's spans, for ``collect`` and the
incident loop) and ``docs_console`` (the console sessions in the docs, run as written)."""
