#!/usr/bin/env bash
# Build the sdist and the wheel, check their metadata, install the wheel (not the source tree)
# into a fresh virtualenv, and run the demo and zero-code instrumentation from it.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="$(mktemp -d)"
WHEEL_VENV="$(mktemp -d)/venv"
trap 'rm -rf "$DIST" "$(dirname "$WHEEL_VENV")"' EXIT
python -m build --outdir "$DIST" . >/dev/null
python -m twine check --strict "$DIST"/*
python3 -m venv "$WHEEL_VENV"
# Without openai, the demo says in one line what to install and exits 2 (no traceback).
"$WHEEL_VENV/bin/pip" install --quiet "$(ls "$DIST"/*.whl)"
set +e
demo_stderr="$("$WHEEL_VENV/bin/otel-micrometrics" demo 2>&1 >/dev/null)"
demo_rc=$?
set -e
expected='otel-micrometrics demo needs the openai SDK: pip install "otel-micrometrics[demo]"'
if [ "$demo_rc" != 2 ] || [ "$demo_stderr" != "$expected" ]; then
    echo "demo without openai: exit $demo_rc, stderr: $demo_stderr" >&2
    exit 1
fi
"$WHEEL_VENV/bin/pip" install --quiet "$(ls "$DIST"/*.whl)[demo]"
"$WHEEL_VENV/bin/python" -I scripts/check_wheel.py
