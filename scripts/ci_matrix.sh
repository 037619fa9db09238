#!/usr/bin/env bash
# Supported client-library versions, tested: the oldest and the newest of each declared range,
# each in its own virtualenv with the project installed, running that library's tests.
# Also proves that a version outside the range is refused with a clear log line, not a crash.
# Usage: scripts/ci_matrix.sh            (all rows)      scripts/ci_matrix.sh openai-oldest
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
CACHE="${MICROMETRICS_MATRIX_DIR:-${TMPDIR:-/tmp}/otel-micrometrics-matrix}"
mkdir -p "$CACHE"

# name | pip requirements (space separated) | tests to run
ROWS=(
  "openai-oldest|openai==1.40.0 httpx<0.28|tests/test_openai_chat.py tests/test_openai_stream.py tests/test_openai_surface.py tests/test_language.py tests/test_stream_contract.py"
  "openai-newest|openai<4|tests/test_openai_chat.py tests/test_openai_stream.py tests/test_openai_surface.py tests/test_language.py tests/test_stream_contract.py"
  "anthropic-oldest|anthropic==1.0.0|tests/test_anthropic.py tests/test_stream_contract.py"
  "anthropic-newest|anthropic<3|tests/test_anthropic.py tests/test_stream_contract.py"
  "google-genai-oldest|google-genai==1.0.0|tests/test_google_genai.py tests/test_stream_contract.py"
  "google-genai-newest|google-genai<4|tests/test_google_genai.py tests/test_stream_contract.py"
  "ollama-oldest|ollama==0.4.0|tests/test_ollama.py tests/test_stream_contract.py"
  "ollama-newest|ollama<1|tests/test_ollama.py tests/test_stream_contract.py"
  "bedrock-oldest|boto3==1.34.116 botocore==1.34.116|tests/test_bedrock.py tests/test_stream_contract.py"
  "bedrock-newest|boto3 botocore<2|tests/test_bedrock.py tests/test_stream_contract.py"
  "langchain-oldest|langchain-core==0.3.10 langchain-openai==0.2.0|tests/test_langchain.py tests/test_stream_contract.py"
  "langchain-newest|langchain-core<2 langchain-openai openai<4|tests/test_langchain.py tests/test_stream_contract.py"
)
OUT_OF_RANGE="openai==0.28.1"

only="${1:-}"
status=0
for row in "${ROWS[@]}"; do
  IFS='|' read -r name reqs tests <<<"$row"
  [[ -n "$only" && "$only" != "$name" ]] && continue
  venv="$CACHE/$name"
  echo "== matrix $name: $reqs"
  rm -rf "$venv"
  python3 -m venv "$venv"
  # shellcheck disable=SC2086
  "$venv/bin/pip" install --quiet "$ROOT" pytest pytest-asyncio pytest-cov $reqs
  "$venv/bin/pip" list 2>/dev/null | grep -iE '^(openai|anthropic|google-genai|ollama|httpx2?|boto3|botocore|langchain-core|langchain-openai) ' | sed 's/^/   /'
  # shellcheck disable=SC2086
  if ! (cd "$ROOT" && "$venv/bin/python" -m pytest -q -p no:cacheprovider --no-cov $tests); then
    echo "!! matrix $name failed"; status=1
  fi
done

if [[ -z "$only" || "$only" == "out-of-range" ]]; then
  echo "== matrix out-of-range: $OUT_OF_RANGE must be refused with a log line, never a crash"
  venv="$CACHE/out-of-range"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "$ROOT" "$OUT_OF_RANGE"
  log="$("$venv/bin/python" -c 'import logging; logging.basicConfig(); import otel_micrometrics; otel_micrometrics.instrument(); print("app still running")' 2>&1)"
  echo "$log" | sed 's/^/   /'
  if ! grep -q "app still running" <<<"$log" || ! grep -qi "openai" <<<"$log"; then
    echo "!! out-of-range version was not refused cleanly"; status=1
  fi
fi
exit $status
