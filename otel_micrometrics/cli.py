"""The ``otel-micrometrics`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="otel-micrometrics", description="Micro metrics for LLM replies, on OpenTelemetry."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="replay the language-switch incident against an embedded local server")
    evaluate = sub.add_parser("eval", help="run the checks over a JSONL file of exchanges")
    evaluate.add_argument("file", help="JSONL file, one exchange per line")
    output = evaluate.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON result object per input line")
    output.add_argument(
        "--compare", metavar="BEFORE.jsonl", help="compare fail rates with this file; exit 1 on a regression"
    )
    evaluate.add_argument(
        "--max-regression",
        type=float,
        default=0.02,
        metavar="SHARE",
        help="largest allowed rise of a fail rate with --compare (default 0.02)",
    )
    evaluate.add_argument(
        "--level", choices=("crawl", "walk", "run"), help="check level (default: OTEL_MICROMETRICS_LEVEL or walk)"
    )
    evaluate.add_argument(
        "--checks", metavar="NAMES", help="extra checks to enable, comma list (as OTEL_MICROMETRICS_CHECKS)"
    )
    checks = sub.add_parser("checks", help="list the known checks")
    checks.add_argument(
        "--stale",
        action="store_true",
        help="list only checks past their review date; exit 1 if there are any (for CI)",
    )
    checks.add_argument("--today", metavar="YYYY-MM-DD", help="judge review dates as of this day")
    args = parser.parse_args(argv)
    if args.command == "demo":
        import importlib.util

        if importlib.util.find_spec("openai") is None:  # the demo drives the real openai SDK
            sys.stderr.write('otel-micrometrics demo needs the openai SDK: pip install "otel-micrometrics[demo]"\n')
            return 2
        from .demo import run

        return run()
    if args.command == "eval":
        return _eval(args)
    if args.command == "checks":
        if args.stale:
            return stale_command(args.today)
        from .offline import format_checks

        sys.stdout.write(format_checks())
        return 0
    parser.error(f"unknown command {args.command!r}")  # pragma: no cover - argparse exits first
    return 2


def stale_command(today: str | None = None, out: TextIO | None = None) -> int:
    """``checks --stale``: the checks past their review date; 1 if any, else 0."""
    import datetime

    from .config import load_settings
    from .registry import REGISTRY, select_checks, stale_checks

    out = out or sys.stdout
    try:
        day = datetime.date.fromisoformat(today) if today else datetime.date.today()
    except ValueError:
        print(f"otel-micrometrics: --today must be a date such as 2027-01-31, not {today!r}", file=sys.stderr)
        return 2
    known = {spec.name: spec for spec in REGISTRY.all()}
    known.update((spec.name, spec) for spec in select_checks(load_settings()))
    stale = stale_checks(known.values(), day)
    if not stale:
        out.write(f"no check is past its review date ({day.isoformat()}); {len(known)} checks known\n")
        return 0
    out.write(f"{len(stale)} check(s) past their review date ({day.isoformat()}):\n")
    for spec in stale:
        due = spec.review_by if spec.review_date() else f"{spec.review_by!r} (not a YYYY-MM-DD date)"
        out.write(f"  {spec.name:<24} review by {due:<12} owner {spec.owner or '(none)'}")
        out.write(f"  {spec.description}\n" if spec.description else "\n")
    out.write("Review each: keep it (set a new review date) or retire it if it no longer drives a decision.\n")
    return 1


def _eval(args: argparse.Namespace) -> int:
    from .offline import BadLine, compare, eval_settings, evaluate_file, format_table, result_line

    def bad_lines_of(prefix: str):  # type: ignore[no-untyped-def]
        def report(bad: BadLine) -> None:
            sys.stderr.write(f"{prefix}line {bad.line}: {bad.reason}; skipped\n")

        return report

    settings = eval_settings(args.level, args.checks)
    out = sys.stdout
    try:
        if args.compare:
            before = evaluate_file(args.compare, settings, on_bad_line=bad_lines_of(f"{args.compare}: "))
            after = evaluate_file(args.file, settings, on_bad_line=bad_lines_of(f"{args.file}: "))
            comparison = compare(before, after, args.max_regression)
            out.write(comparison.text)
            return 1 if comparison.regressed else 0
        on_result = (lambda e: out.write(result_line(e) + "\n")) if args.json else None
        report = evaluate_file(args.file, settings, on_result=on_result, on_bad_line=bad_lines_of(""))
    except BrokenPipeError:  # the reader stopped early (| head): not an error
        _silence_stdout()
        return 0
    except OSError as exc:
        sys.stderr.write(f"otel-micrometrics eval: cannot read {exc.filename}: {exc.strerror}\n")
        return 2
    if not args.json:
        out.write(format_table(report))
    return 0


def _silence_stdout() -> None:
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
