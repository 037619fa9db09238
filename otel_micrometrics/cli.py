"""The ``otel-micrometrics`` command."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="otel-micrometrics", description="Micro metrics for LLM replies, on OpenTelemetry."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="replay the language-switch incident against an embedded local server")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from .demo import run

        return run()
    parser.error(f"unknown command {args.command!r}")  # pragma: no cover - argparse exits first
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
