"""The ``otel-micrometrics`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from .config import Settings

# Largest share of bad lines `eval` accepts by default before it exits 2.
DEFAULT_MAX_BAD_SHARE = 0.05
# Disagreeing ids kept per check by `eval --expect` (the count stays exact).
MAX_DISAGREEMENTS = 1000


def _share(text: str) -> float:
    """argparse type of an option that is a share: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a share such as 0.02, not {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a share is between 0 and 1 (0.02 = two percentage points), not {text}")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _threshold(text: str) -> Any:
    from .offline import parse_threshold

    try:
        return parse_threshold(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="otel-micrometrics", description="Micro metrics for LLM replies, on OpenTelemetry."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="replay the language-switch incident against an embedded local server")
    evaluate = sub.add_parser(
        "eval",
        help="run the checks over a JSONL file of exchanges",
        description="Run the checks over a JSONL file of exchanges (this project's format or OpenAI API "
        "records). Exit 0 when done, 1 when a gate fails (--compare, --min-precision, --min-recall), "
        "2 on unusable input or options.",
    )
    evaluate.add_argument("file", help="JSONL file, one exchange per line")
    output = evaluate.add_mutually_exclusive_group()
    output.add_argument(
        "--json",
        action="store_true",
        help="print one JSON result object per input line (with --expect: the accuracy report as one object)",
    )
    output.add_argument(
        "--compare", metavar="BEFORE.jsonl", help="compare fail rates with this file; exit 1 on a regression"
    )
    evaluate.add_argument(
        "--max-regression",
        type=_share,
        default=0.02,
        metavar="SHARE",
        help="largest allowed rise of a fail rate with --compare, a share from 0 to 1 (default 0.02)",
    )
    evaluate.add_argument(
        "--max-bad-share",
        type=_share,
        default=DEFAULT_MAX_BAD_SHARE,
        metavar="SHARE",
        help=f"exit 2 when more than this share of the lines is bad (default {DEFAULT_MAX_BAD_SHARE})",
    )
    evaluate.add_argument(
        "--expect",
        action="store_true",
        help='measure the checks against each line\'s "expect": {check: label or null}: confusion matrix, '
        "precision and recall per label, disagreeing ids",
    )
    evaluate.add_argument(
        "--min-precision",
        type=_threshold,
        action="append",
        default=[],
        metavar="[CHECK[:LABEL]=]SHARE",
        help="with --expect: exit 1 when a label's precision is below SHARE (repeatable; "
        "without CHECK for every check, without LABEL for every expected label)",
    )
    evaluate.add_argument(
        "--min-recall",
        type=_threshold,
        action="append",
        default=[],
        metavar="[CHECK[:LABEL]=]SHARE",
        help="with --expect: exit 1 when a label's recall is below SHARE (as --min-precision)",
    )
    evaluate.add_argument(
        "--level", choices=("crawl", "walk", "run"), help="check level (default: OTEL_MICROMETRICS_LEVEL or walk)"
    )
    evaluate.add_argument(
        "--checks", metavar="NAMES", help="extra checks to enable, comma list (as OTEL_MICROMETRICS_CHECKS)"
    )
    collect = sub.add_parser(
        "collect",
        help="turn OTLP JSON spans (e.g. the Collector's file exporter) into an eval JSONL file",
        description="Read OTLP JSON trace files (one ExportTraceServiceRequest or ResourceSpans per line, "
        "as the OpenTelemetry Collector's file exporter writes) and write one eval line per GenAI span "
        'with captured content, its micro-metric labels kept as "observed". Exit 0 when something '
        "was written, 1 when nothing matched, 2 when no input line could be read.",
    )
    collect.add_argument("files", nargs="+", metavar="FILE", help="OTLP JSON file ('-' for standard input)")
    collect.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here instead of standard output")
    collect.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="CHECK=LABEL[,LABEL]",
        help="keep spans whose observed label of CHECK is one of these (repeatable: all must hold)",
    )
    collect.add_argument("--sample", type=_positive, metavar="N", help="keep a uniform random sample of N exchanges")
    collect.add_argument(
        "--seed", type=int, default=0, help="random seed of --sample: the same seed gives the same sample (default 0)"
    )
    new_check = sub.add_parser(
        "new-check",
        help="start a check from labeled examples: module, examples file and test",
        description="Write NAME.py (a @check with owner, level and a review date a quarter ahead), "
        "NAME_examples.jsonl (the labeled examples) and test_NAME.py (runs the check on every example).",
    )
    new_check.add_argument("name", metavar="NAME", help="the check's name, a lower-case identifier")
    new_check.add_argument(
        "--examples",
        required=True,
        metavar="FILE",
        help='eval JSONL of examples (e.g. from collect); a line\'s "expect": {NAME: label} is its label',
    )
    new_check.add_argument("--owner", required=True, help="who reviews the check (e.g. the post-mortem's author)")
    new_check.add_argument(
        "--label", metavar="LABEL", help="label of the examples that carry none for NAME (e.g. fail)"
    )
    new_check.add_argument("--level", choices=("crawl", "walk", "run"), default="walk", help="default walk")
    new_check.add_argument("--dir", default=".", help="where to write the three files (default: here)")
    new_check.add_argument("--today", metavar="YYYY-MM-DD", help="count the review date from this day")
    new_check.add_argument("--force", action="store_true", help="overwrite existing files")
    checks = sub.add_parser(
        "checks",
        help="list the checks that would run, custom ones included",
        description="List every check that would run with the current configuration (built-in, from "
        "entry points, and named in OTEL_MICROMETRICS_CHECKS), with level, owner and review date.",
    )
    checks.add_argument(
        "--stale",
        action="store_true",
        help="list only the application's checks past their review date; exit 1 if there are any (for CI)",
    )
    checks.add_argument(
        "--include-builtin",
        action="store_true",
        help="with --stale: judge the built-in checks too (the library's releases review them)",
    )
    checks.add_argument("--today", metavar="YYYY-MM-DD", help="judge review dates as of this day")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "demo":
        import importlib.util

        if importlib.util.find_spec("openai") is None:  # the demo drives the real openai SDK
            sys.stderr.write('otel-micrometrics demo needs the openai SDK: pip install "otel-micrometrics[demo]"\n')
            return 2
        from .demo import run

        return run()
    if args.command == "eval":
        if (args.min_precision or args.min_recall) and not args.expect:
            parser.error("--min-precision and --min-recall need --expect")
        if args.expect and args.compare:
            parser.error("--expect cannot be combined with --compare")
        return _eval(args)
    if args.command == "collect":
        return _collect(args, parser)
    if args.command == "new-check":
        return _new_check(args)
    if args.command == "checks":
        if args.include_builtin and not args.stale:
            parser.error("--include-builtin goes with --stale")
        if args.stale:
            return stale_command(args.today, include_builtin=args.include_builtin)
        from .offline import format_checks

        sys.stdout.write(format_checks())
        return 0
    parser.error(f"unknown command {args.command!r}")  # pragma: no cover - argparse exits first
    return 2


