"""Repetition: a reply that degenerates into a loop (the same words over and over).

Measured on word 4-grams (character 6-grams for text written without spaces, such as
Chinese or Japanese): the score is the share of n-gram occurrences that repeat an earlier
one. Prose has almost none; lists and tables repeat their layout but not their content
(table pipes are not words), so they stay low as well.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ..exchange import Exchange
from ..registry import Result, check
from .prose import _single_spaced
from .text import WORDS_MAX_CHARS, split_all_words, words

OWNER = "otel-micrometrics"

WORD_N = 4
CHAR_N = 6
# fail when at least this share of all n-grams are repeats ...
LOOP_SHARE = 0.5
# ... or when the second half of the reply is this repetitive (a loop that starts late)
TAIL_LOOP_SHARE = 0.7
# fewer n-grams than this is too little to call a loop
MIN_NGRAMS = 16
# text analysed, from the end (where loops run on until the token limit)
MAX_CHARS = 20_000
# fewer words than one per this many characters: text without word breaks (CJK)
CHARS_PER_WORD = 10

_NOT_WORD = re.compile(r"[\W_]+")
# A list item or line counts as repeated when this many of its occurrences repeat an earlier one
# and they are at least this share of the reply's items ("4. Brew Haven 5. Brew Haven ...").
ITEM_REPEATS = 3
ITEM_REPEAT_SHARE = 0.3
# (a CJK list often writes no space after the number: "1.《城南旧事》", "2、骆驼祥子")
_ITEM_MARKER = re.compile(r"^\s*(?:(?:[-*+•·>]|\d{1,3}[.)]|[a-zA-Z][.)])\s+|\d{1,3}[.)、．](?=[^\x00-\x7f\d]))")
_INLINE_NUMBER = re.compile(r"(?:^|\s)\d{1,3}[.)]\s+")
# What each inline number holds, "." or ")" between a digit and a space (the search starts at a
# "." or ")" only).
_NUMBER_MARK = re.compile(r"[.)](?<=\d[.)])\s")
_ITEM_PUNCTUATION = "*_`#:;,.!?。！？、 \t"
_FENCE = re.compile(r"```.*?(?:```|\Z)", re.S)


def repeated_items(text: str) -> tuple[int, int]:
    """(items, repeats): the reply's lines and list items, their numbering, bullets and markup
    dropped, and how many of them repeat an earlier one."""
    items, repeats, _ = _item_counts(text)
    return items, repeats


def _item_counts(text: str) -> tuple[int, int, int]:
    """(items, repeats, occurrences of the most frequent item)."""
    if "```" in text:
        text = _FENCE.sub("\n", text)
    items: list[str] = []
    for line in text.split("\n"):
        if not line:
            continue  # no item
        parts = _INLINE_NUMBER.split(line) if _numbered(line) else (line,)
        for part in parts:
            item = _ITEM_MARKER.sub("", part).strip(_ITEM_PUNCTUATION).lower()
            if not _single_spaced(item):  # mostly it is: no splitting and joining then
                item = " ".join(item.split())
            # an item mostly starts with a letter: no character loop then
            if item and (item[0].isalpha() or any(c.isalpha() for c in item)):
                items.append(item)
    counts = Counter(items)
    return len(items), len(items) - len(counts), max(counts.values(), default=0)


def _numbered(line: str) -> bool:
    """Whether the line holds three inline numbers ("1. Brew Haven 2. Brew Haven 3. ..."). Searching
    for them tries every character of the line and cost more than the rest of the check on a
    reply in paragraphs: each holds a "." or ")" (counted in C first), between a digit and a space
    (searched from those two characters only)."""
    if line.count(".") + line.count(")") < 3 or len(_NUMBER_MARK.findall(line)) < 3:
        return False
    return len(_INLINE_NUMBER.findall(line)) >= 3


def _may_list(text: str) -> bool:
    """Whether the reply has enough lines, or numbered items written on one line ("1. Brew
    Haven 2. Brew Haven 3. Brew Haven"), to hold repeated items: a cheap test first."""
    if text.count("\n") >= ITEM_REPEATS - 1:
        return True
    # A digit before ". " or ") ", counted with str.find: a regular expression scanning every
    # character of an ordinary reply would cost more than the rest of the check.
    numbers = 0
    for marker in (". ", ") "):
        at = text.find(marker)
        while at != -1:
            if at and text[at - 1].isdigit():
                numbers += 1
                if numbers >= ITEM_REPEATS:
                    return True
            at = text.find(marker, at + 2)
    return False


def _words(text: str) -> Sequence[str]:
    # The words other checks read too (computed once per reply) when the reply is not longer
    # than what they read; punctuation, including table pipes, is not a word.
    return words(text) if len(text) <= WORDS_MAX_CHARS else split_all_words(text)


def ngrams(text: str) -> list[object]:
    """The reply's word 4-grams, or character 6-grams when it has no word breaks."""
    words = _words(text)
    if len(words) * CHARS_PER_WORD >= len(text):
        return list(zip(words, words[1:], words[2:], words[3:], strict=False))
    chars = _NOT_WORD.sub("", text.lower())
    return [chars[i : i + CHAR_N] for i in range(len(chars) - CHAR_N + 1)]


def _count(text: str) -> tuple[int, int]:
    """(n-grams, distinct n-grams) without building the list: the common, fast path."""
    words = _words(text)
    if len(words) * CHARS_PER_WORD >= len(text):
        return max(0, len(words) - WORD_N + 1), len(set(zip(words, words[1:], words[2:], words[3:], strict=False)))
    grams = ngrams(text)
    return len(grams), len(set(grams))


def repeated_share(grams: list[object]) -> float:
    """Share of n-gram occurrences that repeat an earlier occurrence."""
    if not grams:
        return 0.0
    return 1.0 - len(set(grams)) / len(grams)


@check(
    "repetition",
    level="walk",
    owner=OWNER,
    review_by="2027-06-30",
    labels=("pass", "fail"),
    description="fail when the reply degenerates into a loop; score: share of repeated n-grams.",
)
def repetition(exchange: Exchange) -> Result | None:
    """``fail`` when the reply loops; score: share of repeated word 4-grams."""
    text = exchange.output_text
    if exchange.error_type is not None or not text.strip():
        return None
    text = text[-MAX_CHARS:]
    result = _loop(text)
    if result.label == "pass" and _may_list(text):
        items, repeats, most = _item_counts(text)
        # one item over and over (most of the items), or enough repeats among the items
        if (most >= ITEM_REPEATS and most * 2 > items) or (
            repeats >= ITEM_REPEATS and repeats >= ITEM_REPEAT_SHARE * items
        ):
            return Result(
                label="fail",
                score=result.score,
                explanation=f"{repeats} of the reply's {items} lines or list items repeat an earlier one",
            )
        # near repeats are counted only in a list long enough to hold as many as a fail needs
        # (the count reads each item's words: ~10 µs for a reply with two bullet points)
        matches = list(_LIST_ITEM.finditer(text))
        listed, near, strong = len(matches), 0, 0
        if listed >= NEAR_REPEAT_LIST:
            listed, near, strong = _near_repeats(matches)
        if (
            (near >= ITEM_REPEATS and near >= ITEM_REPEAT_SHARE * listed)
            or (near >= 2 and near >= NEAR_REPEAT_SHARE * listed)
            or (strong >= NEAR_REPEATS_SHORT_LIST and listed >= NEAR_REPEAT_LIST)
        ):
            return Result(
                label="fail",
                score=result.score,
                explanation=f"{near} of the reply's {listed} list items say an earlier one again in other words",
            )
    return result


# A list item says an earlier one again when its head (the part before a dash or colon) is the
# same up to spacing and word order ("Escape room" / "Escaperoom", "Suppen of kanoën" /
# "Kanoën of suppen"), or when nearly all the word stems of the shorter of the two are the
# other's ("Plimbare prin Piața Sfatului" / "Plimbare prin Piața Sfatului și pe Strada Sforii").
NEAR_STEM = 5
NEAR_CONTAINED = 0.75
NEAR_MIN_STEMS = 2
# ... or when the words of one head, two or more, are all in the other's.
NEAR_HEAD_WORDS = 2
# One such item is enough in a list of three or more ("a list repeats items" is a fail); items
# are compared within one kind of list (numbered or bulleted), so the numbered steps of a recipe
# do not repeat its bulleted ingredients.
NEAR_REPEATS_SHORT_LIST = 1
NEAR_REPEAT_LIST = 3
# (two weaker ones when they are this share of the list)
NEAR_REPEAT_SHARE = 0.4
# A repeat is strong when the heads are the same, or the shorter item has this many stems.
STRONG_STEMS = 3
_LIST_ITEM = re.compile(r"^\s*(?:(?:[-*+•·]|\d{1,3}[.)])\s+|\d{1,3}[.)、．](?=[^\x00-\x7f\d]))(.+)$", re.M)
_DIGITS = re.compile(r"\d+")
SHORT_ITEM_WORDS = 3
_DENSE_ITEM = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]")
_NOT_DENSE_LETTER = re.compile(r"[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]+")
_HEAD_END = re.compile(r"\s[–—-]\s|:\s|\s\(")


