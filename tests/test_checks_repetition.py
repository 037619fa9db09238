"""repetition: a reply that degenerates into a loop."""

from __future__ import annotations

import pytest

from otel_micrometrics import Exchange
from otel_micrometrics.checks.repetition import (
    LOOP_SHARE,
    MIN_NGRAMS,
    near_repeated_items,
    ngrams,
    repeated_items,
    repeated_share,
    repetition,
)

PROSE = (
    "Thanks for reaching out! I checked your order placed on Tuesday. It shipped yesterday from our warehouse "
    "in Leipzig and should arrive within two or three business days. You can follow the parcel with the tracking "
    "link in your confirmation email. If it has not arrived by Friday, reply to this message and I will open an "
    "investigation with the carrier."
)


def rep(text: str):
    return repetition(Exchange(output_text=text))


def test_score_is_share_of_repeated_word_4grams():
    # 8 words -> 5 4-grams: (a b c d) (b c d a) (c d a b) (d a b c) (a b c d) -> 1 repeat of 5
    assert ngrams("a b c d a b c d")[0] == ("a", "b", "c", "d")
    assert repeated_share(ngrams("a b c d a b c d")) == pytest.approx(0.2)
    assert rep(PROSE).score == 0.0 and rep(PROSE).label == "pass"


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, I can't help with that. " * 12,
        "The article explains that the " + "the " * 40,
        "Here are fruits:\n1. Apples\n2. Bananas\n" + "3. Cherries\n" * 14,
        "[" + '{"id": 1, "name": "mug"}, ' * 15,
        "Ha" * 120,
        "您的订单正在处理中。" + "我很抱歉，我无法帮助您。" * 10,
        ("Yes, it is in stock. Would you like to order it now? " * 10),
    ],
)
def test_loops_fail(text):
    result = rep(text)
    assert result.label == "fail"
    assert result.score >= LOOP_SHARE
    assert result.explanation.endswith("of the reply's n-grams repeat")


def test_loop_that_starts_late_fails_on_the_second_half():
    result = rep(PROSE + " " + "Let me know if you have any other questions. " * 9)
    assert result.label == "fail"
    assert result.score < LOOP_SHARE  # the whole reply is under the threshold ...
    assert "second half" in result.explanation  # ... its second half is not


@pytest.mark.parametrize(
    "text",
    [
        PROSE,
        "| Feature | Basic | Pro |\n|---|---|---|\n| SSO | No | Yes |\n| API | No | Yes |\n| Audit | No | No |\n"
        "| Exports | Yes | Yes |\n| Backups | Yes | Yes |\n| Support | Email | Phone |",
        "Monday: 9:00 to 17:00\nTuesday: 9:00 to 17:00\nWednesday: 9:00 to 17:00\nThursday: 9:00 to 19:00\n"
        "Friday: 9:00 to 17:00\nSaturday: 10:00 to 14:00\nSunday: closed",
        "1. Open the app and tap Settings.\n2. Tap Account, then Security.\n3. Choose Reset password.\n"
        "4. Enter the code we sent you.\n5. Choose a new password.",
        '[{"id": 1, "name": "Ana", "role": "admin"}, {"id": 2, "name": "Ben", "role": "editor"}, '
        '{"id": 3, "name": "Chloe", "role": "viewer"}]',
        "您好！您的订单已于昨天从上海仓库发出，预计两到三个工作日内送达。您可以通过确认邮件中的物流链接查看包裹的实时状态。",
    ],
)
def test_lists_tables_and_prose_pass(text):
    assert rep(text).label == "pass"


def test_short_replies_pass_and_empty_does_not_apply():
    short = "no " * (MIN_NGRAMS + 2)  # 18 words make 15 4-grams: too few to call a loop
    assert rep(short).label == "pass" and rep(short).score > 0.9
    assert rep("OK").label == "pass" and rep("OK").score == 0.0
    assert rep("") is None and rep(" \n") is None
    assert repetition(Exchange(output_text="x x x x", error_type="Timeout")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Here are some ideas:\n1. The Daily Grind\n2. Bean There\n3. Brew Haven\n4. Brew Haven\n5. Brew Haven\n6. Brew Haven",
        "- ブルーボトルコーヒー 清澄白河\n- 猿田彦珈琲 恵比寿本店\n- ブルーボトルコーヒー 清澄白河\n- ブルーボトルコーヒー 清澄白河\n"
        "- ブルーボトルコーヒー 清澄白河",
        "Typische Gerichte:\n* Schweinshaxe\n* Obatzda\n* **Schweinshaxe**\n* Schweinshaxe.\n* Schweinshaxe",
    ],
)
def test_repeated_list_items_fail_whatever_their_numbering_or_bullets(text):
    assert rep(text).label == "fail"


def test_repeated_items_are_counted_without_numbers_bullets_or_markup():
    items, repeats = repeated_items(
        "Ideas:\n1. Brew Haven\n2. Bean There\n3. **Brew Haven**\n- Brew Haven.\n* brew haven"
    )
    assert (items, repeats) == (6, 3)  # "Ideas:" is a line too
    result = rep(
        "Here are some ideas:\n1. The Daily Grind\n2. Bean There\n3. Brew Haven\n4. Brew Haven\n5. Brew Haven\n6. Brew Haven"
    )
    assert result.explanation == "3 of the reply's 7 lines or list items repeat an earlier one"