def stale_command(today: str | None = None, out: TextIO | None = None, include_builtin: bool = False) -> int:
    """``checks --stale``: the application's checks past their review date (the built-in
    ones too with ``include_builtin``); 1 if any, else 0."""
    import datetime

    from .offline import is_builtin, known_checks
    from .registry import stale_checks

    out = out or sys.stdout
    try:
        day = datetime.date.fromisoformat(today) if today else datetime.date.today()
    except ValueError:
        print(f"otel-micrometrics: --today must be a date such as 2027-01-31, not {today!r}", file=sys.stderr)
        return 2
    known = [entry.spec for entry in known_checks()]
    judged = [spec for spec in known if include_builtin or not is_builtin(spec)]
    scope = "checks" if include_builtin else "application checks (built-in ones: --include-builtin)"
    stale = stale_checks(judged, day)
    if not stale:
        out.write(f"no check is past its review date ({day.isoformat()}); {len(judged)} {scope} judged\n")
        return 0
    out.write(f"{len(stale)} check(s) past their review date ({day.isoformat()}):\n")
    for spec in stale:
        due = spec.review_by if spec.review_date() else f"{spec.review_by!r} (not a YYYY-MM-DD date)"
        out.write(f"  {spec.name:<24} review by {due:<12} owner {spec.owner or '(none)'}")
        out.write(f"  {spec.description}\n" if spec.description else "\n")
    out.write("Review each: keep it (set a new review date) or retire it if it no longer drives a decision.\n")
    return 1


