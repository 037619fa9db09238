"""What tests share beyond fixtures: ``telemetry`` (the in-memory exporters read back, instrumenting
with them, companion mode) and ``assertions`` (the checks on spans, results and metrics that
tests of every client make)."""