def test_lists_whose_items_differ_pass_and_one_repeated_item_fails():
    plan = "Week plan:\n1. Monday: run\n2. Tuesday: rest\n3. Wednesday: swim\n4. Thursday: rest\n5. Friday: run"
    assert rep(plan).label == "pass"
    # "a list repeats items" is a fail, once is enough (the corpus writers' labels agree)
    twice = "- Brew Haven\n- Bean There\n- Brew Haven\n- The Daily Grind\n- Roast Republic"
    assert rep(twice).label == "fail"
    documents = "1. RG ou CNH\n2. CPF\n3. Comprovante de residência\n4. Comprovante de renda\n5. CPF (Cadastro de Pessoa Física)"
    assert rep(documents).label == "fail"
    closings = "1. 今後ともよろしくお願い申し上げます。\n2. ご不便をおかけしました。\n3. 今後ともどうぞよろしくお願い申し上げます。"
    assert rep(closings).label == "fail"
    # a recipe's numbered steps use its bulleted ingredients: no repeat
    recipe = (
        "- 2 Zwiebeln\n- 500 g Hackfleisch\n- 1 Dose Tomaten\n\n1. Zwiebeln würfeln und anbraten.\n"
        "2. Hackfleisch dazugeben und krümelig braten.\n3. Tomaten dazugeben und 20 Minuten köcheln."
    )
    assert rep(recipe).label == "pass"


@pytest.mark.parametrize(
    "text",
    [
        "1. Lantern Roastery 2. Lantern Roastery 3. Lantern Roastery",
        "Ideas for the shop name: 1. Lantern Roastery 2. Lantern Roastery 3. Lantern Roastery",
        "Options: 1) Nordlicht Café 2) Nordlicht Café 3) Nordlicht Café 4) Nordlicht Café",
        "1. Lantern Roastery\n2. Lantern Roastery\n3. Lantern Roastery",
    ],
)
def test_a_numbered_list_on_one_line_fails_like_the_same_list_on_lines(text):
    result = rep(text)
    assert result.label == "fail"
    assert "list items repeat" in result.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Ideas: 1. Lantern Roastery 2. Copper Kettle 3. Morning Ritual 4. Lantern Roastery 5. Bean Theory",
        "To reset it: 1. Open the app 2. Open the menu 3. Open the settings 4. Open your profile",
        "Plan A\nPrice: free\nPlan B\nPrice: free\nPlan C\nPrice: free",
        "Sure.\nSure.",
    ],
)
def test_lists_with_similar_or_twice_repeated_items_pass(text):
    assert rep(text).label == "pass"


@pytest.mark.parametrize(
    "text,listed,near",
    [
        (
            "1. **Bowling** – in two teams, then pizza\n2. **Climbing hall** – for all levels\n"
            "3. **Cooking class** – cook a menu together\n4. **Bowling** – two teams and a pizza after\n"
            "5. **Hall climbing** – fine for beginners too",
            5,
            2,
        ),
        (
            "Ideas for a day in Prague:\n\n1. Walk across Charles Bridge to the Old Town Square\n2. Prague Castle\n"
            "3. Ride the funicular up Petřín hill\n4. Old Town Square and Charles Bridge at sunset\n"
            "5. The castle and St Vitus\n6. Ride the funicular up Petřín hill for the view\n7. Walk across Charles Bridge\n",
            7,
            3,
        ),
    ],
)
def test_list_items_that_say_an_earlier_one_again_in_other_words_fail(text, listed, near):
    assert near_repeated_items(text) == (listed, near)
    result = rep(text)
    assert result.label == "fail"
    assert result.explanation == f"{near} of the reply's {listed} list items say an earlier one again in other words"


@pytest.mark.parametrize(
    "text",
    [
        "1. Visit the Louvre museum\n2. Visit the Orsay museum\n3. Walk along the Seine\n4. Climb Montmartre",
        "1. Python basics – syntax and types\n2. Python for data analysis – pandas\n3. Python web apps – Flask",
        "- Escape room in Utrecht\n- Escape room in Amsterdam\n- Canoeing on the Vecht\n- Cooking workshop\n- Pub quiz",
    ],
)
def test_lists_of_similar_but_different_items_pass(text):
    assert rep(text).label == "pass"


def test_a_cjk_list_without_a_space_after_its_numbers_is_read_item_by_item():
    text = "推荐几部电影：\n1.《霸王别姬》\n2.《活着》\n3.《霸王别姬》\n4.《活着》\n5.《霸王别姬》\n6.《活着》"
    assert repeated_items(text) == (7, 4)
    assert rep(text).label == "fail"


def test_a_place_named_again_shorter_is_a_repeated_item():
    reply = (
        "Ideas for a weekend in Lisbon:\n\n"
        "1. Belém Tower – the riverside fortress.\n2. Alfama – old streets and fado bars.\n"
        "3. LX Factory – shops and cafés in an old mill.\n4. Sintra Palaces – a day trip by train.\n"
        "5. Belém – the tower and the monastery by the river.\n6. Sintra Palaces Tour – Pena and Quinta da Regaleira.\n"
        "7. LX Factory Market – Sunday stalls."
    )
    result = rep(reply)
    assert result.label == "fail"


def test_tiers_that_differ_by_their_numbers_are_not_repeats():
    reply = (
        "Die Kündigungsfrist beträgt:\n\n- im 1. Dienstjahr: 1 Monat\n- vom 2. bis und mit 9. Dienstjahr: 2 Monate\n"
        "- ab dem 10. Dienstjahr: 3 Monate"
    )
    result = rep(reply)
    assert result.label == "pass"