def _closest(name: str, known: Sequence[str]) -> str:
    import difflib

    match = difflib.get_close_matches(name, known, n=1)
    return f"; did you mean {match[0]!r}?" if match else f"; known checks: {', '.join(sorted(known))}"


def _check_names(settings: Settings, given: str | None) -> str | None:
    """The first problem with the check names in use (``--checks``, OTEL_MICROMETRICS_CHECKS,
    OTEL_MICROMETRICS_DISABLED_CHECKS), or ``None``; offline, a typo is an error."""
    import importlib

    from .catalog import load_builtin_checks
    from .config import ENV_CHECKS, ENV_DISABLED_CHECKS
    from .registry import REGISTRY, load_entry_point_checks

    load_builtin_checks()
    load_entry_point_checks()
    known = sorted(REGISTRY.checks)
    from_option = {n.strip() for n in (given or "").split(",") if n.strip()}
    for source, names in ((ENV_CHECKS, settings.checks), (ENV_DISABLED_CHECKS, settings.disabled_checks)):
        for name in names:
            where = "--checks" if source == ENV_CHECKS and name in from_option else source
            if ":" in name:
                module, _, attr = name.partition(":")
                try:
                    target = getattr(importlib.import_module(module), attr)
                except Exception as exc:
                    return f"{where}: cannot load {name!r}: {type(exc).__name__}: {exc}"
                if not callable(target):
                    return f"{where}: {name!r} is not a function"
            elif name not in REGISTRY.checks:
                return f"{where}: unknown check {name!r}{_closest(name, known)}"
    for name in from_option:  # names load_settings dropped as malformed
        if name not in settings.checks:
            return f"--checks: {name!r} is neither a check name nor module:function"
    return None


def _eval(args: argparse.Namespace) -> int:
    from .catalog import select_checks
    from .offline import (
        ExpectationTally,
        Report,
        compare,
        eval_settings,
        evaluate_file,
        format_expectations,
        format_table,
        missed_thresholds,
        result_line,
    )

    err = sys.stderr

    def bad_lines_of(prefix: str) -> Any:
        def report(bad: Any) -> None:
            err.write(f"{prefix}line {bad.line}: {bad.reason}; skipped\n")

        return report

    def unusable(report: Report) -> str | None:
        if report.exchanges == 0:
            return f"{report.path}: no usable line ({report.bad_count} bad)"
        if report.bad_share > args.max_bad_share:
            return (
                f"{report.path}: {report.bad_count} of {report.exchanges + report.bad_count} lines are bad "
                f"({report.bad_share:.1%}, more than --max-bad-share {args.max_bad_share:g})"
            )
        return None

    settings = eval_settings(args.level, args.checks)
    problem = _check_names(settings, args.checks)
    if problem:
        err.write(f"otel-micrometrics eval: {problem}\n")
        return 2
    chosen = select_checks(settings)
    out = sys.stdout
    try:
        if args.compare:
            before = evaluate_file(args.compare, settings, chosen, on_bad_line=bad_lines_of(f"{args.compare}: "))
            after = evaluate_file(args.file, settings, chosen, on_bad_line=bad_lines_of(f"{args.file}: "))
            for side in (before, after):
                problem = unusable(side)
                if problem:
                    err.write(f"otel-micrometrics eval: {problem}; nothing to compare\n")
                    return 2
            comparison = compare(before, after, args.max_regression)
            out.write(comparison.text)
            return 1 if comparison.regressed else 0
        expectations = ExpectationTally(chosen, MAX_DISAGREEMENTS) if args.expect else None
        on_result = (lambda e: out.write(result_line(e) + "\n")) if args.json and not args.expect else None
        report = evaluate_file(
            args.file, settings, chosen, on_result=on_result, on_bad_line=bad_lines_of(""), expectations=expectations
        )
    except BrokenPipeError:  # the reader stopped early (| head): not an error
        _silence_stdout()
        return 0
    except OSError as exc:
        err.write(f"otel-micrometrics eval: cannot read {exc.filename}: {exc.strerror}\n")
        return 2
    problem = unusable(report)
    if problem:
        err.write(f"otel-micrometrics eval: {problem}\n")
        return 2
    if expectations is None:
        if not args.json:
            out.write(format_table(report))
        return 0
    measured = expectations.report
    if not measured.checks:
        err.write(
            f'otel-micrometrics eval: no line\'s "expect" names a check that ran '
            f"({measured.records - measured.unlabeled} lines with expectations)\n"
        )
        return 2
    missed = missed_thresholds(measured, args.min_precision, args.min_recall)
    if args.json:
        import json

        data = measured.to_dict()
        data["path"], data["bad_lines"], data["missed"] = report.path, report.bad_count, missed
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        from .offline import _source

        out.write(_source(report) + "\n" + format_expectations(measured))
        if missed:
            out.write("\nFAILED: " + "\n        ".join(missed) + "\n")
        elif args.min_precision or args.min_recall:
            out.write("\npassed: every precision and recall gate\n")
    return 1 if missed else 0


