"""Every walk-level check's results on the corpora and on variants of them, to show that a
change (usually one for speed) leaves the results as they were.

    python benchmarks/results_snapshot.py OUT.json              # the results of this tree
    python benchmarks/results_snapshot.py --compare BEFORE.json AFTER.json

The exchanges: each case of ``tests/data/corpus_*.jsonl``; its reply cut to a third, a half and
its last two thirds; three other cases' replies on its conversation and three other cases'
latest user messages in it; and 3,000 mixed replies (one reply's first sentence, then another
reply), where language identification is most sensitive to how much text it reads. The
variants are drawn with a fixed seed, so two trees give the same exchanges. ``--compare``
prints the exchanges whose results differ, first those where a label changed or a check
started or stopped applying, and exits 1 when there is any such one (a changed score alone is
reported but does not fail).
"""

from __future__ import annotations

import argparse
import dataclasses
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from otel_micrometrics.catalog import select_checks  # noqa: E402
from otel_micrometrics.config import load_settings  # noqa: E402
from otel_micrometrics.exchange import Exchange, Message  # noqa: E402
from otel_micrometrics.pipeline import evaluate  # noqa: E402

MIXED = 3000


def corpus_exchanges() -> list[Exchange]:
    exchanges = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "corpus_*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                record = json.loads(line)
                try:
                    exchange = Exchange.from_dict(record)
                except ValueError:
                    continue
                if isinstance(record.get("expected_language"), str):
                    exchange.expected_language = record["expected_language"]
                exchanges.append(exchange)
    return exchanges


def variants(exchanges: list[Exchange]) -> list[tuple[str, Exchange]]:
    rng = random.Random(7)
    out: list[tuple[str, Exchange]] = []
    for i, exchange in enumerate(exchanges):
        out.append((f"{i}", exchange))
        reply = exchange.output_text or ""
        for parts in (3, 2):
            out.append((f"{i}/cut{parts}", dataclasses.replace(exchange, output_text=reply[: len(reply) // parts])))
        out.append((f"{i}/tail", dataclasses.replace(exchange, output_text=reply[len(reply) // 3 :])))
        for j in range(3):
            other = rng.choice(exchanges)
            out.append((f"{i}/reply{j}", dataclasses.replace(exchange, output_text=other.output_text)))
            users = [m for m in other.messages if m.role == "user"]
            if exchange.messages and users and exchange.messages[-1].role == "user":
                messages = [*exchange.messages[:-1], Message("user", users[-1].content)]
                out.append((f"{i}/user{j}", dataclasses.replace(exchange, messages=messages)))
    long_replies = [e for e in exchanges if len(e.output_text or "") > 120]
    for k in range(MIXED):
        first, second = rng.sample(long_replies, 2)
        opening = re.split(r"(?<=[.!?])\s", first.output_text, maxsplit=1)[0][:100]
        out.append((f"mixed{k}", dataclasses.replace(second, output_text=opening + " " + second.output_text)))
    return out


def snapshot() -> list[list[object]]:
    checks = select_checks(load_settings({"OTEL_MICROMETRICS_LEVEL": "walk"}))
    return [
        [tag, [[spec.name, r.label, r.score, r.explanation] for spec, r in evaluate(exchange, checks)]]
        for tag, exchange in variants(corpus_exchanges())
    ]


def compare(before: list[list[object]], after: list[list[object]], out=sys.stdout) -> int:
    """Print the differences; return how many exchanges changed a label or applicability."""
    if [row[0] for row in before] != [row[0] for row in after]:
        out.write("the two snapshots are of different exchanges (other corpora?)\n")
        return max(len(before), len(after))
    labels = scores = 0
    for (tag, old), (_, new) in zip(before, after, strict=True):
        if old == new:
            continue
        old_labels = [(r[0], r[1]) for r in old]  # type: ignore[index, union-attr]
        new_labels = [(r[0], r[1]) for r in new]  # type: ignore[index, union-attr]
        if old_labels != new_labels:
            labels += 1
            out.write(f"label  {tag}: {old_labels} -> {new_labels}\n")
        else:
            scores += 1
    out.write(f"{len(before)} exchanges: {labels} with a changed label or applicability, {scores} with scores only\n")
    return labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", help="where to write this tree's results (JSON)")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        with open(args.compare[0], encoding="utf-8") as f:
            before = json.load(f)
        with open(args.compare[1], encoding="utf-8") as f:
            after = json.load(f)
        return 1 if compare(before, after) else 0
    if not args.out:
        parser.error("give OUT.json, or --compare BEFORE.json AFTER.json")
    results = snapshot()
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False)
    print(f"{len(results)} exchanges, {sum(len(row[1]) for row in results)} results -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
