"""Prove the one-line install: run from a virtualenv where only the built wheel is installed.

1. `otel-micrometrics demo` must exit 0 and report the turn-5 language switch.
2. `opentelemetry-instrument python examples/support_bot.py` against a local scripted server must
   produce a span with micro-metric attributes (console exporter), with no code change to the app.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import otel_micrometrics
from otel_micrometrics.demo import ChatServer, completion

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def main() -> int:
    where = Path(otel_micrometrics.__file__).resolve()
    if ROOT in where.parents:
        print(f"otel_micrometrics was imported from the source tree ({where}), not from the wheel")
        return 1
    demo = subprocess.run([str(BIN / "otel-micrometrics"), "demo"], capture_output=True, text=True, timeout=120)
    print(demo.stdout)
    if demo.returncode != 0 or "language_mismatch: 1 fail of 10" not in demo.stdout:
        print(demo.stderr)
        return 1
    reply = completion("Ihre Bestellung ist unterwegs und kommt morgen bei Ihnen an.")
    with ChatServer(lambda path, body: (200, reply)) as srv:
        env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
        env.update(
            OPENAI_BASE_URL=srv.base_url,
            OPENAI_API_KEY="unused",
            OTEL_TRACES_EXPORTER="console",
            OTEL_METRICS_EXPORTER="none",
            OTEL_LOGS_EXPORTER="none",
        )
        app = subprocess.run(
            [str(BIN / "opentelemetry-instrument"), sys.executable, str(ROOT / "examples" / "support_bot.py")],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd="/",
        )
    print(app.stdout[-2000:])
    if app.returncode != 0 or '"micrometrics.language_mismatch.label": "pass"' not in app.stdout:
        print(app.stderr[-3000:])
        return 1
    print("wheel check: demo and zero-code instrumentation work from the installed wheel")
    return 0


if __name__ == "__main__":
    sys.exit(main())