def _collect(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import contextlib
    import json

    from .collect import collect, parse_where

    err = sys.stderr
    try:
        wheres = [parse_where(w) for w in args.where]
    except ValueError as exc:
        parser.error(f"--where: {exc}")
    if args.output and args.output in args.files:
        parser.error("--output must not be one of the input files")

    def bad(name: str, number: int, reason: str) -> None:
        err.write(f"{name}: line {number}: {reason}; skipped\n")

    def streams() -> Any:
        for name in args.files:
            if name == "-":
                yield "<stdin>", sys.stdin.buffer
            else:
                with open(name, "rb") as stream:
                    yield name, stream

    try:
        with contextlib.ExitStack() as stack:
            out = stack.enter_context(open(args.output, "w", encoding="utf-8")) if args.output else sys.stdout
            stats = collect(
                streams(),
                lambda record: out.write(json.dumps(record, ensure_ascii=False) + "\n"),
                wheres,
                args.sample,
                args.seed,
                bad,
            )
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:
        err.write(f"otel-micrometrics collect: cannot open {exc.filename}: {exc.strerror}\n")
        return 2
    sampled = f" (a sample, seed {args.seed})" if args.sample else ""
    err.write(
        f"collect: {stats.lines} lines, {stats.spans} spans, {stats.genai_spans} GenAI spans "
        f"({stats.without_content} without reply content), {stats.matched} matched, "
        f"{stats.written} written{sampled}\n"
    )
    if stats.lines and stats.bad_lines == stats.lines:
        err.write("otel-micrometrics collect: no input line is OTLP JSON\n")
        return 2
    if stats.genai_spans and stats.without_content == stats.genai_spans:
        err.write(
            "otel-micrometrics collect: no GenAI span carries message content; run the application with "
            "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true\n"
        )
    return 0 if stats.written else 1


def _new_check(args: argparse.Namespace) -> int:
    import datetime
    from pathlib import Path

    from .new_check import name_problem, write_check

    err = sys.stderr
    problem = name_problem(args.name)
    if problem:
        err.write(f"otel-micrometrics new-check: {problem}\n")
        return 2
    try:
        today = datetime.date.fromisoformat(args.today) if args.today else None
    except ValueError:
        err.write(f"otel-micrometrics new-check: --today must be a date such as 2027-01-31, not {args.today!r}\n")
        return 2
    try:
        written = write_check(
            args.name, args.examples, Path(args.dir), args.owner, args.level, args.label, today, args.force
        )
    except OSError as exc:
        err.write(f"otel-micrometrics new-check: cannot read or write {exc.filename}: {exc.strerror}\n")
        return 2
    except ValueError as exc:
        err.write(f"otel-micrometrics new-check: {exc}\n")
        return 2
    labels = ", ".join(f"{k} {v}" for k, v in sorted(written.labels.items()))
    skipped = f"; {written.unlabeled} unlabeled skipped" if written.unlabeled else ""
    sys.stdout.write(
        f"wrote {written.examples} ({labels}{skipped})\n"
        f"wrote {written.module} (review by {written.review_by})\n"
        f"wrote {written.test}\n"
        f"next: write the rule in {written.module.name}, then run: python -m pytest {written.test.name}\n"
    )
    return 0


def _silence_stdout() -> None:
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
