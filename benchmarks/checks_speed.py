"""Cost of the built-in checks on a typical exchange: median microseconds per call.

    python benchmarks/checks_speed.py [--rounds 4000] [--batches 8] [--without CHECK,...] [--case english]

The exchange: a 6-turn support conversation (English system prompt, German user) and a reply
of about 500 characters; ``--case english`` runs the same conversation in English (the two
languages whose calls a new language table must not make dearer), ``--case german-lines`` the
German one with its reply in paragraphs and a list, as chat models mostly write. "all walk-level checks" runs every check selected at
OTEL_MICROMETRICS_LEVEL=walk through the pipeline, as an instrumented call does (errors
counted, run times told to the time-budget keeper), in two cases:

- "every cache cleared": every per-text cache (language identifications, words, the features of
  earlier turns) is emptied before each call, so each call identifies both the reply and the
  user's message and tokenizes every turn: the worst case.
- "in a conversation", the production case and the target's: each call brings a reply and a
  latest user message never seen before (both identified and tokenized), while the earlier
  turns were seen by the previous calls of the conversation. The caches are full, as in a
  running service, so each call also pays for evicting old entries.

Target: at most 100 microseconds median in a conversation. The rounds run in batches, the two
cases in turn; each case prints the median of all its calls and the lowest of its batches'
medians. On a shared machine, other tenants' work only ever adds time, and it comes in spells
longer than a batch, so the quietest batch is the figure compared with the target (as
``timeit`` takes the best of its repeats); the overall median shows how much the spells added.
The per-check table times each check alone with every cache cleared (so each pays for the
work it shares with others), and inside a conversation call in the pipeline's order (the first
check to need shared work pays for it; the column adds up to about the whole).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from otel_micrometrics.catalog import select_checks
from otel_micrometrics.checks import conversation, language
from otel_micrometrics.config import load_settings
from otel_micrometrics.exchange import Exchange, Message
from otel_micrometrics.pipeline import evaluate
from otel_micrometrics.worker import CheckTimer

TARGET_US = 100.0
# Calls run before timing "in a conversation", so that every per-text cache is full.
CACHE_FILL = 600

REPLY = (
    "Vielen Dank für Ihre Geduld! Ich habe Ihre Bestellung 48213 geprüft: Das Paket wurde am Montag "
    "aus unserem Lager in Leipzig verschickt und befindet sich derzeit im Verteilzentrum in Köln. "
    "Wegen des hohen Sendungsaufkommens kommt es leider zu einer Verzögerung von ein bis zwei Tagen. "
    "Sie können die Sendung jederzeit über den Link in Ihrer Versandbestätigung verfolgen. Falls das "
    "Paket bis Freitag nicht angekommen ist, melden Sie sich bitte noch einmal bei uns, dann schicken "
    "wir Ihnen kostenlos Ersatz oder erstatten Ihnen den vollen Kaufpreis."
)
TURNS = [
    ("user", "Hallo, ich habe vor einer Woche eine Kaffeemaschine bestellt."),
    ("assistant", "Hallo! Gern helfe ich Ihnen. Haben Sie die Bestellnummer zur Hand?"),
    ("user", "Ja, die Nummer ist 48213."),
    ("assistant", "Danke, einen Moment bitte, ich sehe nach."),
    ("user", "Sie sollte eigentlich schon gestern da sein. Wo ist die Sendung 48213 denn?"),
]
# The same conversation in English.
REPLY_EN = (
    "Thanks for your patience! I have checked your order 48213: the parcel left our warehouse in Leipzig on "
    "Monday and is currently at the distribution centre in Cologne. Because of the high volume of shipments "
    "there is unfortunately a delay of one to two days. You can follow the parcel at any time through the link "
    "in your shipping confirmation. If it has not arrived by Friday, please get in touch with us again and we "
    "will send you a replacement free of charge or refund the full purchase price."
)
TURNS_EN = [
    ("user", "Hello, I ordered a coffee machine a week ago."),
    ("assistant", "Hello! I am glad to help. Do you have the order number at hand?"),
    ("user", "Yes, the number is 48213."),
    ("assistant", "Thank you, one moment please, I am looking it up."),
    ("user", "It should have been here yesterday already. Where is parcel 48213?"),
]
# The German reply as chat models mostly format one: paragraphs, a list, bold text.
REPLY_LINES = (
    "Vielen Dank für Ihre Geduld! Ich habe Ihre Bestellung **48213** geprüft:\n\n"
    "- Das Paket wurde am Montag aus unserem Lager in Leipzig verschickt.\n"
    "- Es befindet sich derzeit im Verteilzentrum in Köln.\n\n"
    "Wegen des hohen Sendungsaufkommens kommt es leider zu einer Verzögerung von ein bis zwei Tagen. "
    "Sie können die Sendung jederzeit über den Link in Ihrer Versandbestätigung verfolgen.\n\n"
    "Falls das Paket bis Freitag nicht angekommen ist, melden Sie sich bitte noch einmal bei uns, dann "
    "schicken wir Ihnen kostenlos Ersatz oder erstatten Ihnen den vollen Kaufpreis."
)
# The conversation of each case: (reply, turns). "german" is the one the figures in the docs
# and the target are for.
CASES = {"german": (REPLY, TURNS), "english": (REPLY_EN, TURNS_EN), "german-lines": (REPLY_LINES, TURNS)}
# The order number in the latest user message and in the reply: each call of the conversation
# case puts another number of the same width there, so that its texts are new but no longer.
ORDER = "48213"


def typical_exchange(case: str = "german") -> Exchange:
    reply, turns = CASES[case]
    return Exchange(
        request_model="gpt-4o-mini",
        system_instructions=["You are a helpful customer support assistant for ShopNow. Be concise."],
        messages=[Message(role, text) for role, text in turns],
        output_text=reply,
        finish_reasons=["stop"],
    )


def fresh_turn(exchange: Exchange, round_no: int) -> Exchange:
    """The same conversation with a new latest user message and a new reply (never seen, as
    long as ``round_no`` stays below 90,000): the order number in both is another one."""
    order = f"{10000 + round_no % 90000:05d}"
    messages = list(exchange.messages)
    last = messages[-1]
    messages[-1] = Message(last.role, last.content.replace(ORDER, order))
    return Exchange(
        request_model=exchange.request_model,
        system_instructions=exchange.system_instructions,
        messages=messages,
        output_text=exchange.output_text.replace(ORDER, order),
        finish_reasons=exchange.finish_reasons,
    )


def clear_caches() -> None:
    language.clear_cache()
    conversation.clear_cache()


def median_us(run, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        clear_caches()
        start = time.perf_counter_ns()
        run()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1000.0


def per_check_in_conversation(checks, run_checks, exchange: Exchange, rounds: int) -> dict[str, float]:
    """Median µs of each check inside a conversation call, run in the pipeline's order: work
    several checks share (the reply's words, its identification) is paid by the first one."""
    for round_no in range(CACHE_FILL):
        run_checks(fresh_turn(exchange, 40_000 + round_no))
    samples: dict[str, list[int]] = {spec.name: [] for spec in checks}
    for round_no in range(rounds):
        current = fresh_turn(exchange, 50_000 + round_no)
        for spec in checks:
            start = time.perf_counter_ns()
            spec.function(current)
            samples[spec.name].append(time.perf_counter_ns() - start)
    return {name: statistics.median(values) / 1000.0 for name, values in samples.items()}


def measure_together(run_checks, exchange: Exchange, rounds: int, batches: int) -> dict[str, list[list[float]]]:
    """Both cases in turn, batch by batch (so that both see the machine's quiet and busy
    spells): ``{case: [[µs per call, ...] per batch]}``."""
    samples: dict[str, list[list[float]]] = {"cleared": [], "conversation": []}
    per_batch = max(1, rounds // batches)
    round_no = 0
    for _ in range(batches):
        cleared: list[float] = []
        for _ in range(per_batch):
            clear_caches()
            start = time.perf_counter_ns()
            run_checks(exchange)
            cleared.append((time.perf_counter_ns() - start) / 1000.0)
        samples["cleared"].append(cleared)
        # In a conversation: the caches as a running service has them, full, each new text
        # evicting an old one (the eviction is part of the cost).
        for _ in range(CACHE_FILL):
            run_checks(fresh_turn(exchange, round_no))
            round_no += 1
        ongoing: list[float] = []
        for _ in range(per_batch):
            current = fresh_turn(exchange, round_no)
            round_no += 1
            start = time.perf_counter_ns()
            run_checks(current)
            ongoing.append((time.perf_counter_ns() - start) / 1000.0)
        samples["conversation"].append(ongoing)
    return samples


def summary(batches: list[list[float]]) -> tuple[float, float]:
    """(median of every call, the lowest of the batches' medians)."""
    every = [us for batch in batches for us in batch]
    return statistics.median(every), min(statistics.median(batch) for batch in batches)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4000)
    parser.add_argument("--batches", type=int, default=8, help="the rounds are run in this many batches")
    parser.add_argument(
        "--without", default="", help="comma list of checks to leave out (e.g. the four conversation checks)"
    )
    parser.add_argument("--case", choices=sorted(CASES), default="german", help="the conversation's language")
    args = parser.parse_args(argv)
    settings = load_settings({"OTEL_MICROMETRICS_LEVEL": "walk"})
    left_out = {name.strip() for name in args.without.split(",") if name.strip()}
    checks = [spec for spec in select_checks(settings) if spec.name not in left_out]
    # As an instrumented call runs them: errors counted, run times told to the budget timer.
    errors: list[str] = []
    timer = CheckTimer(None, settings.check_budget)

    def run_checks(exchange: Exchange) -> None:
        evaluate(exchange, checks, lambda spec, error_type: errors.append(f"{spec.name}: {error_type}"), timer)

    exchange = typical_exchange(args.case)
    run_checks(exchange)  # warm up: model load, regex compilation
    gc.disable()
    try:
        rows = [(spec.name, median_us(lambda s=spec: s.function(exchange), args.rounds)) for spec in checks]
        in_order = per_check_in_conversation(checks, run_checks, exchange, args.rounds)
        together = measure_together(run_checks, exchange, args.rounds, args.batches)
    finally:
        gc.enable()
    if errors:
        print(f"checks failed: {sorted(set(errors))}", file=sys.stderr)
        return 1
    print(
        f"{args.case} conversation, reply {len(exchange.output_text)} characters, {len(exchange.messages) + 1} turns, {args.rounds} rounds in {args.batches} batches, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(f"{'check':<28} {'alone, cleared':>15} {'in a conversation':>18}")
    for name, us in rows:
        print(f"{name:<28} {us:>15.1f} {in_order[name]:>18.1f}")
    print(f"{'sum':<28} {sum(us for _, us in rows):>15.1f} {sum(in_order.values()):>18.1f}")
    title = "all walk-level checks" if not left_out else f"{len(checks)} walk-level checks"
    print(f"\n{title:<28} {'median µs':>10} {'quietest batch':>15}")
    for case, label in (("cleared", "every cache cleared"), ("conversation", "in a conversation")):
        median, quietest = summary(together[case])
        print(f"{label:<28} {median:>10.1f} {quietest:>15.1f}")
    _, quietest = summary(together["conversation"])
    verdict = "holds" if quietest <= TARGET_US else "MISSED"
    print(f"target: at most {TARGET_US:.0f} µs median in a conversation (quietest batch): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
