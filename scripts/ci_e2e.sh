#!/usr/bin/env bash
# End-to-end tests against real services, for .ci/run to call after it has installed the
# project (".[test]") into the active virtual environment:
#
#   bash scripts/ci_e2e.sh
#
# Installs the services once per machine (cached; see scripts/backends.sh), starts them on
# 127.0.0.1, runs `pytest -m e2e`, and always stops exactly what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python}
BACKENDS=scripts/backends.sh

stop_backends() { "$BACKENDS" stop || true; }
trap stop_backends EXIT

echo "== e2e: install real backends (cached per machine)"
t0=$SECONDS
"$BACKENDS" install
echo "   install took $((SECONDS - t0))s"

echo "== e2e: start real backends"
"$BACKENDS" start
"$BACKENDS" status

echo "== e2e: tests"
rc=0
"$PYTHON" -m pytest -m e2e -rs --no-cov || rc=$?
if [[ $rc -eq 5 ]]; then
  echo "e2e: no test was collected" >&2
fi
exit "$rc"
