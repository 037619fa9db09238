"""Conversation checks, on literal exchanges: one test per label and per edge case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from otel_micrometrics import Exchange, Message, ToolCall
from otel_micrometrics.checks.conversation import assistant_repeat, handoff, user_frustration, user_rephrase
from otel_micrometrics.registry import REGISTRY

CORPUS = Path(__file__).parent / "data" / "corpus_conversation.jsonl"


def convo(*turns: str, reply: str = "", tools: tuple[str, ...] = (), handoff_tools=None) -> Exchange:
    """``convo("u:hi", "a:hello", "u:...")`` -> an exchange whose reply is ``reply``."""
    messages = []
    for turn in turns:
        role, _, text = turn.partition(":")
        messages.append(Message(role={"u": "user", "a": "assistant", "t": "tool"}[role], content=text))
    return Exchange(
        messages=messages,
        output_text=reply,
        tool_calls=[ToolCall(name=t) for t in tools],
        handoff_tools=handoff_tools,
    )


def label(result) -> str | None:
    return None if result is None else result.label


def test_registered_at_walk_level_with_labels():
    for name, labels in (
        ("user_rephrase", ("pass", "fail")),
        ("user_frustration", ("pass", "fail")),
        ("assistant_repeat", ("pass", "fail")),
        ("handoff", ("handoff", "none")),
    ):
        spec = REGISTRY.get(name)
        assert spec is not None and spec.level == "walk" and spec.labels == labels
        assert spec.owner and spec.review_by and spec.description


# --- user_rephrase ---------------------------------------------------------------------------


def test_rephrase_verbatim_repeat_fails_with_score_one():
    r = user_rephrase(
        convo("u:How do I reset my password?", "a:Use the 'Forgot password' link.", "u:how do I reset my password??")
    )
    assert r.label == "fail" and r.score == 1.0


def test_rephrase_near_same_words_fails_across_languages():
    cases = [
        ("Wie kann ich mein Passwort zurücksetzen?", "Wie kann ich bitte mein Passwort zurücksetzen??"),
        ("Comment réinitialiser mon mot de passe ?", "comment je réinitialise mon mot de passe ??"),
        ("Quiero cancelar mi suscripción.", "No quiero pausarla, quiero cancelar la suscripción."),
    ]
    for previous, latest in cases:
        r = user_rephrase(convo(f"u:{previous}", "a:Sure, here is how.", f"u:{latest}"))
        assert r.label == "fail", (previous, latest, r)
        assert 0.25 <= r.score <= 1.0


def test_rephrase_previous_message_inside_a_longer_one_fails():
    r = user_rephrase(
        convo(
            "u:Why is my bill higher this month?",
            "a:It includes a $25 activation fee.",
            "u:I didn't add a new line. Why is my bill higher?",
        )
    )
    assert r.label == "fail" and r.explanation == "repeats the previous user message"


def test_rephrase_marker_with_some_overlap_fails():
    r = user_rephrase(
        convo(
            "u:Bezorgen jullie in België?",
            "a:Ja, binnen 2-3 werkdagen.",
            "u:Ik bedoel, is de bezorging naar België gratis?",
        )
    )
    assert r.label == "fail" and r.explanation == "asks the previous question again"


def test_rephrase_second_request_for_a_human_fails():
    r = user_rephrase(
        convo(
            "u:Quero falar com um atendente.",
            "a:Sou um assistente virtual.",
            "u:Quero falar com uma pessoa de verdade, por favor.",
        )
    )
    assert r.label == "fail" and r.explanation == "asks for a human again"


def test_rephrase_same_question_about_something_else_passes():
    for previous, latest in (
        ("What's the price of the Basic plan?", "What's the price of the Pro plan?"),
        ("How long does shipping to Canada take?", "How long does shipping to Mexico take?"),
        ("Hoe voeg ik een gebruiker toe?", "Hoe verwijder ik een gebruiker?"),
        ("Does the jacket come in size XL?", "Does it come in size XXL?"),
    ):
        r = user_rephrase(convo(f"u:{previous}", "a:Here you go.", f"u:{latest}"))
        assert r.label == "pass", (previous, latest, r)


def test_rephrase_a_new_question_passes_with_low_score():
    r = user_rephrase(convo("u:Can I pay with PayPal?", "a:Yes.", "u:Do you ship to Norway as well?"))
    assert r.label == "pass" and r.score < 0.3


def test_rephrase_does_not_apply():
    assert user_rephrase(convo("u:How do I reset my password?")) is None  # first turn
    assert user_rephrase(convo("u:Where is my order 7731?", "a:Let me look.", "u:ok thanks")) is None  # short
    assert (
        user_rephrase(
            convo("u:Where is my order 7731?", "a:Checking.", "u:Where is my order 7731?", 't:{"status": "shipped"}')
        )
        is None
    )  # tool round-trip
    assert user_rephrase(Exchange()) is None


# --- user_frustration ------------------------------------------------------------------------

FRUSTRATED = [
    "That's not what I asked.",
    "You already said that.",
    "this is useless",
    "Can I talk to a human please?",
    "I want to speak to a real person",
    "¡No me estás entendiendo!",
    "Ya me lo dijiste. Esto no sirve para nada.",
    "Sie verstehen mich nicht.",
    "Das haben Sie schon gesagt. Völlig nutzlos.",
    "Ce n'est pas ce que je vous ai demandé !",
    "Je veux parler à un conseiller.",
    "Você não está me entendendo!",
    "Quero falar com uma pessoa de verdade.",
    "Non è quello che ho chiesto!",
    "Per la terza volta: non funziona!",
    "Dat heb je al gezegd. Waardeloos.",
    "Ik wil een echt persoon spreken.",
    "I TOLD YOU THERE IS NO EXPORT BUTTON",
]
CALM = [
    "Thanks, that worked!",
    "I need help with my human resources portal login.",
    "My insurance agent said my claim was approved.",
    "Please change the contact person to Maria Lopez.",
    "Does this help with the backup issue?",
    "Quiero cambiar la persona de contacto de la empresa.",
    "Ich habe noch eine Frage zur Rechnung.",
    "Merci beaucoup pour votre aide !",
    "Posso parcelar a compra?",
    "Il prodotto è arrivato rotto.",
    "Kan ik achteraf betalen?",
    "OK",
]


@pytest.mark.parametrize("text", FRUSTRATED)
def test_frustration_fails(text):
    r = user_frustration(convo("u:Where is my order?", "a:It shipped yesterday.", f"u:{text}"))
    assert r.label == "fail" and r.explanation


@pytest.mark.parametrize("text", CALM)
def test_frustration_passes_on_calm_messages(text):
    assert label(user_frustration(convo("u:Hi there", "a:Hello! How can I help?", f"u:{text}"))) == "pass"


def test_frustration_does_not_apply():
    assert user_frustration(convo("u:This is useless, get me a human")) is None  # first turn
    assert user_frustration(convo("u:hi", "a:hello", "u:This is useless", "t:{}")) is None  # tool result last
    assert user_frustration(convo("u:hi", "a:hello")) is None  # ends with the assistant


# --- assistant_repeat ------------------------------------------------------------------------

ROUTER = "Please try restarting your router by unplugging it for 30 seconds and plugging it back in."


def test_repeat_verbatim_fails():
    r = assistant_repeat(convo("u:My internet drops.", f"a:{ROUTER}", "u:Did that already.", reply=ROUTER))
    assert r.label == "fail" and r.score == 1.0


def test_repeat_with_small_edits_fails():
    earlier = "Your refund of $45.00 was issued on June 2 and should appear on your statement within 5-7 business days."
    reply = (
        "Your refund of $45.00 was issued on June 2 and should appear on your card statement "
        "within 5 to 7 business days."
    )
    r = assistant_repeat(convo("u:Where is my refund?", f"a:{earlier}", "u:Still nothing.", reply=reply))
    assert r.label == "fail" and 0.7 <= r.score < 1.0


def test_repeat_same_template_other_content_passes():
    r = assistant_repeat(
        convo(
            "u:Status of order 1001?",
            "a:Order 1001 shipped on May 3 with UPS and was delivered on May 6.",
            "u:And 1002?",
            reply="Order 1002 is still being packed at our warehouse in Leeds and should ship on Friday.",
        )
    )
    assert r.label == "pass" and r.score < 0.7


def test_repeat_compares_with_every_earlier_turn():
    r = assistant_repeat(
        convo("u:a", f"a:{ROUTER}", "u:b", "a:Could you tell me your customer number?", "u:c", reply=ROUTER)
    )
    assert r.label == "fail"


def test_repeat_does_not_apply():
    assert assistant_repeat(convo("u:Where is my order?", reply=ROUTER)) is None  # no earlier assistant turn
    assert (
        assistant_repeat(convo("u:thanks", "a:You're welcome!", "u:thanks!", reply="You're welcome!")) is None
    )  # short
    assert assistant_repeat(convo("u:x", f"a:{ROUTER}", "u:y", reply="", tools=("lookup",))) is None  # no text


def test_repeat_with_no_earlier_turn_of_comparable_length():
    # The earlier assistant turn is far shorter than the reply: nothing can be a near copy.
    long_reply = ROUTER + " " + ROUTER
    r = assistant_repeat(convo("u:a", "a:Sure.", "u:b", reply=long_reply))
    assert r is not None and r.label == "pass" and r.score == 0.0
    # ... but a reply of fewer than 5 words still does not apply, whatever the earlier turns
    long_turn = "a:" + ROUTER * 3
    assert assistant_repeat(convo("u:a", long_turn, "u:b", reply="Ok, gern.")) is None
    # words are counted as the check reads them: punctuation is not a word
    assert assistant_repeat(convo("u:a", long_turn, "u:b", reply="Ja ... ja !!! ok -- gut ?")) is None
    assert assistant_repeat(convo("u:a", long_turn, "u:b", reply="Ja, ja, ok, gut, prima.")).label == "pass"


# --- handoff ---------------------------------------------------------------------------------

HANDOFF_SENTENCES = [
    "I'm transferring you to a member of our billing team now.",
    "I'm connecting you with one of our support agents now.",
    "Te paso con un agente del equipo de facturación.",
    "Ich verbinde Sie jetzt mit einem Mitarbeiter aus der Buchhaltung.",
    "Je vous mets en relation avec un conseiller du service facturation.",
    "Vou transferir você para um atendente do setor financeiro.",
    "La metto in contatto con un operatore dell'ufficio fatturazione.",
    "Ik verbind u nu door met een medewerker van de financiële afdeling.",
    "Een medewerker neemt het gesprek nu over.",
]
NOT_HANDOFF = [
    "Would you like me to transfer you to a human agent?",
    "If you'd like, I can connect you with our sales team for a quote.",
    "Si lo prefieres, puedo pasarte con un asesor.",
    "Wenn Sie möchten, verbinde ich Sie mit einem Kollegen.",
    "Souhaitez-vous que je vous mette en relation avec un conseiller ?",
    "For disputed transactions you can call our fraud team 24/7 at 0800 123 456.",
    "Your refund was issued on June 2.",
]


@pytest.mark.parametrize("text", HANDOFF_SENTENCES)
def test_handoff_sentence(text):
    r = handoff(convo("u:I want a refund", reply=text))
    assert r.label == "handoff" and r.explanation.startswith("handoff sentence")


@pytest.mark.parametrize("text", NOT_HANDOFF)
def test_offers_and_referrals_are_not_a_handoff(text):
    assert label(handoff(convo("u:I want a refund", reply=text))) == "none"


def test_handoff_tool_call_default_names():
    for name in ("transfer_to_human", "escalate", "handoff_to_human"):
        r = handoff(convo("u:human please", tools=("lookup_order", name)))
        assert r.label == "handoff" and r.explanation == f"tool call {name}"
    assert label(handoff(convo("u:where is it", tools=("lookup_order",)))) == "none"


def test_handoff_tool_names_come_from_the_exchange():
    assert label(handoff(convo("u:x", tools=("page_oncall",), handoff_tools=("page_oncall",)))) == "handoff"
    assert label(handoff(convo("u:x", tools=("escalate",), handoff_tools=("page_oncall",)))) == "none"
    assert label(handoff(convo("u:x", tools=("escalate",), handoff_tools=()))) == "none"


def test_handoff_does_not_apply_without_text_or_tool_calls():
    assert handoff(convo("u:hello")) is None


# --- the corpus ------------------------------------------------------------------------------


def _corpus_figures(split: str) -> dict[str, tuple[float, float]]:
    checks = {
        "user_rephrase": user_rephrase,
        "user_frustration": user_frustration,
        "assistant_repeat": assistant_repeat,
        "handoff": handoff,
    }
    counts = {name: [0, 0, 0] for name in checks}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["split"] != split:
            continue
        exchange = Exchange.from_dict(record)
        for name, fn in checks.items():
            positive = "handoff" if name == "handoff" else "fail"
            got, expected = label(fn(exchange)), record["expect"][name]
            assert (got is None) == (expected is None), (record["id"], name, got, expected)
            tp_fp_fn = counts[name]
            tp_fp_fn[0] += got == positive and expected == positive
            tp_fp_fn[1] += got == positive and expected != positive
            tp_fp_fn[2] += got != positive and expected == positive
    return {name: (tp / (tp + fp), tp / (tp + fn)) for name, (tp, fp, fn) in counts.items()}


def test_corpus_shape():
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 100
    assert {r["lang"] for r in records} >= {"en", "es", "de", "fr", "pt", "it", "nl"}
    assert {r["split"] for r in records} == {"tune", "dev"}
    assert len({r["id"] for r in records}) == len(records)


@pytest.mark.parametrize("split, floor", [("tune", 0.95), ("dev", 0.80)])
def test_corpus_precision_and_recall(split, floor):
    for name, (precision, recall) in _corpus_figures(split).items():
        assert precision >= floor and recall >= floor, (split, name, precision, recall)