def near_repeated_items(text: str) -> tuple[int, int]:
    """(list items, items that say an earlier item again in other words)."""
    return _near_repeats(_LIST_ITEM.finditer(text))[:2]


def _near_repeats(matches: Iterable[re.Match[str]]) -> tuple[int, int, int]:
    """``near_repeated_items`` of the text the list items ``matches`` were found in, and how many
    of the repeats are strong (the same head, or most of an item of three stems or more)."""
    heads: list[tuple[str, frozenset[str], frozenset[str], tuple[str, ...], bool]] = []
    near = strong = 0
    for match in matches:
        numbered = match.group(0).lstrip()[:1].isdigit()
        item = match.group(1).replace("*", "").replace("_", "").replace("`", "").lower()
        cut = _HEAD_END.search(item)
        head = item[: cut.start()] if cut else item
        # (an item of a few words is its own head: "CPF" and later "CPF (Cadastro de Pessoa Física)")
        keyed = cut is not None or len(head.split()) <= SHORT_ITEM_WORDS
        head_key = "".join(sorted(head.split())) if keyed else ""
        head_words = frozenset(head.split()) if cut else frozenset()
        if _DENSE_ITEM.search(item) and " " not in item.strip():
            # Chinese, Japanese, Thai: no spaces between words; pairs of letters stand for stems
            # ("身份证复印件" after "身份证原件及复印件")
            letters = _NOT_DENSE_LETTER.sub("", item)
            stems = frozenset(letters[i : i + 2] for i in range(len(letters) - 1))
        else:
            stems = frozenset(word[:NEAR_STEM] for word in _NOT_WORD.split(item) if len(word) >= 4)
        numbers = tuple(_DIGITS.findall(item))
        for earlier_key, earlier_words, earlier_stems, earlier_numbers, earlier_numbered in heads:
            if earlier_numbered != numbered:
                continue  # (a bulleted list of ingredients and the numbered steps that use them)
            if (head_key and head_key == earlier_key) or (
                head_key and head_key.replace(" ", "") == earlier_key.replace(" ", "")
            ):
                near += 1
                strong += 1
                break
            if min(len(head_words), len(earlier_words)) >= NEAR_HEAD_WORDS and (
                head_words <= earlier_words or earlier_words <= head_words
            ):
                near += 1  # "Kawah Putih" after "Kawah Putih Ciwidey": the same place named shorter
                strong += 1
                break
            if numbers != earlier_numbers and numbers and earlier_numbers:
                continue  # tiers, ranges and steps ("im 1. Dienstjahr: 1 Monat", "ab dem 10. ...: 3 Monate")
            small = min(len(stems), len(earlier_stems))
            if small >= NEAR_MIN_STEMS and len(stems & earlier_stems) >= NEAR_CONTAINED * small:
                near += 1
                strong += small >= STRONG_STEMS
                break
        heads.append((head_key, head_words, stems, numbers, numbered))
    return len(heads), near, strong


def _loop(text: str) -> Result:
    """The n-gram measure: ``fail`` when most of the reply, or of its second half, repeats."""
    total, distinct = _count(text)
    if total == 0:
        return Result(label="pass", score=0.0)
    share = 1.0 - distinct / total
    score = round(share, 4)
    # Positional: a frozen dataclass takes keyword arguments at twice the cost (the common result).
    if total < MIN_NGRAMS:
        return Result("pass", score)
    if share >= LOOP_SHARE:
        return Result(
            label="fail",
            score=score,
            explanation=f"{score:.0%} of the reply's n-grams repeat",
        )
    half = total // 2
    tail = total - half
    # the second half's repeats are a subset of all repeats: skip the work when too few
    if tail < MIN_NGRAMS or share * total < TAIL_LOOP_SHARE * tail:
        return Result("pass", score)
    grams = ngrams(text)
    tail_repeats = tail - (distinct - len(set(grams[:half])))
    if tail_repeats / tail >= TAIL_LOOP_SHARE:
        return Result(
            label="fail",
            score=score,
            explanation=f"{tail_repeats / tail:.0%} of the second half's n-grams repeat",
        )
    return Result(label="pass", score=score)
