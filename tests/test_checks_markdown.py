"""markdown: present/absent markdown syntax in the reply."""

from __future__ import annotations

import pytest

from otel_micrometrics import Exchange
from otel_micrometrics.checks.markdown import markdown


def md(text: str):
    return markdown(Exchange(output_text=text))


@pytest.mark.parametrize(
    "text,kinds",
    [
        ("## Opening hours\nWe open at 8.", "heading"),
        ("Title\n=====\nbody", "heading"),
        ("It is **ready** now.", "emphasis"),
        ("It is __ready__ now.", "emphasis"),
        ("Please *bring* your card.", "emphasis"),
        ("Please _bring_ your card.", "emphasis"),
        ("Was ~~12.99~~ now 9.99.", "emphasis"),
        ("Bring:\n- your card\n- an ID", "list"),
        ("Bring:\n* your card\n+ an ID", "list"),
        ("1. Open the app\n2. Tap Renew", "list"),
        ("Reply with:\n```\nSTOP\n```", "code fence"),
        ("Reply `STOP` to opt out.", "inline code"),
        ("See [your account](https://x.test/a).", "link"),
        ("![logo](https://x.test/l.png)", "link"),
        ("| Item | Price |\n|---|---|\n| Tea | 4 |", "table"),
        ("| Item | Price |\n| :--- | ---: |\n| Tea | 4 |", "table"),
        ("> Take one tablet.", "blockquote"),
        ("Part one\n\n---\n\nPart two", "horizontal rule"),
        ("# Plan\n- **Step** one with `code`", "heading, list, emphasis, inline code"),
    ],
)
def test_present(text, kinds):
    result = md(text)
    assert result.label == "present", text
    assert result.explanation == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, your prescription is ready. We are open until 8 pm today.",
        "You take 2 tablets 3 times a day, so 2 * 3 = 6 tablets.",
        "Open Mon-Fri 8-20, drive-through 24/7.",
        "Your reference is rx_2024_0815, keep it.",
        "Vitamin D3 is our #1 seller, 20% off.",
        "You're welcome :-) Get well soon!",
        "2019 was our opening year.\n12 pharmacists work here.",
        "Free delivery over 30 euros*\n*except prescription items",
        "-5 degrees tonight, so dress warmly.",
        "Use *args and **kwargs in Python.",
    ],
)
def test_absent(text):
    result = md(text)
    assert result.label == "absent", (text, result)
    assert result.explanation is None


def test_does_not_apply_without_text():
    assert md("") is None and md("  \n ") is None
    assert markdown(Exchange(output_text="# x", error_type="Timeout")) is None
