"""Cost of the conversation checks on a typical 6-turn support conversation (replies of about
500 characters), per check, measured side by side with a do-nothing baseline in one run.

As in a live conversation, the earlier turns are the same texts on every call (their features
are computed once and remembered), while the latest user message and the reply are new texts
on every call.

    python benchmarks/conversation_checks.py [--repeat 2000]
"""

from __future__ import annotations

import argparse
import statistics
import time

from otel_micrometrics import Exchange, Message
from otel_micrometrics.checks import conversation

REPLIES = [
    "Thanks for reaching out! I checked your account and I can see the order you placed on June 2. "
    "It left our warehouse in Leeds yesterday evening and is now with the carrier, who expects to deliver "
    "it within two business days. You will receive an email with the tracking link as soon as the carrier "
    "scans the parcel at their first depot. If you are not at home, the driver will leave a card with "
    "instructions to pick it up at the nearest collection point. Is there anything else I can help with?",
    "I understand the wait is frustrating. The carrier's latest scan shows the parcel at the regional depot, "
    "which usually means delivery on the next working day. I have added a note to your order so that our "
    "team can follow up with the carrier if it does not arrive by Friday. In the meantime, you can change "
    "the delivery address or choose a safe place from the tracking page, which is often faster than calling "
    "the carrier directly. Let me know if you would like me to send you that link again right now.",
]
USERS = [
    "Hi, where is my order? I placed it last week and it still hasn't arrived.",
    "It still hasn't arrived and the tracking page doesn't show anything new.",
    "Can you check again where my order is? It's been over a week now.",
]


def typical_exchange(serial: int = 0) -> Exchange:
    messages: list[Message] = []
    for turn in range(3):
        text = USERS[turn] + (f" (ref {serial})" if turn == 2 else "")
        messages.append(Message("user", text))
        if turn < 2:
            messages.append(Message("assistant", REPLIES[turn % 2]))
    reply = REPLIES[0].replace("Thanks", "Thank you") + f" Ticket {serial}."
    return Exchange(messages=messages, output_text=reply)


def baseline(exchange: Exchange) -> None:
    return None


def all_four(exchange: Exchange) -> None:
    conversation.user_rephrase(exchange)
    conversation.user_frustration(exchange)
    conversation.assistant_repeat(exchange)
    conversation.handoff(exchange)


def per_call_us(fn, exchanges: list[Exchange]) -> float:
    samples = []
    for _ in range(7):
        start = time.perf_counter()
        for exchange in exchanges:
            fn(exchange)
        samples.append((time.perf_counter() - start) / len(exchanges) * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    exchange = typical_exchange()
    serial = iter(range(10**9))
    checks = [("(baseline: empty function)", baseline)] + [
        (fn.__name__, fn)
        for fn in (
            conversation.user_rephrase,
            conversation.user_frustration,
            conversation.assistant_repeat,
            conversation.handoff,
        )
    ]
    print(
        f"{len(exchange.messages)} messages, reply of {len(exchange.output_text)} characters; "
        f"median of 7 runs x {args.repeat} calls"
    )
    total = 0.0
    for name, fn in checks:
        # fresh latest texts for every run of every check
        cost = per_call_us(fn, [typical_exchange(next(serial) + 1) for _ in range(args.repeat)])
        result = fn(exchange)
        label = getattr(result, "label", None)
        if fn is not baseline:
            total += cost
        print(f"  {name:28} {cost:8.2f} us   label={label}")
    print(f"  {'sum of the four alone':28} {total:8.2f} us")
    # as in production: the four on the same exchange, sharing the words of its new texts
    together = per_call_us(all_four, [typical_exchange(next(serial) + 1) for _ in range(args.repeat)])
    print(f"  {'all four on each exchange':28} {together:8.2f} us")


if __name__ == "__main__":
    main()
