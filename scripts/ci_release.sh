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
"$WHEEL_VENV/bin/pip" install --quiet "$(ls "$DIST"/*.whl)[openai]"
"$WHEEL_VENV/bin/python" -I scripts/check_wheel.py
